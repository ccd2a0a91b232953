// Composition root of the page code: it wires the stages (scan, paint, tooltip, input), and with its
// second half (./start-reader.ts) is the only code that imports from more than one. Everything it
// needs from the extension (storage, messaging, lifecycle) is injected (./ports.ts), so the same code
// runs in the content script, on the welcome page and in tests.
//
// Every frame runs this half: the scan, the settings and the messages. The reader half (paint,
// tooltip, input) starts on the first term found, or on a keyboard request: most frames have nothing
// to explain, and in those its classes are never evaluated and its listeners never added.
import type { ContentMessage } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import type {
  ContentBridge,
  ContentController,
  ContentData,
  ContentLifecycle,
  ContentState,
  GuardLog,
  PageReader,
  StartReader,
  SurfaceState,
} from './ports';
import { ScanSession } from './scan/scan-session';
import { TermIndex, type IndexChange } from './term-index';

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

const NO_SURFACE: SurfaceState = {
  root: null,
  termId: null,
  armed: false,
  closeWatch: false,
  shown: 0,
  lastShownAt: 0,
  history: [],
};

export function startContent(
  win: Window,
  life: ContentLifecycle,
  bridge: ContentBridge,
  data: ContentData,
): ContentController {
  const index = new TermIndex();
  let active = false;
  let stopped = false;
  let reportTimer = 0;
  let settings: Settings | null = null;
  const isActive = () => active;
  // What the page tried and PainLens refused (read by the e2e tests through utils/content-probe.ts).
  const guardCounts = { refused: {} as Record<string, number>, tampered: [] as string[] };
  const guard: GuardLog = {
    refused: (kind) => void (guardCounts.refused[kind] = (guardCounts.refused[kind] ?? 0) + 1),
    tampered: (why) => void guardCounts.tampered.push(why),
  };

  // The reader half, once started; until its module is loaded, what it must do waits here, in order.
  let reader: PageReader | null = null;
  let waiting: ((r: PageReader) => void)[] | null = null;
  function withReader(fn: (r: PageReader) => void): void {
    if (stopped) return;
    if (reader) return fn(reader);
    if (waiting) return void waiting.push(fn);
    const on = active && settings;
    waiting = [(r) => on && r.activate(on), fn];
    const ready = (start: StartReader) => {
      if (stopped) return;
      const r = start({ win, life, bridge, index, footnote: data.footnote, guard, isActive });
      const queued = waiting ?? [];
      reader = r;
      waiting = null;
      for (const f of queued) f(r);
    };
    const loaded = data.loadReader();
    if (typeof loaded === 'function') ready(loaded);
    // The module could not load (the extension was updated or removed under the page): nothing to show.
    else loaded.then(ready, () => {});
  }
  /** Only if the reader half has started (or is starting): nothing to undo in a frame without it. */
  const ifReader = (fn: (r: PageReader) => void) => (reader || waiting) && withReader(fn);

  const scan = new ScanSession({
    win,
    life,
    index,
    data,
    onChange: (change: IndexChange) => {
      if (change.added.length) withReader((r) => r.change(change));
      else ifReader((r) => r.change(change));
      scheduleReport();
    },
    onStale: (stale) => ifReader((r) => r.stale(stale)),
    onSlice: data.onSlice,
  });

  function scheduleReport(): void {
    if (reportTimer) return;
    reportTimer = life.setTimeout(() => {
      reportTimer = 0;
      if (!stopped) bridge.reportTerms(Object.fromEntries(index.termCounts()));
    }, REPORT_DELAY_MS);
  }

  function activate(next: Settings): void {
    settings = next;
    ifReader((r) => r.activate(next));
    if (active) return;
    active = true;
    scan.start();
  }

  function deactivate(): void {
    if (!active) return;
    active = false;
    scan.stop();
    ifReader((r) => r.deactivate());
    index.clear();
    scheduleReport();
  }

  function handle(message: ContentMessage): void {
    withReader((r) => r.handle(message));
  }

  function apply(state: ContentState): void {
    if (stopped) return;
    if (state.settings.paused || state.siteOff) deactivate();
    else activate(state.settings);
  }

  function stop(): void {
    if (stopped) return;
    deactivate();
    reader?.destroy();
    stopped = true;
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
    surface: () => reader?.surface() ?? NO_SURFACE,
    get scanner() {
      return scan.scanner;
    },
    apply,
    handle,
    stop,
  };
}
