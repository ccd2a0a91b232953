import type { GlossaryEntry } from '../types';

// Mental health terms. Sorted by id.
export const mentalHealthTerms: GlossaryEntry[] = [
  {
    id: 'antidepressant-effect',
    name: 'Antidepressant effect',
    category: 'mental-health',
    forms: [
      { text: 'antidepressant effect', case: 'word' },
      { text: 'antidepressant effects', case: 'word' },
      { text: 'rapid-acting antidepressant', case: 'word' },
      { text: 'rapid-acting antidepressants', case: 'word' },
    ],
    short:
      'A lift in low mood from a drug. After 1 dose of ketamine, mood can get better within hours, but the lift often fades within about a week.',
    sources: ['pharmacol-rep-2020', 'han-2016'],
  },
  {
    id: 'anxiety',
    name: 'Anxiety',
    category: 'mental-health',
    forms: [
      { text: 'anxiety', case: 'word', ambiguous: true },
      { text: 'anxiety disorder', case: 'word' },
      { text: 'anxiety disorders', case: 'word' },
      { text: 'generalized anxiety disorder', case: 'word' },
      { text: 'generalised anxiety disorder', case: 'word' },
    ],
    short:
      'Strong worry, fear or unease that is hard to control and gets in the way of daily life. It often goes along with long-term pain.',
    sources: ['medlineplus'],
  },
  {
    id: 'comorbidity',
    name: 'Comorbidity',
    category: 'mental-health',
    forms: [
      { text: 'comorbidity', case: 'word' },
      { text: 'comorbidities', case: 'word' },
      { text: 'comorbid', case: 'word' },
      { text: 'co-morbidity', case: 'word' },
      { text: 'co-morbidities', case: 'word' },
      { text: 'co-morbid', case: 'word' },
      { text: 'co-occurring', case: 'word', ambiguous: true },
      { text: 'coexisting condition', case: 'word' },
      { text: 'coexisting conditions', case: 'word' },
      { text: 'multimorbidity', case: 'word' },
    ],
    short: 'Having 2 or more health problems at the same time, such as long-term pain and depression.',
    sources: ['medlineplus'],
  },
  {
    id: 'insomnia',
    name: 'Insomnia',
    category: 'mental-health',
    forms: [
      { text: 'insomnia', case: 'word' },
      { text: 'difficulty sleeping', case: 'word', ambiguous: true },
      { text: 'trouble sleeping', case: 'word', ambiguous: true },
      { text: 'sleeplessness', case: 'word' },
      { text: 'sleep disturbance', case: 'word' },
      { text: 'sleep disturbances', case: 'word' },
    ],
    short: 'Trouble getting to sleep or staying asleep, or waking too early. It leaves you tired during the day.',
    sources: ['medlineplus'],
  },
  {
    id: 'ketamine-assisted-psychotherapy',
    name: 'Ketamine-assisted psychotherapy (KAP)',
    category: 'mental-health',
    forms: [
      { text: 'ketamine-assisted psychotherapy', case: 'word' },
      { text: 'ketamine-assisted therapy', case: 'word' },
      { text: 'KAP', case: 'abbr', ambiguous: true },
      { text: 'psychedelic-assisted therapy', case: 'word' },
      { text: 'psychedelic-assisted psychotherapy', case: 'word' },
    ],
    short:
      'Talk therapy joined with ketamine doses, offered by some clinics for mental health problems. It is not an FDA-approved treatment.',
    sources: ['fda-2023-compounded'],
  },
  {
    id: 'major-depressive-disorder',
    name: 'Major depressive disorder (depression)',
    category: 'mental-health',
    forms: [
      { text: 'major depressive disorder', case: 'word' },
      { text: 'MDD', case: 'abbr', ambiguous: true },
      { text: 'depression', case: 'word', ambiguous: true },
      { text: 'clinical depression', case: 'word' },
      { text: 'major depression', case: 'word' },
      { text: 'depressive disorder', case: 'word' },
      { text: 'depressive disorders', case: 'word' },
      { text: 'depressive symptoms', case: 'word' },
    ],
    short:
      'A common health condition with low mood or loss of interest that lasts at least 2 weeks. It can change sleep, energy, eating and thinking.',
    sources: ['medlineplus'],
  },
  {
    id: 'psychiatric-disorder',
    name: 'Psychiatric disorder (mental illness)',
    category: 'mental-health',
    forms: [
      { text: 'psychiatric disorder', case: 'word' },
      { text: 'psychiatric disorders', case: 'word' },
      { text: 'psychiatric condition', case: 'word' },
      { text: 'psychiatric conditions', case: 'word' },
      { text: 'psychiatric illness', case: 'word' },
      { text: 'mental illness', case: 'word' },
      { text: 'mental illnesses', case: 'word' },
      { text: 'mental health condition', case: 'word' },
      { text: 'mental health conditions', case: 'word' },
    ],
    short:
      'An illness that changes how you feel, think or act. Depression and psychosis are two of them. Some of these illnesses make ketamine unsafe.',
    sources: ['medlineplus', 'cohen-2018'],
  },
  {
    id: 'suicidal-ideation',
    name: 'Suicidal thoughts (suicidal ideation)',
    category: 'mental-health',
    forms: [
      { text: 'suicidal ideation', case: 'word' },
      { text: 'suicidal thoughts', case: 'word' },
      { text: 'suicidal thinking', case: 'word' },
      { text: 'thoughts of suicide', case: 'word' },
      { text: 'suicidality', case: 'word' },
    ],
    short:
      'Thoughts about ending your own life. If you have them, get help now: call your local emergency number, or in the US call or text 988.',
    sources: ['medlineplus'],
  },
  {
    id: 'treatment-resistant-depression',
    name: 'Treatment-resistant depression (TRD)',
    category: 'mental-health',
    forms: [
      { text: 'treatment-resistant depression', case: 'word' },
      { text: 'TRD', case: 'abbr', ambiguous: true },
      { text: 'refractory depression', case: 'word' },
      { text: 'treatment-refractory depression', case: 'word' },
      { text: 'difficult-to-treat depression', case: 'word' },
    ],
    short:
      'Depression that has not eased after trying at least 2 drugs for it. Each drug was taken at a full dose for long enough.',
    sources: ['spravato-approval'],
  },
];
