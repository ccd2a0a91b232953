import '@/content/highlight.css';
import { defineContentScript } from '#imports';
import { startContent } from '@/content/start-content';
import { contentLifecycle, createContentBridge } from '@/utils/content-bridge';
import { exposeContentProbe } from '@/utils/content-probe';
import { packedForms, termTextsVersion } from 'virtual:painlens-term-data';
import { unpackForms } from '@/lib/term-data';
import { contentFootnote } from '@/data/review';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    const bridge = createContentBridge(ctx, location, termTextsVersion);
    const controller = startContent(window, contentLifecycle(ctx), bridge, {
      forms: unpackForms(packedForms),
      footnote: contentFootnote,
    });
    exposeContentProbe(ctx, bridge, controller);
  },
});
