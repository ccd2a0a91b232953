import type { GlossaryDetail } from '../types';

// Longer explanations for care, costs and the course of an illness, sorted by id.
export const careDetails: GlossaryDetail[] = [
  {
    id: 'acute',
    explanation:
      'Doctors call a problem acute when it comes on fast or is expected to pass, often within days or weeks. Acute does not always mean severe: a sprained ankle and a heart attack are both acute. Acute pain is a warning sign that usually fades as the body heals. Pain that lasts or keeps coming back for more than 3 months is called chronic.',
    ketamineNote:
      'Much of the research on ketamine for pain is about acute pain during and right after surgery. Those results do not show that ketamine helps pain that has lasted for months.',
    related: ['acute-pain', 'chronic', 'chronic-pain', 'onset', 'postsurgical-pain'],
    sources: ['medlineplus', 'treede-2015', 'brinck-2018-cochrane'],
  },
  {
    id: 'anesthesiologist',
    explanation:
      'Anesthesiologists give the drugs that put you to sleep or numb part of your body for surgery. They watch your breathing, heart and blood pressure and handle emergencies. Some train further in pain medicine and work in pain clinics. In the UK the same kind of doctor is called an anaesthetist. A nurse anesthetist is a nurse with advanced training who also gives anesthesia.',
    ketamineNote:
      'Ketamine was first made as an anesthetic. Before a session, ask who will give your dose, what training they have, and who is on site if something goes wrong.',
    related: ['acls', 'anesthetic', 'controlled-medical-setting', 'pain-medicine-specialist'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'caregiver',
    explanation:
      'Caregivers may help with daily tasks, rides to visits, medicines and talks with the care team. With your OK, a caregiver can come to visits and help you remember what was said. Looking after someone can be tiring, so caregivers need support too.',
    ketamineNote:
      'Plan for a responsible adult to take you home after a ketamine session. You should not drive, ride a bike or use machines until the next day, after a night’s sleep.',
    related: ['controlled-medical-setting', 'outpatient', 'sedation'],
    sources: ['medlineplus', 'spravato-label'],
  },
  {
    id: 'chronic',
    explanation:
      'Chronic conditions, such as arthritis, diabetes or long-term pain, often need care for months or years. Chronic does not mean that nothing can help: many people find ways to feel and function better. Care often mixes medicines, exercise, talk therapy and changes to daily life. Doctors call pain chronic when it lasts or keeps coming back for more than 3 months.',
    ketamineNote:
      'Ketamine infusions are offered for chronic pain. The 2018 US guideline found moderate evidence only for CRPS. For most other kinds of chronic pain, it found weak or no evidence.',
    related: ['acute', 'chronic-pain', 'flare', 'multimodal-care', 'relapse', 'remission'],
    sources: ['medlineplus', 'treede-2015', 'cohen-2018'],
  },
  {
    id: 'coinsurance',
    explanation:
      'With 20% coinsurance, you pay $20 of each $100 that your plan allows for a service, and the plan pays the rest. Coinsurance usually starts after you have paid your deductible for the year. It stops when you reach your out-of-pocket maximum. Because it is a percentage, costly care brings a bigger bill, so ask for a cost estimate first.',
    related: ['copay', 'deductible', 'health-insurance', 'out-of-pocket-maximum'],
    sources: ['cms-glossary'],
  },
  {
    id: 'copay',
    explanation:
      'Copays are often due when you get care, for example at the front desk or the pharmacy. The amount can differ by type of care: a specialist visit or a brand-name drug often costs more than a visit to your main doctor. Some plans charge copays only after you meet your deductible. Your plan’s summary of benefits lists them.',
    related: ['coinsurance', 'deductible', 'health-insurance', 'out-of-pocket-cost'],
    sources: ['cms-glossary'],
  },
  {
    id: 'deductible',
    explanation:
      'Say your plan has a $1,500 deductible. You pay the full allowed cost of covered care until your payments reach $1,500 in that plan year. After that you usually pay only a copay or coinsurance. Some care, such as many check-ups, may be covered before you meet it. The deductible usually starts over each year.',
    related: ['coinsurance', 'copay', 'health-insurance', 'out-of-pocket-maximum', 'premium'],
    sources: ['cms-glossary'],
  },
  {
    id: 'diagnosis',
    explanation:
      'To make a diagnosis, a doctor asks about your symptoms and health history and examines you. They may also order blood tests, scans or other tests. Some conditions, such as fibromyalgia or CRPS, have no single test. Doctors find them by set rules and by ruling out other causes. A clear diagnosis guides which treatments are likely to help.',
    ketamineNote:
      'The proof for ketamine differs by diagnosis. It is moderate only for CRPS. So your exact diagnosis matters when you weigh it.',
    related: ['budapest-criteria', 'medical-history', 'prognosis', 'second-opinion'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'electrocardiogram',
    explanation:
      'For an ECG, small sticky pads are put on your chest, arms and legs, and wires link them to a machine. You lie still for a few minutes while it records your heartbeat as a wavy line. The test does not send electricity into you. It can show a heartbeat that is too fast, too slow or uneven, and signs of heart strain or an old heart attack.',
    ketamineNote:
      'Ketamine raises heart rate and blood pressure. The 2018 pain guideline says people with heart disease, or a high risk of it, should have an ECG before an infusion.',
    related: ['cardiovascular-disease', 'increased-heart-rate', 'monitoring', 'vital-signs', 'methadone'],
    sources: ['medlineplus', 'cohen-2018', 'ketalar-label'],
  },
  {
    id: 'first-line-treatment',
    explanation:
      'If a first-line treatment does not help enough or causes problems, doctors move on to second-line options, and so on. For nerve pain, for example, guidelines list some antidepressants and the gabapentinoid drugs as first-line. A treatment may be second- or third-line because its proof is weaker or its risks are higher. That does not mean it never works.',
    ketamineNote:
      'Ketamine is not a first-line treatment for nerve pain. A 2015 review for pain experts found the evidence for drugs of its kind too unclear to advise them.',
    related: [
      'gabapentinoid',
      'neuropathic-pain',
      'snri',
      'standard-of-care',
      'tricyclic-antidepressant',
      'antidepressant',
      'gabapentin',
    ],
    sources: ['finnerup-2015'],
  },
  {
    id: 'flare',
    explanation:
      'Flares can last hours, days or weeks. Triggers may include doing too much, stress, poor sleep or illness, though often there is no clear cause. A flare does not always mean your condition is getting worse over time. It helps to plan ahead with your care team: what to do, which medicines to use and when to call.',
    related: [
      'chronic',
      'chronic-pain',
      'fibromyalgia',
      'relapse',
      'remission',
      'breakthrough-pain',
      'activity-pacing',
    ],
    sources: ['medlineplus'],
  },
  {
    id: 'formulary',
    explanation:
      'Plans often sort the drugs on their list into tiers. Lower tiers, often generic drugs, usually cost you less than higher tiers. A drug that is not on the list may not be covered at all, or may need approval first. If your drug is not covered, your doctor can ask the plan for an exception or suggest another drug on the list.',
    related: ['copay', 'health-insurance', 'prior-authorization'],
    sources: ['cms-glossary'],
  },
  {
    id: 'health-insurance',
    explanation:
      'Most plans share costs with you through a deductible, copays and coinsurance. Each plan has rules about which treatments, drugs and providers it covers. Some care needs the plan’s approval first, called prior authorization. Before costly care, ask your plan what it will pay, and get the answer in writing if you can.',
    ketamineNote:
      'Ketamine for pain is an off-label use, and plans differ on whether they pay for it. Ask the clinic and your plan what the full cost will be, including any repeat sessions.',
    related: ['coinsurance', 'copay', 'deductible', 'premium', 'prior-authorization', 'provider-network'],
    sources: ['cms-glossary', 'ketalar-label'],
  },
  {
    id: 'hospice',
    explanation:
      'Hospice teams include doctors, nurses, aides, social workers and chaplains. They treat pain and other symptoms and support the family too. Hospice care is often given at home, but also in nursing homes, hospitals and hospice centers. A person can choose to leave hospice and go back to treatment that fights the illness.',
    related: ['cancer-pain', 'palliative-care', 'prognosis', 'quality-of-life'],
    sources: ['nia-palliative-hospice'],
  },
  {
    id: 'informed-consent',
    explanation:
      'Before a procedure or a research study, your care team should explain what will happen, what could go wrong and what else you could do, including waiting. You can ask questions and take time to decide. Signing a form is only one part of it: the key is that you understand. You can change your mind and say no, even after you have signed.',
    ketamineNote:
      'Ketamine for pain is an off-label use, so consent should cover that it is not FDA-approved for this. It should also cover the known risks and how weak the evidence is for most kinds of pain.',
    related: ['clinical-trial', 'off-label-use', 'second-opinion'],
    sources: ['medlineplus', 'nih-clinical-trials', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'inpatient',
    explanation:
      'Being an inpatient means a doctor has written an order to admit you to the hospital. A night in the hospital for tests or watching, called observation, can still count as outpatient care. That can change what your insurance pays. If you stay in a hospital, you can ask whether you are an inpatient or under observation.',
    ketamineNote:
      'Ketamine drips that run for several days are given to people who stay in a hospital. Shorter drips are often given at outpatient visits.',
    related: ['health-insurance', 'infusion', 'outpatient', 'infusion-series'],
    sources: ['cms-glossary', 'sigtermans-2009', 'patil-2012'],
  },
  {
    id: 'liver-function-tests',
    explanation:
      'These tests use a small blood sample. High levels of some liver enzymes can be a sign that liver cells or bile ducts are hurt, often before you feel ill. Doctors use the tests before and during treatment with drugs that can strain the liver. One odd result does not always mean disease, so tests may be repeated.',
    ketamineNote:
      'The ketamine label advises liver tests before repeat doses and from time to time during them. Repeat or long drips have been linked to harm to the liver and bile ducts.',
    related: ['jaundice', 'liver-injury', 'monitoring'],
    sources: ['medlineplus', 'ketalar-label', 'cotter-2021'],
  },
  {
    id: 'medical-history',
    explanation:
      'Your care team asks about your history to find the cause of symptoms and to judge which treatments are safe for you. Be open about all medicines, supplements, alcohol and street drugs, and about mental health problems. A written list of your medicines and past treatments can help at each visit.',
    ketamineNote:
      'Some health problems can make ketamine unsafe. Examples are heart disease that is not under control, psychosis, drug misuse, bad liver disease and pregnancy. Tell the clinic about all of them, and about every medicine you take.',
    related: ['contraindication', 'diagnosis', 'drug-interaction', 'informed-consent'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'onset',
    explanation:
      'Doctors ask about onset to understand a problem: did it start suddenly or slowly, and what were you doing? A sudden onset of severe symptoms, such as chest pain or a very bad headache, needs urgent care. For a medicine, onset of action is the time from a dose until you feel an effect. It depends on the drug and on how it is given, such as by mouth or into a vein.',
    ketamineNote:
      'Ketamine given into a vein starts to act within minutes. Taken by mouth, it takes longer to work, and much less of it reaches the blood.',
    related: ['acute', 'bioavailability', 'intravenous', 'oral'],
    sources: ['medlineplus', 'ketalar-label', 'chong-2006'],
  },
  {
    id: 'out-of-pocket-cost',
    explanation:
      'Out-of-pocket costs do not usually include the premium you pay each month for the plan. They can add up fast when a treatment repeats, so ask for a written estimate before you start. Ask what happens to the cost if you need more sessions than planned. Many hospitals and clinics can tell you about payment plans or help with costs.',
    ketamineNote:
      'Ketamine drips for pain are often given as a series of sessions, sometimes with booster sessions later. Ask the clinic the price of the whole series. Ask, too, whether your plan pays any part.',
    related: ['coinsurance', 'copay', 'deductible', 'health-insurance', 'out-of-pocket-maximum'],
    sources: ['cms-glossary', 'cohen-2018'],
  },
  {
    id: 'out-of-pocket-maximum',
    explanation:
      'Your deductible, copays and coinsurance for covered care count toward this limit. Your premium does not. Neither does care your plan does not cover, or care from providers outside your plan’s network. In the US, plans sold on the health insurance marketplace have a legal cap on this amount that is set each year.',
    related: ['coinsurance', 'copay', 'deductible', 'out-of-pocket-cost', 'provider-network'],
    sources: ['cms-glossary'],
  },
  {
    id: 'outpatient',
    explanation:
      'Outpatient care happens in doctors’ offices, clinics, infusion centers and hospital outpatient units. You arrive, get your care and leave, though staff may watch you for a while first. Many procedures that once needed a hospital stay are now done this way. Insurance may pay for outpatient care in a different way from a hospital stay.',
    ketamineNote:
      'Many ketamine infusions for pain are outpatient visits that take a few hours. Ketamine can leave you drowsy and foggy, so plan for an adult to take you home. Do not drive until the next day, after a night’s sleep.',
    related: ['caregiver', 'controlled-medical-setting', 'infusion', 'inpatient', 'infusion-series'],
    sources: ['cms-glossary', 'patil-2012', 'spravato-label'],
  },
  {
    id: 'pain-medicine-specialist',
    explanation:
      'Pain specialists see people whose pain has not eased with usual care. They may offer medicines, injections, nerve treatments, implanted devices, and referrals to physical or talk therapy. A good pain clinic looks at how pain affects your sleep, mood, work and daily life, not just the pain score. Ask what each option is likely to do for you and what the evidence shows.',
    ketamineNote:
      'Pain specialists wrote the 2018 US guideline on ketamine infusions for chronic pain. Ask yours how ketamine compares with the other options for your kind of pain.',
    related: [
      'anesthesiologist',
      'multimodal-care',
      'physical-therapy',
      'referral',
      'nerve-block',
      'spinal-cord-stimulation',
      'interdisciplinary-pain-program',
    ],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'palliative-care',
    explanation:
      'A palliative care team, often doctors, nurses and social workers, works with your other doctors. It helps with pain, sickness, tiredness, low mood and hard choices, and it supports your family too. It is not only for the end of life. Hospice is a kind of palliative care for people who are expected to live only months.',
    ketamineNote:
      'In cancer care, palliative care teams sometimes add ketamine when strong painkillers are not enough. A 2017 review found too little evidence to show that it helps. A large trial found more side effects with it and no clear gain in relief.',
    related: ['cancer-pain', 'hospice', 'opioid', 'quality-of-life'],
    sources: ['nia-palliative-hospice', 'bell-2017-cochrane', 'hardy-2012'],
  },
  {
    id: 'premium',
    explanation:
      'You pay the premium to keep your coverage, even in months when you get no care. Plans with low premiums often have higher deductibles, so you pay more when you do get care. When you compare plans, add up the premium and what you would likely pay for the care you expect.',
    related: ['deductible', 'health-insurance', 'out-of-pocket-cost'],
    sources: ['cms-glossary'],
  },
  {
    id: 'primary-care-provider',
    explanation:
      'Your primary care provider gets to know your health over time. They handle check-ups, common illnesses and long-term conditions, and they help your other doctors work together. Some health plans need a referral from them before you see a specialist. They can help you weigh a new treatment against your whole health picture.',
    ketamineNote:
      'Tell your primary care provider if you are thinking about ketamine. They know your other health problems and medicines, and these matter for how safe it would be.',
    related: ['medical-history', 'pain-medicine-specialist', 'referral', 'second-opinion'],
    sources: ['cms-glossary', 'medlineplus', 'cohen-2018'],
  },
  {
    id: 'prior-authorization',
    explanation:
      'Your doctor’s office usually sends the request, with the reasons the care is needed. The plan may approve it, ask for more facts, or say no. Approval does not always promise that the plan will pay in full. If the plan says no, you or your doctor can appeal, so ask how before you start costly care.',
    related: ['formulary', 'health-insurance', 'off-label-use', 'referral'],
    sources: ['cms-glossary'],
  },
  {
    id: 'prognosis',
    explanation:
      'Doctors base a prognosis on what happened to many people with the same problem, so it cannot say for sure what will happen to you. It may be given as chances, such as the share of people who improve within a year. Your own outlook can change with treatment and over time. You can ask your doctor what they expect and how sure they are.',
    related: ['chronic', 'diagnosis', 'relapse', 'remission'],
    sources: ['nci-dictionary', 'medlineplus'],
  },
  {
    id: 'provider-network',
    explanation:
      'Out-of-network providers have no contract with your plan, so it may pay less or nothing. They may also bill you for the rest. Out-of-network costs may not count toward your out-of-pocket maximum. Before you book, check with your plan that the clinic and each provider there are in your network.',
    related: ['health-insurance', 'out-of-pocket-maximum', 'referral'],
    sources: ['cms-glossary'],
  },
  {
    id: 'psychiatrist',
    explanation:
      'Unlike psychologists and counselors, psychiatrists went to medical school. So they can prescribe drugs and order tests. They treat problems such as depression, anxiety, bipolar disorder, PTSD and addiction. Many work with therapists who do most of the talk therapy. You may need a referral to see one.',
    ketamineNote:
      'Some psychiatrists use ketamine or esketamine for depression that has not eased with other care. Esketamine nasal spray is FDA-approved for this. Plain ketamine is not, and neither is approved for pain.',
    related: [
      'bipolar-disorder',
      'esketamine',
      'psychiatric-disorder',
      'referral',
      'treatment-resistant-depression',
      'psychotherapy',
    ],
    sources: ['medlineplus', 'spravato-approval', 'fda-2023-compounded'],
  },
  {
    id: 'pulse-oximeter',
    explanation:
      'The reading, called SpO2, is the share of the oxygen carriers in your blood that are full. In healthy people at rest it is usually 95% or higher. Cold hands, nail polish and darker skin can make readings less exact, so staff also watch your breathing and how alert you are. A falling number can be an early sign of slowed breathing.',
    ketamineNote:
      'Staff should keep a pulse oximeter on you during a ketamine drip and until you are fully awake. Low doses rarely slow breathing. But the risk rises with high doses or with other calming drugs.',
    related: ['monitoring', 'respiratory-depression', 'vital-signs'],
    sources: ['medlineplus', 'fda-pulse-oximeters', 'cohen-2018', 'ketalar-label'],
  },
  {
    id: 'referral',
    explanation:
      'Some health plans will not pay for a specialist visit without a referral. A good referral says why you are being sent and what question the specialist should answer. Ask your doctor to send your records ahead, so you do not repeat tests. You can also ask for a referral to get a second opinion.',
    related: ['pain-medicine-specialist', 'primary-care-provider', 'prior-authorization', 'second-opinion'],
    sources: ['cms-glossary'],
  },
  {
    id: 'relapse',
    explanation:
      'In illnesses such as depression or cancer, relapse means the illness returns after a time of being well. In addiction, relapse means going back to using after a time of not using. It is common in recovery, and it is not a sign of failure. Knowing your early warning signs, and having a plan with your care team, can help you act early.',
    ketamineNote:
      'In depression studies, the mood lift after 1 dose of ketamine often faded within about a week. Tell your care team at once if your mood drops again.',
    related: ['addiction', 'flare', 'major-depressive-disorder', 'remission', 'substance-use-disorder'],
    sources: ['nida-addiction', 'nci-dictionary', 'pharmacol-rep-2020'],
  },
  {
    id: 'remission',
    explanation:
      'The word is used for illnesses such as cancer, depression and some kinds of arthritis. In a complete remission, no signs of the illness can be found, but it may still come back, which is called a relapse. In depression studies, remission usually means that symptoms have dropped below a set score. Many people need ongoing care to stay in remission.',
    related: ['major-depressive-disorder', 'prognosis', 'relapse', 'responder'],
    sources: ['nci-dictionary', 'nimh-depression'],
  },
  {
    id: 'second-opinion',
    explanation:
      'A second opinion can help before a big decision, such as surgery or a costly or risky treatment. It is a normal request, and good doctors do not mind. Many health plans pay for it, but check first. Bring your records and test results, and ask the new doctor about all the options, including waiting.',
    ketamineNote:
      'Say a clinic tells you ketamine is right for you. A second opinion from a pain doctor who does not sell it can help you weigh it.',
    related: ['diagnosis', 'informed-consent', 'pain-medicine-specialist', 'referral'],
    sources: ['medlineplus'],
  },
  {
    id: 'standard-of-care',
    explanation:
      'Standard care is based on research and guidelines, and it can change as new evidence comes in. In a study, usual care means the care people would get anyway, without the new treatment. Comparing a new treatment with usual care shows whether it adds anything. Standard care is not always the best care for every person.',
    related: ['clinical-trial', 'consensus-guideline', 'control-group', 'first-line-treatment'],
    sources: ['nci-dictionary'],
  },
  {
    id: 'telehealth',
    explanation:
      'Telehealth can save travel and time. It works well for many follow-up visits, talk therapy and medicine checks. But a doctor cannot examine you, check your vital signs in person or help in an emergency. Check that your plan covers it, and that the provider is licensed where you live.',
    ketamineNote:
      'The FDA has warned about ketamine prescribed through telehealth and taken at home, with no health worker there to watch you. In one case it described, a person who took it at home had dangerously slow breathing.',
    related: ['compounded-drug', 'controlled-medical-setting', 'respiratory-depression'],
    sources: ['hhs-telehealth', 'fda-2023-compounded'],
  },
  {
    id: 'urinalysis',
    explanation:
      'You pee into a clean cup, and the sample is checked with a test strip, a microscope or both. It can find a urinary tract infection, kidney problems, diabetes and blood you cannot see. A urine culture can show which germs cause an infection. Some clinics also test urine for drugs, which is a different test.',
    ketamineNote:
      'Ketamine can harm the bladder, mostly with long or frequent use. If you have pain or blood when you pee, or need to go often, a urine test is often one of the first checks.',
    related: ['hematuria', 'ketamine-cystitis', 'lower-urinary-tract-symptoms'],
    sources: ['medlineplus', 'ketalar-label', 'chan-2022'],
  },
  {
    id: 'vital-signs',
    explanation:
      'Vital signs are checked at most visits, and often during and after treatments. A normal resting heart rate for adults is about 60 to 100 beats a minute. A big change from your usual numbers can be an early sign of a problem. Pain, fear and some medicines can change them too.',
    ketamineNote:
      'Ketamine raises blood pressure and heart rate during a dose. So staff should check your vital signs before, during and after each session.',
    related: ['electrocardiogram', 'increased-blood-pressure', 'monitoring', 'pulse-oximeter'],
    sources: ['medlineplus', 'ketalar-label', 'cohen-2018'],
  },
];
