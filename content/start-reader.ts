// The second half of the composition root: what a frame needs once it has a term to explain (the
// paint queue, the tooltip and the input that opens it). content/start-content.ts starts it on the
// first term or the first keyboard request; the content script passes it as a dynamic import, so a
// frame with nothing to explain never evaluates this module's classes (the bundler wraps a module
// imported only dynamically in a lazy initialiser).
import type { ContentMessage } from '@/lib/messages';
import { keepWordNote } from '@/lib/kept-words';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { watchKeys, keyboardTarget, announcement, type KeyboardTarget } from './input/keyboard';
import { HoverIntent } from './input/hover-intent';
import { watchPointer } from './input/pointer';
import { watchTaps } from './input/taps';
import { TermNavigator } from './input/term-navigator';
import { PaintQueue } from './paint/paint-queue';
import { Painter } from './paint/painter';
import type { PageReader, ReaderOptions } from './ports';
import type { IndexChange, IndexedTerm } from './term-index';
import { createTermTexts } from './term-texts';
import { TooltipController } from './tooltip/tooltip-controller';

const GRACE_MS = 300;
/** px per ms: faster pointer movement is a sweep across text, not a rest on a term. */
const SWEEP_SPEED = 0.6;

export function startReader(o: ReaderOptions): PageReader {
  const { win, life, bridge, index, guard, isActive } = o;
  const doc = win.document;
  const painter = new Painter(index);
  const texts = createTermTexts(bridge);
  const navigator = new TermNavigator(doc);
  let tooltipSource: 'pointer' | 'keyboard' | 'touch' | null = null;
  /** Text size and contrast for the card (Settings), as of the last activation. */
  let reading: Pick<Settings, 'textSize' | 'highContrast'> = DEFAULT_SETTINGS;

  const tooltip = new TooltipController(doc, {
    lookup: (id) => {
      const t = texts.current?.get(id);
      return t ? { name: t.name, definition: t.short, source: t.source } : null;
    },
    footnote: o.footnote,
    canTurnOffSite: bridge.site !== '',
    onMore: (id) => bridge.openTerm(id),
    onKeep: (id) => bridge.keepWord(id).then(keepWordNote),
    onTurnOffSite: () => bridge.turnOffSite(),
    guard,
    onClosed: () => {
      tooltipSource = null;
      hover.reset();
    },
    textScale: () => reading.textSize / 100,
    highContrast: () => reading.highContrast,
  });
  const ownsNode = (node: Node | null) => tooltip.owns(node);

  const hover = new HoverIntent<IndexedTerm>(
    {
      delayMs: 300,
      graceMs: GRACE_MS,
      sweepSpeed: SWEEP_SPEED,
      setTimer: (fn, ms) => {
        const id = life.setTimeout(fn, ms);
        return () => clearTimeout(id);
      },
    },
    (term, point) => {
      const show = () => {
        if (!isActive() || !term.startNode.isConnected || hover.current !== term) return;
        if (tooltip.show(term, { pointer: point })) tooltipSource = 'pointer';
      };
      // Texts are normally loaded while the pointer rests (see onTermUnder); this covers a slow read.
      if (texts.current) show();
      else void texts.load().then(show);
    },
    () => {
      if (tooltipSource === 'pointer') tooltip.hide();
    },
  );

  const paint = new PaintQueue(doc, painter, (fn) => life.requestAnimationFrame(fn), isActive);

  watchPointer({
    win,
    life,
    index,
    hover,
    isActive,
    ownsNode,
    canShow: (t) => painter.canPaint(t),
    // Start reading the tooltip texts while the hover delay runs, so the tooltip paints at once.
    onTermUnder: () => void (texts.current || texts.load()),
    guard,
  });
  watchTaps({
    win,
    life,
    index,
    isActive,
    ownsNode,
    canShow: (t) => painter.canPaint(t),
    onTap: (term, point) => {
      if (!term) {
        if (tooltipSource === 'touch') tooltip.hide();
        return;
      }
      const show = () => {
        if (!isActive() || !term.startNode.isConnected) return;
        if (tooltip.show(term, { pointer: point })) tooltipSource = 'touch';
      };
      if (texts.current) show();
      else void texts.load().then(show);
    },
  });
  watchKeys({
    win,
    life,
    ownsNode,
    tooltipOpen: () => tooltip.term !== null,
    openedByKeyboard: () => tooltipSource === 'keyboard',
    close: () => tooltip.hide(),
    guard,
  });

  function showFromKeyboard(target: KeyboardTarget): void {
    const { found } = target;
    if (!found) {
      tooltip.announce(
        isActive() ? 'PainLens found no explained terms on this page.' : 'PainLens is off on this page.',
      );
      return;
    }
    const loaded = texts.current;
    if (!loaded) {
      void texts.load().then(() => texts.current && showFromKeyboard(target));
      return;
    }
    const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    found.term.startNode.parentElement?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: reduce ? 'auto' : 'smooth',
    });
    if (!tooltip.show(found.term, { focus: true })) return;
    tooltipSource = 'keyboard';
    tooltip.announce(announcement(target, loaded.get(found.term.termId)));
  }

  return {
    change(change: IndexChange) {
      paint.queue(change);
      const shown = tooltip.term;
      if (shown && change.removed.includes(shown)) tooltip.hide();
    },
    stale: (terms) => paint.hideStale(terms),
    activate(settings: Settings) {
      reading = settings;
      painter.configure(settings.highlightStyle, settings.mentions);
      hover.setDelay(settings.hoverDelayMs);
      painter.register();
    },
    deactivate() {
      paint.clear();
      tooltip.hide();
      painter.clear();
      painter.unregister();
      navigator.forget();
    },
    handle(message: ContentMessage) {
      const target = keyboardTarget(message, index, navigator, (t) => painter.isPainted(t));
      if (target) showFromKeyboard(target);
    },
    surface: () => tooltip.surface(),
    destroy: () => tooltip.destroy(),
  };
}
