// Debian's Chromium with the built extension loaded, for the e2e tests, `npm run demo` and
// `npm run bench`, and the one rule they share for requests: nothing leaves this machine.
import { chromium, type BrowserContext } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { chromiumPath, EXTENSION_DIR } from './paths';

export interface LaunchOptions {
  headless?: boolean;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** Another build than .output/chrome-mv3 (the bench's synthetic-glossary build). */
  extensionDir?: string;
}

export async function launchWithExtension(userDataDir: string, options: LaunchOptions = {}): Promise<BrowserContext> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run "npm run build" first.`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1200, height: 800 },
    reducedMotion: options.reducedMotion,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-features=Translate,MediaRouter,OptimizationHints',
    ],
  });
}

export function isLocalUrl(url: string): boolean {
  return /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|chrome-extension:|data:|blob:|about:)/.test(url);
}
