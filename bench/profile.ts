// --profile: CPU profiles of PainLens's synchronous scan on the large pages, for diagnosis.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../scripts/harness/paths';
import { openPage, prepare, type Env } from './browser';
import { say, step } from './log';
import type { PageFile } from './pages';

/** A CPU profile of PainLens's scan code (bundled, unminified) on each large page, for diagnosis. */
export async function profileScans(env: Env, pages: { page: PageFile; url: string }[]): Promise<void> {
  const dir = path.join(ROOT, 'bench/profiles');
  fs.mkdirSync(dir, { recursive: true });
  for (const { page, url } of pages) {
    await step(`${page.name}: profile`, async () => {
      const p = await openPage(env.plain, url);
      const cdp = await env.plain.newCDPSession(p);
      try {
        await prepare(env, p);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        // The cold pass first (what a page load costs), then warm ones.
        for (let i = 0; i < 4; i++) await p.evaluate(`painlensBench.phasePass('blockScanIndexPaint')`);
        const { profile } = await cdp.send('Profiler.stop');
        const file = path.join(dir, `${page.name.replace(/\//g, '_')}.cpuprofile`);
        fs.writeFileSync(file, JSON.stringify(profile));
        const self = new Map<string, number>();
        const dt = new Map<number, number>();
        profile.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
        for (const node of profile.nodes) {
          const f = node.callFrame;
          const name = (f.functionName || '(anonymous)').slice(0, 60);
          const key = `${name} ${f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : ''}`;
          self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
        }
        const total = [...self.values()].reduce((a, b) => a + b, 0);
        say(`  profile of PainLens's synchronous scan on ${page.name} → ${path.relative(ROOT, file)}; top self time:`);
        for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
          say(`    ${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`);
        }
      } finally {
        await cdp.detach();
        await p.close();
      }
    });
  }
}
