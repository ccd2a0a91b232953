import type { GlossaryDetail } from '../types';

// Longer explanations for the pain conditions, sorted by id.
export const conditionDetails: GlossaryDetail[] = [
  {
    id: 'ankylosing-spondylitis',
    explanation:
      'In ankylosing spondylitis, the body’s defense (immune) system causes swelling in the joints of the spine. Pain and stiffness are often worse in the morning or after rest, and ease with movement. It often starts in young adults. Over time, some bones of the spine can grow together. Exercise, physical therapy and medicines that calm the swelling are the main treatments.',
    related: ['arthritis', 'spine', 'sacroiliac-joint', 'vertebra', 'inflammation', 'physical-therapy'],
    sources: ['mlp-ankylosing-spondylitis'],
  },
  {
    id: 'arthritis',
    explanation:
      'There are many types of arthritis. The most common is osteoarthritis. It comes from wear on cartilage, the smooth tissue that pads the ends of bones. In some other types, such as rheumatoid arthritis, the body’s defense system attacks the joints. Care often includes exercise, weight control, physical therapy and pain drugs.',
    ketamineNote:
      'The 2018 guideline on ketamine drips for pain did not look at arthritis. There is little research on ketamine for it.',
    related: [
      'osteoarthritis',
      'rheumatoid-arthritis',
      'gout',
      'chronic-pain',
      'nociceptive-pain',
      'nsaid',
      'physical-therapy',
    ],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'budapest-criteria',
    explanation:
      'No single blood test or scan can prove CRPS. Instead, doctors check for pain that is far worse than the injury would explain. They look for changes in feeling, in skin color or warmth, in swelling or sweating, and in movement, hair, skin or nails. Other causes have to be ruled out. The checklist is named after a 2003 meeting in Budapest, and a 2010 study tested it.',
    ketamineNote:
      'CRPS is the one condition where ketamine has moderate support from experts, so a careful diagnosis matters. It is fair to ask how yours was made.',
    related: ['complex-regional-pain-syndrome', 'allodynia', 'autonomic-nervous-system'],
    sources: ['harden-2010', 'cohen-2018'],
  },
  {
    id: 'bursitis',
    explanation:
      'A bursa sits between a bone and the tendons, muscles or skin that move over it. Overuse, pressure or an injury can make it swollen and sore. The joint may hurt most when you move it or press on it. Rest, ice and pain medicines often help, and it tends to get better with time.',
    related: ['bursa', 'tendinitis', 'arthritis', 'inflammation', 'nsaid'],
    sources: ['mlp-bursitis'],
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
    id: 'carpal-tunnel-syndrome',
    explanation:
      'The median nerve runs through the wrist to the thumb side of the hand. When the tunnel around it gets tight or the tissue swells, the nerve is pressed. Symptoms are often worse at night, and the hand may feel weak. Rest, a wrist splint and medicines can help, and some people need surgery to free the nerve.',
    related: ['peripheral-nerve', 'neuropathy', 'tendon', 'ligament'],
    sources: ['mlp-carpal-tunnel'],
  },
  {
    id: 'central-pain-syndrome',
    explanation:
      'Here the problem is in the central nervous system, not in the body’s tissues or outer nerves. The pain is often burning or aching, and touch, movement or cold can make it worse. It may start soon after the damage or months to years later. Medicines can ease it for many people, but often do not stop it fully.',
    related: [
      'central-post-stroke-pain',
      'spinal-cord-injury-pain',
      'multiple-sclerosis',
      'neuropathic-pain',
      'central-nervous-system',
    ],
    sources: ['ninds-central-pain'],
  },
  {
    id: 'central-post-stroke-pain',
    explanation:
      'It is a kind of central pain, which comes from damage in the brain rather than in the body. It can begin soon after the stroke or many months later. The skin may become very sensitive to touch or cold. Nerve-pain medicines may help, though the pain is often hard to treat.',
    related: ['central-pain-syndrome', 'thalamus', 'neuropathic-pain', 'allodynia', 'cardiovascular-disease'],
    sources: ['ninds-central-pain'],
  },
  {
    id: 'chemotherapy-induced-peripheral-neuropathy',
    explanation:
      'Some chemotherapy drugs can harm the long nerves that reach the hands and feet. Symptoms may start during treatment and can improve after it ends, but for some people they last. Tell your cancer team early, because a change in the treatment plan may help. When feeling is weak, take extra care to avoid falls, cuts and burns.',
    related: ['neuropathy', 'neuropathic-pain', 'cancer-pain', 'peripheral-nerve'],
    sources: ['nci-nerve-problems'],
  },
  {
    id: 'chronic-fatigue-syndrome',
    explanation:
      'People with ME/CFS may have trouble with sleep, thinking and standing up for long, along with muscle or joint pain. A key sign is feeling much worse after activity, and this can last for days. The cause is not known, and no single test can show it. Care aims to ease symptoms, often by learning to pace activity.',
    related: ['fibromyalgia', 'insomnia', 'chronic-pain', 'comorbidity', 'activity-pacing'],
    sources: ['mlp-chronic-fatigue'],
  },
  {
    id: 'chronic-low-back-pain',
    explanation:
      'Low back pain can come from muscles, joints, discs or nerves in the spine. When it lasts more than 3 months, it counts as chronic. Staying active, exercise and physical therapy are key parts of care. Some people also use medicines or talk therapy to cope.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine helps low back pain. Any benefit was short-term.',
    related: [
      'chronic-pain',
      'physical-therapy',
      'cognitive-behavioral-therapy',
      'multimodal-care',
      'sciatica',
      'herniated-disc',
      'spine',
      'duloxetine',
      'failed-back-surgery-syndrome',
    ],
    sources: ['medlineplus', 'treede-2015', 'cohen-2018'],
  },
  {
    id: 'chronic-pancreatitis',
    explanation:
      'Heavy drinking over many years is a common cause, and some kinds run in families. The pain is often in the upper belly and can spread to the back. Over time the pancreas may stop making enough digestive juices or insulin, which can lead to weight loss or diabetes. Treatment aims to ease the pain and help the body digest food.',
    related: ['nociceptive-pain', 'chronic-pain', 'inflammation'],
    sources: ['mlp-pancreatitis'],
  },
  {
    id: 'chronic-pelvic-pain',
    explanation:
      'In women it may come from endometriosis, the bladder, the bowel or the muscles of the pelvic floor. Men can have it too. Finding the cause can take time, and more than one cause often plays a part. Care may mix medicines, physical therapy for the pelvic floor, and talk therapy.',
    related: [
      'endometriosis',
      'interstitial-cystitis',
      'irritable-bowel-syndrome',
      'vulvodynia',
      'pelvic-floor',
      'chronic-primary-pain',
    ],
    sources: ['mlp-pelvic-pain', 'treede-2015'],
  },
  {
    id: 'chronic-postsurgical-pain',
    explanation:
      'Pain experts gave this pain its own place in ICD-11, the list of diseases kept by the World Health Organization. It is more common after some operations, such as an amputation, breast or chest surgery, a hernia repair or a new joint. Nerves hurt during the operation are one likely cause. If pain lasts after surgery, tell your care team, since a pain specialist may help.',
    related: ['postsurgical-pain', 'post-mastectomy-pain', 'phantom-limb-pain', 'chronic-pain', 'neuropathic-pain'],
    sources: ['schug-2019'],
  },
  {
    id: 'chronic-widespread-pain',
    explanation:
      'In ICD-11, pain experts list it as a form of chronic primary pain, a health problem in its own right. The pain is real even when tests look normal. Exercise, good sleep habits, talk therapy and some medicines can help.',
    related: ['fibromyalgia', 'chronic-primary-pain', 'nociplastic-pain', 'central-sensitization'],
    sources: ['treede-2015'],
  },
  {
    id: 'cluster-headache',
    explanation:
      'Each attack lasts from 15 minutes to 3 hours, and there can be several a day. On the same side, the eye may water or turn red and the nose may run or block. People often feel restless and cannot lie still. Bouts of attacks can last weeks or months, then stop for months or years. Some treatments stop an attack quickly, so it is worth seeing a doctor.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine drips help migraine or other headaches. Any benefit was short-term.',
    related: ['headache', 'migraine', 'trigeminal-nerve'],
    sources: ['ichd-3', 'mlp-headache', 'cohen-2018'],
  },
  {
    id: 'complex-regional-pain-syndrome',
    explanation:
      'CRPS often starts after a fracture, sprain, surgery or other injury. Type 1 happens without a confirmed nerve injury, and type 2 follows a known nerve injury. Light touch may hurt, and the limb can get stiff or weak. Older names for it include reflex sympathetic dystrophy and causalgia. Treatment, such as physical therapy, aims to keep the limb moving.',
    ketamineNote:
      'Only CRPS had moderate proof for ketamine in the 2018 guideline, with less pain for up to about 12 weeks. Still, the main trial found no gain in daily life, and a 2015 review rated the proof weak.',
    related: [
      'budapest-criteria',
      'allodynia',
      'neuropathic-pain',
      'physical-therapy',
      'chronic-primary-pain',
      'sympathetic-nervous-system',
      'bisphosphonate',
    ],
    sources: ['medlineplus', 'iasp-terminology', 'cohen-2018', 'sigtermans-2009', 'connolly-2015'],
  },
  {
    id: 'degenerative-disc-disease',
    explanation:
      'Despite the name, it is not a disease that spreads. With age, the discs that cushion the spine can dry out, thin and tear. This can cause pain, or lead to a herniated disc that presses on a nerve. Staying active, exercise and physical therapy are the usual first steps, with medicines or procedures for some.',
    related: ['intervertebral-disc', 'herniated-disc', 'chronic-low-back-pain', 'spine', 'physical-therapy'],
    sources: ['mlp-back-pain', 'mlp-herniated-disk'],
  },
  {
    id: 'diabetic-neuropathy',
    explanation:
      'Over time, high blood sugar harms nerves. When the feet lose feeling, cuts and sores can go unnoticed, so check your feet every day. Keeping blood sugar in your target range can slow the damage. Some nerve-pain medicines can ease the pain.',
    ketamineNote:
      'The 2018 guideline did not grade diabetic nerve pain on its own. For nerve pain in general it found weak or no evidence for ketamine drips, with any benefit short-term.',
    related: [
      'neuropathy',
      'neuropathic-pain',
      'peripheral-nerve',
      'gabapentinoid',
      'snri',
      'duloxetine',
      'pregabalin',
    ],
    sources: ['mlp-diabetic-nerve', 'cohen-2018'],
  },
  {
    id: 'ehlers-danlos-syndrome',
    explanation:
      'There are many types. In the most common, the hypermobile type, joints bend further than usual and may slip out of place. Long-term joint pain is common, and the skin may be soft, stretchy or bruise easily. Some rarer types can weaken blood vessels, so it helps to know which type you have.',
    related: ['ligament', 'tendon', 'chronic-pain', 'physical-therapy'],
    sources: ['mlp-genetics-ehlers-danlos'],
  },
  {
    id: 'endometriosis',
    explanation:
      'The tissue reacts to monthly hormone changes, which can cause pain and scar tissue. Pain may come with periods, sex, bowel movements or peeing. Pain medicines, hormone medicines and surgery to remove the tissue can help.',
    related: ['chronic-pelvic-pain', 'pelvic-floor', 'nsaid'],
    sources: ['mlp-endometriosis'],
  },
  {
    id: 'failed-back-surgery-syndrome',
    explanation:
      'Experts dislike the old name because it can sound as if the patient or the surgery failed, and it says nothing about the cause. ICD-11 calls it chronic pain after spinal surgery. The pain can have many causes, so a careful check is the first step. Care often mixes exercise, medicines and talk therapy.',
    related: [
      'chronic-postsurgical-pain',
      'chronic-low-back-pain',
      'radiculopathy',
      'spine',
      'multimodal-care',
      'spinal-cord-stimulation',
    ],
    sources: ['christelis-2021', 'schug-2019'],
  },
  {
    id: 'fibromyalgia',
    explanation:
      'Doctors do not know exactly what causes fibromyalgia. It seems to involve changes in how the brain and spinal cord handle pain. It is more common in women. Exercise, good sleep habits, talk therapy and some medicines can help.',
    ketamineNote:
      'The 2018 guideline found weak or no evidence for ketamine here. In one small trial, relief lasted only while the drug stayed in the bloodstream.',
    related: [
      'chronic-primary-pain',
      'nociplastic-pain',
      'central-sensitization',
      'insomnia',
      'snri',
      'duloxetine',
      'pregabalin',
      'milnacipran',
      'amitriptyline',
      'chronic-widespread-pain',
    ],
    sources: ['medlineplus', 'cohen-2018', 'noppers-2011'],
  },
  {
    id: 'gout',
    explanation:
      'Uric acid is a waste product in the blood. When there is too much, it can form sharp crystals in a joint. An attack often starts at night and can last days. Medicines can ease attacks and lower uric acid to prevent new ones.',
    related: ['arthritis', 'inflammation', 'nsaid', 'indomethacin'],
    sources: ['mlp-gout'],
  },
  {
    id: 'headache',
    explanation:
      'Some headaches are a problem in their own right, such as migraine, tension-type or cluster headache. Others come from something else, such as an infection, an injury or a medicine. Headache is also a common side effect of many drugs. Get help right away for a sudden, very bad headache. Do the same for one with fever, a stiff neck, confusion, weakness, or trouble seeing or speaking.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine drips help migraine or other headaches. Any benefit was short-term.',
    related: ['migraine', 'tension-type-headache', 'cluster-headache', 'medication-overuse-headache', 'side-effect'],
    sources: ['mlp-headache', 'ichd-3', 'cohen-2018'],
  },
  {
    id: 'herniated-disc',
    explanation:
      'Discs cushion the bones of the spine. With age or strain, one can weaken, most often in the lower back or the neck. A bulging disc, which spreads out without tearing, is a milder change. Many people get better within weeks with activity, medicines and physical therapy. Surgery may help if pain lasts or a nerve is badly squeezed.',
    related: [
      'intervertebral-disc',
      'sciatica',
      'radiculopathy',
      'nerve-root',
      'degenerative-disc-disease',
      'discectomy',
    ],
    sources: ['mlp-herniated-disk'],
  },
  {
    id: 'hiv-neuropathy',
    explanation:
      'It is a common nerve problem in people living with HIV. The virus can harm nerves, and so can some medicines used to treat it or its infections. Symptoms often start in the toes and move up the legs. Good HIV care and nerve-pain medicines can help.',
    related: ['neuropathy', 'neuropathic-pain', 'peripheral-nerve', 'small-fiber-neuropathy'],
    sources: ['mlp-peripheral-nerve', 'mlp-hiv'],
  },
  {
    id: 'interstitial-cystitis',
    explanation:
      'Symptoms can flare and calm down over time, and often get worse as the bladder fills. The cause is not known. Changes to diet, bladder training, physical therapy and medicines can help.',
    ketamineNote:
      'Ketamine itself can damage the bladder. The signs are much like this condition: a frequent, urgent need to pee, and pain. If you already have bladder pain, ask how the clinic would check your bladder during treatment.',
    related: ['bladder', 'ketamine-cystitis', 'chronic-pelvic-pain', 'pelvic-floor'],
    sources: ['mlp-interstitial-cystitis', 'chan-2022'],
  },
  {
    id: 'irritable-bowel-syndrome',
    explanation:
      'Symptoms often come and go, and may be linked to stress or some foods. The gut and brain seem to handle signals in a more sensitive way. Changes to diet, medicines and talk therapy can help.',
    related: ['chronic-pelvic-pain', 'nociplastic-pain', 'central-sensitization'],
    sources: ['mlp-irritable-bowel'],
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
    id: 'lupus',
    explanation:
      'Lupus often comes in flares, when symptoms get worse, and then calms down. It is much more common in women. Medicines that calm the defense system help control it, and regular checkups watch the kidneys and other organs.',
    related: ['arthritis', 'inflammation', 'rheumatoid-arthritis'],
    sources: ['mlp-lupus'],
  },
  {
    id: 'medication-overuse-headache',
    explanation:
      'It affects people who already have a headache problem, such as migraine. Using headache drugs on many days each month, for months, can make headaches come more often. Cutting back with a doctor’s help usually makes the headaches ease over time. A doctor may also suggest a medicine that prevents headaches.',
    related: ['headache', 'migraine', 'tension-type-headache', 'acetaminophen', 'nsaid'],
    sources: ['ichd-3'],
  },
  {
    id: 'migraine',
    explanation:
      'An attack can last from a few hours to 3 days. Some attacks start with warning signs such as flashing lights, called an aura. Chronic migraine means headache on 15 or more days a month. Many medicines can stop attacks or make them happen less often.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine helps migraine or other headaches. Any benefit was short-term.',
    related: [
      'headache',
      'tension-type-headache',
      'medication-overuse-headache',
      'nausea-and-vomiting',
      'treatment-resistant-pain',
      'triptan',
      'cgrp-medicine',
      'botulinum-toxin',
    ],
    sources: ['mlp-migraine', 'ichd-3', 'cohen-2018'],
  },
  {
    id: 'multiple-sclerosis',
    explanation:
      'The damage slows or blocks nerve signals. Symptoms vary a lot and often come and go. Pain is common, from nerve damage or from stiff, tight muscles. Some medicines slow the disease, and others ease its symptoms.',
    related: ['myelin', 'central-nervous-system', 'central-pain-syndrome', 'trigeminal-neuralgia'],
    sources: ['mlp-multiple-sclerosis', 'ninds-central-pain'],
  },
  {
    id: 'myofascial-pain-syndrome',
    explanation:
      'Trigger points are firm knots in a tight band of muscle. Some hurt on their own, and others only when pressed. Doctors do not fully agree on what causes them or on how to diagnose the syndrome. Care often includes stretching, exercise and physical therapy.',
    related: ['referred-pain', 'fascia', 'fibromyalgia', 'physical-therapy', 'trigger-point-injection', 'dry-needling'],
    sources: ['shah-2015'],
  },
  {
    id: 'osteoarthritis',
    explanation:
      'It most often affects the knees, hips, hands and spine, and it becomes more common with age. Exercise, keeping a healthy weight and physical therapy help. Pain medicines, injections and, for some, joint replacement are other options.',
    ketamineNote:
      'The 2018 guideline on ketamine drips for pain did not look at arthritis. There is little research on ketamine for it.',
    related: ['arthritis', 'cartilage', 'nociceptive-pain', 'physical-therapy', 'nsaid'],
    sources: ['mlp-osteoarthritis', 'cohen-2018'],
  },
  {
    id: 'osteoporosis',
    explanation:
      'It often causes no signs until a bone breaks, most often in the hip, spine or wrist. It is most common in older women. A bone density scan can find it. Medicines, calcium, vitamin D and exercise help keep bones strong.',
    related: ['vertebra', 'spine', 'chronic-low-back-pain'],
    sources: ['mlp-osteoporosis'],
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
    id: 'plantar-fasciitis',
    explanation:
      'The pain is often worst with the first steps in the morning or after sitting. It is common in runners and in people who stand a lot. Stretching, supportive shoes, rest and ice help most people, though it can take months to settle.',
    related: ['fascia', 'tendinitis', 'physical-therapy'],
    sources: ['mlp-foot-injuries'],
  },
  {
    id: 'post-mastectomy-pain',
    explanation:
      'It is thought to come from nerves hurt during surgery, often a nerve in the armpit. The pain may burn, sting or feel tight, and clothes touching the skin may hurt. Nerve-pain medicines, physical therapy and other treatments can help.',
    related: ['chronic-postsurgical-pain', 'neuropathic-pain', 'cancer-pain', 'allodynia'],
    sources: ['schug-2019', 'nci-cancer-pain-pdq'],
  },
  {
    id: 'postherpetic-neuralgia',
    explanation:
      'Shingles happens when the chickenpox virus wakes up again in the body. In some people it damages nerves, and pain lasts for months or longer after the rash clears. The skin may be very sensitive to touch. The risk is higher in older adults, and the shingles vaccine lowers the chance of getting it.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine helps this kind of nerve pain. Any benefit was short-term.',
    related: [
      'shingles',
      'neuropathic-pain',
      'neuropathy',
      'allodynia',
      'gabapentinoid',
      'gabapentin',
      'pregabalin',
      'lidocaine',
    ],
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'postsurgical-pain',
    explanation:
      'Some pain after surgery is normal, and it is usually treated with a mix of medicines. Good pain control helps people move, breathe deeply and recover. If pain lasts more than 3 months after surgery, it becomes a type of chronic pain. Tell your care team if pain gets worse instead of better.',
    ketamineNote:
      'Most proof that ketamine lowers opioid use comes from surgery, not from long-term pain. A 2018 Cochrane review pooled 130 such surgery studies.',
    related: [
      'acute-pain',
      'opioid-sparing',
      'opioid',
      'chronic-pain',
      'chronic-postsurgical-pain',
      'patient-controlled-analgesia',
    ],
    sources: ['medlineplus', 'treede-2015', 'brinck-2018-cochrane'],
  },
  {
    id: 'radiculopathy',
    explanation:
      'A herniated disc or a narrowing of the spine is the usual cause. In the neck it affects the arm, and in the lower back it affects the leg, where it is often called sciatica. Most cases get better with time, activity and physical therapy. Sudden weakness, or losing control of your bladder or bowels, needs care right away.',
    related: [
      'sciatica',
      'nerve-root',
      'herniated-disc',
      'spinal-stenosis',
      'neuropathic-pain',
      'epidural-steroid-injection',
    ],
    sources: ['mlp-sciatica', 'mlp-herniated-disk', 'mlp-spinal-stenosis'],
  },
  {
    id: 'rheumatoid-arthritis',
    explanation:
      'It often starts in the small joints of the hands and feet, and stiffness is worst in the morning. It can also make you tired and feverish. Without treatment it can damage the joints for good. Starting medicines that calm the defense system early can protect the joints.',
    ketamineNote:
      'The 2018 guideline on ketamine drips for pain did not look at arthritis. There is little research on ketamine for it.',
    related: ['arthritis', 'inflammation', 'lupus', 'cartilage'],
    sources: ['mlp-rheumatoid-arthritis', 'cohen-2018'],
  },
  {
    id: 'sciatica',
    explanation:
      'A herniated disc or spinal stenosis is the most common cause. The pain is usually on one side and can burn or feel like an electric shock. Most people get better within weeks, with activity, heat or cold, and medicines. Get care right away if you lose control of your bladder or bowels, or your leg becomes weak.',
    related: [
      'sciatic-nerve',
      'radiculopathy',
      'herniated-disc',
      'spinal-stenosis',
      'chronic-low-back-pain',
      'epidural-steroid-injection',
      'discectomy',
    ],
    sources: ['mlp-sciatica'],
  },
  {
    id: 'scoliosis',
    explanation:
      'It is most often found in children and teens during a growth spurt, and in most the cause is not known. Mild curves may only need regular checks. A brace or surgery may be used for larger curves that get worse.',
    related: ['spine', 'vertebra', 'chronic-low-back-pain'],
    sources: ['mlp-scoliosis'],
  },
  {
    id: 'shingles',
    explanation:
      'Pain, burning or tingling often starts a few days before the rash. The rash heals in a few weeks, but some people get nerve pain that lasts, called postherpetic neuralgia. Antiviral medicines work best when started early. A vaccine lowers the risk of shingles and of its lasting pain.',
    related: ['postherpetic-neuralgia', 'neuropathic-pain', 'dorsal-root-ganglion'],
    sources: ['mlp-shingles'],
  },
  {
    id: 'sickle-cell-disease',
    explanation:
      'Pain crises can strike the chest, belly, bones or joints and may need hospital care. Many people also live with long-term pain. Other problems include anemia, infections and organ damage. Medicines, blood transfusions and, for some, a stem cell transplant can help.',
    related: ['acute-pain', 'chronic-pain', 'opioid'],
    sources: ['mlp-sickle-cell'],
  },
  {
    id: 'small-fiber-neuropathy',
    explanation:
      'These tiny nerves are not seen by the usual nerve test, so a small skin sample (skin biopsy) or other tests may be needed to find it. Causes include diabetes, early high blood sugar and immune diseases, but often no cause is found. Treatment looks for the cause and eases the pain.',
    related: ['nerve-fiber', 'neuropathy', 'neuropathic-pain', 'diabetic-neuropathy'],
    sources: ['devigili-2008'],
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
    id: 'spinal-stenosis',
    explanation:
      'It usually comes from wear of the spine with age, such as arthritis, thick ligaments or bulging discs. In the lower back, leg pain often gets worse when you stand or walk, and eases when you sit or bend forward. Exercise, physical therapy and medicines help many people. Surgery is an option for some.',
    related: ['spine', 'spinal-cord', 'nerve-root', 'sciatica', 'radiculopathy', 'laminectomy'],
    sources: ['mlp-spinal-stenosis'],
  },
  {
    id: 'temporomandibular-disorder',
    explanation:
      'The jaw joint, just in front of each ear, links the jaw to the skull. For most people, TMD is mild and gets better on its own. Simple steps come first, such as soft foods, heat or ice, and resting the jaw. Be careful with treatments that cannot be undone, such as surgery or grinding down teeth, and ask about the proof for them.',
    related: ['myofascial-pain-syndrome', 'chronic-primary-pain', 'trigeminal-nerve'],
    sources: ['nidcr-tmd'],
  },
  {
    id: 'tendinitis',
    explanation:
      'It is common in the shoulder, elbow, wrist, knee and heel, and tennis elbow is one example. The area hurts most when you move it. Rest, ice, pain medicines and physical therapy usually help.',
    related: ['tendon', 'bursitis', 'inflammation', 'physical-therapy', 'nsaid'],
    sources: ['mlp-tendinitis'],
  },
  {
    id: 'tension-type-headache',
    explanation:
      'The pain is usually mild to moderate, on both sides of the head, and does not get worse with walking or climbing stairs. An episode can last from 30 minutes to several days. Stress and poor sleep may play a part. Pain relievers from the store help, but taking them too often can bring on more headaches.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine drips help migraine or other headaches. Any benefit was short-term.',
    related: ['headache', 'migraine', 'medication-overuse-headache'],
    sources: ['ichd-3', 'mlp-headache', 'cohen-2018'],
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
    related: [
      'neuropathic-pain',
      'chronic-pain',
      'trigeminal-nerve',
      'carbamazepine',
      'oxcarbazepine',
      'microvascular-decompression',
    ],
    sources: ['medlineplus', 'maher-2017'],
  },
  {
    id: 'vulvodynia',
    explanation:
      'The pain lasts at least 3 months. It may be there all the time, or start with touch, sex or sitting. Because the skin often looks normal, it can take a long time to be diagnosed. Medicines, physical therapy for the pelvic floor and talk therapy can help.',
    related: ['chronic-pelvic-pain', 'pelvic-floor', 'allodynia'],
    sources: ['nichd-vulvodynia'],
  },
  {
    id: 'whiplash',
    explanation:
      'Headaches, shoulder pain and dizziness can also happen. Most people get better within weeks. For some, pain lasts for months and becomes chronic pain after an injury.',
    related: ['chronic-pain', 'ligament', 'spine'],
    sources: ['mlp-neck-injuries', 'schug-2019'],
  },
];
