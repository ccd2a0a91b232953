import type { GlossaryDetail } from '../types';

// Longer text for the side-effect and risk entries. Sorted by id.
export const sideEffectDetails: GlossaryDetail[] = [
  {
    id: 'abuse-and-misuse',
    explanation:
      'Drugs that change how you feel or think can be taken for pleasure or escape rather than for health. The ketamine label counts it as abuse if someone does this on purpose, even once. Misuse includes taking more than prescribed, taking it more often, or taking a drug that was prescribed for someone else. People who have had a drug problem before are at higher risk.',
    ketamineNote:
      'Ketamine is also a street drug, and the FDA lists abuse and misuse among its key risks. The pain guideline says people who misuse drugs now should not get a series of drips.',
    related: ['addiction', 'dependence', 'schedule-iii', 'tolerance'],
    sources: ['ketalar-label', 'medlineplus', 'fda-2023-compounded', 'cohen-2018'],
  },
  {
    id: 'addiction',
    explanation:
      'Another name for addiction is substance use disorder. Signs include strong cravings, losing control over how much you use, and giving up work, family or hobbies for the drug. It differs from physical dependence, where the body has simply got used to a drug. A person can be dependent without being addicted. Addiction can be treated.',
    ketamineNote:
      'Ketamine can be misused, and its label says the body can come to depend on it. The pain guideline says people who misuse drugs now should not get a series of drips.',
    related: ['dependence', 'abuse-and-misuse', 'tolerance', 'opioid', 'schedule-iii'],
    sources: ['medlineplus', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'cardiovascular-disease',
    explanation:
      'This group covers narrowed heart arteries, heart attack, heart failure, an uneven heartbeat and stroke. High blood pressure, smoking, diabetes and high cholesterol all raise the risk. Many people live well with it when it is treated and kept under control.',
    ketamineNote:
      'Ketamine pushes up blood pressure and heart rate, which can be risky for a weak heart. The pain guideline says to avoid it if heart disease is not well controlled, and to check the heart with an ECG first in people at risk.',
    related: ['increased-blood-pressure', 'increased-heart-rate', 'contraindication', 'monitoring'],
    sources: ['medlineplus', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'contraindication',
    explanation:
      'Before any treatment, doctors look for reasons it could do more harm than good. An absolute contraindication means the treatment should not be used at all. A relative one means the risks must be weighed, and the treatment may still be used with care, a lower dose or closer checks. This is why a full medical history matters.',
    ketamineNote:
      'The pain guideline lists these for ketamine: pregnancy, psychosis, drug misuse and severe liver disease. Heart disease that is not under control, and high brain or eye pressure, are on it too.',
    related: ['cardiovascular-disease', 'psychosis', 'liver-injury', 'intracranial-pressure', 'intraocular-pressure'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'dependence',
    explanation:
      'Many drugs can cause it when taken often for a long time. Opioids, benzodiazepines and some antidepressants are examples. Withdrawal can bring worry, poor sleep, sweating, aches and cravings. Lowering the dose slowly, with a doctor’s help, can prevent or ease it. Dependence on its own does not mean a person is addicted.',
    ketamineNote:
      'The ketamine label reports physical dependence with long use. People who used it more than once a week and then stopped have had withdrawal.',
    related: ['addiction', 'tolerance', 'opioid', 'benzodiazepine', 'abuse-and-misuse'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'dissociation',
    explanation:
      'During dissociation, time, sound and space can seem strange, and your body may feel far away or floaty. Some people find it calm, while others find it scary. With ketamine, it starts during the dose and usually fades within a few hours after it ends. Staff should watch you until it has passed.',
    ketamineNote:
      'The FDA lists this as a key risk of ketamine and esketamine. It is one reason esketamine is only given in certified clinics, with at least 2 hours of checks after each dose.',
    related: ['psychotomimetic-effects', 'hallucination', 'dissociative-anesthetic', 'sedation', 'monitoring'],
    sources: ['ketalar-label', 'fda-2023-compounded', 'spravato-approval'],
  },
  {
    id: 'dizziness',
    explanation:
      'Dizziness can mean feeling faint, feeling off balance, or a spinning feeling called vertigo. Many medicines cause it, mainly ones that act on the brain. Sitting or lying down until it passes, and getting up slowly, can help prevent a fall.',
    ketamineNote:
      'Dizziness was one of the most common side effects in the esketamine studies the FDA reviewed. After a ketamine session, do not drive yourself home; plan for an adult to go with you.',
    related: ['sedation', 'nystagmus-and-double-vision', 'dissociation', 'side-effect'],
    sources: ['medlineplus', 'spravato-approval', 'ketalar-label'],
  },
  {
    id: 'hallucination',
    explanation:
      'Hallucinations can involve any sense: shapes or colors, voices or sounds, or a feeling of touch on the skin. They can happen with some mental health conditions, a high fever, or certain drugs. Drug-related ones usually stop when the drug wears off. If they happen often or with no clear cause, see a doctor.',
    ketamineNote:
      'At doses used for surgery, about 12 in 100 people have dream-like states or hallucinations as they wake up, and these usually last a few hours. The lower doses used for pain can cause them too.',
    related: ['psychotomimetic-effects', 'dissociation', 'psychosis', 'benzodiazepine'],
    sources: ['medlineplus', 'ketalar-label', 'sigtermans-2009'],
  },
  {
    id: 'increased-blood-pressure',
    explanation:
      'Blood pressure is written as 2 numbers, such as 120 over 80. High blood pressure that lasts for years often has no symptoms but strains the heart, brain, kidneys and eyes. Even a short rise can be harmful for people with a weak heart or weak blood vessels. It is treated with lifestyle changes and medicines.',
    ketamineNote:
      'Ketamine revs up the body’s stress system, so blood pressure rises during a dose, more at high doses. It should not be used when a big rise would be dangerous, and your blood pressure should be checked each time.',
    related: ['increased-heart-rate', 'cardiovascular-disease', 'contraindication', 'monitoring', 'clonidine'],
    sources: ['medlineplus', 'ketalar-label', 'fda-2023-compounded'],
  },
  {
    id: 'increased-heart-rate',
    explanation:
      'A faster heartbeat is normal with exercise, fear or fever. At rest, a fast or pounding heartbeat can feel like fluttering in the chest, which is called palpitations. It may come with shortness of breath, dizziness or chest pain. Chest pain or fainting needs urgent care.',
    ketamineNote:
      'With ketamine, the rise depends on the dose and usually settles soon after the dose ends. It matters most for people with heart disease, so your pulse should be checked during each session.',
    related: ['increased-blood-pressure', 'cardiovascular-disease', 'monitoring', 'anxiety'],
    sources: ['medlineplus', 'ketalar-label', 'fda-2023-compounded'],
  },
  {
    id: 'intracranial-pressure',
    explanation:
      'The skull is a closed box, so swelling, bleeding or extra fluid can push the pressure up. Signs include a bad headache, vomiting, confusion and changes in vision. Raised pressure is an emergency because it can squeeze the brain.',
    ketamineNote:
      'Ketamine may raise this pressure, and its label warns about it. The pain guideline says to avoid ketamine, or use only low doses with great care, when the pressure is already high.',
    related: ['intraocular-pressure', 'contraindication', 'increased-blood-pressure'],
    sources: ['medlineplus', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'intraocular-pressure',
    explanation:
      'The eye keeps its shape because of the fluid pressure inside it. If the fluid cannot drain well, pressure builds up and can harm the nerve at the back of the eye. This often has no early signs, so eye exams measure it. Treatment uses eye drops, laser or surgery.',
    ketamineNote:
      'Ketamine can raise eye pressure a little. The pain guideline says to avoid it, or use low doses with great care, if your eye pressure is already high.',
    related: ['intracranial-pressure', 'contraindication', 'nystagmus-and-double-vision'],
    sources: ['medlineplus', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'ketamine-cystitis',
    explanation:
      'Cystitis means a swollen, sore bladder. A 2022 review of 45 studies, mostly of people who used ketamine as a street drug, found that about 77 in 100 had to pee often, 70 in 100 felt a sudden urge, and 60 in 100 had pain low in the belly. Stopping ketamine is the main treatment. Severe cases can scar the bladder, harm the kidneys and need surgery.',
    ketamineNote:
      'Most cases come from heavy street use. But the FDA also lists bladder problems as a risk of medical ketamine, so report pain, blood or changes when you pee.',
    related: ['liver-injury', 'abuse-and-misuse', 'side-effect', 'dependence'],
    sources: ['chan-2022', 'fda-2023-compounded', 'bell-2017-cochrane'],
  },
  {
    id: 'liver-injury',
    explanation:
      'The liver breaks down many drugs, and some can injure it. When the bile ducts are hurt, bile cannot flow well, which can cause yellow skin or eyes, itching, dark urine and pale stools. Blood tests of the liver can find problems early, often before any symptoms start. With long ketamine use, this damage can look like a bile duct disease, much like the harm ketamine can do to the bladder.',
    ketamineNote:
      'An FDA review linked repeated or long ketamine use to liver and bile duct harm. Liver tests are advised before you start, and again if doses are high or frequent.',
    related: ['ketamine-cystitis', 'contraindication', 'infusion', 'monitoring', 'acetaminophen'],
    sources: ['medlineplus', 'livertox-ketamine', 'cotter-2021', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'nausea-and-vomiting',
    explanation:
      'Nausea is the uneasy feeling that you might throw up, and vomiting is when you do. Many drugs, as well as anesthesia, motion and pain, can set them off. Sipping clear drinks and resting can help, and anti-nausea medicines work well for many people. Vomiting that will not stop, or that has blood in it, needs urgent care.',
    ketamineNote:
      'Reviews of ketamine for long-lasting pain found more nausea and vomiting than with a dummy drip. Clinics often give ondansetron first to prevent them.',
    related: ['ondansetron', 'side-effect', 'dizziness'],
    sources: ['medlineplus', 'cadth-2020', 'patil-2012'],
  },
  {
    id: 'nystagmus-and-double-vision',
    explanation:
      'Nystagmus means the eyes flick back and forth on their own, which makes it hard to focus. Double vision means seeing 2 images of one thing. Many drugs that act on the brain can cause these effects for a short time. New eye changes with no clear cause need a prompt check by a doctor.',
    ketamineNote:
      'The ketamine label lists double vision and nystagmus as side effects. They make reading, walking and driving unsafe until they pass.',
    related: ['dizziness', 'intraocular-pressure', 'side-effect', 'dissociation'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'psychosis',
    explanation:
      'During psychosis, a person may hear or see things others do not, or firmly believe things that are not true. Thinking and speech can become jumbled. It can come with illnesses like schizophrenia or bipolar disorder, with drug use, or with some medical problems. Early treatment helps.',
    ketamineNote:
      'Ketamine can cause brief effects that look like psychosis. The pain guideline says to avoid it during active psychosis, so tell your doctor if you have ever had it.',
    related: ['psychotomimetic-effects', 'hallucination', 'contraindication'],
    sources: ['medlineplus', 'cohen-2018', 'sigtermans-2009'],
  },
  {
    id: 'psychotomimetic-effects',
    explanation:
      'The word means that the effects mimic psychosis. They can range from pleasant dream-like states to fear, agitation or confusion. When they happen while waking up from anesthesia, they are called emergence reactions. They usually fade within a few hours.',
    ketamineNote:
      'In a CRPS trial, 76 in 100 people on ketamine had these effects, compared with 18 in 100 on a dummy drip. At doses used for surgery, about 12 in 100 have emergence reactions.',
    related: ['dissociation', 'hallucination', 'psychosis', 'benzodiazepine'],
    sources: ['ketalar-label', 'sigtermans-2009'],
  },
  {
    id: 'respiratory-depression',
    explanation:
      'Drugs that slow the brain, such as opioids, benzodiazepines, alcohol and anesthetics, can also slow breathing. The risk goes up when these are mixed or taken in high doses. Signs include extreme sleepiness, blue lips and pauses in breathing. It is an emergency.',
    ketamineNote:
      'Low doses rarely slow breathing, but big or fast doses can, as can mixing ketamine with other calming drugs. The FDA told of a person who had this problem after taking ketamine at home.',
    related: ['sedation', 'benzodiazepine', 'opioid', 'monitoring', 'controlled-medical-setting'],
    sources: ['medlineplus', 'ketalar-label', 'fda-2023-compounded'],
  },
  {
    id: 'schedule-iii',
    explanation:
      'The DEA, a US agency, sorts drugs into 5 groups called schedules. Schedule I drugs have no accepted medical use, and higher numbers mean lower risk of misuse. Schedule III drugs can be prescribed, but there are extra rules for storing, recording and refilling them.',
    ketamineNote:
      'Ketamine was placed in Schedule III in August 1999. The rule also covers its mirror-image forms, so esketamine is included.',
    related: ['abuse-and-misuse', 'dependence', 'addiction', 'ketamine'],
    sources: ['dea-1999'],
  },
  {
    id: 'sedation',
    explanation:
      'Sedation ranges from feeling relaxed and drowsy to being hard to wake. Doctors sometimes cause it on purpose for a procedure. It can also be an unwanted side effect. Being sedated slows your reactions, so do not drive or use machines until it wears off.',
    ketamineNote:
      'Sleepiness is common with ketamine, and the FDA lists it as a main risk. After a session, do not drive, and have an adult take you home.',
    related: ['respiratory-depression', 'benzodiazepine', 'dizziness', 'monitoring'],
    sources: ['medlineplus', 'fda-2023-compounded', 'ketalar-label'],
  },
  {
    id: 'side-effect',
    explanation:
      'Side effects can happen along with the effect a treatment is meant to have. In studies, any health problem during treatment is logged as an adverse event, even if the treatment did not cause it. How often a side effect happens is often given as a number out of 100 people. Always tell your care team about new symptoms.',
    ketamineNote:
      'Ketamine often makes people feel detached, dizzy or sick, and it raises blood pressure and pulse. Rarer but serious risks are bladder and liver harm, slow breathing, and misuse.',
    related: [
      'psychotomimetic-effects',
      'nausea-and-vomiting',
      'increased-blood-pressure',
      'ketamine-cystitis',
      'liver-injury',
    ],
    sources: [
      'medlineplus',
      'fda-2023-compounded',
      'cadth-2020',
      'spravato-approval',
      'chan-2022',
      'cotter-2021',
      'ketalar-label',
    ],
  },
  {
    id: 'tolerance',
    explanation:
      'Tolerance builds up as the body gets used to a drug that is taken often. It is common with opioids and some sleep and anxiety medicines. Tolerance is not the same as addiction, though it often comes with dependence. Raising the dose on your own can be dangerous, so talk to your prescriber first.',
    ketamineNote:
      'The ketamine label reports that the body can adapt to long, frequent use. If relief seems to fade between sessions, talk with your care team before any change in dose or timing.',
    related: ['dependence', 'addiction', 'opioid', 'abuse-and-misuse'],
    sources: ['medlineplus', 'ketalar-label'],
  },
];
