// The storage module: every stored value of PainLens is read and written here, and only here
// (tests/unit/conventions.test.ts checks that). Keys are in ./keys.ts; the content script's
// runtime-free reads in ./raw.ts. Where each value lives:
// - settings and the sites turned off: storage.local (this device), which the content script reads;
// - what the reader tells PainLens (checklist answers, values, SURE, the handout choice, the words
//   kept to ask about): the
//   extension origin's IndexedDB (./reader.ts), which content scripts cannot open; the answers of
//   earlier versions move there from storage.local (./reader-migration.ts);
// - the terms per tab and the side panel's next route: storage.session (memory, this session).
// storage.sync is never used, so nothing is uploaded to a browser account. Values are validated
// when read (lib/settings.ts, lib/answers.ts, lib/handout-choice.ts, lib/kept-words.ts).
import { storage } from '#imports';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  normalizeSiteList,
  withSite,
  type Normalized,
  type Settings,
} from '@/lib/settings';
import { normalizeChecklistRecord, type ChecklistRecord } from '@/lib/answers';
import { normalizeHandoutChoice, type HandoutChoice } from '@/lib/handout-choice';
import { isKeptListFull, isWordKept, normalizeKeptWords, withWordKept, type KeptWords } from '@/lib/kept-words';
import type { KeepWordResult } from '@/lib/messages';
import { normalizeTabTerms, type TabTerms } from '@/lib/messages';
import { normalizeRoute, type PanelRoute } from '@/lib/panel-route';
import { LOCAL_KEYS, READER_KEYS, SESSION_KEYS, tabTermsKey, VERSIONS } from './keys';
import { readerValue, type ReaderValue, type StoredValue } from './reader';
import { moveAnswersOutOfLocal } from './reader-migration';

export {
  readPageSettings,
  readTermForms,
  readTermTexts,
  watchPageSettings,
  writeTermForms,
  readFirstStage,
  writeFirstStage,
  writeTermTexts,
  type PageSettings,
} from './raw';
export { moveAnswersOutOfLocal, type MoveResult } from './reader-migration';
export type { ReaderValue, StoredValue } from './reader';

const settingsItem = storage.defineItem<Settings>(`local:${LOCAL_KEYS.settings}`, {
  fallback: DEFAULT_SETTINGS,
  version: VERSIONS.settings,
});

const disabledSitesItem = storage.defineItem<string[]>(`local:${LOCAL_KEYS.disabledSites}`, {
  fallback: [],
  version: VERSIONS.disabledSites,
});

const panelRouteItem = storage.defineItem<PanelRoute | null>(`session:${SESSION_KEYS.panelRoute}`, {
  fallback: null,
});

/** One tab's record, by key: an item per tab would be a new definition on every call. */
const tabTermsStorageKey = (tabId: number) => `session:${tabTermsKey(tabId)}` as const;

// ---- reading ------------------------------------------------------------------------------

export async function readSettings(): Promise<Normalized<Settings>> {
  return normalizeSettings(await settingsItem.getValue().catch(() => undefined));
}

export async function readDisabledSites(): Promise<Normalized<string[]>> {
  return normalizeSiteList(await disabledSitesItem.getValue().catch(() => undefined));
}

export async function readPanelRoute(): Promise<Normalized<PanelRoute | null>> {
  return normalizeRoute(await panelRouteItem.getValue().catch(() => undefined));
}

export async function readTabTerms(tabId: number): Promise<Normalized<TabTerms | null>> {
  return normalizeTabTerms(await storage.getItem(tabTermsStorageKey(tabId)).catch(() => undefined), tabId);
}

// ---- read-modify-write ----------------------------------------------------------------------

// Read-modify-write, so the popup and the side panel editing at the same moment cannot overwrite
// each other's changes. Within one page, updates to an item run one after another; across pages and
// the worker, a Web Lock of the same name does the same (extension pages share one origin).
const localQueues = new Map<string, Promise<unknown>>();

async function updateItem<T>(
  name: string,
  read: () => Promise<T>,
  write: (value: T) => Promise<void>,
  change: (value: T) => T,
): Promise<T> {
  const run = async () => {
    const next = change(await read());
    await write(next);
    return next;
  };
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const locked = () => (locks ? locks.request(`painlens:${name}`, run) : run());
  const result = (localQueues.get(name) ?? Promise.resolve()).then(locked, locked);
  localQueues.set(
    name,
    result.catch(() => {}),
  );
  return result;
}

/** The only writer of the settings. */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  return updateItem(
    LOCAL_KEYS.settings,
    async () => (await readSettings()).value,
    (v) => settingsItem.setValue(v),
    change,
  );
}

function updateDisabledSites(change: (s: string[]) => string[]): Promise<string[]> {
  return updateItem(
    LOCAL_KEYS.disabledSites,
    async () => (await readDisabledSites()).value,
    (v) => disabledSitesItem.setValue(v),
    change,
  );
}

/**
 * The only writer of the site list ("turn off on this site" in the popup, the side panel and the
 * tooltip): the host is normalized ("www.Example.com" is "example.com"); a page without a site
 * (file:, data:) changes nothing.
 */
export function setSiteOff(site: string, off: boolean): Promise<string[]> {
  return updateDisabledSites((list) => withSite(list, site, off));
}

// ---- values the extension pages follow live ----------------------------------------------------

export const storedSettings: StoredValue<Settings> = {
  read: readSettings,
  watch: (onChange) => settingsItem.watch((raw) => onChange(normalizeSettings(raw).value)),
  repair: () => updateSettings((s) => s),
};

export const storedDisabledSites: StoredValue<string[]> = {
  read: readDisabledSites,
  watch: (onChange) => disabledSitesItem.watch((raw) => onChange(normalizeSiteList(raw).value)),
  repair: () => updateDisabledSites((l) => l),
};

// ---- what the reader tells PainLens (IndexedDB, ./reader.ts) ----------------------------------

/**
 * Before every access of the record: answers still in storage.local (an earlier version's) move in
 * first. If they cannot (the database or storage failed), they stay there and the access goes on;
 * the next one tries again.
 */
function answersInPlace(): Promise<unknown> {
  return moveAnswersOutOfLocal().catch(() => undefined);
}

/**
 * The checklist record (answers, earlier answers, values, SURE). Each update runs in one
 * transaction on the latest stored record: two pages answering at once lose nothing.
 */
export const storedChecklistRecord: ReaderValue<ChecklistRecord> = readerValue(
  READER_KEYS.checklist,
  normalizeChecklistRecord,
  answersInPlace,
);

export function updateChecklistRecord(change: (r: ChecklistRecord) => ChecklistRecord): Promise<ChecklistRecord> {
  return storedChecklistRecord.update(change);
}

/** Which options comparison prints with the handout. */
export const storedHandoutChoice: ReaderValue<HandoutChoice> = readerValue(READER_KEYS.handout, normalizeHandoutChoice);

export function updateHandoutChoice(change: (c: HandoutChoice) => HandoutChoice): Promise<HandoutChoice> {
  return storedHandoutChoice.update(change);
}

/** The words kept to ask the doctor about: from the Explain view, the glossary and the tooltip. */
export const storedKeptWords: ReaderValue<KeptWords> = readerValue(READER_KEYS.keptWords, normalizeKeptWords);

export function updateKeptWords(change: (k: KeptWords) => KeptWords): Promise<KeptWords> {
  return storedKeptWords.update(change);
}

/** Keeps one word (a tooltip's "Ask my doctor about this word") and says what became of it. */
export async function keepWord(id: string, name: string, today: string): Promise<KeepWordResult> {
  let result: KeepWordResult = 'kept';
  await updateKeptWords((kept) => {
    if (isWordKept(kept, id)) result = 'already';
    else if (isKeptListFull(kept)) result = 'full';
    return withWordKept(kept, { id, name, on: today });
  });
  return result;
}

// ---- the side panel's route (storage.session) ---------------------------------------------------

/** Asks the side panel to show a view; `at` makes the same route asked twice move the panel again. */
export function writePanelRoute(route: Omit<PanelRoute, 'at'>): Promise<void> {
  return panelRouteItem.setValue({ ...route, at: Date.now() });
}

/** The panel that opened with the route has used it up. */
export function clearPanelRoute(): Promise<void> {
  return panelRouteItem.setValue(null);
}

/** Raw: the panel parses it (lib/panel-route.ts), so a damaged route is simply not followed. */
export function watchPanelRoute(onChange: (raw: unknown) => void): () => void {
  return panelRouteItem.watch(onChange);
}

// ---- terms found per tab (storage.session, written by the background) ---------------------------

export function writeTabTerms(tabId: number, value: TabTerms): Promise<void> {
  return storage.setItem(tabTermsStorageKey(tabId), value);
}

export function removeTabTerms(tabId: number): Promise<void> {
  return storage.removeItem(tabTermsStorageKey(tabId));
}

/** Every later change to one tab's record, validated (a damaged one reads as no terms). */
export function watchTabTerms(tabId: number, onChange: (value: TabTerms | null) => void): () => void {
  return storage.watch(tabTermsStorageKey(tabId), (raw) => onChange(normalizeTabTerms(raw, tabId).value));
}
