// Storage keys shared by the WXT storage items (utils/storage.ts) and the content script, which
// reads storage.local directly to keep the @wxt-dev/storage runtime out of its per-page bundle.
export const SETTINGS_KEY = 'settings';
export const DISABLED_SITES_KEY = 'disabledSites';
/** { version, texts }: tooltip texts written by the background (lib/term-data.ts). */
export const TERM_TEXTS_KEY = 'termTexts';
