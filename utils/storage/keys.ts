// Every storage key PainLens uses, and the shape WXT stores around them. No imports: the content
// script (whose per-page bundle leaves out WXT's storage runtime), Node tools and the end-to-end
// helpers read this file too. Everything else reads and writes through utils/storage/index.ts.

/** storage.local: this device only. storage.sync is never used. */
export const LOCAL_KEYS = {
  settings: 'settings',
  /** Sites (host names without "www.") where PainLens is off. */
  disabledSites: 'disabledSites',
  /**
   * Legacy: the checklist answers of versions 1 and 2, which content scripts could read (security
   * 2b). Now only read once, to move them into the reader's IndexedDB (READER_KEYS.checklist), and
   * removed once they are safely there (utils/storage/reader-migration.ts).
   */
  checklistAnswers: 'checklistAnswers',
  /** { version, texts }: the tooltip texts, written by the background (lib/term-data.ts). */
  termTexts: 'termTexts',
  /**
   * { version, forms }: the glossary's packed match forms, written by the background and read by a
   * content script only once its first stage finds a word that may begin a term (lib/term-data.ts).
   */
  termForms: 'termForms',
  /**
   * { version, keys }: the first stage's key table (lib/key-table.ts) in base64, written by the
   * background with the forms and read by every content script with the settings, in the same call.
   */
  firstStage: 'firstStage',
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

/**
 * Schema versions of the versioned storage.local values. WXT keeps a value's version beside it
 * (versionKey). checklistAnswers: the last version kept there (it moved to READER_VERSIONS.checklist).
 */
export const VERSIONS = { settings: 1, disabledSites: 1, checklistAnswers: 2 } as const;

/** WXT's version mark: `{ v: <version> }` under "<key>$". A value without one counts as version 1. */
export function versionKey(key: string): string {
  return `${key}$`;
}

// ---- what the reader tells PainLens: the extension origin's IndexedDB ---------------------------
// Content scripts run with the page's origin, so they cannot open this database (storage.local, by
// contrast, is readable by every content script, and its changes reach every tab: security 2b).

/** The database, its one object store, and the upgrade steps' count (utils/storage/reader.ts). */
export const READER_DB = { name: 'painlens-reader', version: 1, store: 'reader' } as const;

/** One value per key in READER_DB.store, each stored as { v: <version>, value }. */
export const READER_KEYS = {
  /** The checklist record: answers, earlier answers, values, SURE (lib/answers.ts). */
  checklist: 'checklist',
  /** What the reader chose to print with the handout (lib/handout-choice.ts). */
  handout: 'handout',
  /** The words the reader keeps to ask their doctor about (lib/kept-words.ts). */
  keptWords: 'keptWords',
} as const;

export type ReaderKey = (typeof READER_KEYS)[keyof typeof READER_KEYS];

/** Schema version of each reader value, stored beside it in its envelope. */
export const READER_VERSIONS: Readonly<Record<ReaderKey, number>> = { checklist: 3, handout: 1, keptWords: 1 };

/**
 * The BroadcastChannel that tells the other extension pages a reader value changed. It carries
 * only the key, never the value; and only pages of the extension's origin can join it.
 */
export const READER_CHANNEL = 'painlens:reader';
