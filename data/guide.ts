import type { GuideSection } from './types';

// The therapy guide, in reading order (not sorted by id). Each section opens with a one-sentence
// main message. Each whole section must stay at Flesch-Kincaid grade 8 and SMOG 9 or below.
// Facts: shared/notes/medical-facts.md and options-facts.md. Numbers are whole numbers out of 100.
export const guideSections: GuideSection[] = [
  {
    id: 'key-points',
    title: 'Key points',
    mainMessage:
      'Ketamine drips may ease some kinds of pain for a short time, but the proof is weak for most pain and the drug has real risks.',
    paragraphs: [
      {
        text: 'Read these points first. The rest of the guide explains each one, with its sources.',
        sources: ['cohen-2018'],
      },
    ],
    keyFrequency: {
      counts: 'felt strange or had other mind effects',
      denominator: 100,
      groups: [
        { label: 'On a ketamine drip', count: 76 },
        { label: 'On a dummy drip', count: 18 },
      ],
      text: 'In a trial of ketamine drips, 76 in 100 people felt strange or had other mind effects. On a dummy drip, 18 in 100 did.',
      sources: ['sigtermans-2009'],
    },
    points: [
      {
        text: 'Ketamine is approved to put people to sleep for surgery. Using it for pain is off-label.',
        sources: ['ketalar-label'],
      },
      {
        text: 'The best proof is for one kind of pain, CRPS. Even there, relief lasted up to about 12 weeks. For most other pain, the proof is weak.',
        sources: ['cohen-2018', 'sigtermans-2009'],
      },
      {
        text: 'Most people feel strange or detached during a drip. Blood pressure goes up for a while. Repeated use can harm the bladder and the liver, and ketamine can be misused.',
        sources: ['sigtermans-2009', 'ketalar-label', 'fda-2023-compounded'],
      },
      {
        text: 'Some health problems make ketamine unsafe. Examples are an aneurysm (a bulging blood vessel), high blood pressure that is not under control, pregnancy and psychosis.',
        sources: ['ketalar-label', 'spravato-label', 'cohen-2018'],
      },
      {
        text: 'Other choices, such as exercise, talking therapy and the usual pain medicines, have been tested more. The options pages compare them.',
        sources: ['finnerup-2015', 'eular-2016', 'qaseem-2017'],
      },
      {
        text: 'Use the checklist to make a list of questions. Then decide with your own doctor.',
        sources: ['cohen-2018'],
      },
    ],
  },
  {
    id: 'what-it-is',
    title: 'What ketamine therapy is',
    mainMessage:
      'Ketamine is an old drug for surgery that some doctors now give in low doses for long-term pain, off-label.',
    paragraphs: [
      {
        text: 'Ketamine was first made in 1962. Since about 1970 it has been used in the US as an anesthetic. That is a drug that puts you to sleep and blocks pain for surgery. Vets use it for animals too.',
        sources: ['pmc10447145-review', 'ketalar-label', 'dea-1999'],
      },
      {
        text: 'For pain, doctors give lower doses than for surgery. You stay awake, but you may still feel very sleepy or detached. The aim is to ease pain that has lasted a long time. It is still not a standard treatment.',
        sources: ['cohen-2018', 'cadth-2020'],
      },
      {
        text: 'The FDA has approved ketamine only as an anesthetic. Using it for pain is off-label. That means a doctor may choose to use it, but the FDA has not checked that it works or is safe for pain.',
        sources: ['ketalar-label', 'fda-2023-compounded'],
      },
      {
        text: 'Most studies show only short relief, and the proof is weak for most kinds of pain. Some clinics call ketamine a fresh path to relief when other care has failed. The facts are more modest.',
        sources: ['cadth-2020', 'cadth-2023', 'cohen-2018'],
      },
    ],
  },
  {
    id: 'how-it-works',
    title: 'How it works',
    mainMessage:
      'Ketamine blocks one of the ways nerves boost pain signals, but no one fully knows how it eases long-term pain.',
    paragraphs: [
      {
        text: 'Nerves pass messages with chemicals. One of them is glutamate. One place glutamate acts is a part of nerve cells called the NMDA receptor. Ketamine blocks it, in the spinal cord and in the brain.',
        sources: ['pmc10447145-review', 'livertox-ketamine'],
      },
      {
        text: 'When pain goes on for a long time, the nervous system can get more and more sensitive. Doctors call this central sensitization. NMDA receptors play a big part in it. Blocking them may turn the volume of pain back down.',
        sources: ['pmc10447145-review', 'maher-2017'],
      },
      {
        text: 'Ketamine also acts on the body’s opioid system and on other brain chemicals. So how it eases pain is not fully understood. In some studies, relief lasted longer than the drug stayed in the blood. In others, such as a fibromyalgia trial, relief ended when the drug was gone.',
        sources: ['pmc10447145-review', 'maher-2017', 'noppers-2011'],
      },
      {
        text: 'Ketamine can also cause dissociation. You may feel cut off from your body or your surroundings. Some clinics say this changes how you notice pain. But it is a side effect, not the goal of treatment. In one trial, 76 in 100 people on ketamine had mind-altering side effects. On a dummy drip, 18 in 100 did.',
        sources: ['sigtermans-2009', 'ketalar-label'],
      },
    ],
  },
  {
    id: 'how-it-is-given',
    title: 'How it is given',
    mainMessage:
      'The pain guideline covers only drips into a vein; the pill, mouth and nose forms are mostly mixed by pharmacies and are not the same dose.',
    paragraphs: [
      {
        text: 'Ketamine can be given in many ways. It can be a drip into a vein (IV) or a shot into a muscle (IM). It can also be a pill or liquid you swallow, a tablet that melts under the tongue, or a nasal spray.',
        sources: ['ketalar-label', 'cohen-2018', 'fda-2023-compounded'],
      },
      {
        text: 'The FDA has approved only the IV and IM forms, and only for anesthesia. The main US pain guideline covers IV drips alone. For pain, a drip often runs for hours. Staff should check on you the whole time.',
        sources: ['ketalar-label', 'cohen-2018'],
      },
      {
        text: 'Ketamine you take by mouth, under the tongue or as a nasal spray is most often mixed by a pharmacy. These are called compounded products. The FDA has not approved them, so no one has checked that they are safe and work. It warned about them in 2022 and again in 2023.',
        sources: ['fda-2022-nasal', 'fda-2023-compounded'],
      },
      {
        text: 'How much drug reaches the blood changes a lot from one form to the next. In one small study, about 23 in 100 parts of a swallowed dose got through. Under the tongue, about 32 in 100 did. So the forms are not interchangeable: the same dose is not the same drug.',
        sources: ['chong-2006'],
      },
      {
        text: 'For people whom drips have helped, the 2018 guideline says a doctor may try ketamine by mouth or nose in place of more drips. The proof for this is limited. These forms are most often compounded and taken at home, which the FDA later warned about.',
        sources: ['cohen-2018', 'fda-2023-compounded'],
      },
    ],
    points: [
      {
        text: 'Esketamine (Spravato) is a nasal spray made from one half of the ketamine molecule. It is approved for adults with depression that other medicines have not helped. With an antidepressant pill, it is also approved for adults with depression who have recent suicidal thoughts. It is not approved for pain.',
        sources: ['spravato-approval', 'spravato-label'],
      },
      {
        text: 'Esketamine is given only in certified clinics under a safety program called REMS. Staff watch you for at least 2 hours after each dose.',
        sources: ['spravato-approval', 'spravato-label'],
      },
    ],
  },
  {
    id: 'a-drip-session',
    title: 'What a drip session is like',
    mainMessage:
      'A ketamine drip takes hours at a clinic, with checks before, during and after, and you need a ride home.',
    paragraphs: [
      {
        text: 'Clinics differ, so ask yours how it works. These are the usual steps in a supervised drip for pain.',
        sources: ['cohen-2018', 'patil-2012'],
      },
    ],
    steps: [
      {
        title: 'Before the day',
        icon: 'clipboard',
        text: 'A doctor goes over your health, your mental health and your medicines. You may need a heart test (ECG) or liver blood tests.',
        sources: ['cohen-2018'],
      },
      {
        title: 'Bring your medicine list',
        icon: 'pill-list',
        text: 'Tell the staff about every medicine, supplement, alcohol and drug you use. Some add to sleepiness or raise blood pressure with ketamine.',
        sources: ['spravato-label', 'mayo-ketamine-precautions'],
      },
      {
        title: 'The drip starts',
        icon: 'drip',
        text: 'A nurse puts a thin tube into a vein in your arm. You may get medicine for nausea first. A pump then gives the ketamine slowly.',
        sources: ['patil-2012', 'cohen-2018'],
      },
      {
        title: 'Checks during the drip',
        icon: 'monitor',
        text: 'Staff check your blood pressure, heart rate, breathing and oxygen. Most people feel strange, dreamy or detached. Tell staff if you feel scared or sick.',
        sources: ['cohen-2018', 'sigtermans-2009', 'ketalar-label'],
      },
      {
        title: 'Rest afterwards',
        icon: 'rest',
        text: 'You rest until the effects wear off and staff say you can go. For the nasal form, this is at least 2 hours.',
        sources: ['spravato-label'],
      },
      {
        title: 'A ride home',
        icon: 'ride',
        text: 'An adult should take you home. Do not drive, ride a bike or use machines until the next day, after a night of sleep.',
        sources: ['spravato-label', 'mayo-ketamine-precautions'],
      },
      {
        title: 'What comes next',
        icon: 'calendar',
        text: 'Some plans repeat the drip for several days. If relief fades, clinics often offer repeat drips. Ask how you will judge together whether it helps.',
        sources: ['schwartzman-2009', 'patil-2012'],
      },
    ],
  },
  {
    id: 'what-it-is-used-for',
    title: 'What it is used for',
    mainMessage:
      'The best proof is for CRPS, and it shows only short-term help; for most other kinds of pain the proof is weak or missing.',
    paragraphs: [
      {
        text: 'Doctors most often think about ketamine after standard care has not helped enough. In 2018, a US guideline from pain experts looked at IV drips for many kinds of long-term pain. It rated the proof for each kind. It has not been updated since.',
        sources: ['cohen-2018'],
      },
      {
        text: 'Complex regional pain syndrome (CRPS) has the best support. The guideline found moderate proof that drips ease pain for up to 12 weeks. The studies used long drips: about 4 days in a row in hospital, or 4 hours a day for 10 days. In the main trial, the gap from the dummy drip was no longer clear by week 12. People did not move or function better.',
        sources: ['cohen-2018', 'sigtermans-2009', 'schwartzman-2009'],
      },
      {
        text: 'For pain after a spinal cord injury, the proof is weak and covers only short-term help. For nerve pain in general, fibromyalgia, headache and migraine, phantom limb pain, shingles pain, pain from poor blood flow and low back pain, the proof is weak or missing. Beyond CRPS, no study showed help that lasted past the short term.',
        sources: ['cohen-2018', 'cadth-2020', 'cadth-2023'],
      },
      {
        text: 'In a fibromyalgia trial, pain eased only while the drug was still in the blood. A few hours later, it was no better than a comparison drug.',
        sources: ['noppers-2011'],
      },
      {
        text: 'Cancer pain has been tested too. The largest trial gave 185 people with cancer ketamine or a dummy drug under the skin. Ketamine gave no net benefit: 31 in 100 were helped on ketamine, and 27 in 100 on the dummy drug. Side effects were about twice as common. A careful review of all the trials found too little proof of benefit.',
        sources: ['hardy-2012', 'bell-2017-cochrane'],
      },
    ],
  },
  {
    id: 'benefits-and-evidence',
    title: 'Claimed benefits and the evidence',
    mainMessage: 'Ketamine can ease pain fast, but the effect is small and usually short.',
    paragraphs: [
      {
        text: 'It acts fast, but briefly. An IV dose acts within minutes. A review of 7 trials found pain fell by about 2 points on a 0 to 10 scale. That lasted up to 2 weeks. Most of these trials had flaws. Some clinics say relief is fast and lasting; the lasting part is not shown.',
        sources: ['orhurhu-2019', 'ketalar-label'],
      },
      {
        text: 'Fewer opioids: the good proof is from surgery. A review of 130 studies found ketamine can cut opioid use around an operation. For long-term pain, only small studies without a comparison group hint at this. No strong trial shows a lasting drop.',
        sources: ['brinck-2018-cochrane', 'cadth-2020'],
      },
      {
        text: 'Mood: a lift that fades. In depression trials, about 52 in 100 people were much better a day after 1 dose, and 40 in 100 a week later. These numbers leave out how many got better on a dummy drug, which some people always do. The effect tends to fade within about a week. Ketamine itself is not approved to treat depression.',
        sources: ['han-2016', 'pharmacol-rep-2020', 'fda-2023-compounded'],
      },
      {
        text: 'How long relief lasts: days to weeks for most people who are helped, not months. In one clinic, the chance of relief lasting 3 weeks was between 23 and 51 in 100. It is a range because the study looked back at records and could only estimate it. In a CRPS survey, relief lasted from a day to 6 months. Clinics often give repeat booster drips, and few studies follow people for long.',
        sources: ['patil-2012', 'xu-2018', 'cadth-2023'],
      },
    ],
  },
  {
    id: 'side-effects-and-risks',
    title: 'Side effects and risks',
    mainMessage:
      'Side effects during a drip are common, repeat use can harm the bladder and liver, and some drugs add to the risks.',
    paragraphs: [
      {
        text: 'During or soon after a dose, many people feel detached or dreamy. This is called dissociation. Some see or hear things that are not there. Some feel fear, panic or confusion. Dizziness, sleepiness, nausea and vomiting are common. Vision can blur or go double.',
        sources: ['ketalar-label', 'cadth-2020', 'sigtermans-2009', 'fda-2023-compounded'],
      },
      {
        text: 'Ketamine raises heart rate and blood pressure. That can be risky with heart disease or high blood pressure. With a bulging blood vessel (aneurysm), a past bleed in the brain or a recent heart attack or stroke, the rise could be very dangerous.',
        sources: ['ketalar-label', 'spravato-label', 'fda-2023-compounded'],
      },
      {
        text: 'Tell the clinic about every pill, supplement and drug you use, and about alcohol. Opioids, calming drugs such as Xanax or Valium, sleep pills and alcohol add to sleepiness. Together with ketamine, they can slow your breathing. Stimulants, such as ADHD pills, and some older mood pills can raise blood pressure even more.',
        sources: ['spravato-label', 'mayo-ketamine-precautions', 'jnj-spravato-medical-info'],
      },
      {
        text: 'Do not drive, ride a bike, use machines or make big choices until the next day, after a night of sleep. Have an adult take you home.',
        sources: ['spravato-label', 'mayo-ketamine-precautions'],
      },
      {
        text: 'Used again and again, the drug can damage the bladder. This was seen first in people who misused it, but it has also been seen in people given ketamine as a medicine. Signs are pain or blood when you pee, or needing to go often or in a hurry. Tell your doctor right away. Stopping ketamine is the main treatment, and bad damage can be lasting.',
        sources: ['ketalar-label', 'fda-2023-compounded', 'chan-2022', 'jnj-spravato-medical-info'],
      },
      {
        text: 'Repeat or long drips can also harm the liver and the bile ducts, the tubes that carry bile out of the liver. In one small study, 3 in 6 people who had two long drips got liver damage. Signs include yellow skin or eyes and dark urine.',
        sources: ['cotter-2021', 'noppers-2011-liver', 'livertox-ketamine', 'mayo-ketamine-precautions'],
      },
      {
        text: 'Ketamine can be misused, and people can become dependent on it. Withdrawal has been seen after use more than once a week. Heavy misuse can hurt memory and focus. This is why ketamine is a controlled drug in the US.',
        sources: ['ketalar-label', 'dea-1999'],
      },
      {
        text: 'Serious harm during a drip is rare. The risk goes up with higher doses and more frequent drips. Trained staff should watch your blood pressure, breathing and alertness. The FDA warns that using ketamine at home, with no one to watch, adds risk.',
        sources: ['cohen-2018', 'fda-2023-compounded'],
      },
    ],
    points: [
      {
        text: 'Common during treatment: feeling detached, seeing things, fear or confusion, dizziness, sleepiness, nausea, blurred or double vision.',
        sources: ['ketalar-label', 'cadth-2020', 'sigtermans-2009'],
      },
      {
        text: 'Heart and breathing: faster heart rate, higher blood pressure, slowed breathing.',
        sources: ['ketalar-label', 'fda-2023-compounded'],
      },
      {
        text: 'With repeat use: bladder damage, liver and bile duct harm, dependence, misuse.',
        sources: ['chan-2022', 'cotter-2021', 'ketalar-label'],
      },
      {
        text: 'Get help at once for chest pain, trouble breathing, or confusion that does not pass. Call your doctor soon about blood in your urine or yellow skin.',
        sources: ['ketalar-label', 'mayo-ketamine-precautions'],
      },
    ],
  },
  {
    id: 'approval-and-warnings',
    title: 'Approval and FDA warnings',
    mainMessage:
      'The FDA has approved ketamine only for anesthesia, and it has warned about forms mixed by drug stores and taken at home.',
    paragraphs: [
      {
        text: 'Ketamine is FDA-approved only for anesthesia, given by IV or IM. It is not approved for pain. It is not approved for depression either. Doctors may still use it off-label.',
        sources: ['ketalar-label', 'fda-2023-compounded'],
      },
      {
        text: 'In 2022 the FDA put out an alert about nasal sprays of this drug mixed by drug stores. The FDA has not approved these sprays.',
        sources: ['fda-2022-nasal'],
      },
      {
        text: 'In late 2023 the FDA warned about ketamine mixed by drug stores, in pills and tablets too, used for mental health problems. These products are not approved and are not part of a safety program. Taking them at home with no one to watch you adds risk. In one case, a person who took it at home had trouble breathing. These worries apply just as much to ketamine sold for pain.',
        sources: ['fda-2023-compounded'],
      },
      {
        text: 'The one approved nasal form is esketamine (Spravato), first approved in 2019. It is for adults with depression, not for pain. You take it in a certified clinic under a safety program called REMS. Staff watch you for at least 2 hours after each dose.',
        sources: ['spravato-approval', 'spravato-label'],
      },
      {
        text: 'Since 1999, ketamine has been a Schedule III drug in the US. That means it has real medical uses, but it can be misused. It can lead to physical dependence, or to a strong craving.',
        sources: ['dea-1999'],
      },
    ],
  },
  {
    id: 'compared-with-usual-treatments',
    title: 'Compared with usual treatments',
    mainMessage: 'There is no good proof that ketamine beats the care most people get for pain, or is safer.',
    paragraphs: [
      {
        text: 'Care for long-term pain most often means exercise and physical therapy, talking therapy, and pain pills. For nerve pain, the first pills to try are some mood pills and drugs like gabapentin. These have been tested in many trials. The options pages compare them for each kind of pain.',
        sources: ['finnerup-2015', 'qaseem-2017', 'eular-2016'],
      },
      {
        text: 'Only CRPS has some proof for it, and only for up to about 12 weeks. For the rest, the proof is weak or missing. Some clinics say it helps more kinds of pain than NSAIDs (such as ibuprofen), opioids or physical therapy. No study shows that.',
        sources: ['cohen-2018', 'cadth-2023'],
      },
      {
        text: 'Ketamine can be misused, and people can become dependent on it. No study has compared its risk with that of opioids. Some clinics say its risk is lower. It is a Schedule III drug, so the law too sees a real risk of misuse. Experts say people who misuse drugs now should not get a series of drips.',
        sources: ['dea-1999', 'ketalar-label', 'cohen-2018'],
      },
      {
        text: 'The forms are not interchangeable, since each lets a very different amount into the blood. Only the IV and IM forms are approved, and only for anesthesia. Other forms are mostly compounded, and the FDA has warned about them. Some clinics call the many forms a plus.',
        sources: ['ketalar-label', 'fda-2023-compounded', 'chong-2006'],
      },
      {
        text: 'Its mood lift from 1 dose tends to fade in about a week. It can start within hours, while most mood pills are slower. Ketamine is not approved for depression. Some clinics say it treats pain and low mood at once.',
        sources: ['han-2016', 'pharmacol-rep-2020', 'fda-2023-compounded'],
      },
    ],
  },
  {
    id: 'before-you-decide',
    title: 'Before you decide',
    mainMessage:
      'Only a doctor who knows you can judge whether ketamine makes sense for you; these are the points to go over together.',
    paragraphs: [
      {
        text: 'Clinics list reasons someone may be a good fit. Here is what the evidence says about each one. Make any choice with your own doctor, who knows your health history.',
        sources: ['cohen-2018'],
      },
      {
        text: 'Long-term pain: the best proof is for CRPS, and the relief lasted up to about 12 weeks. For nerve pain and fibromyalgia, the proof is weak.',
        sources: ['cohen-2018', 'noppers-2011'],
      },
      {
        text: 'Pain that has not eased with usual care: ketamine is not a first choice. Experts think about it only after standard treatments have been tried, at a full dose and for long enough.',
        sources: ['cohen-2018'],
      },
      {
        text: 'Depression along with pain: ketamine may lift mood for a short time, often about a week. It is not approved for depression. People with active psychosis should not get it. Your doctor should ask about your mental health history.',
        sources: ['pharmacol-rep-2020', 'cohen-2018', 'fda-2023-compounded'],
      },
      {
        text: 'Worry about opioid problems: ketamine is not free of risk here. It can also be misused and cause dependence. If you are misusing any drug now, the guideline advises against a series of drips.',
        sources: ['ketalar-label', 'cohen-2018'],
      },
      {
        text: 'Pain from cancer or after surgery: during and right after an operation, in hospital, ketamine can lower the need for opioids. That is short-term pain. It does not show that drips help pain that lasts months after surgery. For cancer pain, the largest trial found no net benefit and more side effects.',
        sources: ['brinck-2018-cochrane', 'hardy-2012', 'bell-2017-cochrane'],
      },
      {
        text: 'Being treated in a clinic: this matters. Staff need to monitor your blood pressure, oxygen and alertness during each dose. The FDA warns against using ketamine at home with no one to watch.',
        sources: ['cohen-2018', 'fda-2023-compounded', 'spravato-approval'],
      },
      {
        text: 'Health problems that rule it out: doctors call these contraindications. The list is longer than many clinics say.',
        sources: ['cohen-2018', 'ketalar-label'],
      },
    ],
    points: [
      { text: 'High blood pressure that is not under control.', sources: ['cohen-2018', 'ketalar-label'] },
      {
        text: 'A bulging blood vessel (aneurysm), a tangle of blood vessels in the brain (AVM), or a past bleed in the brain.',
        sources: ['ketalar-label', 'spravato-label'],
      },
      { text: 'A heart attack or a stroke in the past year.', sources: ['ketalar-label', 'jnj-spravato-medical-info'] },
      { text: 'Heart disease that is not well controlled.', sources: ['cohen-2018'] },
      { text: 'Pregnancy, or breastfeeding.', sources: ['cohen-2018', 'ketalar-label', 'spravato-label'] },
      {
        text: 'Psychosis now, such as hearing voices. Past psychosis or bipolar disorder needs care too.',
        sources: ['cohen-2018', 'spravato-label'],
      },
      { text: 'Severe liver disease. Milder liver disease needs extra care and tests.', sources: ['cohen-2018'] },
      { text: 'Raised pressure inside the skull or the eye.', sources: ['cohen-2018', 'ketalar-label'] },
      { text: 'Misusing drugs or alcohol now.', sources: ['cohen-2018'] },
      { text: 'An allergy to ketamine.', sources: ['ketalar-label'] },
    ],
    steps: [
      {
        title: 'Write down what you tried',
        icon: 'clipboard',
        text: 'List the treatments you tried, the doses and how long. This shows whether the usual care was tried in full.',
        sources: ['finnerup-2015', 'cohen-2018'],
      },
      {
        title: 'List your medicines',
        icon: 'pill-list',
        text: 'Write down every medicine, supplement and drug, and how much alcohol you drink.',
        sources: ['spravato-label', 'mayo-ketamine-precautions'],
      },
      {
        title: 'Answer the checklist',
        icon: 'clipboard',
        text: 'The checklist turns your answers into a handout of questions. Print it or copy it for your visit.',
        sources: ['cohen-2018'],
      },
      {
        title: 'Ask the clinic',
        icon: 'calendar',
        text: 'Ask about cost, who watches you, the dose and schedule, and what happens when relief wears off.',
        sources: ['cohen-2018', 'fda-2023-compounded'],
      },
    ],
  },
  {
    id: 'current-research',
    title: 'What research is still asking',
    mainMessage: 'Researchers still do not know how long ketamine helps, the best dose or the best way to give it.',
    paragraphs: [
      {
        text: 'Studies are still looking at three big questions. Does relief last over the long term? What is the best dose? How should drips be planned, to get the most help with the fewest side effects?',
        sources: ['cohen-2018', 'cadth-2023'],
      },
      {
        text: 'Most trials so far are small and short. One review pooled just 7 trials with 211 people in all, and most had flaws. Reviews in 2020 and 2023 found only short-term relief.',
        sources: ['orhurhu-2019', 'cadth-2020', 'cadth-2023'],
      },
      {
        text: 'There are signs that dose matters. Higher total doses, longer drips and more frequent drips tended to help more. But higher doses and more drips also raise the risk of harm.',
        sources: ['cohen-2018'],
      },
      {
        text: 'The guideline panel found most studies small and poorly controlled. It asked for larger, better studies. The guideline is from 2018, and a planned update has not come out. Until then, ketamine for pain is an off-label option that is still being tested. It is not a proven new path.',
        sources: ['cohen-2018', 'ketalar-label'],
      },
    ],
  },
  {
    id: 'chronic-pain-facts',
    title: 'Facts about chronic pain',
    mainMessage:
      'Chronic pain is pain that lasts or keeps coming back for more than 3 months, and about 1 in 5 adults has it.',
    paragraphs: [
      {
        text: 'Doctors call pain chronic when it lasts, or keeps coming back, for more than 3 months. That is about the same as 12 weeks. This is the definition in the world health coding system, ICD-11.',
        sources: ['treede-2015', 'iasp-terminology'],
      },
      {
        text: 'Around the world, about 1 in 5 adults lives with chronic pain. In the US, it rose from about 21 in 100 adults in 2021 to about 24 in 100 in 2023. Pain that limits daily life or work on most days rose from about 7 in 100 to about 9 in 100.',
        sources: ['goldberg-2011', 'rikard-2023', 'lucas-2024'],
      },
      {
        text: 'Chronic pain can start after an injury or surgery. It can come from health problems such as arthritis or fibromyalgia, or from nerve damage. Sometimes no clear cause is found.',
        sources: ['medlineplus', 'treede-2015'],
      },
      {
        text: 'Living with pain can wear on your mind as well as your body. It is linked with low mood, worry (anxiety) and poor sleep. Each of these can make pain feel worse.',
        sources: ['medlineplus', 'treede-2015'],
      },
      {
        text: 'There are many ways to treat chronic pain. They include medicines, physical therapy, counseling, changes to daily habits and acupuncture. For a few people, ketamine may be an option. The right mix depends on the cause of your pain, so choose it with your doctor.',
        sources: ['medlineplus', 'cohen-2018'],
      },
    ],
  },
];
