import type { GlossaryDetail } from '../types';

// Longer explanations for the evidence, research, safety-program and care-setting terms. Sorted by id.
export const evidenceDetails: GlossaryDetail[] = [
  {
    id: 'absolute-risk',
    explanation:
      'Say a side effect strikes 2 in 100 people on placebo and 4 in 100 on a drug. The absolute risk rises by 2 in 100, while the relative risk doubles. Both are true, but “double the risk” sounds much bigger. Ask for the absolute numbers: out of 100 people like me, how many would be helped and how many harmed?',
    related: ['nnh', 'nnt', 'relative-risk', 'risk-factor'],
    sources: ['cochrane-handbook'],
  },
  {
    id: 'acls',
    explanation:
      'ACLS is a course for doctors, nurses and other health workers. It teaches how to handle a heart or breathing emergency, with drugs, machines that shock the heart and tools that help a person breathe. It goes beyond basic first aid and CPR. The 2018 US guideline on ketamine infusions for pain covers which staff and settings are needed to give them and to watch patients.',
    ketamineNote:
      'Before an infusion, you can ask who on site is trained in emergency care. You can also ask what rescue equipment is in the room. At home no such help is nearby, which is one reason the FDA warns about taking ketamine at home.',
    related: ['controlled-medical-setting', 'infusion', 'monitoring', 'respiratory-depression'],
    sources: ['medlineplus', 'cohen-2018', 'fda-2023-compounded'],
  },
  {
    id: 'adverse-event',
    explanation:
      'Studies record every adverse event, from a headache to a hospital stay, in every group. Then they compare how often each one happens on the drug and on placebo. This shows which ones the drug likely causes. A serious adverse event is one that kills, threatens life, needs a hospital stay or does lasting harm. Once a drug is sold, the FDA also collects reports from patients and doctors.',
    ketamineNote:
      'In a large trial in cancer pain, people on ketamine had about twice as many adverse events as people on placebo. Yet their pain did not ease any more.',
    related: ['control-group', 'placebo', 'side-effect'],
    sources: ['fda-medwatch', 'nci-dictionary', 'hardy-2012'],
  },
  {
    id: 'blinding',
    explanation:
      'In a single-blind study, the patients do not know which group they are in. In a double-blind study, the staff who treat and assess them do not know either. Blinding matters most when results depend on how people feel, such as pain. It can fail if a drug has effects that people can easily notice.',
    ketamineNote:
      'Ketamine’s effects on the mind are hard to miss, so people in trials can often guess that they got it. This can make it look better than it is. Some trials use an active placebo, such as midazolam, to make guessing harder.',
    related: ['double-blind', 'open-label', 'placebo', 'randomized-controlled-trial'],
    sources: ['cochrane-handbook', 'noppers-2011'],
  },
  {
    id: 'boxed-warning',
    explanation:
      'A boxed warning does not mean a drug should never be used. It means the risk is serious enough that you and your doctor should weigh it with care, and sometimes that special steps are needed. Your pharmacist can show you the boxed warning and the medication guide for any drug you get.',
    ketamineNote:
      'The label for Spravato, an esketamine nasal spray, has a boxed warning. It warns of sleepiness, feeling detached, misuse, and thoughts of suicide.',
    related: ['esketamine', 'fda-approval', 'prescribing-information', 'rems'],
    sources: ['fda-labeling-faq', 'spravato-label'],
  },
  {
    id: 'case-report',
    explanation:
      'Case reports are often the first sign of a new problem with a drug, such as a harm that no trial picked up. But one story cannot show that a treatment caused a result, or how often it happens. They are the weakest kind of evidence about whether a treatment works. Better studies are needed to follow them up.',
    ketamineNote:
      'An FDA team reviewed case reports and linked repeated medical use of ketamine to liver and bile duct harm. Reports like these raise an alarm, but they cannot show how often the harm happens.',
    related: ['case-series', 'level-of-evidence', 'liver-injury', 'observational-study'],
    sources: ['nci-dictionary', 'cotter-2021'],
  },
  {
    id: 'case-series',
    explanation:
      'A case series describes what happened to several or many people, often treated at one clinic. It can raise ideas and spot harms. Because no one got a different treatment for comparison, it cannot show whether the treatment caused the changes seen. People often get better over time anyway.',
    ketamineNote:
      'A review of 5 years of patients at one ketamine clinic is an example. With no comparison group, such numbers can look better than they are.',
    related: ['case-report', 'control-group', 'retrospective-study'],
    sources: ['nci-dictionary', 'patil-2012'],
  },
  {
    id: 'clinical-significance',
    explanation:
      'A treatment can beat placebo in a large study and still help only a little. Researchers often set the smallest change that patients would notice, such as a 30% drop in pain. When you read that a result was significant, ask whether that means statistically or clinically. Only the second tells you the change matters to people.',
    ketamineNote:
      'In the main CRPS trial, ketamine eased pain more than placebo for some weeks. But it did not improve how well people could do daily tasks.',
    related: ['effect-size', 'quality-of-life', 'responder', 'statistically-significant'],
    sources: ['cochrane-handbook', 'sigtermans-2009'],
  },
  {
    id: 'clinical-trial',
    explanation:
      'Each trial follows a written plan that says who can join, what will be done and what will be measured. Trials often compare a new treatment with a placebo or with usual care. New drugs move through phases, from small safety tests to large studies. Taking part is your choice, and you can leave at any time.',
    ketamineNote:
      'Trials of ketamine for long-term pain have been few and small. You can ask a clinic which trials back what it offers, and how many people were in them.',
    related: ['informed-consent', 'phase-1-trial', 'phase-3-trial', 'randomized-controlled-trial'],
    sources: ['nih-clinical-trials', 'fda-clinical-research', 'orhurhu-2019'],
  },
  {
    id: 'cochrane-review',
    explanation:
      'Cochrane reviews follow a plan published in advance, and they check each study for flaws that could skew the results. They rate how sure they are of each finding, and they are updated as new studies come out. A finding of too little evidence means the question is not settled. It does not mean the treatment has been shown not to work.',
    ketamineNote:
      'A 2017 Cochrane review looked at ketamine added to opioids for cancer pain. It found too little evidence to say whether it helps. A 2018 Cochrane review found that ketamine given around surgery can ease pain soon after it.',
    related: ['level-of-evidence', 'meta-analysis', 'systematic-review'],
    sources: ['cochrane-about-reviews', 'cochrane-handbook', 'bell-2017-cochrane', 'brinck-2018-cochrane'],
  },
  {
    id: 'cohort-study',
    explanation:
      'In a cohort study, researchers do not choose who gets a treatment; they watch what happens. They compare people with different habits, exposures or treatments. This can show links, such as between a drug and a later harm. But the groups may differ in other ways, so a link does not prove that one thing caused the other.',
    related: ['observational-study', 'prospective-study', 'retrospective-study', 'risk-factor'],
    sources: ['nci-dictionary', 'cochrane-handbook'],
  },
  {
    id: 'confidence-interval',
    explanation:
      'Studies measure a sample of people, so their results are estimates. A 95% confidence interval is a range worked out so that, if the study were repeated many times, 95 of 100 such ranges would hold the true value. If the range for a difference includes no difference at all, the study could not rule out that the treatment does nothing. Small studies tend to give wide ranges.',
    related: ['p-value', 'sample-size', 'statistically-significant'],
    sources: ['cochrane-handbook'],
  },
  {
    id: 'consensus-guideline',
    explanation:
      'When research is limited, a group of experts may meet, weigh the studies and agree on advice for doctors. This advice is called a consensus guideline. It is only as strong as the studies behind it, so good guidelines grade each piece of advice. The main US guideline on ketamine infusions for long-term pain came out in 2018 from 3 medical societies.',
    ketamineNote:
      'The 2018 guideline found moderate evidence for CRPS. For most other kinds of pain, it found weak or no evidence. It rated most of its advice as low certainty. A 2020 Canadian review said guidelines could not give firm advice, because there was too little good evidence.',
    related: [
      'complex-regional-pain-syndrome',
      'level-of-evidence',
      'randomized-controlled-trial',
      'systematic-review',
    ],
    sources: ['cohen-2018', 'cadth-2020'],
  },
  {
    id: 'control-group',
    explanation:
      'Without a control group, you cannot tell whether people got better because of the treatment or for other reasons. Those reasons include the placebo effect, natural ups and downs, and the extra attention of being in a study. In the best studies, chance decides who goes into each group. Whenever you see a result, ask what the treatment was compared with.',
    ketamineNote:
      'In a CRPS trial, 76 in 100 people on ketamine had strange mental effects, compared with 18 in 100 in the placebo group. Numbers like these show what ketamine itself adds.',
    related: ['placebo', 'placebo-effect', 'randomized-controlled-trial', 'standard-of-care'],
    sources: ['nci-dictionary', 'fda-clinical-research', 'sigtermans-2009'],
  },
  {
    id: 'controlled-medical-setting',
    explanation:
      'This is a place such as a hospital, infusion center or clinic where a drug is given while trained staff watch. They check your blood pressure, breathing, oxygen level and alertness during and after the dose. They can act fast if something goes wrong. Esketamine nasal spray may only be given in certified settings of this kind.',
    ketamineNote:
      'The FDA warns that taking compounded ketamine at home, with no health worker watching, adds risk. In one case the FDA described, a person who took it at home had dangerously slow breathing.',
    related: ['acls', 'compounded-drug', 'monitoring', 'rems', 'respiratory-depression', 'telehealth'],
    sources: ['cohen-2018', 'spravato-approval', 'fda-2023-compounded'],
  },
  {
    id: 'double-blind',
    explanation:
      'Double-blinding keeps hopes from coloring how people report their symptoms and how staff judge them. It is a sign of a well-run trial, mostly when results rest on how people feel, such as pain or mood. Someone outside the care team keeps the key to who got what. The key is opened at the end, or sooner if safety demands it.',
    ketamineNote:
      'Ketamine’s effects on the mind are easy to notice. So a trial can be double-blind on paper while many people guess what they got.',
    related: ['blinding', 'open-label', 'placebo', 'randomized-controlled-trial'],
    sources: ['cochrane-handbook', 'nci-dictionary', 'noppers-2011'],
  },
  {
    id: 'effect-size',
    explanation:
      'A result can be real but small. An effect size puts a number on how much a treatment changed things, so you can judge whether it matters. Some are given in plain units, such as 1 point on a 0-to-10 pain scale. Others use a standard scale, so that studies that measured things in different ways can be compared.',
    ketamineNote:
      'A review of ketamine drips for long-term pain found a small effect on pain. It lasted up to about 2 weeks.',
    related: ['clinical-significance', 'confidence-interval', 'meta-analysis', 'pain-scale'],
    sources: ['cochrane-handbook', 'orhurhu-2019'],
  },
  {
    id: 'effectiveness',
    explanation:
      'Trials often leave out people who are older, sicker or taking many drugs, and they watch patients closely. In everyday care, people may miss doses or stop because of side effects. So a treatment’s effectiveness is often lower than its efficacy in trials. Studies of real-world use help fill that gap.',
    related: ['efficacy', 'observational-study', 'randomized-controlled-trial'],
    sources: ['cochrane-handbook'],
  },
  {
    id: 'efficacy',
    explanation:
      'A drug shows efficacy when it does better than a placebo or another treatment in a well-run trial. The FDA needs proof that a drug works before it approves it for a use. Results in trials do not always carry over to everyday care. How well a drug works there is called its effectiveness.',
    ketamineNote:
      'Ketamine’s efficacy for long-term pain has been tested in only a few small trials. The 2018 guideline found moderate proof only for CRPS.',
    related: ['clinical-trial', 'effectiveness', 'fda-approval', 'placebo'],
    sources: ['cochrane-handbook', 'fda-labeling-faq', 'orhurhu-2019', 'cohen-2018'],
  },
  {
    id: 'endpoint',
    explanation:
      'A good study names its main endpoint, called the primary outcome, before it starts. Other results are called secondary outcomes. If a study misses its main endpoint but reports a win on a minor one, treat that win with care. Endpoints that matter to patients, such as daily function, count for more than lab numbers.',
    related: ['clinical-significance', 'pain-scale', 'quality-of-life', 'responder'],
    sources: ['cochrane-handbook', 'nci-dictionary'],
  },
  {
    id: 'fda-approval',
    explanation:
      'Before a drug can be sold in the US, the FDA reviews studies on how well it works and how safe it is. It approves the drug when the benefits outweigh the known risks for the uses listed on its label. Approval also covers the doses and ways of giving the drug. Doctors may still prescribe a drug for other uses, called off-label use, but the FDA has not reviewed those uses. Compounded drugs, which pharmacies mix to order, are not FDA-approved.',
    ketamineNote:
      'Ketamine is FDA-approved only for anesthesia, given into a vein or a muscle. So using it for pain or depression is off-label. The nasal spray esketamine (Spravato) is approved only for some kinds of depression. It is not approved for pain.',
    related: ['anesthetic', 'compounded-drug', 'esketamine', 'off-label-use', 'prescribing-information', 'rems'],
    sources: ['fda-labeling-faq', 'ketalar-label', 'spravato-approval', 'fda-2023-compounded'],
  },
  {
    id: 'follow-up',
    explanation:
      'In care, a follow-up visit checks whether a treatment is working and whether it causes problems. In research, the follow-up period is how long people are tracked after treatment. A short follow-up cannot show whether a benefit lasts or whether late harms appear. When many people drop out, the results become less reliable.',
    ketamineNote:
      'The 2018 guideline found no good proof that relief from ketamine drips lasts. Little is known about help or harm after months of repeat sessions.',
    related: ['clinical-trial', 'cohort-study', 'endpoint'],
    sources: ['nci-dictionary', 'cochrane-handbook', 'cohen-2018'],
  },
  {
    id: 'level-of-evidence',
    explanation:
      'Experts rate evidence to show how sure they are that a treatment works. Large, well-run trials that agree give strong evidence. Small studies, studies with no comparison group and studies with mixed results give weak evidence. Weak evidence does not prove a treatment fails, but it means no one can be sure it helps.',
    ketamineNote:
      'For ketamine infusions, the 2018 guideline rated the evidence as moderate only for CRPS. Relief lasted up to about 12 weeks. For most other kinds of long-term pain, it found weak or no evidence, and none for lasting relief.',
    related: [
      'case-series',
      'complex-regional-pain-syndrome',
      'consensus-guideline',
      'randomized-controlled-trial',
      'systematic-review',
    ],
    sources: ['cohen-2018', 'orhurhu-2019', 'sigtermans-2009'],
  },
  {
    id: 'meta-analysis',
    explanation:
      'A meta-analysis is often part of a systematic review. Pooling studies adds up the number of people, so the result is less likely to be down to chance. But it cannot fix flaws in the studies it pools: small or biased studies give a weak summary. Check how many studies and people were included and how good they were.',
    ketamineNote:
      'A 2019 meta-analysis pooled 7 trials with 211 people in all. It found that ketamine drips eased long-term pain a little, for up to about 2 weeks.',
    related: ['cochrane-review', 'confidence-interval', 'effect-size', 'systematic-review'],
    sources: ['cochrane-handbook', 'orhurhu-2019'],
  },
  {
    id: 'monitoring',
    explanation:
      'During a ketamine treatment, staff check vital signs such as blood pressure, heart rate, breathing and the oxygen level in your blood. A small clip on your finger, called a pulse oximeter, measures the oxygen. Staff also check how awake and clear-headed you are. People who have heart disease, or a high risk of it, should have a heart tracing (ECG) before an infusion.',
    ketamineNote:
      'Ketamine can raise blood pressure and heart rate and make you drowsy. In some cases it can slow your breathing, so close watching matters. With esketamine nasal spray, the rules require at least 2 hours of watching after each dose.',
    related: [
      'controlled-medical-setting',
      'electrocardiogram',
      'increased-blood-pressure',
      'pulse-oximeter',
      'respiratory-depression',
      'vital-signs',
      'follow-up',
    ],
    sources: ['cohen-2018', 'fda-2023-compounded', 'ketalar-label', 'spravato-approval'],
  },
  {
    id: 'nnh',
    explanation:
      'NNH works like the number needed to treat, but for side effects. If 15 in 100 people stop a drug because of side effects and 8 in 100 stop a placebo, the drug adds 7 in 100, so the NNH is about 14. Comparing NNT with NNH helps you weigh how likely a treatment is to help you against how likely it is to harm you.',
    related: ['absolute-risk', 'adverse-event', 'nnt', 'side-effect'],
    sources: ['cochrane-handbook'],
  },
  {
    id: 'nnt',
    explanation:
      'Say 30 in 100 people get good relief on a drug and 20 in 100 on placebo. The drug helps 10 more in 100, so the number needed to treat is 10. An NNT always refers to a set benefit over a set time, such as halving pain over 12 weeks. For the first-choice drugs for nerve pain, NNTs range from about 4 to 8.',
    related: ['absolute-risk', 'nnh', 'responder', 'first-line-treatment'],
    sources: ['cochrane-handbook', 'finnerup-2015'],
  },
  {
    id: 'nocebo-effect',
    explanation:
      'In trials, many people on placebo report side effects such as headache or tiredness, often the ones they were warned about. Worry and past bad experiences can add to this. The symptoms are real, not imagined, but the drug did not cause them. Comparing side effects in the drug and placebo groups shows which ones the drug adds.',
    related: ['adverse-event', 'control-group', 'placebo', 'placebo-effect'],
    sources: ['colloca-2011'],
  },
  {
    id: 'observational-study',
    explanation:
      'Cohort studies and reviews of medical records are both observational. They help with rare harms, long-term effects and questions a trial cannot ask. But people who choose a treatment may differ from those who do not, in age, health or habits. So these studies can show links, but they rarely prove cause.',
    ketamineNote:
      'Much of what we know about how ketamine can harm the bladder and liver comes from studies like this. Case reports add to it.',
    related: ['case-report', 'cohort-study', 'effectiveness', 'retrospective-study'],
    sources: ['nci-dictionary', 'cochrane-handbook', 'chan-2022', 'cotter-2021'],
  },
  {
    id: 'open-label',
    explanation:
      'Open-label studies are easier to run. They are common when a placebo is not possible, and in long-term studies that follow on from a trial. Because people know what they got, hopes can color their reports, mostly for pain and mood. So benefits in open-label studies often look bigger than in blinded trials.',
    ketamineNote:
      'Some studies of repeat ketamine doses for depression were open-label. Their results need to be checked in blinded trials.',
    related: ['blinding', 'double-blind', 'placebo-effect'],
    sources: ['nci-dictionary', 'cochrane-handbook', 'pharmacol-rep-2020'],
  },
  {
    id: 'p-value',
    explanation:
      'A small p-value means the result would be unusual if only chance were at work. It does not tell you how big or important the effect is. It also is not the chance that the treatment works. A p-value just above 0.05 is not proof that a treatment fails, and one just below it is not proof that it helps.',
    ketamineNote:
      'In the main CRPS trial, the pain gap at week 12 had a p-value of 0.07. So it did not reach the usual bar.',
    related: ['clinical-significance', 'confidence-interval', 'statistically-significant'],
    sources: ['cochrane-handbook', 'sigtermans-2009'],
  },
  {
    id: 'peer-review',
    explanation:
      'Peer review catches many errors, but not all. It does not mean a study is right or that its results will hold up. A study that has not been peer-reviewed, such as an early online draft or a conference talk, deserves extra caution. Look for findings that other teams have repeated.',
    related: ['level-of-evidence', 'systematic-review'],
    sources: ['nci-dictionary'],
  },
  {
    id: 'phase-1-trial',
    explanation:
      'Phase 1 trials are the first step in testing a new drug in people, after lab and animal studies. Doses start low and are raised slowly while staff watch closely for harms. These trials are not designed to show whether the treatment works. About 7 in 10 drugs move on to the next phase.',
    related: ['clinical-trial', 'phase-2-trial', 'phase-3-trial'],
    sources: ['fda-clinical-research'],
  },
  {
    id: 'phase-2-trial',
    explanation:
      'Phase 2 trials help choose the dose and the design for larger trials. They often compare the treatment with a placebo. Because they are fairly small and short, good results are promising but not proof. About a third of drugs move on to phase 3.',
    related: ['clinical-trial', 'phase-1-trial', 'phase-3-trial'],
    sources: ['fda-clinical-research'],
  },
  {
    id: 'phase-3-trial',
    explanation:
      'Phase 3 trials test whether a treatment works well enough, and is safe enough, in a wide group of patients. They can last years and can find less common side effects. After approval, phase 4 studies keep tracking safety in many more people.',
    ketamineNote:
      'Esketamine nasal spray was approved for depression after phase 3 trials. Ketamine has not been through this path for chronic pain, which is one reason its use for pain is off-label.',
    related: ['clinical-trial', 'fda-approval', 'off-label-use', 'phase-2-trial'],
    sources: ['fda-clinical-research', 'spravato-approval', 'ketalar-label'],
  },
  {
    id: 'placebo',
    explanation:
      'People often feel better after any treatment, partly because they expect to. This is called the placebo effect. To measure what a drug really does, trials give some people the drug and others a placebo. Ideally nobody knows who got which, and this hiding is called blinding.',
    ketamineNote:
      'Ketamine has strong effects on the mind that are easy to notice. So people can often tell they did not get a placebo. To deal with this, some trials use an active placebo. This is a drug people can also feel, such as the calming drug midazolam.',
    related: [
      'benzodiazepine',
      'blinding',
      'control-group',
      'nocebo-effect',
      'placebo-effect',
      'randomized-controlled-trial',
    ],
    sources: ['medlineplus', 'noppers-2011', 'sigtermans-2009'],
  },
  {
    id: 'placebo-effect',
    explanation:
      'The placebo effect is real: expecting relief can change how the brain handles pain. It is often strongest for symptoms such as pain, tiredness and low mood. Part of what looks like a placebo effect is natural change, since many symptoms ease over time anyway. This is why treatments are compared with a placebo, not just measured before and after.',
    related: ['control-group', 'nocebo-effect', 'placebo', 'responder'],
    sources: ['colloca-2011', 'cochrane-handbook'],
  },
  {
    id: 'prescribing-information',
    explanation:
      'Doctors and pharmacists use the prescribing information to give a drug safely. Some drugs also come with a shorter medication guide in plain words. The label covers only the uses the FDA has approved, so it says little about off-label uses. You can read any US drug label for free on the DailyMed website.',
    ketamineNote:
      'The ketamine label covers its use for anesthesia. Its warnings about blood pressure, breathing, bladder and liver harm, and misuse still apply when it is used for pain.',
    related: ['boxed-warning', 'fda-approval', 'off-label-use', 'side-effect'],
    sources: ['fda-labeling-faq', 'ketalar-label'],
  },
  {
    id: 'prospective-study',
    explanation:
      'In a prospective study, the data are collected as events happen, and the questions are fixed first. So these studies are often more reliable than a look back at old records. Trials are prospective by design. Some observational studies are prospective too, such as a study that follows a group of people for years.',
    related: ['clinical-trial', 'cohort-study', 'retrospective-study'],
    sources: ['nci-dictionary'],
  },
  {
    id: 'quality-of-life',
    explanation:
      'A treatment can lower a pain score without making life better. It can also help you do more even if the pain stays. That is why good pain studies also measure sleep, mood, work and daily activities. When you weigh a treatment, ask what it did for quality of life, not only for symptoms.',
    ketamineNote: 'In the main CRPS trial, ketamine eased pain for some weeks, but it did not improve daily function.',
    related: ['clinical-significance', 'endpoint', 'palliative-care', 'pain-scale'],
    sources: ['nci-dictionary', 'sigtermans-2009'],
  },
  {
    id: 'randomized-controlled-trial',
    explanation:
      'In this kind of study, chance decides who gets the treatment and who gets a comparison, such as a placebo. This makes the groups alike, so a difference in results is more likely to come from the treatment. In a double-blind trial, neither patients nor staff know who got what. Well-run trials of this kind give the strongest proof a single study can give.',
    ketamineNote:
      'Trials of ketamine for long-term pain are few and small: one review found 7 trials with 211 people, and all but 1 had flaws that could skew the results. The pain benefit was small and lasted up to about 2 weeks.',
    related: ['blinding', 'clinical-trial', 'control-group', 'double-blind', 'level-of-evidence', 'placebo'],
    sources: ['medlineplus', 'orhurhu-2019'],
  },
  {
    id: 'relative-risk',
    explanation:
      'A relative risk of 2 means double the risk, and 0.5 means half. But doubling a 1-in-1,000 risk adds just 1 case for every 1,000 people, while doubling a 1-in-10 risk adds 100. News stories often give relative risks because they sound bigger. Always ask for the absolute risk too.',
    related: ['absolute-risk', 'confidence-interval', 'nnh', 'risk-factor'],
    sources: ['cochrane-handbook'],
  },
  {
    id: 'rems',
    explanation:
      'The FDA can require a REMS when a drug has serious risks that need extra steps. These steps can limit where the drug is given and how patients are checked. Under the Spravato REMS, esketamine nasal spray is used only in certified clinics. Patients spray it themselves while staff watch. Then they stay at least 2 hours, because it can cause drowsiness and dissociation and can be misused.',
    ketamineNote:
      'Compounded ketamine, such as nasal sprays, tablets or lozenges mixed by a pharmacy, is not covered by a REMS. The FDA has said this lack of REMS checks may make it less safe.',
    related: [
      'boxed-warning',
      'compounded-drug',
      'controlled-medical-setting',
      'esketamine',
      'fda-approval',
      'monitoring',
    ],
    sources: ['spravato-approval', 'fda-2023-compounded'],
  },
  {
    id: 'responder',
    explanation:
      'Studies often set a bar for a good result before they start. People who reach it are called responders, and the share who do is the response rate. In pain studies the bar is often a drop in pain of 30% or 50%. A response rate only means much when it is compared with a placebo group, since some people get better either way.',
    ketamineNote:
      'In a large trial in cancer pain, ketamine was given under the skin. 31% of people responded on ketamine and 27% on placebo, which is too close to count as a real difference. A success rate with no comparison group can look better than it is.',
    related: ['cancer-pain', 'clinical-significance', 'nnt', 'pain-scale', 'placebo', 'randomized-controlled-trial'],
    sources: ['finnerup-2015', 'hardy-2012'],
  },
  {
    id: 'retrospective-study',
    explanation:
      'Retrospective studies are quick and cheap, and they can include many people. But the records were not kept for research, so facts may be missing or uneven. People who did well may be more likely to come back and be counted. These studies can raise ideas but rarely prove that a treatment works.',
    ketamineNote:
      'One study looked back over 5 years of outpatient ketamine infusions at one clinic. It had no comparison group, so it cannot show how much of the change was due to ketamine.',
    related: ['case-series', 'cohort-study', 'observational-study', 'prospective-study'],
    sources: ['nci-dictionary', 'patil-2012'],
  },
  {
    id: 'risk-factor',
    explanation:
      'Some risk factors can be changed, such as weight, smoking or lack of exercise. Others cannot, such as age or family history. A risk factor is linked with a problem but may not cause it. Knowing yours helps you and your doctor decide on checks and on which treatments are safe for you.',
    related: ['absolute-risk', 'cohort-study', 'contraindication', 'relative-risk'],
    sources: ['nci-dictionary', 'medlineplus'],
  },
  {
    id: 'sample-size',
    explanation:
      'Before a study, researchers work out how many people they need to detect a real difference, if there is one. A study that is too small may miss a real effect, or find a big one by luck. Small studies that happen to find big effects are more likely to be published. This can make a treatment look better than it is.',
    ketamineNote:
      'A 2019 review found 7 trials of ketamine infusions for long-term pain, with 211 people in all. That is about 30 people per trial.',
    related: ['confidence-interval', 'meta-analysis', 'statistically-significant'],
    sources: ['cochrane-handbook', 'orhurhu-2019'],
  },
  {
    id: 'statistically-significant',
    explanation:
      'With enough people, even a tiny difference can be statistically significant. With too few, a real difference may not be. So look at the size of the effect and its range, not only at whether it passed the test. A result that matters to patients is called clinically significant.',
    ketamineNote:
      'In a large trial of ketamine for cancer pain, 31 in 100 people were helped on ketamine and 27 in 100 on placebo. That gap could have been due to chance.',
    related: ['clinical-significance', 'confidence-interval', 'p-value', 'sample-size'],
    sources: ['cochrane-handbook', 'hardy-2012'],
  },
  {
    id: 'systematic-review',
    explanation:
      'A systematic review searches for every study on a clear question, using set rules, and judges how well each one was done. A meta-analysis then combines the numbers from those studies. Together they give a fuller picture than any one study. But if the studies are small or flawed, the summary is weak too. Cochrane reviews are one well-known kind.',
    ketamineNote:
      'Reviews of ketamine for long-term pain mostly find small, short-term relief. A 2017 Cochrane review of cancer pain found too little evidence to show that ketamine helps.',
    related: [
      'cochrane-review',
      'consensus-guideline',
      'level-of-evidence',
      'meta-analysis',
      'randomized-controlled-trial',
      'peer-review',
    ],
    sources: ['orhurhu-2019', 'bell-2017-cochrane', 'cadth-2020', 'cadth-2023'],
  },
];
