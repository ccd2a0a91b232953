import '@/content/highlight.css';
import { defineContentScript } from '#imports';
import { recordSliceMeasure } from '@/content/scan/slice-timing';
import { startContent } from '@/content/start-content';
import { contentLifecycle, createContentBridge } from '@/utils/content-bridge';
import { exposeContentProbe } from '@/utils/content-probe';
import { firstStageVersion as firstStage, termFormsVersion, termTextsVersion } from 'virtual:painlens-term-data';
import { contentFootnote } from '@/data/review';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    const bridge = createContentBridge(ctx, location, { texts: termTextsVersion, forms: termFormsVersion, firstStage });
    const controller = startContent(window, contentLifecycle(ctx), bridge, {
      firstStage: () => bridge.firstStage, // read with the settings, before the scan starts
      loadForms: () => bridge.loadTermForms(),
      footnote: contentFootnote,
      // A dynamic import: a frame with no term never evaluates the reader half (content/start-reader.ts).
      loadReader: () => import('@/content/start-reader').then((m) => m.startReader),
      onSlice: (start, end, stats) => bridge.timings && recordSliceMeasure(start, end, stats),
    });
    exposeContentProbe(ctx, bridge, controller);
  },
});
