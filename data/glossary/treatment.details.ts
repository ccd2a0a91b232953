import type { GlossaryDetail } from '../types';

// Longer text for the treatment entries. Sorted by id.
export const treatmentDetails: GlossaryDetail[] = [
  {
    id: 'acceptance-and-commitment-therapy',
    explanation:
      'ACT is a kind of talking therapy, usually a course of weekly sessions. Rather than trying to control pain at all costs, you learn to notice thoughts and feelings without being ruled by them. You also work out what matters most to you and take small steps toward it. The UK NICE guideline says ACT or CBT can be considered for long-lasting pain with no clear cause.',
    related: [
      'cognitive-behavioral-therapy',
      'psychotherapy',
      'mindfulness',
      'chronic-primary-pain',
      'pain-psychology',
      'pain-catastrophizing',
    ],
    sources: ['nice-ng193', 'medlineplus'],
  },
  {
    id: 'acetaminophen',
    explanation:
      'Acetaminophen eases mild to moderate pain and brings down a fever. Unlike NSAIDs, it does little for swelling. Taking more than the label allows, or mixing it with a lot of alcohol, can badly hurt the liver. Many cold, flu and sleep products also contain it, so check labels to avoid taking a double dose.',
    ketamineNote:
      'Repeat ketamine drips have been linked to liver harm too. Do you take this drug often, or have liver problems? Then ask if you need liver blood tests before and after a course of ketamine.',
    related: ['nsaid', 'opioid', 'liver-injury', 'multimodal-care'],
    sources: ['medlineplus', 'cotter-2021', 'cohen-2018'],
  },
  {
    id: 'activity-pacing',
    explanation:
      'Many people with long-lasting pain do a lot on a good day and then need days to recover. Pacing breaks this boom-and-bust pattern. You find an amount of activity you can manage even on a bad day, take planned breaks, and then build up slowly. Therapists often teach it as part of CBT, occupational therapy or a pain program.',
    related: [
      'self-management',
      'occupational-therapy',
      'cognitive-behavioral-therapy',
      'graded-exposure',
      'chronic-pain',
      'chronic-fatigue-syndrome',
      'flare',
    ],
    sources: ['nice-ng193', 'medlineplus'],
  },
  {
    id: 'acupuncture',
    explanation:
      'Acupuncture comes from traditional Chinese medicine. A trained person puts very thin needles into the skin, sometimes adding heat or a mild electric current. Some studies suggest it may help certain kinds of long-lasting pain, such as low back pain, neck pain and knee pain. It is usually safe when done by a trained person with clean, single-use needles.',
    related: ['multimodal-care', 'physical-therapy', 'chronic-pain', 'chronic-low-back-pain'],
    sources: ['medlineplus'],
  },
  {
    id: 'aquatic-therapy',
    explanation:
      'Warm water can relax muscles, and it takes weight off sore joints. So people who find exercise on land too painful can often move more in a pool. Sessions may be led by a physical therapist or offered as group classes. It is used for arthritis, fibromyalgia and back pain, and you do not need to be able to swim for most classes.',
    related: ['exercise-therapy', 'physical-therapy', 'fibromyalgia', 'arthritis'],
    sources: ['medlineplus'],
  },
  {
    id: 'benzodiazepine',
    explanation:
      'These drugs slow down the brain. Doctors use them for worry, seizures and muscle spasms, and to relax people before a procedure. They can cause sleepiness and slow breathing, mostly when mixed with opioids, alcohol or other calming drugs. Taken every day for weeks, they can lead to dependence. Since 2020, their labels have carried a boxed warning about misuse, addiction and withdrawal.',
    ketamineNote:
      'The ketamine label says these drugs can make dream-like reactions less likely. They add to sleepiness, so plan for an adult to take you home.',
    related: [
      'psychotomimetic-effects',
      'sedation',
      'respiratory-depression',
      'placebo',
      'midazolam',
      'lorazepam',
      'diazepam',
      'alprazolam',
      'dependence',
    ],
    sources: ['medlineplus', 'ketalar-label', 'fda-2020-benzodiazepines'],
  },
  {
    id: 'biofeedback',
    explanation:
      'Small sensors on the skin measure things such as muscle tension, skin warmth or heart rate. A screen or sound shows the signal as it changes, so you can see what helps you relax. With practice, many people learn to do this without the machine. A US guideline lists muscle biofeedback as an option for long-lasting low back pain, though the evidence is weak. The UK NICE guideline says not to offer it for long-lasting pain with no clear cause.',
    related: ['relaxation-training', 'chronic-low-back-pain', 'migraine', 'pain-psychology'],
    sources: ['nccih-relaxation', 'qaseem-2017-back-pain', 'nice-ng193'],
  },
  {
    id: 'cbt-for-insomnia',
    explanation:
      'CBT-I is a short course of sessions, in person, online or in a group. You keep a sleep diary, go to bed only when sleepy, get up at the same time each day, and learn to calm the racing thoughts that keep you awake. A US guideline recommends it as the first treatment for long-term insomnia in adults, before sleep medicines. Poor sleep and pain feed each other, so better sleep can make pain easier to live with.',
    related: ['insomnia', 'cognitive-behavioral-therapy', 'sleep-hygiene', 'chronic-pain'],
    sources: ['qaseem-2016-insomnia'],
  },
  {
    id: 'chiropractic-care',
    explanation:
      'Chiropractors are licensed health workers who focus on the spine and joints. Care often includes spinal manipulation, along with exercise and advice. It is most often used for low back pain, neck pain and some headaches. Soreness or stiffness for a day or so afterwards is common, and serious harm is rare.',
    related: ['spinal-manipulation', 'manual-therapy', 'chronic-low-back-pain', 'physical-therapy'],
    sources: ['nccih-spinal-manipulation'],
  },
  {
    id: 'clonidine',
    explanation:
      'Clonidine acts on alpha-2 receptors, which turn down the body’s stress signals. It is mainly used for high blood pressure, and also for ADHD. It can cause sleepiness, a dry mouth and low blood pressure. Stopping it all at once can make blood pressure jump, so the dose is lowered slowly.',
    ketamineNote:
      'Ketamine tends to push blood pressure and heart rate up. If a clinic plans to give other drugs along with ketamine, ask what each one is for.',
    related: ['increased-blood-pressure', 'sedation', 'benzodiazepine', 'tapering', 'dexmedetomidine'],
    sources: ['medlineplus', 'ketalar-label'],
  },
  {
    id: 'cognitive-behavioral-therapy',
    explanation:
      'CBT is usually a set number of sessions with a trained therapist. You learn to spot thoughts and habits that make pain or low mood worse, and to try new ways to respond. For long-lasting pain, it often covers pacing your activity, sleep habits and ways to relax. Taking part does not mean your pain is imagined.',
    related: ['multimodal-care', 'physical-therapy', 'chronic-pain', 'major-depressive-disorder'],
    sources: ['medlineplus'],
  },
  {
    id: 'cold-therapy',
    explanation:
      'Cold narrows blood vessels and slows nerve signals, which can numb pain and limit swelling after an injury. Use a cold pack or ice wrapped in a cloth for about 10 to 20 minutes at a time. Never put ice straight on bare skin, and take care if you have poor blood flow or numb skin. Some people with long-lasting pain find heat helps them more.',
    related: ['heat-therapy', 'self-management', 'acute-pain'],
    sources: ['medlineplus'],
  },
  {
    id: 'counseling',
    explanation:
      'A counselor listens and helps you sort out problems, feelings and choices. For people with pain, this may help with stress, with grief for things you can no longer do, or with strain at work or at home. Counselors and other therapists train in different ways, so it is fine to ask. A European guideline says people with trigeminal neuralgia should be offered this kind of support.',
    related: ['psychotherapy', 'pain-psychology', 'peer-support', 'anxiety'],
    sources: ['medlineplus', 'bendtsen-2019-ean'],
  },
  {
    id: 'discectomy',
    explanation:
      'The spinal discs are soft cushions between the bones of the spine. When part of a disc bulges out and presses on a nerve, it can cause sciatica, a pain that shoots down the leg. A discectomy removes the bulging piece, often through a small cut. A UK guideline says to think about it when leg pain has not eased with other care and scans match the symptoms. It is less likely to help back pain alone.',
    related: [
      'laminectomy',
      'spinal-fusion',
      'chronic-low-back-pain',
      'epidural-steroid-injection',
      'sciatica',
      'herniated-disc',
    ],
    sources: ['nice-ng59', 'medlineplus'],
  },
  {
    id: 'dorsal-root-ganglion-stimulation',
    explanation:
      'The dorsal root ganglia are clusters of nerve cells beside the spine, where signals from one part of the body come in. A thin wire is placed near one of them, and a small battery sends mild pulses. As with spinal cord stimulation, you try it for a few days before a permanent implant. In a trial of 152 people with CRPS in the legs, more were helped by DRG stimulation than by spinal cord stimulation at 3 months.',
    related: [
      'spinal-cord-stimulation',
      'neuromodulation',
      'complex-regional-pain-syndrome',
      'peripheral-nerve-stimulation',
    ],
    sources: ['deer-2017-drg', 'harden-2022-crps'],
  },
  {
    id: 'dry-needling',
    explanation:
      'A physical therapist or doctor puts a thin, solid needle into a tight knot in a muscle, sometimes called a trigger point. The muscle may twitch, and it can feel sore for a day or two. The UK NICE guideline says one course of acupuncture or dry needling can be tried for long-lasting pain with no clear cause.',
    related: [
      'acupuncture',
      'trigger-point-injection',
      'physical-therapy',
      'chronic-primary-pain',
      'myofascial-pain-syndrome',
    ],
    sources: ['nice-ng193'],
  },
  {
    id: 'epidural-steroid-injection',
    explanation:
      'Using an x-ray or scan to guide the needle, a doctor puts a steroid into the epidural space near a sore nerve root. It is used more for sciatica, where pain runs down a leg, than for back pain alone. A 2015 review found only a small, short benefit, less than most people would notice, and no clear help for a narrow spinal canal. Serious harms such as infection or nerve damage are rare.',
    related: [
      'epidural',
      'steroid-injection',
      'chronic-low-back-pain',
      'facet-joint-injection',
      'nerve-block',
      'radiculopathy',
      'sciatica',
      'herniated-disc',
      'spinal-stenosis',
      'corticosteroid',
    ],
    sources: ['chou-2015-epidural', 'nice-ng59', 'medlineplus'],
  },
  {
    id: 'exercise-therapy',
    explanation:
      'Exercise therapy can include walking, strength work, stretching, pool work or moves that train the deep muscles of the back. It usually starts gently and builds up. Pain may flare a little at first, and that does not mean you are doing harm. A US guideline names exercise as a first choice for long-lasting low back pain. The UK NICE guideline advises a supervised group exercise program for long-lasting pain.',
    related: ['physical-therapy', 'aquatic-therapy', 'yoga', 'tai-chi', 'chronic-low-back-pain', 'fibromyalgia'],
    sources: ['qaseem-2017-back-pain', 'nice-ng193'],
  },
  {
    id: 'facet-joint-injection',
    explanation:
      'Facet joints link the bones of the spine at the back and let it bend and twist. If a joint is the source of pain, numbing it should ease the pain for a while. So these shots are often used as a test before radiofrequency ablation. The UK NICE guideline advises against spinal injections to treat low back pain itself.',
    related: ['medial-branch-block', 'radiofrequency-ablation', 'chronic-low-back-pain', 'steroid-injection'],
    sources: ['nice-ng59', 'medlineplus'],
  },
  {
    id: 'gabapentinoid',
    explanation:
      'Gabapentin and pregabalin were first made to treat seizures. They calm nerve signals that fire too much. So they are used for nerve pain, such as pain after shingles or from diabetes. Common side effects are sleepiness, dizziness and swollen legs. Doses are usually raised slowly, and lowered slowly when stopping.',
    ketamineNote:
      'A 2015 expert review named these drugs, along with SNRIs and tricyclics, as first choices for nerve pain. Ketamine is not on that list.',
    related: [
      'neuropathic-pain',
      'snri',
      'tricyclic-antidepressant',
      'postherpetic-neuralgia',
      'dizziness',
      'titration',
      'gabapentin',
      'pregabalin',
    ],
    sources: ['medlineplus', 'finnerup-2015'],
  },
  {
    id: 'graded-exposure',
    explanation:
      'Fear of pain can make people avoid normal movements, and the body then gets stiffer and weaker. In graded exposure, you and a therapist list the activities you fear, from least to most. You then try them in order, starting small. Pain may flare for a while, but most people find their fear and their limits shrink. It is used in CRPS and back pain programs.',
    related: [
      'activity-pacing',
      'physical-therapy',
      'cognitive-behavioral-therapy',
      'complex-regional-pain-syndrome',
      'graded-motor-imagery',
      'fear-avoidance',
    ],
    sources: ['harden-2022-crps', 'medlineplus'],
  },
  {
    id: 'graded-motor-imagery',
    explanation:
      'Pain in a limb can blur the brain’s map of that limb. Graded motor imagery tries to retrain it in stages, each for about 2 weeks: first naming pictures of hands or feet as left or right, then imagining moving the limb, then mirror therapy. It is mostly used for CRPS and phantom limb pain. A small trial in long-standing CRPS found less pain and better use of the limb, but the evidence is still limited.',
    related: ['mirror-therapy', 'complex-regional-pain-syndrome', 'phantom-limb-pain', 'central-sensitization'],
    sources: ['moseley-2004-gmi', 'harden-2022-crps'],
  },
  {
    id: 'heat-therapy',
    explanation:
      'Heat widens blood vessels and helps tight muscles relax. You can use a heat pack, a heat wrap, a warm bath or a heating pad on a low setting for about 15 to 20 minutes. A US guideline lists heat as an option for back pain of recent onset. Do not use heat on numb skin or while asleep, because it can burn.',
    related: ['cold-therapy', 'self-management', 'chronic-low-back-pain', 'arthritis'],
    sources: ['qaseem-2017-back-pain', 'medlineplus'],
  },
  {
    id: 'hypnosis',
    explanation:
      'In a hypnosis session, a trained therapist guides you into a relaxed, focused state and offers suggestions, such as picturing the pain as cooler or smaller. You are awake, and you cannot be made to do things you do not want to do. You can also learn self-hypnosis to use at home. It is used for pain around medical procedures and for some long-lasting pain.',
    related: ['relaxation-training', 'psychotherapy', 'pain-psychology', 'meditation'],
    sources: ['nccih-relaxation', 'medlineplus'],
  },
  {
    id: 'interdisciplinary-pain-program',
    explanation:
      'These programs bring physical therapy, psychology, teaching and a review of your medicines together. They often run for several hours a day over a few weeks. The goal is to help you do more and rely less on the health system, not only to lower pain. A US guideline rates this kind of team program as a strong option for long-lasting low back pain. Places are few, and some insurers do not pay for it.',
    related: ['multimodal-care', 'physical-therapy', 'pain-psychology', 'occupational-therapy', 'self-management'],
    sources: ['qaseem-2017-back-pain', 'nice-ng59', 'medlineplus'],
  },
  {
    id: 'interferential-therapy',
    explanation:
      'A physical therapist usually gives it in short sessions, and you feel a tingle or buzz. UK NICE guidelines say not to use it, or TENS or therapeutic ultrasound, for long-lasting pain with no clear cause or for low back pain. Studies have not shown a clear benefit.',
    related: ['tens', 'therapeutic-ultrasound', 'physical-therapy'],
    sources: ['nice-ng193', 'nice-ng59'],
  },
  {
    id: 'intrathecal-pump',
    explanation:
      'The pump is placed in a short operation, usually after a trial dose shows the medicine helps. It holds a supply of medicine, often an opioid, and gives a set amount each day. Because the drug goes straight to the spinal fluid, doses are a tiny share of a pill dose. Staff refill it every few months with a needle through the skin. Risks include infection, problems with the tube, and overdose if the pump is refilled wrongly.',
    related: [
      'intrathecal',
      'opioid',
      'cancer-pain',
      'spinal-cord-stimulation',
      'treatment-resistant-pain',
      'ziconotide',
    ],
    sources: ['medlineplus', 'harden-2022-crps'],
  },
  {
    id: 'joint-injection',
    explanation:
      'A doctor cleans the skin and puts a needle into the joint, sometimes guided by ultrasound. The shot often contains a steroid to calm swelling, and a numbing drug that works within minutes. It is used for arthritis and other joint pain. The joint may be sore for a day or two, and infection is a rare risk.',
    related: ['intra-articular', 'steroid-injection', 'arthritis', 'injection'],
    sources: ['medlineplus'],
  },
  {
    id: 'laminectomy',
    explanation:
      'Wear and tear can narrow the spinal canal, which is called spinal stenosis. This can squeeze nerves and cause leg pain, numbness or weakness when walking. A laminectomy removes part of the bony arch at the back of one or more vertebrae to give the nerves more room. Like any back surgery, it carries risks such as infection, bleeding, nerve injury and pain that does not go away.',
    related: [
      'discectomy',
      'spinal-fusion',
      'chronic-low-back-pain',
      'epidural-steroid-injection',
      'spinal-stenosis',
      'sciatica',
    ],
    sources: ['medlineplus', 'nice-ng59'],
  },
  {
    id: 'lidocaine-infusion',
    explanation:
      'Lidocaine is best known as a numbing medicine for small procedures and dental work. When it drips slowly into a vein, it can quiet overactive nerves for a while. Pain clinics sometimes offer it for nerve pain that has not improved with other care. It is an off-label use, which means the FDA has not approved it for this.',
    ketamineNote:
      'Reviews of infusion treatments for long-lasting pain look at lidocaine next to ketamine. Both are off-label for this use, so ask what the evidence shows for your own condition.',
    related: ['infusion', 'intravenous', 'off-label-use', 'neuropathic-pain', 'anesthetic'],
    sources: ['medlineplus', 'cadth-2020', 'cohen-2018'],
  },
  {
    id: 'manual-therapy',
    explanation:
      'Physical therapists, chiropractors and osteopaths use hands-on care. Some methods are slow and gentle, while spinal manipulation uses a quick push. You may feel sore for a short time after. The UK NICE guideline says to think about it for low back pain only with exercise, not on its own.',
    related: ['spinal-manipulation', 'massage-therapy', 'chiropractic-care', 'physical-therapy', 'exercise-therapy'],
    sources: ['nice-ng59', 'nccih-spinal-manipulation'],
  },
  {
    id: 'massage-therapy',
    explanation:
      'There are many kinds of massage, from gentle strokes to deep pressure on tight muscles. Studies suggest massage may help back pain and some other pain for a short time, so people often need repeat sessions to keep the benefit. It has few risks when a trained therapist does it. Tell the therapist about any health problems first, such as a blood clot, a broken bone or weak bones.',
    related: ['manual-therapy', 'physical-therapy', 'relaxation-training', 'chronic-low-back-pain'],
    sources: ['nccih-massage'],
  },
  {
    id: 'medial-branch-block',
    explanation:
      'The medial branch nerves carry pain signals from the facet joints of the spine. A doctor uses an x-ray to guide a thin needle to them and puts in a small dose of numbing medicine. You then track your pain for the next hours. A clear drop in pain suggests that radiofrequency ablation of those nerves might help, and UK guidance asks for a good result on this test first.',
    related: ['facet-joint-injection', 'radiofrequency-ablation', 'nerve-block', 'chronic-low-back-pain'],
    sources: ['nice-ng59', 'juch-2017-mint'],
  },
  {
    id: 'meditation',
    explanation:
      'There are many styles of meditation. Some focus on the breath, some repeat a word, and some scan the body with calm attention. Practice can be a few minutes a day, alone, in a class or with an app. It is generally safe. A US guideline lists mindfulness-based stress reduction, which uses meditation, as an option for long-lasting low back pain.',
    related: ['mindfulness', 'mindfulness-based-stress-reduction', 'relaxation-training', 'yoga'],
    sources: ['qaseem-2017-back-pain', 'medlineplus'],
  },
  {
    id: 'microvascular-decompression',
    explanation:
      'In many people with trigeminal neuralgia, a blood vessel presses on the nerve near the brain stem. A European guideline says to offer surgery when medicines do not help enough or cause too many side effects. When a scan shows a vessel touching the nerve, this operation is the first choice, and relief often lasts for many years. It is major surgery. Its risks include hearing loss, a numb face and, rarely, stroke.',
    related: ['trigeminal-neuralgia', 'rhizotomy', 'stereotactic-radiosurgery', 'neuropathic-pain', 'carbamazepine'],
    sources: ['bendtsen-2019-ean', 'medlineplus'],
  },
  {
    id: 'mindfulness',
    explanation:
      'Mindfulness means noticing thoughts, feelings and body sensations, including pain, with curiosity instead of fighting them. It is taught in courses such as MBSR and is part of some talking therapies, such as ACT. For some people it lowers stress and makes pain less upsetting, even if the pain itself changes little. It takes regular practice to help.',
    related: [
      'meditation',
      'mindfulness-based-stress-reduction',
      'acceptance-and-commitment-therapy',
      'relaxation-training',
      'pain-catastrophizing',
    ],
    sources: ['qaseem-2017-back-pain', 'medlineplus'],
  },
  {
    id: 'mindfulness-based-stress-reduction',
    explanation:
      'An MBSR group meets once a week for 8 weeks, and you also practice at home each day. It was first made for people with long-lasting pain and illness. A US guideline lists it among the non-drug choices for long-lasting low back pain, with moderate-quality evidence.',
    related: ['mindfulness', 'meditation', 'yoga', 'chronic-low-back-pain'],
    sources: ['qaseem-2017-back-pain'],
  },
  {
    id: 'mirror-therapy',
    explanation:
      'You place a mirror between your limbs so that you see the healthy limb where the painful one should be. Moving the healthy limb then looks like both limbs moving easily. This may help the brain update its picture of the painful limb. It is used for CRPS, phantom limb pain and after stroke, often as the last step of graded motor imagery. The evidence for it is still limited.',
    related: ['graded-motor-imagery', 'phantom-limb-pain', 'complex-regional-pain-syndrome', 'occupational-therapy'],
    sources: ['moseley-2004-gmi', 'harden-2022-crps'],
  },
  {
    id: 'multimodal-analgesia',
    explanation:
      'Around surgery, a plan may mix acetaminophen, an NSAID, a nerve block or another way to numb pain, and sometimes other drugs. Each one works in its own way, so the mix can ease pain with less opioid. A 2016 US guideline on pain after surgery advises this. It is a term for surgery and hospital care, not for the long-term care of long-lasting pain.',
    ketamineNote:
      'Low-dose ketamine is sometimes part of this mix for major surgery. A large 2018 review found it lowered pain and opioid use in the first days after surgery. This says little about ketamine for long-lasting pain.',
    related: ['postsurgical-pain', 'opioid-sparing', 'nerve-block', 'acetaminophen', 'nsaid', 'multimodal-care'],
    sources: ['chou-2016-postop', 'brinck-2018-cochrane'],
  },
  {
    id: 'multimodal-care',
    explanation:
      'Long-lasting pain affects the body, mood, sleep and daily life. So one treatment rarely covers it all. A plan may mix drugs with exercise, talking therapy such as CBT, and better sleep habits. In some programs, doctors, therapists and psychologists work as one team. The goal is often to do more in daily life, not only to lower a pain score.',
    ketamineNote:
      'Studies of ketamine infusions mostly show short-term relief. So if ketamine is used at all, the other parts of a pain plan still matter.',
    related: [
      'physical-therapy',
      'cognitive-behavioral-therapy',
      'chronic-pain',
      'acupuncture',
      'opioid',
      'interdisciplinary-pain-program',
      'multimodal-analgesia',
    ],
    sources: ['medlineplus', 'cadth-2023', 'orhurhu-2019'],
  },
  {
    id: 'nerve-block',
    explanation:
      'A doctor uses an ultrasound or x-ray to guide a needle close to a nerve, then puts in a numbing drug. The area the nerve serves goes numb for hours, or longer with some drugs. Blocks are widely used for surgery. For long-lasting pain they may ease a flare, help with therapy, or show which nerve is the source. Risks include bleeding, infection and, rarely, nerve injury.',
    related: [
      'sympathetic-nerve-block',
      'medial-branch-block',
      'anesthetic',
      'epidural',
      'radiofrequency-ablation',
      'radiculopathy',
      'sciatica',
    ],
    sources: ['medlineplus', 'chou-2016-postop'],
  },
  {
    id: 'neuromodulation',
    explanation:
      'Some devices are worn on the skin, such as TENS. Others are implanted, such as spinal cord, nerve root or peripheral nerve stimulators. Implants are usually tried for a few days first, and only kept if they help. Risks of implants include infection, wires that move, and more surgery to fix or remove them.',
    related: ['spinal-cord-stimulation', 'dorsal-root-ganglion-stimulation', 'peripheral-nerve-stimulation', 'tens'],
    sources: ['medlineplus', 'harden-2022-crps'],
  },
  {
    id: 'nsaid',
    explanation:
      'NSAID is short for nonsteroidal anti-inflammatory drug. These drugs block body chemicals that cause pain and swelling. So they help with sprains, arthritis and period pain. Some are sold in shops and others need a prescription. Risks include stomach bleeding, kidney problems and a higher chance of heart attack or stroke, mostly at high doses or with long use.',
    related: [
      'acetaminophen',
      'opioid',
      'arthritis',
      'multimodal-care',
      'topical',
      'ibuprofen',
      'naproxen',
      'celecoxib',
      'diclofenac',
      'aspirin',
      'meloxicam',
      'ketorolac',
      'indomethacin',
    ],
    sources: ['medlineplus'],
  },
  {
    id: 'occupational-therapy',
    explanation:
      'An occupational therapist looks at the tasks that matter to you at home, at work and in free time. They may teach pacing, easier ways to move, or how to protect a painful hand or arm. They may suggest splints, grab bars or other tools. Guidelines on CRPS put occupational and physical therapy at the center of care.',
    related: [
      'physical-therapy',
      'activity-pacing',
      'complex-regional-pain-syndrome',
      'interdisciplinary-pain-program',
    ],
    sources: ['harden-2022-crps', 'medlineplus'],
  },
  {
    id: 'ondansetron',
    explanation:
      'Ondansetron blocks serotonin, a body chemical that can set off the urge to vomit. It is widely used around surgery, cancer treatment and infusions. It comes as a pill, a tablet that melts on the tongue, or a shot. Headache and constipation are common side effects.',
    ketamineNote:
      'Ketamine often makes people feel sick or throw up. In one clinic, every patient got this drug before each ketamine drip.',
    related: ['nausea-and-vomiting', 'infusion', 'benzodiazepine'],
    sources: ['medlineplus', 'cadth-2020', 'patil-2012'],
  },
  {
    id: 'opioid',
    explanation:
      'Opioids act on parts of the brain and spinal cord that dull pain. They work well for severe short-term pain, such as after surgery, and some people take them for long-lasting pain. With regular use the body adapts, so stopping all at once can cause withdrawal. This is expected, and it is not the same as addiction. Risks include constipation and sleepiness and, mostly at high doses or with alcohol or calming drugs, slowed breathing and overdose.',
    ketamineNote:
      'Some clinics say ketamine can cut opioid use, but good proof of this comes mainly from surgery. Do not lower your opioid dose on your own to start ketamine. Ask about a slow, planned taper.',
    related: [
      'morphine',
      'oxycodone',
      'hydrocodone',
      'fentanyl',
      'methadone',
      'naloxone',
      'overdose',
      'addiction',
      'dependence',
      'respiratory-depression',
      'tapering',
      'opioid-sparing',
      'opioid-induced-hyperalgesia',
      'morphine-milligram-equivalent',
    ],
    sources: ['medlineplus', 'dowell-2022-cdc', 'brinck-2018-cochrane', 'cadth-2020', 'fda-2019-opioid-taper'],
  },
  {
    id: 'opioid-sparing',
    explanation:
      'A treatment is opioid-sparing if people who get it need less opioid. Lower doses mean fewer side effects and less risk. A big 2018 review of 130 studies looked at ketamine given around surgery. People who got it needed less opioid after. For long-term pain, no trial with a comparison group has shown this, so no one knows if it holds over time.',
    ketamineNote:
      'If a clinic says ketamine will help you cut back on opioids, ask which studies they mean. Do not lower your opioid dose on your own, because stopping fast can cause withdrawal.',
    related: ['opioid', 'postsurgical-pain', 'acute-pain', 'randomized-controlled-trial', 'chronic-pain'],
    sources: ['brinck-2018-cochrane', 'cadth-2020', 'medlineplus'],
  },
  {
    id: 'pain-psychology',
    explanation:
      'Pain is made in the brain from nerve signals, and stress, fear, low mood and poor sleep can turn it up. A pain psychologist helps you work on these parts, using methods such as CBT, ACT, relaxation and pacing. This is treatment for the pain itself, alongside medical care. Guidelines in the US and the UK include psychological therapy for long-lasting pain.',
    related: [
      'cognitive-behavioral-therapy',
      'acceptance-and-commitment-therapy',
      'psychotherapy',
      'central-sensitization',
      'chronic-pain',
      'pain-reprocessing-therapy',
    ],
    sources: ['nice-ng193', 'qaseem-2017-back-pain'],
  },
  {
    id: 'pain-reprocessing-therapy',
    explanation:
      'The therapy teaches that the brain can keep sending pain after an injury heals. It uses exercises to make movement feel safe again. In a 2022 trial, 151 adults with long-lasting back pain had 1 visit with a doctor and 8 therapy sessions over 4 weeks. Afterwards, 66 in 100 were free or nearly free of pain, against 20 in 100 after a dummy shot and 10 in 100 with usual care. This is one trial, and it needs to be repeated.',
    related: [
      'chronic-low-back-pain',
      'nociplastic-pain',
      'central-sensitization',
      'pain-psychology',
      'randomized-controlled-trial',
    ],
    sources: ['ashar-2022-prt'],
  },
  {
    id: 'peer-support',
    explanation:
      'Talking with others who live with pain can make you feel less alone and give practical tips. Groups may be run by patients, charities or clinics, and many meet online. Some are led by trained peer supporters. A good group does not push you to stop or start any treatment, so check big changes with your doctor.',
    related: ['counseling', 'self-management', 'chronic-pain', 'psychotherapy'],
    sources: ['medlineplus'],
  },
  {
    id: 'peripheral-nerve-stimulation',
    explanation:
      'A thin wire is placed through a needle near the nerve, often with ultrasound to guide it. Some systems are left in for a few weeks and then removed, and others are permanent. It is used for pain in one area, such as from a nerve injury or after an amputation. Risks include infection, skin irritation and a wire that moves.',
    related: ['neuromodulation', 'spinal-cord-stimulation', 'neuropathic-pain', 'phantom-limb-pain'],
    sources: ['medlineplus'],
  },
  {
    id: 'physical-therapy',
    explanation:
      'A physical therapist checks how you move and builds a plan of exercises for you to do in sessions and at home. The plan may also use heat, cold, massage or gentle movement of the joints. For long-lasting pain, the aim is to help you move with more ease and confidence. It works best when you keep doing the exercises over time.',
    ketamineNote:
      'In the main trial in CRPS, ketamine lowered pain for a while but did not improve how well people could function. Therapy aimed at movement still matters.',
    related: [
      'multimodal-care',
      'cognitive-behavioral-therapy',
      'complex-regional-pain-syndrome',
      'chronic-pain',
      'exercise-therapy',
      'occupational-therapy',
    ],
    sources: ['medlineplus', 'sigtermans-2009'],
  },
  {
    id: 'psychotherapy',
    explanation:
      'Psychotherapy is done by psychologists, counselors, social workers and other trained therapists, one to one or in groups. Some kinds, such as CBT, are short and focused on skills. For people with long-lasting pain it can help with mood, sleep, fear of movement and coping. The UK NICE guideline says ACT or CBT can be considered for long-lasting pain with no clear cause.',
    related: [
      'cognitive-behavioral-therapy',
      'acceptance-and-commitment-therapy',
      'counseling',
      'pain-psychology',
      'ketamine-assisted-psychotherapy',
    ],
    sources: ['medlineplus', 'nice-ng193'],
  },
  {
    id: 'radiofrequency-ablation',
    explanation:
      'For back or neck pain, a doctor guides a needle with an x-ray to the small nerves of a spine joint and heats them. Relief, when it comes, can last months, and the nerves often grow back. In the large Dutch MINT trials, adding it to exercise did not give a clinically important gain in back pain at 3 months. RFA is also used for heart rhythm problems and some tumors, in a different way.',
    related: [
      'medial-branch-block',
      'facet-joint-injection',
      'chronic-low-back-pain',
      'nerve-block',
      'facet-joint',
      'sacroiliac-joint',
    ],
    sources: ['juch-2017-mint', 'nice-ng59', 'medlineplus'],
  },
  {
    id: 'relaxation-training',
    explanation:
      'These methods bring on the relaxation response: slower breathing, lower blood pressure and a slower heart rate. You may learn to tense and let go of muscles, to picture a calm scene, to breathe slowly, or to use self-hypnosis. They are safe for most people, but they take regular practice. A US guideline lists muscle relaxation among options for long-lasting low back pain.',
    related: ['biofeedback', 'hypnosis', 'meditation', 'cognitive-behavioral-therapy'],
    sources: ['nccih-relaxation', 'qaseem-2017-back-pain'],
  },
  {
    id: 'rhizotomy',
    explanation:
      'For trigeminal neuralgia, a needle is passed through the cheek to the nerve. The nerve is then damaged with heat, a chemical called glycerol or a small balloon. These needle methods are shorter and less risky than open surgery, but pain tends to come back sooner. They often leave part of the face numb. A European guideline suggests them when microvascular decompression is not a good fit.',
    related: [
      'trigeminal-neuralgia',
      'microvascular-decompression',
      'stereotactic-radiosurgery',
      'radiofrequency-ablation',
    ],
    sources: ['bendtsen-2019-ean'],
  },
  {
    id: 'sacroiliac-joint-injection',
    explanation:
      'The sacroiliac joints sit on each side of the base of the spine. A doctor uses an x-ray or ultrasound to guide the needle into the joint. If the pain eases, that joint may be part of the cause. Relief from the steroid, when it comes, often lasts weeks to months. The UK NICE guideline advises against spinal injections to treat low back pain.',
    related: ['steroid-injection', 'joint-injection', 'chronic-low-back-pain', 'facet-joint-injection'],
    sources: ['medlineplus', 'nice-ng59'],
  },
  {
    id: 'self-management',
    explanation:
      'Self-management means you lead your care day to day, with support from your care team. It can include pacing, regular exercise, relaxation, sleep habits and a plan for flare-ups. Many clinics and charities run short courses, in person or online. The UK NICE guideline puts it at the heart of a care plan for long-lasting pain.',
    related: ['activity-pacing', 'exercise-therapy', 'sleep-hygiene', 'peer-support', 'chronic-pain'],
    sources: ['nice-ng193', 'medlineplus'],
  },
  {
    id: 'sleep-hygiene',
    explanation:
      'Good habits include going to bed and getting up at the same times, keeping the bedroom dark, cool and quiet, and avoiding caffeine late in the day. Screens, heavy meals and alcohol near bedtime can make sleep worse. Habits alone often do not fix long-term insomnia. A US guideline advises CBT for insomnia, which includes them, as the first treatment.',
    related: ['insomnia', 'cbt-for-insomnia', 'self-management', 'chronic-pain'],
    sources: ['qaseem-2016-insomnia', 'medlineplus'],
  },
  {
    id: 'snri',
    explanation:
      'SNRI stands for serotonin-norepinephrine reuptake inhibitor. These drugs raise 2 brain chemicals that help control mood and pain signals. Duloxetine and milnacipran are approved for some kinds of long-lasting pain. Doctors also use venlafaxine for nerve pain. They take a few weeks to work fully, and nausea, dry mouth and sweating are common.',
    ketamineNote:
      'A 2015 expert review named SNRIs, along with tricyclics and gabapentinoids, as first choices for nerve pain. Ketamine is not on that list.',
    related: [
      'neuropathic-pain',
      'tricyclic-antidepressant',
      'gabapentinoid',
      'fibromyalgia',
      'major-depressive-disorder',
      'tapering',
      'duloxetine',
      'venlafaxine',
      'milnacipran',
    ],
    sources: ['medlineplus', 'finnerup-2015'],
  },
  {
    id: 'spinal-cord-stimulation',
    explanation:
      'First you have a trial of about a week, with wires but no battery put in. If pain eases enough, the battery is put in. In a trial in CRPS, pain was lower at 6 months than with physical therapy alone, but daily function did not improve. A 2023 review found it likely gives little or no lasting help for low back pain, compared with a dummy treatment. Risks include infection and wires that move, and in the CRPS trial 1 in 4 people with an implant needed more surgery.',
    related: [
      'neuromodulation',
      'dorsal-root-ganglion-stimulation',
      'complex-regional-pain-syndrome',
      'chronic-low-back-pain',
      'failed-back-surgery-syndrome',
    ],
    sources: ['kemler-2000-scs', 'traeger-2023-cochrane', 'medlineplus'],
  },
  {
    id: 'spinal-fusion',
    explanation:
      'The surgeon places bone, or a material like bone, between the vertebrae, often held with screws and rods. Over months they grow together. It is used for a spine that is unstable, badly curved or broken. Recovery takes months, and the joints next to the fusion may wear faster. The UK NICE guideline says not to offer fusion for low back pain alone, except in a research trial.',
    related: ['discectomy', 'laminectomy', 'chronic-low-back-pain'],
    sources: ['nice-ng59', 'medlineplus'],
  },
  {
    id: 'spinal-manipulation',
    explanation:
      'Chiropractors do most spinal manipulation, but some doctors and physical therapists use it too. It is used for low back pain, neck pain and some headaches, and a US guideline lists it as an option for back pain. Many people feel sore or stiff, or get a headache, for up to a day after. Serious harms are very rare, but first tell the person about any bone or blood vessel problems.',
    related: ['chiropractic-care', 'manual-therapy', 'chronic-low-back-pain', 'physical-therapy'],
    sources: ['nccih-spinal-manipulation', 'qaseem-2017-back-pain'],
  },
  {
    id: 'stereotactic-radiosurgery',
    explanation:
      'You lie in a frame or mask that keeps your head still while beams of radiation meet at one point on the nerve. It takes one visit and needs no cut, but pain relief can take weeks to months to start. A European guideline lists it among the nerve-damaging options for trigeminal neuralgia when open surgery is not suitable. Facial numbness is a common side effect.',
    related: ['trigeminal-neuralgia', 'microvascular-decompression', 'rhizotomy'],
    sources: ['bendtsen-2019-ean', 'medlineplus'],
  },
  {
    id: 'steroid-injection',
    explanation:
      'Corticosteroids calm inflammation, the swelling and irritation that can cause pain in joints, tendons and nerves. A shot puts a strong dose right where it is needed. Pain may get worse for a day or two before it eases. Doctors limit how many shots you get in one place, because repeated shots can weaken tissue and raise blood sugar for a few days.',
    related: ['joint-injection', 'epidural-steroid-injection', 'arthritis', 'injection', 'corticosteroid'],
    sources: ['medlineplus', 'chou-2015-epidural'],
  },
  {
    id: 'sympathetic-nerve-block',
    explanation:
      'The sympathetic nerves run in chains beside the spine. A stellate ganglion block, in the neck, numbs those for the arm and face, and a lumbar sympathetic block does the same for a leg. These blocks are used in CRPS, often to make physical therapy easier, though evidence that they help is limited. A celiac plexus block is used for belly pain from cancer of the pancreas.',
    related: ['nerve-block', 'complex-regional-pain-syndrome', 'cancer-pain', 'physical-therapy'],
    sources: ['harden-2022-crps', 'medlineplus'],
  },
  {
    id: 'tai-chi',
    explanation:
      'Tai chi began as a martial art and is now mostly practiced for health. Qigong is a related practice. Classes are gentle enough for most people, including older adults and people with pain. Studies suggest it may help balance, knee arthritis and fibromyalgia, and a US guideline lists it as an option for long-lasting low back pain.',
    related: ['yoga', 'exercise-therapy', 'fibromyalgia', 'arthritis', 'chronic-low-back-pain'],
    sources: ['nccih-tai-chi', 'qaseem-2017-back-pain'],
  },
  {
    id: 'tens',
    explanation:
      'You stick 2 or more pads around the painful area and set the strength so you feel a strong but comfortable tingle. Units are sold without a prescription and can be used at home. They are generally safe, but are not for people with some heart devices or on broken skin. UK NICE guidelines advise against TENS for long-lasting pain with no clear cause and for low back pain, as studies have not shown a clear benefit.',
    related: [
      'neuromodulation',
      'interferential-therapy',
      'self-management',
      'physical-therapy',
      'gate-control-theory',
    ],
    sources: ['nice-ng193', 'nice-ng59', 'medlineplus'],
  },
  {
    id: 'therapeutic-ultrasound',
    explanation:
      'The sound waves gently heat and vibrate deep tissue, and it is meant to ease pain and help healing. You feel little or nothing during a session. UK NICE guidelines advise against it for long-lasting pain with no clear cause and for low back pain.',
    related: ['interferential-therapy', 'tens', 'physical-therapy'],
    sources: ['nice-ng193', 'nice-ng59'],
  },
  {
    id: 'tricyclic-antidepressant',
    explanation:
      'Tricyclics were among the first antidepressants. For pain, doctors often use small doses taken at night, well below the doses used for depression. They can cause dry mouth, constipation, drowsiness and weight gain, and they are not safe for some people with heart rhythm problems. Taking too much at once can be very dangerous.',
    ketamineNote:
      'A 2015 expert review named tricyclics, along with SNRIs and gabapentinoids, as first choices for nerve pain. Ketamine is not on that list.',
    related: ['neuropathic-pain', 'snri', 'gabapentinoid', 'insomnia', 'amitriptyline', 'nortriptyline'],
    sources: ['medlineplus', 'finnerup-2015'],
  },
  {
    id: 'trigger-point-injection',
    explanation:
      'Trigger points are tight bands in a muscle that hurt when pressed and can send pain to other places. A doctor feels for the knot and puts a thin needle into it. Soreness for a day or two is common. The UK NICE guideline advises against starting these shots, when they contain a steroid and numbing drug, for long-lasting pain with no clear cause.',
    related: ['dry-needling', 'steroid-injection', 'injection', 'chronic-primary-pain', 'myofascial-pain-syndrome'],
    sources: ['medlineplus', 'nice-ng193'],
  },
  {
    id: 'yoga',
    explanation:
      'Yoga comes from India and has many styles, from gentle and slow to hard and fast. For pain, a class with a trained teacher who adapts the poses is safest. Studies in people with long-lasting low back pain found that adapted yoga eased pain and helped them function, and a US guideline lists it as an option. Tell the teacher about any injury or health problem.',
    related: ['tai-chi', 'exercise-therapy', 'mindfulness', 'chronic-low-back-pain'],
    sources: ['nccih-yoga', 'qaseem-2017-back-pain'],
  },
];
