// Attacks 1b, 1c and 2a of the security review: User Timing entries and CSS.highlights keys on every
// page before any use, and a shared "active" highlight and a page-DOM live region that told the
// page which term the reader hovered, stepped to or chose in the popup. A page watching from its
// first script, on every frame, sees only the marks painting needs.
import type { Worker } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { cardOf, expectContentDecision, expectLive, stepTerm } from '../support/probes';
import type { ChromeGlobal } from '../support/fixtures';
import { LOCAL_KEYS } from '../../../utils/storage/keys';
import { tabIdOf } from '../../../scripts/harness/tabs';
import { ATTACK_PRELUDE, AttackLog, TRIGGER, restOn, termAt, trigger } from '../support/attack';

/** Watches everything a page can see of PainLens, every frame, from before the content script. */
const WATCH = `<script>
  const seen = { measures: [], marks: [], keys: [], sizes: [], liveRegions: 0, shadowRoots: 0, focusTargets: [], texts: [] };
  const add = (list, v) => { if (!list.includes(v)) list.push(v); };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) add(e.entryType === 'mark' ? seen.marks : seen.measures, e.name); })
      .observe({ entryTypes: ['mark', 'measure'] });
  } catch {}
  addEventListener('focusin', (e) => add(seen.focusTargets, e.target.localName), true);
  const look = () => {
    for (const k of CSS.highlights.keys()) { add(seen.keys, k); add(seen.sizes, k + ':' + CSS.highlights.get(k).size); }
    seen.liveRegions = Math.max(seen.liveRegions, document.querySelectorAll('[aria-live],[role=status],[role=alert]').length);
    for (const h of document.querySelectorAll('painlens-ui')) if (h.shadowRoot) seen.shadowRoots++;
    // Any of PainLens's words in the page's own DOM (the card's and the announcements' text).
    const text = document.documentElement.innerText;
    for (const w of ['Source:', 'Not medical advice', 'Term 1 of', 'occurrence']) if (text.includes(w)) add(seen.texts, w);
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  whenTriggered(async () => {
    for (const e of performance.getEntries()) if (/painlens/i.test(e.name)) add(seen.measures, e.name);
    return seen;
  });
</script>`;

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Watch</title>${ATTACK_PRELUDE}${WATCH}</head><body>${body}${TRIGGER}</body></html>`;

/** The User Timing switch off, as in a store build (the e2e fixture turns it on for the other specs). */
async function productionTimings(worker: Worker): Promise<void> {
  await worker.evaluate(
    (key) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.remove(key),
    LOCAL_KEYS.devTimings,
  );
}

test('a page with no terms sees nothing of PainLens: no User Timing, no highlight, no host', async ({
  page: tab,
  server,
  worker,
}) => {
  await productionTimings(worker);
  const log = new AttackLog(tab);
  await tab.goto(server.setPage('signals-none', page('<p>Plain words about the weather, and a long walk.</p>')));
  // PainLens decided to run here (the positive signal), then the page says what it saw.
  await expectContentDecision(tab, { states: 1, active: true });
  await trigger(tab);
  expect((await log.next('done')).data).toEqual({
    measures: [],
    marks: [],
    keys: [],
    sizes: [],
    liveRegions: 0,
    shadowRoots: 0,
    focusTargets: [],
    texts: [],
  });
});

test('hovering, stepping and choosing in the popup: the page never learns which term, and reads no PainLens text', async ({
  page: tab,
  server,
  worker,
}) => {
  await productionTimings(worker);
  const log = new AttackLog(tab);
  await tab.goto(
    server.setPage(
      'signals-follow',
      page(
        termAt('k', 'ketamine', 100, 100) + termAt('f', 'fibromyalgia', 100, 200) + termAt('o', 'opioids', 100, 300),
      ),
    ),
  );
  await expectContentDecision(tab, { states: 1, active: true });
  // A hover (real mouse), the keyboard command, and a choice in the popup ("show on the page").
  await restOn(tab, 100, 200);
  await cardOf(tab).shown({ name: 'Fibromyalgia' });
  await tab.mouse.move(700, 600);
  await cardOf(tab).gone();
  await stepTerm(tab, worker, 1);
  await expectLive(tab, /^Term 1 of 3: Ketamine\. /);
  const tabId = await tabIdOf(tab, worker);
  await worker.evaluate(
    ({ tabId }) =>
      (globalThis as unknown as ChromeGlobal).chrome.tabs.sendMessage(
        tabId,
        { type: 'show-term', termId: 'opioid' },
        { frameId: 0 },
      ),
    { tabId },
  );
  await expectLive(tab, /^Opioids, occurrence 1 of 1\. /);
  await trigger(tab);
  const seen = (await log.next('done')).data as Record<string, unknown>;
  expect(seen).toMatchObject({
    measures: [],
    marks: [],
    // Only the marks painting needs: nothing follows the reader.
    keys: ['painlens-term'],
    liveRegions: 0,
    shadowRoots: 0,
    texts: [],
  });
  // The sizes seen only grew while the page was painted (in slices), to the 3 terms, and never
  // changed with the reader's hover, step or choice.
  const sizes = (seen.sizes as string[]).map((x) => Number(x.split(':')[1]));
  expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  expect(sizes.at(-1)).toBe(3);
  // Residue: keyboard use moves the focus to PainLens's host (the card takes the focus), which a
  // page sees as a focusin on <painlens-ui>; it does not say which term.
  expect((seen.focusTargets as string[]).filter((t) => t !== 'painlens-ui' && t !== 'body')).toEqual([]);
});
