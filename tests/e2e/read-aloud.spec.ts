// Read aloud in the side panel, in real Chromium, with a stubbed speech engine installed before the
// panel's scripts run (this machine has no voices): it starts with a local voice, Stop stops it, and
// there is no control without a local voice.
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/ext-fixtures';
import { shoot } from './support/ext-pages';
import { guideSections } from '../../data/guide';
import { optionComparisons } from '../../data/options';

interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** Replaces speechSynthesis in every page of the context; what is spoken goes to window.spokenLog. */
async function stubSpeech(context: BrowserContext, voices: StubVoice[]): Promise<void> {
  await context.addInitScript((list: StubVoice[]) => {
    const w = window as unknown as { spokenLog: { text: string; voice: string }[]; cancelCount: number };
    w.spokenLog = [];
    w.cancelCount = 0;
    class Utterance extends EventTarget {
      voice: StubVoice | null = null;
      lang = '';
      constructor(readonly text: string) {
        super();
      }
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => list,
      speak: (u: Utterance) => w.spokenLog.push({ text: u.text, voice: u.voice?.name ?? '' }),
      cancel: () => w.cancelCount++,
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, voices);
}

test('a guide section is read with a local voice, and Stop stops it', async ({ context, openPanel }) => {
  await stubSpeech(context, [
    { name: 'Cloud voice', lang: 'en-US', localService: false, default: true },
    { name: 'Device voice', lang: 'en-US', localService: true, default: false },
  ]);
  const panel = await openPanel({ hash: '#guide' });
  const section = guideSections[0]!;
  const button = panel.getByRole('button', { name: `Read aloud “${section.title}”` });
  await button.focus();
  await panel.keyboard.press('Enter');
  const spoken = await panel.evaluate(
    () => (window as unknown as { spokenLog: { text: string; voice: string }[] }).spokenLog,
  );
  expect(spoken.length).toBeGreaterThan(0);
  expect(new Set(spoken.map((s) => s.voice))).toEqual(new Set(['Device voice']));
  const text = spoken.map((s) => s.text).join(' ');
  expect(text).toContain(section.title);
  expect(text).toContain(section.paragraphs[0]!.text.split('. ')[0]!);
  expect(text).not.toMatch(/\[\d+\]|Read aloud/);
  const stop = panel.getByRole('button', { name: `Stop reading “${section.title}”` });
  await expect(stop).toBeFocused();
  await shoot(panel, 'panel-read-aloud', false);
  await stop.click();
  await expect(button).toBeVisible();
  expect(await panel.evaluate(() => (window as unknown as { cancelCount: number }).cancelCount)).toBeGreaterThan(1);
});

test('evidence cards, each option of the options compared and glossary entries have the control too', async ({
  context,
  openPanel,
}) => {
  await stubSpeech(context, [{ name: 'Device voice', lang: 'en-GB', localService: true, default: true }]);
  const panel = await openPanel({ hash: '#evidence' });
  await expect(panel.getByRole('button', { name: /^Read aloud “/ }).first()).toBeVisible();
  // Options: one control per option card, reading that option alone.
  await panel.evaluate(() => (location.hash = '#options'));
  const comparison = optionComparisons[0]!;
  const option = comparison.options[0]!;
  await expect(panel.locator('.option-card .read-aloud-button')).toHaveCount(
    optionComparisons.reduce((n, c) => n + c.options.length, 0),
  );
  await panel.getByRole('button', { name: `Read aloud “${option.name}, ${comparison.title}”` }).click();
  const spoken = await panel.evaluate(() =>
    (window as unknown as { spokenLog: { text: string }[] }).spokenLog.map((s) => s.text).join(' '),
  );
  expect(spoken).toContain(option.name);
  expect(spoken).toContain(option.benefit.text.split('. ')[0]!);
  expect(spoken).not.toContain(comparison.options[1]!.name);
  await expect(panel.getByRole('button', { name: `Stop reading “${option.name}, ${comparison.title}”` })).toBeVisible();
  await panel.evaluate(() => (location.hash = '#glossary/ketamine'));
  await expect(panel.getByRole('button', { name: /^Read aloud “Ketamine/ })).toBeVisible();
});

test('no local voice: no control, and the views work as before', async ({ context, openPanel }) => {
  await stubSpeech(context, [{ name: 'Cloud voice', lang: 'en-US', localService: false, default: true }]);
  const panel = await openPanel({ hash: '#guide' });
  await expect(panel.getByRole('heading', { name: guideSections[0]!.title })).toBeVisible();
  await expect(panel.getByRole('button', { name: /Read aloud/ })).toHaveCount(0);
});
