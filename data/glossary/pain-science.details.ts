import type { GlossaryDetail } from '../types';

// Longer explanations for the pain science terms, sorted by id.
export const painScienceDetails: GlossaryDetail[] = [
  {
    id: 'acute-pain',
    explanation:
      'Acute pain is the body’s alarm after harm, such as a cut, a broken bone or an operation. It tends to ease as the tissue heals. Pain that goes on for more than 3 months is called chronic pain instead. The two are often treated in different ways.',
    ketamineNote:
      'Most of the good evidence that ketamine can lower the need for opioids comes from pain right after surgery, which is acute pain. That does not prove it works the same way for long-term pain.',
    related: ['chronic-pain', 'postsurgical-pain', 'opioid-sparing'],
    sources: ['medlineplus', 'treede-2015', 'brinck-2018-cochrane'],
  },
  {
    id: 'allodynia',
    explanation:
      'With allodynia, a touch that feels normal to most people causes pain. It is a sign that nerves, or the way the body handles pain signals, have changed. It can happen with nerve pain and with CRPS. A doctor may check for it by lightly stroking the skin.',
    related: ['hyperalgesia', 'central-sensitization', 'neuropathic-pain', 'complex-regional-pain-syndrome'],
    sources: ['iasp-terminology', 'medlineplus'],
  },
  {
    id: 'central-sensitization',
    explanation:
      'After strong or long-lasting pain, nerve cells in the spinal cord and brain can become more reactive. Then normal signals may be felt as pain, and painful ones feel worse. This may help explain pain that goes on after an injury has healed. NMDA receptors, which respond to the nerve messenger glutamate, help drive this process.',
    ketamineNote:
      'Ketamine blocks NMDA receptors, so calming this process is the main reason it is tried for pain. No one yet knows fully how it works, or why relief is often short.',
    related: ['nmda-receptor', 'wind-up', 'allodynia', 'hyperalgesia', 'nociplastic-pain'],
    sources: ['iasp-terminology', 'pmc10447145-review', 'orhurhu-2019'],
  },
  {
    id: 'chronic-pain',
    explanation:
      'Doctors use the 3-month mark to tell chronic pain apart from short-term pain. It can follow an injury or illness, or have no clear cause. In the US, 20.9% of adults had chronic pain in 2021 and 24.3% in 2023. Around the world, about 1 in 5 adults live with it.',
    ketamineNote:
      'The FDA has not approved ketamine for chronic pain, so using it this way is off-label. For most kinds of chronic pain the evidence for ketamine is weak, and any relief tends to be short.',
    related: [
      'acute-pain',
      'high-impact-chronic-pain',
      'chronic-primary-pain',
      'treatment-resistant-pain',
      'multimodal-care',
    ],
    sources: ['treede-2015', 'rikard-2023', 'lucas-2024', 'goldberg-2011', 'ketalar-label', 'cohen-2018', 'cadth-2023'],
  },
  {
    id: 'chronic-primary-pain',
    explanation:
      'This group is part of ICD-11, the list of diseases kept by the World Health Organization. It treats some long-term pain as a health problem in its own right, not only as a sign of something else. Fibromyalgia is placed here, and so is CRPS. Having this label does not mean the pain is any less real.',
    related: ['chronic-pain', 'nociplastic-pain', 'fibromyalgia', 'complex-regional-pain-syndrome'],
    sources: ['treede-2015', 'iasp-terminology'],
  },
  {
    id: 'high-impact-chronic-pain',
    explanation:
      'US health surveys use this term for chronic pain that gets in the way of life or work on most days or every day. It is a smaller group within everyone who has chronic pain. It affected 6.9% of US adults in 2021 and 8.5% in 2023.',
    related: ['chronic-pain', 'treatment-resistant-pain', 'comorbidity'],
    sources: ['rikard-2023', 'lucas-2024'],
  },
  {
    id: 'hyperalgesia',
    explanation:
      'With hyperalgesia, something that is a little painful feels far more painful than it should. It is not the same as allodynia, where things that should not hurt at all become painful. It can come from nerve damage, swelling, or changes in how the spinal cord and brain handle pain.',
    related: ['allodynia', 'central-sensitization', 'opioid-induced-hyperalgesia', 'wind-up'],
    sources: ['iasp-terminology'],
  },
  {
    id: 'neuropathic-pain',
    explanation:
      'This pain comes from a problem in the nerves themselves, not from hurt skin, muscle or joints. Causes include diabetes, shingles, injury and some cancer drugs. Doctors usually try certain drugs first. These include some antidepressants (TCAs and SNRIs) and gabapentin or pregabalin.',
    ketamineNote:
      'Ketamine is not a first-choice drug for nerve pain. The 2018 guideline found weak or no evidence for ketamine infusions in mixed nerve pain, and only for short-term relief.',
    related: ['neuropathy', 'gabapentinoid', 'tricyclic-antidepressant', 'snri', 'allodynia'],
    sources: ['iasp-terminology', 'medlineplus', 'finnerup-2015', 'cohen-2018'],
  },
  {
    id: 'neuropathy',
    explanation:
      'Neuropathy means nerves are hurt or not working well. When it affects nerves outside the brain and spinal cord, it is called peripheral neuropathy. Besides diabetes, causes include injury, infection, some drugs and heavy drinking. Not everyone with it has pain. When it hurts, the pain is called nerve pain.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine helps nerve pain. It found no sign of relief that lasts.',
    related: ['neuropathic-pain', 'postherpetic-neuralgia', 'gabapentinoid'],
    sources: ['medlineplus', 'iasp-terminology', 'cohen-2018'],
  },
  {
    id: 'nociceptive-pain',
    explanation:
      'This is the most familiar kind of pain. Sensors in skin, muscles, joints and organs pick up harm and send warning signals along healthy nerves. Arthritis, a broken bone and pain after surgery are common examples. It is one of 3 main types of pain, along with neuropathic and nociplastic pain.',
    related: ['neuropathic-pain', 'nociplastic-pain', 'arthritis', 'acute-pain'],
    sources: ['iasp-terminology', 'medlineplus'],
  },
  {
    id: 'nociplastic-pain',
    explanation:
      'Pain experts added this third type of pain in 2017. It describes pain where no clear harm to tissue and no nerve disease are found, yet pain signals are handled in an altered way. It often overlaps with chronic primary pain, which includes fibromyalgia. The pain is real, even when scans and tests look normal.',
    related: ['central-sensitization', 'chronic-primary-pain', 'fibromyalgia', 'nociceptive-pain', 'neuropathic-pain'],
    sources: ['iasp-terminology', 'treede-2015'],
  },
  {
    id: 'opioid-induced-hyperalgesia',
    explanation:
      'Over time, opioids can change how nerves handle pain signals. The person may then feel more pain, sometimes in new places. This is not the same as tolerance, where the same dose simply works less well. NMDA receptors are thought to play a part.',
    ketamineNote:
      'Because ketamine blocks NMDA receptors, it has been studied as a way to limit this. Good trials have not shown that it cuts opioid needs for long in people with chronic pain.',
    related: ['opioid', 'hyperalgesia', 'tolerance', 'nmda-receptor', 'opioid-sparing'],
    sources: ['pmc10447145-review', 'cadth-2020'],
  },
  {
    id: 'pain-scale',
    explanation:
      'Doctors and studies ask people to score their pain so that changes can be tracked over time. The most common version uses numbers from 0 to 10. Another asks people to mark a point on a line. Some forms also ask how pain affects sleep, mood and daily tasks.',
    ketamineNote:
      'In a 2019 review of 7 small trials, ketamine infusions lowered pain by about 1.8 points on the 0 to 10 scale. The benefit lasted up to 2 weeks.',
    related: ['responder', 'randomized-controlled-trial', 'chronic-pain'],
    sources: ['medlineplus', 'orhurhu-2019'],
  },
  {
    id: 'wind-up',
    explanation:
      'Wind-up happens when pain signals arrive again and again in a short time. Nerve cells in the spinal cord then send stronger and stronger messages, even though the input stays the same. It depends on NMDA receptors. It is one step that may lead to central sensitization.',
    ketamineNote:
      'Blocking wind-up is one reason experts think ketamine might ease pain. Trials in people with chronic pain show mostly small, short-term relief.',
    related: ['central-sensitization', 'nmda-receptor', 'hyperalgesia', 'glutamate'],
    sources: ['pmc10447145-review', 'orhurhu-2019'],
  },
];
