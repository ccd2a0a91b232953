// What each checklist answer adds to the handout ("Questions to take to your doctor about ketamine"):
// patient text, as typed data. The logic that applies it is lib/checklist-evaluate.ts; the content
// gates read every text here (scripts/content-gates/verdict.ts fails on verdict wording).
import type { ChecklistGuidance } from './types';

/** The handout's fixed lines. `{answered}` and `{total}` are filled in by the evaluator. */
export const CHECKLIST_TEXTS = {
  noAnswers: 'You have not answered any questions yet. Answer the ones you can, then bring this list to your doctor.',
  answered:
    'You answered {answered} of {total} questions. This list helps you talk with your doctor. It does not decide anything for you.',
  checkFirstNone:
    'None of your answers points to a safety problem. A doctor still needs to check your health before any ketamine.',
  unsureAbout: 'I was not sure how to answer this:',
  saidYes: 'You said yes to:',
  saidNo: 'You said no to:',
  unansweredIntro: 'You did not answer questions about:',
} as const;

/** The handout's headings, in order. */
export const HANDOUT_HEADINGS = {
  crisis: 'Get help first',
  checkFirst: 'What a doctor needs to check before any ketamine',
  raise: 'Points to raise with your doctor',
  doctorQuestions: 'Questions for your doctor',
  keptWords: 'Words I want to ask about',
  cannotTell: 'What this checklist cannot tell you',
  clinicQuestions: 'Questions to ask a clinic',
  values: 'What matters to me',
  sure: 'How sure I feel',
  earlier: 'My answers to earlier questions',
} as const;

/** Always shown: what the list is not. */
export const CANNOT_TELL: readonly string[] = [
  'This list has not examined you and has not seen your health records.',
  'Only a doctor who knows you can judge if any treatment makes sense for you, and that includes ketamine.',
];

/** Always shown: what no question here checks. */
export const NOT_CHECKED: readonly string[] = [
  'All the pills and supplements you take. Some can react with ketamine. Examples are MAOI mood pills, thyroid pills and theophylline (an asthma drug).',
  'Your blood pressure and heart rate on the day, and a heart tracing (ECG) if you have heart risks.',
  'Liver blood tests, which matter if you would have repeat doses.',
  'A physical exam, and what your other doctors have found.',
  'Whether your pain has a cause that needs its own treatment.',
];

/** Questions for the doctor, asked whatever the answers are (after the ones the answers add). */
export const GENERAL_QUESTIONS: readonly string[] = [
  'What does the research show for my kind of pain, and how strong is it?',
  'Which of my pills could react with ketamine?',
  'What other treatments could I try, and how do they compare with ketamine?',
];

/** Questions to ask a clinic, always on the handout. */
export const CLINIC_QUESTIONS: readonly string[] = [
  'What will each session cost, and the whole course? Will my insurance pay for any of it?',
  'Who will watch me during and after each dose, what training do they have, and what checks will they do?',
  'Which dose, route and schedule would you use? How does that compare with the studies that helped people?',
  'Is the ketamine mixed by a drug store (compounded)?',
  'How will we tell if it is working? What change in pain or daily life counts?',
  'What happens when the relief wears off? How many repeat sessions would I need, and when would we stop?',
  'Will you check my bladder and liver if I have repeat courses?',
  'Who do I call if I have a problem after I get home?',
];

/** Per-question guidance for the questions in data/checklist.ts. */
export const GUIDANCE: Readonly<Record<string, ChecklistGuidance>> = {
  'pain-more-than-3-months': {
    topic: 'how long your pain has lasted',
    yes: {
      list: 'raise',
      text: 'Your pain has lasted more than 3 months. Ketamine for pain has mostly been tested in pain like this, and for most kinds the proof is weak.',
    },
    no: {
      list: 'raise',
      text: 'Your pain has lasted 3 months or less. Ketamine for pain has mostly been tested in pain that lasts longer.',
      ask: 'What treatments fit pain at the stage mine is at?',
    },
    unsure: { ask: 'How long has my pain lasted, and does that change my choices?' },
  },
  'pain-kind-named': {
    topic: 'what kind of pain you have',
    yes: {
      list: 'raise',
      text: 'You know what kind of pain you have. The research on ketamine differs a lot by kind, so ask what it shows for yours.',
    },
    no: {
      list: 'raise',
      text: 'You do not yet know what kind of pain you have. The research differs a lot by kind, so this is worth finding out first.',
      ask: 'What kind of pain do I have, and what is causing it?',
    },
    unsure: { ask: 'What kind of pain do I have, and what is causing it?' },
  },
  'pain-tried-other-treatments': {
    topic: 'other treatments you tried',
    yes: {
      list: 'raise',
      text: 'Other treatments have not helped you enough. Your doctor can check whether the usual treatments for your kind of pain were tried at a full dose and for long enough.',
      ask: 'Are there usual treatments for my kind of pain that I have not tried yet?',
    },
    no: {
      list: 'raise',
      text: 'You have not yet tried other treatments that failed. Experts tend to think about ketamine only after the usual care has been tried.',
      ask: 'Which usual treatments should I try first?',
    },
    unsure: { ask: 'Have I tried the usual treatments for my pain at a full dose and for long enough?' },
  },
  'pain-from-cancer': {
    topic: 'cancer pain',
    yes: {
      list: 'raise',
      text: 'Your pain is caused by cancer. For cancer pain, the largest trial found no clear gain from ketamine, and more side effects.',
      ask: 'What do you expect ketamine to add to the cancer pain care I have now?',
    },
    unsure: { ask: 'What is causing my pain?' },
  },
  'pain-after-surgery': {
    topic: 'pain after surgery',
    yes: {
      list: 'raise',
      text: 'Your pain started after surgery. Ketamine given around an operation can lower opioid needs for a few days. That does not show it helps pain that lasts for months.',
      ask: 'What is known about ketamine for pain that lasts long after surgery?',
    },
    unsure: { ask: 'Could my pain be linked to a past operation?' },
  },
  'pain-depression': {
    topic: 'depression',
    yes: {
      list: 'raise',
      text: 'You also live with depression. Ketamine can lift mood fast, but this often fades in about a week. Tell the doctor about any past psychosis, bipolar disorder or thoughts of self-harm.',
      ask: 'Which depression treatments could help me? Is the approved nasal form one of them?',
    },
    unsure: { ask: 'Could I have depression, and how should it be treated?' },
  },
  'pain-opioid-worry': {
    topic: 'worry about opioids',
    yes: {
      list: 'raise',
      text: 'You worry about needing more opioids. Ketamine has its own risk of misuse, and no strong trial shows it cuts opioid use for long-lasting pain. If opioids are hard to control, ask about treatment for that.',
      ask: 'How could I safely use fewer opioids?',
    },
    unsure: { ask: 'Am I at risk of problems from opioids, and what are my choices?' },
  },
  'med-opioids': {
    topic: 'opioid medicine',
    yes: {
      list: 'checkFirst',
      text: 'You take opioid pain medicine. With ketamine, it adds to sleepiness and can slow your breathing.',
      ask: 'How would you keep my breathing safe with my opioid medicine?',
    },
    unsure: { ask: 'Are any of my pills opioids?' },
  },
  'med-calming': {
    topic: 'calming or sleep medicines',
    yes: {
      list: 'checkFirst',
      text: 'You take a calming medicine for anxiety or sleep. With ketamine, it adds to sleepiness and can slow your breathing.',
      ask: 'Should my dose of this medicine change around a ketamine session?',
    },
    unsure: { ask: 'Do any of my medicines make me sleepy, and do they matter with ketamine?' },
  },
  'med-alcohol': {
    topic: 'alcohol',
    yes: {
      list: 'checkFirst',
      text: 'You drink alcohol on most days. Alcohol adds to the sleepiness ketamine causes, and heavy drinking can strain the liver.',
      ask: 'How should my drinking change around a session? Do I need liver tests?',
    },
    unsure: { ask: 'How much alcohol is safe around a ketamine session?' },
  },
  'med-stimulants': {
    topic: 'stimulants',
    yes: {
      list: 'checkFirst',
      text: 'You take a stimulant. It raises blood pressure, and so does ketamine.',
      ask: 'How will you watch my blood pressure with my stimulant medicine?',
    },
    unsure: { ask: 'Do any of my medicines raise blood pressure?' },
  },
  'med-hard-to-control-use': {
    topic: 'alcohol or drug use',
    yes: {
      list: 'checkFirst',
      text: 'You find alcohol or drug use hard to control. Ketamine can be misused too, and the guideline advises against a series of drips at such a time.',
      ask: 'What support can I get for my alcohol or drug use?',
    },
    unsure: { ask: 'Could the way I use alcohol or other drugs make ketamine more risky?' },
  },
  'safety-uncontrolled-blood-pressure': {
    topic: 'blood pressure',
    yes: {
      list: 'checkFirst',
      text: 'Your blood pressure is not under control. Ketamine raises blood pressure for a while, so a doctor needs to look at this first.',
      ask: 'Should my blood pressure be brought under control first?',
    },
    unsure: { ask: 'Can you check my blood pressure?' },
  },
  'safety-blood-vessel-problem': {
    topic: 'aneurysm, AVM or bleeding in the brain',
    yes: {
      list: 'checkFirst',
      text: 'You have had an aneurysm, an AVM or bleeding in the brain. Ketamine raises blood pressure, and with these that rise could be very dangerous.',
      ask: 'Is my blood vessel problem a reason to avoid ketamine?',
    },
    unsure: { ask: 'Have I ever had a blood vessel problem that a rise in blood pressure could make dangerous?' },
  },
  'safety-recent-heart-attack-or-stroke': {
    topic: 'a recent heart attack or stroke',
    yes: {
      list: 'checkFirst',
      text: 'You had a heart attack or a stroke in the past year. A rise in blood pressure from ketamine could strain your heart or brain.',
      ask: 'Is it too soon after my heart attack or stroke for a drug that raises blood pressure?',
    },
    unsure: { ask: 'Have I had a heart attack or a stroke, even a small one?' },
  },
  'safety-heart-disease': {
    topic: 'heart disease',
    yes: {
      list: 'checkFirst',
      text: 'You have heart disease. Ketamine makes the heart work harder for a while. The pain guideline says not to use it when heart disease is not well controlled.',
      ask: 'Is my heart disease well controlled? Do I need a heart test, such as an ECG?',
    },
    unsure: { ask: 'Do I need a heart test before ketamine?' },
  },
  'safety-breathing-problem': {
    topic: 'breathing problems',
    yes: {
      list: 'checkFirst',
      text: 'You have a breathing problem. Ketamine, most of all with other calming drugs, can slow breathing.',
      ask: 'How will staff watch my breathing and oxygen during and after a dose?',
    },
    unsure: { ask: 'Could I have a breathing problem, such as breathing that stops in my sleep?' },
  },
  'safety-pregnant': {
    topic: 'pregnancy',
    yes: {
      list: 'checkFirst',
      text: 'You are or could be pregnant. The guideline and the drug label advise against ketamine in pregnancy.',
      ask: 'What other choices do I have while I am pregnant?',
    },
    unsure: { ask: 'Should I take a pregnancy test first?' },
  },
  'safety-breastfeeding': {
    topic: 'breastfeeding',
    yes: {
      list: 'checkFirst',
      text: 'You are breastfeeding. The label of the nasal form says not to breastfeed while you take it.',
      ask: 'What would ketamine mean for my baby if I keep breastfeeding?',
    },
    unsure: { ask: 'What would ketamine mean for my baby if I breastfeed?' },
  },
  'safety-liver-disease': {
    topic: 'liver problems',
    yes: {
      list: 'checkFirst',
      text: 'You have had liver problems. Ketamine can harm the liver, mostly with repeat doses. The guideline says to avoid it with severe liver disease.',
      ask: 'How bad is my liver disease? Should I have liver blood tests before and after?',
    },
    unsure: { ask: 'Should I have liver blood tests before and after treatment?' },
  },
  'safety-bladder-problem': {
    topic: 'bladder or urinary problems',
    yes: {
      list: 'checkFirst',
      text: 'You have bladder or urinary problems. Repeated ketamine can damage the bladder, so a doctor needs to know how your bladder is now.',
      ask: 'Should my bladder be checked before ketamine, and how will we watch it?',
    },
    unsure: { ask: 'Do my bladder problems matter with ketamine?' },
  },
  'safety-psychosis': {
    topic: 'psychosis',
    yes: {
      list: 'checkFirst',
      text: 'You have had psychosis. Ketamine can make people see or hear things that are not there. The guideline says not to use it while psychosis is active.',
      ask: 'Could ketamine bring back psychosis for me, and who would help if it did?',
    },
    unsure: { ask: 'Could any past mental health problem make ketamine more risky for me?' },
  },
  'safety-bipolar-or-mania': {
    topic: 'bipolar disorder or mania',
    yes: {
      list: 'checkFirst',
      text: 'You have had bipolar disorder or mania. The nasal form was tested in people with major depression. So less is known for bipolar disorder.',
      ask: 'Could ketamine affect my bipolar disorder, and how would we watch for it?',
    },
    unsure: { ask: 'Could my mood swings be bipolar disorder?' },
  },
  'safety-self-harm-past-month': {
    topic: 'thoughts of self-harm',
    yes: {
      list: 'checkFirst',
      text: 'You have had thoughts of harming yourself in the past month. Please tell a doctor about them before any treatment.',
    },
    unsure: {
      ask: 'Can we talk about how I have been feeling lately?',
      note: {
        list: 'checkFirst',
        text: 'You were not sure about thoughts of harming yourself. Please tell a doctor or someone you trust soon.',
      },
    },
  },
  'safety-eye-pressure': {
    topic: 'eye pressure',
    yes: {
      list: 'checkFirst',
      text: 'You have high pressure in your eye. Ketamine may raise it, so the guideline says not to use it, or to take great care.',
      ask: 'Is the pressure in my eye a reason to avoid ketamine?',
    },
    unsure: { ask: 'Should my eye pressure be checked first?' },
  },
  'safety-head-pressure': {
    topic: 'pressure in the head',
    yes: {
      list: 'checkFirst',
      text: 'You have high pressure in your head. Ketamine may raise it, so the guideline says not to use it, or to take great care.',
      ask: 'Is the pressure in my head a reason to avoid ketamine?',
    },
    unsure: { ask: 'Should a past head injury be checked first?' },
  },
  'safety-ketamine-reaction': {
    topic: 'a past reaction to ketamine',
    yes: {
      list: 'checkFirst',
      text: 'You have had an allergy or a bad reaction to ketamine. An allergy is a reason not to use it.',
      ask: 'What happened last time, and what would make it different now?',
    },
    unsure: { ask: 'Was I ever given ketamine, such as for surgery?' },
  },
  'safety-age-65-or-older': {
    topic: 'being 65 or older',
    yes: {
      list: 'raise',
      text: 'You are 65 or older. Stand up slowly after a dose. A trial of the nasal form in people your age did not clearly show it worked.',
      ask: 'How would you lower my risk of a fall after a session?',
    },
    unsure: { ask: 'Does my age change the risks?' },
  },
  'safety-under-18': {
    topic: 'being younger than 18',
    yes: {
      list: 'checkFirst',
      text: 'You are younger than 18. The approved nasal form is for adults only, and the pain guideline looked at studies in adults.',
      ask: 'What is known about ketamine for pain in people my age?',
    },
    unsure: { ask: 'Does my age change the risks?' },
  },
  'safety-doctor-checked': {
    topic: 'a doctor’s safety check',
    yes: {
      list: 'raise',
      text: 'A doctor has checked your health to see if ketamine could harm you. It still helps to go over your answers here with them.',
    },
    no: {
      list: 'checkFirst',
      text: 'No doctor has checked yet whether ketamine could harm you. That check needs to come before any ketamine.',
      ask: 'Can you check whether ketamine could harm me?',
    },
    unsure: { ask: 'Can you check whether ketamine could harm me?' },
  },
  'safety-doctor-said-avoid': {
    topic: 'a doctor’s advice against ketamine',
    yes: {
      list: 'checkFirst',
      text: 'A doctor has told you not to have ketamine. Tell any new doctor or clinic about this, and why.',
      ask: 'Why was I told to avoid ketamine, and has anything changed since?',
    },
    unsure: { ask: 'Has any doctor found a reason for me to avoid ketamine?' },
  },
  'practical-clinic-with-staff': {
    topic: 'being treated in a clinic',
    yes: {
      list: 'raise',
      text: 'You could be treated in a clinic where staff watch you. This matters, since ketamine can raise blood pressure and change how you think and feel.',
      ask: 'What checks will I have during and after each session, and who will do them?',
    },
    no: {
      list: 'raise',
      text: 'You may not be able to get treatment in a clinic. The FDA warns that taking ketamine at home, with no one to watch, adds risk.',
      ask: 'What other treatments could fit my situation?',
    },
    unsure: { ask: 'Where would I be treated, and who would watch me?' },
  },
  'practical-hours-per-session': {
    topic: 'hours at a clinic',
    no: {
      list: 'raise',
      text: 'You may not be able to spend hours at a clinic. Ask whether the schedule could fit your life.',
      ask: 'How long is each session, with the time to recover?',
    },
    unsure: { ask: 'How long is each session, with the time to recover?' },
  },
  'practical-days-in-a-row': {
    topic: 'days in a row at a clinic',
    no: {
      list: 'raise',
      text: 'You may not be able to come on several days in a row. Some plans that were studied used daily drips for up to 10 days.',
      ask: 'How many sessions would I need, and how often?',
    },
    unsure: { ask: 'How many sessions would I need, and how often?' },
  },
  'practical-ride-home': {
    topic: 'a ride home',
    yes: {
      list: 'raise',
      text: 'Someone can take you home. Even so, do not drive until the next day, after a night of sleep.',
    },
    no: {
      list: 'raise',
      text: 'You may not have a ride home. Do not drive, ride a bike or use machines until the next day, after a night of sleep.',
      ask: 'Can you help me plan a safe way home after each session?',
    },
    unsure: { ask: 'How will I get home safely after a session?' },
  },
};
