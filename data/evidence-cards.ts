import type { EvidenceCard } from './types';

// One card per condition, in the order shown to patients (not sorted by id).
// Facts: /work/shared/notes/medical-facts.md, sections 1.1, 1.2 and 1.6. "Drip" means an IV infusion.
export const evidenceCards: EvidenceCard[] = [
  {
    id: 'crps',
    conditionTermIds: ['complex-regional-pain-syndrome'],
    title: 'Complex regional pain syndrome (CRPS)',
    strength: 'moderate',
    strengthLabel: 'Some evidence, short-term only',
    summary: {
      text: 'CRPS has the best proof for ketamine of any kind of long-lasting pain. A major pain guideline rates it as moderate. In studies, relief lasted up to about 12 weeks. A 2015 review still called the proof weak overall.',
      sources: ['cohen-2018', 'connolly-2015', 'sigtermans-2009'],
    },
    keyNumbers: [
      {
        text: 'The main trial had 60 people. They got a ketamine drip for about 4 days, or a dummy drip (placebo).',
        sources: ['sigtermans-2009'],
      },
      {
        text: 'Pain was lower for a time. By week 12, the gap between the groups was too small to be sure it was real.',
        sources: ['sigtermans-2009'],
      },
      {
        text: 'People did not get better at daily tasks, even when their pain was lower.',
        sources: ['sigtermans-2009'],
      },
      {
        text: '76% of people on ketamine had mind effects, like feeling strange or seeing things. So did 18% on the dummy drip.',
        sources: ['sigtermans-2009'],
      },
    ],
    bottomLine: {
      text: 'Ketamine may ease CRPS pain for some weeks, but not for good. Ask how you would keep any gains and how often you would need more drips.',
      sources: ['cohen-2018', 'sigtermans-2009'],
    },
  },
  {
    id: 'fibromyalgia',
    conditionTermIds: ['fibromyalgia'],
    title: 'Fibromyalgia',
    strength: 'weak',
    strengthLabel: 'Weak or no evidence, relief only during the drip',
    summary: {
      text: 'A major pain guideline found weak or no proof that ketamine helps fibromyalgia. Where there was help, it came right away and did not last.',
      sources: ['cohen-2018'],
    },
    keyNumbers: [
      {
        text: 'One trial had 24 people. Each got one 30-minute drip of ketamine or of another drug used for comparison.',
        sources: ['noppers-2011'],
      },
      {
        text: 'Pain eased only while the ketamine was still in the blood.',
        sources: ['noppers-2011'],
      },
      {
        text: 'There was no gain over the other drug 2.5 hours, 1 week or 8 weeks later.',
        sources: ['noppers-2011'],
      },
    ],
    bottomLine: {
      text: 'For fibromyalgia, ketamine has not been shown to help past the day of the drip. Ask what the plan would be if relief fades within hours.',
      sources: ['cohen-2018', 'noppers-2011'],
    },
  },
  {
    id: 'neuropathic-pain',
    conditionTermIds: ['neuropathic-pain', 'neuropathy', 'postherpetic-neuralgia', 'trigeminal-neuralgia'],
    title: 'Nerve pain (neuropathic pain)',
    strength: 'weak',
    strengthLabel: 'Weak or no evidence, short-term only',
    summary: {
      text: 'Nerve pain comes from damage to the nerves, for example after shingles. A major pain guideline found weak or no proof that ketamine drips help it. Any help was seen only right after the drip.',
      sources: ['cohen-2018', 'medlineplus'],
    },
    keyNumbers: [
      {
        text: 'A 2019 review pooled 7 small trials of ketamine drips for long-lasting pain. They had 211 people in all.',
        sources: ['orhurhu-2019'],
      },
      {
        text: 'Pain fell by just under 2 points on a 0 to 10 scale. The gain lasted up to 2 weeks.',
        sources: ['orhurhu-2019'],
      },
      {
        text: 'Experts list 3 first choices for nerve pain: some older antidepressants (TCAs), SNRIs, and gabapentin-type drugs.',
        sources: ['finnerup-2015'],
      },
    ],
    bottomLine: {
      text: 'Ketamine is not a first choice for nerve pain. Ask if you have tried the usual drugs, at a full dose and for long enough.',
      sources: ['finnerup-2015', 'cohen-2018'],
    },
  },
  {
    id: 'spinal-cord-injury-pain',
    conditionTermIds: ['spinal-cord-injury-pain'],
    title: 'Pain after a spinal cord injury',
    strength: 'weak',
    strengthLabel: 'Weak evidence, short-term only',
    summary: {
      text: 'A major pain guideline found weak proof that ketamine drips ease pain after a spinal cord injury. The gains were short-term only.',
      sources: ['cohen-2018'],
    },
    keyNumbers: [
      {
        text: 'In the studies, drips lasted from 17 minutes to 5 hours. Some were given on up to 7 days in a row.',
        sources: ['cohen-2018'],
      },
      {
        text: 'The guideline found no proof of help in the medium or long term.',
        sources: ['cohen-2018'],
      },
      {
        text: 'Across 7 trials of ketamine for long-lasting pain, the gain lasted up to 2 weeks.',
        sources: ['orhurhu-2019'],
      },
    ],
    bottomLine: {
      text: 'Ketamine may give brief relief after a spinal cord injury. Ask how long it lasted for others, and what the plan is when it wears off.',
      sources: ['cohen-2018', 'orhurhu-2019'],
    },
  },
  {
    id: 'headache-and-migraine',
    conditionTermIds: ['migraine'],
    title: 'Headache and migraine',
    strength: 'weak',
    strengthLabel: 'Weak or no evidence, only right after the drip',
    summary: {
      text: 'A major pain guideline found weak or no proof that ketamine drips help migraine or other headaches. Any help was seen only right after the drip.',
      sources: ['cohen-2018'],
    },
    keyNumbers: [
      {
        text: 'For every kind of pain except CRPS, the guideline found no proof of help in the medium or long term.',
        sources: ['cohen-2018'],
      },
      {
        text: 'Canadian reviews in 2020 and 2023 found that ketamine eased long-lasting pain only in the short term.',
        sources: ['cadth-2020', 'cadth-2023'],
      },
    ],
    bottomLine: {
      text: 'There is little proof that ketamine helps headaches beyond the day of the drip. Ask what the research shows for your kind of headache.',
      sources: ['cohen-2018'],
    },
  },
  {
    id: 'cancer-pain',
    conditionTermIds: ['cancer-pain'],
    title: 'Cancer pain',
    strength: 'none',
    strengthLabel: 'No clear benefit, more side effects',
    summary: {
      text: 'Ketamine is sometimes added to opioids for cancer pain. A careful review found too little proof to show it helps. The largest trial found no real gain.',
      sources: ['bell-2017-cochrane', 'hardy-2012'],
    },
    keyNumbers: [
      {
        text: 'The 2017 review found only 3 studies that were good enough to use.',
        sources: ['bell-2017-cochrane'],
      },
      {
        text: 'The largest trial had 185 people. They got ketamine under the skin, or a dummy drug (placebo).',
        sources: ['hardy-2012'],
      },
      {
        text: 'Pain eased for 31% of people on ketamine and 27% on the dummy drug. A gap this small could easily be chance.',
        sources: ['hardy-2012'],
      },
      {
        text: 'People on ketamine had about twice as many side effects.',
        sources: ['hardy-2012'],
      },
    ],
    bottomLine: {
      text: 'For cancer pain, ketamine has not done better than a dummy drug, and it causes more side effects. Ask your cancer team why they would suggest it for you.',
      sources: ['bell-2017-cochrane', 'hardy-2012'],
    },
  },
  {
    id: 'phantom-limb-pain',
    conditionTermIds: ['phantom-limb-pain'],
    title: 'Phantom limb pain',
    strength: 'weak',
    strengthLabel: 'Weak or no evidence, only right after the drip',
    summary: {
      text: 'Phantom limb pain is pain that feels like it comes from an arm or leg that is gone. A major pain guideline found weak or no proof that ketamine helps it. Any help was seen only right after the drip.',
      sources: ['medlineplus', 'cohen-2018'],
    },
    keyNumbers: [
      {
        text: 'For every kind of pain except CRPS, the guideline found no proof of help in the medium or long term.',
        sources: ['cohen-2018'],
      },
      {
        text: 'Across 7 trials of ketamine drips for long-lasting pain, pain fell by just under 2 points out of 10. The gain lasted up to 2 weeks.',
        sources: ['orhurhu-2019'],
      },
    ],
    bottomLine: {
      text: 'Ketamine may ease phantom limb pain for a short time at most. Ask what the research shows and what other care could help.',
      sources: ['cohen-2018', 'orhurhu-2019'],
    },
  },
  {
    id: 'low-back-pain',
    conditionTermIds: ['chronic-low-back-pain'],
    title: 'Long-lasting low back pain',
    strength: 'weak',
    strengthLabel: 'Weak or no evidence, only right after the drip',
    summary: {
      text: 'A major pain guideline found weak or no proof that ketamine drips help long-lasting low back pain. Any help was seen only right after the drip.',
      sources: ['cohen-2018'],
    },
    keyNumbers: [
      {
        text: 'For every kind of pain except CRPS, the guideline found no proof of help in the medium or long term.',
        sources: ['cohen-2018'],
      },
      {
        text: 'A 2020 Canadian review found ketamine drips beat a dummy drip only in the short term. Upset stomach, throwing up and mind effects were more common.',
        sources: ['cadth-2020'],
      },
    ],
    bottomLine: {
      text: 'There is little proof that ketamine helps back pain for long. Ask what the research shows and how long any relief would last.',
      sources: ['cohen-2018', 'cadth-2020'],
    },
  },
  {
    id: 'depression',
    conditionTermIds: ['major-depressive-disorder', 'treatment-resistant-depression'],
    title: 'Depression',
    strength: 'not-approved',
    strengthLabel: 'Fast but brief; plain ketamine is not approved for it',
    summary: {
      text: 'Ketamine can lift mood within hours in people with depression. After one dose, this often fades within about a week. The proof comes from depression trials, not from people with long-lasting pain.',
      sources: ['pharmacol-rep-2020', 'han-2016'],
    },
    keyNumbers: [
      {
        text: 'A review of 9 trials with 368 people: 52% had a clear response at 24 hours. By day 7, it was 40%.',
        sources: ['han-2016'],
      },
      {
        text: 'Plain ketamine is not approved by the FDA to treat depression.',
        sources: ['ketalar-label', 'fda-2023-compounded'],
      },
      {
        text: 'A nasal spray form, esketamine, is approved for hard-to-treat depression. It is given only in certified clinics, with at least 2 hours of watching after each dose.',
        sources: ['spravato-approval'],
      },
    ],
    bottomLine: {
      text: 'Ketamine for pain may lift your mood for a short time. It does not replace depression care, so ask how it would fit with the care you have now.',
      sources: ['pharmacol-rep-2020', 'ketalar-label'],
    },
  },
];
