import type { GlossaryDetail } from '../types';

// Longer text for the treatment entries. Sorted by id.
export const treatmentDetails: GlossaryDetail[] = [
  {
    id: 'acetaminophen',
    explanation:
      'Acetaminophen eases mild to moderate pain and brings down a fever. Unlike NSAIDs, it does little for swelling. Taking more than the label allows, or mixing it with a lot of alcohol, can badly hurt the liver. Many cold, flu and sleep products also contain it, so check labels to avoid taking a double dose.',
    ketamineNote:
      'Repeated ketamine drips have also been linked to liver harm. If you take this drug often or have liver problems, ask if you need liver blood tests before and after.',
    related: ['nsaid', 'opioid', 'liver-injury', 'multimodal-care'],
    sources: ['medlineplus', 'cotter-2021', 'cohen-2018'],
  },
  {
    id: 'acupuncture',
    explanation:
      'Acupuncture comes from traditional Chinese medicine. A trained person puts very thin needles into the skin, sometimes adding heat or a mild electric current. Some studies suggest it may help certain kinds of long-lasting pain, such as low back pain, neck pain and knee pain. It is usually safe when done by a trained person with clean, single-use needles.',
    related: ['multimodal-care', 'physical-therapy', 'chronic-pain', 'chronic-low-back-pain'],
    sources: ['medlineplus'],
  },
  {
    id: 'benzodiazepine',
    explanation:
      'These drugs slow down the brain. Doctors use them for worry, seizures and muscle spasms, and to relax people before a procedure. They can cause sleepiness and slow breathing, mostly when mixed with opioids, alcohol or other calming drugs. Taken every day for a long time, they can lead to dependence.',
    ketamineNote:
      'The ketamine label says these drugs can make dream-like reactions less likely. They add to sleepiness, so plan for an adult to take you home.',
    related: ['psychotomimetic-effects', 'sedation', 'respiratory-depression', 'placebo'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'clonidine',
    explanation:
      'Clonidine acts on alpha-2 receptors, which turn down the body’s stress signals. It is mainly used for high blood pressure, and also for ADHD. It can cause sleepiness, a dry mouth and low blood pressure. Stopping it all at once can make blood pressure jump, so the dose is lowered slowly.',
    ketamineNote:
      'Ketamine tends to push blood pressure and heart rate up. If a clinic plans to give other drugs along with ketamine, ask what each one is for.',
    related: ['increased-blood-pressure', 'sedation', 'benzodiazepine'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'cognitive-behavioral-therapy',
    explanation:
      'CBT is usually a set number of sessions with a trained therapist. You learn to spot thoughts and habits that make pain or low mood worse, and to try new ways to respond. For long-lasting pain, it often covers pacing your activity, sleep habits and ways to relax. Taking part does not mean your pain is imagined.',
    related: ['multimodal-care', 'physical-therapy', 'chronic-pain', 'major-depressive-disorder'],
    sources: ['medlineplus'],
  },
  {
    id: 'gabapentinoid',
    explanation:
      'Gabapentin and pregabalin were first made to treat seizures. They calm nerve signals that fire too much. So they are used for nerve pain, such as pain after shingles or from diabetes. Common side effects are sleepiness, dizziness and swollen legs. Doses are usually raised slowly, and lowered slowly when stopping.',
    ketamineNote:
      'A 2015 expert review named these drugs, along with SNRIs and tricyclics, as first choices for nerve pain. Ketamine is not on that list.',
    related: ['neuropathic-pain', 'snri', 'tricyclic-antidepressant', 'postherpetic-neuralgia', 'dizziness'],
    sources: ['medlineplus', 'finnerup-2015'],
  },
  {
    id: 'lidocaine-infusion',
    explanation:
      'Lidocaine is best known as a numbing medicine for small procedures and dental work. When it drips slowly into a vein, it can quiet overactive nerves for a while. Pain clinics sometimes offer it for nerve pain that has not improved with other care. It is an off-label use, which means the FDA has not approved it for this.',
    ketamineNote:
      'Reviews of infusion treatments for long-lasting pain look at lidocaine next to ketamine. Both are off-label for this use, so ask what the evidence shows for your own condition.',
    related: ['infusion', 'intravenous', 'off-label-use', 'neuropathic-pain', 'anesthetic'],
    sources: ['medlineplus', 'cadth-2020', 'cohen-2018'],
  },
  {
    id: 'multimodal-care',
    explanation:
      'Long-lasting pain affects the body, mood, sleep and daily life. So one treatment rarely covers it all. A plan may mix drugs with exercise, talking therapy such as CBT, and better sleep habits. In some programs, doctors, therapists and psychologists work as one team. The goal is often to do more in daily life, not only to lower a pain score.',
    ketamineNote:
      'Studies of ketamine infusions mostly show short-term relief. So if ketamine is used at all, the other parts of a pain plan still matter.',
    related: ['physical-therapy', 'cognitive-behavioral-therapy', 'chronic-pain', 'acupuncture', 'opioid'],
    sources: ['medlineplus', 'cadth-2023', 'orhurhu-2019'],
  },
  {
    id: 'nsaid',
    explanation:
      'NSAID is short for nonsteroidal anti-inflammatory drug. These drugs block body chemicals that cause pain and swelling. So they help with sprains, arthritis and period pain. Some are sold in shops and others need a prescription. Risks include stomach bleeding, kidney problems and a higher chance of heart attack or stroke, mostly at high doses or with long use.',
    related: ['acetaminophen', 'opioid', 'arthritis', 'multimodal-care'],
    sources: ['medlineplus'],
  },
  {
    id: 'ondansetron',
    explanation:
      'Ondansetron blocks serotonin, a body chemical that can set off the urge to vomit. It is widely used around surgery, cancer treatment and infusions. It comes as a pill, a tablet that melts on the tongue, or a shot. Headache and constipation are common side effects.',
    ketamineNote:
      'Ketamine often makes people feel sick or throw up. In one clinic, every patient got this drug before each ketamine drip.',
    related: ['nausea-and-vomiting', 'infusion', 'benzodiazepine'],
    sources: ['medlineplus', 'cadth-2020', 'patil-2012'],
  },
  {
    id: 'opioid',
    explanation:
      'Opioids act on parts of the brain and spinal cord that dull pain. They work well for severe short-term pain, such as after surgery. With long use, the body adapts, so the same dose may help less and stopping can cause withdrawal. Other risks include constipation, sleepiness, slowed breathing and addiction.',
    ketamineNote:
      'Some clinics say ketamine can cut opioid use, but good proof of this comes mainly from surgery. Ketamine also has its own risk of misuse.',
    related: ['opioid-sparing', 'dependence', 'addiction', 'opioid-induced-hyperalgesia', 'respiratory-depression'],
    sources: ['medlineplus', 'brinck-2018-cochrane', 'cadth-2020', 'ketalar-label'],
  },
  {
    id: 'opioid-sparing',
    explanation:
      'A treatment is opioid-sparing if people who get it need less opioid. Lower doses mean fewer side effects and less risk. A big 2018 review of 130 studies looked at ketamine given around surgery. People who got it needed less opioid after. For long-term pain, no trial with a comparison group has shown this, so no one knows if it holds over time.',
    ketamineNote:
      'If a clinic says ketamine will help you cut back on opioids, ask which studies they mean. Do not lower your opioid dose on your own, because stopping fast can cause withdrawal.',
    related: ['opioid', 'postsurgical-pain', 'acute-pain', 'randomized-controlled-trial', 'chronic-pain'],
    sources: ['brinck-2018-cochrane', 'cadth-2020', 'medlineplus'],
  },
  {
    id: 'physical-therapy',
    explanation:
      'A physical therapist checks how you move and builds a plan of exercises for you to do in sessions and at home. The plan may also use heat, cold, massage or gentle movement of the joints. For long-lasting pain, the aim is to help you move with more ease and confidence. It works best when you keep doing the exercises over time.',
    ketamineNote:
      'In the main trial in CRPS, ketamine lowered pain for a while but did not improve how well people could function. Therapy aimed at movement still matters.',
    related: ['multimodal-care', 'cognitive-behavioral-therapy', 'complex-regional-pain-syndrome', 'chronic-pain'],
    sources: ['medlineplus', 'sigtermans-2009'],
  },
  {
    id: 'snri',
    explanation:
      'SNRIs raise the levels of 2 brain chemicals, serotonin and norepinephrine. These help control mood and pain signals. Duloxetine is used for depression and anxiety. It is also used for nerve pain from diabetes, for fibromyalgia, and for some long-lasting muscle and joint pain. It can take a few weeks to work fully, and it can cause nausea, dry mouth and sweating.',
    ketamineNote:
      'A 2015 expert review named SNRIs, along with tricyclics and gabapentinoids, as first choices for nerve pain. Ketamine is not on that list.',
    related: [
      'neuropathic-pain',
      'tricyclic-antidepressant',
      'gabapentinoid',
      'fibromyalgia',
      'major-depressive-disorder',
    ],
    sources: ['medlineplus', 'finnerup-2015'],
  },
  {
    id: 'tricyclic-antidepressant',
    explanation:
      'Tricyclics were among the first antidepressants. For pain, doctors often use small doses taken at night, well below the doses used for depression. They can cause dry mouth, constipation, drowsiness and weight gain, and they are not safe for some people with heart rhythm problems. Taking too much at once can be very dangerous.',
    ketamineNote:
      'A 2015 expert review named tricyclics, along with SNRIs and gabapentinoids, as first choices for nerve pain. Ketamine is not on that list.',
    related: ['neuropathic-pain', 'snri', 'gabapentinoid', 'insomnia'],
    sources: ['medlineplus', 'finnerup-2015'],
  },
];
