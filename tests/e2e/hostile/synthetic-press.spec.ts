// Attack 4 of the security review: synthetic events showed the card and pressed "Turn off on this
// site" (persisted, even from a cross-site ad frame) and "More about this term" (a new tab each
// time). Now only the browser's own input counts, and a card that just appeared takes no press.
import { expect, test } from '../support/fixtures';
import { cardOf, contentProbe, expectContentDecision, readStorage, readSurface } from '../support/probes';
import { ATTACK_PRELUDE, AttackLog, TRIGGER, frameAt, restOn, termAt, trigger } from '../support/attack';

/** Dispatches what a script can: pointer moves over the term, clicks, keys; reports when done. */
const FORGE = `<script>
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const forge = async (x, y) => {
    await inactive();
    const activation = navigator.userActivation.isActive;
    for (let i = 0; i < 30; i++) {
      const el = document.elementFromPoint(x + (i % 5), y);
      for (const type of ['pointerover', 'pointermove'])
        el.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: x + (i % 5), clientY: y, pointerType: 'mouse' }));
      await frame();
    }
    // Past any hover delay on the page's own clock (timers run in order), and a few frames more.
    await new Promise((r) => setTimeout(r, 1500));
    for (let i = 0; i < 3; i++) await frame();
    const host = document.querySelector('painlens-ui');
    if (host) { host.click(); host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); }
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    return { activation, host: host !== null };
  };
  // Started by the test's real mouse on #trigger, after it has read PainLens's decision: its reads
  // (page.evaluate) give the frame transient activation, so none may happen while the attack runs.
  whenTriggered(() => forge(140, 110));
</script>`;

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forge</title>${ATTACK_PRELUDE}${FORGE}</head><body>${body}${TRIGGER}</body></html>`;

test('synthetic pointer moves, clicks and keys show nothing and press nothing, in the page and in a cross-site ad frame', async ({
  page: tab,
  server,
  otherServer,
  worker,
  extContext,
}) => {
  const log = new AttackLog(tab);
  const ad = otherServer.setPage('forge-ad', page(termAt('ad', 'ketamine', 100, 100)));
  const top = server.setPage('forge-top', page(termAt('k', 'ketamine', 100, 100) + frameAt('adframe', ad, 400, 300)));
  const panelTabs = () => extContext.pages().filter((p) => p.url().includes('/sidepanel.html')).length;
  const panelTabsBefore = panelTabs();
  await tab.goto(top);
  await expectContentDecision(tab, { states: 1, active: true });
  const frame = tab.frame({ url: ad })!;
  await expect.poll(async () => (await contentProbe(frame))?.active, { timeout: 10_000 }).toBe(true);
  // The real mouse jumps onto each frame's #trigger (no step over a term): the attacks start.
  await trigger(tab);
  await trigger(tab, 400, 300);
  // The attacks ran to completion, with no activation, in both frames.
  for (const origin of [new URL(top).origin, new URL(ad).origin]) {
    const r = await log.next('done', origin, 30_000);
    expect(r.activation).toBe(false);
    expect(r.data).toEqual({ activation: false, host: false });
  }
  // PainLens saw the moves and refused each one: no card was ever shown, in either frame.
  for (const target of [tab, frame]) {
    const probe = (await contentProbe(target))!;
    // (Some moves can come before the content script listens in a frame: at least one was seen.)
    expect(probe.refused['pointer:untrusted']).toBeGreaterThan(0);
    expect(probe.surface.shown).toBe(0);
  }
  expect(await readStorage(worker, 'local', 'disabledSites')).toBeNull();
  expect(panelTabs()).toBe(panelTabsBefore);
});

test("with the reader's real card open, the page's clicks and keys on it do nothing", async ({
  page: tab,
  server,
  worker,
  extContext,
}) => {
  const log = new AttackLog(tab);
  const attack = `<script>
    new MutationObserver(() => {
      const host = document.querySelector('painlens-ui');
      if (!host || host.watched) return;
      host.watched = true;
      host.addEventListener('toggle', async (e) => {
        if (e.newState !== 'open') return;
        await inactive();
        // Wait past the card's arming time, on the page's own clock.
        await new Promise((r) => setTimeout(r, 800));
        const activation = navigator.userActivation.isActive;
        // Everything a page can reach: the host, the point under the card's buttons, the keys.
        host.click();
        for (let y = 0; y < innerHeight; y += 20) for (let x = 0; x < innerWidth; x += 40) {
          const el = document.elementFromPoint(x, y);
          if (el === host) el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
        }
        for (const key of ['Enter', ' ', 'Escape'])
          window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await new Promise((r) => setTimeout(r, 0));
        report('pressed', { activation });
      }, { once: true });
    }).observe(document.documentElement, { childList: true });
  </script>`;
  const url = server.setPage(
    'forge-card',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Press</title>${ATTACK_PRELUDE}${attack}</head><body>${termAt('k', 'ketamine', 100, 100)}${TRIGGER}</body></html>`,
  );
  const panelTabs = () => extContext.pages().filter((p) => p.url().includes('/sidepanel.html')).length;
  const panelTabsBefore = panelTabs();
  await tab.goto(url);
  await expectContentDecision(tab, { states: 1, active: true });
  await restOn(tab, 100, 100);
  await cardOf(tab).shown({ name: 'Ketamine' });
  expect((await log.next('pressed', undefined, 30_000)).data).toEqual({ activation: false });
  // The card is still there (Escape was the page's, not the reader's), nothing was turned off or opened.
  const probe = (await contentProbe(tab))!;
  expect(probe.refused['key:untrusted']).toBeGreaterThanOrEqual(1);
  expect(probe.surface.card?.name).toBe('Ketamine');
  expect(await readStorage(worker, 'local', 'disabledSites')).toBeNull();
  expect(panelTabs()).toBe(panelTabsBefore);
  await trigger(tab);
});

test('a real click that lands within 500 ms of the card appearing is not a press (clickjacking)', async ({
  page: tab,
  server,
}) => {
  const log = new AttackLog(tab);
  // The page records when the reader's clicks land, on the document's clock (the probe's too).
  const clicks = `<script>addEventListener('click', (e) => e.isTrusted && report('click', e.timeStamp), true);</script>`;
  const url = server.setPage(
    'clickjack',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lure</title>${ATTACK_PRELUDE}${clicks}</head><body>${termAt('k', 'ketamine', 100, 100)}${TRIGGER}</body></html>`,
  );
  await tab.goto(url);
  await expectContentDecision(tab, { states: 1, active: true });
  // A lure puts the reader's click where a button appears: click the moment the card is there. On a
  // slow machine the click can land after 500 ms (then it must count): try until one lands early.
  let early = false;
  for (let attempt = 0; attempt < 4 && !early; attempt++) {
    await tab.mouse.move(600, 600);
    await cardOf(tab).gone();
    await restOn(tab, 100, 100);
    let surface = await readSurface(tab);
    while (!surface?.card) surface = await readSurface(tab);
    const close = surface.card.buttons.find((b) => b.label === 'Close')!.box;
    await tab.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
    const clicked = (await log.next('click')).data as number;
    log.reports.length = 0;
    const after = (await readSurface(tab))!;
    early = clicked - after.lastShownAt < 500;
    if (early) {
      // Refused: the card is still open, and PainLens says why.
      expect(after.card?.name).toBe('Ketamine');
      expect((await contentProbe(tab))!.refused['press:not-armed']).toBeGreaterThanOrEqual(1);
    }
  }
  expect(early, 'no click landed within 500 ms of the card showing in 4 tries').toBe(true);
});
