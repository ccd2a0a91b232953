import type { OptionComparison, OptionEvidence, SourcedText, SourceId, TreatmentOption } from './types';

// Options compared, one comparison per evidence card: ketamine beside the options with better or
// comparable evidence, and beside staying with current care, every option on the same attributes.
// Benefits are whole-number frequencies out of 100 where a review or trial gives one, else "Not known".
// Facts: shared/notes/options-facts.md (only items marked checked) and medical-facts.md.

const t = (text: string, ...sources: SourceId[]): SourcedText => ({ text, sources });

export const OPTION_EVIDENCE_LABELS: Readonly<Record<OptionEvidence, string>> = {
  strong: 'Strong',
  moderate: 'Moderate',
  weak: 'Weak',
  'very-weak': 'Very weak or unclear',
  'none-against': 'Advised against by some guidelines',
  'not-tested': 'Not rated',
};

/** The attributes, in the order every option shows them. */
export const OPTION_ATTRIBUTES = [
  { key: 'involves', label: 'What it involves' },
  { key: 'evidenceText', label: 'How strong the evidence is' },
  { key: 'benefit', label: 'Likely benefit' },
  { key: 'commonHarms', label: 'Common harms' },
  { key: 'seriousHarms', label: 'Serious harms' },
  { key: 'timeAndCost', label: 'Time and cost' },
] as const;

const ASK_COST = 'Ask what insurance pays.';

/** What to do with a comparison, shown after it (CCI items 5, 12 to 14; PEMAT items 20, 22 and 25). */
export const OPTIONS_NEXT_STEPS = {
  why: 'The options differ in how much proof they have, in their harms, and in the time and cost they ask.',
  steps: [
    'In the table, pick 2 or 3 options you want to ask about.',
    'Read the harms and the time and cost of each, and note what matters most to you.',
    'Print this page with your checklist handout, and go over both with your doctor.',
  ],
} as const;

function ketamineDrip(evidence: OptionEvidence, evidenceText: SourcedText, benefit: SourcedText): TreatmentOption {
  return {
    id: 'ketamine',
    name: 'Ketamine drips',
    kind: 'ketamine',
    involves: t(
      'Drips into a vein at a clinic, each lasting hours, sometimes on several days in a row. Repeat drips later if relief fades.',
      'cohen-2018',
      'schwartzman-2009',
      'patil-2012',
    ),
    evidence,
    evidenceText,
    benefit,
    commonHarms: t(
      'Feeling strange or detached (76 in 100 in a CRPS trial), dizziness, sleepiness, nausea, and a rise in blood pressure.',
      'sigtermans-2009',
      'ketalar-label',
    ),
    seriousHarms: t(
      'Slowed breathing, mostly with other calming drugs. With repeat use: bladder damage, liver damage and misuse.',
      'ketalar-label',
      'fda-2023-compounded',
      'cotter-2021',
    ),
    timeAndCost: t(
      `Hours at a clinic for each drip, and a ride home each time. It is off-label for pain. ${ASK_COST}`,
      'ketalar-label',
      'spravato-label',
    ),
  };
}

/** Staying with current care: what the comparison group had in the trial its benefit comes from. */
function currentCare(benefit: SourcedText): TreatmentOption {
  const s = benefit.sources;
  return {
    id: 'current-care',
    name: 'Staying with your current care',
    kind: 'current-care',
    involves: t('You keep the treatments you have now. You can still change or add to them later.', ...s),
    evidence: 'not-tested',
    evidenceText: t(
      'Not a treatment that is rated. It is like what the comparison groups had in trials. Many people in those groups also got a bit better.',
      'nice-ng193',
    ),
    benefit,
    commonHarms: t('Those of the treatments you already have.', ...s),
    seriousHarms: t('Those of the treatments you already have.', ...s),
    timeAndCost: t('No new visits or costs.', ...s),
  };
}

function talkingTherapy(evidenceText: SourcedText, evidence: OptionEvidence = 'weak'): TreatmentOption {
  return {
    id: 'talking-therapy',
    name: 'Talking therapy for pain (such as CBT)',
    kind: 'other',
    involves: t(
      'Sessions with a therapist who teaches ways to cope with pain and to get back to daily life. CBT means cognitive behavioral therapy.',
      'nice-ng193',
      'qaseem-2017',
    ),
    evidence,
    evidenceText,
    benefit: t('Not known as a number for this kind of pain.', 'nice-ng193'),
    commonHarms: t('The guideline checked here lists none. It takes time and effort.', 'nice-ng193'),
    seriousHarms: t('None known.', 'nice-ng193'),
    timeAndCost: t(`Weekly sessions for some weeks. ${ASK_COST}`, 'nice-ng193'),
  };
}

const GABAPENTINOID_HARMS = {
  commonHarms: t('Dizziness, sleepiness, dry mouth, swelling, blurred vision and weight gain.', 'fm-drugs-2016'),
  seriousHarms: t(
    'Slowed breathing when taken with opioids or other calming drugs (a label warning).',
    'gabapentin-label',
  ),
};

const DULOXETINE_HARMS = {
  commonHarms: t('Nausea, dry mouth, sleepiness, constipation, less appetite and sweating.', 'fm-drugs-2016'),
  seriousHarms: t(
    'In trials, 15 in 100 stopped because of side effects, against 8 in 100 on a dummy pill. In young people, antidepressants can raise suicidal thoughts (a label warning).',
    'lunn-2014',
    'amitriptyline-label',
  ),
};

export const optionComparisons: OptionComparison[] = [
  {
    id: 'crps-options',
    cardId: 'crps',
    title: 'Options for CRPS',
    mainMessage: 'No treatment for CRPS has strong proof; therapy to keep the limb moving is at the center of care.',
    options: [
      {
        id: 'physical-therapy',
        name: 'Physical and hand therapy (such as graded motor imagery)',
        kind: 'other',
        involves: t(
          'Sessions with a therapist, and daily practice at home, to use the painful limb again step by step.',
          'smart-2022',
          'oconnell-2013',
        ),
        evidence: 'weak',
        evidenceText: t(
          'Low-quality proof that one method, graded motor imagery, may ease pain (a careful review). Many small trials exist.',
          'oconnell-2013',
          'smart-2022',
        ),
        benefit: t('Not known as a number.', 'smart-2022'),
        commonHarms: t('Pain may flare for a while during the exercises.', 'exposure-review-2022'),
        seriousHarms: t('No lasting harm was found in the studies.', 'exposure-review-2022'),
        timeAndCost: t(`A course of sessions over weeks or months. ${ASK_COST}`, 'smart-2022'),
      },
      talkingTherapy(t('A UK guideline says it can be offered for long-lasting pain, CRPS included.', 'nice-ng193')),
      {
        id: 'spinal-cord-stimulation',
        name: 'Spinal cord stimulator (a device placed under the skin)',
        kind: 'other',
        involves: t(
          'A test first. If it helps, surgery places a small device under the skin that sends mild pulses to the spinal cord.',
          'kemler-2000',
        ),
        evidence: 'weak',
        evidenceText: t(
          'One trial of 54 people. Only 24 of the 36 offered it went on to get the device.',
          'kemler-2000',
        ),
        benefit: t(
          'After 6 months, 39 in 100 felt much better, against 6 in 100 with physical therapy alone. After 5 years there was no clear difference.',
          'kemler-2000',
          'kemler-2008',
        ),
        commonHarms: t('The trial report checked here does not list them. Ask the surgeon.', 'kemler-2000'),
        seriousHarms: t(
          'In the trial, 6 of 24 people with a device needed more surgery, and 1 device was taken out.',
          'kemler-2000',
        ),
        timeAndCost: t(`Surgery and follow-up visits. ${ASK_COST}`, 'kemler-2000'),
      },
      ketamineDrip(
        'moderate',
        t(
          'Moderate proof of relief for up to 12 weeks (US guideline). A UK guideline says not to start it for this kind of pain.',
          'cohen-2018',
          'nice-ng193',
        ),
        t(
          'Not known as a number. In the main trial, pain was lower for a time, with no gain in daily tasks.',
          'sigtermans-2009',
        ),
      ),
      currentCare(
        t(
          'In one trial, 6 in 100 people who kept up physical therapy alone felt much better after 6 months.',
          'kemler-2000',
        ),
      ),
    ],
  },
  {
    id: 'fibromyalgia-options',
    cardId: 'fibromyalgia',
    title: 'Options for fibromyalgia',
    mainMessage:
      'Exercise has the strongest advice behind it for fibromyalgia, and three daily medicines are approved for it.',
    options: [
      {
        id: 'exercise',
        name: 'Exercise (walking, water exercise, strength work)',
        kind: 'other',
        involves: t(
          'A program that starts gently and builds up, several times a week, then kept up on your own.',
          'eular-2016',
        ),
        evidence: 'strong',
        evidenceText: t(
          'The only treatment a European guideline advises strongly. A UK guideline says to offer group exercise.',
          'eular-2016',
          'nice-ng193',
        ),
        benefit: t('Not known as a number.', 'eular-2016'),
        commonHarms: t('The guideline checked here lists none.', 'eular-2016'),
        seriousHarms: t('None known.', 'eular-2016'),
        timeAndCost: t('Time each week. Low cost if you exercise on your own.', 'eular-2016'),
      },
      {
        id: 'duloxetine',
        name: 'Duloxetine (a daily pill)',
        kind: 'other',
        involves: t('A pill each day, judged over several weeks.', 'fm-drugs-2016'),
        evidence: 'moderate',
        evidenceText: t(
          'Approved by the FDA for fibromyalgia, tested in several trials.',
          'fm-drugs-2016',
          'lunn-2014',
        ),
        benefit: t(
          'At least half the pain gone after 12 weeks: about 16 more in 100 than on a dummy pill.',
          'lunn-2014',
        ),
        ...DULOXETINE_HARMS,
        timeAndCost: t(`A daily pill. ${ASK_COST}`, 'fm-drugs-2016'),
      },
      {
        id: 'pregabalin',
        name: 'Pregabalin (a daily pill)',
        kind: 'other',
        involves: t('A pill each day, with the dose built up slowly.', 'fm-drugs-2016'),
        evidence: 'moderate',
        evidenceText: t(
          'Approved by the FDA for fibromyalgia. A UK guideline says not to start it for this kind of pain.',
          'fm-drugs-2016',
          'nice-ng193',
        ),
        benefit: t('Not known as a number from the sources checked here.', 'fm-drugs-2016'),
        ...GABAPENTINOID_HARMS,
        timeAndCost: t(`A daily pill. ${ASK_COST}`, 'fm-drugs-2016'),
      },
      talkingTherapy(t('A UK guideline says it can be offered for fibromyalgia.', 'nice-ng193')),
      ketamineDrip(
        'weak',
        t(
          'Weak or no proof, and only right after the drip (US guideline). A UK guideline says not to start it.',
          'cohen-2018',
          'nice-ng193',
        ),
        t('Not known. In one trial, relief ended within hours.', 'noppers-2011'),
      ),
      currentCare(t('Not known.', 'nice-ng193')),
    ],
  },
  {
    id: 'neuropathic-pain-options',
    cardId: 'neuropathic-pain',
    title: 'Options for nerve pain',
    mainMessage: 'Three kinds of daily medicine are the first choices for nerve pain, each tested in many trials.',
    options: [
      {
        id: 'tricyclic',
        name: 'Low-dose older antidepressant (amitriptyline or nortriptyline)',
        kind: 'other',
        involves: t('A pill each day, often at night, with the dose built up slowly.', 'finnerup-2015'),
        evidence: 'strong',
        evidenceText: t('A first choice, with strong advice from nerve pain experts.', 'finnerup-2015', 'nice-cg173'),
        benefit: t('At least half the pain gone: about 28 more in 100 than on a dummy pill.', 'finnerup-2015'),
        commonHarms: t('The label lists them. Ask your doctor which are common at a low dose.', 'amitriptyline-label'),
        seriousHarms: t(
          'In young people, antidepressants can raise suicidal thoughts (a label warning).',
          'amitriptyline-label',
        ),
        timeAndCost: t(`A daily pill, low in cost. ${ASK_COST}`, 'finnerup-2015'),
      },
      {
        id: 'duloxetine',
        name: 'Duloxetine or venlafaxine (a daily pill)',
        kind: 'other',
        involves: t('A pill each day, judged over several weeks.', 'finnerup-2015'),
        evidence: 'strong',
        evidenceText: t('A first choice, with strong advice from nerve pain experts.', 'finnerup-2015', 'aan-2022'),
        benefit: t(
          'At least half the pain gone: about 16 more in 100 than on a dummy pill. For diabetic nerve pain, about 20 more in 100 with duloxetine.',
          'finnerup-2015',
          'lunn-2014',
        ),
        ...DULOXETINE_HARMS,
        timeAndCost: t(`A daily pill. ${ASK_COST}`, 'finnerup-2015'),
      },
      {
        id: 'gabapentinoid',
        name: 'Gabapentin or pregabalin (daily pills)',
        kind: 'other',
        involves: t('Pills 2 or 3 times a day, with the dose built up slowly.', 'finnerup-2015'),
        evidence: 'strong',
        evidenceText: t('A first choice, with strong advice from nerve pain experts.', 'finnerup-2015', 'aan-2022'),
        benefit: t(
          'At least half the pain gone: about 14 more in 100 than on a dummy pill (gabapentin).',
          'finnerup-2015',
        ),
        ...GABAPENTINOID_HARMS,
        timeAndCost: t(`Daily pills. ${ASK_COST}`, 'finnerup-2015'),
      },
      {
        id: 'spinal-cord-stimulation',
        name: 'Spinal cord stimulator (for diabetic nerve pain)',
        kind: 'other',
        involves: t(
          'A test first, then surgery to place a small device that sends pulses to the spinal cord.',
          'petersen-2021',
        ),
        evidence: 'weak',
        evidenceText: t(
          'One trial of 216 people whose medicines had not helped. Everyone knew who got the device, and its maker paid for the trial.',
          'petersen-2021',
        ),
        benefit: t(
          'At least half the pain gone after 6 months: 79 in 100, against 5 in 100 on usual care.',
          'petersen-2021',
        ),
        commonHarms: t('The trial summary checked here does not list them. Ask the surgeon.', 'petersen-2021'),
        seriousHarms: t('The trial summary checked here does not list them. Ask the surgeon.', 'petersen-2021'),
        timeAndCost: t(`Surgery and follow-up visits. ${ASK_COST}`, 'petersen-2021'),
      },
      ketamineDrip(
        'weak',
        t(
          'Weak or no proof, and only right after the drip (US guideline). Nerve pain experts could not say whether drugs like it help.',
          'cohen-2018',
          'finnerup-2015',
        ),
        t('Not known as a number.', 'cohen-2018'),
      ),
      currentCare(
        t(
          'In one trial of diabetic nerve pain, 5 in 100 on usual care had at least half their pain gone after 6 months.',
          'petersen-2021',
        ),
      ),
    ],
  },
  {
    id: 'trigeminal-neuralgia-options',
    cardId: 'trigeminal-neuralgia',
    title: 'Options for face nerve pain (trigeminal neuralgia)',
    mainMessage:
      'The usual first medicine for this face pain is a seizure pill, and surgery helps many people when pills fail.',
    options: [
      {
        id: 'carbamazepine',
        name: 'Seizure pills (carbamazepine or oxcarbazepine)',
        kind: 'other',
        involves: t('Pills each day. You need blood tests from time to time.', 'bendtsen-2019', 'tn-primary-care-2023'),
        evidence: 'strong',
        evidenceText: t('The first medicines to try, in a European guideline.', 'bendtsen-2019'),
        benefit: t('Not known as a number from the sources checked here.', 'bendtsen-2019'),
        commonHarms: t('The label lists them. Ask your doctor which are common.', 'carbamazepine-label'),
        seriousHarms: t(
          'Rare severe skin reactions, about 10 times more common in some people of Asian descent. A gene test can help. Rare blood and liver problems.',
          'carbamazepine-label',
          'tn-primary-care-2023',
        ),
        timeAndCost: t(`Daily pills and blood tests. ${ASK_COST}`, 'tn-primary-care-2023'),
      },
      {
        id: 'decompression-surgery',
        name: 'Surgery to move a blood vessel off the nerve',
        kind: 'other',
        involves: t('An operation behind the ear, with a hospital stay.', 'bendtsen-2019'),
        evidence: 'moderate',
        evidenceText: t(
          'Offered when medicines fail or cause too many side effects (European guideline).',
          'bendtsen-2019',
        ),
        benefit: t('70 in 100 people were free of this pain 10 years later, with no medicine.', 'barker-1996'),
        commonHarms: t('Some numbness of the face.', 'andersen-2022'),
        seriousHarms: t(
          'In one careful study, 10 in 100 had lasting hearing loss and 6 in 100 had a stroke. Fewer than 1 in 100 died in a large series.',
          'andersen-2022',
          'barker-1996',
        ),
        timeAndCost: t(`Major surgery and weeks of recovery. ${ASK_COST}`, 'bendtsen-2019'),
      },
      ketamineDrip(
        'very-weak',
        t('Only a few small studies. The US ketamine guideline did not rate it.', 'cohen-2018', 'bendtsen-2019'),
        t('Not known.', 'bendtsen-2019'),
      ),
      currentCare(t('Not known.', 'bendtsen-2019')),
    ],
  },
  {
    id: 'spinal-cord-injury-pain-options',
    cardId: 'spinal-cord-injury-pain',
    title: 'Options for pain after a spinal cord injury',
    mainMessage:
      'Nerve pain medicines and self-care come first for pain after a spinal cord injury, though no option works for everyone.',
    options: [
      {
        id: 'gabapentinoid',
        name: 'Pregabalin or gabapentin (daily pills)',
        kind: 'other',
        involves: t('Pills each day, with the dose built up slowly.', 'loh-2022'),
        evidence: 'moderate',
        evidenceText: t('A first choice in a guideline for this pain.', 'loh-2022'),
        benefit: t(
          'Not known for these medicines alone. With treatment, about 1 in 3 people with this pain get half their pain relieved.',
          'canpainsci-commentary',
        ),
        ...GABAPENTINOID_HARMS,
        timeAndCost: t(`Daily pills. ${ASK_COST}`, 'loh-2022'),
      },
      {
        id: 'amitriptyline',
        name: 'Amitriptyline (a daily pill)',
        kind: 'other',
        involves: t('A pill each day, often at night.', 'loh-2022'),
        evidence: 'moderate',
        evidenceText: t('A first choice in a guideline for this pain.', 'loh-2022'),
        benefit: t('Not known as a number.', 'loh-2022'),
        commonHarms: t('The label lists them. Ask your doctor which are common at a low dose.', 'amitriptyline-label'),
        seriousHarms: t(
          'In young people, antidepressants can raise suicidal thoughts (a label warning).',
          'amitriptyline-label',
        ),
        timeAndCost: t(`A daily pill, low in cost. ${ASK_COST}`, 'loh-2022'),
      },
      talkingTherapy(
        t('The same guideline advises self-care, and links talking therapy with better coping.', 'loh-2022'),
      ),
      ketamineDrip(
        'weak',
        t('Weak proof of short-term relief only (US guideline).', 'cohen-2018'),
        t('Not known as a number.', 'cohen-2018'),
      ),
      currentCare(t('Not known.', 'loh-2022')),
    ],
  },
  {
    id: 'headache-options',
    cardId: 'headache-and-migraine',
    title: 'Options for headache and migraine',
    mainMessage: 'Several migraine treatments have been tested against a dummy treatment; ketamine has not.',
    options: [
      {
        id: 'cgrp-medicines',
        name: 'CGRP medicines (monthly shots or daily pills to prevent migraine)',
        kind: 'other',
        involves: t('A shot once a month or every 3 months, or a pill, to prevent attacks.', 'ahs-2024'),
        evidence: 'strong',
        evidenceText: t('A first choice to prevent migraine, says the American Headache Society.', 'ahs-2024'),
        benefit: t(
          'For migraine on some days a month: about 1 to 2 fewer migraine days a month than on a dummy.',
          'cgrp-meta-2020',
        ),
        commonHarms: t('The sources checked here do not list them. Ask your doctor.', 'ahs-2024'),
        seriousHarms: t('The sources checked here do not list them. Ask your doctor.', 'ahs-2024'),
        timeAndCost: t(`Shots or pills at home. ${ASK_COST}`, 'ahs-2024'),
      },
      {
        id: 'botulinum-toxin',
        name: 'Shots of Botox (botulinum toxin) for migraine on most days',
        kind: 'other',
        involves: t('Many small shots in the head and neck every 12 weeks, at a clinic.', 'preempt-2011'),
        evidence: 'moderate',
        evidenceText: t('Tested in large trials against dummy shots.', 'preempt-2011'),
        benefit: t(
          'Half as many headache days after 24 weeks: 45 in 100, against 34 in 100 on dummy shots.',
          'preempt-2011',
        ),
        commonHarms: t('The sources checked here do not list them. Ask your doctor.', 'preempt-2011'),
        seriousHarms: t('The sources checked here do not list them. Ask your doctor.', 'preempt-2011'),
        timeAndCost: t(`A clinic visit every 12 weeks. ${ASK_COST}`, 'preempt-2011'),
      },
      {
        id: 'preventive-pills',
        name: 'Older daily pills to prevent migraine (such as propranolol or topiramate)',
        kind: 'other',
        involves: t('A pill each day, judged over a few months.', 'silberstein-2012'),
        evidence: 'strong',
        evidenceText: t(
          'The best-rated proof for migraine on some days a month (US guideline, 2012).',
          'silberstein-2012',
        ),
        benefit: t('Not known as a number from the sources checked here.', 'silberstein-2012'),
        commonHarms: t('They differ by medicine. Ask your doctor.', 'silberstein-2012'),
        seriousHarms: t('They differ by medicine. Ask your doctor.', 'silberstein-2012'),
        timeAndCost: t(`A daily pill. ${ASK_COST}`, 'silberstein-2012'),
      },
      ketamineDrip(
        'very-weak',
        t(
          'Weak or no proof (US guideline). The only numbers come from hospital records with no comparison group.',
          'cohen-2018',
          'schwenk-2018',
        ),
        t(
          'Not known against a dummy drip. In one hospital, 39 in 100 still had less pain 3 months after about 5 days of drips.',
          'schwenk-2018',
        ),
      ),
      currentCare(t('In the Botox trials, 34 in 100 on dummy shots had half as many headache days.', 'preempt-2011')),
    ],
  },
  {
    id: 'cancer-pain-options',
    cardId: 'cancer-pain',
    title: 'Options for cancer pain',
    mainMessage:
      'Usual pain medicines, chosen by how bad the pain is, are the base of cancer pain care; ketamine has not beaten a dummy drug.',
    options: [
      {
        id: 'pain-medicines',
        name: 'Usual pain medicines, stepped up as needed (including opioids)',
        kind: 'other',
        involves: t(
          'Regular pills, with extra doses for pain that breaks through. Under the skin if pills are hard to take.',
          'who-2018',
        ),
        evidence: 'strong',
        evidenceText: t('The base of care in a World Health Organization guideline.', 'who-2018'),
        benefit: t('Not known as a number from the sources checked here.', 'who-2018'),
        commonHarms: t('Opioids often cause constipation, sleepiness and nausea.', 'who-2018'),
        seriousHarms: t('Opioids can slow breathing and cause confusion.', 'who-2018'),
        timeAndCost: t(`Daily medicines. ${ASK_COST}`, 'who-2018'),
      },
      {
        id: 'radiotherapy',
        name: 'Radiation for painful cancer in the bone',
        kind: 'other',
        involves: t('Often one treatment session, sometimes several.', 'saito-2019', 'who-2018'),
        evidence: 'moderate',
        evidenceText: t('Advised in a World Health Organization guideline when radiation fits.', 'who-2018'),
        benefit: t('In studies, about 67 to 70 in 100 people had less pain.', 'saito-2019'),
        commonHarms: t('The sources checked here do not list them. Ask your cancer team.', 'saito-2019'),
        seriousHarms: t('They depend on where in the body it is aimed. Ask your cancer team.', 'saito-2019'),
        timeAndCost: t(`One or more clinic visits. ${ASK_COST}`, 'saito-2019'),
      },
      {
        id: 'integrative',
        name: 'Acupuncture, massage and similar care',
        kind: 'other',
        involves: t('Sessions with a trained practitioner.', 'mao-2022'),
        evidence: 'weak',
        evidenceText: t(
          'A cancer guideline says acupuncture may be offered for some cancer pain, and massage in end-of-life care.',
          'mao-2022',
        ),
        benefit: t('Not known as a number.', 'mao-2022'),
        commonHarms: t('The guideline summary checked here does not list them.', 'mao-2022'),
        seriousHarms: t('The guideline summary checked here does not list them.', 'mao-2022'),
        timeAndCost: t(`A course of sessions. ${ASK_COST}`, 'mao-2022'),
      },
      ketamineDrip(
        'none-against',
        t(
          'A careful review found too little proof of benefit. Cancer teams still use it in some cases.',
          'bell-2017-cochrane',
          'gwent-2010',
        ),
        t(
          'In the largest trial, 31 in 100 had less pain on ketamine, against 27 in 100 on a dummy drug.',
          'hardy-2012',
        ),
      ),
      currentCare(t('In the largest ketamine trial, 27 in 100 on a dummy drug had less pain.', 'hardy-2012')),
    ],
  },
  {
    id: 'phantom-limb-pain-options',
    cardId: 'phantom-limb-pain',
    title: 'Options for phantom limb pain',
    mainMessage: 'No treatment for phantom limb pain has strong proof, so the choice depends on what matters to you.',
    options: [
      {
        id: 'mirror-therapy',
        name: 'Mirror therapy',
        kind: 'other',
        involves: t(
          'Daily practice with a mirror that shows the other limb moving, often with a therapist at first.',
          'richardson-2017',
        ),
        evidence: 'very-weak',
        evidenceText: t('Two reviews found too little proof to back it.', 'richardson-2017'),
        benefit: t('Not known.', 'richardson-2017'),
        commonHarms: t('The review checked here does not list them.', 'richardson-2017'),
        seriousHarms: t('None known.', 'richardson-2017'),
        timeAndCost: t('Time each day at home. Low cost.', 'richardson-2017'),
      },
      {
        id: 'pain-medicines',
        name: 'Pain medicines (such as gabapentin or morphine)',
        kind: 'other',
        involves: t('Pills each day.', 'richardson-2017'),
        evidence: 'weak',
        evidenceText: t(
          'Single small studies favored gabapentin and morphine, with a risk of bias.',
          'richardson-2017',
        ),
        benefit: t('Not known as a number.', 'richardson-2017'),
        commonHarms: t('Sleepiness and dizziness.', 'fm-drugs-2016'),
        seriousHarms: t('Morphine can lead to dependence and slowed breathing.', 'who-2018'),
        timeAndCost: t(`Daily pills. ${ASK_COST}`, 'richardson-2017'),
      },
      ketamineDrip(
        'weak',
        t(
          'Weak or no proof, only right after the drip (US guideline). One small study favored it.',
          'cohen-2018',
          'richardson-2017',
        ),
        t('Not known as a number.', 'cohen-2018'),
      ),
      currentCare(t('Not known.', 'richardson-2017')),
    ],
  },
  {
    id: 'low-back-pain-options',
    cardId: 'low-back-pain',
    title: 'Options for long-lasting low back pain',
    mainMessage: 'Exercise and talking therapies come first for long-lasting back pain; ketamine has little proof.',
    options: [
      {
        id: 'exercise',
        name: 'Exercise (including tai chi or yoga)',
        kind: 'other',
        involves: t('A program over some weeks, then kept up on your own.', 'qaseem-2017'),
        evidence: 'strong',
        evidenceText: t('A first choice, strongly advised by a US guideline.', 'qaseem-2017'),
        benefit: t('Not known as a number from the sources checked here.', 'qaseem-2017'),
        commonHarms: t('The guideline checked here lists none.', 'qaseem-2017'),
        seriousHarms: t('None known.', 'qaseem-2017'),
        timeAndCost: t('Time each week. Low cost if you exercise on your own.', 'qaseem-2017'),
      },
      {
        ...talkingTherapy(
          t(
            'Strongly advised by a US guideline, as are rehab programs that combine exercise and talking therapy.',
            'qaseem-2017',
          ),
          'strong',
        ),
        benefit: t(
          'In one trial of a newer talking therapy, 66 in 100 were free or nearly free of pain after 4 weeks, against 10 in 100 on usual care.',
          'ashar-2022',
        ),
      },
      {
        id: 'nsaids',
        name: 'Anti-inflammatory pills (NSAIDs, such as ibuprofen)',
        kind: 'other',
        involves: t('Pills at the lowest dose that helps, for the shortest time.', 'qaseem-2017', 'nice-ng59'),
        evidence: 'moderate',
        evidenceText: t(
          'The first medicine to try if exercise and therapy are not enough (US and UK guidelines).',
          'qaseem-2017',
          'nice-ng59',
        ),
        benefit: t('Not known as a number from the sources checked here.', 'qaseem-2017'),
        commonHarms: t('Upset stomach.', 'nsaid-label'),
        seriousHarms: t(
          'Bleeding in the stomach, and a higher risk of heart attack and stroke (label warnings).',
          'nsaid-label',
        ),
        timeAndCost: t('Pills, many sold without a prescription.', 'nice-ng59'),
      },
      {
        id: 'radiofrequency',
        name: 'Heat treatment of small back nerves (radiofrequency)',
        kind: 'other',
        involves: t('A test injection first, then a needle that heats the nerve.', 'nice-ng59', 'juch-2017'),
        evidence: 'weak',
        evidenceText: t(
          'Large trials found no gain big enough to matter, added to exercise. A UK guideline says it can be tried in some cases.',
          'juch-2017',
          'nice-ng59',
        ),
        benefit: t('No gain big enough to matter in the largest trials.', 'juch-2017'),
        commonHarms: t('The sources checked here do not list them. Ask your doctor.', 'juch-2017'),
        seriousHarms: t('The sources checked here do not list them. Ask your doctor.', 'juch-2017'),
        timeAndCost: t(`Clinic visits for the test and the treatment. ${ASK_COST}`, 'nice-ng59'),
      },
      ketamineDrip(
        'weak',
        t('Weak or no proof, only right after the drip (US guideline).', 'cohen-2018'),
        t('Not known as a number.', 'cohen-2018'),
      ),
      currentCare(
        t('In one trial, 10 in 100 on usual care were free or nearly free of pain after 4 weeks.', 'ashar-2022'),
      ),
    ],
  },
  {
    id: 'depression-options',
    cardId: 'depression',
    title: 'Options for depression that comes with pain',
    mainMessage:
      'Depression care with pain self-care has trial proof in people with both; the nasal form of ketamine is approved only for some adults with depression.',
    options: [
      {
        id: 'stepped-care',
        name: 'An antidepressant plus a pain self-care program',
        kind: 'other',
        involves: t(
          '12 weeks of care for the antidepressant, then 6 self-care sessions, mostly by phone with a nurse.',
          'kroenke-2009',
        ),
        evidence: 'moderate',
        evidenceText: t('One trial of 250 people with both pain and depression.', 'kroenke-2009'),
        benefit: t('Depression halved after 12 months: 37 in 100, against 17 in 100 on usual care.', 'kroenke-2009'),
        ...DULOXETINE_HARMS,
        timeAndCost: t(`A daily pill and phone sessions over months. ${ASK_COST}`, 'kroenke-2009'),
      },
      {
        id: 'esketamine',
        name: 'Esketamine nasal spray (Spravato)',
        kind: 'other',
        involves: t(
          'You spray it yourself at a certified clinic, twice a week at first, then less often. Staff watch you for at least 2 hours each time, and you need a ride home.',
          'spravato-label',
        ),
        evidence: 'moderate',
        evidenceText: t(
          'Approved for adults with depression that other medicines have not helped. Not approved for pain.',
          'spravato-label',
          'spravato-approval',
        ),
        benefit: t(
          'Free of depression symptoms after 4 weeks: 23 in 100, against 8 in 100 on a dummy spray.',
          'spravato-monotherapy-2025',
        ),
        commonHarms: t(
          'Feeling detached (61 to 75 in 100 in trials), sleepiness, nausea, dizziness and a change in taste.',
          'spravato-label',
        ),
        seriousHarms: t(
          'Fainting in fewer than 1 in 100, a rise in blood pressure, and misuse. 7 in 100 stopped because of side effects.',
          'spravato-label',
          'popova-2019',
        ),
        timeAndCost: t(`Hours at a clinic each time, for months. ${ASK_COST}`, 'spravato-label'),
      },
      ketamineDrip(
        'not-tested',
        t(
          'Plain ketamine is not approved for depression. Its mood lift from 1 dose often fades in about a week.',
          'fda-2023-compounded',
          'pharmacol-rep-2020',
        ),
        t('Not known for depression that comes with pain.', 'pharmacol-rep-2020'),
      ),
      currentCare(
        t(
          'In the self-care trial, 17 in 100 on usual care had their depression halved after 12 months.',
          'kroenke-2009',
        ),
      ),
    ],
  },
];
