import type { GlossaryDetail } from '../types';

// Longer explanations for the pain conditions, sorted by id.
export const conditionDetails: GlossaryDetail[] = [
  {
    id: 'arthritis',
    explanation:
      'There are many types of arthritis. The most common is osteoarthritis. It comes from wear on cartilage, the smooth tissue that pads the ends of bones. In some other types, such as rheumatoid arthritis, the body’s defense system attacks the joints. Care often includes exercise, weight control, physical therapy and pain drugs.',
    ketamineNote: 'The 2018 guideline on ketamine for pain did not find that it helps arthritis.',
    related: ['chronic-pain', 'nociceptive-pain', 'nsaid', 'physical-therapy', 'acetaminophen'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'budapest-criteria',
    explanation:
      'No single blood test or scan can prove CRPS. Instead, doctors check for pain that is far worse than the injury would explain. They look for changes in feeling, in skin color or warmth, in swelling or sweating, and in movement, hair, skin or nails. Other causes have to be ruled out.',
    ketamineNote:
      'CRPS is the one condition where ketamine has moderate support from experts, so a careful diagnosis matters. It is fair to ask how yours was made.',
    related: ['complex-regional-pain-syndrome', 'allodynia'],
    sources: ['xu-2018', 'cohen-2018'],
  },
  {
    id: 'cancer-pain',
    explanation:
      'Cancer can cause pain when a tumor presses on bones, nerves or organs. Surgery, chemo and radiation can also hurt. Care often mixes several drugs, often with opioids, and other help. Cancer teams and comfort care teams can help find the right plan.',
    ketamineNote:
      'A Cochrane review found too little proof that ketamine helps when added to opioids. In the biggest trial, of 185 people, it gave no real gain and caused about twice the side effects.',
    related: ['opioid', 'side-effect', 'subcutaneous', 'systematic-review', 'randomized-controlled-trial'],
    sources: ['medlineplus', 'bell-2017-cochrane', 'hardy-2012'],
  },
  {
    id: 'chronic-low-back-pain',
    explanation:
      'Low back pain can come from muscles, joints, discs or nerves in the spine. When it lasts more than 3 months, it counts as chronic. Staying active, exercise and physical therapy are key parts of care. Some people also use medicines or talk therapy to cope.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine helps low back pain. Any benefit was short-term.',
    related: ['chronic-pain', 'physical-therapy', 'cognitive-behavioral-therapy', 'multimodal-care'],
    sources: ['medlineplus', 'treede-2015', 'cohen-2018'],
  },
  {
    id: 'complex-regional-pain-syndrome',
    explanation:
      'CRPS often starts after a fracture, sprain, surgery or other injury. Type 1 happens without a confirmed nerve injury, and type 2 follows a known nerve injury. Light touch may hurt, and the limb can get stiff or weak. Older names for it include reflex sympathetic dystrophy and causalgia. Treatment, such as physical therapy, aims to keep the limb moving.',
    ketamineNote:
      'Only CRPS had moderate proof for ketamine in the 2018 guideline, with less pain for up to about 12 weeks. Still, the main trial found no gain in daily life, and a 2015 review rated the proof weak.',
    related: ['budapest-criteria', 'allodynia', 'neuropathic-pain', 'physical-therapy', 'chronic-primary-pain'],
    sources: ['medlineplus', 'iasp-terminology', 'cohen-2018', 'sigtermans-2009', 'connolly-2015'],
  },
  {
    id: 'fibromyalgia',
    explanation:
      'Doctors do not know exactly what causes fibromyalgia. It seems to involve changes in how the brain and spinal cord handle pain. It is more common in women. Exercise, good sleep habits, talk therapy and some medicines can help.',
    ketamineNote:
      'The 2018 guideline found weak or no evidence for ketamine here. In one small trial, relief lasted only while the drug stayed in the bloodstream.',
    related: ['chronic-primary-pain', 'nociplastic-pain', 'central-sensitization', 'insomnia', 'snri'],
    sources: ['medlineplus', 'cohen-2018', 'noppers-2011'],
  },
  {
    id: 'ischemic-pain',
    explanation:
      'Blood carries oxygen to every part of the body. When arteries narrow or get blocked, the muscles they feed can hurt, first during walking and later even at rest. Peripheral artery disease is a common cause. Getting blood flowing again is the main goal of treatment.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine helps this pain. Any benefit was seen only right after treatment.',
    related: ['cardiovascular-disease', 'chronic-pain', 'nociceptive-pain'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'migraine',
    explanation:
      'Headaches are very common, and most are not serious. Migraine attacks can last hours to days, and some start with warning signs such as flashing lights. Cluster headache is a rarer type with bouts of severe pain around one eye. Many medicines can stop attacks or make them happen less often.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine helps migraine or other headaches. Any benefit was short-term.',
    related: ['chronic-pain', 'nausea-and-vomiting', 'treatment-resistant-pain'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'phantom-limb-pain',
    explanation:
      'After an amputation, many people can still feel the missing limb. For some, these feelings are painful, with burning, cramping or shooting pain. It is thought to come from changes in the nerves, spinal cord and brain. Medicines and other treatments may help.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine helps phantom limb pain. Any benefit was short-term.',
    related: ['neuropathic-pain', 'central-sensitization', 'chronic-pain'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'postherpetic-neuralgia',
    explanation:
      'Shingles happens when the chickenpox virus wakes up again in the body. In some people it damages nerves, and pain lasts for months or longer after the rash clears. The skin may be very sensitive to touch. The risk is higher in older adults, and the shingles vaccine lowers the chance of getting it.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine helps this kind of nerve pain. Any benefit was short-term.',
    related: ['neuropathic-pain', 'neuropathy', 'allodynia', 'gabapentinoid'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'postsurgical-pain',
    explanation:
      'Some pain after surgery is normal, and it is usually treated with a mix of medicines. Good pain control helps people move, breathe deeply and recover. If pain lasts more than 3 months after surgery, it becomes a type of chronic pain. Tell your care team if pain gets worse instead of better.',
    ketamineNote:
      'Most proof that ketamine lowers opioid use comes from surgery, not from long-term pain. A 2018 Cochrane review pooled 130 such surgery studies.',
    related: ['acute-pain', 'opioid-sparing', 'opioid', 'chronic-pain'],
    sources: ['medlineplus', 'treede-2015', 'brinck-2018-cochrane'],
  },
  {
    id: 'spinal-cord-injury-pain',
    explanation:
      'Many people with a spinal cord injury develop pain that lasts. Some of it comes from the damaged nerves and may burn or tingle, even in areas with little feeling. Other pain comes from overused muscles and joints. Treatment often mixes medicines, therapy and support.',
    ketamineNote: 'A 2018 guideline found weak evidence that ketamine eases this pain. The benefit was short-term.',
    related: ['neuropathic-pain', 'central-sensitization', 'chronic-pain'],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'treatment-resistant-pain',
    explanation:
      'The term usually means several fair tries of standard care have not helped enough. Before using this label, it helps to check the diagnosis. It also helps to check that each treatment was used at the right dose and for long enough. Care that mixes medicines, exercise and talk therapy may still help.',
    ketamineNote:
      'Ketamine is mostly tried only after usual care fails. Even then, there is moderate proof only for CRPS, and relief often lasts days to weeks.',
    related: ['chronic-pain', 'multimodal-care', 'complex-regional-pain-syndrome', 'treatment-resistant-depression'],
    sources: ['cohen-2018', 'patil-2012', 'orhurhu-2019'],
  },
  {
    id: 'trigeminal-neuralgia',
    explanation:
      'The trigeminal nerve carries feeling from the face to the brain. When it is irritated, often by a blood vessel pressing on it, brief but severe attacks of pain can occur. Attacks may come many times a day. Medicines often help, and surgery is an option for some people.',
    ketamineNote:
      'Only a few small studies have tested ketamine for this kind of face pain, so no one knows if it helps.',
    related: ['neuropathic-pain', 'chronic-pain'],
    sources: ['medlineplus', 'maher-2017'],
  },
];
