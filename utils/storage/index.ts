// The storage module: every stored value of PainLens is read and written here, and only here
// (tests/unit/conventions.test.ts checks that). Keys are in ./keys.ts; the content script's
// runtime-free reads in ./raw.ts. All data stays in storage.local (this device) or
// storage.session (memory, this browser session); storage.sync is never used, so nothing is
// uploaded to a browser account. Values are validated when read (lib/settings.ts, lib/answers.ts).
//
// Callers see functions, not WXT items, so a value can move to another store (the checklist
// answers to the extension's IndexedDB, say) by changing this file alone.
import { storage } from '#imports';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  normalizeSiteList,
  withSite,
  type Normalized,
  type Settings,
} from '@/lib/settings';
import { ANSWERS_VERSION, migrateAnswersV1, normalizeAnswers, type ChecklistAnswers } from '@/lib/answers';
import { normalizeTabTerms, type TabTerms } from '@/lib/messages';
import { normalizeRoute, type PanelRoute } from '@/lib/panel-route';
import { LOCAL_KEYS, SESSION_KEYS, tabTermsKey, VERSIONS } from './keys';

export {
  readPageSettings,
  readTermForms,
  readTermTexts,
  watchPageSettings,
  writeTermForms,
  writeTermTexts,
  type PageSettings,
} from './raw';

const settingsItem = storage.defineItem<Settings>(`local:${LOCAL_KEYS.settings}`, {
  fallback: DEFAULT_SETTINGS,
  version: VERSIONS.settings,
});

const disabledSitesItem = storage.defineItem<string[]>(`local:${LOCAL_KEYS.disabledSites}`, {
  fallback: [],
  version: VERSIONS.disabledSites,
});

const checklistAnswersItem = storage.defineItem<ChecklistAnswers>(`local:${LOCAL_KEYS.checklistAnswers}`, {
  fallback: {},
  version: ANSWERS_VERSION,
  migrations: {
    // Version 2 records the day of each answer.
    2: migrateAnswersV1,
  },
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

export async function readChecklistAnswers(): Promise<Normalized<ChecklistAnswers>> {
  return normalizeAnswers(await checklistAnswersItem.getValue().catch(() => undefined));
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

/** Each change is merged into the latest stored answers: two pages answering at once lose nothing. */
export function updateChecklistAnswers(change: (a: ChecklistAnswers) => ChecklistAnswers): Promise<ChecklistAnswers> {
  return updateItem(
    LOCAL_KEYS.checklistAnswers,
    async () => (await readChecklistAnswers()).value,
    (v) => checklistAnswersItem.setValue(v),
    change,
  );
}

// ---- values the extension pages follow live ----------------------------------------------------

/** A stored value as the extension pages use it: read once, then followed (see hooks/use-stored.ts). */
export interface StoredValue<T> {
  read(): Promise<Normalized<T>>;
  /** Every later change, validated. Returns the unwatch function. */
  watch(onChange: (value: T) => void): () => void;
  /**
   * Writes the latest stored value back through the validator, after a read found it damaged. It
   * rewrites what is stored then, not the snapshot the page read: an answer given meanwhile in
   * another page must not be lost.
   */
  repair(): Promise<unknown>;
}

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

export const storedChecklistAnswers: StoredValue<ChecklistAnswers> = {
  read: readChecklistAnswers,
  watch: (onChange) => checklistAnswersItem.watch((raw) => onChange(normalizeAnswers(raw).value)),
  repair: () => updateChecklistAnswers((a) => a),
};

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
