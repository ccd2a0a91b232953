// Attack 5b of the security review: a zero-width space or soft hyphen inside a word hid it from
// PainLens, and a right-to-left override showed a marked word reversed. Each hidden form is marked
// where it stands, and the card always says PainLens's own name for the term, left to right.
import { expect, test } from '../support/fixtures';
import { cardOf, cleanHighlightTexts, expectContentDecision } from '../support/probes';
import { ATTACK_PRELUDE, termAt } from '../support/attack';

const HIDDEN = ['keta\u200Bmine', 'keta\u00ADmine', 'keta\u200Dmine', 'keta\u2060mine', 'keta\uFEFFmine'];

test('terms hidden with zero-width characters or a soft hyphen are marked; a reversed one is named plainly', async ({
  page,
  server,
}) => {
  const body =
    HIDDEN.map((w, i) => termAt(`h${i}`, w, 100, 60 + i * 40)).join('') +
    // Shown as "enimatek": the page's text is ketamine inside a right-to-left override.
    termAt('rlo', '\u202Eketamine\u202C', 100, 300);
  await page.goto(
    server.setPage(
      'hidden-text',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hidden</title>${ATTACK_PRELUDE}</head><body>${body}</body></html>`,
    ),
  );
  await expectContentDecision(page, { states: 1, active: true });
  // Every hidden form is painted, its range covering the page's own characters.
  await expect.poll(async () => (await cleanHighlightTexts(page)).length).toBe(HIDDEN.length + 1);
  expect((await cleanHighlightTexts(page)).sort()).toEqual([...HIDDEN, 'ketamine'].sort());
  // The reversed one: its card is PainLens's words, in PainLens's direction, whatever the page's bidi.
  await page.mouse.move(60, 310);
  await page.mouse.move(130, 310, { steps: 3 });
  const card = await cardOf(page).shown({ name: 'Ketamine' });
  expect(card.direction).toBe('ltr');
  expect(card.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
});
