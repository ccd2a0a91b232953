import type { GuideSection } from './types';

// The therapy guide, in reading order (not sorted by id). Each whole section (summary, paragraphs
// and points) must stay at Flesch-Kincaid grade 8 or below. Facts: shared/notes/medical-facts.md.
export const guideSections: GuideSection[] = [
  {
    id: 'what-it-is',
    title: 'What ketamine therapy is',
    summary:
      'Ketamine is a drug doctors have used for decades to put people to sleep for surgery. Using low doses for long-term pain is newer, and it is off-label.',
    paragraphs: [
      {
        text: 'Ketamine was first made in 1962. Since about 1970 it has been used in the US as an anesthetic. That is a drug that puts you to sleep and blocks pain for surgery. Vets use it for animals too.',
        sources: ['pmc10447145-review', 'ketalar-label', 'dea-1999'],
      },
      {
        text: 'In ketamine therapy for pain, a doctor gives doses far too low to put you to sleep. The aim is to ease pain that has lasted a long time. Doctors have tested this for years, but it is still not a standard treatment.',
        sources: ['cohen-2018', 'cadth-2020'],
      },
      {
        text: 'The FDA has approved ketamine only as an anesthetic. Using it for pain is off-label. That means a doctor may choose to use it, but the FDA has not checked that it works or is safe for pain.',
        sources: ['ketalar-label', 'fda-2023-compounded'],
      },
      {
        text: 'Some clinics call ketamine a fresh path to relief when other care has failed. The facts are more modest. Most studies show only short relief, and the proof is weak for most kinds of pain.',
        sources: ['cadth-2020', 'cadth-2023', 'cohen-2018'],
      },
    ],
  },
  {
    id: 'how-it-works',
    title: 'How it works',
    summary:
      'Ketamine blocks NMDA receptors, which help nerves pass on and boost pain signals. It acts on other systems too, and no one fully knows how it eases long-term pain.',
    paragraphs: [
      {
        text: 'Nerves pass messages with chemicals. One of them is glutamate. It works through parts of nerve cells called NMDA receptors. Ketamine blocks them, both in the spinal cord and in the brain.',
        sources: ['pmc10447145-review', 'livertox-ketamine'],
      },
      {
        text: 'When pain goes on for a long time, the nervous system can get more and more sensitive. Doctors call this central sensitization. NMDA receptors play a big part in it. Blocking them may turn the volume of pain back down.',
        sources: ['pmc10447145-review', 'maher-2017'],
      },
      {
        text: 'Ketamine also acts on the body’s opioid system and on other brain chemicals. So the full story is not fully understood. Oddly, pain relief can last longer than the drug stays in the blood.',
        sources: ['pmc10447145-review', 'livertox-ketamine', 'maher-2017'],
      },
      {
        text: 'Ketamine can also cause dissociation. You may feel detached from your body or your surroundings. Some clinics say this changes how you notice pain. But it is a side effect, not the goal of treatment. In one trial, 76% of people on ketamine had mind-altering side effects, versus 18% on a dummy drug.',
        sources: ['sigtermans-2009', 'ketalar-label'],
      },
    ],
  },
  {
    id: 'how-it-is-given',
    title: 'How it is given',
    summary:
      'Ketamine can go into a vein, a muscle, the mouth or the nose. The FDA has approved only the vein and muscle forms, and only for anesthesia.',
    paragraphs: [
      {
        text: 'Ketamine can be given in many ways. It can be a drip into a vein (IV) or a shot into a muscle (IM). It can also be a pill or liquid you swallow, a tablet that melts under the tongue, or a nasal spray.',
        sources: ['ketalar-label', 'cohen-2018', 'fda-2023-compounded'],
      },
      {
        text: 'The FDA has approved only the IV and IM forms, and only for anesthesia. The main US pain guideline covers IV drips alone. For pain, a drip often runs for hours, with staff who check you the whole time.',
        sources: ['ketalar-label', 'cohen-2018'],
      },
      {
        text: 'Ketamine you take by mouth, under the tongue or as a nasal spray is most often mixed by a pharmacy. These are called compounded products. The FDA does not check these products for safety or quality. It warned about them in 2022 and again in 2023.',
        sources: ['fda-2022-nasal', 'fda-2023-compounded'],
      },
      {
        text: 'How much drug reaches the blood changes a lot from one form to the next. In one small study, only about 23% of a swallowed dose got through, and about 32% of a dose under the tongue. So a dose in one form is not the same as in another. The forms are not interchangeable.',
        sources: ['chong-2006'],
      },
      {
        text: 'For people whom drips have helped, the guideline says a doctor may try ketamine by mouth or nose in place of more drips. The proof for this step is limited.',
        sources: ['cohen-2018'],
      },
    ],
    points: [
      {
        text: 'Esketamine (Spravato) is a nasal spray made from one form of ketamine. It is approved for hard-to-treat depression only, not for pain.',
        sources: ['spravato-approval'],
      },
      {
        text: 'Esketamine is given only in certified clinics under a safety program called REMS. Staff watch you for at least 2 hours after each dose.',
        sources: ['spravato-approval'],
      },
    ],
  },
  {
    id: 'what-it-is-used-for',
    title: 'What it is used for',
    summary:
      'The best proof is for CRPS, and it shows only short-term help. For most other kinds of pain, the proof is weak or missing.',
    paragraphs: [
      {
        text: 'Doctors most often think about ketamine after standard care has not helped enough. A US guideline from pain experts looked at IV drips for many kinds of long-term pain. It rated the proof condition by condition.',
        sources: ['cohen-2018'],
      },
      {
        text: 'Complex regional pain syndrome (CRPS) has the best support. The guideline found moderate proof that drips ease pain for up to 12 weeks. In the main trial, the gap from the dummy drug was no longer clear by week 12. People did not move or function better. One review judged even this proof weak.',
        sources: ['cohen-2018', 'sigtermans-2009', 'connolly-2015'],
      },
      {
        text: 'For pain after a spinal cord injury, the proof is weak and covers only short-term help. For nerve pain in general, fibromyalgia, headache and migraine, phantom limb pain, shingles pain and low back pain, the proof is weak or missing. Beyond CRPS, no study showed help that lasted past the short term.',
        sources: ['cohen-2018', 'cadth-2020', 'cadth-2023'],
      },
      {
        text: 'In a fibromyalgia trial, pain eased only while the drug was still in the blood. By 1 week there was no gain over a dummy drug.',
        sources: ['noppers-2011'],
      },
      {
        text: 'Cancer pain has been tested too. The largest trial gave 185 people with cancer ketamine or a dummy drug under the skin. Ketamine gave no net benefit: 31% were helped versus 27% on the dummy drug. Side effects were about twice as common. A Cochrane review found too little proof of benefit.',
        sources: ['hardy-2012', 'bell-2017-cochrane'],
      },
    ],
  },
  {
    id: 'benefits-and-evidence',
    title: 'Claimed benefits and the evidence',
    summary:
      'Ketamine can ease pain fast, but the effect is small and usually short. Claims about fewer opioids, better mood and lasting relief go beyond the proof.',
    paragraphs: [
      {
        text: 'Claim: it works fast. This is partly true, since an IV dose acts within minutes. But a review of 7 trials found the pain drop was small, about 1.8 points on a 0 to 10 scale. It lasted up to 2 weeks. Most of these trials had flaws.',
        sources: ['orhurhu-2019', 'ketalar-label'],
      },
      {
        text: 'Claim: you will need fewer opioids. The good proof for this is from surgery. A Cochrane review of 130 studies found ketamine can cut opioid use around an operation. For long-term pain, only small studies without a control group hint at this. No strong trial shows a lasting drop.',
        sources: ['brinck-2018-cochrane', 'cadth-2020'],
      },
      {
        text: 'Claim: it lifts your mood. In depression trials, 1 dose helped about half of people within a day. The effect tends to fade within about a week. These trials were in people with depression, not in pain patients. Ketamine itself is not approved to treat depression.',
        sources: ['han-2016', 'pharmacol-rep-2020', 'fda-2023-compounded'],
      },
      {
        text: 'Claim: relief is fast and lasting. For most people who are helped, relief lasts days to weeks, not months. In one clinic, the chance of relief lasting 3 weeks was about 23% to 51%. In a CRPS survey, relief lasted anywhere from a day to 6 months. Clinics often give repeat booster drips, and few studies follow people for long.',
        sources: ['patil-2012', 'xu-2018', 'cadth-2023'],
      },
    ],
  },
  {
    id: 'side-effects-and-risks',
    title: 'Side effects and risks',
    summary:
      'Side effects during a drip are common, from feeling detached to a rise in blood pressure. Repeated use can harm the bladder and liver, and ketamine can be misused.',
    paragraphs: [
      {
        text: 'During or soon after a dose, many people feel detached or dreamy. This is called dissociation. Some see or hear things that are not there. Dizziness, sleepiness, nausea and vomiting are common. Vision can blur or go double.',
        sources: ['ketalar-label', 'cadth-2020', 'sigtermans-2009', 'fda-2023-compounded'],
      },
      {
        text: 'Ketamine raises heart rate and blood pressure. That can be risky if you have heart disease or high blood pressure. High doses, or ketamine mixed with other calming drugs, can slow your breathing.',
        sources: ['ketalar-label', 'fda-2023-compounded'],
      },
      {
        text: 'Used again and again, ketamine can damage the bladder. Signs are needing to pee often and in a hurry, and pain low in the belly. It can also harm the liver and bile ducts. These harms were seen first in people who misused it, but liver harm has also been seen with repeated medical use.',
        sources: ['chan-2022', 'cotter-2021', 'livertox-ketamine', 'bell-2017-cochrane'],
      },
      {
        text: 'Ketamine can be misused, and people can become dependent on it. Withdrawal has been seen after use more than once a week. Heavy misuse can hurt memory and focus. This is why ketamine is a Schedule III controlled drug in the US.',
        sources: ['ketalar-label', 'dea-1999'],
      },
      {
        text: 'Serious harm during a drip is rare. The risk goes up with higher doses and more frequent drips. Trained staff should watch your blood pressure, breathing and alertness. The FDA warns that using ketamine at home, with no one to monitor you, adds risk.',
        sources: ['cohen-2018', 'fda-2023-compounded'],
      },
    ],
    points: [
      {
        text: 'Common during treatment: feeling detached, seeing things, dizziness, sleepiness, nausea, blurred or double vision.',
        sources: ['ketalar-label', 'cadth-2020', 'sigtermans-2009'],
      },
      {
        text: 'Heart and breathing: faster heart rate, higher blood pressure, slowed breathing.',
        sources: ['ketalar-label', 'fda-2023-compounded'],
      },
      {
        text: 'With repeated use: bladder damage, liver and bile duct harm, dependence, misuse.',
        sources: ['chan-2022', 'cotter-2021', 'ketalar-label'],
      },
    ],
  },
  {
    id: 'approval-and-warnings',
    title: 'Approval and FDA warnings',
    summary:
      'The FDA has approved ketamine only as an anesthetic given by vein or muscle. It has warned about ketamine mixed by pharmacies and about ketamine used at home.',
    paragraphs: [
      {
        text: 'Ketamine is FDA-approved only for anesthesia, given by IV or IM. It is not approved for pain. It is not approved for depression either. Doctors may still use it off-label.',
        sources: ['ketalar-label', 'fda-2023-compounded'],
      },
      {
        text: 'In 2022 the FDA put out an alert about ketamine nasal sprays mixed by pharmacies. These compounded sprays have not been checked by the FDA.',
        sources: ['fda-2022-nasal'],
      },
      {
        text: 'In October 2023 the FDA warned about all compounded ketamine, including forms you swallow. These products have not been tested for safety or quality. They are not part of a safety program. Taking them at home with no one to watch you adds risk. In one case, a person who took it at home had trouble breathing.',
        sources: ['fda-2023-compounded'],
      },
      {
        text: 'The one approved nasal form is esketamine (Spravato), first approved in 2019. It is for hard-to-treat depression, not pain. You take it in a certified clinic under a safety program called REMS. Staff watch you for at least 2 hours after each dose.',
        sources: ['spravato-approval'],
      },
      {
        text: 'Since 1999, ketamine has been a Schedule III drug in the US. That means it has real medical uses but can be misused.',
        sources: ['dea-1999'],
      },
    ],
  },
  {
    id: 'compared-with-usual-treatments',
    title: 'Compared with usual treatments',
    summary:
      'Ketamine is not a safer or more flexible swap for usual pain care. It has its own risks, and its proof is strongest for just 1 condition.',
    paragraphs: [
      {
        text: 'Usual care for long-term pain includes pain pills such as NSAIDs, opioids in some cases, and physical therapy. For nerve pain, the first drugs to try are some antidepressants (TCAs and SNRIs) and drugs like gabapentin. These drugs have been studied in many trials.',
        sources: ['finnerup-2015', 'medlineplus'],
      },
      {
        text: 'Some clinics say ketamine helps many kinds of pain. In fact, only CRPS has moderate proof, and only for a few weeks. For the rest, the proof is weak or missing.',
        sources: ['cohen-2018', 'cadth-2023'],
      },
      {
        text: 'Some clinics say ketamine carries a lower risk of dependence than opioids. But ketamine is itself a Schedule III drug. It can be misused, and people can become dependent on it. The guideline says people who are misusing drugs now should not get a series of drips.',
        sources: ['dea-1999', 'ketalar-label', 'cohen-2018'],
      },
      {
        text: 'Some clinics say ketamine is flexible because it comes in many forms and doses. But only IV and IM forms are approved, and only for anesthesia. Other forms are mostly compounded, and the FDA has warned about them. The forms are not interchangeable, since each lets a very different amount into the blood.',
        sources: ['ketalar-label', 'fda-2023-compounded', 'chong-2006'],
      },
      {
        text: 'Some clinics say ketamine treats pain and low mood at once. Its mood effect can start within hours, while usual antidepressants are slower. But the lift from 1 dose tends to fade in about a week. Ketamine is not approved for depression.',
        sources: ['han-2016', 'pharmacol-rep-2020', 'fda-2023-compounded'],
      },
    ],
  },
  {
    id: 'who-might-consider-it',
    title: 'Who might consider it',
    summary:
      'Ketamine may be worth a talk with your doctor if standard care has not helped, if you can be treated in a clinic, and if none of the health problems that rule it out apply to you.',
    paragraphs: [
      {
        text: 'Clinics list reasons someone may be a good fit. Here is what the evidence says about each one. Any choice should be made with your own doctor, who knows your health history.',
        sources: ['cohen-2018'],
      },
      {
        text: 'Long-term pain: the best proof is for CRPS, and it lasts up to about 12 weeks. For nerve pain and fibromyalgia, the proof is weak.',
        sources: ['cohen-2018', 'noppers-2011'],
      },
      {
        text: 'Pain that has not eased with usual care: this is when doctors most often think about ketamine. It is not a first choice. It usually comes after standard treatments have been tried.',
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
        text: 'Pain from cancer or after surgery: around surgery, ketamine can lower the need for opioids. For cancer pain, the largest trial found no net benefit and more side effects.',
        sources: ['brinck-2018-cochrane', 'hardy-2012', 'bell-2017-cochrane'],
      },
      {
        text: 'Being treated in a clinic: this matters. You need staff to monitor your blood pressure, oxygen and alertness during each dose. The FDA warns against using ketamine at home with no one to watch.',
        sources: ['cohen-2018', 'fda-2023-compounded', 'spravato-approval'],
      },
      {
        text: 'No health problems that rule it out: doctors call these contraindications. The list is longer than many clinics say.',
        sources: ['cohen-2018', 'ketalar-label'],
      },
    ],
    points: [
      {
        text: 'High blood pressure that is not under control.',
        sources: ['cohen-2018', 'ketalar-label'],
      },
      {
        text: 'Heart disease that is not well controlled.',
        sources: ['cohen-2018'],
      },
      {
        text: 'Pregnancy.',
        sources: ['cohen-2018', 'ketalar-label'],
      },
      {
        text: 'Active psychosis, such as hearing voices.',
        sources: ['cohen-2018'],
      },
      {
        text: 'Severe liver disease. Moderate liver disease needs extra care and tests.',
        sources: ['cohen-2018'],
      },
      {
        text: 'Raised pressure inside the skull or the eye.',
        sources: ['cohen-2018', 'ketalar-label'],
      },
      {
        text: 'Misusing drugs or alcohol now.',
        sources: ['cohen-2018'],
      },
      {
        text: 'An allergy to ketamine.',
        sources: ['ketalar-label'],
      },
    ],
  },
  {
    id: 'current-research',
    title: 'What research is still asking',
    summary:
      'Researchers are still working out how long ketamine helps, the best dose and the best way to give it. Most trials so far are small and short.',
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
        text: 'The guideline panel found most studies small and poorly controlled. It asked for larger, better studies. Until then, ketamine for pain is an off-label option that is still being tested. It is not a proven new path.',
        sources: ['cohen-2018', 'ketalar-label'],
      },
    ],
  },
  {
    id: 'chronic-pain-facts',
    title: 'Facts about chronic pain',
    summary: 'Chronic pain is pain that lasts or keeps coming back for more than 3 months. About 1 in 5 adults has it.',
    paragraphs: [
      {
        text: 'Doctors call pain chronic when it lasts, or keeps coming back, for more than 3 months. That is about the same as 12 weeks. This is the definition used in the world health coding system, ICD-11.',
        sources: ['treede-2015', 'iasp-terminology'],
      },
      {
        text: 'Around the world, about 1 in 5 adults lives with chronic pain. In the US, the share rose from 20.9% in 2021 to 24.3% in 2023. Pain that limits daily life or work on most days rose from 6.9% to 8.5%.',
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
