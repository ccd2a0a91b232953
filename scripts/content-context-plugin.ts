// Vite plugin: the content script's context is PainLens's own (utils/content-bridge.ts,
// PainLensContext), not WXT's ContentScriptContext. WXT's content-script wrapper builds the context
// before it calls main(); its own posts a message and dispatches an event, both named after the
// extension's id, on the page's window and document (security review 1a), and brings
// webextension-polyfill into every frame. Only the wrapper's import is redirected: a module that
// asks for WXT's context by name anywhere else still gets WXT's.
import path from 'node:path';
import type { Plugin } from 'vite';

const WXT_CONTEXT = 'wxt/utils/content-script-context';
const VIRTUAL_ENTRY = 'virtual:wxt-content-script-isolated-world-entrypoint';
const SHIM = '\0painlens-content-context';

export function contentContextPlugin(): Plugin {
  const bridge = path.resolve(import.meta.dirname, '../utils/content-bridge.ts');
  return {
    name: 'painlens-content-context',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === WXT_CONTEXT && importer?.includes(VIRTUAL_ENTRY)) return SHIM;
      return undefined;
    },
    load(id) {
      if (id !== SHIM) return undefined;
      return `export { PainLensContext as ContentScriptContext } from ${JSON.stringify(bridge)};`;
    },
  };
}
