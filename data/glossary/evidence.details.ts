import type { GlossaryDetail } from '../types';

// Longer explanations for the evidence, safety-program and care-setting terms. Sorted by id.
export const evidenceDetails: GlossaryDetail[] = [
  {
    id: 'acls',
    explanation:
      'ACLS is a course for doctors, nurses and other health workers. It teaches how to handle a heart or breathing emergency, with drugs, machines that shock the heart and tools that help a person breathe. It goes beyond basic first aid and CPR. Places that give ketamine infusions are expected to have staff trained in this kind of rescue care, and the equipment for it.',
    ketamineNote:
      'Before an infusion, you can ask who on site is trained in emergency care. You can also ask what rescue equipment is in the room. At home no such help is nearby, which is one reason the FDA warns about taking ketamine at home.',
    related: ['controlled-medical-setting', 'infusion', 'monitoring', 'respiratory-depression'],
    sources: ['medlineplus', 'cohen-2018', 'fda-2023-compounded'],
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
    id: 'controlled-medical-setting',
    explanation:
      'This is a place such as a hospital, infusion center or clinic where a drug is given while trained staff watch. They check your blood pressure, breathing, oxygen level and alertness during and after the dose. They can act fast if something goes wrong. Esketamine nasal spray may only be given in certified settings of this kind.',
    ketamineNote:
      'The FDA warns that taking compounded ketamine at home, with no health worker watching, adds risk. In one case the FDA described, a person who took it at home had dangerously slow breathing.',
    related: ['acls', 'compounded-drug', 'monitoring', 'rems', 'respiratory-depression'],
    sources: ['cohen-2018', 'spravato-approval', 'fda-2023-compounded'],
  },
  {
    id: 'fda-approval',
    explanation:
      'Before a drug can be sold in the US, the FDA reviews studies on how well it works and how safe it is. Approval covers set uses, doses and ways of giving the drug, which are listed on its label. Doctors may still prescribe a drug for other uses, called off-label use, but the FDA has not reviewed those uses. Compounded drugs, which pharmacies mix to order, are not FDA-approved.',
    ketamineNote:
      'Ketamine is FDA-approved only for anesthesia, given by shot into a vein or muscle. So using it for pain or depression is off-label. The nasal spray esketamine (Spravato) is approved only for some kinds of depression. It is not approved for pain.',
    related: ['anesthetic', 'compounded-drug', 'esketamine', 'off-label-use', 'rems'],
    sources: ['ketalar-label', 'spravato-approval', 'fda-2023-compounded'],
  },
  {
    id: 'level-of-evidence',
    explanation:
      'Experts rate evidence to show how sure they are that a treatment works. Large, well-run trials that agree give strong evidence. Small studies, studies with no comparison group and studies with mixed results give weak evidence. Weak evidence does not prove a treatment fails, but it means no one can be sure it helps.',
    ketamineNote:
      'For ketamine infusions, the 2018 guideline rated the evidence as moderate only for CRPS. Relief lasted up to about 12 weeks. For most other kinds of long-term pain, it found weak or no evidence, and none for lasting relief.',
    related: [
      'complex-regional-pain-syndrome',
      'consensus-guideline',
      'randomized-controlled-trial',
      'systematic-review',
    ],
    sources: ['cohen-2018', 'orhurhu-2019', 'sigtermans-2009'],
  },
  {
    id: 'monitoring',
    explanation:
      'During a ketamine treatment, staff check vital signs such as blood pressure, heart rate, breathing and the oxygen level in your blood. A small clip on your finger, called a pulse oximeter, measures the oxygen. Staff also check how awake and clear-headed you are. People who have heart disease, or a high risk of it, should have a heart tracing (ECG) before an infusion.',
    ketamineNote:
      'Ketamine can raise blood pressure and heart rate and make you drowsy. In some cases it can slow your breathing, so close watching matters. With esketamine nasal spray, the rules require at least 2 hours of watching after each dose.',
    related: [
      'controlled-medical-setting',
      'increased-blood-pressure',
      'increased-heart-rate',
      'rems',
      'respiratory-depression',
    ],
    sources: ['cohen-2018', 'fda-2023-compounded', 'ketalar-label', 'spravato-approval'],
  },
  {
    id: 'placebo',
    explanation:
      'People often feel better after any treatment, partly because they expect to. This is called the placebo effect. To measure what a drug really does, trials give some people the drug and others a placebo. Ideally nobody knows who got which, and this hiding is called blinding.',
    ketamineNote:
      'Ketamine has strong effects on the mind that are easy to notice. So people can often tell they did not get a placebo. To deal with this, some trials use an active placebo. This is a drug people can also feel, such as the calming drug midazolam.',
    related: ['benzodiazepine', 'psychotomimetic-effects', 'randomized-controlled-trial', 'responder'],
    sources: ['medlineplus', 'noppers-2011', 'sigtermans-2009'],
  },
  {
    id: 'randomized-controlled-trial',
    explanation:
      'In this kind of study, chance decides who gets the treatment and who gets a comparison, such as a placebo. This makes the groups alike, so a difference in results is more likely to come from the treatment. In a double-blind trial, neither patients nor staff know who got what. Well-run trials of this kind give the strongest proof a single study can give.',
    ketamineNote:
      'Trials of ketamine for long-term pain are few and small: one review found 7 trials with 211 people, and all but 1 had flaws that could skew the results. The pain benefit was small and lasted up to about 2 weeks.',
    related: ['level-of-evidence', 'placebo', 'responder', 'systematic-review'],
    sources: ['medlineplus', 'orhurhu-2019'],
  },
  {
    id: 'rems',
    explanation:
      'The FDA can require a REMS when a drug has serious risks that need extra steps. These steps can limit where the drug is given and how patients are checked. Under the Spravato REMS, esketamine nasal spray is used only in certified clinics. Patients spray it themselves while staff watch. Then they stay at least 2 hours, because it can cause drowsiness and dissociation and can be misused.',
    ketamineNote:
      'Compounded ketamine, such as nasal sprays, tablets or lozenges mixed by a pharmacy, is not covered by a REMS. The FDA has said this lack of REMS checks may make it less safe.',
    related: ['compounded-drug', 'controlled-medical-setting', 'esketamine', 'fda-approval', 'monitoring'],
    sources: ['spravato-approval', 'fda-2023-compounded'],
  },
  {
    id: 'responder',
    explanation:
      'Studies often set a bar for a good result before they start. People who reach it are called responders, and the share who do is the response rate. In pain studies the bar is often a drop in pain of 30% or 50%. A response rate only means much when it is compared with a placebo group, since some people get better either way.',
    ketamineNote:
      'In a large trial in cancer pain, ketamine was given under the skin. 31% of people responded on ketamine and 27% on placebo, which is too close to count as a real difference. A success rate with no comparison group can look better than it is.',
    related: ['cancer-pain', 'pain-scale', 'placebo', 'randomized-controlled-trial'],
    sources: ['finnerup-2015', 'hardy-2012'],
  },
  {
    id: 'systematic-review',
    explanation:
      'A systematic review searches for every study on a clear question, using set rules, and judges how well each one was done. A meta-analysis then combines the numbers from those studies. Together they give a fuller picture than any one study. But if the studies are small or flawed, the summary is weak too. Cochrane reviews are one well-known kind.',
    ketamineNote:
      'Reviews of ketamine for long-term pain mostly find small, short-term relief. A 2017 Cochrane review of cancer pain found too little evidence to show that ketamine helps.',
    related: ['consensus-guideline', 'level-of-evidence', 'placebo', 'randomized-controlled-trial'],
    sources: ['orhurhu-2019', 'bell-2017-cochrane', 'cadth-2020', 'cadth-2023'],
  },
];
