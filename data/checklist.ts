import type { ChecklistQuestion } from './types';

// Candidacy checklist, in the order shown: fit, then safety, then practical (not sorted by id).
// 'fit' rephrases the seed page's seven candidate factors as questions, in the seed's order.
// 'safety' comes from the ASRA/AAPM/ASA guideline's contraindications and the drug label.
// Answers are turned into a summary for a talk with a doctor by lib/checklist-evaluate.ts; never a verdict.
export const checklistQuestions: ChecklistQuestion[] = [
  // --- fit: the seed's seven factors ------------------------------------------------------
  {
    id: 'fit-long-lasting-pain',
    group: 'fit',
    question: 'Have you had pain for more than 3 months, such as nerve pain, fibromyalgia or CRPS?',
    help: 'Pain that lasts more than 3 months is called chronic pain. Ketamine has been tried for many kinds of it. The best proof, still short-term, is for CRPS. For most other kinds, the proof is weak.',
    basis: 'Seed factor 1: chronic pain conditions (neuropathic pain, fibromyalgia, CRPS)',
    sources: ['treede-2015', 'cohen-2018'],
  },
  {
    id: 'fit-other-treatments-not-enough',
    group: 'fit',
    question: 'Have other treatments, such as NSAIDs, opioids or physical therapy, not helped you enough?',
    help: 'Experts tend to think about ketamine only after the usual treatments have been tried. It helps to bring a list of what you tried, the doses, and for how long.',
    basis: 'Seed factor 2: treatment-resistant pain',
    sources: ['cohen-2018', 'finnerup-2015'],
  },
  {
    id: 'fit-depression',
    group: 'fit',
    question: 'Do you also live with depression?',
    help: 'Ketamine can lift mood fast, but after one dose this often fades within about a week. Plain ketamine is not an approved depression treatment. Your doctor should also ask about your past mental health.',
    basis: 'Seed factor 3: comorbid depression',
    sources: ['pharmacol-rep-2020', 'han-2016', 'fda-2023-compounded', 'cohen-2018'],
  },
  {
    id: 'fit-opioid-worries',
    group: 'fit',
    question: 'Are you worried about needing more and more opioids, or about becoming hooked on them?',
    help: 'Ketamine has its own risk of misuse and dependence. By law it is a controlled drug. Around surgery, it can lower opioid needs. For long-lasting pain, no strong trial shows that it cuts opioid use for good.',
    basis: 'Seed factor 4: risk of opioid tolerance, dependence or addiction',
    sources: ['ketalar-label', 'dea-1999', 'brinck-2018-cochrane', 'cadth-2020'],
  },
  {
    id: 'fit-pain-from-illness-or-surgery',
    group: 'fit',
    question: 'Is your pain caused by an illness such as cancer, or did it start after surgery?',
    help: 'For cancer pain, the best studies found no clear benefit and more side effects. The stronger proof for ketamine is for short-term pain around the time of surgery, not pain that lasts for months.',
    basis: 'Seed factor 5: pain from medical conditions such as cancer, or after surgery',
    sources: ['bell-2017-cochrane', 'hardy-2012', 'brinck-2018-cochrane'],
  },
  {
    id: 'fit-supervised-clinic',
    group: 'fit',
    question: 'Are you willing and able to be treated in a clinic where staff watch you closely?',
    help: 'Ketamine can raise blood pressure and change how you feel and think. Staff need to check on you during and after each dose. The FDA warns that taking it at home, with no one to watch, adds risk.',
    basis: 'Seed factor 6: a controlled medical setting',
    sources: ['ketalar-label', 'fda-2023-compounded', 'cohen-2018'],
  },
  {
    id: 'fit-no-known-reason-to-avoid',
    group: 'fit',
    question: 'Has a doctor checked your health and found no reason for you to avoid ketamine?',
    help: 'A reason not to use a drug is called a contraindication. For ketamine, these include some heart, liver, eye, brain and mental health problems, and pregnancy. The safety questions below cover the main ones.',
    basis: 'Seed factor 7: no contraindications',
    sources: ['cohen-2018', 'ketalar-label'],
  },

  // --- safety: guideline contraindications ------------------------------------------------
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
    id: 'safety-heart-disease',
    group: 'safety',
    question: 'Do you have heart disease, such as a past heart attack, heart failure or an uneven heartbeat?',
    help: 'Ketamine makes the heart work harder for a while. The pain guideline advises care when heart disease is not well controlled. You may need a heart test (ECG) first.',
    basis: 'Guideline: poorly controlled cardiovascular disease; baseline ECG for people with heart disease',
    sources: ['cohen-2018', 'ketalar-label'],
  },
  {
    id: 'safety-pregnancy-or-breastfeeding',
    group: 'safety',
    question: 'Are you pregnant, could you be pregnant, or are you breastfeeding?',
    help: 'The pain guideline lists pregnancy as a reason to avoid ketamine, and the drug label does not advise using it then. If you are breastfeeding, tell the doctor so they can weigh the risk to your baby.',
    basis: 'Guideline: pregnancy (relative contraindication); drug label: not recommended in pregnancy',
    sources: ['cohen-2018', 'ketalar-label'],
  },
  {
    id: 'safety-liver-disease',
    group: 'safety',
    question: 'Do you have liver disease, or have you had liver problems?',
    help: 'Ketamine can harm the liver and bile ducts, mostly with repeat doses. The guideline says to avoid it with severe liver disease and to take care with milder disease. You may need liver blood tests.',
    basis: 'Guideline: severe liver disease (avoid), moderate liver disease (caution and monitoring)',
    sources: ['cohen-2018', 'cotter-2021', 'livertox-ketamine', 'ketalar-label'],
  },
  {
    id: 'safety-psychosis',
    group: 'safety',
    question: 'Have you ever had psychosis, such as hearing voices or believing things that are not real?',
    help: 'Ketamine can cause hallucinations and a feeling of being cut off from yourself. The guideline says not to use it during active psychosis. A past episode matters too, so tell the doctor.',
    basis: 'Guideline: active psychosis (relative contraindication)',
    sources: ['cohen-2018', 'sigtermans-2009'],
  },
  {
    id: 'safety-eye-or-brain-pressure',
    group: 'safety',
    question:
      'Do you have high pressure in your eye (glaucoma), or in your head from a recent head injury or a brain tumor?',
    help: 'Ketamine may raise the pressure inside the eye and the skull. The guideline says not to use it, or to use lower doses with great care.',
    basis: 'Guideline: raised intracranial or intraocular pressure',
    sources: ['cohen-2018', 'ketalar-label'],
  },
  {
    id: 'safety-alcohol-or-drug-misuse',
    group: 'safety',
    question: 'Do you misuse alcohol or drugs now, or find it hard to control how much you use?',
    help: 'Ketamine can be misused and can lead to dependence. The guideline advises against repeat drips for people who misuse drugs or alcohol now. Heavy drinking also raises liver concerns.',
    basis: 'Guideline: active substance abuse (no serial infusions); liver tests with alcohol misuse',
    sources: ['cohen-2018', 'ketalar-label', 'dea-1999'],
  },
  {
    id: 'safety-self-harm-thoughts',
    group: 'safety',
    question: 'Are you having thoughts of harming yourself right now?',
    help: 'If so, please get help now, before anything else. Call your local emergency number. In the US, you can also call or text 988.',
    basis: 'Added by PainLens: urgent safety check',
    sources: ['medlineplus'],
  },

  // --- practical --------------------------------------------------------------------------
  {
    id: 'practical-session-time',
    group: 'practical',
    question: 'Can you spend several hours at a clinic for each session, maybe on several days in a row?',
    help: 'In studies, drips often ran for hours, sometimes daily for up to 10 days. Clinics often give repeat drips later on, when relief wears off.',
    basis: 'Guideline regimens: 4 hours a day for 10 days, or a 4-day drip; repeat infusions in practice',
    sources: ['cohen-2018', 'sigtermans-2009', 'patil-2012'],
  },
  {
    id: 'practical-ride-home',
    group: 'practical',
    question: 'Can someone take you home after each session?',
    help: 'Ketamine can leave you sleepy, dizzy or confused for hours. Clinics usually ask you not to drive for the rest of the day.',
    basis: 'Drug label and FDA warning: sedation, dizziness and dissociation after a dose',
    sources: ['ketalar-label', 'fda-2023-compounded'],
  },
];
