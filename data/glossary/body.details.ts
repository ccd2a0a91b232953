import type { GlossaryDetail } from '../types';

// Longer explanations for the body and the nervous system, sorted by id.
export const bodyDetails: GlossaryDetail[] = [
  {
    id: 'autonomic-nervous-system',
    explanation:
      'It works without you having to think about it. It has two main parts. The sympathetic part gets the body ready for action, and the parasympathetic part calms it. Some pain conditions, such as CRPS, can come with changes in what it controls, such as skin color, warmth and sweating.',
    related: ['sympathetic-nervous-system', 'parasympathetic-nervous-system', 'complex-regional-pain-syndrome'],
    sources: ['purves-neuroscience', 'harden-2010'],
  },
  {
    id: 'bladder',
    explanation:
      'Its wall is muscle that stretches as it fills. Pain, or a frequent and urgent need to pee, can come from an infection, from interstitial cystitis or from ketamine.',
    ketamineNote:
      'Ketamine can damage the bladder, mostly with frequent or long-term use. Tell your doctor if it hurts to pee or you need to go much more often.',
    related: ['interstitial-cystitis', 'ketamine-cystitis', 'pelvic-floor'],
    sources: ['mlp-interstitial-cystitis', 'chan-2022'],
  },
  {
    id: 'brainstem',
    explanation:
      'Signals between the brain and the body pass through it. Areas in the brainstem send signals down the spinal cord that can turn pain up or down.',
    related: ['spinal-cord', 'descending-pain-modulation', 'central-nervous-system'],
    sources: ['ninds-brain-basics', 'purves-neuroscience'],
  },
  {
    id: 'bursa',
    explanation:
      'The body has many bursae, for example in the shoulder, elbow, hip and knee. When one becomes swollen and sore, it is called bursitis.',
    related: ['bursitis', 'tendon'],
    sources: ['mlp-bursitis'],
  },
  {
    id: 'cartilage',
    explanation:
      'Cartilage has no blood vessels, so it heals poorly when damaged. In osteoarthritis it wears away, and bone can end up rubbing on bone.',
    related: ['osteoarthritis', 'arthritis', 'intervertebral-disc'],
    sources: ['mlp-osteoarthritis'],
  },
  {
    id: 'central-nervous-system',
    explanation:
      'The nerves outside the brain and spinal cord make up the peripheral nervous system. Pain signals travel from the body to the spinal cord and up to the brain, where they are felt as pain. Long-term pain can change how the central nervous system handles these signals.',
    related: ['peripheral-nervous-system', 'spinal-cord', 'central-sensitization', 'neuron'],
    sources: ['ninds-brain-basics', 'iasp-terminology'],
  },
  {
    id: 'cortex',
    explanation:
      'Different areas do different jobs. One area maps touch and pain from each part of the body. Other areas add the feelings that come with pain, such as fear or distress.',
    related: ['thalamus', 'central-nervous-system', 'neuroplasticity'],
    sources: ['ninds-brain-basics', 'purves-neuroscience'],
  },
  {
    id: 'dorsal-root-ganglion',
    explanation:
      'There is one on each side at each level of the spine. After chickenpox, the virus can hide in nerve cells like these for years and later wake up as shingles.',
    related: ['nerve-root', 'sensory-nerve', 'spinal-cord', 'shingles'],
    sources: ['purves-neuroscience', 'mlp-shingles'],
  },
  {
    id: 'facet-joint',
    explanation:
      'Like other joints, they can wear with age or arthritis and cause back or neck pain. Some pain procedures aim at the small nerves that supply them.',
    related: [
      'vertebra',
      'spine',
      'osteoarthritis',
      'chronic-low-back-pain',
      'facet-joint-injection',
      'medial-branch-block',
      'radiofrequency-ablation',
    ],
    sources: ['mlp-back-pain'],
  },
  {
    id: 'fascia',
    explanation:
      'Fascia helps muscles glide and holds body parts in place. It is the tissue involved in plantar fasciitis, and some experts think it plays a part in myofascial pain.',
    related: ['plantar-fasciitis', 'myofascial-pain-syndrome', 'tendon'],
    sources: ['shah-2015', 'mlp-foot-injuries'],
  },
  {
    id: 'intervertebral-disc',
    explanation:
      'Each disc has a tough outer ring and a soft, jelly-like center. With age, discs dry out and get thinner. If the center pushes out, it can press on a nearby nerve, which is called a herniated disc.',
    related: ['herniated-disc', 'degenerative-disc-disease', 'vertebra', 'spine'],
    sources: ['mlp-herniated-disk'],
  },
  {
    id: 'ligament',
    explanation:
      'A stretched or torn ligament is called a sprain. In the spine, ligaments help hold the bones in line.',
    related: ['tendon', 'cartilage', 'spine'],
    sources: ['mlp-sprains-strains'],
  },
  {
    id: 'motor-nerve',
    explanation:
      'Damage to motor nerves causes weakness, cramps or shrinking muscles rather than numbness. Many nerves carry both kinds of fiber, for movement and for feeling.',
    related: ['sensory-nerve', 'peripheral-nerve', 'neuron'],
    sources: ['purves-neuroscience', 'mlp-peripheral-nerve'],
  },
  {
    id: 'myelin',
    explanation:
      'Fibers with thick myelin carry touch and sharp pain fast. Thin, bare fibers carry slower, burning pain. In multiple sclerosis, the body’s defense system attacks the myelin in the brain and spinal cord.',
    related: ['nerve-fiber', 'multiple-sclerosis', 'neuron'],
    sources: ['purves-neuroscience', 'mlp-multiple-sclerosis'],
  },
  {
    id: 'nerve',
    explanation:
      'Nerves carry feelings such as touch, heat and pain to the brain, and commands from the brain to the muscles and organs. When a nerve is hurt or squeezed, it can cause numbness, weakness or nerve pain.',
    related: ['peripheral-nerve', 'neuron', 'nerve-fiber', 'neuropathy', 'neuropathic-pain'],
    sources: ['ninds-brain-basics', 'mlp-peripheral-nerve'],
  },
  {
    id: 'nerve-fiber',
    explanation:
      'Fibers differ in size and speed. Thin A-delta fibers carry sharp, quick pain, and even thinner C fibers carry slow, burning or aching pain. Small fiber neuropathy harms these thin fibers.',
    related: ['nerve', 'neuron', 'myelin', 'nociceptor', 'small-fiber-neuropathy'],
    sources: ['purves-neuroscience'],
  },
  {
    id: 'nerve-root',
    explanation:
      'A herniated disc, a bone spur or a narrowing of the spine can press on a nerve root. This is called radiculopathy, and it can cause pain, numbness or weakness along the path of that nerve.',
    related: ['radiculopathy', 'spinal-cord', 'dorsal-root-ganglion', 'sciatica'],
    sources: ['purves-neuroscience', 'mlp-sciatica'],
  },
  {
    id: 'neuron',
    explanation:
      'The brain has billions of neurons. Each one has branches that receive signals and a long fiber that passes signals on to other cells at synapses. Pain signals travel along chains of neurons from the body to the brain.',
    related: ['synapse', 'nerve-fiber', 'neurotransmitter', 'nerve'],
    sources: ['ninds-brain-basics'],
  },
  {
    id: 'parasympathetic-nervous-system',
    explanation:
      'It balances the sympathetic system, which gets the body ready for action. The vagus nerve carries many of its signals.',
    related: ['autonomic-nervous-system', 'sympathetic-nervous-system', 'vagus-nerve'],
    sources: ['purves-neuroscience'],
  },
  {
    id: 'pelvic-floor',
    explanation:
      'These muscles help control peeing, bowel movements and sex. When they are too tight or too weak, they can add to pelvic pain. Some physical therapists are trained to treat the pelvic floor.',
    related: ['chronic-pelvic-pain', 'bladder', 'vulvodynia', 'physical-therapy'],
    sources: ['mlp-pelvic-pain'],
  },
  {
    id: 'peripheral-nerve',
    explanation:
      'They carry feelings in and commands out. Damage to them is called peripheral neuropathy. It often starts in the feet and hands, which are reached by the longest nerves.',
    related: ['peripheral-nervous-system', 'neuropathy', 'sensory-nerve', 'motor-nerve'],
    sources: ['mlp-peripheral-nerve'],
  },
  {
    id: 'peripheral-nervous-system',
    explanation:
      'It includes the nerves for feeling and for movement. It also includes the nerves that run the organs on their own. Damage to these nerves is called peripheral neuropathy.',
    related: ['central-nervous-system', 'peripheral-nerve', 'autonomic-nervous-system', 'neuropathy'],
    sources: ['ninds-brain-basics', 'mlp-peripheral-nerve'],
  },
  {
    id: 'sacroiliac-joint',
    explanation:
      'It helps carry the weight of the upper body to the legs. It can be a source of low back or buttock pain. Ankylosing spondylitis often affects these joints.',
    related: ['ankylosing-spondylitis', 'spine', 'chronic-low-back-pain', 'sacroiliac-joint-injection'],
    sources: ['mlp-ankylosing-spondylitis', 'mlp-back-pain'],
  },
  {
    id: 'sciatic-nerve',
    explanation:
      'It is formed from several nerve roots in the lower spine. Pressure on it, or on those roots, causes sciatica.',
    related: ['sciatica', 'nerve-root', 'peripheral-nerve'],
    sources: ['mlp-sciatica'],
  },
  {
    id: 'sensory-nerve',
    explanation:
      'Damage to sensory nerves can cause numbness, tingling or nerve pain. Doctors test them by checking what you can feel, such as a light touch or a pinprick.',
    related: ['motor-nerve', 'nociceptor', 'dorsal-root-ganglion', 'neuropathy'],
    sources: ['purves-neuroscience'],
  },
  {
    id: 'spinal-cord',
    explanation:
      'It carries signals both ways. It is also the first place where pain signals from the body are sorted, and where they can be turned up or down. The bones of the spine protect it.',
    related: ['central-nervous-system', 'spine', 'nerve-root', 'gate-control-theory', 'wind-up'],
    sources: ['ninds-brain-basics', 'purves-neuroscience'],
  },
  {
    id: 'spine',
    explanation:
      'It is made of stacked bones with rubbery discs between them, held together by joints, ligaments and muscles. It has four parts: the neck, the upper back, the lower back, and the sacrum and tailbone at the base.',
    related: ['vertebra', 'intervertebral-disc', 'spinal-cord', 'facet-joint', 'scoliosis'],
    sources: ['mlp-back-pain'],
  },
  {
    id: 'sympathetic-nervous-system',
    explanation:
      'It uses norepinephrine as one of its messengers. It seems to play a part in some pain conditions. CRPS was once called reflex sympathetic dystrophy.',
    ketamineNote:
      'Ketamine stirs up this system. That is one reason blood pressure and heart rate rise during a dose, and why they are checked.',
    related: [
      'autonomic-nervous-system',
      'parasympathetic-nervous-system',
      'norepinephrine',
      'increased-blood-pressure',
    ],
    sources: ['purves-neuroscience', 'ketalar-label'],
  },
  {
    id: 'tendon',
    explanation:
      'When a muscle tightens, it pulls on its tendon, which moves the bone. Overuse can make a tendon sore and swollen, which is called tendinitis.',
    related: ['tendinitis', 'ligament', 'bursa'],
    sources: ['mlp-tendinitis'],
  },
  {
    id: 'thalamus',
    explanation:
      'It helps sort which signals reach awareness. Damage to it, for example from a stroke, can cause a hard-to-treat central pain.',
    related: ['cortex', 'central-post-stroke-pain', 'central-nervous-system'],
    sources: ['purves-neuroscience', 'ninds-central-pain'],
  },
  {
    id: 'trigeminal-nerve',
    explanation:
      'There is one on each side of the face, and each has 3 main branches. Irritation of this nerve causes trigeminal neuralgia.',
    related: ['trigeminal-neuralgia', 'temporomandibular-disorder', 'cluster-headache'],
    sources: ['mlp-trigeminal-neuralgia', 'purves-neuroscience'],
  },
  {
    id: 'vagus-nerve',
    explanation:
      'It is the main nerve of the parasympathetic nervous system. It also carries signals from the organs back to the brain.',
    related: ['parasympathetic-nervous-system', 'brainstem', 'autonomic-nervous-system'],
    sources: ['purves-neuroscience'],
  },
  {
    id: 'vertebra',
    explanation:
      'Each vertebra has a thick front part that bears weight and a ring at the back that protects the spinal cord. A disc sits between each pair in front, and two facet joints link them at the back.',
    related: ['spine', 'intervertebral-disc', 'facet-joint', 'osteoporosis'],
    sources: ['mlp-back-pain'],
  },
];
