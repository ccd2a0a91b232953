import type { EvidenceCard, KeyFrequency } from './types';

// One card per condition, in the order shown to patients (not sorted by id). Every number on a card
// is a whole-number frequency out of 100 (the card's one denominator), or a count of people or trials.
// Facts: shared/notes/medical-facts.md (1.1, 1.2, 1.6) and options-facts.md. "Drip" means an IV infusion.

/**
 * The mind-altering side effects of a ketamine drip, from the main CRPS trial. Side effects are a
 * property of the drug, so the cards of conditions with no such count of their own show this one,
 * saying plainly where it comes from (review M8: no pooled benefit numbers on condition cards).
 */
function sideEffectFrequency(condition: string): KeyFrequency {
  return {
    counts: 'felt strange or had other mind effects',
    denominator: 100,
    groups: [
      { label: 'On a ketamine drip', count: 76 },
      { label: 'On a dummy drip', count: 18 },
    ],
    text: `No study has counted how many people with ${condition} it helps. What has been counted is side effects. In a trial of drips for CRPS, 76 in 100 people felt strange or had other mind effects. On a dummy drip, 18 in 100 did.`,
    sources: ['sigtermans-2009'],
  };
}

/** The steps every card ends with, after its own question (PEMAT items 22 and 23: explicit steps, a tool). */
export const CARD_NEXT_STEPS = {
  options: 'Compare ketamine with the other options for this condition.',
  checklist: 'Answer the checklist, then take the handout to your doctor.',
} as const;

const NO_LONG_TERM = {
  text: 'For all pain but CRPS, the experts found no proof of help past the short term.',
  sources: ['cohen-2018'],
};

export const evidenceCards: EvidenceCard[] = [
  {
    id: 'crps',
    conditionTermIds: ['complex-regional-pain-syndrome'],
    title: 'Complex regional pain syndrome (CRPS)',
    strength: 'moderate',
    strengthLabel: 'Some evidence, short-term only',
    mainMessage:
      'Long ketamine drips may ease CRPS pain for some weeks, but not for good, and most people have side effects.',
    keyFrequency: {
      counts: 'had mind-altering side effects',
      denominator: 100,
      groups: [
        { label: 'On a ketamine drip', count: 76 },
        { label: 'On a dummy drip', count: 18 },
      ],
      text: 'In the main CRPS trial, 76 in 100 people on a ketamine drip had mind-altering side effects, such as feeling strange or seeing things. On a dummy drip, 18 in 100 did.',
      sources: ['sigtermans-2009'],
    },
    known: [
      {
        text: 'US pain experts rate the proof as moderate, for relief of up to 12 weeks. A 2015 review still called it weak.',
        sources: ['cohen-2018', 'connolly-2015'],
      },
      {
        text: 'The studies that helped used long drips: about 4 days in a row in hospital, or 4 hours a day for 10 days.',
        sources: ['sigtermans-2009', 'schwartzman-2009'],
      },
      {
        text: 'In the main trial of 60 people, pain was lower for a time. By week 12, the gap from the dummy drip was too small to be sure. People did not get better at daily tasks.',
        sources: ['sigtermans-2009'],
      },
      {
        text: 'In a small study of two 100-hour drips, 3 in 6 people had liver damage.',
        sources: ['noppers-2011-liver'],
      },
    ],
    unknown: [
      {
        text: 'Whether short 1-hour sessions, which many clinics sell, help the same way. They have not been shown to.',
        sources: ['cohen-2018', 'sigtermans-2009'],
      },
      {
        text: 'How to keep any relief going, and what repeat drips do over years.',
        sources: ['cohen-2018', 'xu-2018'],
      },
    ],
    bottomLine: {
      text: 'Ask how the dose and schedule would compare with the studies, and what the plan is when relief fades.',
      sources: ['cohen-2018', 'sigtermans-2009'],
    },
  },
  {
    id: 'fibromyalgia',
    conditionTermIds: ['fibromyalgia'],
    title: 'Fibromyalgia',
    strength: 'weak',
    strengthLabel: 'Weak or no evidence, relief only during the drip',
    mainMessage:
      'For fibromyalgia, ketamine has not been shown to help past the day of the drip, and most people on a drip feel strange for a while.',
    keyFrequency: sideEffectFrequency('fibromyalgia'),
    known: [
      {
        text: 'US pain experts found weak or no proof that ketamine helps fibromyalgia.',
        sources: ['cohen-2018'],
      },
      {
        text: 'In one trial of 24 people, each had one 30-minute drip. Pain eased only while the drug was still in the blood. A few hours later, it did no better than a different drug. The same was true a week and 8 weeks later.',
        sources: ['noppers-2011'],
      },
      {
        text: 'Exercise has the strongest advice behind it. Three daily pills are approved for it too.',
        sources: ['eular-2016', 'fm-drugs-2016'],
      },
    ],
    unknown: [
      { text: 'Whether longer or repeat drips would help. They have not been well tested.', sources: ['cohen-2018'] },
    ],
    bottomLine: {
      text: 'Ask what the plan is if relief fades within hours. Ask how it compares with exercise and the approved pills.',
      sources: ['noppers-2011', 'eular-2016'],
    },
  },
  {
    id: 'neuropathic-pain',
    conditionTermIds: ['neuropathic-pain', 'neuropathy', 'postherpetic-neuralgia'],
    title: 'Nerve pain (neuropathic pain)',
    strength: 'weak',
    strengthLabel: 'Weak or no evidence, short-term only',
    mainMessage:
      'Ketamine is not a first choice for nerve pain: the usual pills have far more proof, and most people on a drip feel strange for a while.',
    keyFrequency: sideEffectFrequency('nerve pain'),
    known: [
      {
        text: 'Nerve pain comes from damage to the nerves, for example after shingles or with diabetes. US pain experts found weak or no proof that drips help it. What help there was came right after the drip.',
        sources: ['cohen-2018', 'medlineplus'],
      },
      {
        text: 'Experts list 3 kinds of pills to try first for nerve pain (some older mood pills, duloxetine, and gabapentin-type pills). Each has been tested in many trials.',
        sources: ['finnerup-2015'],
      },
      {
        text: 'The same experts could not say if drugs that work like this one help nerve pain.',
        sources: ['finnerup-2015'],
      },
    ],
    unknown: [
      { text: 'Whether ketamine helps nerve pain for more than a short time.', sources: ['cohen-2018'] },
      { text: 'How many people with nerve pain a drip would help.', sources: ['cohen-2018'] },
    ],
    bottomLine: {
      text: 'Ask if you have tried the usual nerve pain pills at a full dose and for long enough.',
      sources: ['finnerup-2015', 'cohen-2018'],
    },
  },
  {
    id: 'trigeminal-neuralgia',
    conditionTermIds: ['trigeminal-neuralgia'],
    title: 'Face nerve pain (trigeminal neuralgia)',
    strength: 'none',
    strengthLabel: 'Only a few small studies',
    mainMessage:
      'For this face pain, ketamine has only a few small studies and side effects that most people feel, while seizure pills and an operation have far more proof.',
    keyFrequency: sideEffectFrequency('this face pain'),
    known: [
      {
        text: 'Only a few small studies have tested ketamine for this face pain. US pain experts did not rate it.',
        sources: ['cohen-2018', 'bendtsen-2019'],
      },
      {
        text: 'Experts in Europe say to try one of two seizure pills first (carbamazepine or oxcarbazepine). If they fail, an operation can help.',
        sources: ['bendtsen-2019'],
      },
      {
        text: 'One kind of operation moves a blood vessel off the nerve. After it, 70 in 100 people were free of this pain 10 years later. They took no pills for it.',
        sources: ['barker-1996'],
      },
    ],
    unknown: [{ text: 'Whether ketamine helps this face pain at all, or for how long.', sources: ['bendtsen-2019'] }],
    bottomLine: {
      text: 'Ask if you have tried the first seizure pills, and if an operation could help you.',
      sources: ['bendtsen-2019'],
    },
  },
  {
    id: 'spinal-cord-injury-pain',
    conditionTermIds: ['spinal-cord-injury-pain'],
    title: 'Pain after a spinal cord injury',
    strength: 'weak',
    strengthLabel: 'Weak evidence, short-term only',
    mainMessage:
      'Ketamine drips may give brief relief after a spinal cord injury, but no lasting help has been shown, and most people on a drip feel strange for a while.',
    keyFrequency: sideEffectFrequency('pain after a spinal cord injury'),
    known: [
      {
        text: 'US pain experts found weak proof of short-term relief. In the studies, drips lasted from 17 minutes to 5 hours, on up to 7 days in a row.',
        sources: ['cohen-2018'],
      },
      NO_LONG_TERM,
      {
        text: 'Experts in Canada list two kinds of pills to try first for this pain (gabapentin-type pills and amitriptyline). They also advise self-care and talking therapy.',
        sources: ['loh-2022'],
      },
    ],
    unknown: [{ text: 'Whether any relief from ketamine lasts past the short term.', sources: ['cohen-2018'] }],
    bottomLine: {
      text: 'Ask how long relief lasted for others, and what the plan is when it wears off.',
      sources: ['cohen-2018'],
    },
  },
  {
    id: 'headache-and-migraine',
    conditionTermIds: ['migraine'],
    title: 'Headache and migraine',
    strength: 'weak',
    strengthLabel: 'Weak or no evidence, only right after the drip',
    mainMessage: 'There is little proof that ketamine helps headaches beyond the days of the drip.',
    keyFrequency: {
      counts: 'had less pain',
      denominator: 100,
      groups: [
        { label: 'Right after a hospital stay with a drip', count: 77 },
        { label: 'About 3 months later', count: 39 },
      ],
      text: 'One hospital looked back at 61 people with hard-to-treat headache. Right after about 5 days of drips, 77 in 100 had less pain. About 3 months later, 39 in 100 still did. No one got a dummy drip, so no one can tell how much of this came from the drug.',
      sources: ['schwenk-2018'],
    },
    known: [
      {
        text: 'US pain experts found weak or no proof that ketamine drips help migraine or other headaches.',
        sources: ['cohen-2018'],
      },
      {
        text: 'The drips in that hospital ran day and night for about 5 days.',
        sources: ['schwenk-2018'],
      },
      {
        text: 'Some pills and shots to prevent migraine have been tested against a dummy. One is Botox (botulinum toxin) shots.',
        sources: ['ahs-2024', 'preempt-2011'],
      },
    ],
    unknown: [
      {
        text: 'How ketamine compares with a dummy drip for headache. No such trial was found.',
        sources: ['cohen-2018'],
      },
    ],
    bottomLine: {
      text: 'Ask what the research shows for your kind of headache, and which tested treatments you have tried.',
      sources: ['cohen-2018', 'ahs-2024'],
    },
  },
  {
    id: 'cancer-pain',
    conditionTermIds: ['cancer-pain'],
    title: 'Cancer pain',
    strength: 'none',
    strengthLabel: 'No clear benefit, more side effects',
    mainMessage: 'For cancer pain, ketamine has not done better than a dummy drug, and it causes more side effects.',
    keyFrequency: {
      counts: 'had less pain',
      denominator: 100,
      groups: [
        { label: 'On ketamine', count: 31 },
        { label: 'On a dummy drug', count: 27 },
      ],
      text: 'In the largest trial, 31 in 100 people on ketamine had less pain. On a dummy drug, 27 in 100 did. A gap this small could easily be chance.',
      sources: ['hardy-2012'],
    },
    known: [
      {
        text: 'Ketamine is sometimes added to opioids for cancer pain. A careful review found only 3 studies good enough to use, and too little proof that it helps.',
        sources: ['bell-2017-cochrane'],
      },
      {
        text: 'The largest trial had 185 people, who got ketamine under the skin or a dummy drug. People on ketamine had about twice as many side effects.',
        sources: ['hardy-2012'],
      },
    ],
    unknown: [
      {
        text: 'Whether some people, such as those with nerve pain from cancer, do better. Cancer care teams still use it in some cases.',
        sources: ['bell-2017-cochrane', 'gwent-2010'],
      },
    ],
    bottomLine: {
      text: 'Ask your cancer team or your comfort care (palliative) team what they expect ketamine to add for you.',
      sources: ['bell-2017-cochrane', 'hardy-2012'],
    },
  },
  {
    id: 'phantom-limb-pain',
    conditionTermIds: ['phantom-limb-pain'],
    title: 'Phantom limb pain',
    strength: 'weak',
    strengthLabel: 'Weak or no evidence, only right after the drip',
    mainMessage:
      'Ketamine may ease phantom limb pain for a short time at most, and most people on a drip feel strange for a while.',
    keyFrequency: sideEffectFrequency('phantom limb pain'),
    known: [
      {
        text: 'Phantom limb pain feels as if it comes from an arm or leg that is gone. US pain experts found weak or no proof that ketamine helps it.',
        sources: ['medlineplus', 'cohen-2018'],
      },
      NO_LONG_TERM,
      {
        text: 'A 2017 review found weak proof for every one of the 38 treatments it looked at, ketamine included.',
        sources: ['richardson-2017'],
      },
    ],
    unknown: [{ text: 'Which treatment works best for phantom limb pain.', sources: ['richardson-2017'] }],
    bottomLine: {
      text: 'Ask what the research shows, and what other care could help.',
      sources: ['cohen-2018', 'richardson-2017'],
    },
  },
  {
    id: 'low-back-pain',
    conditionTermIds: ['chronic-low-back-pain'],
    title: 'Long-lasting low back pain',
    strength: 'weak',
    strengthLabel: 'Weak or no evidence, only right after the drip',
    mainMessage:
      'There is little proof that ketamine helps back pain for long, most people on a drip feel strange for a while, and exercise and talking therapy have more proof.',
    keyFrequency: sideEffectFrequency('low back pain'),
    known: [
      {
        text: 'US pain experts found weak or no proof that ketamine drips help long-lasting low back pain.',
        sources: ['cohen-2018'],
      },
      NO_LONG_TERM,
      {
        text: 'US doctors who wrote advice for back pain put exercise and talking therapy first.',
        sources: ['qaseem-2017'],
      },
    ],
    unknown: [{ text: 'Whether ketamine helps back pain at all past the day of the drip.', sources: ['cohen-2018'] }],
    bottomLine: {
      text: 'Ask what the research shows, and how long any relief would last.',
      sources: ['cohen-2018'],
    },
  },
  {
    id: 'depression',
    conditionTermIds: ['major-depressive-disorder', 'treatment-resistant-depression'],
    title: 'Depression',
    strength: 'not-approved',
    strengthLabel: 'Fast but brief; plain ketamine is not approved for it',
    mainMessage:
      'Ketamine can lift mood within hours, but the lift fades, and only the nasal form is approved for some adults with depression.',
    keyFrequency: {
      counts: 'were free of signs of low mood after 4 weeks',
      denominator: 100,
      groups: [
        { label: 'On the nasal form (esketamine)', count: 23 },
        { label: 'On a dummy spray', count: 8 },
      ],
      text: 'In a trial, the approved nasal form (esketamine) was used alone. After 4 weeks, 23 in 100 adults were free of signs of low mood. On a dummy spray, 8 in 100 were. They had low mood that other pills had not helped. They were not tested for pain.',
      sources: ['spravato-monotherapy-2025'],
    },
    known: [
      {
        text: 'After one dose of plain ketamine, the mood lift often fades within about a week. The proof comes from trials in low mood, not in people with long-lasting pain.',
        sources: ['pharmacol-rep-2020', 'han-2016'],
      },
      {
        text: 'Plain ketamine is not approved by the FDA to treat depression.',
        sources: ['ketalar-label', 'fda-2023-compounded'],
      },
      {
        text: 'The nasal form is approved for adults whose low mood other pills have not helped. With a mood pill, it is also approved for adults with low mood who have had recent thoughts of suicide. It is given only at clinics with special approval. Staff watch you for at least 2 hours after each dose.',
        sources: ['spravato-approval', 'spravato-label'],
      },
    ],
    unknown: [
      {
        text: 'Whether it helps low mood that comes with pain. It has not been tested in people with both.',
        sources: ['pharmacol-rep-2020'],
      },
      {
        text: 'Whether the nasal form helps people 65 and older. A trial in them did not clearly show it.',
        sources: ['ochs-ross-2020'],
      },
    ],
    bottomLine: {
      text: 'Ketamine does not replace depression care, so ask how it would fit with the care you have now.',
      sources: ['pharmacol-rep-2020', 'ketalar-label'],
    },
  },
];
