// The Explain view in real Chromium: pasted text and a PDF from the computer (made at test time and
// read by pdf.js in its worker inside the extension), their glossary terms marked and listed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/ext-fixtures';
import { openArticle, parkSidePanel, shoot, waitForPanelAt } from './support/ext-pages';
import { glossary } from '../../data/glossary';
import { buildPdf, wrapLines } from '../support/pdf-builder';
import { EXPLAIN_LIMITS } from '../../lib/explain-text';
import { problemMessage } from '../../lib/file-kind';

const nameOf = (form: string) => glossary.find((e) => e.forms.some((f) => f.text === form))!.name;

const VISIT = [
  'Visit summary',
  '',
  'You have complex regional pain syndrome (CRPS) in your right hand. We talked about a ketamine infusion and a nerve block.',
  '',
  'Keep taking gabapentin. Physical therapy twice a week.',
].join('\n');

test('pasted text: its glossary terms are marked in place and listed with links to the glossary', async ({
  openPanel,
}) => {
  const panel = await openPanel({ hash: '#explain', viewport: { width: 360, height: 900 } });
  await panel.getByLabel('Paste the text you want explained').fill(VISIT);
  await panel.getByRole('button', { name: 'Explain this text' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /PainLens found \d+ words? it can explain/ })).toBeVisible();

  const marks = panel.locator('.explained-text mark');
  await expect(marks.filter({ hasText: 'CRPS' })).toHaveCount(1);
  await expect(marks.filter({ hasText: 'gabapentin' })).toHaveAttribute('title', nameOf('gabapentin'));
  // The text is drawn as text: every paragraph, character for character.
  await expect(panel.locator('.explained-paragraph')).toHaveText([
    'Visit summary',
    VISIT.split('\n')[2]!,
    VISIT.split('\n')[4]!,
  ]);
  const list = panel.getByRole('heading', { name: 'Words PainLens can explain' }).locator('..');
  const link = list.getByRole('link', { name: new RegExp(nameOf('CRPS').replace(/[()]/g, '\\$&')) }).first();
  await expect(link).toBeVisible();
  const { violations } = await new AxeBuilder({ page: panel }).setLegacyMode(true).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await shoot(panel, 'panel-explain-pasted');

  await link.click();
  await expect(panel).toHaveURL(/#glossary/);
  await expect(panel.getByRole('heading', { name: nameOf('CRPS') }).first()).toBeVisible();
});

test('a PDF from the computer: pdf.js reads it in its worker, pictures-only pages are counted', async ({
  openPanel,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-pdf-'));
  const file = path.join(dir, 'visit-summary.pdf');
  fs.writeFileSync(
    file,
    buildPdf(
      [
        {
          paragraphs: [
            ['Pain clinic letter'],
            wrapLines(
              'Diagnosis: fibromyalgia. We suggest graded exercise and a trial of duloxetine or amitriptyline.',
            ),
          ],
        },
        { picture: true },
      ],
      { compress: true },
    ),
  );
  const panel = await openPanel({ hash: '#explain' });
  const requests: string[] = [];
  panel.on('request', (r) => requests.push(r.url()));
  const workers: string[] = [];
  panel.on('worker', (w) => workers.push(w.url()));
  const chooser = panel.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(file);
  await expect(panel.getByText('From “visit-summary.pdf”, 2 pages.')).toBeVisible();
  await expect(panel.getByText('1 page has no text PainLens can read.', { exact: false })).toBeVisible();
  await expect(panel.locator('.explained-text mark').filter({ hasText: 'fibromyalgia' })).toHaveCount(1);
  // pdf.js and its worker come from the extension itself; nothing from the network.
  expect(requests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
  expect(
    workers.some((u) => u.startsWith('chrome-extension://') && /pdf\.worker/.test(u)),
    workers.join(),
  ).toBe(true);
  await shoot(panel, 'panel-explain-pdf');
});

test('a file that is not a PDF or text gets a clear answer, and the panel still works', async ({ openPanel }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-bad-'));
  const file = path.join(dir, 'scan.pdf');
  fs.writeFileSync(file, Buffer.from('%PDF-1.7\nthis is not a PDF at all'));
  const panel = await openPanel({ hash: '#explain' });
  const chooser = panel.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(file);
  await expect(panel.getByText('This file could not be read as a PDF.')).toBeVisible();
  await panel.getByLabel('Paste the text you want explained').fill('Ketamine for CRPS.');
  await panel.getByRole('button', { name: 'Explain this text' }).click();
  await expect(panel.locator('.explained-text mark').filter({ hasText: 'CRPS' })).toHaveCount(1);
});

test('a scanned PDF, a locked PDF and a file over the size limit each get a calm answer, one after another', async ({
  openPanel,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-files-'));
  const files = {
    scan: path.join(dir, 'scan.pdf'),
    locked: path.join(dir, 'locked.pdf'),
    big: path.join(dir, 'big.txt'),
  };
  fs.writeFileSync(files.scan, buildPdf([{ picture: true }, { picture: true }]));
  fs.writeFileSync(files.locked, buildPdf([{ paragraphs: [['Fibromyalgia.']] }], { password: 'secret' }));
  // One byte over the limit: refused from its size alone, before any of it is read.
  fs.writeFileSync(files.big, Buffer.alloc(EXPLAIN_LIMITS.fileBytes + 1, 'a'));
  const panel = await openPanel({ hash: '#explain' });
  const open = async (file: string) => {
    const chooser = panel.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Choose a file…' }).click();
    await (await chooser).setFiles(file);
  };
  const said = (p: Parameters<typeof problemMessage>[0]) => panel.getByText(problemMessage(p).title);
  await open(files.scan);
  await expect(said({ kind: 'no-text' })).toBeVisible();
  await shoot(panel, 'panel-explain-scanned', false);
  await open(files.locked);
  await expect(said({ kind: 'password' })).toBeVisible();
  await open(files.big);
  await expect(said({ kind: 'too-large', bytes: EXPLAIN_LIMITS.fileBytes + 1 })).toBeVisible();
  // Still works after all three.
  await panel.getByLabel('Paste the text you want explained').fill('Gabapentin for nerve pain.');
  await panel.getByRole('button', { name: 'Explain this text' }).click();
  await expect(panel.locator('.explained-text mark').filter({ hasText: 'Gabapentin' })).toHaveCount(1);
});

test('the popup opens the side panel at the Explain view', async ({
  page,
  context,
  worker,
  server,
  extensionId,
  openPopup,
}) => {
  const tabId = await openArticle(page, worker, server);
  await parkSidePanel(context, extensionId, worker);
  const popup = await openPopup({ tab: tabId });
  await popup.getByRole('button', { name: 'Explain a PDF or text' }).click();
  await waitForPanelAt(context, extensionId, '#explain');
});
