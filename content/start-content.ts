// Composition root of the page code: it wires the stages (scan, paint, tooltip, input), and is the
// only module that imports from more than one. Everything it needs from the extension (storage,
// messaging, lifecycle) is injected (./ports.ts), so the same code runs in the content script, on the
// welcome page and in tests.
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
import type { ContentBridge, ContentController, ContentData, ContentLifecycle, ContentState, GuardLog } from './ports';
import { ScanSession } from './scan/scan-session';
import { TermIndex, type IndexChange, type IndexedTerm } from './term-index';
import { createTermTexts } from './term-texts';
import { TooltipController } from './tooltip/tooltip-controller';

export type {
  ContentBridge,
  ContentController,
  ContentData,
  ContentLifecycle,
  ContentState,
  GuardCounts,
  SurfaceState,
} from './ports';

const REPORT_DELAY_MS = 400;
const GRACE_MS = 300;
/** px per ms: faster pointer movement is a sweep across text, not a rest on a term. */
const SWEEP_SPEED = 0.6;

export function startContent(
  win: Window,
  life: ContentLifecycle,
  bridge: ContentBridge,
  data: ContentData,
): ContentController {
  const doc = win.document;
  const index = new TermIndex();
  const painter = new Painter(index);
  const texts = createTermTexts(bridge);
  const navigator = new TermNavigator(doc);
  let active = false;
  let stopped = false;
  let reportTimer = 0;
  let tooltipSource: 'pointer' | 'keyboard' | 'touch' | null = null;
  /** Text size and contrast for the card (Settings), as of the last activation. */
  let reading: Pick<Settings, 'textSize' | 'highContrast'> = DEFAULT_SETTINGS;
  const isActive = () => active;
  // What the page tried and PainLens refused (read by the e2e tests through utils/content-probe.ts).
  const guardCounts = { refused: {} as Record<string, number>, tampered: [] as string[] };
  const guard: GuardLog = {
    refused: (kind) => void (guardCounts.refused[kind] = (guardCounts.refused[kind] ?? 0) + 1),
    tampered: (why) => void guardCounts.tampered.push(why),
  };

  const tooltip = new TooltipController(doc, {
    lookup: (id) => {
      const t = texts.current?.get(id);
      return t ? { name: t.name, definition: t.short, source: t.source } : null;
    },
    footnote: data.footnote,
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
        if (!active || !term.startNode.isConnected || hover.current !== term) return;
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
  const scan = new ScanSession({
    win,
    life,
    index,
    data,
    onChange: (change: IndexChange) => {
      paint.queue(change);
      const shown = tooltip.term;
      if (shown && change.removed.includes(shown)) tooltip.hide();
      scheduleReport();
    },
    onStale: (stale) => paint.hideStale(stale),
    onSlice: data.onSlice,
  });

  function scheduleReport(): void {
    if (reportTimer) return;
    reportTimer = life.setTimeout(() => {
      reportTimer = 0;
      if (!stopped) bridge.reportTerms(Object.fromEntries(index.termCounts()));
    }, REPORT_DELAY_MS);
  }

  function activate(settings: Settings): void {
    reading = settings;
    painter.configure(settings.highlightStyle, settings.mentions);
    hover.setDelay(settings.hoverDelayMs);
    if (active) return;
    active = true;
    painter.register();
    scan.start();
  }

  function deactivate(): void {
    if (!active) return;
    active = false;
    scan.stop();
    paint.clear();
    tooltip.hide();
    painter.clear();
    painter.unregister();
    index.clear();
    navigator.forget();
    scheduleReport();
  }

  watchPointer({
    win,
    life,
    index,
    hover,
    isActive,
    ownsNode,
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
    onTap: (term, point) => {
      if (!term) {
        if (tooltipSource === 'touch') tooltip.hide();
        return;
      }
      const show = () => {
        if (!active || !term.startNode.isConnected) return;
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
      tooltip.announce(active ? 'PainLens found no explained terms on this page.' : 'PainLens is off on this page.');
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

  function handle(message: ContentMessage): void {
    const target = keyboardTarget(message, index, navigator, (t) => painter.isPainted(t));
    if (target) showFromKeyboard(target);
  }

  function apply(state: ContentState): void {
    if (stopped) return;
    if (state.settings.paused || state.siteOff) deactivate();
    else activate(state.settings);
  }

  function stop(): void {
    if (stopped) return;
    deactivate();
    stopped = true;
    tooltip.destroy();
  }

  life.onInvalidated(stop);
  bridge.onMessage(handle);
  bridge.watchState(apply);
  void bridge.loadState().then(apply, () => {
    // Storage unreadable: run with defaults rather than not at all.
    apply({ settings: { ...DEFAULT_SETTINGS }, siteOff: false });
  });

  return {
    index,
    guard: guardCounts,
    surface: () => tooltip.surface(),
    get scanner() {
      return scan.scanner;
    },
    apply,
    handle,
    stop,
  };
}
