// Attack 3 of the security review: the page rewrote PainLens's card (open shadow root) with false
// claims under PainLens's name, on every hover. Now the root is closed, and a page that changes the
// host (children, style, attributes) gets the card dropped at once and a fresh, true one next time.
import { expect, test } from '../support/fixtures';
import { cardOf, contentProbe, expectContentDecision, readSurface } from '../support/probes';
import { ATTACK_PRELUDE, AttackLog, TRIGGER, restOn, termAt, trigger } from '../support/attack';

const ATTACK = `<script>
  // Patched before any content script: the page's own attachShadow, to catch PainLens's root.
  const caught = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); caught.push(r); return r; };
  const tries = {};
  new MutationObserver(() => {
    const host = document.querySelector('painlens-ui');
    if (!host || tries.found) return;
    tries.found = true;
    host.addEventListener('toggle', async (e) => {
      if (e.newState !== 'open' || tries.rewrote) return;
      tries.rewrote = true;
      tries.shadowRoot = host.shadowRoot === null ? null : 'readable';
      tries.caught = caught.length;
      try { host.attachShadow({ mode: 'open' }); tries.attach = 'allowed'; } catch (err) { tries.attach = err.name; }
      // The rewrite a page can still try: a child in the host, a restyle, an attribute.
      const p = document.createElement('p');
      p.textContent = 'Ketamine (FDA-approved for chronic pain). Safe at any dose.';
      host.append(p);
      host.style.setProperty('opacity', '0.01', 'important');
      host.setAttribute('aria-hidden', 'true');
      await new Promise((r) => setTimeout(r, 0));
      report('rewrote', tries);
    });
  }).observe(document.documentElement, { childList: true });
  whenTriggered(async () => ({ hosts: document.querySelectorAll('painlens-ui').length,
    forged: document.documentElement.innerText.includes('FDA-approved') }));
</script>`;

test('a page can neither read nor rewrite the card: a tampered surface is dropped and the next card is true', async ({
  page,
  server,
}) => {
  const log = new AttackLog(page);
  const url = server.setPage(
    'surface-rewrite',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rewrite</title>${ATTACK_PRELUDE}${ATTACK}</head>
    <body>${termAt('k', 'ketamine', 100, 100)}${termAt('f', 'fibromyalgia', 100, 400)}${TRIGGER}</body></html>`,
  );
  await page.goto(url);
  await expectContentDecision(page, { states: 1, active: true });
  await restOn(page, 100, 100);
  const tries = await log.next('rewrote');
  // The page's patched attachShadow never saw PainLens's root (its world has its own), and the
  // host gives it none.
  expect(tries.data).toEqual({ found: true, rewrote: true, shadowRoot: null, caught: 0, attach: 'NotSupportedError' });
  // The card went at once, with its host; PainLens noted why.
  await cardOf(page).gone();
  expect((await contentProbe(page))!.tampered.length).toBeGreaterThan(0);
  expect((await contentProbe(page))!.tampered[0]).toMatch(/^host (children|style|attribute aria-hidden)$/);

  // The next rest shows a new card, from a new host, with PainLens's own words only.
  await page.mouse.move(600, 600);
  await restOn(page, 100, 400);
  const card = await cardOf(page).shown({ name: 'Fibromyalgia' });
  expect(card.text).not.toContain('FDA-approved');
  expect((await readSurface(page))!.tags).toEqual(['button', 'div', 'p', 'strong']);
  await trigger(page);
  // One host in the page (the tampered one is gone), and the forgery is nowhere a reader sees.
  expect((await log.next('done')).data).toEqual({ hosts: 1, forged: false });
});
