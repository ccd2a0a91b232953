// Every storage item, defined once. All data stays in storage.local (this device) or
// storage.session (memory, this browser session); storage.sync is never used, so nothing is
// uploaded to a browser account. Values are validated when read (lib/settings.ts, lib/answers.ts).
import { storage } from '#imports';
import { DEFAULT_SETTINGS, normalizeSettings, normalizeSiteList, type Normalized, type Settings } from '@/lib/settings';
import { ANSWERS_VERSION, migrateAnswersV1, normalizeAnswers, type ChecklistAnswers } from '@/lib/answers';
import { normalizeTabTerms, type TabTerms } from '@/lib/messages';
import { normalizeRoute, type PanelRoute } from '@/lib/panel-route';
import { DISABLED_SITES_KEY, SETTINGS_KEY } from './storage-keys';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Sites (host names without "www.") where PainLens is off. */
export const disabledSitesItem = storage.defineItem<string[]>(`local:${DISABLED_SITES_KEY}`, {
  fallback: [],
  version: 1,
});

export const checklistAnswersItem = storage.defineItem<ChecklistAnswers>('local:checklistAnswers', {
  fallback: {},
  version: ANSWERS_VERSION,
  migrations: {
    // Version 2 records the day of each answer.
    2: migrateAnswersV1,
  },
});

/** Where the side panel should open next (set by the popup, the tooltip's "More" and the context menu). */
export const panelRouteItem = storage.defineItem<PanelRoute | null>('session:panelRoute', { fallback: null });

export function tabTermsItem(tabId: number) {
  return storage.defineItem<TabTerms | null>(`session:tabTerms.${tabId}`, { fallback: null });
}

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
  return normalizeTabTerms(
    await tabTermsItem(tabId)
      .getValue()
      .catch(() => undefined),
    tabId,
  );
}

// Read-modify-write, so the popup and the side panel editing at the same moment cannot overwrite
// each other's changes. Within one page, updates to an item run one after another; across pages and the worker, a Web
// Lock of the same name does the same (extension pages share one origin).
const localQueues = new Map<string, Promise<unknown>>();

export async function updateItem<T>(
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

export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  return updateItem(
    'settings',
    async () => (await readSettings()).value,
    (v) => settingsItem.setValue(v),
    change,
  );
}

export function updateDisabledSites(change: (s: string[]) => string[]): Promise<string[]> {
  return updateItem(
    'disabledSites',
    async () => (await readDisabledSites()).value,
    (v) => disabledSitesItem.setValue(v),
    change,
  );
}

export function updateChecklistAnswers(change: (a: ChecklistAnswers) => ChecklistAnswers): Promise<ChecklistAnswers> {
  return updateItem(
    'checklistAnswers',
    async () => (await readChecklistAnswers()).value,
    (v) => checklistAnswersItem.setValue(v),
    change,
  );
}
