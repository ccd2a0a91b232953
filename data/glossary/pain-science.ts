import type { GlossaryEntry } from '../types';

// Pain science terms, sorted by id.
export const painScienceTerms: GlossaryEntry[] = [
  {
    id: 'acute-pain',
    name: 'Acute pain',
    category: 'pain-science',
    forms: [
      { text: 'acute pain', case: 'word' },
      { text: 'short-term pain', case: 'word' },
    ],
    short:
      'Pain that starts suddenly, often from an injury, illness or surgery. It usually fades as the body heals, within days or weeks.',
    sources: ['medlineplus'],
  },
  {
    id: 'allodynia',
    name: 'Allodynia',
    category: 'pain-science',
    forms: [
      { text: 'allodynia', case: 'word' },
      { text: 'allodynic', case: 'word' },
    ],
    short:
      'Pain from something that should not hurt at all, such as a light touch, a soft breeze or clothes on the skin.',
    sources: ['iasp-terminology'],
  },
  {
    id: 'ampa-receptor',
    name: 'AMPA receptor',
    category: 'pain-science',
    forms: [
      { text: 'AMPA receptor', case: 'word' },
      { text: 'AMPA receptors', case: 'word' },
      { text: 'AMPA', case: 'abbr' },
      { text: 'AMPAR', case: 'abbr' },
      { text: 'AMPARs', case: 'abbr' },
    ],
    short:
      'A receiving site on nerve cells that responds to glutamate, the main “go” messenger of the brain. It carries fast signals from one nerve cell to the next.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'bdnf',
    name: 'BDNF (brain-derived neurotrophic factor)',
    category: 'pain-science',
    forms: [
      { text: 'brain-derived neurotrophic factor', case: 'word' },
      { text: 'BDNF', case: 'abbr' },
    ],
    short: 'A protein that helps nerve cells survive, grow and form new connections with each other.',
    sources: ['mlp-genetics-bdnf'],
  },
  {
    id: 'biopsychosocial-model',
    name: 'Biopsychosocial model',
    category: 'pain-science',
    forms: [
      { text: 'biopsychosocial model', case: 'word' },
      { text: 'biopsychosocial approach', case: 'word' },
      { text: 'biopsychosocial', case: 'word' },
    ],
    short:
      'A way of looking at health that takes in the body, the mind and the rest of a person’s life. It looks past disease in the body alone.',
    sources: ['engel-1977'],
  },
  {
    id: 'breakthrough-pain',
    name: 'Pain that breaks through between doses',
    category: 'pain-science',
    forms: [
      { text: 'breakthrough pain', case: 'word' },
      { text: 'breakthrough cancer pain', case: 'word' },
    ],
    short:
      'A sudden burst of strong pain. It comes on even though regular pain medicine keeps pain in check most of the time.',
    sources: ['nci-cancer-pain-pdq'],
  },
  {
    id: 'central-sensitization',
    name: 'Central sensitization',
    category: 'pain-science',
    forms: [
      { text: 'central sensitization', case: 'word' },
      { text: 'central sensitisation', case: 'word' },
      { text: 'centralized pain', case: 'word' },
      { text: 'centralised pain', case: 'word' },
      { text: 'central nervous system sensitization', case: 'word' },
      { text: 'pain amplification', case: 'word' },
    ],
    short:
      'When the spinal cord and brain become too sensitive to nerve signals. Pain then feels stronger, or lasts longer, than the cause would explain.',
    sources: ['iasp-terminology'],
  },
  {
    id: 'chronic-pain',
    name: 'Chronic pain',
    category: 'pain-science',
    forms: [
      { text: 'chronic pain', case: 'word' },
      { text: 'persistent pain', case: 'word' },
      { text: 'long-term pain', case: 'word' },
      { text: 'long-lasting pain', case: 'word' },
    ],
    short: 'Pain that lasts, or keeps coming back, for more than 3 months. About 1 in 4 US adults had it in 2023.',
    sources: ['treede-2015', 'lucas-2024'],
  },
  {
    id: 'chronic-primary-pain',
    name: 'Chronic primary pain',
    category: 'pain-science',
    forms: [{ text: 'chronic primary pain', case: 'word' }],
    short:
      'Long-term pain that is a health problem in itself, not better explained by another disease. It causes distress or limits daily life. Fibromyalgia is one example.',
    sources: ['treede-2015'],
  },
  {
    id: 'descending-pain-modulation',
    name: 'Descending pain modulation',
    category: 'pain-science',
    forms: [
      { text: 'descending pain modulation', case: 'word' },
      { text: 'descending modulation', case: 'word' },
      { text: 'descending pain inhibition', case: 'word' },
      { text: 'descending inhibition', case: 'word' },
      { text: 'descending pain pathway', case: 'word' },
      { text: 'descending pain pathways', case: 'word' },
      { text: 'conditioned pain modulation', case: 'word' },
      { text: 'pain modulation', case: 'word' },
    ],
    short:
      'The brain’s own system for turning pain signals up or down. Nerve paths run from the brainstem down to the spinal cord and control which signals get through.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'dopamine',
    name: 'Dopamine',
    category: 'pain-science',
    forms: [
      { text: 'dopamine', case: 'word', ambiguous: true },
      { text: 'dopaminergic', case: 'word' },
    ],
    short: 'A chemical messenger in the brain. It plays a part in movement, drive, reward and pleasure.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'dysesthesia',
    name: 'Dysesthesia',
    category: 'pain-science',
    forms: [
      { text: 'dysesthesia', case: 'word' },
      { text: 'dysesthesias', case: 'word' },
      { text: 'dysaesthesia', case: 'word' },
      { text: 'dysaesthesias', case: 'word' },
    ],
    short:
      'An unpleasant odd feeling, such as burning, stinging or electric shocks. It can come on by itself or from a touch.',
    sources: ['iasp-terminology'],
  },
  {
    id: 'endorphins',
    name: 'Endorphins',
    category: 'pain-science',
    forms: [
      { text: 'endorphin', case: 'word' },
      { text: 'endorphins', case: 'word' },
      { text: 'beta-endorphin', case: 'word' },
      { text: 'enkephalin', case: 'word' },
      { text: 'enkephalins', case: 'word' },
      { text: 'endogenous opioid', case: 'word' },
      { text: 'endogenous opioids', case: 'word' },
    ],
    short: 'Natural painkillers that the body makes. They work on the same sites in nerve cells as opioid medicines.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'fear-avoidance',
    name: 'Fear-avoidance and kinesiophobia',
    category: 'pain-science',
    forms: [
      { text: 'fear-avoidance', case: 'word' },
      { text: 'fear-avoidance beliefs', case: 'word' },
      { text: 'fear-avoidance model', case: 'word' },
      { text: 'kinesiophobia', case: 'word' },
      { text: 'fear of movement', case: 'word' },
      { text: 'pain-related fear', case: 'word' },
    ],
    short:
      'Avoiding movement or activity for fear that it will cause pain or harm. Over time, this can make pain and disability worse.',
    sources: ['vlaeyen-linton-2000'],
  },
  {
    id: 'gate-control-theory',
    name: 'Gate control theory of pain',
    category: 'pain-science',
    forms: [
      { text: 'gate control theory', case: 'word' },
      { text: 'gate control theory of pain', case: 'word' },
      { text: 'gate theory of pain', case: 'word' },
      { text: 'pain gate', case: 'word' },
    ],
    short:
      'An idea from 1965 that the spinal cord has a “gate” that lets more or fewer pain signals through to the brain.',
    sources: ['melzack-wall-1965'],
  },
  {
    id: 'high-impact-chronic-pain',
    name: 'High-impact chronic pain',
    category: 'pain-science',
    forms: [
      { text: 'high-impact chronic pain', case: 'word' },
      { text: 'HICP', case: 'abbr', ambiguous: true },
    ],
    short: 'Long-term pain that limits work or daily life on most days. About 8.5% of US adults had it in 2023.',
    sources: ['lucas-2024'],
  },
  {
    id: 'hyperalgesia',
    name: 'Hyperalgesia',
    category: 'pain-science',
    forms: [
      { text: 'hyperalgesia', case: 'word' },
      { text: 'hyperalgesic', case: 'word' },
    ],
    short: 'Much more pain than normal from something that should hurt only a little, such as a pinprick.',
    sources: ['iasp-terminology'],
  },
  {
    id: 'inflammation',
    name: 'Inflammation',
    category: 'pain-science',
    forms: [
      { text: 'inflammation', case: 'word' },
      { text: 'inflammations', case: 'word' },
      { text: 'inflammatory', case: 'word', ambiguous: true },
      { text: 'inflamed', case: 'word', ambiguous: true },
    ],
    short:
      'The body’s response to injury or infection, with redness, heat, swelling and pain. It helps healing, but when it lasts it can harm tissue.',
    sources: ['informedhealth-inflammation'],
  },
  {
    id: 'neuropathic-pain',
    name: 'Neuropathic pain (nerve pain)',
    category: 'pain-science',
    forms: [
      { text: 'neuropathic pain', case: 'word' },
      { text: 'neuropathic', case: 'word' },
      { text: 'nerve pain', case: 'word' },
      { text: 'neuralgia', case: 'word' },
    ],
    short:
      'Pain caused by damage or disease in the nerves that carry feeling. It often burns, stings, tingles or feels like electric shocks.',
    sources: ['iasp-terminology', 'medlineplus'],
  },
  {
    id: 'neuropathy',
    name: 'Neuropathy',
    category: 'pain-science',
    forms: [
      { text: 'neuropathy', case: 'word' },
      { text: 'neuropathies', case: 'word' },
      { text: 'peripheral neuropathy', case: 'word' },
      { text: 'polyneuropathy', case: 'word' },
      { text: 'nerve damage', case: 'word' },
    ],
    short:
      'Damage to nerves, often in the hands and feet. It can cause numbness, tingling, weakness or pain. Diabetes is a common cause.',
    sources: ['medlineplus'],
  },
  {
    id: 'neuroplasticity',
    name: 'Neuroplasticity',
    category: 'pain-science',
    forms: [
      { text: 'neuroplasticity', case: 'word' },
      { text: 'neural plasticity', case: 'word' },
      { text: 'brain plasticity', case: 'word' },
      { text: 'synaptic plasticity', case: 'word' },
      { text: 'neuroplastic', case: 'word' },
    ],
    short: 'The way the brain and nerves can change their links over time, through learning, life events or injury.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'nociceptive-pain',
    name: 'Nociceptive pain',
    category: 'pain-science',
    forms: [
      { text: 'nociceptive pain', case: 'word' },
      { text: 'nociceptive', case: 'word' },
      { text: 'somatic pain', case: 'word' },
      { text: 'visceral pain', case: 'word' },
    ],
    short:
      'Pain from harm, or the threat of harm, to body tissue such as skin, muscle, bone, joints or organs. A sprain or a cut are examples.',
    sources: ['iasp-terminology'],
  },
  {
    id: 'nociceptor',
    name: 'Nociceptor',
    category: 'pain-science',
    forms: [
      { text: 'nociceptor', case: 'word' },
      { text: 'nociceptors', case: 'word' },
      { text: 'nociception', case: 'word' },
      { text: 'pain receptor', case: 'word' },
      { text: 'pain receptors', case: 'word' },
    ],
    short:
      'A nerve ending that senses harm, or the threat of harm, such as strong heat, pressure or chemicals from hurt tissue. It sends warning signals toward the brain.',
    sources: ['iasp-terminology'],
  },
  {
    id: 'nociplastic-pain',
    name: 'Nociplastic pain',
    category: 'pain-science',
    forms: [
      { text: 'nociplastic pain', case: 'word' },
      { text: 'nociplastic', case: 'word' },
    ],
    short:
      'Pain from changes in how the body handles pain signals. Tests find no clear harm to tissue or nerves to explain it.',
    sources: ['iasp-terminology'],
  },
  {
    id: 'norepinephrine',
    name: 'Norepinephrine (noradrenaline)',
    category: 'pain-science',
    forms: [
      { text: 'norepinephrine', case: 'word' },
      { text: 'noradrenaline', case: 'word' },
      { text: 'noradrenergic', case: 'word' },
    ],
    short:
      'A chemical messenger of nerves and a hormone. It helps control alertness, blood pressure and heart rate, and helps turn pain signals down in the spinal cord.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'opioid-induced-hyperalgesia',
    name: 'Opioid-induced hyperalgesia',
    category: 'pain-science',
    forms: [
      { text: 'opioid-induced hyperalgesia', case: 'word' },
      { text: 'OIH', case: 'abbr', ambiguous: true },
    ],
    short: 'When opioid painkillers make a person more sensitive to pain. Pain can then get worse, not better.',
    sources: ['pmc10447145-review'],
  },
  {
    id: 'opioid-receptor',
    name: 'Opioid receptor',
    category: 'pain-science',
    forms: [
      { text: 'opioid receptor', case: 'word' },
      { text: 'opioid receptors', case: 'word' },
      { text: 'mu-opioid receptor', case: 'word' },
      { text: 'mu-opioid receptors', case: 'word' },
      { text: 'kappa-opioid receptor', case: 'word' },
      { text: 'delta-opioid receptor', case: 'word' },
    ],
    short:
      'A receiving site on nerve cells where opioid medicines and the body’s own endorphins attach. When it is switched on, pain signals are dampened.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'pain-catastrophizing',
    name: 'Pain catastrophizing',
    category: 'pain-science',
    forms: [
      { text: 'pain catastrophizing', case: 'word' },
      { text: 'pain catastrophising', case: 'word' },
      { text: 'catastrophizing', case: 'word', ambiguous: true },
      { text: 'catastrophising', case: 'word', ambiguous: true },
      { text: 'Pain Catastrophizing Scale', case: 'word' },
    ],
    short:
      'Thinking about pain in the worst way: dwelling on it, seeing it as a big threat and feeling helpless. It is common and can make pain feel stronger.',
    sources: ['sullivan-1995'],
  },
  {
    id: 'pain-interference',
    name: 'Pain interference',
    category: 'pain-science',
    forms: [
      { text: 'pain interference', case: 'word' },
      { text: 'pain-related interference', case: 'word' },
    ],
    short: 'How much pain gets in the way of daily life, such as work, sleep, mood, chores and time with others.',
    sources: ['treede-2015'],
  },
  {
    id: 'pain-scale',
    name: 'Pain scale',
    category: 'pain-science',
    forms: [
      { text: 'pain scale', case: 'word' },
      { text: 'pain scales', case: 'word' },
      { text: 'pain score', case: 'word' },
      { text: 'pain scores', case: 'word' },
      { text: 'numeric rating scale', case: 'word' },
      { text: 'numerical rating scale', case: 'word' },
      { text: 'visual analog scale', case: 'word' },
      { text: 'visual analogue scale', case: 'word' },
      { text: 'Brief Pain Inventory', case: 'word' },
      { text: 'NRS', case: 'abbr', ambiguous: true },
      { text: 'VAS', case: 'abbr', ambiguous: true },
      { text: 'BPI', case: 'abbr', ambiguous: true },
    ],
    short:
      'A way to rate how much something hurts, most often from 0 for no pain to 10 for the worst pain you can imagine.',
    sources: ['medlineplus', 'orhurhu-2019'],
  },
  {
    id: 'pain-threshold',
    name: 'Pain threshold',
    category: 'pain-science',
    forms: [
      { text: 'pain threshold', case: 'word', ambiguous: true },
      { text: 'pain thresholds', case: 'word', ambiguous: true },
    ],
    short: 'The weakest stimulus, such as heat or pressure, that a person feels as painful.',
    sources: ['iasp-terminology'],
  },
  {
    id: 'pain-tolerance',
    name: 'Pain tolerance',
    category: 'pain-science',
    forms: [
      { text: 'pain tolerance', case: 'word', ambiguous: true },
      { text: 'pain tolerance level', case: 'word' },
    ],
    short:
      'The strongest pain a person is willing to put up with in a given setting. It is not the same as drug tolerance.',
    sources: ['iasp-terminology'],
  },
  {
    id: 'paresthesia',
    name: 'Paresthesia (pins and needles)',
    category: 'pain-science',
    forms: [
      { text: 'paresthesia', case: 'word' },
      { text: 'paresthesias', case: 'word' },
      { text: 'paraesthesia', case: 'word' },
      { text: 'paraesthesias', case: 'word' },
      { text: 'pins and needles', case: 'word' },
    ],
    short: 'An odd feeling, such as tingling, prickling or “pins and needles”, that is not painful.',
    sources: ['iasp-terminology'],
  },
  {
    id: 'peripheral-sensitization',
    name: 'Peripheral sensitization',
    category: 'pain-science',
    forms: [
      { text: 'peripheral sensitization', case: 'word' },
      { text: 'peripheral sensitisation', case: 'word' },
    ],
    short:
      'Nerve endings that sense pain become more sensitive, often after an injury or swelling. They then send pain signals more easily.',
    sources: ['iasp-terminology'],
  },
  {
    id: 'referred-pain',
    name: 'Referred pain',
    category: 'pain-science',
    forms: [{ text: 'referred pain', case: 'word' }],
    short:
      'Pain felt in a part of the body away from where the problem is, such as pain in the arm during a heart attack.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'serotonin',
    name: 'Serotonin',
    category: 'pain-science',
    forms: [
      { text: 'serotonin', case: 'word', ambiguous: true },
      { text: 'serotonergic', case: 'word' },
      { text: '5-HT', case: 'abbr' },
    ],
    short:
      'A chemical messenger in the brain, gut and blood. It plays a part in mood, sleep, digestion and how pain signals are turned down.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'synapse',
    name: 'Synapse',
    category: 'pain-science',
    forms: [
      { text: 'synapse', case: 'word', ambiguous: true },
      { text: 'synapses', case: 'word', ambiguous: true },
      { text: 'synaptic', case: 'word', ambiguous: true },
    ],
    short: 'The tiny gap where one nerve cell passes a signal to the next, using chemical messengers.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'synaptogenesis',
    name: 'Synaptogenesis',
    category: 'pain-science',
    forms: [
      { text: 'synaptogenesis', case: 'word' },
      { text: 'synapse formation', case: 'word' },
    ],
    short: 'The making of new synapses, the connection points between nerve cells.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'wind-up',
    name: 'Wind-up',
    category: 'pain-science',
    forms: [
      { text: 'wind-up', case: 'word', ambiguous: true },
      { text: 'windup', case: 'word', ambiguous: true },
      { text: 'wind-up phenomenon', case: 'word' },
      { text: 'temporal summation', case: 'word' },
    ],
    short:
      'When the same pain signal comes again and again, nerve cells in the spinal cord react more strongly each time.',
    sources: ['pmc10447145-review'],
  },
];
