import type { ChecklistQuestion, RetiredQuestion } from './types';
import { crisisHelpSoon, crisisHelpNow } from './review';

// "Questions to take to your doctor about ketamine": a decision guide, never a verdict.
// In the order shown: your pain and care so far, medicines and other substances, health and safety,
// practical matters (not sorted by id). Each question asks one thing, in positive words.
// 'safety' and 'medicines' come from the ASRA/AAPM/ASA guideline's contraindications and the
// ketamine and esketamine labels. Answers become a handout by lib/checklist-evaluate.ts.
export const CHECKLIST_TITLE = 'Questions to take to your doctor about ketamine';

/** The question whose 'yes' or 'not sure' brings up crisis help, wherever it is answered. */
export const CRISIS_QUESTION_ID = 'safety-self-harm-past-month';

export const checklistQuestions: ChecklistQuestion[] = [
  // --- your pain and care so far ---------------------------------------------------------------
  {
    id: 'pain-more-than-3-months',
    group: 'pain',
    question: 'Have you had this pain for more than 3 months?',
    help: 'Pain that lasts more than 3 months is called chronic pain. Ketamine for pain has mostly been tested in pain that lasts this long.',
    basis: 'Seed factor 1 (chronic pain), first half: how long',
    sources: ['treede-2015', 'cohen-2018'],
  },
  {
    id: 'pain-kind-named',
    group: 'pain',
    question: 'Has a doctor told you what kind of pain you have, such as nerve pain, fibromyalgia or CRPS?',
    help: 'The research on ketamine is very different from one kind of pain to the next. The best proof, still short-term, is for CRPS. For most other kinds, it is weak.',
    basis: 'Seed factor 1 (chronic pain), second half: which kind',
    sources: ['cohen-2018'],
  },
  {
    id: 'pain-tried-other-treatments',
    group: 'pain',
    question: 'Have you tried other treatments that did not help enough?',
    help: 'For example nerve pain medicines, exercise or physical therapy, or talking therapy for pain. Bring a list of what you tried, the dose and for how long.',
    basis: 'Seed factor 2 (treatment-resistant pain), asked in positive words (review M10)',
    sources: ['finnerup-2015', 'cohen-2018'],
  },
  {
    id: 'pain-from-cancer',
    group: 'pain',
    question: 'Is your pain caused by cancer?',
    help: 'For cancer pain, the largest trial found ketamine did no better than a dummy drug and caused more side effects.',
    basis: 'Seed factor 5 (pain from illness), first half: cancer',
    sources: ['hardy-2012', 'bell-2017-cochrane'],
  },
  {
    id: 'pain-after-surgery',
    group: 'pain',
    question: 'Did your pain start after surgery?',
    help: 'Ketamine given during and just after an operation can lower the need for opioids for a few days. That does not show it helps pain that lasts months after surgery.',
    basis: 'Seed factor 5 (pain after surgery), second half',
    sources: ['brinck-2018-cochrane', 'cohen-2018'],
  },
  {
    id: 'pain-depression',
    group: 'pain',
    question: 'Do you also live with depression?',
    help: 'Ketamine can lift mood fast, but after one dose this often fades within about a week. Plain ketamine is not an approved depression treatment.',
    basis: 'Seed factor 3 (comorbid depression)',
    sources: ['pharmacol-rep-2020', 'han-2016', 'fda-2023-compounded'],
  },
  {
    id: 'pain-opioid-worry',
    group: 'pain',
    question: 'Do you worry that you need more and more opioid medicine?',
    help: 'Ketamine has its own risk of misuse. No strong trial shows that it cuts opioid use for long-lasting pain.',
    basis: 'Seed factor 4 (opioid worries), sent to points to raise, not to a reason ketamine fits (review M12)',
    sources: ['ketalar-label', 'cadth-2020'],
  },

  // --- medicines and other substances ----------------------------------------------------------
  {
    id: 'med-opioids',
    group: 'medicines',
    question: 'Do you take opioid pain pills, such as oxycodone or morphine?',
    help: 'Opioids and ketamine both make you sleepy. Taken together, they can slow your breathing.',
    basis: 'Drug interactions: CNS depressants add to sedation and slowed breathing (review M2)',
    sources: ['spravato-label', 'mayo-ketamine-precautions'],
  },
  {
    id: 'med-calming',
    group: 'medicines',
    question: 'Do you take a calming pill for worry or for sleep, such as Xanax, Valium or Ambien?',
    help: 'These medicines add to the sleepiness ketamine causes. In depression studies, high doses of some of them seemed to weaken the effect of ketamine on mood.',
    basis: 'Drug interactions: benzodiazepines and sleep medicines (review M2)',
    sources: ['spravato-label', 'mayo-ketamine-precautions', 'feeney-2023'],
  },
  {
    id: 'med-alcohol',
    group: 'medicines',
    question: 'Do you drink alcohol on most days?',
    help: 'Alcohol adds to the sleepiness ketamine causes. Heavy drinking can also strain the liver.',
    basis: 'Drug interactions: alcohol; guideline: liver tests with alcohol misuse (review M2)',
    sources: ['mayo-ketamine-precautions', 'cohen-2018'],
  },
  {
    id: 'med-stimulants',
    group: 'medicines',
    question: 'Do you take a stimulant (a drug that keeps you alert), such as Adderall or Ritalin?',
    help: 'Stimulants raise blood pressure, and so does ketamine. Together the rise can be larger.',
    basis: 'Drug interactions: psychostimulants raise blood pressure (review M2)',
    sources: ['spravato-label'],
  },
  {
    id: 'med-hard-to-control-use',
    group: 'medicines',
    question: 'Is it hard for you to control how much alcohol or drugs you use?',
    help: 'Ketamine can be misused and can lead to dependence. The pain guideline advises against a series of drips while someone is misusing any drug.',
    basis: 'Guideline: active substance abuse (no serial infusions)',
    sources: ['cohen-2018', 'ketalar-label'],
  },

  // --- health and safety -----------------------------------------------------------------------
  {
    id: 'safety-uncontrolled-blood-pressure',
    group: 'safety',
    question: 'Do you have high blood pressure that is not under control?',
    help: 'Ketamine raises blood pressure and heart rate for a while. If your blood pressure is already high, that rise could be a danger.',
    basis:
      'Guideline: poorly controlled cardiovascular disease; drug label: avoid where a rise in blood pressure is a serious hazard',
    sources: ['cohen-2018', 'ketalar-label'],
  },
  {
    id: 'safety-blood-vessel-problem',
    group: 'safety',
    question:
      'Have you ever had a bulging blood vessel (aneurysm), a tangle of blood vessels in the brain (AVM), or bleeding in the brain?',
    help: 'Ketamine raises blood pressure. With any of these, that rise could be very dangerous. The nasal form of ketamine must not be used with them.',
    basis:
      'Ketalar label: avoid where a rise in blood pressure is a serious hazard; Spravato label contraindications (review C3)',
    sources: ['ketalar-label', 'spravato-label'],
  },
  {
    id: 'safety-recent-heart-attack-or-stroke',
    group: 'safety',
    question: 'In the past year, have you had a heart attack or a stroke?',
    help: 'A rise in blood pressure puts extra strain on the heart and brain. The trials of the nasal form left out people who had a heart attack in the past year.',
    basis: 'Ketalar label: blood-pressure hazard; esketamine trial exclusions (review C3)',
    sources: ['ketalar-label', 'jnj-spravato-medical-info'],
  },
  {
    id: 'safety-heart-disease',
    group: 'safety',
    question: 'Do you have heart disease, such as heart failure, narrowed heart arteries or an uneven heartbeat?',
    help: 'Ketamine makes the heart work harder for a while. The pain guideline says not to use it when heart disease is not well controlled. You may need a heart test (ECG) first.',
    basis: 'Guideline: poorly controlled cardiovascular disease (relative contraindication); baseline ECG (review M5)',
    sources: ['cohen-2018', 'ketalar-label'],
  },
  {
    id: 'safety-breathing-problem',
    group: 'safety',
    question:
      'Do you have a breathing problem, such as sleep apnea (breathing that stops in sleep) or serious lung disease?',
    help: 'Ketamine, most of all with other calming drugs, can slow your breathing. Staff need to know so they can watch your breathing.',
    basis: 'Labels: respiratory depression; review m34',
    sources: ['ketalar-label', 'spravato-label', 'fda-2023-compounded'],
  },
  {
    id: 'safety-pregnant',
    group: 'safety',
    question: 'Could you be pregnant?',
    help: 'Answer yes if you are pregnant or might be. The pain guideline lists pregnancy as a reason to avoid ketamine. The drug label does not advise using it then.',
    basis: 'Guideline: pregnancy (relative contraindication); drug label: not recommended in pregnancy',
    sources: ['cohen-2018', 'ketalar-label'],
  },
  {
    id: 'safety-breastfeeding',
    group: 'safety',
    question: 'Are you breastfeeding?',
    help: 'The label of the nasal form says not to breastfeed while you take it. Ask what this means for a ketamine drip.',
    basis: 'Spravato label: do not breastfeed during treatment (review m20)',
    sources: ['spravato-label'],
  },
  {
    id: 'safety-liver-disease',
    group: 'safety',
    question: 'Have you ever had liver disease or liver problems?',
    help: 'Ketamine can harm the liver and bile ducts (the tubes that carry bile from the liver), mostly with repeat doses. The guideline says to avoid it with severe liver disease. You may need liver blood tests.',
    basis: 'Guideline: severe liver disease (avoid), moderate liver disease (caution and monitoring)',
    sources: ['cohen-2018', 'cotter-2021', 'livertox-ketamine', 'ketalar-label'],
  },
  {
    id: 'safety-bladder-problem',
    group: 'safety',
    question: 'Do you have bladder or urinary problems, such as pain when you pee or needing to go often?',
    help: 'Repeated ketamine can damage the bladder. Problems you have now may be mixed up with harm from ketamine, or made worse.',
    basis: 'Ketalar label and FDA 2023: bladder and urinary symptoms (review M4, m34)',
    sources: ['ketalar-label', 'fda-2023-compounded', 'chan-2022'],
  },
  {
    id: 'safety-psychosis',
    group: 'safety',
    question: 'Have you ever had psychosis, such as hearing voices or believing things that are not real?',
    help: 'Ketamine can cause hallucinations and a feeling of being cut off from yourself. The guideline says not to use it during active psychosis. A past episode matters too.',
    basis: 'Guideline: active psychosis (relative contraindication)',
    sources: ['cohen-2018', 'sigtermans-2009'],
  },
  {
    id: 'safety-bipolar-or-mania',
    group: 'safety',
    question: 'Have you ever had bipolar disorder or mania?',
    help: 'The nasal form was tested in people with major depression. That leaves out bipolar disorder. Your doctor needs your full mental health history.',
    basis: 'Esketamine trial exclusions; Spravato label: assess psychiatric history (review M13, m34)',
    sources: ['spravato-label', 'cohen-2018'],
  },
  {
    id: 'safety-self-harm-past-month',
    group: 'safety',
    question: 'In the past month, have you had thoughts of harming yourself?',
    help: 'If you have these thoughts now, get help now, before anything else.',
    basis: 'Added by PainLens: urgent safety check, asked about the past month (review C2, m33)',
    sources: ['spravato-label'],
    crisis: { yes: crisisHelpNow, unsure: crisisHelpSoon },
  },
  {
    id: 'safety-eye-pressure',
    group: 'safety',
    question: 'Do you have high pressure in your eye, such as glaucoma?',
    help: 'Ketamine may raise the pressure inside the eye. The guideline says not to use it, or to use lower doses with great care.',
    basis: 'Guideline: raised intraocular pressure (split from the brain-pressure question, review m35)',
    sources: ['cohen-2018'],
  },
  {
    id: 'safety-head-pressure',
    group: 'safety',
    question: 'Do you have high pressure in your head, for example from a head injury or a brain tumor?',
    help: 'Ketamine may raise the pressure inside the skull. The guideline says not to use it, or to use lower doses with great care.',
    basis: 'Guideline: raised intracranial pressure; Ketalar label (split from the eye question, review m35)',
    sources: ['cohen-2018', 'ketalar-label'],
  },
  {
    id: 'safety-ketamine-reaction',
    group: 'safety',
    question: 'Have you ever had an allergy or a bad reaction to ketamine?',
    help: 'An allergy to ketamine is a reason not to use it. A bad reaction in the past, such as fear or confusion, matters too.',
    basis: 'Ketalar label: hypersensitivity (review m34)',
    sources: ['ketalar-label', 'spravato-label'],
  },
  {
    id: 'safety-age-65-or-older',
    group: 'safety',
    question: 'Are you 65 or older?',
    help: 'The label of the nasal form says to stand up slowly after a dose, most of all for older people. A trial of it in people 65 and older did not clearly show it worked.',
    basis: 'Spravato: trial in 65+ missed its main goal; stand up slowly (review: age)',
    sources: ['ochs-ross-2020', 'spravato-label'],
  },
  {
    id: 'safety-under-18',
    group: 'safety',
    question: 'Are you younger than 18?',
    help: 'The approved nasal form is for adults only. The pain guideline looked at studies in adults.',
    basis: 'Spravato label: not approved under 18; guideline is for adults (review: age)',
    sources: ['spravato-label', 'cohen-2018'],
  },
  {
    id: 'safety-doctor-checked',
    group: 'safety',
    question: 'Has a doctor checked your health to see if ketamine could harm you?',
    help: 'A doctor who knows your health needs to check this before any ketamine. This list cannot do it.',
    basis: 'Seed factor 7 (no contraindications), first half (review M11)',
    sources: ['cohen-2018'],
  },
  {
    id: 'safety-doctor-said-avoid',
    group: 'safety',
    question: 'Has a doctor told you not to have ketamine?',
    help: 'If a doctor found a reason for you to avoid ketamine, tell any new doctor or clinic about it.',
    basis: 'Seed factor 7 (no contraindications), second half (review M11)',
    sources: ['cohen-2018'],
  },

  // --- practical matters -------------------------------------------------------------------------
  {
    id: 'practical-clinic-with-staff',
    group: 'practical',
    question: 'Could you be treated in a clinic where staff watch you during and after each dose?',
    help: 'Ketamine can raise blood pressure and change how you feel and think. The FDA warns that taking it at home, with no one to watch, adds risk.',
    basis: 'Seed factor 6 (a controlled medical setting), asked once (review m35)',
    sources: ['fda-2023-compounded', 'cohen-2018'],
  },
  {
    id: 'practical-hours-per-session',
    group: 'practical',
    question: 'Can you spend several hours at a clinic for each session?',
    help: 'In the studies that helped, drips ran for hours. Staff also watch you for a while after each one.',
    basis: 'Guideline regimens: 4 hours a day (split from the days-in-a-row question)',
    sources: ['schwartzman-2009', 'cohen-2018'],
  },
  {
    id: 'practical-days-in-a-row',
    group: 'practical',
    question: 'Could you come to a clinic on several days in a row?',
    help: 'Some studies gave drips every day for up to 10 days. Clinics often give repeat drips later on, when relief wears off.',
    basis: 'Guideline regimens: 10 days; repeat infusions in practice (split from the hours question)',
    sources: ['schwartzman-2009', 'patil-2012'],
  },
  {
    id: 'practical-ride-home',
    group: 'practical',
    question: 'Can someone take you home after each session?',
    help: 'Do not drive, ride a bike or use machines until the next day, after a night of sleep. An adult should take you home.',
    basis:
      'Spravato label: no driving until the next day after restful sleep; patient information: not within 24 hours (review M3)',
    sources: ['spravato-label', 'mayo-ketamine-precautions'],
  },
];

/**
 * Questions of earlier versions whose answers are kept as "earlier answers" on the handout (never
 * dropped): they were split in two, reworded so that an old answer could mean something else, or
 * removed. An id that only moved (same question, same meaning) is in RENAMED_QUESTION_IDS instead.
 */
export const RETIRED_QUESTIONS: readonly RetiredQuestion[] = [
  {
    id: 'fit-long-lasting-pain',
    question: 'Have you had pain for more than 3 months, such as nerve pain, fibromyalgia or CRPS?',
    why: 'split',
  },
  {
    id: 'fit-other-treatments-not-enough',
    question: 'Have other treatments, such as NSAIDs, opioids or physical therapy, not helped you enough?',
    why: 'reworded',
  },
  {
    id: 'fit-opioid-worries',
    question: 'Are you worried about needing more and more opioids, or about becoming hooked on them?',
    why: 'split',
  },
  {
    id: 'fit-pain-from-illness-or-surgery',
    question: 'Is your pain caused by an illness such as cancer, or did it start after surgery?',
    why: 'split',
  },
  {
    id: 'fit-supervised-clinic',
    question: 'Are you willing and able to be treated in a clinic where staff watch you closely?',
    why: 'reworded',
  },
  {
    id: 'fit-no-known-reason-to-avoid',
    question: 'Has a doctor checked your health and found no reason for you to avoid ketamine?',
    why: 'split',
  },
  {
    id: 'safety-pregnancy-or-breastfeeding',
    question: 'Are you pregnant, could you be pregnant, or are you breastfeeding?',
    why: 'split',
  },
  {
    id: 'safety-eye-or-brain-pressure',
    question:
      'Do you have high pressure in your eye (glaucoma), or in your head from a recent head injury or a brain tumor?',
    why: 'split',
  },
  {
    id: 'safety-alcohol-or-drug-misuse',
    question: 'Do you misuse alcohol or drugs now, or find it hard to control how much you use?',
    why: 'reworded',
  },
  {
    id: 'safety-self-harm-thoughts',
    question: 'Are you having thoughts of harming yourself right now?',
    why: 'reworded',
    crisis: true,
  },
  {
    id: 'practical-session-time',
    question: 'Can you spend several hours at a clinic for each session, maybe on several days in a row?',
    why: 'split',
  },
];

/** Earlier ids of questions that kept their meaning: the answer moves to the new id. */
export const RENAMED_QUESTION_IDS: Readonly<Record<string, string>> = {
  'fit-depression': 'pain-depression',
};
