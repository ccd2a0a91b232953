// Building what the bench measures: the extension (wxt zip), and the in-page harness bundle.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { EXTENSION_DIR, ROOT } from '../scripts/harness/paths';
import { GLOSSARY_4X_MODE } from '../scripts/term-data-plugin';
import { errors, say } from './log';
import type { BenchResult } from './results-model';

function run(cmd: string, args: string[]): { ok: boolean; output: string } {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

export function buildExtension(skipBuild: boolean): void {
  if (skipBuild) {
    say('Using the existing build (--skip-build).');
  } else {
    say('Building and zipping the extension (npx wxt zip)…');
    const r = run('npx', ['wxt', 'zip']);
    if (!r.ok) {
      console.error(r.output.split('\n').slice(-40).join('\n'));
      console.error('\nThe build failed (npx wxt zip); nothing was measured.');
      process.exit(1);
    }
  }
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No extension build at ${EXTENSION_DIR}. Run without --skip-build, or run "npx wxt build".`);
    process.exit(1);
  }
}

/** The build with a synthetic glossary of four times the forms (scripts/term-data-plugin.ts). */
export const GLOSSARY_4X_DIR = `${EXTENSION_DIR}-${GLOSSARY_4X_MODE}`;

export function buildGlossary4x(skipBuild: boolean): string | null {
  if (!skipBuild) {
    say(`Building the extension with a glossary of 4 × the forms (npx wxt build --mode ${GLOSSARY_4X_MODE})…`);
    const r = run('npx', ['wxt', 'build', '--mode', GLOSSARY_4X_MODE]);
    if (!r.ok) {
      errors.push(`glossary 4x build failed: ${r.output.split('\n').slice(-5).join(' ')}`);
      return null;
    }
  }
  return fs.existsSync(path.join(GLOSSARY_4X_DIR, 'manifest.json')) ? GLOSSARY_4X_DIR : null;
}

/**
 * The floors' content scripts. "inert": one statement, what any content script costs a frame before
 * it does anything. "reader": the least a content script that explains a frame's text must do, once:
 * walk its elements and text (reading each text's data, each element's name, shadow root and
 * editability), watch it for changes, and listen to the extension and read one setting. Neither
 * matches, paints nor keeps anything: what PainLens adds over "reader" is its own.
 */
export const FLOOR_SCRIPTS = {
  inert: 'globalThis.painlensBenchFloor = 1;\n',
  reader: `(() => {
  const root = document.body || document.documentElement;
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) seen += n.data.length;
    else if (n.shadowRoot || n.localName === 'script' || n.isContentEditable) seen++;
  }
  globalThis.painlensBenchFloor = seen;
  new MutationObserver(() => {}).observe(root, { childList: true, subtree: true, characterData: true });
  chrome.runtime.onMessage.addListener(() => {});
  chrome.storage.local.get('settings').then(() => {});
})();
`,
} as const;

/**
 * The floor of "a content script in every frame": an extension whose content script is one of FLOOR_SCRIPTS,
 * injected with PainLens's own content_scripts settings (matches, frames, timing), plus an empty
 * service worker so the bench learns its id. What it adds to a frame, any content script adds; PainLens
 * cannot go below it. Written to a temporary directory; the caller removes it.
 */
export function writeFloorExtension(kind: keyof typeof FLOOR_SCRIPTS = 'inert'): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: Record<string, unknown>[];
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-floor-ext-'));
  fs.mkdirSync(path.join(dir, 'content-scripts'));
  const scripts = (manifest.content_scripts ?? []).map(({ css: _css, ...cs }) => ({
    ...cs,
    js: ['content-scripts/floor.js'],
  }));
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `PainLens bench floor (${kind})`,
      permissions: ['storage'],
      version: '1.0',
      background: { service_worker: 'worker.js' },
      content_scripts: scripts,
    }),
  );
  fs.writeFileSync(path.join(dir, 'content-scripts/floor.js'), FLOOR_SCRIPTS[kind]);
  fs.writeFileSync(path.join(dir, 'worker.js'), '');
  return dir;
}

export function readSizes(): BenchResult['sizes'] {
  const content = path.join(EXTENSION_DIR, 'content-scripts/content.js');
  const outDir = path.dirname(EXTENSION_DIR);
  const zips = fs
    .readdirSync(outDir)
    .filter((f) => f.endsWith('-chrome.zip'))
    .map((f) => ({ f, t: fs.statSync(path.join(outDir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  if (!fs.existsSync(content)) {
    errors.push(`sizes: ${content} not found`);
    return null;
  }
  if (!zips.length) {
    errors.push(`sizes: no *-chrome.zip in ${outDir} (run without --skip-build)`);
    return null;
  }
  const bytes = fs.readFileSync(content);
  const zipFile = zips[0]!.f;
  const x4 = path.join(GLOSSARY_4X_DIR, 'content-scripts/content.js');
  return {
    contentScript4xBytes: fs.existsSync(x4) ? fs.statSync(x4).size : null,
    contentScriptBytes: bytes.length,
    contentScriptGzipBytes: zlib.gzipSync(bytes, { level: 9 }).length,
    zipBytes: fs.statSync(path.join(outDir, zipFile)).size,
    zipFile,
  };
}

export async function bundleInPage(): Promise<string> {
  const r = await build({
    entryPoints: [path.join(ROOT, 'bench/inpage.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

export function gitInfo(): BenchResult['git'] {
  const commit = run('git', ['rev-parse', '--short', 'HEAD']);
  const status = run('git', ['status', '--porcelain', '--untracked-files=no']);
  return { commit: commit.ok ? commit.output.trim() : 'unknown', dirty: status.ok && status.output.trim() !== '' };
}
