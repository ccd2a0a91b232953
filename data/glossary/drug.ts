import type { GlossaryEntry } from '../types';

// Ketamine, its relatives and the words used to describe how it works. Sorted by id.
export const drugTerms: GlossaryEntry[] = [
  {
    id: 'anesthetic',
    name: 'Anesthetic',
    category: 'drug',
    forms: [
      { text: 'anesthetic', case: 'word' },
      { text: 'anesthetics', case: 'word' },
      { text: 'anaesthetic', case: 'word' },
      { text: 'anaesthetics', case: 'word' },
      { text: 'anesthesia', case: 'word' },
      { text: 'anaesthesia', case: 'word' },
    ],
    short:
      'A medicine that blocks pain and feeling during surgery or a test. Some put you fully to sleep. Others numb just one part of the body.',
    sources: ['medlineplus'],
  },
  {
    id: 'arketamine',
    name: 'Arketamine (R-ketamine)',
    category: 'drug',
    forms: [
      { text: 'arketamine', case: 'word' },
      { text: 'R-ketamine', case: 'word' },
    ],
    short:
      'One of the 2 mirror-image forms that make up ketamine. The ketamine used as a medicine has equal parts of this form and esketamine.',
    sources: ['pmc10447145-review'],
  },
  {
    id: 'compounded-drug',
    name: 'Compounded drug',
    category: 'drug',
    forms: [
      { text: 'compounded drug', case: 'word' },
      { text: 'compounded drugs', case: 'word' },
      { text: 'compounded medication', case: 'word' },
      { text: 'compounded medications', case: 'word' },
      { text: 'compounded medicine', case: 'word' },
      { text: 'compounded medicines', case: 'word' },
      { text: 'compounded product', case: 'word' },
      { text: 'compounded products', case: 'word' },
      { text: 'compounded ketamine', case: 'word' },
      { text: 'compounding pharmacy', case: 'word' },
      { text: 'compounding pharmacies', case: 'word' },
      { text: 'compounding', case: 'word', ambiguous: true },
      { text: 'troche', case: 'word' },
      { text: 'troches', case: 'word' },
      { text: 'rapid-dissolve tablet', case: 'word' },
      { text: 'rapid-dissolve tablets', case: 'word' },
      { text: 'rapid-dissolving tablet', case: 'word' },
      { text: 'rapid-dissolving tablets', case: 'word' },
    ],
    short:
      'A medicine custom-made by a pharmacy, not by a drug company. The FDA does not check these products for safety, quality or how well they work.',
    sources: ['fda-2023-compounded'],
  },
  {
    id: 'dextromethorphan',
    name: 'Dextromethorphan (DXM)',
    category: 'drug',
    forms: [
      { text: 'dextromethorphan', case: 'word' },
      { text: 'DXM', case: 'abbr', ambiguous: true },
    ],
    short:
      'A cough medicine you can buy without a prescription. It also blocks NMDA receptors, the same target as ketamine, but more weakly.',
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'dissociative-anesthetic',
    name: 'Dissociative anesthetic',
    category: 'drug',
    forms: [
      { text: 'dissociative anesthetic', case: 'word' },
      { text: 'dissociative anesthetics', case: 'word' },
      { text: 'dissociative anaesthetic', case: 'word' },
      { text: 'dissociative anaesthetics', case: 'word' },
      { text: 'dissociative anesthesia', case: 'word' },
      { text: 'dissociative anaesthesia', case: 'word' },
      { text: 'dissociative drug', case: 'word' },
      { text: 'dissociative drugs', case: 'word' },
      { text: 'dissociatives', case: 'word' },
    ],
    short:
      'A type of drug that blocks pain and can make you feel cut off from your body or what is around you. Ketamine and PCP are in this group.',
    sources: ['pmc10447145-review'],
  },
  {
    id: 'esketamine',
    name: 'Esketamine (Spravato)',
    category: 'drug',
    forms: [
      { text: 'esketamine', case: 'word' },
      { text: 'S-ketamine', case: 'word' },
      { text: 'Spravato', case: 'word' },
      { text: 'Ketanest S', case: 'word' },
    ],
    short:
      'One of the 2 mirror-image forms in ketamine. As the nasal spray Spravato, it is FDA-approved for hard-to-treat depression. It is not approved for pain.',
    sources: ['spravato-approval', 'pmc10447145-review'],
  },
  {
    id: 'glutamate',
    name: 'Glutamate',
    category: 'drug',
    forms: [
      { text: 'glutamate', case: 'word' },
      { text: 'glutamic acid', case: 'word' },
      { text: 'glutamatergic', case: 'word' },
    ],
    short:
      'The main chemical that nerve cells use to switch on other nerve cells. It helps carry pain signals in the spinal cord and brain.',
    sources: ['medlineplus', 'pmc10447145-review'],
  },
  {
    id: 'ketamine',
    name: 'Ketamine',
    category: 'drug',
    forms: [
      { text: 'ketamine', case: 'word' },
      { text: 'ketamine hydrochloride', case: 'word' },
      { text: 'ketamine HCl', case: 'word' },
      { text: 'racemic ketamine', case: 'word' },
      { text: 'Ketalar', case: 'word' },
    ],
    short:
      'A drug first made in 1962. The FDA approved it only as an anesthetic, given into a vein or a muscle. Using it for pain is off-label.',
    sources: ['pmc10447145-review', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'memantine',
    name: 'Memantine (Namenda)',
    category: 'drug',
    forms: [
      { text: 'memantine', case: 'word' },
      { text: 'Namenda', case: 'word' },
    ],
    short:
      "A medicine taken by mouth for memory loss in Alzheimer's disease. Like ketamine, it blocks NMDA receptors in the brain.",
    sources: ['medlineplus'],
  },
  {
    id: 'neurotransmitter',
    name: 'Neurotransmitter',
    category: 'drug',
    forms: [
      { text: 'neurotransmitter', case: 'word' },
      { text: 'neurotransmitters', case: 'word' },
      { text: 'neurotransmission', case: 'word' },
      { text: 'chemical messenger', case: 'word', ambiguous: true },
      { text: 'chemical messengers', case: 'word', ambiguous: true },
    ],
    short:
      'A chemical that a nerve cell lets out to pass a signal to the next cell. Glutamate, serotonin and dopamine are examples.',
    sources: ['medlineplus'],
  },
  {
    id: 'nmda-receptor',
    name: 'NMDA receptor',
    category: 'drug',
    forms: [
      { text: 'NMDA', case: 'abbr' },
      { text: 'NMDA receptor', case: 'word' },
      { text: 'NMDA receptors', case: 'word' },
      { text: 'NMDAR', case: 'abbr' },
      { text: 'NMDARs', case: 'abbr' },
      { text: 'N-methyl-D-aspartate', case: 'word' },
      { text: 'N-methyl-D-aspartate receptor', case: 'word' },
      { text: 'N-methyl-D-aspartate receptors', case: 'word' },
      { text: 'N-methyl-D-aspartic acid receptor', case: 'word' },
    ],
    short:
      'A docking site on nerve cells that opens when glutamate attaches. It helps the nerves turn up pain signals. It also plays a part in memory and mood.',
    sources: ['pmc10447145-review'],
  },
  {
    id: 'nmda-receptor-antagonist',
    name: 'NMDA receptor antagonist',
    category: 'drug',
    forms: [
      { text: 'NMDA receptor antagonist', case: 'word' },
      { text: 'NMDA receptor antagonists', case: 'word' },
      { text: 'NMDA antagonist', case: 'word' },
      { text: 'NMDA antagonists', case: 'word' },
      { text: 'NMDA blocker', case: 'word' },
      { text: 'NMDA blockers', case: 'word' },
      { text: 'NMDA receptor blocker', case: 'word' },
      { text: 'NMDA receptor blockers', case: 'word' },
      { text: 'NMDAR antagonist', case: 'word' },
      { text: 'NMDAR antagonists', case: 'word' },
      { text: 'N-methyl-D-aspartate receptor antagonist', case: 'word' },
      { text: 'N-methyl-D-aspartate receptor antagonists', case: 'word' },
    ],
    short:
      'A drug that blocks NMDA receptors, which help the nerves turn up pain signals. Ketamine, dextromethorphan and memantine are examples.',
    sources: ['pmc10447145-review', 'medlineplus'],
  },
  {
    id: 'norketamine',
    name: 'Norketamine',
    category: 'drug',
    forms: [
      { text: 'norketamine', case: 'word' },
      { text: 'nor-ketamine', case: 'word' },
    ],
    short:
      'A substance your liver makes as it breaks down ketamine. It is still active and may add a little pain relief.',
    sources: ['pmc10447145-review'],
  },
  {
    id: 'off-label-use',
    name: 'Off-label use',
    category: 'drug',
    forms: [
      { text: 'off-label', case: 'word' },
      { text: 'off-label use', case: 'word' },
      { text: 'unapproved use', case: 'word' },
      { text: 'unapproved uses', case: 'word' },
    ],
    short:
      'Using a medicine for a health problem, dose or route the FDA has not approved. Doctors may legally do this, but the FDA has not checked that use.',
    sources: ['medlineplus'],
  },
  {
    id: 'phencyclidine',
    name: 'Phencyclidine (PCP)',
    category: 'drug',
    forms: [
      { text: 'phencyclidine', case: 'word' },
      { text: 'angel dust', case: 'word', ambiguous: true },
    ],
    short:
      'A street drug, also called PCP or angel dust, that can cause strong hallucinations. Ketamine was made in 1962 as a safer relative that wears off sooner.',
    sources: ['medlineplus', 'pmc10447145-review'],
  },
  {
    id: 'subanesthetic-dose',
    name: 'Subanesthetic dose',
    category: 'drug',
    forms: [
      { text: 'subanesthetic', case: 'word' },
      { text: 'subanesthetic dose', case: 'word' },
      { text: 'subanesthetic doses', case: 'word' },
      { text: 'subanaesthetic', case: 'word' },
      { text: 'subanaesthetic dose', case: 'word' },
      { text: 'subanaesthetic doses', case: 'word' },
      { text: 'sub-anesthetic', case: 'word' },
      { text: 'sub-anesthetic dose', case: 'word' },
      { text: 'sub-anesthetic doses', case: 'word' },
      { text: 'sub-anaesthetic', case: 'word' },
      { text: 'sub-anaesthetic dose', case: 'word' },
      { text: 'sub-anaesthetic doses', case: 'word' },
      { text: 'low-dose ketamine', case: 'word' },
      { text: 'sub-dissociative', case: 'word' },
      { text: 'subdissociative', case: 'word' },
    ],
    short:
      'A dose too low to cause full anesthesia. Ketamine for pain uses these lower doses. They can still change how you feel and think.',
    sources: ['cohen-2018', 'sigtermans-2009'],
  },
];
