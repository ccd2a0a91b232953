import type { GlossaryEntry } from '../types';

// The body and the nervous system, sorted by id.
export const bodyTerms: GlossaryEntry[] = [
  {
    id: 'autonomic-nervous-system',
    name: 'Autonomic nervous system',
    category: 'body',
    forms: [
      { text: 'autonomic nervous system', case: 'word' },
      { text: 'autonomic', case: 'word' },
    ],
    short:
      'The nerves that run the body’s automatic jobs, such as heartbeat, blood pressure, breathing, digestion and sweating. You do not have to think about them.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'bladder',
    name: 'Bladder',
    category: 'body',
    forms: [
      { text: 'bladder', case: 'word', ambiguous: true, notAfter: ['gall'] },
      { text: 'urinary bladder', case: 'word' },
    ],
    short: 'The hollow organ in the lower belly that stores urine until you pee.',
    sources: ['mlp-interstitial-cystitis'],
  },
  {
    id: 'brainstem',
    name: 'Brainstem',
    category: 'body',
    forms: [
      { text: 'brainstem', case: 'word' },
      { text: 'brain stem', case: 'word' },
    ],
    short:
      'The lowest part of the brain, which joins it to the spinal cord. It controls breathing, heart rate and sleep.',
    sources: ['ninds-brain-basics'],
  },
  {
    id: 'bursa',
    name: 'Bursa',
    category: 'body',
    forms: [
      { text: 'bursa', case: 'word', ambiguous: true },
      { text: 'bursae', case: 'word' },
      { text: 'bursas', case: 'word' },
    ],
    short: 'A small sac of fluid that cushions the spot where a tendon, muscle or skin slides over a bone.',
    sources: ['mlp-bursitis'],
  },
  {
    id: 'cartilage',
    name: 'Cartilage',
    category: 'body',
    forms: [
      { text: 'cartilage', case: 'word', ambiguous: true },
      { text: 'articular cartilage', case: 'word' },
    ],
    short:
      'Firm, smooth, rubbery tissue that covers the ends of bones in joints so they glide. It also shapes parts such as the ears and nose.',
    sources: ['mlp-osteoarthritis'],
  },
  {
    id: 'central-nervous-system',
    name: 'Central nervous system (CNS)',
    category: 'body',
    forms: [
      { text: 'central nervous system', case: 'word' },
      { text: 'CNS', case: 'abbr', ambiguous: true },
    ],
    short:
      'The brain and the spinal cord. It takes in signals from the body, makes sense of them and sends out commands.',
    sources: ['ninds-brain-basics'],
  },
  {
    id: 'cortex',
    name: 'Cerebral cortex',
    category: 'body',
    forms: [
      { text: 'cortex', case: 'word', ambiguous: true, notAfter: ['adrenal', 'renal', 'kidney'] },
      { text: 'cerebral cortex', case: 'word' },
      { text: 'somatosensory cortex', case: 'word' },
      { text: 'prefrontal cortex', case: 'word' },
    ],
    short: 'The thin, folded outer layer of the brain. It is where we think, plan, feel and sense the body.',
    sources: ['ninds-brain-basics'],
  },
  {
    id: 'dorsal-root-ganglion',
    name: 'Dorsal root ganglion',
    category: 'body',
    forms: [
      { text: 'dorsal root ganglion', case: 'word' },
      { text: 'dorsal root ganglia', case: 'word' },
      { text: 'dorsal root ganglions', case: 'word' },
    ],
    short:
      'A small cluster of nerve cells just outside the spinal cord. It holds the cell bodies of the nerves that carry feeling, including pain, from the body.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'facet-joint',
    name: 'Facet joint',
    category: 'body',
    forms: [
      { text: 'facet joint', case: 'word' },
      { text: 'facet joints', case: 'word' },
      { text: 'zygapophyseal joint', case: 'word' },
      { text: 'zygapophyseal joints', case: 'word' },
      { text: 'zygapophysial joint', case: 'word' },
      { text: 'zygapophysial joints', case: 'word' },
    ],
    short:
      'Small paired joints at the back of the spine that link each bone to the next and guide how the spine bends and twists.',
    sources: ['mlp-back-pain'],
  },
  {
    id: 'fascia',
    name: 'Fascia',
    category: 'body',
    forms: [
      { text: 'fascia', case: 'word', ambiguous: true },
      { text: 'fasciae', case: 'word' },
    ],
    short: 'Sheets of tough connective tissue that wrap and link muscles, bones and organs.',
    sources: ['shah-2015'],
  },
  {
    id: 'intervertebral-disc',
    name: 'Intervertebral disc (spinal disc)',
    category: 'body',
    forms: [
      { text: 'intervertebral disc', case: 'word' },
      { text: 'intervertebral discs', case: 'word' },
      { text: 'intervertebral disk', case: 'word' },
      { text: 'intervertebral disks', case: 'word' },
      { text: 'spinal disc', case: 'word' },
      { text: 'spinal discs', case: 'word' },
      { text: 'spinal disk', case: 'word' },
      { text: 'spinal disks', case: 'word' },
      { text: 'disc', case: 'word', ambiguous: true, notAfter: ['optic', 'compact'] },
      { text: 'discs', case: 'word', ambiguous: true, notAfter: ['optic', 'compact'] },
    ],
    short: 'A rubbery pad between two bones of the spine. It cushions the spine and lets it bend.',
    sources: ['mlp-herniated-disk'],
  },
  {
    id: 'ligament',
    name: 'Ligament',
    category: 'body',
    forms: [
      { text: 'ligament', case: 'word' },
      { text: 'ligaments', case: 'word' },
    ],
    short: 'A tough band of tissue that joins one bone to another and holds a joint steady.',
    sources: ['mlp-sprains-strains'],
  },
  {
    id: 'motor-nerve',
    name: 'Motor nerve',
    category: 'body',
    forms: [
      { text: 'motor nerve', case: 'word' },
      { text: 'motor nerves', case: 'word' },
      { text: 'motor neuron', case: 'word' },
      { text: 'motor neurons', case: 'word' },
      { text: 'motor neurone', case: 'word' },
      { text: 'motor neurones', case: 'word' },
    ],
    short: 'A nerve that carries commands from the brain and spinal cord to the muscles, so they move.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'myelin',
    name: 'Myelin',
    category: 'body',
    forms: [
      { text: 'myelin', case: 'word' },
      { text: 'myelin sheath', case: 'word' },
      { text: 'myelin sheaths', case: 'word' },
      { text: 'myelinated', case: 'word' },
      { text: 'unmyelinated', case: 'word' },
    ],
    short:
      'A fatty coating that wraps many nerve fibers, like the plastic around a wire. It helps signals travel fast.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'nerve',
    name: 'Nerve',
    category: 'body',
    forms: [
      { text: 'nerve', case: 'word', ambiguous: true },
      { text: 'nerves', case: 'word', ambiguous: true },
    ],
    short:
      'A bundle of fibers, like a cable. It carries signals between the brain or spinal cord and the rest of the body.',
    sources: ['ninds-brain-basics'],
  },
  {
    id: 'nerve-fiber',
    name: 'Nerve fiber',
    category: 'body',
    forms: [
      { text: 'nerve fiber', case: 'word' },
      { text: 'nerve fibers', case: 'word' },
      { text: 'nerve fibre', case: 'word' },
      { text: 'nerve fibres', case: 'word' },
      { text: 'C fiber', case: 'word' },
      { text: 'C fibers', case: 'word' },
      { text: 'C fibre', case: 'word' },
      { text: 'C fibres', case: 'word' },
      { text: 'A-delta fiber', case: 'word' },
      { text: 'A-delta fibers', case: 'word' },
      { text: 'A-delta fibre', case: 'word' },
      { text: 'A-delta fibres', case: 'word' },
      { text: 'axon', case: 'word' },
      { text: 'axons', case: 'word' },
    ],
    short:
      'The long, thin branch of a nerve cell that carries its signals, also called an axon. A nerve is a bundle of many.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'nerve-root',
    name: 'Nerve root',
    category: 'body',
    forms: [
      { text: 'nerve root', case: 'word' },
      { text: 'nerve roots', case: 'word' },
      { text: 'spinal nerve root', case: 'word' },
      { text: 'spinal nerve roots', case: 'word' },
      { text: 'spinal nerve', case: 'word' },
      { text: 'spinal nerves', case: 'word' },
    ],
    short:
      'The part of a nerve where it branches off the spinal cord and leaves the spine through a small opening between two bones.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'neuron',
    name: 'Neuron (nerve cell)',
    category: 'body',
    forms: [
      { text: 'neuron', case: 'word', ambiguous: true },
      { text: 'neurons', case: 'word', ambiguous: true },
      { text: 'neurone', case: 'word', ambiguous: true },
      { text: 'neurones', case: 'word', ambiguous: true },
      { text: 'neuronal', case: 'word', ambiguous: true },
      { text: 'nerve cell', case: 'word' },
      { text: 'nerve cells', case: 'word' },
    ],
    short: 'A nerve cell: a cell that sends and receives electrical and chemical signals.',
    sources: ['ninds-brain-basics'],
  },
  {
    id: 'parasympathetic-nervous-system',
    name: 'Parasympathetic nervous system',
    category: 'body',
    forms: [
      { text: 'parasympathetic nervous system', case: 'word' },
      { text: 'parasympathetic', case: 'word' },
    ],
    short:
      'The branch of the autonomic nervous system that calms the body, slows the heart and helps digestion. It is often called “rest and digest”.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'pelvic-floor',
    name: 'Pelvic floor',
    category: 'body',
    forms: [
      { text: 'pelvic floor', case: 'word' },
      { text: 'pelvic floor muscles', case: 'word' },
      { text: 'pelvic floor muscle', case: 'word' },
    ],
    short:
      'The layer of muscles at the base of the pelvis. It holds up the bladder, the bowel and, in women, the womb.',
    sources: ['mlp-pelvic-pain'],
  },
  {
    id: 'peripheral-nerve',
    name: 'Peripheral nerve',
    category: 'body',
    forms: [
      { text: 'peripheral nerve', case: 'word' },
      { text: 'peripheral nerves', case: 'word' },
    ],
    short:
      'Any nerve outside the brain and spinal cord. Peripheral nerves link the spinal cord to the skin, muscles and organs.',
    sources: ['mlp-peripheral-nerve'],
  },
  {
    id: 'peripheral-nervous-system',
    name: 'Peripheral nervous system',
    category: 'body',
    forms: [
      { text: 'peripheral nervous system', case: 'word' },
      { text: 'PNS', case: 'abbr', ambiguous: true },
    ],
    short:
      'All the nerves outside the brain and spinal cord. It links the central nervous system to the rest of the body.',
    sources: ['ninds-brain-basics'],
  },
  {
    id: 'sacroiliac-joint',
    name: 'Sacroiliac joint',
    category: 'body',
    forms: [
      { text: 'sacroiliac joint', case: 'word' },
      { text: 'sacroiliac joints', case: 'word' },
      { text: 'SI joint', case: 'word' },
      { text: 'SI joints', case: 'word' },
      { text: 'sacroiliac', case: 'word' },
    ],
    short:
      'The joint where the base of the spine, the sacrum, meets the pelvis. There is one on each side, and each moves only a little.',
    sources: ['mlp-ankylosing-spondylitis'],
  },
  {
    id: 'sciatic-nerve',
    name: 'Sciatic nerve',
    category: 'body',
    forms: [
      { text: 'sciatic nerve', case: 'word' },
      { text: 'sciatic nerves', case: 'word' },
    ],
    short:
      'The longest and thickest nerve in the body. It runs from the lower back through the buttock and down the back of each leg.',
    sources: ['mlp-sciatica'],
  },
  {
    id: 'sensory-nerve',
    name: 'Sensory nerve',
    category: 'body',
    forms: [
      { text: 'sensory nerve', case: 'word' },
      { text: 'sensory nerves', case: 'word' },
      { text: 'sensory neuron', case: 'word' },
      { text: 'sensory neurons', case: 'word' },
      { text: 'sensory neurone', case: 'word' },
      { text: 'sensory neurones', case: 'word' },
    ],
    short:
      'A nerve that carries feelings, such as touch, heat, cold and pain, from the body to the spinal cord and brain.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'spinal-cord',
    name: 'Spinal cord',
    category: 'body',
    forms: [
      { text: 'spinal cord', case: 'word' },
      { text: 'spinal cords', case: 'word' },
    ],
    short: 'The thick bundle of nerves that runs down the middle of the spine and links the brain to the body.',
    sources: ['ninds-brain-basics'],
  },
  {
    id: 'spine',
    name: 'Spine',
    category: 'body',
    forms: [
      { text: 'spine', case: 'word', ambiguous: true },
      { text: 'spinal column', case: 'word' },
      { text: 'vertebral column', case: 'word' },
    ],
    short:
      'The column of bones (vertebrae) that runs down the back from the skull to the pelvis. It holds the body up and protects the spinal cord.',
    sources: ['mlp-back-pain'],
  },
  {
    id: 'sympathetic-nervous-system',
    name: 'Sympathetic nervous system',
    category: 'body',
    forms: [{ text: 'sympathetic nervous system', case: 'word' }],
    short:
      'The branch of the autonomic nervous system that gets the body ready for action, the “fight or flight” response. It speeds the heart and raises blood pressure.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'tendon',
    name: 'Tendon',
    category: 'body',
    forms: [
      { text: 'tendon', case: 'word', ambiguous: true },
      { text: 'tendons', case: 'word', ambiguous: true },
    ],
    short: 'A tough cord of tissue that joins a muscle to a bone.',
    sources: ['mlp-tendinitis'],
  },
  {
    id: 'thalamus',
    name: 'Thalamus',
    category: 'body',
    forms: [
      { text: 'thalamus', case: 'word' },
      { text: 'thalamic', case: 'word' },
    ],
    short:
      'A relay center deep in the brain. Nearly all signals from the senses, including pain, pass through it on their way to the cortex.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'trigeminal-nerve',
    name: 'Trigeminal nerve',
    category: 'body',
    forms: [
      { text: 'trigeminal nerve', case: 'word' },
      { text: 'trigeminal nerves', case: 'word' },
    ],
    short:
      'The large nerve that carries feeling from the face, scalp, teeth and mouth to the brain. It also works the chewing muscles.',
    sources: ['mlp-trigeminal-neuralgia'],
  },
  {
    id: 'vagus-nerve',
    name: 'Vagus nerve',
    category: 'body',
    forms: [
      { text: 'vagus nerve', case: 'word' },
      { text: 'vagus nerves', case: 'word' },
      { text: 'vagal nerve', case: 'word' },
    ],
    short:
      'A long nerve that runs from the brainstem to the heart, lungs and gut. It helps calm the body and control digestion.',
    sources: ['purves-neuroscience'],
  },
  {
    id: 'vertebra',
    name: 'Vertebra',
    category: 'body',
    forms: [
      { text: 'vertebra', case: 'word' },
      { text: 'vertebrae', case: 'word' },
      { text: 'vertebras', case: 'word' },
      { text: 'vertebral', case: 'word' },
    ],
    short: 'One of the stacked bones that make up the spine.',
    sources: ['mlp-back-pain'],
  },
];
