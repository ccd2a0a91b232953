// The keyboard: Escape closes the tooltip (and only the tooltip), a press outside closes a tooltip the
// keyboard opened, and the extension's commands (step to the next or previous term, show a term) find
// which occurrence to show and what to announce.
import type { ContentMessage } from '@/lib/messages';
import type { TooltipTerm } from '@/lib/term-data';
import type { ContentLifecycle } from '../ports';
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
}

export function watchKeys(o: KeysOptions): void {
  o.life.addEventListener(
    o.win,
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !o.tooltipOpen()) return;
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
      if (o.openedByKeyboard() && !o.ownsNode((e.composedPath()[0] as Node) ?? null)) o.close();
    },
    { passive: true, capture: true },
  );
}

export interface KeyboardTarget {
  found: { term: IndexedTerm; position: number; total: number } | null;
  label: string;
}

/** The occurrence a command asks for: the next or previous painted term, or the next of one term. */
export function keyboardTarget(
  message: ContentMessage,
  index: TermIndex,
  navigator: TermNavigator,
  isPainted: (t: IndexedTerm) => boolean,
  texts: ReadonlyMap<string, TooltipTerm> | null,
): KeyboardTarget | null {
  if (message.type === 'step-term') {
    const painted = [...index.terms()].filter(isPainted);
    return { found: navigator.step(painted, message.direction), label: 'Term' };
  }
  if (message.type === 'show-term') {
    const name = texts?.get(message.termId)?.name ?? 'Term';
    return { found: navigator.nextOf(index.terms(), message.termId), label: `${name}, occurrence` };
  }
  return null;
}

/** What a screen reader hears for a shown occurrence: the page's own line breaks are not part of it. */
export function announcement(target: KeyboardTarget, pageText: string, entry: TooltipTerm | undefined): string {
  const { found, label } = target;
  if (!found) return '';
  const text = pageText.replace(/\s+/g, ' ').trim();
  return `${label} ${found.position} of ${found.total}: ${text}. ${entry ? `${entry.name}: ${entry.short}` : ''}`;
}
