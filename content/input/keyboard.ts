// The keyboard: Escape closes the tooltip (and only the tooltip), a press outside closes a tooltip the
// keyboard opened, and the extension's commands (step to the next or previous term, show a term) find
// which occurrence to show and what to announce. Only trusted key and pointer events count.
import type { ContentMessage } from '@/lib/messages';
import type { TooltipTerm } from '@/lib/term-data';
import type { ContentLifecycle, GuardLog } from '../ports';
import type { IndexedTerm, TermIndex } from '../term-index';
import type { TermNavigator } from './term-navigator';

export interface KeysOptions {
  win: Window;
  life: ContentLifecycle;
  tooltipOpen: () => boolean;
  /** The tooltip was opened from the keyboard (a press elsewhere then closes it). */
  openedByKeyboard: () => boolean;
  ownsNode: (node: Node | null) => boolean;
  close: () => void;
  /** Told of each untrusted event ignored. */
  guard?: GuardLog;
}

export function watchKeys(o: KeysOptions): void {
  o.life.addEventListener(
    o.win,
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !o.tooltipOpen()) return;
      if (!e.isTrusted) {
        o.guard?.refused('key:untrusted');
        return;
      }
      // This Escape is for the tooltip, the topmost thing on screen: the page (a modal dialog under
      // it, say) must not also act on it.
      o.close();
      e.preventDefault();
      e.stopPropagation();
    },
    { capture: true },
  );
  o.life.addEventListener(
    o.win,
    'pointerdown',
    (e) => {
      if (!e.isTrusted || !o.openedByKeyboard()) return;
      if (!o.ownsNode((e.composedPath()[0] as Node) ?? null)) o.close();
    },
    { passive: true, capture: true },
  );
}

export interface KeyboardTarget {
  found: { term: IndexedTerm; position: number; total: number } | null;
  /** step: the next or previous term of any kind; show: the next occurrence of one term. */
  kind: 'step' | 'show';
}

/** The occurrence a command asks for: the next or previous painted term, or the next of one term. */
export function keyboardTarget(
  message: ContentMessage,
  index: TermIndex,
  navigator: TermNavigator,
  isPainted: (t: IndexedTerm) => boolean,
): KeyboardTarget | null {
  if (message.type === 'step-term') {
    const painted = [...index.terms()].filter(isPainted);
    return { found: navigator.step(painted, message.direction), kind: 'step' };
  }
  if (message.type === 'show-term') {
    return { found: navigator.nextOf(index.terms(), message.termId), kind: 'show' };
  }
  return null;
}

/**
 * What a screen reader hears for a shown occurrence: PainLens's own words (the term's name and short
 * definition), never the page's text, and only from PainLens's closed surface.
 */
export function announcement(target: KeyboardTarget, entry: TooltipTerm | undefined): string {
  const { found, kind } = target;
  if (!found || !entry) return '';
  const where = `${found.position} of ${found.total}`;
  return kind === 'step'
    ? `Term ${where}: ${entry.name}. ${entry.short}`
    : `${entry.name}, occurrence ${where}. ${entry.short}`;
}
