import type { GlossaryDetail } from '../types';

// Longer explanations for the mental health terms. Sorted by id.
export const mentalHealthDetails: GlossaryDetail[] = [
  {
    id: 'antidepressant-effect',
    explanation:
      'An antidepressant effect means a drug eases the low mood of depression. In depression studies, 1 low dose of ketamine into a vein often lifted mood within hours. The lift usually wore off within about a week. When 9 trials were pooled, 52% of people had a good response 1 day after a dose, and 40% did at day 7.',
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
    related: ['comorbidity', 'dissociation', 'insomnia', 'major-depressive-disorder', 'psychotomimetic-effects'],
    sources: ['medlineplus', 'sigtermans-2009', 'ketalar-label', 'fda-2023-compounded'],
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
    related: ['anxiety', 'chronic-pain', 'comorbidity', 'sedation'],
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
    id: 'psychiatric-disorder',
    explanation:
      'A psychiatric disorder is an illness that affects how you feel, think or act. Depression, anxiety, bipolar disorder and psychosis are examples. Many can be treated with talk therapy, medicines or both. They are common in people who live with long-term pain.',
    ketamineNote:
      'Clinic pages often say "certain psychiatric disorders" rule ketamine out. The pain guideline names active psychosis. Ketamine can bring on hallucinations and confusion, so tell your doctor about any past or current mental illness, including bipolar disorder.',
    related: ['anxiety', 'comorbidity', 'contraindication', 'major-depressive-disorder', 'psychosis'],
    sources: ['medlineplus', 'cohen-2018', 'ketalar-label'],
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
