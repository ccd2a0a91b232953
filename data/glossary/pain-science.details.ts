import type { GlossaryDetail } from '../types';

// Longer explanations for the pain science terms, sorted by id.
export const painScienceDetails: GlossaryDetail[] = [
  {
    id: 'acute-pain',
    explanation:
      'Acute pain is the body’s alarm after harm, such as a cut, a broken bone or an operation. It tends to ease as the tissue heals. Pain that goes on for more than 3 months is called chronic pain instead. The two are often treated in different ways.',
    ketamineNote:
      'Most of the good evidence that ketamine can lower the need for opioids comes from pain right after surgery, which is acute pain. That does not prove it works the same way for long-term pain.',
    related: ['chronic-pain', 'postsurgical-pain', 'opioid-sparing'],
    sources: ['medlineplus', 'treede-2015', 'brinck-2018-cochrane'],
  },
  {
    id: 'allodynia',
    explanation:
      'With allodynia, a touch that feels normal to most people causes pain. It is a sign that nerves, or the way the body handles pain signals, have changed. It can happen with nerve pain and with CRPS. A doctor may check for it by lightly stroking the skin.',
    related: ['hyperalgesia', 'central-sensitization', 'neuropathic-pain', 'complex-regional-pain-syndrome'],
    sources: ['iasp-terminology', 'medlineplus'],
  },
  {
    id: 'ampa-receptor',
    explanation:
      'AMPA receptors work side by side with NMDA receptors, the main target of ketamine. They pass on fast signals and help connections between nerve cells grow stronger with use. They take part in learning and in passing pain signals in the spinal cord.',
    ketamineNote:
      'Studies of ketamine for depression suggest that part of its fast effect on mood works through AMPA receptors. Whether this matters for pain is not known.',
    related: ['glutamate', 'nmda-receptor', 'synapse', 'neuroplasticity'],
    sources: ['purves-neuroscience', 'aleksandrova-2017', 'xu-2022-ketamine-mechanisms'],
  },
  {
    id: 'bdnf',
    explanation:
      'BDNF is made in the brain and spinal cord. It helps nerve cells grow and mature, and it helps connections between them change with learning and memory.',
    ketamineNote:
      'Research on ketamine for depression suggests it may raise BDNF. That may help new links between nerve cells grow. The idea comes from depression studies, many of them in animals, not from pain studies.',
    related: ['neuroplasticity', 'synaptogenesis', 'synapse', 'neuron'],
    sources: ['mlp-genetics-bdnf', 'xu-2022-ketamine-mechanisms'],
  },
  {
    id: 'biopsychosocial-model',
    explanation:
      'The idea was put forward in 1977. For pain, it means that tissue damage, thoughts, feelings, sleep, work and family can all shape how much pain hurts and how much it limits life. It does not mean the pain is “in your head”. Pain clinics use it to plan care that mixes medicine, movement and talk therapy.',
    related: ['multimodal-care', 'cognitive-behavioral-therapy', 'chronic-pain', 'fear-avoidance'],
    sources: ['engel-1977', 'treede-2015'],
  },
  {
    id: 'breakthrough-pain',
    explanation:
      'The term is used most often for cancer pain. It can come with movement, near the end of a dose, or with no clear trigger. It usually comes on fast and does not last long. Tell your care team how often it happens, because your pain plan may need a change.',
    related: ['cancer-pain', 'opioid', 'chronic-pain', 'pain-scale', 'flare'],
    sources: ['nci-cancer-pain-pdq'],
  },
  {
    id: 'central-sensitization',
    explanation:
      'After strong or long-lasting pain, nerve cells in the spinal cord and brain can become more reactive. Then normal signals may be felt as pain, and painful ones feel worse. This may help explain pain that goes on after an injury has healed. NMDA receptors, which respond to the nerve messenger glutamate, help drive this process.',
    ketamineNote:
      'Ketamine blocks NMDA receptors, so calming this process is the main reason it is tried for pain. No one yet knows fully how it works, or why relief is often short.',
    related: ['nmda-receptor', 'wind-up', 'allodynia', 'hyperalgesia', 'nociplastic-pain'],
    sources: ['iasp-terminology', 'pmc10447145-review', 'orhurhu-2019'],
  },
  {
    id: 'chronic-pain',
    explanation:
      'Doctors use the 3-month mark to tell chronic pain apart from short-term pain. It can follow an injury or illness, or have no clear cause. In the US, 20.9% of adults had chronic pain in 2021 and 24.3% in 2023. Around the world, about 1 in 5 adults live with it.',
    ketamineNote:
      'The FDA has not approved ketamine for chronic pain, so using it this way is off-label. For most kinds of chronic pain the evidence for ketamine is weak, and any relief tends to be short.',
    related: [
      'acute-pain',
      'high-impact-chronic-pain',
      'chronic-primary-pain',
      'treatment-resistant-pain',
      'multimodal-care',
      'biopsychosocial-model',
      'pain-interference',
    ],
    sources: ['treede-2015', 'rikard-2023', 'lucas-2024', 'goldberg-2011', 'ketalar-label', 'cohen-2018', 'cadth-2023'],
  },
  {
    id: 'chronic-primary-pain',
    explanation:
      'This group is part of ICD-11, the list of diseases kept by the World Health Organization. It treats some long-term pain as a health problem in its own right, not only as a sign of something else. Fibromyalgia is placed here, and so is CRPS. Having this label does not mean the pain is any less real.',
    related: ['chronic-pain', 'nociplastic-pain', 'fibromyalgia', 'complex-regional-pain-syndrome'],
    sources: ['treede-2015', 'iasp-terminology'],
  },
  {
    id: 'descending-pain-modulation',
    explanation:
      'These paths use chemical messengers, such as serotonin and the body’s own opioids. They may be why a person who is badly hurt in a crash can feel little pain at first.',
    related: ['brainstem', 'spinal-cord', 'serotonin', 'norepinephrine', 'endorphins', 'gate-control-theory'],
    sources: ['purves-neuroscience'],
  },
  {
    id: 'dopamine',
    explanation:
      'Dopamine helps the brain learn what is rewarding. Loss of the nerve cells that make it causes Parkinson’s disease. Many drugs that can be misused, including opioids, raise dopamine in the brain’s reward areas.',
    related: ['neurotransmitter', 'addiction', 'serotonin', 'norepinephrine'],
    sources: ['purves-neuroscience'],
  },
  {
    id: 'dysesthesia',
    explanation:
      'It is common with nerve pain. Unlike paresthesia, it is unpleasant. Allodynia and hyperalgesia are two special kinds of it.',
    related: ['paresthesia', 'neuropathic-pain', 'allodynia', 'hyperalgesia'],
    sources: ['iasp-terminology'],
  },
  {
    id: 'endorphins',
    explanation:
      'The brain and spinal cord release them, for example during stress or pain, and they dampen pain signals. Endorphins and enkephalins are two families of these natural opioids. They are part of the system the brain uses to turn pain down.',
    related: ['opioid-receptor', 'descending-pain-modulation', 'opioid', 'neurotransmitter'],
    sources: ['purves-neuroscience'],
  },
  {
    id: 'fear-avoidance',
    explanation:
      'After an injury, it makes sense to protect a sore part. But when the fear lasts, people may stop moving, lose strength and fitness, and feel more pain. Fear of movement is also called kinesiophobia. Step-by-step exercise, physical therapy and talk therapy can help people move again with more confidence.',
    related: [
      'pain-catastrophizing',
      'physical-therapy',
      'cognitive-behavioral-therapy',
      'chronic-low-back-pain',
      'graded-exposure',
    ],
    sources: ['vlaeyen-linton-2000'],
  },
  {
    id: 'gate-control-theory',
    explanation:
      'Ronald Melzack and Patrick Wall proposed that signals from touch nerves, and from the brain, can close the gate and dampen pain. This may be why rubbing a bumped elbow helps. The idea showed that pain is not a simple wire from the body to the brain.',
    related: ['descending-pain-modulation', 'spinal-cord', 'nociceptor', 'tens'],
    sources: ['melzack-wall-1965', 'purves-neuroscience'],
  },
  {
    id: 'high-impact-chronic-pain',
    explanation:
      'US health surveys use this term for chronic pain that gets in the way of life or work on most days or every day. It is a smaller group within everyone who has chronic pain. It affected 6.9% of US adults in 2021 and 8.5% in 2023.',
    related: ['chronic-pain', 'treatment-resistant-pain', 'comorbidity'],
    sources: ['rikard-2023', 'lucas-2024'],
  },
  {
    id: 'hyperalgesia',
    explanation:
      'With hyperalgesia, something that is a little painful feels far more painful than it should. It is not the same as allodynia, where things that should not hurt at all become painful. It can come from nerve damage, swelling, or changes in how the spinal cord and brain handle pain.',
    related: ['allodynia', 'central-sensitization', 'opioid-induced-hyperalgesia', 'wind-up'],
    sources: ['iasp-terminology'],
  },
  {
    id: 'inflammation',
    explanation:
      'Defense cells and chemicals rush to the hurt area. Some of these chemicals also make pain nerves more sensitive, which is why inflamed areas hurt. Short-term inflammation is part of healing. In diseases such as rheumatoid arthritis, it goes on and damages tissue.',
    related: ['peripheral-sensitization', 'nociceptive-pain', 'nsaid', 'rheumatoid-arthritis'],
    sources: ['informedhealth-inflammation', 'iasp-terminology'],
  },
  {
    id: 'neuropathic-pain',
    explanation:
      'This pain comes from a problem in the nerves themselves, not from hurt skin, muscle or joints. Causes include diabetes, shingles, injury and some cancer drugs. Doctors usually try certain drugs first. These include some antidepressants (TCAs and SNRIs) and gabapentin or pregabalin.',
    ketamineNote:
      'Ketamine is not a first-choice drug for nerve pain. The 2018 guideline found weak or no evidence for ketamine infusions in mixed nerve pain, and only for short-term relief.',
    related: ['neuropathy', 'gabapentinoid', 'tricyclic-antidepressant', 'snri', 'allodynia'],
    sources: ['iasp-terminology', 'medlineplus', 'finnerup-2015', 'cohen-2018'],
  },
  {
    id: 'neuropathy',
    explanation:
      'Neuropathy means nerves are hurt or not working well. When it affects nerves outside the brain and spinal cord, it is called peripheral neuropathy. Besides diabetes, causes include injury, infection, some drugs and heavy drinking. Not everyone with it has pain. When it hurts, the pain is called nerve pain.',
    ketamineNote:
      'A 2018 guideline found weak or no evidence that ketamine helps nerve pain. It found no sign of relief that lasts.',
    related: [
      'neuropathic-pain',
      'postherpetic-neuralgia',
      'gabapentinoid',
      'diabetic-neuropathy',
      'chemotherapy-induced-peripheral-neuropathy',
      'small-fiber-neuropathy',
      'peripheral-nerve',
      'hiv-neuropathy',
    ],
    sources: ['medlineplus', 'iasp-terminology', 'cohen-2018'],
  },
  {
    id: 'neuroplasticity',
    explanation:
      'Plasticity lets us learn new skills and recover after an injury. But pain that lasts can also change nerve paths, so that they pass on pain more easily. This is what happens in central sensitization. Researchers are studying whether treatments can help retrain these paths.',
    ketamineNote:
      'Research on depression suggests ketamine may spur the growth of new connections. This is one idea of how it works, not proof that it helps pain.',
    related: ['synapse', 'synaptogenesis', 'bdnf', 'central-sensitization'],
    sources: ['purves-neuroscience', 'iasp-terminology', 'xu-2022-ketamine-mechanisms'],
  },
  {
    id: 'nociceptive-pain',
    explanation:
      'This is the most familiar kind of pain. Sensors in skin, muscles, joints and organs pick up harm and send warning signals along healthy nerves. Arthritis, a broken bone and pain after surgery are common examples. It is one of 3 main types of pain, along with neuropathic and nociplastic pain.',
    related: ['neuropathic-pain', 'nociplastic-pain', 'arthritis', 'acute-pain'],
    sources: ['iasp-terminology', 'medlineplus'],
  },
  {
    id: 'nociceptor',
    explanation:
      'Nociceptors are found in the skin, muscles, joints and organs. The signals they send are called nociception. This is not the same as pain, because the brain decides whether a signal is felt as pain. After an injury, nociceptors can become more sensitive.',
    related: ['nociceptive-pain', 'peripheral-sensitization', 'sensory-nerve', 'nerve-fiber'],
    sources: ['iasp-terminology', 'purves-neuroscience'],
  },
  {
    id: 'nociplastic-pain',
    explanation:
      'Pain experts added this third type of pain in 2017. It describes pain where no clear harm to tissue and no nerve disease are found, yet pain signals are handled in an altered way. It often overlaps with chronic primary pain, which includes fibromyalgia. The pain is real, even when scans and tests look normal.',
    related: ['central-sensitization', 'chronic-primary-pain', 'fibromyalgia', 'nociceptive-pain', 'neuropathic-pain'],
    sources: ['iasp-terminology', 'treede-2015'],
  },
  {
    id: 'norepinephrine',
    explanation:
      'The sympathetic nervous system uses it to get the body ready for action. In the brain and spinal cord, it is one of the messengers that dampen pain. SNRIs and some tricyclic antidepressants raise its levels.',
    ketamineNote:
      'Ketamine stirs up the body’s stress system. This is one reason it raises blood pressure and heart rate.',
    related: ['sympathetic-nervous-system', 'descending-pain-modulation', 'snri', 'serotonin'],
    sources: ['purves-neuroscience', 'ketalar-label'],
  },
  {
    id: 'opioid-induced-hyperalgesia',
    explanation:
      'Over time, opioids can change how nerves handle pain signals. The person may then feel more pain, sometimes in new places. This is not the same as tolerance, where the same dose simply works less well. NMDA receptors are thought to play a part.',
    ketamineNote:
      'Because ketamine blocks NMDA receptors, it has been studied as a way to limit this. Good trials have not shown that it cuts opioid needs for long in people with chronic pain.',
    related: ['opioid', 'hyperalgesia', 'tolerance', 'nmda-receptor', 'opioid-sparing'],
    sources: ['pmc10447145-review', 'cadth-2020'],
  },
  {
    id: 'opioid-receptor',
    explanation:
      'There are 3 main types, called mu, delta and kappa. Most opioid pain medicines act mainly on mu receptors. These receptors also cause the main side effects of opioids, such as slowed breathing and constipation.',
    ketamineNote: 'Ketamine acts on these receptors too, but it is not an opioid. It acts mostly on NMDA receptors.',
    related: ['opioid', 'endorphins', 'respiratory-depression', 'nmda-receptor'],
    sources: ['purves-neuroscience', 'pmc10447145-review'],
  },
  {
    id: 'pain-catastrophizing',
    explanation:
      'The word can sound like blame, but it describes a common reaction to pain that does not go away. It has 3 parts: going over the pain again and again, seeing it as a threat, and feeling helpless. A short questionnaire, the Pain Catastrophizing Scale, measures it. Talk therapy, such as CBT, can help change these thoughts.',
    related: [
      'fear-avoidance',
      'cognitive-behavioral-therapy',
      'anxiety',
      'chronic-pain',
      'mindfulness',
      'acceptance-and-commitment-therapy',
    ],
    sources: ['sullivan-1995'],
  },
  {
    id: 'pain-interference',
    explanation:
      'Doctors and studies ask about it because two people with the same pain score can be affected very differently. ICD-11 rates chronic pain by how strong it is, how much distress it causes and how much it interferes with life. A treatment can help someone do more even if the pain score changes little.',
    related: ['pain-scale', 'high-impact-chronic-pain', 'chronic-pain', 'responder'],
    sources: ['treede-2015', 'lucas-2024'],
  },
  {
    id: 'pain-scale',
    explanation:
      'Doctors and studies ask people to score their pain so that changes can be tracked over time. The most common version uses numbers from 0 to 10. Another asks people to mark a point on a line. Some forms also ask how pain affects sleep, mood and daily tasks.',
    ketamineNote:
      'In a 2019 review of 7 small trials, ketamine infusions lowered pain by about 1.8 points on the 0 to 10 scale. The benefit lasted up to 2 weeks.',
    related: ['responder', 'randomized-controlled-trial', 'chronic-pain'],
    sources: ['medlineplus', 'orhurhu-2019'],
  },
  {
    id: 'pain-threshold',
    explanation:
      'Pain thresholds differ from person to person, and can change with sleep, mood and health. Researchers test them with mild heat, cold or pressure. A lower threshold means things start to hurt sooner, as happens with hyperalgesia.',
    related: ['pain-tolerance', 'hyperalgesia', 'allodynia', 'peripheral-sensitization'],
    sources: ['iasp-terminology'],
  },
  {
    id: 'pain-tolerance',
    explanation:
      'Pain tolerance varies a lot between people and from day to day. Mood, stress, sleep and what the pain means to you can all affect it. A low pain tolerance is not a weakness, and it says nothing about whether your pain is real.',
    related: ['pain-threshold', 'tolerance', 'pain-scale'],
    sources: ['iasp-terminology'],
  },
  {
    id: 'paresthesia',
    explanation:
      'Most people have felt it when a foot “falls asleep”. When it lasts or keeps coming back, it can be a sign of nerve damage, such as neuropathy or a pinched nerve. When odd feelings like this are unpleasant, doctors call them dysesthesia.',
    related: ['dysesthesia', 'neuropathy', 'radiculopathy', 'carpal-tunnel-syndrome'],
    sources: ['iasp-terminology'],
  },
  {
    id: 'peripheral-sensitization',
    explanation:
      'Chemicals released by hurt tissue make nociceptors fire at a lower level. This is why sunburned or sprained skin hurts to touch. It usually fades as the tissue heals. It is different from central sensitization, which happens in the spinal cord and brain.',
    related: ['nociceptor', 'inflammation', 'central-sensitization', 'hyperalgesia'],
    sources: ['iasp-terminology'],
  },
  {
    id: 'referred-pain',
    explanation:
      'It happens because nerves from different parts of the body meet on the same nerve cells in the spinal cord, and the brain can mistake where a signal comes from. Pain from organs is often felt in the skin or muscles. So the place that hurts is not always the place of the problem.',
    related: ['nociceptive-pain', 'spinal-cord', 'myofascial-pain-syndrome'],
    sources: ['purves-neuroscience'],
  },
  {
    id: 'serotonin',
    explanation:
      'In the brainstem and spinal cord, serotonin is one of the messengers that dampen pain. Many drugs for depression work by raising its level. Tell your doctor about every drug and supplement you take, since some raise it too.',
    related: ['neurotransmitter', 'descending-pain-modulation', 'snri', 'norepinephrine', 'serotonin-syndrome'],
    sources: ['purves-neuroscience'],
  },
  {
    id: 'synapse',
    explanation:
      'When a signal reaches the end of a nerve cell, the cell releases messengers such as glutamate into the gap. These attach to receptors on the next cell and pass the signal on. Many pain medicines, and ketamine, act at synapses.',
    related: ['neuron', 'neurotransmitter', 'glutamate', 'nmda-receptor', 'synaptogenesis'],
    sources: ['purves-neuroscience'],
  },
  {
    id: 'synaptogenesis',
    explanation:
      'It happens most in early life but goes on in adults, for example with learning. Scientists study it to understand how the brain adapts and heals.',
    ketamineNote:
      'Studies suggest ketamine may spur new synapses in parts of the brain tied to mood. This may help explain its fast effect on depression. Much of this work is in animals, and no one knows if it matters for pain.',
    related: ['synapse', 'neuroplasticity', 'bdnf'],
    sources: ['purves-neuroscience', 'xu-2022-ketamine-mechanisms'],
  },
  {
    id: 'wind-up',
    explanation:
      'Wind-up happens when pain signals arrive again and again in a short time. Nerve cells in the spinal cord then send stronger and stronger messages, even though the input stays the same. It depends on NMDA receptors. It is one step that may lead to central sensitization.',
    ketamineNote:
      'Blocking wind-up is one reason experts think ketamine might ease pain. Trials in people with chronic pain show mostly small, short-term relief.',
    related: ['central-sensitization', 'nmda-receptor', 'hyperalgesia', 'glutamate'],
    sources: ['pmc10447145-review', 'orhurhu-2019'],
  },
];
