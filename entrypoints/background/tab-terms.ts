// The terms each tab's frames reported, and the toolbar badge that counts them. Kept in
// storage.session, so a worker restart loses nothing and the popup can follow them live.
import { browser } from 'wxt/browser';
import { mergeFrameCounts, type TabTerms } from '@/lib/messages';
import { readTabTerms, removeTabTerms, writeTabTerms } from '@/utils/storage';

const BADGE_COLOR = '#1d6f6a';

// Frames of one tab report at once; chain updates per tab so none is lost. Closing and navigating
// go through the same chain, so a report being stored cannot bring a cleared record back.
const tabQueues = new Map<number, Promise<unknown>>();
function queueForTab<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const next = (tabQueues.get(tabId) ?? Promise.resolve()).then(job, job);
  const tail = next.catch(() => {});
  tabQueues.set(tabId, tail);
  void tail.then(() => {
    if (tabQueues.get(tabId) === tail) tabQueues.delete(tabId);
  });
  return next;
}

/**
 * Stores one frame's terms. `site` is the tab's site as the browser reported it for the top frame;
 * null from a sub-frame, which never sets it (an ad frame must not become "this site").
 */
export async function recordTerms(
  tabId: number,
  frameId: number,
  site: string | null,
  counts: Record<string, number>,
): Promise<TabTerms> {
  return queueForTab(tabId, async () => {
    const prev = (await readTabTerms(tabId)).value ?? { tabId, site: '', frames: {} };
    const frames = { ...prev.frames };
    if (Object.keys(counts).length) frames[String(frameId)] = counts;
    else delete frames[String(frameId)];
    const next: TabTerms = { tabId, site: site ?? prev.site, frames };
    await writeTabTerms(tabId, next);
    await setBadge(tabId, Object.keys(mergeFrameCounts(next)).length);
    return next;
  });
}

async function setBadge(tabId: number, distinct: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' });
    await action.setTitle({
      tabId,
      title:
        distinct > 0 ? `PainLens: ${distinct} explained term${distinct === 1 ? '' : 's'} on this page` : 'PainLens',
    });
  } catch {
    // The tab closed meanwhile.
  }
}

/** The tab loads a new document: its content scripts will report afresh. */
export async function clearTab(tabId: number): Promise<void> {
  await queueForTab(tabId, async () => {
    await removeTabTerms(tabId);
    await setBadge(tabId, 0);
  });
}

/** The tab closed: forget its terms (no badge to clear). */
export function forgetTab(tabId: number): Promise<void> {
  return queueForTab(tabId, () => removeTabTerms(tabId));
}
