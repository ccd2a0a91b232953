import type { SureItem, ValueItem, ValueWeight } from './types';

// "What matters to you": a short values step and the four SURE questions. Both go on the handout.
// The SURE test is a validated screen for decisional conflict (Légaré et al., 2010); its four
// questions are kept word for word, because changing an instrument's wording changes what it measures.

export const VALUES_TITLE = 'What matters to you';
export const VALUES_INTRO =
  'People weigh the same facts in different ways. Mark how much each of these matters to you. There are no right answers.';

export const VALUE_ITEMS: readonly ValueItem[] = [
  {
    id: 'quick-relief',
    label: 'Getting some relief quickly, even if it may not last',
    help: 'A ketamine drip can ease pain within hours, but for most kinds of pain the relief is short.',
  },
  {
    id: 'lasting-relief',
    label: 'Relief that lasts for months',
    help: 'Some treatments take weeks to work, but then they can keep helping. Exercise and some daily pills are like this.',
  },
  {
    id: 'avoid-detached-or-dizzy',
    label: 'Not feeling detached, dreamy or dizzy',
    help: 'Most people on a ketamine drip feel strange or detached for a while.',
  },
  {
    id: 'little-clinic-time',
    label: 'Spending little time at a clinic',
    help: 'Drips can take hours, sometimes on several days in a row, with repeat visits later.',
  },
  {
    id: 'low-cost',
    label: 'Keeping the cost low',
    help: 'Costs differ a lot. Ask what insurance pays for each choice.',
  },
  {
    id: 'fewer-opioids',
    label: 'Not taking more opioid medicine',
    help: 'Some choices add opioids, and some try to lower them. Ketamine has its own risk of misuse.',
  },
  {
    id: 'strong-evidence',
    label: 'Choosing a treatment with strong research behind it',
    help: 'The options pages show how strong the research is for each choice.',
  },
];

export const VALUE_WEIGHTS: readonly { value: ValueWeight; label: string }[] = [
  { value: 'a-lot', label: 'Matters a lot' },
  { value: 'some', label: 'Matters a little' },
  { value: 'not-much', label: 'Does not matter much' },
];

export const SURE_TITLE = 'How sure do you feel?';
export const SURE_INTRO = 'Four short questions, from a test doctors use, about how ready you feel to choose.';

export const SURE_ITEMS: readonly SureItem[] = [
  { id: 'sure', question: 'Do you feel SURE about the best choice for you?' },
  { id: 'understand', question: 'Do you know the benefits and risks of each option?' },
  { id: 'risk-benefit', question: 'Are you clear about which benefits and risks matter to you most?' },
  { id: 'encouragement', question: 'Do you have enough support and advice to make a choice?' },
];

export const SURE_SOURCES = ['legare-2010-sure'];

/** What the handout says about the SURE answers. */
export const SURE_TEXTS = {
  someNo:
    'You said no to at least one of these. That is common. Tell your doctor you need more facts or support before you choose.',
  allYes: 'You said yes to all four. Still talk it over with your doctor before you choose.',
  notAnswered: 'You have not answered these yet.',
} as const;
