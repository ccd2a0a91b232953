// Every storage key PainLens uses, and the shape WXT stores around them. No imports: the content
// script (whose per-page bundle leaves out WXT's storage runtime), Node tools and the end-to-end
// helpers read this file too. Everything else reads and writes through utils/storage/index.ts.

/** storage.local: this device only. storage.sync is never used. */
export const LOCAL_KEYS = {
  settings: 'settings',
  /** Sites (host names without "www.") where PainLens is off. */
  disabledSites: 'disabledSites',
  checklistAnswers: 'checklistAnswers',
  /** { version, texts }: the tooltip texts, written by the background (lib/term-data.ts). */
  termTexts: 'termTexts',
  /**
   * { version, forms }: the glossary's packed match forms, written by the background and read by a
   * content script only once its first stage finds a word that may begin a term (lib/term-data.ts).
   */
  termForms: 'termForms',
  /**
   * true only where the benchmark or the e2e harness set it, never the extension: the content script
   * then records its scan slices as User Timing measures, which page scripts could read (security 1b).
   */
  devTimings: 'devTimings',
} as const;

/** storage.session: memory, this browser session. */
export const SESSION_KEYS = {
  /** Where the side panel should open next. */
  panelRoute: 'panelRoute',
} as const;

/** storage.session: the terms found in one tab, per frame. */
export function tabTermsKey(tabId: number): `tabTerms.${number}` {
  return `tabTerms.${tabId}`;
}

/** Schema versions of the versioned values. WXT keeps a value's version beside it (versionKey). */
export const VERSIONS = { settings: 1, disabledSites: 1, checklistAnswers: 2 } as const;

/** WXT's version mark: `{ v: <version> }` under "<key>$". A value without one counts as version 1. */
export function versionKey(key: string): string {
  return `${key}$`;
}
