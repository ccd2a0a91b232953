import type { GlossaryDetail } from '../types';

// Longer explanations for the mental health terms. Sorted by id.
export const mentalHealthDetails: GlossaryDetail[] = [
  {
    id: 'antidepressant-effect',
    explanation:
      'An antidepressant effect means a drug eases the low mood of depression. In depression studies, 1 low dose of ketamine into a vein often lifted mood within hours. One review pooled 9 small trials that used a placebo. Ketamine did better than placebo 1, 3 and 7 days after a single dose. But fewer people were still helped at day 7 than at day 1, so the lift faded.',
    ketamineNote:
      'Plain ketamine is not FDA-approved for depression. These studies were in people with depression, not people with long-term pain. Any mood lift from a pain infusion may be brief, so keep up your usual mental health care.',
    related: [
      'comorbidity',
      'esketamine',
      'fda-approval',
      'major-depressive-disorder',
      'treatment-resistant-depression',
    ],
    sources: ['pharmacol-rep-2020', 'han-2016', 'fda-2023-compounded', 'ketalar-label'],
  },
  {
    id: 'anxiety',
    explanation:
      'Everyone feels worried at times. Anxiety becomes a health problem when fear or worry is strong, lasts a long time and makes daily life hard. It can also cause a racing heart, tense muscles and poor sleep. Many people with long-term pain also have anxiety, and each can make the other feel worse. Talk therapy, medicines and other care can help.',
    ketamineNote:
      'Ketamine can cause fear, confusion or strange feelings while it works. This may be harder if you already have anxiety, so tell your care team about it before treatment.',
    related: [
      'comorbidity',
      'dissociation',
      'insomnia',
      'major-depressive-disorder',
      'panic-attack',
      'psychotomimetic-effects',
      'alprazolam',
      'lorazepam',
    ],
    sources: ['medlineplus', 'sigtermans-2009', 'ketalar-label', 'fda-2023-compounded'],
  },
  {
    id: 'bipolar-disorder',
    explanation:
      'Mood episodes can last days to weeks, often with stretches of steady mood between them. In a high, a person may sleep little, talk fast and take risks. In a low, they may feel hopeless and drained. Treatment usually combines mood-steadying medicines with talk therapy. An antidepressant on its own can sometimes set off a high, so the right diagnosis matters.',
    ketamineNote:
      'Ketamine can bring on strong mood changes and strange feelings. If you have bipolar disorder, or have ever had a manic spell, tell your doctor before you try it.',
    related: ['major-depressive-disorder', 'mania', 'psychiatric-disorder', 'psychiatrist', 'psychotherapy'],
    sources: ['nimh-bipolar', 'ketalar-label'],
  },
  {
    id: 'comorbidity',
    explanation:
      'A comorbidity is a second health problem that a person has along with the main one. For example, many people with long-term pain also have depression, anxiety or sleep problems. Each problem can affect the other, so doctors try to treat them together. Knowing all of your health problems also helps doctors judge which treatments are safe for you.',
    ketamineNote:
      'Some clinics say ketamine treats pain and low mood at once. But any mood lift is usually short, and ketamine is not approved for depression. Some health problems can make ketamine unsafe. Examples are active psychosis, heart disease that is not under control, and severe liver disease.',
    related: ['anxiety', 'contraindication', 'insomnia', 'major-depressive-disorder', 'psychosis'],
    sources: ['medlineplus', 'cohen-2018', 'pharmacol-rep-2020', 'fda-2023-compounded'],
  },
  {
    id: 'insomnia',
    explanation:
      'Insomnia means you have a hard time getting to sleep, staying asleep, or getting sleep that feels restful. It can leave you tired, grumpy and less able to focus. It may last a few nights or go on for months. Pain, worry, low mood, some medicines and poor sleep habits can all play a part.',
    ketamineNote:
      'Ketamine is not a sleep treatment. It can make you drowsy for a while after a dose, which is one reason staff keep watching you after a treatment.',
    related: ['anxiety', 'chronic-pain', 'comorbidity', 'sedation', 'trazodone', 'mirtazapine'],
    sources: ['medlineplus', 'ketalar-label', 'fda-2023-compounded', 'spravato-approval'],
  },
  {
    id: 'ketamine-assisted-psychotherapy',
    explanation:
      'In this approach, a person has talk therapy sessions before, during or after taking ketamine. Clinics offer it for problems such as depression or trauma, not for pain. Ketamine is not FDA-approved for any mental health condition, so this use is off-label. Some online services mail ketamine for people to take at home. The FDA has warned that home use with no health worker nearby adds risk.',
    ketamineNote:
      'This is a separate use from ketamine for pain. If a clinic offers it, ask what is known about it, who watches you during the dose and what happens in an emergency.',
    related: [
      'cognitive-behavioral-therapy',
      'compounded-drug',
      'controlled-medical-setting',
      'major-depressive-disorder',
      'off-label-use',
    ],
    sources: ['fda-2023-compounded'],
  },
  {
    id: 'major-depressive-disorder',
    explanation:
      'Depression is more than feeling sad for a few days. It is a medical condition that changes how you feel, think and handle daily life. Signs include lasting sadness, loss of interest, poor sleep, low energy and feeling worthless. It is common in people with long-term pain. Talk therapy and antidepressant medicines help many people.',
    ketamineNote:
      'In trials for depression, 1 dose of ketamine into a vein often eased low mood within hours. But the lift often wore off within about a week. Plain ketamine is not FDA-approved for depression. A related nasal spray, esketamine, is approved for some people with it, under strict rules.',
    related: [
      'antidepressant-effect',
      'comorbidity',
      'esketamine',
      'suicidal-ideation',
      'treatment-resistant-depression',
    ],
    sources: ['medlineplus', 'han-2016', 'pharmacol-rep-2020', 'spravato-approval', 'fda-2023-compounded'],
  },
  {
    id: 'mania',
    explanation:
      'During mania a person may talk fast, feel unusually important, spend money wildly or take risks. A milder form is called hypomania. Some drugs and some medical problems can also set it off. It needs prompt care, because it can harm health, money and relationships.',
    ketamineNote:
      'If you have ever had mania, tell your doctor before you try ketamine. They can then weigh the risks for you.',
    related: ['bipolar-disorder', 'euphoria', 'psychiatric-disorder'],
    sources: ['nimh-bipolar'],
  },
  {
    id: 'opioid-use-disorder',
    explanation:
      'It can start with prescribed painkillers or with street drugs such as heroin or fentanyl. Medicines such as buprenorphine and methadone ease cravings. They also lower the risk of overdose and death. Naltrexone is another choice. These medicines work best with counseling and support.',
    ketamineNote:
      'Ketamine is not approved to treat this illness. Mixed with opioids, it adds to the risk of slowed breathing. So tell the clinic about any opioids you take, including the ones that treat opioid use disorder.',
    related: [
      'addiction',
      'opioid',
      'overdose',
      'substance-use-disorder',
      'withdrawal',
      'buprenorphine',
      'buprenorphine-naloxone',
      'methadone',
      'naltrexone',
      'naloxone',
    ],
    sources: ['nida-addiction', 'ketalar-label'],
  },
  {
    id: 'panic-attack',
    explanation:
      'Panic attacks can feel like a heart attack, but they are not dangerous in themselves. Chest pain should still be checked, mainly the first time. When attacks keep coming and a person lives in fear of the next one, it is called panic disorder. Talk therapy, such as CBT, and some medicines work well for it.',
    ketamineNote:
      'Ketamine can cause fear or panic while it works. Tell your care team if you have panic attacks, and ask what they will do if you feel panic during a session.',
    related: [
      'anxiety',
      'cognitive-behavioral-therapy',
      'increased-heart-rate',
      'psychotomimetic-effects',
      'psychotherapy',
      'ssri',
    ],
    sources: ['nimh-panic', 'ketalar-label'],
  },
  {
    id: 'psychiatric-disorder',
    explanation:
      'A psychiatric disorder is an illness that affects how you feel, think or act. Depression, anxiety, bipolar disorder and psychosis are examples. Many can be treated with talk therapy, medicines or both. They are common in people who live with long-term pain.',
    ketamineNote:
      'Clinic pages often say some mental illnesses rule ketamine out. The pain guideline names active psychosis. Ketamine can make you see things and feel confused. So tell your doctor about any mental illness you have or have had, such as bipolar disorder.',
    related: [
      'anxiety',
      'bipolar-disorder',
      'comorbidity',
      'contraindication',
      'major-depressive-disorder',
      'psychiatrist',
      'psychosis',
    ],
    sources: ['medlineplus', 'cohen-2018', 'ketalar-label'],
  },
  {
    id: 'ptsd',
    explanation:
      'Many people have strong reactions after a trauma, and most get better over time. With PTSD, symptoms last longer than a month and get in the way of daily life. They include reliving the event, avoiding reminders, feeling on edge, poor sleep and feeling numb or guilty. Talk therapy that focuses on the trauma helps many people, and so do some drugs.',
    ketamineNote:
      'Ketamine is not FDA-approved for PTSD. In 2023 the FDA described a person who took compounded ketamine at home for PTSD and had dangerously slow breathing.',
    related: ['anxiety', 'flashback', 'insomnia', 'psychiatric-disorder', 'psychotherapy'],
    sources: ['nimh-ptsd', 'fda-2023-compounded'],
  },
  {
    id: 'substance-use-disorder',
    explanation:
      'Doctors look for signs such as craving, using more than planned, failed efforts to cut down, and giving up other parts of life. It is a medical condition that changes the brain, not a lack of willpower. Treatment can include medicines, counseling and support groups. Like other long-term illnesses, it can be managed, and people do recover.',
    ketamineNote:
      'The 2018 pain guideline says people who misuse drugs now should not get a series of ketamine drips. Ketamine itself can be misused and can lead to strong craving.',
    related: ['abuse-and-misuse', 'addiction', 'dependence', 'opioid-use-disorder', 'relapse'],
    sources: ['nida-addiction', 'cohen-2018', 'ketalar-label'],
  },
  {
    id: 'suicidal-ideation',
    explanation:
      'Suicidal ideation means having thoughts about ending your life. These thoughts can come with depression, long-term pain or other hard times, and they are a sign to reach out for support. Treatment and support help many people feel better. If you have these thoughts now, call your local emergency number, or in the US call or text 988 to reach trained help.',
    ketamineNote:
      'A nasal spray called esketamine is approved for some adults with depression who have suicidal thoughts. It is used with an antidepressant pill and strict safety rules. Plain ketamine is not approved for this. No treatment should take the place of getting help right away.',
    related: ['esketamine', 'major-depressive-disorder', 'rems', 'treatment-resistant-depression'],
    sources: ['medlineplus', 'spravato-approval', 'fda-2023-compounded'],
  },
  {
    id: 'treatment-resistant-depression',
    explanation:
      'Doctors use this term when at least 2 drugs for depression have not helped enough. Each drug must have been taken at a proper dose for long enough. It does not mean that nothing can help. Other options include changing or adding medicines and talk therapy.',
    ketamineNote:
      'Esketamine nasal spray (Spravato) is FDA-approved for this kind of depression. It is given only at certified clinics, and you must stay at least 2 hours after each dose so staff can watch you. Plain ketamine is not approved for depression, and neither drug is approved for pain.',
    related: ['antidepressant-effect', 'esketamine', 'major-depressive-disorder', 'rems', 'treatment-resistant-pain'],
    sources: ['spravato-approval', 'medlineplus', 'ketalar-label'],
  },
];
