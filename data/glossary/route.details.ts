import type { GlossaryDetail } from '../types';

// Longer explanations for the route and dosing terms. Sorted by id.
export const routeDetails: GlossaryDetail[] = [
  {
    id: 'as-needed-dose',
    explanation:
      'Some medicines are taken at set times to keep pain steady, with an extra dose allowed when pain flares. Ask how much you can take, how often, and the most in a day. With opioids, taking extra doses often or for longer than planned raises the risk of harm, so tell your doctor if you need them a lot.',
    related: ['dose', 'immediate-release', 'opioid', 'extended-release'],
    sources: ['medlineplus', 'dowell-2022-cdc'],
  },
  {
    id: 'bioavailability',
    explanation:
      'Bioavailability is given as a percent. For ketamine, about 100% reaches the blood by vein, about 93% by a shot in a muscle, and about 25 to 50% by nasal spray. About 30% gets in from under the tongue, and only about 17 to 23% when it is swallowed. So the same number of milligrams gives very different amounts of drug by each route.',
    ketamineNote:
      'Ketamine doses cannot be swapped one-for-one between routes. The amount taken up also differs a lot from person to person.',
    related: ['oral', 'sublingual', 'intranasal', 'intravenous', 'half-life'],
    sources: ['pmc10447145-review', 'chong-2006'],
  },
  {
    id: 'bolus',
    explanation:
      'A bolus raises the drug level in the blood fast. It is sometimes given at the start of an infusion, as a loading dose. Because the level rises quickly, side effects can also come on quickly.',
    ketamineNote:
      'The 2018 US pain guideline suggests a ketamine bolus of no more than 0.35 mg per kg of body weight. Giving ketamine fast or in high doses raises the risk of slowed breathing.',
    related: ['infusion', 'intravenous', 'subanesthetic-dose', 'respiratory-depression', 'loading-dose'],
    sources: ['medlineplus', 'cohen-2018', 'ketalar-label'],
  },
  {
    id: 'booster-infusion',
    explanation:
      'When relief from a first course of infusions wears off, some clinics offer single booster infusions to bring it back. How often they are given, and for how long, differs a lot from clinic to clinic. Each one means another visit and another chance of side effects.',
    ketamineNote:
      'Pain relief from ketamine drips tends to fade within days to weeks. Little is known about the safety of many boosters over months or years. So ask how many the clinic plans, and what it will check, such as your liver and bladder.',
    related: ['infusion', 'infusion-series', 'maintenance-dose', 'liver-injury', 'ketamine-cystitis'],
    sources: ['cohen-2018', 'orhurhu-2019'],
  },
  {
    id: 'dose',
    explanation:
      'A dose is usually given in milligrams (mg) or as a number of pills. The dosage, or dose plan, also says how often and for how long to take it. The right dose depends on your age, weight, kidneys, liver and other medicines. Never change a dose on your own without asking your doctor or pharmacist.',
    related: ['titration', 'tapering', 'loading-dose', 'maintenance-dose', 'weight-based-dosing'],
    sources: ['medlineplus'],
  },
  {
    id: 'epidural',
    explanation:
      'A needle or thin tube is placed between the bones of the back into the epidural space. Medicine given there reaches the nerves as they leave the spinal cord. Epidurals are used in labor and after some surgery, and steroid epidurals are used for some back and leg pain. Side effects can include low blood pressure, a headache and, rarely, infection or bleeding.',
    related: ['epidural-steroid-injection', 'intrathecal', 'nerve-block', 'anesthetic'],
    sources: ['medlineplus', 'chou-2016-postop'],
  },
  {
    id: 'extended-release',
    explanation:
      'Names such as ER, XR, SR or CR often mean an extended-release form. The tablet or capsule holds a full day’s dose, or half of it, and lets it out slowly. Crushing or chewing it can release the whole dose at once, which can be dangerous. The 2022 CDC guideline advises starting opioids with immediate-release forms, not extended-release ones.',
    related: ['immediate-release', 'dose', 'opioid', 'half-life'],
    sources: ['medlineplus', 'dowell-2022-cdc'],
  },
  {
    id: 'first-pass-metabolism',
    explanation:
      'Blood from the gut flows to the liver first, and the liver breaks down part of some drugs before they reach the rest of the body. Drugs given into a vein, a muscle, the nose or under the tongue skip this first pass. That is one reason why the same drug needs different doses by different routes.',
    ketamineNote:
      'Ketamine is strongly broken down on this first pass. Only about 17 to 23% of a swallowed dose reaches the blood, and much of it becomes norketamine.',
    related: ['oral', 'bioavailability', 'norketamine', 'sublingual'],
    sources: ['pmc10447145-review', 'chong-2006'],
  },
  {
    id: 'half-life',
    explanation:
      'After a dose, the body keeps clearing the drug. After 1 half-life about half is left, and after 2 about a quarter is left. After 5 half-lives only about 3% remains. A drug with a short half-life wears off soon unless it is given again.',
    ketamineNote:
      "Ketamine's pain relief can last longer than the drug itself stays in the blood, and no one is sure why. But in one fibromyalgia trial, relief faded once the drug had left the blood.",
    related: ['bioavailability', 'norketamine', 'infusion', 'bolus', 'methadone'],
    sources: ['medlineplus', 'pmc10447145-review', 'maher-2017', 'noppers-2011'],
  },
  {
    id: 'immediate-release',
    explanation:
      'Immediate-release forms start to work within about an hour and usually last a few hours. They are often used for short-term pain or for flares. The 2022 CDC guideline says that when opioids are started, these forms should be used, at the lowest dose that helps.',
    related: ['extended-release', 'as-needed-dose', 'opioid', 'dose'],
    sources: ['medlineplus', 'dowell-2022-cdc'],
  },
  {
    id: 'infusion',
    explanation:
      'For an infusion, a nurse puts a small plastic tube in a vein, often in the hand or arm. A pump or a hanging bag then lets the medicine flow in at a set rate. You usually sit or lie down while staff check your blood pressure, heart rate and oxygen level.',
    ketamineNote:
      'Plans range from one infusion of under an hour to daily ones for several days. Relief tends to fade in days or weeks, so clinics often offer booster infusions, and each one adds risk.',
    related: [
      'intravenous',
      'bolus',
      'subanesthetic-dose',
      'controlled-medical-setting',
      'monitoring',
      'booster-infusion',
      'infusion-series',
      'magnesium',
      'premedication',
    ],
    sources: ['medlineplus', 'cohen-2018', 'noppers-2011', 'sigtermans-2009', 'patil-2012', 'xu-2018'],
  },
  {
    id: 'infusion-series',
    explanation:
      'A clinic may plan a fixed number of infusions close together, then stop or move to boosters. In ketamine pain studies, courses ranged from one short infusion to infusions over several days in hospital. Ask how many visits are planned, how long each takes, and what will happen if it does not help.',
    ketamineNote:
      'The 2018 US pain guideline found no agreed best plan. Longer or repeated courses were linked to longer relief in some studies, but also to more side effects, including liver problems.',
    related: ['infusion', 'booster-infusion', 'loading-dose', 'liver-injury'],
    sources: ['cohen-2018', 'orhurhu-2019', 'noppers-2011'],
  },
  {
    id: 'injection',
    explanation:
      'Injections can go into a vein (IV), a muscle (IM), under the skin, into a joint, or near a nerve or the spine. They work faster than most pills, or put the medicine just where it is needed. The spot may be sore, red or bruised for a short time, and infection is a rare risk.',
    related: ['intravenous', 'intramuscular', 'subcutaneous', 'joint-injection', 'nerve-block'],
    sources: ['medlineplus'],
  },
  {
    id: 'intra-articular',
    explanation:
      'Drugs given into a joint act mostly there, so less reaches the rest of the body. Steroids and numbing drugs are the most common. The skin is cleaned well first, because an infection inside a joint is serious.',
    related: ['joint-injection', 'steroid-injection', 'arthritis', 'injection'],
    sources: ['medlineplus'],
  },
  {
    id: 'intramuscular',
    explanation:
      'Muscles have a good blood supply, so drugs given this way are taken up fairly fast, though not as fast as into a vein. For ketamine, about 93% of a dose in a muscle reaches the blood. No tube in a vein is needed.',
    ketamineNote:
      'IM is one of the 2 routes, along with IV, that the FDA approved for ketamine, and only for anesthesia. The 2018 US pain guideline covers IV infusions only, not IM shots for pain.',
    related: ['intravenous', 'bioavailability', 'subcutaneous', 'anesthetic'],
    sources: ['medlineplus', 'pmc10447145-review', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'intranasal',
    explanation:
      'The inside of the nose has many small blood vessels, so some drugs can be taken up there without a needle. For ketamine, about 25 to 50% of a nasal dose reaches the blood. The 2018 US pain guideline lists nasal ketamine as something to try for people whose pain eased with drips. That advice came before the FDA warned in 2022 about compounded ketamine nasal sprays, which are mostly used at home.',
    ketamineNote:
      'Spravato (esketamine) is the only approved spray of this kind. It is for depression, not pain, and is only given at a clinic where staff watch you.',
    related: ['esketamine', 'compounded-drug', 'bioavailability', 'rems'],
    sources: ['medlineplus', 'pmc10447145-review', 'cohen-2018', 'spravato-approval', 'fda-2022-nasal'],
  },
  {
    id: 'intrathecal',
    explanation:
      'The spinal cord floats in a clear fluid inside a tough covering. A spinal anesthetic for surgery is given here with a thin needle in the lower back. An implanted pump can also give pain medicine here every day. Because the drug acts right on the spinal cord, a tiny dose goes a long way, and side effects such as itching, nausea or slowed breathing can still happen.',
    related: ['intrathecal-pump', 'epidural', 'anesthetic', 'respiratory-depression'],
    sources: ['medlineplus'],
  },
  {
    id: 'intravenous',
    explanation:
      'IV medicine can be given as one quick dose (a bolus) or slowly over time (an infusion). Because none of it is lost in the gut or liver, an IV dose counts as 100% bioavailable. Staff can also stop an infusion quickly if side effects start.',
    ketamineNote:
      'IV is one of the 2 FDA-approved routes for ketamine, for anesthesia, and it is the only route the 2018 US pain guideline covers. Its effects start within minutes, but pain relief is often short.',
    related: ['infusion', 'bolus', 'intramuscular', 'bioavailability'],
    sources: ['medlineplus', 'ketalar-label', 'cohen-2018', 'orhurhu-2019'],
  },
  {
    id: 'loading-dose',
    explanation:
      'Some medicines take a long time to build up in the body. A loading dose gets the level up quickly, and then regular, smaller maintenance doses keep it there. It may be given as a quick shot into a vein, as pills, or as a faster start to an infusion. Because the level rises fast, side effects can also start fast.',
    related: ['maintenance-dose', 'bolus', 'dose', 'half-life'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'lozenge',
    explanation:
      'Many lozenges sold in shops ease sore throats or help people stop smoking. A troche is a kind of lozenge, often made to order by a compounding pharmacy. You let it melt slowly between the cheek and gum or under the tongue instead of chewing or swallowing it.',
    ketamineNote:
      'No ketamine lozenge or troche is FDA-approved. They are compounded, and in 2023 the FDA warned about compounded ketamine taken at home, where no one is there to watch for slowed breathing or other harms.',
    related: ['sublingual', 'compounded-drug', 'oral', 'bioavailability'],
    sources: ['medlineplus', 'fda-2023-compounded', 'chong-2006'],
  },
  {
    id: 'maintenance-dose',
    explanation:
      'Once a medicine starts to help, the plan often moves to a steady dose that keeps the effect going. This may be lower, or given less often, than at the start. Your doctor should check from time to time whether you still need it and whether the dose is still right.',
    ketamineNote:
      'Spravato, the esketamine nasal spray for depression, has a set plan. Sessions are twice a week at first, then once a week or every 2 weeks. For ketamine for pain, there is no approved or agreed plan like this.',
    related: ['loading-dose', 'booster-infusion', 'dose', 'esketamine'],
    sources: ['medlineplus', 'spravato-approval', 'cohen-2018'],
  },
  {
    id: 'medicated-patch',
    explanation:
      'Transdermal patches, such as fentanyl or nicotine patches, let the drug pass through the skin into the blood over hours or days. Other patches, such as lidocaine or capsaicin patches, mostly act on the nerves just under the skin. Follow the label about how long to wear one, where to put it, and how to throw it away safely. Heat from a heating pad or hot bath can make some patches release too much drug.',
    related: ['transdermal', 'topical', 'opioid', 'dose', 'lidocaine', 'capsaicin', 'fentanyl', 'buprenorphine'],
    sources: ['medlineplus'],
  },
  {
    id: 'morphine-milligram-equivalent',
    explanation:
      'Each opioid has a conversion factor. Your total daily MME adds up all the opioids you take. The 2022 CDC guideline uses MME to help doctors weigh risks, since the chance of overdose rises as the daily MME goes up. It is not a strict limit, and it should not be used on its own to switch from one opioid to another.',
    related: ['opioid', 'opioid-rotation', 'dose', 'tapering', 'naloxone', 'overdose'],
    sources: ['dowell-2022-cdc'],
  },
  {
    id: 'opioid-rotation',
    explanation:
      'People may switch opioids because of side effects, poor pain relief, or cost. Your body may not be as used to the new drug as to the old one, so tables that compare doses can overstate how much is safe. That is why doctors usually start the new drug at a lower dose and watch closely. Methadone is especially tricky to switch to.',
    related: ['opioid', 'morphine-milligram-equivalent', 'tolerance', 'titration'],
    sources: ['dowell-2022-cdc'],
  },
  {
    id: 'oral',
    explanation:
      'Swallowed drugs are taken up in the gut. They then pass through the liver, which breaks down part of each dose first. This is called first-pass metabolism. For ketamine, only about 17 to 23% of a swallowed dose reaches the blood, and much of the rest becomes norketamine. The 2018 US pain guideline lists ketamine by mouth as an option after a good response to infusions, but the evidence is weak, and the advice came before the FDA warnings of 2022 and 2023.',
    ketamineNote:
      'No ketamine pill or liquid to swallow is FDA-approved. In hospitals and in care for the very ill, specialists sometimes give ketamine as a liquid by mouth. Ketamine taken by mouth at home is usually compounded. The FDA warned about this in 2023, since no one is there to watch for slowed breathing or other harms.',
    related: [
      'bioavailability',
      'norketamine',
      'compounded-drug',
      'sublingual',
      'respiratory-depression',
      'first-pass-metabolism',
    ],
    sources: [
      'medlineplus',
      'chong-2006',
      'pmc10447145-review',
      'cohen-2018',
      'fda-2023-compounded',
      'ketalar-label',
      'scottish-palliative-ketamine',
    ],
  },
  {
    id: 'patient-controlled-analgesia',
    explanation:
      'The pump is set by the care team with a dose per press and a waiting time before the next dose works. Only you should press the button, not family or friends, because the safety limits depend on it. Staff check your breathing and alertness while you use it. A 2016 US guideline on pain after surgery supports it when medicine must be given by vein.',
    related: ['intravenous', 'opioid', 'postsurgical-pain', 'respiratory-depression', 'monitoring'],
    sources: ['chou-2016-postop', 'medlineplus'],
  },
  {
    id: 'premedication',
    explanation:
      'Premedication may prevent nausea, calm worry, or lower the chance of an allergic reaction before a treatment. Ask what each drug is for and how it may make you feel, because some add to sleepiness. You may need someone to drive you home.',
    ketamineNote:
      'Some clinics give a drug for nausea, such as ondansetron, before each drip. The ketamine label says a calming drug can make dream-like effects less likely.',
    related: ['ondansetron', 'benzodiazepine', 'nausea-and-vomiting', 'psychotomimetic-effects'],
    sources: ['patil-2012', 'ketalar-label'],
  },
  {
    id: 'subcutaneous',
    explanation:
      'Drugs given this way enter the blood more slowly than through a muscle or a vein. A small pump can give a steady dose through a thin needle that stays in place. It is not one of the FDA-approved routes for ketamine.',
    ketamineNote:
      'In a large trial in people with cancer pain, ketamine under the skin did no better than placebo. It also caused about twice as many side effects.',
    related: ['cancer-pain', 'intramuscular', 'bioavailability', 'placebo'],
    sources: ['medlineplus', 'ketalar-label', 'hardy-2012'],
  },
  {
    id: 'sublingual',
    explanation:
      'Drugs taken up through the lining of the mouth can skip the first pass through the liver. But some of each dose is always swallowed with saliva. For ketamine, about 30% of a dose under the tongue reaches the blood, and the amount differs a lot between people.',
    ketamineNote:
      'Ketamine lozenges, troches and tablets that melt in the mouth are made by compounding pharmacies. People usually take them at home. They are not FDA-approved, and the FDA warned about them in 2023.',
    related: ['oral', 'compounded-drug', 'bioavailability', 'intranasal', 'lozenge'],
    sources: ['chong-2006', 'fda-2023-compounded', 'ketalar-label'],
  },
  {
    id: 'tapering',
    explanation:
      'If you have taken a medicine such as an opioid, a benzodiazepine or some antidepressants for a while, your body gets used to it. Stopping all at once can cause withdrawal and bring back pain or other symptoms. In 2019 the FDA warned that sudden stops of opioids had led to serious harm. It asked for slow tapers, planned with each person. A taper can take weeks to months, and it can be paused if needed.',
    ketamineNote:
      'Say a clinic suggests ketamine so you can cut down on opioids. The opioid dose should still be lowered slowly, with the doctor who prescribes it.',
    related: ['dependence', 'opioid', 'benzodiazepine', 'dose', 'titration'],
    sources: ['fda-2019-opioid-taper', 'dowell-2022-cdc'],
  },
  {
    id: 'titration',
    explanation:
      'Many pain medicines, such as gabapentin or amitriptyline, are started at a low dose and raised every few days or weeks. This gives your body time to adjust and helps find the lowest dose that works. During an infusion, staff may also titrate the drip rate up or down based on how you feel.',
    ketamineNote:
      'In ketamine pain studies, the drip rate was often raised step by step. It was lowered if side effects appeared, such as strange feelings or high blood pressure.',
    related: ['dose', 'tapering', 'gabapentinoid', 'tricyclic-antidepressant', 'infusion'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'topical',
    explanation:
      'Topical medicines include creams, gels, sprays and patches. Because only a little reaches the blood, side effects are often milder than with pills. NSAID gels, lidocaine and capsaicin are common topical pain medicines, and experts list some of them for nerve pain in one area. Wash your hands after use and keep them off broken skin unless told otherwise.',
    related: ['transdermal', 'medicated-patch', 'nsaid', 'neuropathic-pain'],
    sources: ['medlineplus', 'finnerup-2015'],
  },
  {
    id: 'transdermal',
    explanation:
      'The drug soaks slowly through the skin into small blood vessels. Patches give a steady level, often for 1 to 7 days, but they take hours to start and keep working for a while after removal. Fentanyl and buprenorphine patches are strong opioids for long-lasting pain. Keep patches away from heat and from children, since a used patch still holds drug.',
    related: ['medicated-patch', 'topical', 'opioid', 'extended-release'],
    sources: ['medlineplus'],
  },
  {
    id: 'weight-based-dosing',
    explanation:
      'Weight-based doses are common for anesthetic drugs and for children. To find the dose, multiply the mg per kg by your weight in kg. For example, 0.5 mg per kg for a person of 70 kg (about 154 pounds) is 35 mg.',
    ketamineNote:
      'Ketamine for pain is often dosed this way. The 2018 US guideline suggests a starting bolus of no more than 0.35 mg per kg, far below the doses used for anesthesia.',
    related: ['dose', 'subanesthetic-dose', 'bolus', 'anesthetic'],
    sources: ['cohen-2018', 'ketalar-label'],
  },
];
