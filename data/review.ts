// Shown on every screen that gives guidance (popup, side panel, welcome page, tooltip's "More").
export const contentReviewedOn = '2026-11-25';
export const notMedicalAdvice =
  'PainLens explains; it does not give medical advice. Talk with your own doctor before any treatment decision.';
export const emergencyHelp =
  'If you are thinking about harming yourself, or have chest pain or trouble breathing, call your local emergency number now (911 in the US). In the US you can also call or text 988.';

/** One line for small spaces such as the tooltip. */
export const contentFootnote = `Not medical advice · content reviewed ${formatReviewDate(contentReviewedOn)}`;

export function formatReviewDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}
