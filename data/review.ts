import type { CrisisHelp } from './types';

// Shown on every screen that gives guidance (popup, side panel, welcome page, tooltip's "More").
export const contentReviewedOn = '2026-11-25';
export const notMedicalAdvice =
  'PainLens explains; it does not give medical advice. Talk with your own doctor before any treatment decision.';
export const emergencyHelp =
  'If you are thinking about harming yourself, or have chest pain or trouble breathing, call your local emergency number now (911 in the US). In the US you can also call or text 988.';

/** Crisis help for a 'yes' to thoughts of self-harm in the past month: shown at once, wherever it is answered. */
export const crisisHelpNow: CrisisHelp = {
  title: 'Please get help now',
  text: 'If you might act on these thoughts, call your local emergency number now (911 in the US). In the US you can also call or text 988 at any time, day or night, to talk with someone. Please tell your doctor about these thoughts before any treatment.',
};

/** Crisis help for 'not sure': softer, with the same numbers. */
export const crisisHelpSoon: CrisisHelp = {
  title: 'Help is there if you need it',
  text: 'Please talk with your doctor or someone you trust soon. If the thoughts get strong, call your local emergency number (911 in the US), or call or text 988 in the US, at any time.',
};

/** One line for small spaces such as the tooltip. */
export const contentFootnote = `Not medical advice · content reviewed ${formatReviewDate(contentReviewedOn)}`;

export function formatReviewDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}
