// Command-line options of `npm run bench` (the list is at the top of bench/main.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Options {
  runs: number;
  quick: boolean;
  pageDirs: string[];
  label: string;
  markTimeoutMs: number;
  skipBuild: boolean;
  profile: boolean;
  /** The per-frame pages and the 4 × glossary build (off with --no-frames; --quick: small pages, no 4 × build). */
  frames: boolean;
  only: string | null;
  render: string | null;
}

export function parseArgs(argv: string[]): Options {
  const o: Options = {
    runs: 5,
    quick: false,
    pageDirs: [],
    label: os.hostname().split('.')[0]!.slice(0, 24) || 'host',
    markTimeoutMs: 60_000,
    skipBuild: false,
    profile: false,
    frames: true,
    only: null,
    render: null,
  };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') {
      o.runs = Number(value());
      runsGiven = true;
      if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
    } else if (a === '--pages') o.pageDirs.push(path.resolve(value()));
    else if (a === '--quick') o.quick = true;
    else if (a === '--label') o.label = value().replace(/[^\w.-]+/g, '-');
    else if (a === '--mark-timeout') o.markTimeoutMs = Number(value()) * 1000;
    else if (a === '--skip-build') o.skipBuild = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--no-frames') o.frames = false;
    else if (a === '--only') o.only = value();
    else if (a === '--render') o.render = path.resolve(value());
    else if (a === '--help' || a === '-h') {
      console.log(
        fs
          .readFileSync(path.join(import.meta.dirname, 'main.ts'), 'utf8')
          .split('\n')
          .slice(0, 12)
          .join('\n'),
      );
      process.exit(0);
    } else throw new Error(`Unknown option ${a} (see --help)`);
  }
  if (o.quick) {
    if (runsGiven && o.runs !== 1) throw new Error('--quick is one run; drop --runs');
    o.runs = 1;
    o.pageDirs = [];
  }
  if (!Number.isFinite(o.markTimeoutMs) || o.markTimeoutMs <= 0) throw new Error('--mark-timeout must be > 0');
  return o;
}
