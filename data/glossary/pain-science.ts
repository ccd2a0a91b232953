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
      { text: 'diabetic neuropathy', case: 'word' },
      { text: 'nerve damage', case: 'word' },
      { text: 'DPN', case: 'abbr', ambiguous: true },
    ],
    short:
      'Damage to nerves, often in the hands and feet. It can cause numbness, tingling, weakness or pain. Diabetes is a common cause.',
    sources: ['medlineplus'],
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
