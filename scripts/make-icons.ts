// Renders public/icon/painlens.svg to the PNG sizes the manifests and stores need, in Chromium.
// Run after changing the SVG: npm run icons
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../public/icon');
const svg = fs.readFileSync(path.join(dir, 'painlens.svg'), 'utf8');
const sizes = [16, 32, 48, 96, 128];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img style="width:${size}px;height:${size}px;display:block" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
  );
  await page.screenshot({ path: path.join(dir, `${size}.png`), omitBackground: true });
  console.log(`icon/${size}.png`);
}
await browser.close();
