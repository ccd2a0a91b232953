import type { GlossaryDetail } from '../types';

// Longer explanations for the drug terms. Sorted by id.
export const drugDetails: GlossaryDetail[] = [
  {
    id: 'anesthetic',
    explanation:
      'Doctors use anesthetics so people feel no pain during surgery and some tests. A general anesthetic makes you fully unconscious. A local anesthetic, such as lidocaine, numbs a small area while you stay awake. Trained staff give it and watch you closely. It can change your breathing, heart rate and blood pressure.',
    ketamineNote:
      "Ketamine's only FDA approval is as an anesthetic, given into a vein or a muscle. At these high doses, about 12 in 100 people have dream-like states or see things as they wake up.",
    related: ['ketamine', 'dissociative-anesthetic', 'subanesthetic-dose', 'fda-approval', 'lidocaine-infusion'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'arketamine',
    explanation:
      'Many drug molecules come in 2 forms that are mirror images, like your left and right hands. Ketamine has an R form, arketamine, and an S form, esketamine. The S form blocks NMDA receptors more strongly. Standard ketamine has equal amounts of both.',
    ketamineNote:
      'US drug law treats arketamine like ketamine. Both are Schedule III drugs, because the rule covers every form of ketamine.',
    related: ['ketamine', 'esketamine', 'nmda-receptor', 'schedule-iii'],
    sources: ['pmc10447145-review', 'dea-1999'],
  },
  {
    id: 'compounded-drug',
    explanation:
      'Pharmacies can make their own versions of a drug, for example as a lozenge, a troche (a small tablet that melts in the mouth) or a nasal spray. These products do not go through FDA review before people use them. So no one outside the pharmacy has checked that they are safe, that they work, or that each dose is made well. Compounded ketamine is also not part of the safety program (REMS) that applies to Spravato.',
    ketamineNote:
      'In 2023 the FDA warned about compounded ketamine taken at home, some of it sold through online clinics. It gave a similar warning about compounded nasal sprays in 2022.',
    related: ['ketamine', 'oral', 'sublingual', 'intranasal', 'rems'],
    sources: ['fda-2023-compounded', 'fda-2022-nasal'],
  },
  {
    id: 'dextromethorphan',
    explanation:
      'Dextromethorphan is in many cough syrups and cold products. Like ketamine, it blocks NMDA receptors, but its effect is much milder. It is approved to calm coughs, not to treat pain, so any use for pain is off-label.',
    ketamineNote:
      'The 2018 US pain guideline says dextromethorphan by mouth may be tried instead of repeat infusions for people whose pain eased with ketamine. The evidence for this is weak.',
    related: ['nmda-receptor-antagonist', 'memantine', 'off-label-use', 'infusion', 'ketamine'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'dissociative-anesthetic',
    explanation:
      'These drugs give strong pain relief and can put a person in a dream-like state. People may feel detached, as if they are watching themselves from outside. At high doses they cause full anesthesia. At lower doses they can still change how you see, hear and think.',
    ketamineNote:
      'Many people feel these effects during an infusion, even at the low doses used for pain. In one CRPS trial, 76 in 100 people on ketamine had them, against 18 in 100 on placebo.',
    related: ['ketamine', 'phencyclidine', 'dissociation', 'anesthetic', 'psychotomimetic-effects'],
    sources: ['pmc10447145-review', 'ketalar-label', 'sigtermans-2009'],
  },
  {
    id: 'esketamine',
    explanation:
      'Esketamine is the S form of ketamine. It blocks NMDA receptors more strongly than the R form. In 2019 the FDA approved Spravato nasal spray for depression that has not improved with other antidepressants. It is given only at certified clinics under a safety program called REMS. Staff watch each patient for at least 2 hours after a dose, since it can cause sleepiness and dissociation and can be misused.',
    ketamineNote:
      'Spravato is not approved for pain, and it is not the ketamine product used in pain clinics. Some pain studies gave esketamine by infusion, but that use is off-label.',
    related: ['ketamine', 'arketamine', 'treatment-resistant-depression', 'rems', 'intranasal'],
    sources: ['spravato-approval', 'pmc10447145-review', 'sigtermans-2009', 'noppers-2011'],
  },
  {
    id: 'glutamate',
    explanation:
      'Glutamate is a chemical messenger between nerve cells, also called a neurotransmitter. It attaches to several kinds of receptors. One of them is the NMDA receptor. When pain goes on for a long time, glutamate acting on NMDA receptors can make the nerves more sensitive. This is one reason ketamine is studied for chronic pain.',
    ketamineNote:
      "Ketamine works partly by blocking one of glutamate's receptors, the NMDA receptor. It also acts on other brain systems, and how it eases pain is not fully known.",
    related: ['nmda-receptor', 'neurotransmitter', 'central-sensitization', 'wind-up'],
    sources: ['pmc10447145-review', 'livertox-ketamine'],
  },
  {
    id: 'ketamine',
    explanation:
      'Ketamine has been sold in the US since about 1970. Its label covers only anesthesia, given into a vein (IV) or a muscle (IM). It works mainly by blocking NMDA receptors, but it acts on other brain systems too. Since 1999 it has been a Schedule III controlled drug in the US, because it can be misused. The body clears half of a dose in about 2.5 to 3 hours.',
    ketamineNote:
      'The best evidence is moderate, for CRPS only, with relief for up to about 12 weeks. For other pain the evidence is weak or missing, and relief often lasts only days to weeks.',
    related: ['esketamine', 'nmda-receptor-antagonist', 'off-label-use', 'schedule-iii', 'infusion'],
    sources: ['ketalar-label', 'pmc10447145-review', 'dea-1999', 'cohen-2018', 'orhurhu-2019', 'cadth-2023'],
  },
  {
    id: 'memantine',
    explanation:
      "Memantine is taken by mouth to ease the symptoms of dementia caused by Alzheimer's disease. It blocks NMDA receptors, the same target as ketamine. It is not approved for pain, so any use for pain is off-label.",
    related: ['nmda-receptor-antagonist', 'dextromethorphan', 'off-label-use'],
    sources: ['medlineplus'],
  },
  {
    id: 'neurotransmitter',
    explanation:
      'Nerve cells do not touch each other. To send a message, one cell lets out a neurotransmitter into the tiny gap between them. The chemical attaches to receptors on the next cell and turns it on or off. Many pain and mood medicines work by changing these signals.',
    ketamineNote:
      'Ketamine acts mainly on glutamate, and also on other messenger systems. But changing these signals is not the same as lasting relief. In studies, pain relief was mostly small and short.',
    related: ['glutamate', 'nmda-receptor', 'antidepressant-effect'],
    sources: ['medlineplus', 'pmc10447145-review', 'orhurhu-2019'],
  },
  {
    id: 'nmda-receptor',
    explanation:
      'NMDA stands for N-methyl-D-aspartate. These receptors sit on nerve cells in the brain and spinal cord. They open a channel when glutamate binds to them. When pain is repeated or lasts a long time, they can help the nerves turn up pain signals, which is called central sensitization or wind-up. They also play a part in learning, memory and mood.',
    ketamineNote:
      'Ketamine blocks the channel of this receptor, which is the main reason it is tried for chronic pain. But how it eases long-term pain is still not fully understood.',
    related: ['nmda-receptor-antagonist', 'glutamate', 'central-sensitization', 'wind-up', 'ketamine'],
    sources: ['pmc10447145-review', 'livertox-ketamine', 'iasp-terminology'],
  },
  {
    id: 'nmda-receptor-antagonist',
    explanation:
      'An antagonist is a drug that blocks a receptor instead of switching it on. By blocking NMDA receptors, these drugs may calm the way the nervous system turns up pain. Ketamine blocks the receptor from inside its channel. Dextromethorphan and memantine are milder drugs in the same group.',
    ketamineNote:
      'Being an NMDA blocker explains why ketamine might help some pain, but it does not prove that it works well. Ketamine also acts on other systems, and studies show mostly small, short-term relief.',
    related: ['nmda-receptor', 'ketamine', 'dextromethorphan', 'memantine', 'glutamate'],
    sources: ['pmc10447145-review', 'medlineplus', 'orhurhu-2019', 'cadth-2023'],
  },
  {
    id: 'norketamine',
    explanation:
      'The liver turns ketamine into norketamine. Enzymes called CYP3A4 and CYP2B6 do this work. When ketamine is swallowed, much of it goes through the liver first, so more of it becomes norketamine. In a small study, norketamine made up a large part of the drug in the blood after doses by mouth or under the tongue.',
    ketamineNote:
      'Ketamine by mouth makes more norketamine and less ketamine. So a pill does not act like an infusion of the same size.',
    related: ['ketamine', 'oral', 'bioavailability', 'half-life'],
    sources: ['pmc10447145-review', 'chong-2006'],
  },
  {
    id: 'off-label-use',
    explanation:
      'When the FDA approves a drug, it approves it for certain uses, doses and ways of giving it, based on studies. Doctors may still prescribe it for other uses. Off-label use is common and can be reasonable, but the proof that it works and is safe for that use may be thin. It is fair to ask your doctor what evidence backs an off-label plan.',
    ketamineNote:
      'Ketamine is approved only for anesthesia, so using it for pain or mood is off-label. Only one form, Spravato, is approved for depression.',
    related: ['fda-approval', 'ketamine', 'esketamine', 'compounded-drug', 'level-of-evidence'],
    sources: ['medlineplus', 'ketalar-label', 'spravato-approval', 'cohen-2018'],
  },
  {
    id: 'phencyclidine',
    explanation:
      'Phencyclidine is a dissociative drug, like ketamine. Its mind-altering effects are strong and can last a long time. Today it is known mainly as an illegal street drug. Scientists made ketamine in 1962 as a safer option with shorter effects.',
    ketamineNote:
      'Ketamine and PCP are related, but they are different drugs. Ketamine wears off faster, and it is an approved medicine for anesthesia.',
    related: ['ketamine', 'dissociative-anesthetic', 'hallucination', 'abuse-and-misuse'],
    sources: ['medlineplus', 'pmc10447145-review', 'ketalar-label'],
  },
  {
    id: 'subanesthetic-dose',
    explanation:
      'In the 2018 US pain guideline, ketamine infusions for chronic pain ran at about 0.5 to 2 mg per kg of body weight each hour. A single quick dose was kept at 0.35 mg per kg or less. Depression studies often give 0.5 mg per kg over 40 minutes. These doses are below the level used for surgery, but people still need to be watched during and after.',
    ketamineNote:
      'A low dose is not free of risk. Dizziness, dissociation, nausea and a rise in blood pressure are common, and higher or more frequent doses bring more risk.',
    related: ['anesthetic', 'infusion', 'ketamine', 'bolus', 'monitoring'],
    sources: ['cohen-2018', 'pharmacol-rep-2020', 'cadth-2020', 'sigtermans-2009', 'ketalar-label'],
  },
];
