import type { GlossaryEntry } from '../types';

// Pain conditions, sorted by id.
export const conditionTerms: GlossaryEntry[] = [
  {
    id: 'arthritis',
    name: 'Arthritis',
    category: 'condition',
    forms: [
      { text: 'arthritis', case: 'word' },
      { text: 'arthritic', case: 'word' },
      { text: 'osteoarthritis', case: 'word' },
      { text: 'rheumatoid arthritis', case: 'word' },
    ],
    short:
      'Swelling, pain and stiffness in one or more joints. The most common kind, osteoarthritis, comes from wear and tear of the joint.',
    sources: ['medlineplus'],
  },
  {
    id: 'budapest-criteria',
    name: 'Budapest criteria',
    category: 'condition',
    forms: [
      { text: 'Budapest criteria', case: 'word' },
      { text: 'Budapest diagnostic criteria', case: 'word' },
    ],
    short:
      'A checklist doctors use to diagnose CRPS. It covers the symptoms a person reports, the signs found on an exam, and whether something else explains them better.',
    sources: ['xu-2018'],
  },
  {
    id: 'cancer-pain',
    name: 'Cancer pain',
    category: 'condition',
    forms: [
      { text: 'cancer pain', case: 'word' },
      { text: 'cancer-related pain', case: 'word' },
      { text: 'malignant pain', case: 'word' },
    ],
    short:
      'Pain from cancer itself, or from its care, such as surgery, drugs or radiation. It can be short-term or long-lasting.',
    sources: ['medlineplus'],
  },
  {
    id: 'chronic-low-back-pain',
    name: 'Chronic low back pain',
    category: 'condition',
    forms: [
      { text: 'chronic low back pain', case: 'word' },
      { text: 'low back pain', case: 'word' },
      { text: 'lower back pain', case: 'word' },
      { text: 'chronic back pain', case: 'word' },
      { text: 'CLBP', case: 'abbr' },
      { text: 'LBP', case: 'abbr', ambiguous: true },
    ],
    short:
      'Pain in the lower back that lasts more than 3 months. Back pain is very common, and often no single cause is found.',
    sources: ['medlineplus', 'treede-2015'],
  },
  {
    id: 'complex-regional-pain-syndrome',
    name: 'Complex regional pain syndrome (CRPS)',
    category: 'condition',
    forms: [
      { text: 'complex regional pain syndrome', case: 'word' },
      { text: 'complex regional pain syndromes', case: 'word' },
      { text: 'CRPS', case: 'abbr' },
      { text: 'CRPS-I', case: 'abbr' },
      { text: 'CRPS-II', case: 'abbr' },
      { text: 'CRPS type 1', case: 'word' },
      { text: 'CRPS type 2', case: 'word' },
      { text: 'CRPS type I', case: 'word' },
      { text: 'CRPS type II', case: 'word' },
      { text: 'reflex sympathetic dystrophy', case: 'word' },
      { text: 'RSD', case: 'abbr', ambiguous: true },
      { text: 'causalgia', case: 'word' },
      { text: 'algodystrophy', case: 'word' },
      { text: "Sudeck's atrophy", case: 'word' },
      { text: 'Sudeck atrophy', case: 'word' },
      { text: 'shoulder-hand syndrome', case: 'word' },
    ],
    short:
      'Severe, lasting pain, most often in an arm or leg after an injury, that is far worse than the injury itself. The skin may swell or change color or temperature.',
    sources: ['medlineplus'],
  },
  {
    id: 'fibromyalgia',
    name: 'Fibromyalgia',
    category: 'condition',
    forms: [
      { text: 'fibromyalgia', case: 'word' },
      { text: 'fibromyalgia syndrome', case: 'word' },
      { text: 'fibrositis', case: 'word' },
      { text: 'FMS', case: 'abbr', ambiguous: true },
    ],
    short:
      'Long-term pain all over the body. It often comes with tiredness, poor sleep, and trouble with memory or focus.',
    sources: ['medlineplus'],
  },
  {
    id: 'ischemic-pain',
    name: 'Ischemic pain',
    category: 'condition',
    forms: [
      { text: 'ischemic pain', case: 'word' },
      { text: 'ischaemic pain', case: 'word' },
      { text: 'ischemic limb pain', case: 'word' },
      { text: 'ischaemic limb pain', case: 'word' },
    ],
    short:
      'Pain caused by poor blood flow, so the tissue does not get enough oxygen. It often affects the legs when arteries are narrowed.',
    sources: ['medlineplus'],
  },
  {
    id: 'migraine',
    name: 'Migraine and headache',
    category: 'condition',
    forms: [
      { text: 'migraine', case: 'word' },
      { text: 'migraines', case: 'word' },
      { text: 'cluster headache', case: 'word' },
      { text: 'cluster headaches', case: 'word' },
      { text: 'headache', case: 'word', ambiguous: true },
      { text: 'headaches', case: 'word', ambiguous: true },
    ],
    short:
      'Pain in the head. A migraine is a type that comes in attacks of strong, throbbing pain, often with nausea and a dislike of light or sound.',
    sources: ['medlineplus'],
  },
  {
    id: 'phantom-limb-pain',
    name: 'Phantom limb pain',
    category: 'condition',
    forms: [
      { text: 'phantom limb pain', case: 'word' },
      { text: 'phantom pain', case: 'word' },
      { text: 'phantom limb', case: 'word' },
      { text: 'PLP', case: 'abbr', ambiguous: true },
    ],
    short: 'Pain that feels as if it comes from an arm or leg that has been removed.',
    sources: ['medlineplus'],
  },
  {
    id: 'postherpetic-neuralgia',
    name: 'Postherpetic neuralgia',
    category: 'condition',
    forms: [
      { text: 'postherpetic neuralgia', case: 'word' },
      { text: 'post-herpetic neuralgia', case: 'word' },
      { text: 'PHN', case: 'abbr', ambiguous: true },
    ],
    short: 'Nerve pain that stays after shingles has healed, in the same place where the rash was.',
    sources: ['medlineplus'],
  },
  {
    id: 'postsurgical-pain',
    name: 'Pain after surgery',
    category: 'condition',
    forms: [
      { text: 'post-surgical pain', case: 'word' },
      { text: 'postsurgical pain', case: 'word' },
      { text: 'postoperative pain', case: 'word' },
      { text: 'post-operative pain', case: 'word' },
      { text: 'pain after surgery', case: 'word' },
    ],
    short: 'Pain after an operation. It usually eases as you heal, but in some people it lasts for months.',
    sources: ['medlineplus'],
  },
  {
    id: 'spinal-cord-injury-pain',
    name: 'Spinal cord injury pain',
    category: 'condition',
    forms: [
      { text: 'spinal cord injury pain', case: 'word' },
      { text: 'SCI pain', case: 'word' },
      { text: 'spinal cord injury', case: 'word' },
      { text: 'spinal cord injuries', case: 'word' },
      { text: 'SCI', case: 'abbr', ambiguous: true },
    ],
    short:
      'Long-term pain after damage to the spinal cord. It can be nerve pain at or below the injury, or pain from overworked muscles and joints.',
    sources: ['medlineplus'],
  },
  {
    id: 'treatment-resistant-pain',
    name: 'Treatment-resistant pain',
    category: 'condition',
    forms: [
      { text: 'treatment-resistant pain', case: 'word' },
      { text: 'treatment-refractory pain', case: 'word' },
      { text: 'refractory pain', case: 'word' },
      { text: 'intractable pain', case: 'word' },
    ],
    short:
      'Pain that has not eased enough, even after fair tries of the usual care. That care may include pain medicines, exercise and physical therapy.',
    sources: ['cohen-2018', 'patil-2012'],
  },
  {
    id: 'trigeminal-neuralgia',
    name: 'Trigeminal neuralgia',
    category: 'condition',
    forms: [
      { text: 'trigeminal neuralgia', case: 'word' },
      { text: 'tic douloureux', case: 'word' },
    ],
    short:
      'Sudden attacks of sharp pain, like an electric shock, on one side of the face. Chewing, talking or a light touch can set them off.',
    sources: ['medlineplus'],
  },
];
