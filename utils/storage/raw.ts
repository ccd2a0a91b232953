// Storage read and written without WXT's storage runtime, for code that must stay small (the
// content script runs in every frame of every page) or that shares a value with it. Same keys and
// validators as the items in ./index.ts. The values are plain: settings and the site list are
// version 1, which WXT stores without changing their shape.
import { extensionApi, forgetListener } from '../extension-api';
import { normalizeSettings, normalizeSiteList, type Settings } from '@/lib/settings';
import { fingerprint, formGroupsLength, formGroupsVersion, type FormGroups, type TermTexts } from '@/lib/term-data';
import { LOCAL_KEYS } from './keys';

export interface PageSettings {
  settings: Settings;
  /** Sites where PainLens is off. */
  sites: string[];
  /** Whether a bench or test run asked for scan measures (LOCAL_KEYS.devTimings). */
  timings: boolean;
  /** The first stage's keys (base64) if they are `firstStageVersion`'s, else null. */
  firstStage: string | null;
}

/**
 * Settings and the site list, validated (an unreadable value reads as its default), and the first
 * stage's keys if they are this build's, all in one read: every frame makes it.
 */
export async function readPageSettings(firstStageVersion: string): Promise<PageSettings> {
  const got = await extensionApi().storage.local.get([
    LOCAL_KEYS.settings,
    LOCAL_KEYS.disabledSites,
    LOCAL_KEYS.devTimings,
    LOCAL_KEYS.firstStage,
  ]);
  return {
    settings: normalizeSettings(got[LOCAL_KEYS.settings]).value,
    sites: normalizeSiteList(got[LOCAL_KEYS.disabledSites]).value,
    timings: got[LOCAL_KEYS.devTimings] === true,
    firstStage: firstStageOf(got[LOCAL_KEYS.firstStage], firstStageVersion),
  };
}

/**
 * The keys of a stored { version, keys } if its version is `version`. Not fingerprinted again on
 * read as the forms are: that would hash 10 kB in every frame. A damaged copy is caught by the key
 * table's own checks (lib/key-table.ts) when decoded, and the content script then asks for a new one.
 */
function firstStageOf(stored: unknown, version: string): string | null {
  const s = stored as { version?: unknown; keys?: unknown } | null | undefined;
  return s?.version === version && typeof s.keys === 'string' ? s.keys : null;
}

export async function readFirstStage(version: string): Promise<string | null> {
  const got = await extensionApi().storage.local.get(LOCAL_KEYS.firstStage);
  return firstStageOf(got[LOCAL_KEYS.firstStage], version);
}

export async function writeFirstStage(keys: string): Promise<void> {
  await extensionApi().storage.local.set({ [LOCAL_KEYS.firstStage]: { version: fingerprint(keys), keys } });
}

/** Calls back with whichever of the two changed, validated; returns the unwatch function. */
export function watchPageSettings(onChange: (changed: Partial<Omit<PageSettings, 'timings'>>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const s = changes[LOCAL_KEYS.settings];
    const d = changes[LOCAL_KEYS.disabledSites];
    if (!s && !d) return;
    onChange({
      ...(s && { settings: normalizeSettings(s.newValue).value }),
      ...(d && { sites: normalizeSiteList(d.newValue).value }),
    });
  };
  const changes = extensionApi().storage.onChanged;
  changes.addListener(listener);
  return () => forgetListener(() => changes.removeListener(listener));
}

/**
 * The stored tooltip texts if they are this build's (`version` is their fingerprint) and intact,
 * else null: missing, from another version (just updated) or damaged.
 */
export function readTermTexts(version: string): Promise<TermTexts | null> {
  return readFingerprinted(LOCAL_KEYS.termTexts, 'texts', version) as Promise<TermTexts | null>;
}

export async function writeTermTexts(texts: TermTexts): Promise<void> {
  await extensionApi().storage.local.set({ [LOCAL_KEYS.termTexts]: { version: fingerprint(texts), texts } });
}

/**
 * The stored match forms if they are this build's, else null (as readTermTexts). `check` 'length' (a
 * content script's) compares the version and the length it names; 'full' (the worker's, which
 * writes them and checks them when it starts) also recomputes the fingerprint (lib/term-data.ts).
 */
export async function readTermForms(version: string, check: 'full' | 'length' = 'full'): Promise<FormGroups | null> {
  const got = await extensionApi().storage.local.get(LOCAL_KEYS.termForms);
  const stored = got[LOCAL_KEYS.termForms] as { version?: unknown; forms?: unknown } | undefined;
  const forms = stored?.forms;
  if (stored?.version !== version || typeof forms !== 'string' || forms.length !== formGroupsLength(version))
    return null;
  return check === 'length' || formGroupsVersion(forms) === version ? forms : null;
}

export async function writeTermForms(forms: FormGroups): Promise<void> {
  await extensionApi().storage.local.set({ [LOCAL_KEYS.termForms]: { version: formGroupsVersion(forms), forms } });
}

/** `stored[field]` of `{ version, [field] }` under `key` if `version` is its fingerprint, else null. */
async function readFingerprinted(key: string, field: string, version: string): Promise<unknown> {
  const got = await extensionApi().storage.local.get(key);
  const stored = got[key] as Record<string, unknown> | undefined;
  // The version is the value's fingerprint, so a damaged copy under the right version is caught too.
  const value = stored?.[field];
  return stored?.version === version && value !== undefined && fingerprint(value) === version ? value : null;
}
