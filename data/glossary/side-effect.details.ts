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
      'Doctors often call it a substance use disorder. Signs include strong cravings, losing control over how much you use, and giving up work, family or hobbies for the drug. It differs from physical dependence, where the body has simply got used to a drug. A person can be dependent without being addicted. Addiction can be treated.',
    ketamineNote:
      'Ketamine can be misused, and its label says the body can come to depend on it. The pain guideline says people who misuse drugs now should not get a series of drips.',
    related: [
      'dependence',
      'abuse-and-misuse',
      'opioid-use-disorder',
      'schedule-iii',
      'substance-use-disorder',
      'tolerance',
    ],
    sources: ['medlineplus', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'agitation',
    explanation:
      'Agitation can be a sign of pain, low oxygen, infection or drug withdrawal. It can also be a side effect of a medicine, so its cause should be looked for. Calm talk, a quiet room and treating the cause often help. Sudden agitation with confusion, fever or a racing heart needs urgent care.',
    ketamineNote:
      'Some people feel agitated or frightened as ketamine wears off. Staff can talk you through it, and a calming drug such as midazolam can help.',
    related: ['confusion', 'delirium', 'emergence-reaction', 'psychotomimetic-effects'],
    sources: ['medlineplus', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'allergic-reaction',
    explanation:
      'Drug allergies can start minutes or days after a dose. Mild ones cause hives, itching or a rash. Severe ones, called anaphylaxis, can swell the throat and drop blood pressure, and they are an emergency. Not every side effect is an allergy, so tell your care team exactly what happened with past drugs.',
    ketamineNote: 'Its label says ketamine should not be used by anyone known to be allergic to it.',
    related: ['anaphylaxis', 'contraindication', 'medical-history', 'side-effect'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'anaphylaxis',
    explanation:
      'Anaphylaxis often starts within minutes of contact with a trigger, such as a drug, a food or a bee sting. It is treated at once with a shot of epinephrine. Call your local emergency number right away, even if the signs seem to ease. If you have had it, carry your epinephrine and tell every care team.',
    related: ['allergic-reaction', 'hypotension'],
    sources: ['medlineplus'],
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
    id: 'cognitive-impairment',
    explanation:
      'Many things can affect thinking: pain, poor sleep, depression, some medicines, alcohol and brain illness. Some causes can be treated. So new problems with memory or focus should be checked by a doctor. Tell your doctor which medicines you take, since drugs that calm the brain can cloud thinking.',
    ketamineNote:
      'During a dose and for some hours after, ketamine can cloud your thinking. Its label warns that repeated misuse at high doses has been linked to problems with memory and focus.',
    related: ['confusion', 'delirium', 'sedation', 'sedative'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'confusion',
    explanation:
      'Confusion can come on slowly or suddenly. Sudden confusion is often caused by an infection, low blood sugar, low oxygen, a stroke, or a drug or its withdrawal, and it needs urgent care. When it comes on fast and changes through the day, it is called delirium. Bring a list of all medicines to any visit about confusion.',
    ketamineNote:
      'Ketamine can cause confusion while it works and as it wears off. Have an adult take you home, and do not drive or make big decisions until the next day, after a night’s sleep.',
    related: ['agitation', 'cognitive-impairment', 'delirium', 'psychotomimetic-effects'],
    sources: ['medlineplus', 'ketalar-label', 'spravato-label'],
  },
  {
    id: 'constipation',
    explanation:
      'It is a common side effect of opioid painkillers and some other drugs. Drinking enough water, eating fiber and moving more can help. Laxatives are often needed with opioids. See a doctor for blood in the stool, bad belly pain, or a change that lasts.',
    related: ['opioid', 'opioid-sparing', 'side-effect'],
    sources: ['medlineplus'],
  },
  {
    id: 'contraindication',
    explanation:
      'Before any treatment, doctors look for reasons it could do more harm than good. An absolute contraindication means the treatment should not be used at all. A relative one means the risks must be weighed, and the treatment may still be used with care, a lower dose or closer checks. This is why a full medical history matters.',
    ketamineNote:
      'The pain guideline names these for ketamine: pregnancy, psychosis, drug misuse and bad liver disease. It also names heart disease that is not under control. High pressure in the brain or eyes is on the list too.',
    related: [
      'cardiovascular-disease',
      'psychosis',
      'liver-injury',
      'intracranial-pressure',
      'intraocular-pressure',
      'medical-history',
    ],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'delirium',
    explanation:
      'Delirium usually develops over hours or days. It can be caused by infection, surgery, loss of body fluid, some medicines, or stopping alcohol or drugs. Older people and those who are very ill are most at risk. Treating the cause usually helps, but it can take days or weeks to clear. Family can help by telling staff what the person is usually like.',
    related: ['agitation', 'confusion', 'emergence-reaction', 'withdrawal'],
    sources: ['medlineplus'],
  },
  {
    id: 'dependence',
    explanation:
      'Many drugs can cause it when taken often for a long time. Opioids, benzodiazepines and some antidepressants are examples. Withdrawal can bring worry, poor sleep, sweating, aches and cravings. Lowering the dose slowly, with a doctor’s help, can prevent or ease it. Dependence on its own does not mean a person is addicted.',
    ketamineNote:
      'The ketamine label reports physical dependence with long use. People who used it more than once a week and then stopped have had withdrawal.',
    related: ['addiction', 'tolerance', 'withdrawal', 'opioid', 'benzodiazepine', 'abuse-and-misuse', 'tapering'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'dissociation',
    explanation:
      'During dissociation, time, sound and space can seem strange, and your body may feel far away or floaty. Some people find it calm, while others feel fear or panic. With ketamine, it starts during the dose and usually fades within a few hours after it ends. Staff should watch you until it has passed.',
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
      'Dizziness was one of the most common side effects in the esketamine studies the FDA reviewed. After a ketamine session, have an adult take you home. Do not drive until the next day, after a night’s sleep.',
    related: ['sedation', 'hypotension', 'nystagmus-and-double-vision', 'dissociation', 'side-effect'],
    sources: ['medlineplus', 'spravato-approval', 'spravato-label', 'ketalar-label'],
  },
  {
    id: 'drug-interaction',
    explanation:
      'Some drugs add to each other’s effects: two drugs that cause sleepiness can slow breathing when taken together. Others change how fast the body breaks a drug down, so too much or too little stays in the blood. Alcohol, some foods and herbal products can interact too. Keep a full list of what you take, and show it to every doctor and pharmacist.',
    ketamineNote:
      'Opioids, alcohol, sleep pills and other calming drugs add to the sleepiness ketamine causes. Together they can slow your breathing. Some drugs that speed you up can push blood pressure higher with ketamine. Tell the clinic about every drug you use, even ones bought without a prescription.',
    related: [
      'benzodiazepine',
      'medical-history',
      'opioid',
      'respiratory-depression',
      'sedation',
      'sedative',
      'stimulant',
      'maoi',
      'theophylline',
      'serotonin-syndrome',
      'levothyroxine',
    ],
    sources: ['fda-drug-interactions', 'ketalar-label', 'spravato-label'],
  },
  {
    id: 'dysphoria',
    explanation:
      'Dysphoria is the opposite of euphoria. It may feel like dread, sadness, a short temper or being ill at ease in your body or mind. It may pass with its cause, such as a drug wearing off. Or it may be part of a longer illness such as depression. Gender dysphoria is a different term: it means distress when gender and sex at birth differ.',
    ketamineNote:
      'Ketamine can make some people feel uneasy, anxious or low while it works or as it wears off. Tell staff at once if you feel this way, so they can help.',
    related: ['anxiety', 'euphoria', 'major-depressive-disorder', 'psychotomimetic-effects'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'emergence-reaction',
    explanation:
      'Emergence reactions happen in the minutes to hours after a drug such as ketamine starts to wear off. Some people find them pleasant or dream-like, and others find them frightening. Most pass within a few hours. A calm, quiet room and, if needed, a calming drug such as midazolam can make them less likely or less severe.',
    ketamineNote:
      'The ketamine label reports these in about 12 in 100 people given doses for surgery. They are less common in people over 65.',
    related: ['agitation', 'benzodiazepine', 'hallucination', 'psychotomimetic-effects'],
    sources: ['ketalar-label', 'cohen-2018'],
  },
  {
    id: 'euphoria',
    explanation:
      'Euphoria from a drug is one reason some people misuse it, because they want the feeling again. It can also come with mania in bipolar disorder. A drug high can hide warning signs, such as feeling less pain than you should, and it can cloud your judgment.',
    ketamineNote:
      'Ketamine can bring a high or floaty feeling during a dose. This is part of why it can be misused, and why it is kept under tight legal control.',
    related: ['abuse-and-misuse', 'dysphoria', 'mania', 'schedule-iii'],
    sources: ['medlineplus', 'ketalar-label', 'dea-1999'],
  },
  {
    id: 'flashback',
    explanation:
      'A flashback can be set off by a sound, smell or place linked to the event. The person may feel the same fear and body reactions as at the time. Grounding steps, such as naming things you can see or touch, can help in the moment. Talk therapy that focuses on trauma can make flashbacks less frequent.',
    related: ['anxiety', 'ptsd'],
    sources: ['nimh-ptsd'],
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
    id: 'hematuria',
    explanation:
      'Blood in the urine has many causes, such as an infection, kidney or bladder stones, hard exercise, injury, some medicines, and sometimes kidney or bladder cancer. Some foods and drugs can turn urine red with no blood in it. A urine test, and sometimes scans or a camera passed into the bladder, can find the cause. Tell your doctor even if it happens once and goes away.',
    ketamineNote:
      'Blood in the urine can be a sign of bladder damage from ketamine. Tell your doctor right away if you see it during or after a course of ketamine, including a medical one.',
    related: ['ketamine-cystitis', 'lower-urinary-tract-symptoms', 'urinalysis', 'bladder', 'interstitial-cystitis'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'hypotension',
    explanation:
      'Low blood pressure is often harmless in healthy people. A sudden drop, or one with fainting, confusion or cold, clammy skin, can mean that too little blood is reaching the organs, and it needs urgent care. Causes include loss of body fluid, bleeding, heart problems, severe infection and some medicines. Getting up slowly can help if it happens when you stand.',
    ketamineNote:
      'Ketamine usually raises blood pressure. In some people with a weak heart it can lower it instead, so staff should check your blood pressure during each session.',
    related: ['dizziness', 'increased-blood-pressure', 'monitoring', 'vital-signs'],
    sources: ['medlineplus', 'ketalar-label'],
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
    id: 'jaundice',
    explanation:
      'Jaundice is a sign, not a disease. In adults it can come from liver damage, a blocked bile duct, some drugs, or the breakdown of too many red blood cells. It may come with dark urine, pale stools and itching. New jaundice in an adult needs a prompt check by a doctor. In newborn babies, mild jaundice is common and often clears on its own.',
    ketamineNote:
      'Yellow skin or eyes, dark urine or pale stools can be signs of liver or bile duct harm, which has been linked to repeated or long ketamine use. Tell your doctor right away.',
    related: ['liver-function-tests', 'liver-injury'],
    sources: ['medlineplus', 'livertox-ketamine', 'cotter-2021'],
  },
  {
    id: 'ketamine-cystitis',
    explanation:
      'Cystitis means a swollen, sore bladder. Signs are a frequent or sudden need to pee, pain low in the belly or when you pee, leaks, and blood in the urine. A 2022 review pooled 45 studies of people who already had this damage, mostly from street use: about 77 in 100 of them had to pee often, and 60 in 100 had belly pain. Stopping ketamine early is the main treatment. Severe damage can scar and shrink the bladder, harm the kidneys, need surgery and be permanent.',
    ketamineNote:
      'Bladder damage has also been reported in people given ketamine for pain, mostly with long or frequent use. Tell your doctor right away if you have pain or blood when you pee. Also tell them if you need to go much more often. Stopping early matters, because severe damage can be permanent.',
    related: ['hematuria', 'lower-urinary-tract-symptoms', 'urinalysis', 'liver-injury', 'abuse-and-misuse'],
    sources: ['chan-2022', 'fda-2023-compounded', 'bell-2017-cochrane', 'ketalar-label'],
  },
  {
    id: 'liver-injury',
    explanation:
      'The liver breaks down many drugs, and some can injure it. When the bile ducts are hurt, bile cannot flow well, which can cause yellow skin or eyes, itching, dark urine and pale stools. Blood tests of the liver can find problems early, often before any symptoms start. With long ketamine use, this damage can look like a bile duct disease, much like the harm ketamine can do to the bladder.',
    ketamineNote:
      'An FDA review linked repeated or long ketamine use to liver and bile duct harm. Liver tests are advised before you start, and again if doses are high or frequent.',
    related: ['ketamine-cystitis', 'jaundice', 'liver-function-tests', 'infusion', 'acetaminophen'],
    sources: ['medlineplus', 'livertox-ketamine', 'cotter-2021', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'lower-urinary-tract-symptoms',
    explanation:
      'These symptoms can come from an infection, an enlarged prostate, an overactive bladder, bladder pain, nerve problems or some drugs. They are common, mainly with age, but they are not something you have to put up with. A doctor may start with a urine test and questions about how often you go. Pain, fever or blood in the urine needs a prompt check.',
    ketamineNote:
      'Needing to pee often or urgently, with pain low in the belly, is the most common sign of bladder damage from ketamine. It can also start with long or frequent medical use. Tell your doctor right away.',
    related: ['hematuria', 'ketamine-cystitis', 'urinalysis', 'bladder', 'interstitial-cystitis'],
    sources: ['medlineplus', 'chan-2022', 'ketalar-label', 'fda-2023-compounded'],
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
    id: 'overdose',
    explanation:
      'Signs depend on the drug. They can include deep sleepiness, slow or stopped breathing, blue lips, seizures, confusion or a racing heart. Mixing drugs, such as opioids with alcohol or benzodiazepines, raises the risk. A drug called naloxone can reverse an opioid overdose for a while, but call for emergency help too. In the US, Poison Help is 1-800-222-1222.',
    ketamineNote:
      'Big doses of ketamine can slow your breathing too much. So can ketamine mixed with alcohol, opioids or other drugs that calm you.',
    related: ['abuse-and-misuse', 'drug-interaction', 'opioid', 'respiratory-depression'],
    sources: ['medlineplus', 'ketalar-label', 'fda-2023-compounded'],
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
      'The word means that the effects mimic psychosis. They can range from pleasant dream-like states to fear, panic, agitation or confusion. When they happen while waking up from anesthesia, they are called emergence reactions. They usually fade within a few hours.',
    ketamineNote:
      'In a CRPS trial, 76 in 100 people on ketamine had these effects, compared with 18 in 100 on a dummy drip. At doses used for surgery, about 12 in 100 have emergence reactions.',
    related: ['dissociation', 'emergence-reaction', 'hallucination', 'agitation', 'psychosis', 'benzodiazepine'],
    sources: ['ketalar-label', 'sigtermans-2009'],
  },
  {
    id: 'respiratory-depression',
    explanation:
      'Drugs that slow the brain, such as opioids, benzodiazepines, alcohol and anesthetics, can also slow breathing. The risk goes up when these are mixed or taken in high doses. Signs include extreme sleepiness, blue lips and pauses in breathing. It is an emergency.',
    ketamineNote:
      'Low doses rarely slow breathing, but big or fast doses can, as can mixing ketamine with other calming drugs. The FDA told of a person who had this problem after taking ketamine at home.',
    related: ['sedation', 'benzodiazepine', 'opioid', 'monitoring', 'controlled-medical-setting', 'naloxone'],
    sources: ['medlineplus', 'ketalar-label', 'fda-2023-compounded'],
  },
  {
    id: 'schedule-iii',
    explanation:
      'The DEA, a US agency, sorts controlled drugs into 5 groups called schedules. Schedule I drugs have no accepted medical use, and higher numbers mean a lower risk of misuse. By law, Schedule III drugs have a medical use and less risk of misuse than Schedules I and II. But misuse may still lead to some physical dependence or to strong psychological dependence. They can be prescribed, with extra rules for storing, recording and refilling them.',
    ketamineNote:
      'Ketamine was placed in Schedule III in August 1999. The rule also covers its mirror-image forms, so esketamine is included. Schedule III does not mean low risk: misuse can bring strong craving.',
    related: ['abuse-and-misuse', 'dependence', 'addiction', 'ketamine'],
    sources: ['dea-1999', 'csa-812'],
  },
  {
    id: 'sedation',
    explanation:
      'Sedation ranges from feeling relaxed and drowsy to being hard to wake. Doctors sometimes cause it on purpose for a procedure. It can also be an unwanted side effect. Being sedated slows your reactions, so do not drive or use machines until it wears off.',
    ketamineNote:
      'Sleepiness is common with ketamine, and the FDA lists it as a main risk. After a session, have an adult take you home. Do not drive, ride a bike, use machines or make big decisions until the next day, after a night’s sleep.',
    related: ['respiratory-depression', 'benzodiazepine', 'dizziness', 'monitoring', 'midazolam', 'dexmedetomidine'],
    sources: ['medlineplus', 'fda-2023-compounded', 'ketalar-label', 'spravato-label'],
  },
  {
    id: 'seizure',
    explanation:
      'Seizures can come from epilepsy, a head injury, a high fever in young children, low blood sugar, alcohol or drug withdrawal, or some medicines. Most stop on their own within a few minutes. Call emergency services if one lasts more than 5 minutes, if another follows, or if it is the person’s first. Do not put anything in their mouth; turn them on their side and keep them safe.',
    related: ['drug-interaction', 'withdrawal', 'anticonvulsant', 'theophylline'],
    sources: ['medlineplus'],
  },
  {
    id: 'serotonin-syndrome',
    explanation:
      'It usually starts within hours of starting or raising a drug that boosts serotonin, or adding a second one. Such drugs include many antidepressants, tramadol, some migraine drugs and some street drugs. Mild cases may bring shivering and diarrhea. Severe ones can cause high fever, seizures and death. Stopping the drugs and getting emergency care are key.',
    related: ['drug-interaction', 'opioid', 'snri', 'serotonin', 'ssri', 'triptan', 'maoi', 'tramadol'],
    sources: ['medlineplus'],
  },
  {
    id: 'side-effect',
    explanation:
      'Side effects can happen along with the effect a treatment is meant to have. In studies, any health problem during treatment is logged as an adverse event, even if the treatment did not cause it. How often a side effect happens is often given as a number out of 100 people. Always tell your care team about new symptoms.',
    ketamineNote:
      'Ketamine often makes people feel detached, dizzy or sick, and some feel fear, panic or confusion. It raises blood pressure and pulse. Rarer but serious risks are bladder and liver harm, slow breathing, and misuse.',
    related: [
      'adverse-event',
      'psychotomimetic-effects',
      'nausea-and-vomiting',
      'increased-blood-pressure',
      'ketamine-cystitis',
      'liver-injury',
      'constipation',
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
    related: ['dependence', 'withdrawal', 'addiction', 'opioid', 'abuse-and-misuse'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'withdrawal',
    explanation:
      'Withdrawal symptoms depend on the drug. They can include worry, poor sleep, sweating, aches, nausea, low mood and craving. Stopping some drugs suddenly, such as alcohol or benzodiazepines, can cause seizures. A slow, planned cut in the dose, with medical help, can prevent or ease withdrawal. Having it does not by itself mean a person is addicted.',
    ketamineNote: 'The ketamine label reports withdrawal in people who used it more than once a week and then stopped.',
    related: ['addiction', 'benzodiazepine', 'dependence', 'tolerance', 'tapering'],
    sources: ['medlineplus', 'ketalar-label'],
  },
];
