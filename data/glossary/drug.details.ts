import type { GlossaryDetail } from '../types';

// Longer explanations for the drug terms. Sorted by id.
export const drugDetails: GlossaryDetail[] = [
  {
    id: 'alprazolam',
    explanation:
      'Alprazolam slows down the brain. Sleepiness, dizziness and trouble with memory and balance are common. With opioids or alcohol, it can slow breathing enough to kill. After a few weeks of daily use, the body comes to rely on it. Stopping all at once can cause dangerous withdrawal, even seizures, so the dose is lowered slowly.',
    ketamineNote:
      'Benzodiazepines add to the sleepiness that ketamine causes. The ketamine label says they can make dream-like reactions less likely. Tell the clinic your dose, and do not stop your medicine on your own before a session.',
    related: ['benzodiazepine', 'sedation', 'respiratory-depression', 'dependence', 'tapering', 'panic-attack'],
    sources: ['label-alprazolam', 'fda-2020-benzodiazepines', 'ketalar-label'],
  },
  {
    id: 'amantadine',
    explanation:
      'Amantadine was first used against the flu, then found to ease Parkinson’s symptoms. Dizziness, dry mouth, swollen ankles, blotchy skin and trouble sleeping can happen. It can cause confusion or hallucinations, mostly in older adults. It is not approved for pain, so any use for pain is off-label.',
    related: ['nmda-receptor-antagonist', 'memantine', 'off-label-use', 'hallucination'],
    sources: ['label-amantadine'],
  },
  {
    id: 'amitriptyline',
    explanation:
      'In the US, amitriptyline is approved for depression; it used to be sold as Elavil. For pain, doctors use much lower doses, taken at night because it makes you sleepy. Dry mouth, constipation, dizziness when you stand up, weight gain and next-day grogginess are common. It can affect heart rhythm, and too much at once can be deadly. A UK guideline lists it among the drugs that may be tried for long-lasting pain with no clear cause, such as fibromyalgia.',
    ketamineNote:
      'A 2015 expert review named tricyclics such as amitriptyline as first choices for nerve pain. Ketamine is not on that list.',
    related: [
      'tricyclic-antidepressant',
      'nortriptyline',
      'neuropathic-pain',
      'fibromyalgia',
      'chronic-primary-pain',
      'off-label-use',
    ],
    sources: ['label-amitriptyline', 'finnerup-2015', 'nice-ng193'],
  },
  {
    id: 'amphetamine',
    explanation:
      'Amphetamines help with focus and attention. Poor appetite, trouble sleeping, dry mouth and a fast heartbeat are common. They are controlled drugs with a high risk of misuse and dependence. People with heart problems may not be able to take them.',
    ketamineNote:
      'Like other stimulants, it can add to the rise in blood pressure that ketamine and Spravato cause. Tell the clinic you take it.',
    related: ['stimulant', 'methylphenidate', 'increased-blood-pressure', 'abuse-and-misuse'],
    sources: ['label-amphetamine', 'spravato-label'],
  },
  {
    id: 'analgesic',
    explanation:
      'Pain relievers work in different ways. Acetaminophen and NSAIDs ease mild to moderate pain. Opioids are stronger but carry risks of addiction and overdose. Some medicines first made for seizures or depression also ease nerve pain. Each kind has its own side effects, so tell every doctor all the pain medicines you take.',
    ketamineNote:
      'At low doses, ketamine is used to ease pain, but this use is off-label. Opioids and other calming pain drugs add to its sleepiness.',
    related: ['acetaminophen', 'nsaid', 'opioid', 'topical-pain-reliever', 'local-anesthetic', 'ketamine'],
    sources: ['mlp-pain-relievers', 'ketalar-label'],
  },
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
    id: 'anticonvulsant',
    explanation:
      'These medicines calm nerve cells that fire too easily. Some are used for nerve pain, such as gabapentin and pregabalin. Carbamazepine is approved for trigeminal neuralgia. Topiramate and valproate help prevent migraine. Most cause sleepiness and dizziness, and you should not stop them all at once.',
    related: [
      'gabapentinoid',
      'carbamazepine',
      'oxcarbazepine',
      'lamotrigine',
      'topiramate',
      'valproate',
      'clonazepam',
    ],
    sources: ['label-gabapentin', 'label-carbamazepine', 'label-topiramate', 'label-valproate'],
  },
  {
    id: 'antidepressant',
    explanation:
      'There are several kinds, such as SSRIs, SNRIs, tricyclics and MAOIs. Most take a few weeks to work fully. Duloxetine and low doses of amitriptyline are also used for nerve pain and fibromyalgia. Side effects depend on the kind. Stopping all at once can cause withdrawal-like symptoms, so ask before you stop.',
    ketamineNote:
      'Ketamine acts much faster than these pills, but its effect on mood often fades within days to weeks. Spravato, a form of ketamine, may be used with an antidepressant pill or on its own.',
    related: [
      'ssri',
      'snri',
      'tricyclic-antidepressant',
      'maoi',
      'major-depressive-disorder',
      'esketamine',
      'bupropion',
      'paroxetine',
    ],
    sources: ['mlp-antidepressants', 'spravato-approval', 'pmc10447145-review'],
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
    id: 'aspirin',
    explanation:
      'Aspirin blocks body chemicals that cause pain and swelling, and it stops blood cells called platelets from clumping. That makes bleeding, mostly in the stomach, more likely. Children and teens with a viral illness should not take it, because of a rare brain and liver illness called Reye syndrome. Do not start or stop daily aspirin without asking your doctor.',
    related: ['nsaid', 'acetaminophen', 'analgesic'],
    sources: ['label-aspirin'],
  },
  {
    id: 'atogepant',
    explanation:
      'Atogepant is taken once a day to cut the number of migraine days. Nausea, constipation and tiredness are the most common side effects. Some other medicines change its level, so the dose may need to change.',
    related: ['cgrp-antagonist', 'cgrp-medicine', 'migraine', 'rimegepant'],
    sources: ['label-atogepant'],
  },
  {
    id: 'baclofen',
    explanation:
      'Baclofen calms nerve signals in the spinal cord that make muscles tighten. Sleepiness, dizziness and weakness are common. Never stop it all at once: with the spinal pump, sudden stopping can cause high fever, confusion and even death. With pills, stopping fast can cause hallucinations and seizures.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['muscle-relaxant', 'spinal-cord-injury-pain', 'tizanidine', 'sedation'],
    sources: ['label-baclofen', 'ketalar-label'],
  },
  {
    id: 'bisphosphonate',
    explanation:
      'Bisphosphonates slow the cells that break down bone. Alendronate is a weekly pill, while pamidronate and zoledronic acid drip into a vein. A flu-like reaction can follow a drip. Rarely, they harm the jawbone, so tell your dentist you take one. Pills must be taken upright with water on an empty stomach.',
    ketamineNote:
      'For CRPS, a 2013 review found low-quality evidence that these drugs may ease pain. Ketamine drips had the same low grade of evidence there.',
    related: ['complex-regional-pain-syndrome', 'infusion', 'ketamine'],
    sources: ['label-alendronate', 'label-pamidronate', 'oconnell-2013-cochrane'],
  },
  {
    id: 'botulinum-toxin',
    explanation:
      'The toxin blocks the nerve signals that tighten muscles, and its effect lasts about 3 months. For chronic migraine, meaning 15 or more headache days a month, many small shots go into the head and neck every 12 weeks. Neck pain, headache and a drooping eyelid can follow. Rarely, the effect spreads and causes weakness or trouble swallowing or breathing.',
    related: ['migraine', 'cgrp-monoclonal-antibody', 'triptan'],
    sources: ['label-onabotulinumtoxina'],
  },
  {
    id: 'buprenorphine',
    explanation:
      'Buprenorphine only partly switches on opioid receptors. It can still slow breathing, mostly when mixed with alcohol or other calming drugs. For pain, a Butrans patch is worn for 7 days. For opioid use disorder, it comes as a film or tablet that melts under the tongue, or as a shot given weekly or monthly.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: ['opioid', 'buprenorphine-naloxone', 'addiction', 'sublingual', 'respiratory-depression'],
    sources: ['label-buprenorphine', 'ketalar-label'],
  },
  {
    id: 'buprenorphine-naloxone',
    explanation:
      'Taken under the tongue, the buprenorphine works and the naloxone mostly does not. If someone injects it, the naloxone blocks the high and can bring on withdrawal, which discourages misuse. It works best as part of a full plan that includes counseling. Stopping should be planned with your doctor.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: ['buprenorphine', 'naloxone', 'addiction', 'opioid', 'sublingual'],
    sources: ['label-buprenorphine-naloxone', 'ketalar-label'],
  },
  {
    id: 'bupropion',
    explanation:
      'Bupropion rarely causes weight gain or sexual side effects. It can cause trouble sleeping, dry mouth and shaking. It raises the risk of seizures, mostly at high doses or in people with eating disorders. It is not for people who are stopping alcohol or sedatives suddenly.',
    related: ['antidepressant', 'major-depressive-disorder', 'ssri'],
    sources: ['label-bupropion'],
  },
  {
    id: 'cannabidiol',
    explanation:
      'CBD is sold in many oils, gummies and creams, but those products are not FDA-approved. Their strength and purity vary, and some contain THC. Epidiolex can cause sleepiness, diarrhea and liver problems, and it changes the levels of some other drugs.',
    related: ['cannabis', 'thc', 'liver-injury', 'sedation'],
    sources: ['label-cannabidiol', 'fda-cannabis-qa'],
  },
  {
    id: 'cannabis',
    explanation:
      'People smoke, vape or eat cannabis. It can cause sleepiness, dizziness and a fast heartbeat. It can also harm memory and coordination. Regular use can lead to addiction. In 2015, an expert review of nerve pain drugs made a weak case against using cannabinoids.',
    related: ['cannabidiol', 'thc', 'dronabinol', 'sedation', 'addiction'],
    sources: ['mlp-marijuana', 'fda-cannabis-qa', 'finnerup-2015'],
  },
  {
    id: 'capsaicin',
    explanation:
      'Capsaicin first causes burning, then calms the pain nerves in that patch of skin. Low-strength creams are rubbed in several times a day for joint and muscle pain. The 8% Qutenza patch is put on by staff for 30 to 60 minutes, for nerve pain after shingles or from diabetes in the feet. It can cause strong burning and raise blood pressure for a short time during the treatment.',
    related: ['topical-pain-reliever', 'postherpetic-neuralgia', 'neuropathy', 'neuropathic-pain'],
    sources: ['label-capsaicin'],
  },
  {
    id: 'carbamazepine',
    explanation:
      'Carbamazepine calms nerves that fire too much. Dizziness, sleepiness, nausea and unsteady walking are common at first. Rare but serious harms include severe skin rashes and low blood cell counts. People with Asian family roots may need a gene test first, because a gene variant raises the rash risk. It changes how many other drugs work, including birth control pills.',
    related: ['trigeminal-neuralgia', 'anticonvulsant', 'oxcarbazepine', 'neuropathic-pain', 'dizziness'],
    sources: ['label-carbamazepine'],
  },
  {
    id: 'carisoprodol',
    explanation:
      'Carisoprodol is taken for a few weeks with rest and physical therapy. The body turns it into a drug that acts like a sedative. Sleepiness and dizziness are common. It can lead to dependence, and mixing it with opioids or alcohol is dangerous. Its brand name is Soma.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['muscle-relaxant', 'dependence', 'sedation', 'abuse-and-misuse'],
    sources: ['label-carisoprodol', 'ketalar-label'],
  },
  {
    id: 'celecoxib',
    explanation:
      'Celecoxib blocks mainly one of the 2 enzymes that other NSAIDs block, the one tied to pain and swelling. It may upset the stomach less than older NSAIDs, but stomach bleeding can still happen. It does not thin the blood the way aspirin does, so it cannot take the place of aspirin for the heart. People allergic to sulfa drugs should not take it. Elyxyb, a liquid form, treats migraine attacks.',
    related: ['nsaid', 'osteoarthritis', 'rheumatoid-arthritis', 'ankylosing-spondylitis', 'aspirin'],
    sources: ['label-celecoxib'],
  },
  {
    id: 'cgrp-antagonist',
    explanation:
      'CGRP is a body protein that widens blood vessels and carries pain signals in migraine. Gepants block the spot where CGRP attaches. Ubrogepant treats an attack, and atogepant helps prevent attacks. Rimegepant can do both. Common side effects are nausea, sleepiness and constipation.',
    related: ['migraine', 'ubrogepant', 'rimegepant', 'atogepant', 'cgrp-monoclonal-antibody', 'triptan'],
    sources: ['label-ubrogepant', 'label-rimegepant', 'label-atogepant'],
  },
  {
    id: 'cgrp-medicine',
    explanation:
      'During a migraine, nerves around the brain release CGRP, which widens blood vessels and passes on pain signals. Two kinds of medicine block it. Gepants are pills that block the spot where CGRP attaches. CGRP antibodies are shots or drips that catch CGRP or its receptor for weeks at a time.',
    related: ['cgrp-antagonist', 'cgrp-monoclonal-antibody', 'migraine', 'triptan'],
    sources: ['label-erenumab', 'label-ubrogepant', 'label-rimegepant'],
  },
  {
    id: 'cgrp-monoclonal-antibody',
    explanation:
      'These medicines are given once a month or every 3 months. They cut the number of migraine days. Three of them are shots you can give yourself under the skin: erenumab, fremanezumab and galcanezumab. Eptinezumab drips into a vein at a clinic. Common side effects are redness or pain where the shot goes in.',
    related: ['migraine', 'erenumab', 'fremanezumab', 'galcanezumab', 'eptinezumab', 'cgrp-antagonist'],
    sources: ['label-erenumab', 'label-fremanezumab', 'label-galcanezumab', 'label-eptinezumab'],
  },
  {
    id: 'citalopram',
    explanation:
      "Citalopram raises serotonin levels. Nausea, sleepiness, sweating and sexual problems are common. High doses can change the heart's rhythm. So the dose has a top limit, which is lower for people over 60. Like all drugs for depression, it has a warning about suicidal thoughts in young people.",
    related: ['ssri', 'escitalopram', 'antidepressant', 'major-depressive-disorder'],
    sources: ['label-citalopram'],
  },
  {
    id: 'clonazepam',
    explanation:
      'Clonazepam calms the brain for many hours after each dose. Sleepiness, poor balance and dizziness are common. With opioids or alcohol, it can slow breathing to a dangerous level. Daily use leads to dependence, and stopping all at once can bring on seizures, so the dose is lowered slowly.',
    ketamineNote:
      'Benzodiazepines add to the sleepiness that ketamine causes. The ketamine label says they can make dream-like reactions less likely. Tell the clinic your dose, and do not stop your medicine on your own before a session.',
    related: [
      'benzodiazepine',
      'sedation',
      'respiratory-depression',
      'dependence',
      'tapering',
      'panic-attack',
      'seizure',
    ],
    sources: ['label-clonazepam', 'fda-2020-benzodiazepines', 'ketalar-label'],
  },
  {
    id: 'codeine',
    explanation:
      'The liver turns codeine into morphine. Some people do this very fast, so a normal dose can act like an overdose. That is why children and breastfeeding mothers should not take it. It can cause constipation, sleepiness and slowed breathing, and it can lead to addiction. The acetaminophen part counts toward your daily limit.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: ['opioid', 'acetaminophen', 'respiratory-depression', 'addiction', 'hydrocodone'],
    sources: ['label-codeine', 'ketalar-label'],
  },
  {
    id: 'compounded-drug',
    explanation:
      'Pharmacies can make their own versions of a drug, such as a troche (a small tablet that melts in the mouth) or a nasal spray. These are not reviewed by the FDA before people use them. State boards oversee most of these pharmacies, and the bigger makers that sell in bulk register with the FDA and get inspected. Still, no one has shown that each product is safe and works, or that every dose is made the same. Compounded ketamine is also not part of the safety program (REMS) that applies to Spravato.',
    ketamineNote:
      'In 2023 the FDA warned about compounded ketamine taken at home, some of it sold through online clinics. It gave a similar warning about compounded nasal sprays in 2022.',
    related: ['ketamine', 'oral', 'sublingual', 'intranasal', 'rems'],
    sources: ['fda-2023-compounded', 'fda-2022-nasal', 'fda-compounding-qa'],
  },
  {
    id: 'corticosteroid',
    explanation:
      'Corticosteroids can be pills, shots into a joint or near the spine, creams, inhalers or drips. They calm swelling quickly, so they are used for flares of arthritis, nerve swelling and many other problems. Short courses are usually safe. Long or frequent use can raise blood sugar and blood pressure, thin the bones and make infections more likely.',
    related: ['prednisone', 'methylprednisolone', 'dexamethasone', 'triamcinolone', 'arthritis'],
    sources: ['label-prednisone', 'label-methylprednisolone'],
  },
  {
    id: 'cyclobenzaprine',
    explanation:
      'Cyclobenzaprine is related to the tricyclic antidepressants. Drowsiness, dry mouth and dizziness are common. It is meant for 2 to 3 weeks, not for long-term use. With some antidepressants or tramadol, it can cause serotonin syndrome. It is not safe with MAOIs.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['muscle-relaxant', 'tricyclic-antidepressant', 'sedation', 'chronic-low-back-pain'],
    sources: ['label-cyclobenzaprine', 'ketalar-label'],
  },
  {
    id: 'desipramine',
    explanation:
      'The body makes desipramine from imipramine, another drug of its kind. Dry mouth, constipation, dizziness and trouble sleeping can happen. It can affect heart rhythm, and too much at once can kill. Like all drugs for depression, it has a warning about suicidal thoughts in young people.',
    related: ['tricyclic-antidepressant', 'imipramine', 'neuropathic-pain', 'off-label-use'],
    sources: ['label-desipramine'],
  },
  {
    id: 'desvenlafaxine',
    explanation:
      'Desvenlafaxine is taken once a day. Nausea, dizziness, sweating, trouble sleeping and constipation are common, and it can raise blood pressure. It is not approved for pain. Stopping suddenly can cause withdrawal symptoms, so the dose is lowered slowly.',
    related: ['snri', 'venlafaxine', 'antidepressant', 'major-depressive-disorder'],
    sources: ['label-desvenlafaxine'],
  },
  {
    id: 'dexamethasone',
    explanation:
      'Dexamethasone acts for longer than prednisone, so it is often taken once a day. Short courses can cause trouble sleeping, mood changes and high blood sugar. Long use brings the usual steroid risks, such as weak bones and infections.',
    related: ['corticosteroid', 'cancer-pain', 'prednisone'],
    sources: ['label-dexamethasone'],
  },
  {
    id: 'dexmedetomidine',
    explanation:
      'It acts on the same nerve sites as clonidine and turns down the body’s stress signals. People given it stay calm but can still be woken easily. It slows breathing less than many other calming drugs. It can lower blood pressure and slow the heart. Igalmi, the film, is for sudden agitation in people with bipolar disorder or schizophrenia.',
    related: ['clonidine', 'sedation', 'agitation', 'hypotension', 'bipolar-disorder'],
    sources: ['label-dexmedetomidine'],
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
    id: 'diazepam',
    explanation:
      'Diazepam calms the brain and relaxes muscles. Its effects can last a day or more. Sleepiness, tiredness and poor balance are common, more so in older adults. With opioids or alcohol, it can slow breathing to a dangerous level. Daily use can lead to dependence, so it is stopped slowly to avoid dangerous withdrawal.',
    ketamineNote:
      'Benzodiazepines add to the sleepiness that ketamine causes. The ketamine label says they can make dream-like reactions less likely. Tell the clinic your dose, and do not stop your medicine on your own before a session.',
    related: ['benzodiazepine', 'sedation', 'respiratory-depression', 'dependence', 'tapering', 'muscle-relaxant'],
    sources: ['label-diazepam', 'fda-2020-benzodiazepines', 'ketalar-label'],
  },
  {
    id: 'diclofenac',
    explanation:
      'Diclofenac comes as pills, a gel, a liquid for the skin, a patch and a powder for migraine. The gel sends less of the drug into the blood than pills do, so it is gentler on the stomach. Pills carry the usual NSAID risks: stomach bleeding, kidney harm and a higher chance of heart attack and stroke.',
    related: ['nsaid', 'topical-pain-reliever', 'arthritis'],
    sources: ['label-diclofenac'],
  },
  {
    id: 'dihydroergotamine',
    explanation:
      'Dihydroergotamine narrows blood vessels and calms pain signals. Nausea is common. It must not be taken within 24 hours of a triptan. With some antibiotics and HIV medicines it can dangerously cut blood flow. It is not for people with heart disease or pregnant women.',
    related: ['migraine', 'triptan', 'nausea-and-vomiting', 'intravenous'],
    sources: ['label-dihydroergotamine'],
  },
  {
    id: 'diphenhydramine',
    explanation:
      'Diphenhydramine is an older allergy medicine. It causes drowsiness, dry mouth and constipation. In men with a large prostate, it can make it hard to pass urine. Check labels, because many cold, allergy and sleep products contain it.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['sleep-medicine', 'sedative', 'sedation', 'acetaminophen'],
    sources: ['label-diphenhydramine', 'ketalar-label'],
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
    id: 'dronabinol',
    explanation:
      'Dronabinol is the same chemical as THC, and nabilone is a close relative. They can cause sleepiness, dizziness, a high, confusion and a fast heartbeat. They are controlled drugs. They are not approved for pain.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['thc', 'cannabis', 'nausea-and-vomiting', 'sedation'],
    sources: ['label-dronabinol', 'label-nabilone', 'ketalar-label'],
  },
  {
    id: 'duloxetine',
    explanation:
      'Duloxetine raises 2 brain chemicals that help control mood and pain signals. It also treats depression and anxiety, and it can take a few weeks to work. Nausea, dry mouth, sleepiness, constipation and sweating are common. Stopping all at once can cause dizziness and other withdrawal signs, so the dose is lowered slowly. Like all drugs for depression, it has a warning about suicidal thoughts in young people.',
    ketamineNote:
      'A 2015 expert review named duloxetine and other SNRIs as first choices for nerve pain. Ketamine is not on that list.',
    related: [
      'snri',
      'fibromyalgia',
      'diabetic-neuropathy',
      'chronic-low-back-pain',
      'major-depressive-disorder',
      'tapering',
    ],
    sources: ['label-duloxetine', 'finnerup-2015'],
  },
  {
    id: 'eletriptan',
    explanation:
      'Eletriptan works like other triptans. Dizziness, sleepiness, weakness and tightness in the chest can happen. Some antibiotics and antifungal medicines raise its level too much. People with heart disease should not take it.',
    related: ['triptan', 'migraine', 'sumatriptan'],
    sources: ['label-eletriptan'],
  },
  {
    id: 'eptinezumab',
    explanation:
      'Eptinezumab blocks CGRP, a protein that helps set off migraine. The drip takes about 30 minutes. A stuffy or runny nose and sore throat are the most common side effects. Allergic reactions can happen during or after the drip.',
    related: ['cgrp-monoclonal-antibody', 'cgrp-medicine', 'migraine', 'infusion'],
    sources: ['label-eptinezumab'],
  },
  {
    id: 'erenumab',
    explanation:
      'Erenumab lowers the number of migraine days for many people. Unlike the other CGRP antibodies, it blocks the receptor rather than CGRP itself. Constipation is common and can be severe. It can also raise blood pressure. Redness, itching or pain where the shot goes in are the most common side effects.',
    related: ['cgrp-monoclonal-antibody', 'cgrp-medicine', 'migraine', 'increased-blood-pressure'],
    sources: ['label-erenumab'],
  },
  {
    id: 'escitalopram',
    explanation:
      'Escitalopram is a purified form of citalopram. Nausea, trouble sleeping, sweating and sexual problems are common. It can take a few weeks to work. Like all drugs for depression, it has a warning about suicidal thoughts in young people.',
    related: ['ssri', 'citalopram', 'antidepressant', 'anxiety'],
    sources: ['label-escitalopram'],
  },
  {
    id: 'esketamine',
    explanation:
      'Esketamine is the S form of ketamine. As the nasal spray Spravato, it is approved for adults whose depression has not improved with other medicines. It can be used with an antidepressant pill or, since 2025, on its own. With a pill, it is also approved for adults with depression who have recent suicidal thoughts or actions. It is given only at certified clinics, where staff watch you for at least 2 hours after each dose.',
    ketamineNote:
      'Spravato is not approved for pain, and it is not the ketamine product used in pain clinics. The main CRPS trial gave esketamine by a drip that ran for about 4 days in hospital. That use is off-label.',
    related: ['ketamine', 'arketamine', 'treatment-resistant-depression', 'suicidal-ideation', 'rems', 'intranasal'],
    sources: ['spravato-approval', 'spravato-label', 'pmc10447145-review', 'sigtermans-2009', 'noppers-2011'],
  },
  {
    id: 'eszopiclone',
    explanation:
      'Eszopiclone acts on the same brain system as benzodiazepines. A bitter taste, headache and next-day drowsiness are common. Rarely, people sleepwalk, drive or do other things while not fully awake, which can cause serious injury. Take it only when you can stay in bed for 7 to 8 hours.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['sleep-medicine', 'zolpidem', 'insomnia', 'sedation'],
    sources: ['label-eszopiclone', 'ketalar-label'],
  },
  {
    id: 'fentanyl',
    explanation:
      'A fentanyl patch such as Duragesic is worn for 3 days and releases the drug through the skin. Heat, such as a heating pad or hot bath, can make it release too fast. Used patches still hold enough drug to kill a child, so fold them in half, sticky sides together, and get rid of them safely. Fentanyl made outside the law is often mixed into other street drugs or fake pills, and a tiny amount can be deadly.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: ['opioid', 'naloxone', 'overdose', 'respiratory-depression', 'transdermal', 'tolerance'],
    sources: ['label-fentanyl', 'nida-fentanyl', 'ketalar-label'],
  },
  {
    id: 'fluoxetine',
    explanation:
      'Fluoxetine stays in the body for weeks. So a missed dose matters less, and stopping is gentler. Nausea, trouble sleeping, nervousness and sexual problems are common. It changes the levels of many other drugs. Like all drugs for depression, it has a warning about suicidal thoughts in young people.',
    related: ['ssri', 'antidepressant', 'major-depressive-disorder', 'half-life'],
    sources: ['label-fluoxetine'],
  },
  {
    id: 'fremanezumab',
    explanation:
      'Fremanezumab catches CGRP, a protein that helps set off migraine, before it can act. Redness, itching or pain where the shot goes in are the most common side effects.',
    related: ['cgrp-monoclonal-antibody', 'cgrp-medicine', 'migraine', 'subcutaneous'],
    sources: ['label-fremanezumab'],
  },
  {
    id: 'gabapentin',
    explanation:
      'Gabapentin calms nerve signals that fire too much. Sleepiness, dizziness and swollen legs are common, so doses are raised slowly. Plain gabapentin, sold as Neurontin, is taken 3 times a day; Gralise and Horizant let the drug out slowly and are not swapped for it. Mixed with opioids or other calming drugs, it can slow breathing. Do not stop it all at once.',
    ketamineNote:
      'Gabapentin adds to the sleepiness that ketamine causes, and together they can slow breathing. Tell the clinic you take it.',
    related: ['gabapentinoid', 'pregabalin', 'postherpetic-neuralgia', 'neuropathic-pain', 'dizziness', 'sedation'],
    sources: ['label-gabapentin', 'ketalar-label'],
  },
  {
    id: 'galcanezumab',
    explanation:
      'Galcanezumab catches CGRP, a protein that helps set off migraine and cluster headache, before it can act. The first dose is 2 shots. Redness, itching or pain where the shot goes in are the most common side effects.',
    related: ['cgrp-monoclonal-antibody', 'cgrp-medicine', 'migraine', 'subcutaneous'],
    sources: ['label-galcanezumab'],
  },
  {
    id: 'glutamate',
    explanation:
      'Glutamate is a chemical messenger between nerve cells, also called a neurotransmitter. It attaches to several kinds of receptors. One of them is the NMDA receptor. When pain goes on for a long time, glutamate acting on NMDA receptors can make the nerves more sensitive. This is one reason ketamine is studied for chronic pain.',
    ketamineNote:
      "Ketamine works partly by blocking one of glutamate's receptors, the NMDA receptor. It also acts on other brain systems, and how it eases pain is not fully known.",
    related: ['nmda-receptor', 'neurotransmitter', 'central-sensitization', 'wind-up', 'ampa-receptor'],
    sources: ['pmc10447145-review', 'livertox-ketamine'],
  },
  {
    id: 'hydrocodone',
    explanation:
      'Norco and Lortab are taken every 4 to 6 hours for short-term pain. The long-acting forms are only for severe pain that needs a daily opioid for a long time. Constipation, sleepiness and nausea are common. Like all opioids, it can lead to addiction and slow your breathing.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: ['opioid', 'acetaminophen', 'addiction', 'respiratory-depression', 'codeine', 'oxycodone'],
    sources: ['label-hydrocodone', 'ketalar-label'],
  },
  {
    id: 'hydromorphone',
    explanation:
      'It is for severe pain, when other drugs do not help enough. The long-acting pills and the strongest shots are only for people who already take opioids each day. It often causes constipation, nausea and sleepiness. Like all opioids, it can lead to addiction, overdose and slow breathing. The risk is highest with alcohol or other calming drugs.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: ['opioid', 'morphine', 'respiratory-depression', 'addiction', 'overdose'],
    sources: ['label-hydromorphone', 'ketalar-label'],
  },
  {
    id: 'hydroxyzine',
    explanation:
      'Hydroxyzine calms itching and worry. Sleepiness and dry mouth are common. It can change the heart rhythm, mostly in people with heart problems or who take other drugs that do the same. Older adults are more likely to feel confused.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['diphenhydramine', 'sedative', 'anxiety', 'sedation'],
    sources: ['label-hydroxyzine', 'ketalar-label'],
  },
  {
    id: 'ibuprofen',
    explanation:
      'Ibuprofen eases headaches, toothaches, period pain, sprains and arthritis. Shop doses are meant for a few days at a time unless a doctor says otherwise. Like other NSAIDs, it can cause stomach bleeding and kidney harm and raise the risk of heart attack and stroke, more so at high doses or with long use. Many cold and flu products also contain it, so check labels to avoid a double dose.',
    related: ['nsaid', 'naproxen', 'acetaminophen', 'analgesic'],
    sources: ['label-ibuprofen'],
  },
  {
    id: 'imipramine',
    explanation:
      'Imipramine was one of the first antidepressants. Dry mouth, constipation, blurred sight, dizziness and sleepiness are common. It can affect heart rhythm, and too much at once can be deadly. Like all antidepressants, it has a warning about suicidal thoughts in young people.',
    related: ['tricyclic-antidepressant', 'desipramine', 'neuropathic-pain', 'off-label-use'],
    sources: ['label-imipramine'],
  },
  {
    id: 'indomethacin',
    explanation:
      'Indomethacin eases pain and swelling. It often causes headache, dizziness and stomach upset. Like other NSAIDs, it can cause stomach bleeding and kidney harm, and raises the risk of heart attack and stroke. Older adults are more likely to have side effects.',
    related: ['nsaid', 'arthritis'],
    sources: ['label-indomethacin'],
  },
  {
    id: 'ketamine',
    explanation:
      'Ketamine has been sold in the US since about 1970. Its label covers only anesthesia, given into a vein (IV) or a muscle (IM). It works mainly by blocking NMDA receptors, but it acts on other brain systems too. Since 1999 it has been a Schedule III controlled drug in the US, because it can be misused. The body clears half of a dose in about 2.5 to 3 hours.',
    ketamineNote:
      'The best evidence is moderate, for CRPS only, with relief for up to about 12 weeks. For other pain the evidence is weak or missing, and relief often lasts only days to weeks.',
    related: [
      'esketamine',
      'nmda-receptor-antagonist',
      'off-label-use',
      'schedule-iii',
      'infusion',
      'theophylline',
      'sedative',
    ],
    sources: [
      'ketalar-label',
      'pmc10447145-review',
      'dea-1999',
      'cohen-2018',
      'orhurhu-2019',
      'cadth-2023',
      'dea-ketamine',
    ],
  },
  {
    id: 'ketorolac',
    explanation:
      'Ketorolac is for a short bout of pain bad enough that an opioid might otherwise be needed, such as after surgery. Because it carries a high risk of stomach bleeding and kidney harm, the total use is limited to 5 days. It is not for long-term pain.',
    related: ['nsaid', 'acute-pain', 'postsurgical-pain', 'opioid'],
    sources: ['label-ketorolac'],
  },
  {
    id: 'lamotrigine',
    explanation:
      'Lamotrigine treats epilepsy and helps prevent mood episodes in bipolar disorder. It is sometimes tried for nerve pain, but that use is off-label. The main danger is a rare, severe rash, most likely if the dose goes up too fast. Call your doctor right away about any new rash.',
    ketamineNote:
      "In a small study of healthy people, lamotrigine taken before ketamine made ketamine's strange feelings milder. Its quick lift in mood was not lost. How it changes pain relief is not known.",
    related: ['anticonvulsant', 'carbamazepine', 'ketamine', 'psychotomimetic-effects', 'off-label-use'],
    sources: ['label-lamotrigine', 'anand-2000'],
  },
  {
    id: 'lasmiditan',
    explanation:
      'Lasmiditan acts on a serotonin receptor on pain nerves. Even if you feel fine, do not drive or use machines for at least 8 hours after a dose. It is a controlled drug, because it can be misused. Dizziness, sleepiness and tingling are common.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['migraine', 'triptan', 'sedation', 'dizziness'],
    sources: ['label-lasmiditan', 'ketalar-label'],
  },
  {
    id: 'levothyroxine',
    explanation:
      'Levothyroxine replaces the hormone a weak thyroid does not make. It is taken on an empty stomach, usually in the morning, and blood tests guide the dose. Calcium, iron and some other pills block its uptake, so take them hours apart. It should never be used to lose weight.',
    ketamineNote:
      'Ketamine’s drug information in some countries warns that people who take thyroid hormone are more likely to get high blood pressure and a fast heartbeat with it. Tell the clinic you take it.',
    related: ['increased-blood-pressure', 'increased-heart-rate', 'ketamine'],
    sources: ['label-levothyroxine', 'pharmamedix-ketamine'],
  },
  {
    id: 'lidocaine',
    explanation:
      'Lidocaine blocks nerve signals where it is put. The prescription patch is worn for up to 12 hours, then taken off for 12 hours. Weaker patches and creams are sold in shops. Skin redness or itching can happen. Used patches still hold medicine, so keep them away from children and pets.',
    ketamineNote:
      'Some pain clinics offer lidocaine as a drip into a vein, much like ketamine. That is a separate, off-label use, with its own risks to the heart and brain.',
    related: [
      'local-anesthetic',
      'lidocaine-infusion',
      'topical-pain-reliever',
      'postherpetic-neuralgia',
      'anesthetic',
    ],
    sources: ['label-lidocaine', 'cadth-2020'],
  },
  {
    id: 'local-anesthetic',
    explanation:
      'A local anesthetic stops nerves in one area from sending signals for a few hours. It can be a shot, a cream, a spray or a patch. Doctors use it for dental work, stitches, nerve blocks and small procedures. Too much, or a dose that gets into the blood by mistake, can affect the heart and brain.',
    related: ['lidocaine', 'anesthetic', 'lidocaine-infusion', 'topical-pain-reliever'],
    sources: ['label-lidocaine'],
  },
  {
    id: 'lorazepam',
    explanation:
      'Lorazepam slows down the brain. Sleepiness, dizziness, weakness and poor balance are common. With opioids or alcohol, it can slow breathing to a dangerous level. Taken daily, it can lead to dependence, and stopping all at once can cause dangerous withdrawal. So it is stopped slowly, with a plan from your doctor.',
    ketamineNote:
      'Benzodiazepines add to the sleepiness that ketamine causes. The ketamine label says they can make dream-like reactions less likely. Tell the clinic your dose, and do not stop your medicine on your own before a session.',
    related: ['benzodiazepine', 'sedation', 'respiratory-depression', 'dependence', 'tapering', 'anxiety'],
    sources: ['label-lorazepam', 'fda-2020-benzodiazepines', 'ketalar-label'],
  },
  {
    id: 'low-dose-naltrexone',
    explanation:
      'At this low dose, naltrexone may calm immune cells in the brain and spinal cord. Small trials in fibromyalgia and a few other conditions found some benefit. But the studies are few and small, so this use is still experimental. It blocks opioid painkillers, so it is not used with them.',
    related: ['naltrexone', 'fibromyalgia', 'off-label-use', 'opioid', 'complex-regional-pain-syndrome'],
    sources: ['younger-2014', 'label-naltrexone'],
  },
  {
    id: 'magnesium',
    explanation:
      'Nuts, seeds, beans, leafy greens and whole grains are good sources of magnesium. Supplements have been studied to help prevent migraine, with mixed results. Too much from supplements can cause diarrhea. Very high levels, mostly in people with kidney disease, can cause weakness, low blood pressure and a slow heartbeat.',
    related: ['migraine', 'infusion', 'intravenous'],
    sources: ['ods-magnesium'],
  },
  {
    id: 'maoi',
    explanation:
      'MAOIs block an enzyme that breaks down mood chemicals such as serotonin. Doctors now use them mostly when other antidepressants have not helped. With aged cheese, smoked or aged meats and other foods rich in tyramine, they can cause a sudden, severe rise in blood pressure. Many medicines, including some pain and cold medicines, are unsafe with them.',
    ketamineNote:
      'MAOIs can add to the blood pressure rise that ketamine and Spravato cause. If you take one, the clinic needs to know and to check your blood pressure closely.',
    related: ['phenelzine', 'tranylcypromine', 'selegiline', 'antidepressant', 'increased-blood-pressure'],
    sources: ['label-phenelzine', 'label-tranylcypromine', 'spravato-label'],
  },
  {
    id: 'meloxicam',
    explanation:
      'Meloxicam eases joint pain and swelling and lasts about a day. Like other NSAIDs, it can cause stomach bleeding and kidney harm, and raises the risk of heart attack and stroke. These risks grow with higher doses and longer use. Do not take it with other NSAIDs.',
    related: ['nsaid', 'arthritis'],
    sources: ['label-meloxicam'],
  },
  {
    id: 'memantine',
    explanation:
      "Memantine is taken by mouth to ease the symptoms of dementia caused by Alzheimer's disease. It blocks NMDA receptors, the same target as ketamine. It is not approved for pain, so any use for pain is off-label.",
    related: ['nmda-receptor-antagonist', 'dextromethorphan', 'off-label-use'],
    sources: ['medlineplus'],
  },
  {
    id: 'meperidine',
    explanation:
      'Meperidine breaks down into a substance that can build up and cause shaking and seizures. This is most likely with kidney problems or repeated doses. With MAOIs it can cause a deadly reaction, so the two must never be mixed. Like all opioids, it can lead to addiction and slow your breathing.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: ['opioid', 'maoi', 'respiratory-depression', 'addiction'],
    sources: ['label-meperidine', 'ketalar-label'],
  },
  {
    id: 'metaxalone',
    explanation:
      'Metaxalone is used for short-term muscle and bone pain. Drowsiness, dizziness, headache and upset stomach can happen. It should be used with care in people with liver or kidney disease. Alcohol adds to its calming effect.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['muscle-relaxant', 'sedation'],
    sources: ['label-metaxalone', 'ketalar-label'],
  },
  {
    id: 'methadone',
    explanation:
      'One dose of methadone can ease withdrawal and craving for a day or more. It builds up in the body over several days, so doses are raised slowly. A dose that seems too small at first can later cause an overdose. It can cause a dangerous heart rhythm problem, and many other drugs change its level in the blood. For addiction, US rules allow it only through certified opioid treatment programs.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: [
      'opioid',
      'opioid-use-disorder',
      'buprenorphine',
      'half-life',
      'respiratory-depression',
      'electrocardiogram',
    ],
    sources: ['label-methadone', 'ketalar-label'],
  },
  {
    id: 'methocarbamol',
    explanation:
      'Methocarbamol is used for short-term muscle pain. Sleepiness, dizziness and blurred vision can happen. It can turn urine brown, black or green, which is harmless. Alcohol and other calming drugs add to its effects.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['muscle-relaxant', 'sedation', 'chronic-low-back-pain'],
    sources: ['label-methocarbamol', 'ketalar-label'],
  },
  {
    id: 'methylphenidate',
    explanation:
      'Methylphenidate helps with focus and self-control in ADHD. Trouble sleeping, poor appetite, stomach ache and headache are common. It is a controlled drug with a high risk of misuse. It comes as short-acting and long-acting forms.',
    ketamineNote:
      'Like other stimulants, it can add to the rise in blood pressure that ketamine and Spravato cause. Tell the clinic you take it.',
    related: ['stimulant', 'amphetamine', 'increased-blood-pressure'],
    sources: ['label-methylphenidate', 'spravato-label'],
  },
  {
    id: 'methylprednisolone',
    explanation:
      'Methylprednisolone calms swelling and the immune system. A short pill pack is often given for a flare of arthritis or other swelling. Shots near the spine are off-label and carry a rare risk of serious nerve harm. Trouble sleeping, mood changes, more hunger and high blood sugar are common with short courses.',
    related: ['corticosteroid', 'prednisone', 'triamcinolone', 'arthritis'],
    sources: ['label-methylprednisolone'],
  },
  {
    id: 'midazolam',
    explanation:
      'Midazolam brings on calm and sleepiness within minutes. People often do not remember the procedure well. It can slow or stop breathing, so it is given where staff can watch your breathing and oxygen. In one ketamine clinic, every patient got it before each drip, to soften ketamine’s effects on the mind.',
    ketamineNote:
      'Some ketamine studies gave midazolam to the comparison group. It also makes people drowsy and feel changed, so it is harder to guess who got the real drug. It adds to the sleepiness ketamine causes, so plan for an adult to take you home.',
    related: [
      'benzodiazepine',
      'sedation',
      'respiratory-depression',
      'pulse-oximeter',
      'psychotomimetic-effects',
      'placebo',
    ],
    sources: ['label-midazolam', 'patil-2012', 'noppers-2011', 'ketalar-label'],
  },
  {
    id: 'milnacipran',
    explanation:
      'Milnacipran raises 2 brain chemicals, norepinephrine and serotonin, that help control pain signals. The dose is built up over about a week. Nausea, headache, constipation, a fast heartbeat, higher blood pressure and hot flashes are common. Like drugs for depression, it has a warning about suicidal thoughts in young people. It should not be stopped all at once.',
    related: ['snri', 'fibromyalgia', 'duloxetine', 'increased-heart-rate', 'increased-blood-pressure'],
    sources: ['label-milnacipran'],
  },
  {
    id: 'mirtazapine',
    explanation:
      'Mirtazapine works differently from SSRIs. Sleepiness, weight gain, dry mouth and dizziness are common. Rarely, it lowers the white blood cells that fight infection, so report a fever or sore throat. Like other antidepressants, it carries a warning about suicidal thoughts in young people.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['antidepressant', 'major-depressive-disorder', 'insomnia', 'sedation'],
    sources: ['label-mirtazapine', 'ketalar-label'],
  },
  {
    id: 'modafinil',
    explanation:
      'Modafinil and armodafinil treat severe daytime sleepiness. They do not treat the cause of sleep apnea. Headache, nausea and nervousness are common. Rarely, they cause a serious skin rash. They can make birth control pills work less well.',
    ketamineNote:
      'Like other stimulants, it can add to the rise in blood pressure that ketamine and Spravato cause. Tell the clinic you take it.',
    related: ['stimulant', 'amphetamine', 'increased-blood-pressure'],
    sources: ['label-modafinil', 'spravato-label'],
  },
  {
    id: 'morphine',
    explanation:
      'Morphine comes as quick-acting pills and liquid, long-acting pills and capsules, and shots. Long-acting pills must be swallowed whole, since crushing them can release a deadly dose at once. Constipation, sleepiness, nausea and dizziness are common. Like all opioids, it can lead to addiction and slowed breathing.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: [
      'opioid',
      'respiratory-depression',
      'cancer-pain',
      'addiction',
      'hydromorphone',
      'morphine-milligram-equivalent',
    ],
    sources: ['label-morphine', 'ketalar-label'],
  },
  {
    id: 'muscle-relaxant',
    explanation:
      'Some, like cyclobenzaprine, are taken for a few weeks after a back strain. Others, like baclofen, treat stiff muscles from multiple sclerosis or a spine injury. Sleepiness, dizziness and dry mouth are common. Alcohol and other calming drugs make these effects stronger.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['cyclobenzaprine', 'tizanidine', 'baclofen', 'methocarbamol', 'carisoprodol', 'sedation', 'metaxalone'],
    sources: ['label-cyclobenzaprine', 'label-baclofen', 'label-tizanidine', 'ketalar-label'],
  },
  {
    id: 'naloxone',
    explanation:
      'Naloxone pushes opioids off their receptors, so breathing can start again within minutes. It wears off sooner than many opioids, so call 911 and stay with the person. A second dose may be needed. Keep it at home if you or someone you live with takes opioids.',
    related: [
      'opioid-antagonist',
      'opioid',
      'respiratory-depression',
      'naltrexone',
      'fentanyl',
      'opioid-receptor',
      'overdose',
    ],
    sources: ['label-naloxone'],
  },
  {
    id: 'naltrexone',
    explanation:
      'Naltrexone blocks the effects of opioids for a day or more with pills, and for about a month with a shot. You must be free of opioids for 7 to 10 days before starting, or it can cause sudden withdrawal. Opioid painkillers will not work well while you take it. After stopping, your body is more sensitive to opioids, so an old dose can cause an overdose.',
    related: ['opioid-antagonist', 'low-dose-naltrexone', 'naloxone', 'addiction', 'opioid'],
    sources: ['label-naltrexone'],
  },
  {
    id: 'naproxen',
    explanation:
      'Naproxen lasts longer than ibuprofen, so it is taken only 2 or 3 times a day. It is used for arthritis, tendon pain, period pain and gout. Like all NSAIDs, it can cause stomach bleeding and kidney harm, and raises the risk of heart attack and stroke.',
    related: ['nsaid', 'arthritis', 'acetaminophen'],
    sources: ['label-naproxen'],
  },
  {
    id: 'neurotransmitter',
    explanation:
      'Nerve cells do not touch each other. To send a message, one cell lets out a neurotransmitter into the tiny gap between them. The chemical attaches to receptors on the next cell and turns it on or off. Many pain and mood medicines work by changing these signals.',
    ketamineNote:
      'Ketamine acts mainly on glutamate, and also on other messenger systems. But changing these signals is not the same as lasting relief. In studies, pain relief was mostly small and short.',
    related: ['glutamate', 'nmda-receptor', 'antidepressant-effect', 'dopamine'],
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
    related: ['nmda-receptor', 'ketamine', 'dextromethorphan', 'memantine', 'glutamate', 'amantadine'],
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
    id: 'nortriptyline',
    explanation:
      'The body makes nortriptyline from amitriptyline, and the two work in much the same way. Dry mouth, constipation, dizziness, sleepiness and blurred vision can happen. It can affect heart rhythm, so your doctor may check yours first, and too much at once can be deadly. Like all antidepressants, it has a warning about suicidal thoughts in young people.',
    ketamineNote:
      'A 2015 expert review named tricyclics such as nortriptyline as first choices for nerve pain. Ketamine is not on that list.',
    related: ['tricyclic-antidepressant', 'amitriptyline', 'neuropathic-pain', 'off-label-use'],
    sources: ['label-nortriptyline', 'finnerup-2015'],
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
    id: 'opioid-antagonist',
    explanation:
      'These medicines sit on the same receptors that opioids use, so opioids cannot act. Naloxone works within minutes and can restart breathing in an overdose. Naltrexone lasts longer. It is taken as a daily pill or a monthly shot. In someone who takes opioids every day, either one can bring on sudden withdrawal.',
    related: ['naloxone', 'naltrexone', 'low-dose-naltrexone', 'opioid', 'respiratory-depression'],
    sources: ['label-naloxone', 'label-naltrexone'],
  },
  {
    id: 'oxcarbazepine',
    explanation:
      'Oxcarbazepine is approved for some kinds of seizures. Doctors also use it for trigeminal neuralgia and other nerve pain. Dizziness, sleepiness, double vision and nausea are common. It can lower the salt level in your blood, which can cause confusion and headache. So you may need blood tests.',
    related: ['carbamazepine', 'trigeminal-neuralgia', 'anticonvulsant', 'off-label-use'],
    sources: ['label-oxcarbazepine'],
  },
  {
    id: 'oxycodone',
    explanation:
      'Oxycodone is used for pain bad enough to need an opioid. The long-acting forms are only for people who need a daily opioid for a long time, and they must be swallowed whole. Constipation, nausea and sleepiness are common. Like all opioids, it can lead to addiction, overdose and slowed breathing. The risk is highest with alcohol or other calming drugs.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: [
      'opioid',
      'acetaminophen',
      'addiction',
      'respiratory-depression',
      'naloxone',
      'extended-release',
      'hydrocodone',
    ],
    sources: ['label-oxycodone', 'ketalar-label'],
  },
  {
    id: 'paroxetine',
    explanation:
      'Paroxetine often causes sleepiness, sweating and sexual problems. Stopping it fast can cause dizziness and other withdrawal symptoms. So the dose is lowered slowly. It changes the levels of some other drugs. Like all drugs for depression, it has a warning about suicidal thoughts in young people.',
    related: ['ssri', 'antidepressant', 'anxiety'],
    sources: ['label-paroxetine'],
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
    id: 'phenelzine',
    explanation:
      'Phenelzine is used for depression that has not improved with other treatments. With foods rich in tyramine or with many medicines, blood pressure can rise to a dangerous level. Dizziness on standing, sleepiness and weight gain are common. Tell every doctor and pharmacist that you take it.',
    ketamineNote:
      'MAOIs can add to the rise in blood pressure that ketamine and Spravato cause. The clinic needs to know, and to check your blood pressure closely.',
    related: ['maoi', 'antidepressant', 'increased-blood-pressure', 'treatment-resistant-depression'],
    sources: ['label-phenelzine', 'spravato-label'],
  },
  {
    id: 'prednisone',
    explanation:
      'Prednisone works quickly but is usually given for the shortest time that helps. Short courses can cause trouble sleeping, mood changes, more hunger and high blood sugar. Long use can thin the bones, raise blood pressure and make infections more likely. After long use, the dose must be lowered slowly, because the body stops making its own steroid for a while.',
    related: ['corticosteroid', 'methylprednisolone', 'dexamethasone', 'arthritis'],
    sources: ['label-prednisone'],
  },
  {
    id: 'pregabalin',
    explanation:
      'Pregabalin works much like gabapentin: it calms nerves that send too many signals. Dizziness, sleepiness, swollen hands and feet, blurred sight and weight gain are common. Mixed with opioids or other calming drugs, it can slow breathing. It is a controlled drug, because some people misuse it. Doses are raised over about a week, and lowered slowly when stopping.',
    ketamineNote:
      'Pregabalin adds to the sleepiness that ketamine causes, and together they can slow breathing. Tell the clinic you take it. A 2015 expert review named drugs like pregabalin, not ketamine, among the first choices for nerve pain.',
    related: [
      'gabapentinoid',
      'gabapentin',
      'fibromyalgia',
      'diabetic-neuropathy',
      'postherpetic-neuralgia',
      'dizziness',
    ],
    sources: ['label-pregabalin', 'ketalar-label', 'finnerup-2015'],
  },
  {
    id: 'propranolol',
    explanation:
      'Propranolol slows the heart and lowers blood pressure. It is approved to prevent migraine, not to stop an attack. Tiredness, cold hands, dizziness and vivid dreams can happen. People with asthma may not be able to take it. Stopping it all at once can cause chest pain or a fast heartbeat.',
    ketamineNote:
      'Ketamine raises heart rate and blood pressure for a while. A clinic will want to know about heart and blood pressure medicines you take, so it can plan your monitoring.',
    related: ['migraine', 'topiramate', 'increased-blood-pressure', 'increased-heart-rate'],
    sources: ['label-propranolol', 'ketalar-label'],
  },
  {
    id: 'rimegepant',
    explanation:
      'Rimegepant blocks the receptor for CGRP, a protein that helps set off migraine. Nausea is the most common side effect. Some other medicines change its level.',
    related: ['cgrp-antagonist', 'cgrp-medicine', 'migraine', 'ubrogepant'],
    sources: ['label-rimegepant'],
  },
  {
    id: 'rizatriptan',
    explanation:
      'Rizatriptan works like other triptans. Sleepiness, dizziness, tiredness and chest or throat tightness can happen. People who take propranolol need a lower dose. It is not safe with MAOIs.',
    related: ['triptan', 'migraine', 'propranolol', 'maoi'],
    sources: ['label-rizatriptan'],
  },
  {
    id: 'sedative',
    explanation:
      'Many drugs slow the brain: benzodiazepines, sleep pills, opioids, some muscle relaxants, and alcohol. Each one adds to the others. Together they can cause deep sleepiness, falls, confusion and slowed breathing. Tell your doctor about every calming drug you use, even ones from a shop.',
    ketamineNote:
      'Sedatives and ketamine add to each other. Recovery from ketamine can take longer, and breathing may slow more, so tell the clinic about every one you take.',
    related: ['benzodiazepine', 'sleep-medicine', 'opioid', 'sedation', 'respiratory-depression', 'hydroxyzine'],
    sources: ['ketalar-label', 'spravato-label', 'label-zolpidem'],
  },
  {
    id: 'selegiline',
    explanation:
      'Selegiline blocks an enzyme that breaks down dopamine and other brain chemicals. At higher patch doses, you must avoid some foods, such as aged cheese. Many medicines are unsafe with it, such as some pain, cough and mood medicines. Skin reactions where the patch goes are common.',
    ketamineNote:
      'MAOIs can add to the rise in blood pressure that ketamine and Spravato cause. The clinic needs to know, and to check your blood pressure closely.',
    related: ['maoi', 'antidepressant', 'increased-blood-pressure'],
    sources: ['label-selegiline', 'spravato-label'],
  },
  {
    id: 'sertraline',
    explanation:
      'Sertraline raises serotonin levels. Nausea, loose stools, trouble sleeping and sexual problems are common, mostly at first. It can take a few weeks to work fully. Like all antidepressants, it carries a warning about suicidal thoughts in young people.',
    related: ['ssri', 'antidepressant', 'major-depressive-disorder', 'anxiety'],
    sources: ['label-sertraline'],
  },
  {
    id: 'sleep-medicine',
    explanation:
      'Zolpidem and eszopiclone, the z-drugs, act on the same brain system as benzodiazepines. Some sleep aids sold in shops use a sedating allergy medicine, diphenhydramine. Sleep medicines can make you drowsy the next morning. Z-drugs can cause sleepwalking or even driving while not fully awake. Long-term use can lead to dependence.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['zolpidem', 'eszopiclone', 'diphenhydramine', 'insomnia', 'sedative', 'benzodiazepine'],
    sources: ['label-zolpidem', 'label-eszopiclone', 'label-diphenhydramine', 'ketalar-label'],
  },
  {
    id: 'ssri',
    explanation:
      'SSRIs treat depression and anxiety. They take a few weeks to work fully. Nausea, poor sleep and sexual problems are common. With tramadol, triptans or other drugs that raise serotonin, they can rarely cause a serious reaction. It is called serotonin syndrome.',
    related: [
      'antidepressant',
      'sertraline',
      'fluoxetine',
      'escitalopram',
      'snri',
      'major-depressive-disorder',
      'serotonin',
      'serotonin-syndrome',
      'triptan',
      'maoi',
      'tramadol',
    ],
    sources: ['mlp-antidepressants', 'label-sertraline', 'label-fluoxetine', 'label-tramadol'],
  },
  {
    id: 'stimulant',
    explanation:
      'Amphetamine and methylphenidate treat ADHD. Modafinil treats severe daytime sleepiness. They can cause a fast heart rate, higher blood pressure, poor sleep and less hunger. Several are controlled drugs, because they can be misused.',
    ketamineNote:
      'Stimulants can add to the rise in blood pressure that ketamine and Spravato cause. Tell the clinic if you take one, so they can check your blood pressure closely.',
    related: ['amphetamine', 'methylphenidate', 'modafinil', 'increased-blood-pressure', 'increased-heart-rate'],
    sources: ['label-amphetamine', 'label-methylphenidate', 'label-modafinil', 'spravato-label'],
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
  {
    id: 'sumatriptan',
    explanation:
      'Of all its forms, the shot works fastest. Treximet combines it with naproxen. Tingling, warmth, flushing and tightness in the chest, throat or jaw are common. It is not safe for people with heart disease, a past stroke or uncontrolled high blood pressure.',
    related: ['triptan', 'migraine', 'naproxen', 'subcutaneous'],
    sources: ['label-sumatriptan'],
  },
  {
    id: 'tapentadol',
    explanation:
      'Tapentadol acts on opioid receptors. It also boosts a chemical that helps block pain in the spine. Nausea, dizziness, sleepiness and constipation are common. Like other opioids, it can lead to addiction and slow your breathing. Some drugs for depression are risky with it.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: ['opioid', 'tramadol', 'neuropathy', 'addiction'],
    sources: ['label-tapentadol', 'ketalar-label'],
  },
  {
    id: 'thc',
    explanation:
      'THC acts on cannabinoid receptors in the brain. It can ease nausea and raise appetite, but it can also cause anxiety, paranoia, a fast heartbeat and poor coordination. Do not drive after using it.',
    related: ['cannabis', 'cannabidiol', 'dronabinol'],
    sources: ['mlp-marijuana', 'fda-cannabis-qa'],
  },
  {
    id: 'theophylline',
    explanation:
      'Theophylline relaxes the muscles around the airways. Its safe range is narrow, so blood levels are checked. Nausea, headache, shakiness and trouble sleeping can happen. Many drugs, and smoking, change its level in the blood.',
    ketamineNote:
      'The ketamine label warns that seizures may be more likely if you take ketamine with this drug, or with the related drug aminophylline. Tell the clinic.',
    related: ['ketamine', 'contraindication', 'increased-heart-rate'],
    sources: ['label-theophylline', 'ketalar-label'],
  },
  {
    id: 'tizanidine',
    explanation:
      'Tizanidine works on the same nerve receptors as clonidine. Sleepiness, dry mouth, weakness and dizziness when you stand up are common. It can harm the liver, so you may need liver tests. Some drugs raise its level too far and must not be taken with it. Two of them are the antibiotic ciprofloxacin and the antidepressant fluvoxamine.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['muscle-relaxant', 'clonidine', 'baclofen', 'sedation', 'liver-injury'],
    sources: ['label-tizanidine', 'ketalar-label'],
  },
  {
    id: 'topical-pain-reliever',
    explanation:
      'Common kinds are NSAID gels like diclofenac, lidocaine patches and capsaicin creams. They work best for pain close to the skin, such as in the knees and hands or after shingles. Skin redness, itching or burning can happen where you put them. Wash your hands after use and keep them away from your eyes.',
    related: ['diclofenac', 'lidocaine', 'capsaicin', 'nsaid', 'postherpetic-neuralgia', 'arthritis'],
    sources: ['label-diclofenac', 'label-lidocaine', 'label-capsaicin'],
  },
  {
    id: 'topiramate',
    explanation:
      'Topiramate treats epilepsy and helps prevent migraine in adults and teens. Common side effects are tingling in the hands and feet, changes in taste, weight loss, tiredness and slowed thinking. It can raise the risk of kidney stones. Taken in early pregnancy, it raises the risk of a cleft lip or palate in the baby.',
    related: ['migraine', 'anticonvulsant', 'valproate', 'propranolol'],
    sources: ['label-topiramate'],
  },
  {
    id: 'tramadol',
    explanation:
      'Tramadol is used for pain that needs an opioid. It is weaker than morphine, but it can still lead to addiction, overdose and slowed breathing. It can cause seizures. With many antidepressants, it can cause serotonin syndrome. Nausea, dizziness and constipation are common.',
    ketamineNote:
      'Opioids and ketamine together cause more sleepiness and can slow breathing, and recovery may take longer. Tell the clinic your dose, and do not cut it on your own.',
    related: ['opioid', 'tapentadol', 'ssri', 'addiction', 'serotonin-syndrome', 'seizure'],
    sources: ['label-tramadol', 'ketalar-label'],
  },
  {
    id: 'tranylcypromine',
    explanation:
      'Tranylcypromine can cause a sudden, severe rise in blood pressure with aged cheese, smoked or aged meats and other foods rich in tyramine. Many medicines are unsafe with it. Trouble sleeping, dizziness and dry mouth are common. A bad headache, stiff neck or racing heart needs urgent care.',
    ketamineNote:
      'MAOIs can add to the rise in blood pressure that ketamine and Spravato cause. The clinic needs to know, and to check your blood pressure closely.',
    related: ['maoi', 'antidepressant', 'increased-blood-pressure', 'treatment-resistant-depression'],
    sources: ['label-tranylcypromine', 'spravato-label'],
  },
  {
    id: 'trazodone',
    explanation:
      'Trazodone is approved for depression. It can cause drowsiness, dizziness, dry mouth and low blood pressure when standing up. With other drugs that raise serotonin, it can rarely cause serotonin syndrome. A rare side effect in men is a painful erection that will not go away, which needs urgent care.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['antidepressant', 'sleep-medicine', 'insomnia', 'sedation', 'off-label-use'],
    sources: ['label-trazodone', 'ketalar-label'],
  },
  {
    id: 'triamcinolone',
    explanation:
      'Triamcinolone shots are used for arthritis flares and bursitis. Zilretta is a long-acting shot for knee arthritis. It also comes as creams and nasal sprays. A joint shot can cause a short flare of pain and a rise in blood sugar for a few days.',
    related: ['corticosteroid', 'arthritis', 'methylprednisolone'],
    sources: ['label-triamcinolone'],
  },
  {
    id: 'triptan',
    explanation:
      'Triptans narrow widened blood vessels and calm pain signals in the head. They work best when taken early in an attack. Common side effects are tingling, flushing and tightness in the chest or throat. People with heart disease, a past stroke or uncontrolled high blood pressure should not take them. Using them on too many days can cause more headaches.',
    related: [
      'sumatriptan',
      'rizatriptan',
      'zolmitriptan',
      'eletriptan',
      'migraine',
      'cgrp-antagonist',
      'lasmiditan',
      'dihydroergotamine',
    ],
    sources: ['label-sumatriptan', 'label-rizatriptan'],
  },
  {
    id: 'ubrogepant',
    explanation:
      'Ubrogepant treats an attack, but it is not used to prevent attacks. Nausea and sleepiness are the most common side effects. Some antibiotics and antifungal drugs raise its level, so they must not be taken with it.',
    related: ['cgrp-antagonist', 'cgrp-medicine', 'migraine', 'triptan'],
    sources: ['label-ubrogepant'],
  },
  {
    id: 'valproate',
    explanation:
      'Valproate is taken every day. Nausea, shaking, hair loss and weight gain are common. Rarely, it causes serious liver or pancreas damage. Taken in pregnancy, it can cause birth defects and lower the child’s IQ, so it is not used to prevent migraine in pregnant women.',
    related: ['anticonvulsant', 'topiramate', 'migraine', 'liver-injury'],
    sources: ['label-valproate'],
  },
  {
    id: 'venlafaxine',
    explanation:
      'Venlafaxine raises serotonin and norepinephrine, 2 brain chemicals tied to mood and pain. Nausea, sleepiness, dry mouth, sweating and sexual problems are common. It can raise blood pressure, so yours should be checked. Missed doses, or stopping all at once, can cause strong withdrawal signs, so the dose is lowered slowly.',
    ketamineNote:
      'A 2015 expert review named SNRIs, venlafaxine among them, as first choices for nerve pain. Ketamine is not on that list.',
    related: ['snri', 'duloxetine', 'desvenlafaxine', 'neuropathic-pain', 'anxiety', 'off-label-use'],
    sources: ['label-venlafaxine', 'finnerup-2015'],
  },
  {
    id: 'ziconotide',
    explanation:
      'Ziconotide is given through a small pump placed under the skin with a thin tube to the spine. It is not an opioid. It can cause serious mental and nerve effects, such as confusion, hallucinations, depression and thoughts of suicide. The dose is raised slowly, with close checks.',
    related: ['treatment-resistant-pain', 'hallucination', 'psychosis', 'opioid'],
    sources: ['label-ziconotide'],
  },
  {
    id: 'zolmitriptan',
    explanation:
      'Zolmitriptan works like other triptans. Tingling, dizziness, sleepiness and chest or throat tightness can happen. It is not safe for people with heart disease. Do not take it within 2 weeks of an MAOI.',
    related: ['triptan', 'migraine', 'maoi'],
    sources: ['label-zolmitriptan'],
  },
  {
    id: 'zolpidem',
    explanation:
      'Zolpidem works within about 30 minutes. Rarely, people sleepwalk, drive or do other things while not fully awake, and some have been badly hurt. Women get a lower dose, because the body clears it more slowly. Do not take it with alcohol or other calming drugs.',
    ketamineNote:
      'Taken with ketamine, it adds to sleepiness and can slow your breathing. Tell the clinic you take it, and plan for an adult to take you home.',
    related: ['sleep-medicine', 'eszopiclone', 'insomnia', 'sedation', 'benzodiazepine'],
    sources: ['label-zolpidem', 'ketalar-label'],
  },
];
