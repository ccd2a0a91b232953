import type { GlossaryEntry } from '../types';

// Pain conditions, sorted by id.
export const conditionTerms: GlossaryEntry[] = [
  {
    id: 'ankylosing-spondylitis',
    name: 'Ankylosing spondylitis',
    category: 'condition',
    forms: [
      { text: 'ankylosing spondylitis', case: 'word' },
      { text: 'axial spondyloarthritis', case: 'word' },
    ],
    short:
      'A long-term kind of arthritis that mostly affects the spine and the joints where the spine meets the pelvis. It causes back pain and stiffness.',
    sources: ['mlp-ankylosing-spondylitis'],
  },
  {
    id: 'arthritis',
    name: 'Arthritis',
    category: 'condition',
    forms: [
      { text: 'arthritis', case: 'word' },
      { text: 'arthritic', case: 'word' },
    ],
    short:
      'Swelling, pain and stiffness in one or more joints. There are many kinds; the most common, osteoarthritis, comes from wear of the joint.',
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
      'A checklist doctors use to find complex regional pain syndrome (CRPS). It looks at the symptoms you report, the signs on an exam, and other causes.',
    sources: ['harden-2010'],
  },
  {
    id: 'bursitis',
    name: 'Bursitis',
    category: 'condition',
    forms: [{ text: 'bursitis', case: 'word' }],
    short:
      'Swelling and pain of a bursa, a small sac of fluid that cushions a joint. It often affects the shoulder, elbow or hip.',
    sources: ['mlp-bursitis'],
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
    id: 'carpal-tunnel-syndrome',
    name: 'Carpal tunnel syndrome',
    category: 'condition',
    forms: [
      { text: 'carpal tunnel syndrome', case: 'word' },
      { text: 'carpal tunnel', case: 'word' },
      { text: 'CTS', case: 'abbr', ambiguous: true },
    ],
    short:
      'Numbness, tingling or pain in the hand and fingers when a nerve gets squeezed at the wrist. The tight space it runs through is the carpal tunnel.',
    sources: ['mlp-carpal-tunnel'],
  },
  {
    id: 'central-pain-syndrome',
    name: 'Central pain syndrome',
    category: 'condition',
    forms: [
      { text: 'central pain syndrome', case: 'word' },
      { text: 'central neuropathic pain', case: 'word' },
    ],
    short:
      'Nerve pain from damage in the brain or spinal cord. A stroke, an injury or multiple sclerosis can cause it.',
    sources: ['ninds-central-pain'],
  },
  {
    id: 'central-post-stroke-pain',
    name: 'Central post-stroke pain',
    category: 'condition',
    forms: [
      { text: 'central post-stroke pain', case: 'word' },
      { text: 'central poststroke pain', case: 'word' },
      { text: 'post-stroke pain', case: 'word' },
      { text: 'poststroke pain', case: 'word' },
      { text: 'thalamic pain syndrome', case: 'word' },
      { text: 'Dejerine-Roussy syndrome', case: 'word' },
    ],
    short:
      'Nerve pain that starts after a stroke harms the pain pathways in the brain. It often burns or aches on the side of the body the stroke affected.',
    sources: ['ninds-central-pain'],
  },
  {
    id: 'chemotherapy-induced-peripheral-neuropathy',
    name: 'Chemotherapy-induced peripheral neuropathy (CIPN)',
    category: 'condition',
    forms: [
      { text: 'chemotherapy-induced peripheral neuropathy', case: 'word' },
      { text: 'chemotherapy-induced neuropathy', case: 'word' },
      { text: 'chemo-induced peripheral neuropathy', case: 'word' },
      { text: 'chemo-induced neuropathy', case: 'word' },
      { text: 'CIPN', case: 'abbr' },
    ],
    short:
      'Nerve damage caused by some cancer drugs. It often brings numbness, tingling, burning or pain in the hands and feet.',
    sources: ['nci-nerve-problems'],
  },
  {
    id: 'chronic-fatigue-syndrome',
    name: 'Myalgic encephalomyelitis / chronic fatigue syndrome (ME/CFS)',
    category: 'condition',
    forms: [
      { text: 'myalgic encephalomyelitis', case: 'word' },
      { text: 'chronic fatigue syndrome', case: 'word' },
      { text: 'systemic exertion intolerance disease', case: 'word' },
      { text: 'CFS', case: 'abbr', ambiguous: true },
    ],
    short:
      'A long-term illness with deep tiredness that rest does not fix. Symptoms often get worse after even small efforts, and pain is common.',
    sources: ['mlp-chronic-fatigue'],
  },
  {
    id: 'chronic-low-back-pain',
    name: 'Low back pain (chronic low back pain)',
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
      'Pain in the lower back. It is called chronic when it lasts more than 3 months. Back pain is very common, and often no single cause is found.',
    sources: ['medlineplus', 'treede-2015'],
  },
  {
    id: 'chronic-pancreatitis',
    name: 'Chronic pancreatitis',
    category: 'condition',
    forms: [{ text: 'chronic pancreatitis', case: 'word' }],
    short:
      'Long-term swelling and damage of the pancreas, an organ behind the stomach that helps digest food. It often causes lasting belly pain.',
    sources: ['mlp-pancreatitis'],
  },
  {
    id: 'chronic-pelvic-pain',
    name: 'Chronic pelvic pain',
    category: 'condition',
    forms: [
      { text: 'chronic pelvic pain', case: 'word' },
      { text: 'chronic pelvic pain syndrome', case: 'word' },
      { text: 'pelvic pain', case: 'word' },
      { text: 'CPPS', case: 'abbr' },
    ],
    short:
      'Long-lasting pain in the lowest part of the belly, between the hips. It can come from organs, muscles or nerves, and sometimes no cause is found.',
    sources: ['mlp-pelvic-pain', 'treede-2015'],
  },
  {
    id: 'chronic-postsurgical-pain',
    name: 'Chronic pain after surgery',
    category: 'condition',
    forms: [
      { text: 'chronic postsurgical pain', case: 'word' },
      { text: 'chronic post-surgical pain', case: 'word' },
      { text: 'persistent postsurgical pain', case: 'word' },
      { text: 'persistent post-surgical pain', case: 'word' },
      { text: 'chronic postoperative pain', case: 'word' },
      { text: 'chronic post-operative pain', case: 'word' },
      { text: 'persistent postoperative pain', case: 'word' },
    ],
    short: 'Pain that starts or gets worse after an operation and lasts at least 3 months, after the wound has healed.',
    sources: ['schug-2019'],
  },
  {
    id: 'chronic-widespread-pain',
    name: 'Chronic widespread pain',
    category: 'condition',
    forms: [
      { text: 'chronic widespread pain', case: 'word' },
      { text: 'CWP', case: 'abbr', ambiguous: true },
    ],
    short:
      'Long-term pain in many parts of the body, on both sides and above and below the waist. Fibromyalgia is the best-known kind.',
    sources: ['treede-2015'],
  },
  {
    id: 'cluster-headache',
    name: 'Cluster headache',
    category: 'condition',
    forms: [
      { text: 'cluster headache', case: 'word' },
      { text: 'cluster headaches', case: 'word' },
    ],
    short:
      'A rare kind of headache with attacks of severe pain around one eye. The attacks are short but can come every day for weeks.',
    sources: ['ichd-3'],
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
    id: 'degenerative-disc-disease',
    name: 'Degenerative disc disease',
    category: 'condition',
    forms: [
      { text: 'degenerative disc disease', case: 'word' },
      { text: 'degenerative disk disease', case: 'word' },
      { text: 'disc degeneration', case: 'word' },
      { text: 'disk degeneration', case: 'word' },
      { text: 'DDD', case: 'abbr', ambiguous: true },
    ],
    short:
      'Wear of the discs between the bones of the spine, which often comes with age. It can cause back or neck pain in some people.',
    sources: ['mlp-back-pain', 'mlp-herniated-disk'],
  },
  {
    id: 'diabetic-neuropathy',
    name: 'Diabetic neuropathy',
    category: 'condition',
    forms: [
      { text: 'diabetic neuropathy', case: 'word' },
      { text: 'diabetic peripheral neuropathy', case: 'word' },
      { text: 'painful diabetic neuropathy', case: 'word' },
      { text: 'diabetic polyneuropathy', case: 'word' },
      { text: 'diabetic nerve pain', case: 'word' },
      { text: 'diabetic nerve damage', case: 'word' },
      { text: 'DPN', case: 'abbr', ambiguous: true },
    ],
    short:
      'Nerve damage caused by diabetes, most often in the feet and legs. It can cause numbness, tingling, burning or sharp pain.',
    sources: ['mlp-diabetic-nerve'],
  },
  {
    id: 'ehlers-danlos-syndrome',
    name: 'Ehlers-Danlos syndrome (EDS)',
    category: 'condition',
    forms: [
      { text: 'Ehlers-Danlos syndrome', case: 'word' },
      { text: 'Ehlers-Danlos syndromes', case: 'word' },
      { text: 'hypermobile Ehlers-Danlos syndrome', case: 'word' },
      { text: 'EDS', case: 'abbr', ambiguous: true },
      { text: 'hEDS', case: 'abbr' },
    ],
    short:
      'A group of inherited conditions that weaken connective tissue, the tissue that supports the skin, joints and blood vessels. Loose joints and pain are common.',
    sources: ['mlp-genetics-ehlers-danlos'],
  },
  {
    id: 'endometriosis',
    name: 'Endometriosis',
    category: 'condition',
    forms: [{ text: 'endometriosis', case: 'word' }],
    short:
      'A condition in which tissue like the lining of the womb grows outside it. It can cause painful periods, pelvic pain and trouble getting pregnant.',
    sources: ['mlp-endometriosis'],
  },
  {
    id: 'failed-back-surgery-syndrome',
    name: 'Failed back surgery syndrome (persistent spinal pain syndrome)',
    category: 'condition',
    forms: [
      { text: 'failed back surgery syndrome', case: 'word' },
      { text: 'failed back syndrome', case: 'word' },
      { text: 'post-laminectomy syndrome', case: 'word' },
      { text: 'postlaminectomy syndrome', case: 'word' },
      { text: 'persistent spinal pain syndrome', case: 'word' },
      { text: 'chronic pain after spinal surgery', case: 'word' },
      { text: 'FBSS', case: 'abbr' },
      { text: 'PSPS', case: 'abbr' },
    ],
    short:
      'Back or leg pain that goes on, or comes back, after spine surgery. Experts now prefer the name persistent spinal pain syndrome.',
    sources: ['christelis-2021'],
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
    id: 'gout',
    name: 'Gout',
    category: 'condition',
    forms: [
      { text: 'gout', case: 'word' },
      { text: 'gouty arthritis', case: 'word' },
    ],
    short:
      'A kind of arthritis with sudden attacks of severe pain, swelling and redness in a joint, often the big toe. It comes from crystals of uric acid.',
    sources: ['mlp-gout'],
  },
  {
    id: 'headache',
    name: 'Headache',
    category: 'condition',
    forms: [
      { text: 'headache', case: 'word', ambiguous: true },
      { text: 'headaches', case: 'word', ambiguous: true },
      { text: 'head pain', case: 'word' },
      { text: 'chronic headache', case: 'word' },
      { text: 'chronic headaches', case: 'word' },
      { text: 'chronic daily headache', case: 'word' },
    ],
    short:
      'Pain in any part of the head. Most headaches are not a sign of a serious illness. Tension-type headache and migraine are the most common kinds.',
    sources: ['mlp-headache'],
  },
  {
    id: 'herniated-disc',
    name: 'Herniated disc (slipped disc)',
    category: 'condition',
    forms: [
      { text: 'herniated disc', case: 'word' },
      { text: 'herniated discs', case: 'word' },
      { text: 'herniated disk', case: 'word' },
      { text: 'herniated disks', case: 'word' },
      { text: 'slipped disc', case: 'word' },
      { text: 'slipped discs', case: 'word' },
      { text: 'slipped disk', case: 'word' },
      { text: 'slipped disks', case: 'word' },
      { text: 'bulging disc', case: 'word' },
      { text: 'bulging discs', case: 'word' },
      { text: 'bulging disk', case: 'word' },
      { text: 'bulging disks', case: 'word' },
      { text: 'ruptured disc', case: 'word' },
      { text: 'ruptured disk', case: 'word' },
      { text: 'prolapsed disc', case: 'word' },
      { text: 'prolapsed disk', case: 'word' },
      { text: 'disc herniation', case: 'word' },
      { text: 'disc herniations', case: 'word' },
      { text: 'disk herniation', case: 'word' },
      { text: 'disk herniations', case: 'word' },
      { text: 'disc prolapse', case: 'word' },
    ],
    short:
      'When a disc between the bones of the spine bulges or tears and its soft center pushes out. It can press on a nerve and cause pain, numbness or weakness.',
    sources: ['mlp-herniated-disk'],
  },
  {
    id: 'hiv-neuropathy',
    name: 'HIV-related neuropathy',
    category: 'condition',
    forms: [
      { text: 'HIV-associated neuropathy', case: 'word' },
      { text: 'HIV-related neuropathy', case: 'word' },
      { text: 'HIV neuropathy', case: 'word' },
      { text: 'HIV-associated sensory neuropathy', case: 'word' },
      { text: 'HIV-associated peripheral neuropathy', case: 'word' },
      { text: 'HIV-associated distal sensory polyneuropathy', case: 'word' },
    ],
    short:
      'Nerve damage linked to HIV infection. It mostly causes numbness, tingling, burning or pain in the feet and legs.',
    sources: ['mlp-peripheral-nerve', 'mlp-hiv'],
  },
  {
    id: 'interstitial-cystitis',
    name: 'Interstitial cystitis (bladder pain syndrome)',
    category: 'condition',
    forms: [
      { text: 'interstitial cystitis', case: 'word' },
      { text: 'bladder pain syndrome', case: 'word' },
      { text: 'painful bladder syndrome', case: 'word' },
    ],
    short:
      'A long-term bladder problem with pain or pressure in the bladder area, often with a frequent, urgent need to pee. An infection does not explain it.',
    sources: ['mlp-interstitial-cystitis'],
  },
  {
    id: 'irritable-bowel-syndrome',
    name: 'Irritable bowel syndrome (IBS)',
    category: 'condition',
    forms: [
      { text: 'irritable bowel syndrome', case: 'word' },
      { text: 'irritable bowel', case: 'word' },
      { text: 'spastic colon', case: 'word' },
      { text: 'IBS', case: 'abbr', ambiguous: true },
    ],
    short:
      'A common gut problem that causes belly pain with diarrhea, constipation or both. It does not damage the bowel.',
    sources: ['mlp-irritable-bowel'],
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
    id: 'lupus',
    name: 'Lupus',
    category: 'condition',
    forms: [
      { text: 'lupus', case: 'word', ambiguous: true, notAfter: ['canis'] },
      { text: 'systemic lupus erythematosus', case: 'word' },
      { text: 'SLE', case: 'abbr', ambiguous: true },
    ],
    short:
      'A long-term disease in which the body’s defense system attacks its own tissues. It can cause joint pain, rashes, tiredness and harm to organs.',
    sources: ['mlp-lupus'],
  },
  {
    id: 'medication-overuse-headache',
    name: 'Medication-overuse headache',
    category: 'condition',
    forms: [
      { text: 'medication-overuse headache', case: 'word' },
      { text: 'medication-overuse headaches', case: 'word' },
      { text: 'rebound headache', case: 'word' },
      { text: 'rebound headaches', case: 'word' },
      { text: 'MOH', case: 'abbr', ambiguous: true },
    ],
    short:
      'Headaches on 15 or more days a month, caused by taking headache medicines too often. It can happen with many kinds of pain relievers.',
    sources: ['ichd-3'],
  },
  {
    id: 'migraine',
    name: 'Migraine',
    category: 'condition',
    forms: [
      { text: 'migraine', case: 'word' },
      { text: 'migraines', case: 'word' },
      { text: 'chronic migraine', case: 'word' },
      { text: 'migraine headache', case: 'word' },
      { text: 'migraine headaches', case: 'word' },
      { text: 'migraine with aura', case: 'word' },
      { text: 'migraine without aura', case: 'word' },
    ],
    short:
      'A kind of headache that comes in attacks of strong, throbbing pain, often on one side of the head. Nausea and a dislike of light or sound are common.',
    sources: ['mlp-migraine', 'ichd-3'],
  },
  {
    id: 'multiple-sclerosis',
    name: 'Multiple sclerosis',
    category: 'condition',
    forms: [{ text: 'multiple sclerosis', case: 'word' }],
    short:
      'A disease in which the body’s defense system attacks myelin, the coating around nerves in the brain and spinal cord. It can cause numbness, weakness, vision problems and pain.',
    sources: ['mlp-multiple-sclerosis'],
  },
  {
    id: 'myofascial-pain-syndrome',
    name: 'Myofascial pain syndrome',
    category: 'condition',
    forms: [
      { text: 'myofascial pain syndrome', case: 'word' },
      { text: 'myofascial pain', case: 'word' },
      { text: 'myofascial trigger point', case: 'word' },
      { text: 'myofascial trigger points', case: 'word' },
    ],
    short:
      'Muscle pain linked to tight, tender spots in a muscle called trigger points. Pushing on one can cause pain nearby or in another place.',
    sources: ['shah-2015'],
  },
  {
    id: 'osteoarthritis',
    name: 'Osteoarthritis',
    category: 'condition',
    forms: [
      { text: 'osteoarthritis', case: 'word' },
      { text: 'osteoarthritic', case: 'word' },
      { text: 'degenerative joint disease', case: 'word' },
      { text: 'degenerative arthritis', case: 'word' },
    ],
    short:
      'The most common kind of arthritis. The cartilage that cushions the ends of bones wears down, so the joint hurts, gets stiff and may swell.',
    sources: ['mlp-osteoarthritis'],
  },
  {
    id: 'osteoporosis',
    name: 'Osteoporosis',
    category: 'condition',
    forms: [
      { text: 'osteoporosis', case: 'word' },
      { text: 'osteoporotic', case: 'word' },
    ],
    short:
      'A disease that makes bones thin and weak, so they break more easily. Breaks in the bones of the spine can cause back pain and a stooped back.',
    sources: ['mlp-osteoporosis'],
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
    id: 'plantar-fasciitis',
    name: 'Plantar fasciitis',
    category: 'condition',
    forms: [
      { text: 'plantar fasciitis', case: 'word' },
      { text: 'plantar fasciopathy', case: 'word' },
      { text: 'plantar heel pain', case: 'word' },
    ],
    short:
      'Heel pain from strain of the plantar fascia, the thick band of tissue that runs along the sole of the foot.',
    sources: ['mlp-foot-injuries'],
  },
  {
    id: 'post-mastectomy-pain',
    name: 'Post-mastectomy pain syndrome',
    category: 'condition',
    forms: [
      { text: 'post-mastectomy pain syndrome', case: 'word' },
      { text: 'postmastectomy pain syndrome', case: 'word' },
      { text: 'post-mastectomy pain', case: 'word' },
      { text: 'postmastectomy pain', case: 'word' },
      { text: 'PMPS', case: 'abbr' },
    ],
    short:
      'Nerve pain in the chest wall, armpit or arm that lasts after breast cancer surgery. It is a kind of long-term pain after surgery.',
    sources: ['schug-2019', 'nci-cancer-pain-pdq'],
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
    id: 'radiculopathy',
    name: 'Radiculopathy (pinched nerve)',
    category: 'condition',
    forms: [
      { text: 'radiculopathy', case: 'word' },
      { text: 'radiculopathies', case: 'word' },
      { text: 'radicular pain', case: 'word' },
      { text: 'pinched nerve', case: 'word' },
      { text: 'pinched nerves', case: 'word' },
      { text: 'cervical radiculopathy', case: 'word' },
      { text: 'lumbar radiculopathy', case: 'word' },
      { text: 'nerve root compression', case: 'word' },
    ],
    short:
      'Pain, numbness or weakness from a pinched or irritated nerve root where it leaves the spine. The pain often spreads down an arm or a leg.',
    sources: ['mlp-sciatica', 'mlp-herniated-disk', 'mlp-spinal-stenosis'],
  },
  {
    id: 'rheumatoid-arthritis',
    name: 'Rheumatoid arthritis',
    category: 'condition',
    forms: [{ text: 'rheumatoid arthritis', case: 'word' }],
    short:
      'A disease in which the body’s defense system attacks the lining of the joints. It causes painful, swollen, stiff joints, often the same ones on both sides.',
    sources: ['mlp-rheumatoid-arthritis'],
  },
  {
    id: 'sciatica',
    name: 'Sciatica',
    category: 'condition',
    forms: [
      { text: 'sciatica', case: 'word' },
      { text: 'sciatic pain', case: 'word' },
      { text: 'sciatic nerve pain', case: 'word' },
    ],
    short:
      'Pain, numbness or tingling that runs from the lower back or buttock down the back of one leg. It comes from pressure on the sciatic nerve or its roots.',
    sources: ['mlp-sciatica'],
  },
  {
    id: 'scoliosis',
    name: 'Scoliosis',
    category: 'condition',
    forms: [{ text: 'scoliosis', case: 'word' }],
    short:
      'A sideways curve of the spine. Most curves are mild, but a large one can cause back pain or other problems.',
    sources: ['mlp-scoliosis'],
  },
  {
    id: 'shingles',
    name: 'Shingles (herpes zoster)',
    category: 'condition',
    forms: [
      { text: 'shingles', case: 'word', ambiguous: true },
      { text: 'herpes zoster', case: 'word' },
      { text: 'zoster', case: 'word', ambiguous: true, notAfter: ['varicella'] },
      { text: 'acute herpes zoster', case: 'word' },
    ],
    short:
      'A painful, blistering rash caused when the chickenpox virus wakes up again, often years later. It usually appears as a band on one side of the body.',
    sources: ['mlp-shingles'],
  },
  {
    id: 'sickle-cell-disease',
    name: 'Sickle cell disease',
    category: 'condition',
    forms: [
      { text: 'sickle cell disease', case: 'word' },
      { text: 'sickle cell anemia', case: 'word' },
      { text: 'sickle cell anaemia', case: 'word' },
      { text: 'sickle cell crisis', case: 'word' },
      { text: 'sickle cell crises', case: 'word' },
      { text: 'sickle cell pain crisis', case: 'word' },
      { text: 'vaso-occlusive crisis', case: 'word' },
      { text: 'vaso-occlusive crises', case: 'word' },
    ],
    short:
      'An inherited blood disease in which red blood cells become stiff and curved. They can block blood flow and cause sudden, severe pain called a crisis.',
    sources: ['mlp-sickle-cell'],
  },
  {
    id: 'small-fiber-neuropathy',
    name: 'Small fiber neuropathy',
    category: 'condition',
    forms: [
      { text: 'small fiber neuropathy', case: 'word' },
      { text: 'small fibre neuropathy', case: 'word' },
      { text: 'small-fiber sensory neuropathy', case: 'word' },
      { text: 'small fiber polyneuropathy', case: 'word' },
      { text: 'SFN', case: 'abbr', ambiguous: true },
    ],
    short:
      'Damage to the smallest nerve fibers, which carry pain and temperature. It often causes burning pain in the feet, while standard nerve tests look normal.',
    sources: ['devigili-2008'],
  },
  {
    id: 'spinal-cord-injury-pain',
    name: 'Spinal cord injury and its pain',
    category: 'condition',
    forms: [
      { text: 'spinal cord injury pain', case: 'word' },
      { text: 'SCI pain', case: 'word' },
      { text: 'spinal cord injury', case: 'word' },
      { text: 'spinal cord injuries', case: 'word' },
      { text: 'SCI', case: 'abbr', ambiguous: true },
    ],
    short:
      'Damage to the spinal cord. It can cause weakness and loss of feeling, and often long-term pain, at or below the injury or in overworked muscles and joints.',
    sources: ['medlineplus'],
  },
  {
    id: 'spinal-stenosis',
    name: 'Spinal stenosis',
    category: 'condition',
    forms: [
      { text: 'spinal stenosis', case: 'word' },
      { text: 'lumbar spinal stenosis', case: 'word' },
      { text: 'cervical spinal stenosis', case: 'word' },
      { text: 'lumbar stenosis', case: 'word' },
      { text: 'cervical stenosis', case: 'word' },
      { text: 'neurogenic claudication', case: 'word' },
    ],
    short:
      'Narrowing of the spaces in the spine, which can press on the spinal cord or nerves. It can cause pain, numbness or weakness in the back, legs, neck or arms.',
    sources: ['mlp-spinal-stenosis'],
  },
  {
    id: 'temporomandibular-disorder',
    name: 'Temporomandibular disorder (TMD, TMJ disorder)',
    category: 'condition',
    forms: [
      { text: 'temporomandibular disorder', case: 'word' },
      { text: 'temporomandibular disorders', case: 'word' },
      { text: 'temporomandibular joint disorder', case: 'word' },
      { text: 'temporomandibular joint disorders', case: 'word' },
      { text: 'temporomandibular joint dysfunction', case: 'word' },
      { text: 'TMJ disorder', case: 'word' },
      { text: 'TMJ disorders', case: 'word' },
      { text: 'TMJ dysfunction', case: 'word' },
      { text: 'TMJ', case: 'abbr', ambiguous: true },
      { text: 'TMD', case: 'abbr', ambiguous: true },
      { text: 'TMDs', case: 'abbr' },
    ],
    short:
      'Pain and trouble moving the jaw, from problems in the jaw joint or the chewing muscles. Clicking, locking and pain in the face or ear are common.',
    sources: ['nidcr-tmd'],
  },
  {
    id: 'tendinitis',
    name: 'Tendinitis',
    category: 'condition',
    forms: [
      { text: 'tendinitis', case: 'word' },
      { text: 'tendonitis', case: 'word' },
      { text: 'tendinopathy', case: 'word' },
      { text: 'tendinopathies', case: 'word' },
    ],
    short: 'Swelling and pain of a tendon, the tough cord that joins a muscle to a bone. It often comes from overuse.',
    sources: ['mlp-tendinitis'],
  },
  {
    id: 'tension-type-headache',
    name: 'Tension-type headache',
    category: 'condition',
    forms: [
      { text: 'tension-type headache', case: 'word' },
      { text: 'tension-type headaches', case: 'word' },
      { text: 'tension headache', case: 'word' },
      { text: 'tension headaches', case: 'word' },
      { text: 'TTH', case: 'abbr', ambiguous: true },
    ],
    short: 'The most common kind of headache. It feels like a dull, tight band or pressure around the head.',
    sources: ['ichd-3'],
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
  {
    id: 'vulvodynia',
    name: 'Vulvodynia',
    category: 'condition',
    forms: [
      { text: 'vulvodynia', case: 'word' },
      { text: 'vestibulodynia', case: 'word' },
      { text: 'vulvar vestibulitis', case: 'word' },
      { text: 'vulvar pain', case: 'word' },
    ],
    short:
      'Long-lasting pain, burning or soreness of the vulva, the outer genital area. No clear cause, such as an infection or skin disease, is found.',
    sources: ['nichd-vulvodynia'],
  },
  {
    id: 'whiplash',
    name: 'Whiplash',
    category: 'condition',
    forms: [
      { text: 'whiplash', case: 'word', ambiguous: true },
      { text: 'whiplash injury', case: 'word' },
      { text: 'whiplash injuries', case: 'word' },
      { text: 'whiplash-associated disorder', case: 'word' },
      { text: 'whiplash-associated disorders', case: 'word' },
    ],
    short:
      'A neck injury from a sudden jerk of the head forward and back, often in a car crash. It causes neck pain and stiffness.',
    sources: ['mlp-neck-injuries'],
  },
];
