// Composition root of the page code. Everything it needs from the extension (storage, messaging,
// lifecycle) is injected, so the same code runs in the content script, on the welcome page and in tests.
import type { ContentMessage, TermCounts } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { compileMatcher, createFirstStage, type MatcherForm, type TermMatcher } from '@/lib/term-matcher';
import type { TooltipTerm } from '@/lib/term-data';
import { PageScanner, type ScanScheduler } from './page-scanner';
import { TermIndex, type IndexChange, type IndexedTerm } from './term-index';
import { Painter } from './painter';
import { shadowRootsOnPath, termAtPoint, toLiveRange } from './hit-test';
import { HoverIntent } from './hover-intent';
import { TooltipController } from './tooltip-controller';
import { TermNavigator } from './term-navigator';

export interface ContentLifecycle extends ScanScheduler {
  setTimeout(fn: () => void, ms: number): number;
  requestAnimationFrame(fn: FrameRequestCallback): number;
  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    listener: (e: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  onInvalidated(fn: () => void): void;
}

export interface ContentState {
  settings: Settings;
  siteOff: boolean;
}

export interface ContentBridge {
  /** Site key of this page ('' on file:, data: and about: pages). */
  site: string;
  loadState(): Promise<ContentState>;
  watchState(onChange: (state: ContentState) => void): void;
  reportTerms(counts: TermCounts): void;
  /** Tooltip texts (names, definitions, source labels), fetched once on first need. */
  loadTermTexts(): Promise<ReadonlyMap<string, TooltipTerm>>;
  openTerm(termId: string): void;
  turnOffSite(): void;
  onMessage(handler: (message: ContentMessage) => void): void;
}

export interface ContentData {
  /** The match forms, or (the content script) a way to read them and the first stage's keys. */
  forms?: readonly MatcherForm[];
  loadForms?: () => Promise<readonly MatcherForm[]>;
  firstStage?: Uint32Array;
  footnote: string;
}

/** A frame smaller than this (px, either side) shows no readable text: it starts when it grows. */
export const MIN_FRAME_SIDE = 50;

/** A frame (not the top page) too small to read, or not displayed (0 × 0). */
export function frameTooSmall(win: Pick<Window, 'top' | 'innerWidth' | 'innerHeight'>): boolean {
  return win.top !== win && (win.innerWidth < MIN_FRAME_SIDE || win.innerHeight < MIN_FRAME_SIDE);
}

export interface ContentController {
  readonly index: TermIndex;
  readonly scanner: PageScanner | null;
  apply(state: ContentState): void;
  handle(message: ContentMessage): void;
  stop(): void;
}

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
  let texts: ReadonlyMap<string, TooltipTerm> | null = null;
  let textsLoading: Promise<void> | null = null;
  const loadTexts = (): Promise<void> =>
    (textsLoading ??= bridge.loadTermTexts().then(
      (t) => {
        texts = t;
      },
      () => {
        textsLoading = null; // try again next time
      },
    ));
  const navigator = new TermNavigator(doc);
  let matcher: TermMatcher | null = null;
  let scanner: PageScanner | null = null;
  let active = false;
  let stopped = false;
  let reportTimer = 0;
  let tooltipSource: 'pointer' | 'keyboard' | null = null;

  const tooltip = new TooltipController(doc, {
    lookup: (id) => {
      const t = texts?.get(id);
      return t ? { name: t.name, definition: t.short, source: t.source } : null;
    },
    footnote: data.footnote,
    canTurnOffSite: bridge.site !== '',
    onMore: (id) => bridge.openTerm(id),
    onTurnOffSite: () => bridge.turnOffSite(),
    onClosed: () => {
      painter.setActive(null);
      tooltipSource = null;
      hover.reset();
    },
  });

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
        if (tooltip.show(term, { pointer: point })) {
          tooltipSource = 'pointer';
          painter.setActive(term);
        }
      };
      // Texts are normally loaded while the pointer rests (see processPointer); this covers a slow read.
      if (texts) show();
      else void loadTexts().then(show);
    },
    () => {
      if (tooltipSource === 'pointer') tooltip.hide();
    },
  );

  // Painting waits for the next frame, where the browser draws highlights anyway: one batch of
  // Highlight changes a frame costs less than one an idle slice on a page that keeps growing.
  const toPaint = new Set<IndexedTerm>();
  let toUnpaint: IndexedTerm[] = [];
  let paintQueued = false;

  function paintQueuedChanges(): void {
    paintQueued = false;
    const change = { added: [...toPaint], removed: toUnpaint };
    toPaint.clear();
    toUnpaint = [];
    if (active) painter.apply(change);
  }

  function queuePaint(change: IndexChange): void {
    // A mark found and dropped within one frame is never painted.
    for (const t of change.removed) if (!toPaint.delete(t)) toUnpaint.push(t);
    for (const t of change.added) toPaint.add(t);
    // A hidden page gets no frames: paint now, so it is right when shown.
    if (doc.visibilityState === 'hidden') paintQueuedChanges();
    else if (!paintQueued) {
      paintQueued = true;
      life.requestAnimationFrame(paintQueuedChanges);
    }
  }

  function hideStale(stale: readonly IndexedTerm[]): void {
    for (const t of stale) toPaint.delete(t);
    painter.hide(stale);
  }

  function onIndexChange(change: IndexChange): void {
    queuePaint(change);
    const shown = tooltip.term;
    if (shown && change.removed.includes(shown)) tooltip.hide();
    scheduleReport();
  }

  function scheduleReport(): void {
    if (reportTimer) return;
    reportTimer = life.setTimeout(() => {
      reportTimer = 0;
      if (!stopped) bridge.reportTerms(Object.fromEntries(index.termCounts()));
    }, REPORT_DELAY_MS);
  }

  function activate(settings: Settings): void {
    painter.configure(settings.highlightStyle, settings.mentions);
    hover.setDelay(settings.hoverDelayMs);
    if (active) return;
    active = true;
    painter.register();
    startScan();
  }

  // A frame too small to read, or not displayed (an ad slot, a tracking pixel, a hidden frame), starts
  // when it grows: before that it compiles nothing and reads nothing.
  let waitingForSize = false;
  const tooSmall = () => frameTooSmall(win);

  function startScan(): void {
    if (tooSmall()) {
      if (!waitingForSize) {
        waitingForSize = true;
        life.addEventListener(win, 'resize', () => {
          if (active && !scanner && !tooSmall()) startScan();
        });
      }
      return;
    }
    if (matcher || !data.firstStage) {
      matcher ??= compileMatcher(data.forms ?? []);
      scanner = new PageScanner(doc, matcher, index, life, onIndexChange, hideStale);
    } else {
      scanner = new PageScanner(doc, probeMatcher(data.firstStage), index, life, onIndexChange, hideStale);
    }
    scanner.start();
  }

  // The first stage: the page is walked with a matcher that only asks the build's table whether a word
  // may begin a form. The first time one may, the forms are read and compiled and the page is walked
  // again for real; a frame where none may never pays for either.
  let firstStage: ((texts: readonly string[], count: number) => boolean) | null = null;
  let upgrading = false;
  function probeMatcher(keys: Uint32Array): TermMatcher {
    firstStage ??= createFirstStage(keys);
    const test = firstStage;
    return {
      formCount: 0,
      findMatches: () => [],
      mayMatch: (pieces, count) => {
        if (!upgrading && test(pieces, count)) {
          upgrading = true;
          scanner?.interrupt();
          queueMicrotask(() => void upgrade());
        }
        return false;
      },
    };
  }

  async function upgrade(): Promise<void> {
    const probe = scanner;
    probe?.stop();
    let forms: readonly MatcherForm[] = data.forms ?? [];
    try {
      if (data.loadForms) forms = await data.loadForms();
    } catch {
      forms = data.forms ?? [];
    }
    if (!active || stopped || scanner !== probe) return;
    matcher = compileMatcher(forms);
    startScan();
  }

  function deactivate(): void {
    if (!active) return;
    active = false;
    scanner?.stop();
    scanner = null;
    upgrading = false;
    toPaint.clear();
    toUnpaint = [];
    tooltip.hide();
    painter.clear();
    painter.unregister();
    index.clear();
    navigator.forget();
    scheduleReport();
  }

  // ---- pointer -------------------------------------------------------------------------
  let lastMove: PointerEvent | null = null;
  let lastTarget: EventTarget | null = null;
  let lastRoots: ShadowRoot[] = [];
  let framePending = false;

  function onPointerMove(e: PointerEvent): void {
    if (!active || e.pointerType === 'touch') return;
    lastMove = e;
    const path = e.composedPath();
    lastTarget = path[0] ?? e.target;
    lastRoots = shadowRootsOnPath(path);
    if (framePending) return;
    framePending = true;
    life.requestAnimationFrame(processPointer);
  }

  function processPointer(): void {
    framePending = false;
    const e = lastMove;
    if (!e || !active) return;
    const target = lastTarget instanceof Node ? lastTarget : null;
    const overTooltip = tooltip.owns(target);
    let term: IndexedTerm | null = null;
    if (!overTooltip && target) {
      const el = target.nodeType === Node.ELEMENT_NODE ? (target as Element) : target.parentElement;
      // Cheap test first: only elements that hold matched text can be over a term.
      if (el && (index.mayHaveTermsIn(el) || el.shadowRoot)) {
        term = termAtPoint(doc, index, e.clientX, e.clientY, lastRoots);
      }
    }
    // Start reading the tooltip texts while the hover delay runs, so the tooltip paints at once.
    if (term && !texts) void loadTexts();
    hover.sample({ x: e.clientX, y: e.clientY, time: e.timeStamp, target: term, overTooltip, buttons: e.buttons });
  }

  life.addEventListener(win, 'pointermove', onPointerMove, { passive: true, capture: true });
  life.addEventListener(win, 'blur', () => hover.leave(), { passive: true });
  // Leaving the document (a frame's edge, the window's): no more pointer moves will come here.
  life.addEventListener(win, 'pointerout', (e) => e.relatedTarget === null && hover.leave(), {
    passive: true,
    capture: true,
  });
  life.addEventListener(
    win,
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !tooltip.term) return;
      // This Escape is for the tooltip, the topmost thing on screen: the page (a modal dialog under
      // it, say) must not also act on it.
      tooltip.hide();
      e.preventDefault();
      e.stopPropagation();
    },
    { capture: true },
  );
  life.addEventListener(
    win,
    'pointerdown',
    (e) => {
      if (tooltipSource === 'keyboard' && !tooltip.owns((e.composedPath()[0] as Node) ?? null)) tooltip.hide();
    },
    { passive: true, capture: true },
  );

  // ---- keyboard and messages -----------------------------------------------------------
  function showFromKeyboard(found: { term: IndexedTerm; position: number; total: number } | null, label: string): void {
    if (!found) {
      tooltip.announce(active ? 'PainLens found no explained terms on this page.' : 'PainLens is off on this page.');
      return;
    }
    if (!texts) {
      void loadTexts().then(() => texts && showFromKeyboard(found, label));
      return;
    }
    const { term, position, total } = found;
    const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    term.startNode.parentElement?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: reduce ? 'auto' : 'smooth',
    });
    if (!tooltip.show(term, { focus: true })) return;
    tooltipSource = 'keyboard';
    painter.setActive(term);
    const entry = texts.get(term.termId);
    // The page's own line breaks and indentation are not part of what a screen reader should say.
    const text = (toLiveRange(doc, term)?.toString() ?? '').replace(/\s+/g, ' ').trim();
    tooltip.announce(`${label} ${position} of ${total}: ${text}. ${entry ? `${entry.name}: ${entry.short}` : ''}`);
  }

  function handle(message: ContentMessage): void {
    if (message.type === 'step-term') {
      const painted = [...index.terms()].filter((t) => painter.isPainted(t));
      showFromKeyboard(navigator.step(painted, message.direction), 'Term');
    } else if (message.type === 'show-term') {
      const name = texts?.get(message.termId)?.name ?? 'Term';
      showFromKeyboard(navigator.nextOf(index.terms(), message.termId), `${name}, occurrence`);
    }
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
    get scanner() {
      return scanner;
    },
    apply,
    handle,
    stop,
  };
}
