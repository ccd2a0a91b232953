// The hostile-page suite's harness. Each attack is a page script in the page's main world, run with
// no user activation: results come back as console messages ("ATTACK {json}"), never through
// page.evaluate (which gives the page transient activation, security review "a note on method").
// "Nothing happened" is only ever checked after a positive signal that the attack ran to completion:
// the page reports "done" after its own awaits, and PainLens's own probe says it has decided.
import { expect, type ConsoleMessage, type Page } from '@playwright/test';

export interface AttackReport {
  kind: string;
  origin: string;
  /** navigator.userActivation.isActive when the report was made. */
  activation: boolean | null;
  data: unknown;
}

/**
 * The page side: `report(kind, data)` and `whenTriggered(fn)` (fn runs on the first trusted pointer
 * move over #trigger, then its result is reported as "done": the test moves the real mouse there,
 * which gives no activation). Put it first in an attack page's <head>.
 */
export const ATTACK_PRELUDE = `<script>
  window.report = (kind, data) => console.log('ATTACK ' + JSON.stringify({
    kind, origin: location.origin,
    activation: navigator.userActivation ? navigator.userActivation.isActive : null, data }));
  // Playwright's own set-up of a page gives it transient activation (about 5 s): an attack that must
  // run without any waits here until the browser says there is none.
  window.inactive = async () => { while (navigator.userActivation && navigator.userActivation.isActive)
    await new Promise((r) => setTimeout(r, 50)); };
  window.whenTriggered = (fn) => {
    let fired = false;
    addEventListener('pointermove', async (e) => {
      if (fired || !e.isTrusted || !(e.target instanceof Element) || !e.target.closest('#trigger')) return;
      fired = true;
      // A message to itself first: any message queued before it (PainLens's, if it sent one) is delivered first.
      await new Promise((r) => { const id = 'attack-marker-' + Math.random().toString(36).slice(2);
        addEventListener('message', function m(ev) { if (ev.data === id) { removeEventListener('message', m); r(); } });
        postMessage(id, '*'); });
      report('done', await fn());
    }, true);
  };
</script>`;

/**
 * A box to move the real mouse onto: the end of an attack. Attack pages put everything at fixed
 * places, so the test never asks the page where anything is (Playwright's reads of the page can
 * give it activation).
 */
export const TRIGGER = `<div id="trigger" style="position:fixed;left:0;top:0;width:40px;height:40px;background:#eee"></div>`;

/** A term at a fixed place: `left`,`top` in px; its middle is about (left + 40, top + 10). */
export const termAt = (id: string, text: string, left: number, top: number): string =>
  `<p id="${id}" style="position:fixed;left:${left}px;top:${top}px;margin:0;font:20px/20px monospace;white-space:nowrap">${text}</p>`;

/** A frame at a fixed place in the top page. */
export const frameAt = (id: string, src: string, left: number, top: number): string =>
  `<iframe id="${id}" src="${src}" style="position:fixed;left:${left}px;top:${top}px;width:420px;height:220px;border:0"></iframe>`;

export class AttackLog {
  readonly reports: AttackReport[] = [];

  constructor(page: Page) {
    page.on('console', (m: ConsoleMessage) => {
      const text = m.text();
      if (text.startsWith('ATTACK ')) this.reports.push(JSON.parse(text.slice(7)) as AttackReport);
    });
  }

  /** Waits for the first report of a kind (from an origin, if given). */
  async next(kind: string, origin?: string, timeout = 15_000): Promise<AttackReport> {
    let found: AttackReport | undefined;
    await expect
      .poll(
        () => (found = this.reports.find((r) => r.kind === kind && (!origin || r.origin === origin))) !== undefined,
        { timeout, message: `the attack page's "${kind}" report` },
      )
      .toBe(true);
    return found!;
  }

  all(kind: string): AttackReport[] {
    return this.reports.filter((r) => r.kind === kind);
  }
}

/** Moves the real mouse onto the #trigger at (left, top) of the page (a frame's: add the frame's place). */
export async function trigger(page: Page, left = 0, top = 0): Promise<void> {
  await page.mouse.move(left + 30, top + 30);
  await page.mouse.move(left + 20, top + 20, { steps: 2 });
}

/** Rests the real mouse on a term placed with termAt. */
export async function restOn(page: Page, left: number, top: number): Promise<void> {
  await page.mouse.move(left - 30, top + 10);
  await page.mouse.move(left + 30, top + 10, { steps: 3 });
}
