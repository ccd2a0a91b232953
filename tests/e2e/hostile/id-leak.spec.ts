// Attack 1a/5a of the security review: every frame was told the extension's id at start (WXT's
// postMessage and CustomEvent), even when PainLens was paused or in a third-party ad frame, and
// replaying the event stopped PainLens. A page listening from its first script hears nothing, in the
// top page and in a cross-site ad frame, active or paused, and a forged event stops nothing.
import { expect, test } from '../support/fixtures';
import { contentProbe, expectContentDecision, setSettings, cardOf } from '../support/probes';
import { ATTACK_PRELUDE, AttackLog, TRIGGER, frameAt, restOn, termAt, trigger } from '../support/attack';

/** Listens, before any content script, for anything PainLens (or WXT) might send to the page. */
const listen = (id: string) => `<script>
  const heard = [];
  const note = (how) => (e) => heard.push({ how, type: e.type, data: String(JSON.stringify(e.data ?? e.detail ?? null)).slice(0, 200) });
  addEventListener('message', note('message'), true);
  for (const name of ['${id}:content:wxt:content-script-started', 'wxt:content-script-started', 'content-script-started']) {
    addEventListener(name, note('window'), true);
    document.addEventListener(name, note('document'), true);
  }
  whenTriggered(async () => ({ heard: heard.filter((h) => !h.data.includes('attack-marker-')),
    idSeen: JSON.stringify(heard).includes('${id}') }));
</script>`;

const page = (id: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Listen</title>${ATTACK_PRELUDE}${listen(id)}</head><body>${body}${TRIGGER}</body></html>`;

for (const paused of [false, true]) {
  test(`no message or event names PainLens to the page or to a cross-site ad frame (${paused ? 'paused' : 'active'})`, async ({
    page: tab,
    server,
    otherServer,
    extensionId,
    worker,
  }) => {
    if (paused) await setSettings(worker, { paused: true });
    const log = new AttackLog(tab);
    const ad = otherServer.setPage('ad-frame', page(extensionId, termAt('ad', 'fibromyalgia', 20, 60)));
    const top = server.setPage(
      'id-leak',
      page(extensionId, termAt('k', 'ketamine', 100, 100) + frameAt('adframe', ad, 400, 300)),
    );
    await tab.goto(top);
    // PainLens ran and decided, in both frames: the positive signal before "nothing was heard".
    await expectContentDecision(tab, { states: 1, active: !paused });
    const frame = tab.frame({ url: ad })!;
    await expect.poll(async () => (await contentProbe(frame))?.states ?? 0).toBe(1);
    await trigger(tab);
    await trigger(tab, 400, 300);
    const topDone = await log.next('done', new URL(top).origin);
    const adDone = await log.next('done', new URL(ad).origin);
    for (const r of [topDone, adDone]) expect(r.data).toEqual({ heard: [], idSeen: false });
    if (paused) await setSettings(worker, { paused: false });
  });
}

test('a forged WXT start-up event (the old kill switch) stops nothing: PainLens still shows its card', async ({
  page: tab,
  server,
  extensionId,
}) => {
  const log = new AttackLog(tab);
  const forge = `<script>
    whenTriggered(async () => {
      const name = '${extensionId}:content:wxt:content-script-started';
      for (const target of [window, document])
        target.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
      await new Promise((r) => setTimeout(r, 0));
      return 'forged';
    });
  </script>`;
  const url = server.setPage(
    'kill-switch',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kill</title>${ATTACK_PRELUDE}${forge}</head><body>${termAt('k', 'ketamine', 100, 100)}${TRIGGER}</body></html>`,
  );
  await tab.goto(url);
  await expectContentDecision(tab, { states: 1, active: true });
  await trigger(tab);
  expect((await log.next('done')).data).toBe('forged');
  // The forgery ran to completion; PainLens still runs and a real rest on the term shows its card.
  await restOn(tab, 100, 100);
  await cardOf(tab).shown({ name: 'Ketamine' });
  expect(await contentProbe(tab)).toMatchObject({ active: true, stopped: false });
});
