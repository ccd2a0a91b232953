import type { GlossaryCategory } from '../types';

/** How each category is named to a reader (the side panel groups the glossary by these), in display order. */
export const glossaryCategoryLabels: Readonly<Record<GlossaryCategory, string>> = {
  condition: 'Pain conditions',
  'pain-science': 'How pain works',
  body: 'The body and nerves',
  drug: 'Medicines',
  route: 'How a medicine is given',
  treatment: 'Treatments and procedures',
  'side-effect': 'Side effects and safety',
  'mental-health': 'Mental health',
  evidence: 'Research words',
  care: 'Care and costs',
};
