// What each checklist answer adds to the "Questions for my doctor" summary: patient text, as typed data.
// The logic that applies it is lib/checklist-evaluate.ts; the content gates read every text here.
import type { ChecklistGuidance } from './types';

/** The question id whose 'yes' answer means the reader needs help right now. */
export const URGENT_QUESTION_ID = 'safety-self-harm-thoughts';

/** The summary's fixed lines. `{answered}` and `{total}` are filled in by the evaluator. */
export const CHECKLIST_TEXTS = {
  noAnswers: 'You have not answered any questions yet. Answer the ones you can, then bring this list to your doctor.',
  answered:
    'You answered {answered} of {total} questions. This list is to help you talk with your doctor. It does not decide anything for you.',
  unsureAbout: 'I was not sure how to answer this:',
  saidYes: 'You said yes to:',
  saidNo: 'You said no to:',
} as const;

/** Asked whatever the answers are. */
export const GENERAL_QUESTIONS: readonly string[] = [
  'What does the research show for my kind of pain, and how strong is it?',
  'How long does relief usually last, and how many repeat sessions would I need?',
  'Which route and dose would you use, and is it a compounded product?',
  'What side effects are common, and what will you do if I have them?',
  'What is the plan if it does not help, or if the relief fades?',
  'What will it cost, and will my insurance pay for any of it?',
];

/** Per-question guidance for the questions in data/checklist.ts. */
export const GUIDANCE: Readonly<Record<string, ChecklistGuidance>> = {
  'fit-long-lasting-pain': {
    yes: {
      list: 'mayFit',
      text: 'You have long-lasting pain. The best proof for ketamine is in CRPS, and even there relief lasted up to about 12 weeks. For most other kinds of pain, the proof is weak.',
      ask: 'How long did relief last for your other patients with my kind of pain?',
    },
    no: {
      list: 'notes',
      text: 'Your pain has not lasted more than 3 months. Ketamine for pain has mostly been studied in pain that lasts longer.',
      ask: 'What treatments fit pain at the stage mine is at?',
    },
    unsure: { ask: 'Is my pain the kind of long-lasting pain that ketamine has been studied for?' },
  },
  'fit-other-treatments-not-enough': {
    yes: {
      list: 'mayFit',
      text: 'Other treatments have not helped you enough. This is when experts tend to think about ketamine. Relief from it, when it comes, often lasts days to weeks.',
      ask: 'Are there usual treatments for my kind of pain that I have not tried yet?',
    },
    no: {
      list: 'notes',
      text: 'Other treatments have helped you, or you have not tried them yet. Experts tend to think about ketamine only after the usual care.',
      ask: 'Which usual treatments should I try first?',
    },
    unsure: { ask: 'Have I tried the usual treatments for my pain at a full dose and for long enough?' },
  },
  'fit-depression': {
    yes: {
      list: 'mayFit',
      text: 'You also live with depression. Ketamine can lift mood fast, but this often fades in about a week. Plain ketamine is not an approved depression treatment.',
      ask: 'How would ketamine fit with the care I get for depression now?',
    },
    unsure: { ask: 'Could I have depression, and how should it be treated?' },
  },
  'fit-opioid-worries': {
    yes: {
      list: 'mayFit',
      text: 'You are worried about opioids. Keep in mind that ketamine has its own risk of misuse and dependence. No strong trial shows it cuts opioid use for long-lasting pain over time.',
      ask: 'Would I take ketamine along with my opioids, or in place of them? How would you watch for misuse?',
    },
    unsure: { ask: 'Am I at risk of problems from opioids, and what are my choices?' },
  },
  'fit-pain-from-illness-or-surgery': {
    yes: {
      list: 'mayFit',
      text: 'Your pain comes from an illness or from surgery. For cancer pain, the best trial found no clear gain and more side effects. The stronger proof is for short-term pain around surgery.',
      ask: 'What does the research show for pain with a cause like mine?',
    },
    unsure: { ask: 'What is causing my pain, and does that change what ketamine might do?' },
  },
  'fit-supervised-clinic': {
    yes: {
      list: 'mayFit',
      text: 'You can be treated in a clinic where staff watch you. This matters, since ketamine can raise blood pressure and change how you think and feel.',
      ask: 'What checks will I have during and after each session, and who will do them?',
    },
    no: {
      list: 'notes',
      text: 'You may not be able to get treatment in a clinic. The FDA warns that taking ketamine at home, with no one to watch, adds risk.',
      ask: 'What other treatments could I get that fit my situation?',
    },
    unsure: { ask: 'Where would I be treated, who would watch me, and for how long?' },
  },
  'fit-no-known-reason-to-avoid': {
    yes: {
      list: 'mayFit',
      text: 'A doctor has found no reason for you to avoid ketamine. It still helps to go over the safety questions here with them.',
    },
    no: {
      list: 'notes',
      text: 'No doctor has checked yet for reasons you should avoid ketamine. That check needs to come before any treatment.',
      ask: 'Can you check my health for any reason I should avoid ketamine?',
    },
    unsure: { ask: 'Can you check my health for any reason I should avoid ketamine?' },
  },
  'safety-uncontrolled-blood-pressure': {
    yes: {
      list: 'reviewFirst',
      text: 'Your blood pressure is not under control. Ketamine raises blood pressure for a while, so a doctor needs to look at this first.',
      ask: 'Should my blood pressure be brought under control before we talk about ketamine?',
    },
    unsure: { ask: 'Can you check my blood pressure before we talk about ketamine?' },
  },
  'safety-heart-disease': {
    yes: {
      list: 'reviewFirst',
      text: 'You have heart disease. Ketamine makes the heart work harder for a while, and the pain guideline advises care here.',
      ask: 'Do I need a heart test, such as an ECG? Is my heart disease well enough controlled?',
    },
    unsure: { ask: 'Do I need a heart test before ketamine?' },
  },
  'safety-pregnancy-or-breastfeeding': {
    yes: {
      list: 'reviewFirst',
      text: 'You are or could be pregnant, or you are breastfeeding. The guideline and the drug label advise against ketamine in pregnancy.',
      ask: 'What are the risks to my baby, and what other choices do I have?',
    },
    unsure: { ask: 'Should I take a pregnancy test first? Does ketamine matter if I am breastfeeding?' },
  },
  'safety-liver-disease': {
    yes: {
      list: 'reviewFirst',
      text: 'You have had liver problems. Ketamine can harm the liver, mostly with repeat doses. The guideline says to avoid it with severe liver disease.',
      ask: 'How bad is my liver disease, and should I have liver blood tests before and after?',
    },
    unsure: { ask: 'Should I have liver blood tests before and after treatment?' },
  },
  'safety-psychosis': {
    yes: {
      list: 'reviewFirst',
      text: 'You have had psychosis. Ketamine can make people see or hear things that are not there. The guideline says not to use it while psychosis is active.',
      ask: 'Could ketamine bring back psychosis for me, and who would help if it did?',
    },
    unsure: { ask: 'Could any past mental health problem make ketamine more risky for me?' },
  },
  'safety-eye-or-brain-pressure': {
    yes: {
      list: 'reviewFirst',
      text: 'You have high pressure in your eye or your head. Ketamine may raise this pressure, so the guideline says not to use it, or to take great care.',
      ask: 'Is the pressure in my eye or head a reason to avoid ketamine?',
    },
    unsure: { ask: 'Should my eye pressure, or a past head injury, be checked first?' },
  },
  'safety-alcohol-or-drug-misuse': {
    yes: {
      list: 'reviewFirst',
      text: 'You find alcohol or drug use hard to control. Ketamine can be misused too, and the guideline advises against repeat drips at such a time.',
      ask: 'How would my alcohol or drug use change the risks, and what support can I get?',
    },
    unsure: { ask: 'Could the way I use alcohol or other drugs make ketamine more risky?' },
  },
  [URGENT_QUESTION_ID]: {
    yes: {
      list: 'reviewFirst',
      text: 'You said you are having thoughts of harming yourself. Please get help now, before anything else.',
    },
    unsure: {
      ask: 'I am not sure about thoughts of harming myself. Can we talk about how I have been feeling?',
      note: {
        list: 'reviewFirst',
        text: 'You were not sure about thoughts of harming yourself. Please tell a doctor or someone you trust soon. If the thoughts get strong, get help right away.',
      },
    },
  },
  'practical-session-time': {
    yes: {
      list: 'mayFit',
      text: 'You can spend several hours at a clinic for each session. Ask how many sessions there would be, since repeat drips are common.',
      ask: 'How many sessions would I need, how long is each, and how often are repeats?',
    },
    no: {
      list: 'notes',
      text: 'You may not be able to spend hours at a clinic, maybe on several days. Ask whether the schedule could fit your life.',
      ask: 'Could the sessions fit around my work and home life?',
    },
    unsure: { ask: 'How much time would each session, and the whole course, take?' },
  },
  'practical-ride-home': {
    yes: {
      list: 'mayFit',
      text: 'Someone can take you home after each session. Clinics usually ask you not to drive for the rest of the day.',
      ask: 'How long after a session should I wait before I drive?',
    },
    no: {
      list: 'notes',
      text: 'You may not have a ride home. Clinics usually ask you not to drive for the rest of the day after a session.',
      ask: 'Can you help me plan a safe way home after each session?',
    },
    unsure: { ask: 'How long after a session should I wait before I drive?' },
  },
};
