// Architecture conventions, checked on the real source tree. Each rule is a function from in-memory
// files to violations (file and line), so the second half of this file proves that every rule fails
// on a small bad example and passes on a good one.
//
// Files are parsed with the oxc parser that Vite exports, not scanned as raw text: comments, strings
// and JSX text are blanked out before the code patterns run ("window." in a comment or in patient
// text is not a use of window), and imports come from the parser's module record.
import fs from 'node:fs';
import path from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

type RuleId =
  | 'parse'
  | 'entrypoints'
  | 'lib-purity'
  | 'data-purity'
  | 'content-boundary'
  | 'component-boundary'
  | 'component-tests'
  | 'naming'
  | 'no-html-strings'
  | 'no-network'
  | 'explicit-imports';

interface SourceFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

interface Violation {
  rule: RuleId;
  file: string;
  /** 1-based; 0 when the violation is about the file or folder as a whole. */
  line: number;
  message: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const PRODUCT_DIRS = ['content', 'components', 'data', 'entrypoints', 'lib', 'utils'] as const;
/** Scanned for names too. tests/fixtures holds saved web pages, named as their sites name them. */
const OTHER_DIRS = ['scripts', 'tests'] as const;
const SKIP_DIRS = new Set(['node_modules', 'fixtures', '.output', '.wxt']);
const MODULE_EXT = /\.(?:ts|tsx|mts|mjs|js|jsx)$/;
/** An entrypoint file holds a define*() or render() call and little else. */
const MAX_ENTRY_LINES = 30;

// ---------------------------------------------------------------------------------------------
// Reading and parsing

function readTree(root: string, dirs: readonly string[]): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(child);
      } else if (entry.isFile()) {
        out.push({ path: child, text: fs.readFileSync(path.join(root, child), 'utf8') });
      }
    }
  };
  for (const d of dirs) walk(d);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

interface ParsedModule {
  /** Source with comments and JSX text blanked (same length and lines as the source). */
  code: string;
  /** `code` with string, template and regex literals blanked as well. */
  bare: string;
  /** Static, re-exported and literal dynamic imports. */
  imports: { spec: string; offset: number }[];
  errors: string[];
  lineAt(offset: number): number;
}

interface Span {
  start: number;
  end: number;
}

function blank(text: string, spans: readonly Span[]): string {
  const chars = text.split(''); // UTF-16 units, as the parser's offsets are
  for (const s of spans) for (let i = s.start; i < s.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Calls `visit` on every AST node (objects with a string `type`). */
function walkAst(node: unknown, visit: (n: { type: string; start: number; end: number; value?: unknown }) => void) {
  if (Array.isArray(node)) {
    for (const child of node) walkAst(child, visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  if (typeof n.type === 'string') visit(n as never);
  for (const [key, value] of Object.entries(n)) if (key !== 'parent') walkAst(value, visit);
}

/** Nodes whose `source` is a module specifier: static, re-export, dynamic and type imports. */
const IMPORT_NODES = new Set([
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportAllDeclaration',
  'ImportExpression',
  'TSImportType',
]);

const parsedCache = new Map<string, ParsedModule>();

function parseModule(file: SourceFile): ParsedModule {
  const key = `${file.path}\0${file.text}`;
  const cached = parsedCache.get(key);
  if (cached) return cached;
  const result = parseSync(file.path, file.text);
  const jsxText: Span[] = [];
  const literals: Span[] = [];
  const imports: { spec: string; offset: number }[] = [];
  walkAst(result.program, (n) => {
    if (n.type === 'JSXText') jsxText.push(n);
    else if (n.type === 'TemplateElement') literals.push(n);
    else if (n.type === 'Literal' && (typeof n.value === 'string' || 'regex' in n)) literals.push(n);
    // From the AST rather than the module record, which leaves out imports inside `declare module`
    // blocks and `import('x').T` types.
    if (IMPORT_NODES.has(n.type)) {
      const source = (n as { source?: { type?: string; value?: unknown } }).source;
      if (source?.type === 'Literal' && typeof source.value === 'string')
        imports.push({ spec: source.value, offset: n.start });
    }
  });
  const code = blank(file.text, [...result.comments, ...jsxText]);
  const parsed: ParsedModule = {
    code,
    bare: blank(code, literals),
    imports,
    errors: result.errors.map((e) => e.message),
    lineAt: lineIndex(file.text),
  };
  parsedCache.set(key, parsed);
  return parsed;
}

const isModule = (f: SourceFile) => MODULE_EXT.test(f.path);
const under = (dir: string) => (f: SourceFile) => f.path.startsWith(`${dir}/`);

/** Every match of `pattern` (global) in one view of a module, as violations. */
function findPattern(
  file: SourceFile,
  view: 'code' | 'bare',
  pattern: RegExp,
  rule: RuleId,
  explain: (match: string) => string,
): Violation[] {
  const parsed = parseModule(file);
  return [...parsed[view].matchAll(pattern)].map((m) => ({
    rule,
    file: file.path,
    line: parsed.lineAt(m.index),
    message: explain(m[0].replace(/\s+/g, '')),
  }));
}

// ---------------------------------------------------------------------------------------------
// Rules

function checkParses(files: readonly SourceFile[]): Violation[] {
  return files.filter(isModule).flatMap((f) =>
    parseModule(f).errors.map((message) => ({
      rule: 'parse' as const,
      file: f.path,
      line: 0,
      message: `does not parse, so no other rule can check it: ${message}`,
    })),
  );
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** entrypoints/ holds WXT entrypoints only: `name.ts(x)`, or `name/` with index.html + main.tsx (+ css). */
function checkEntrypoints(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  const v = (file: string, line: number, message: string) => out.push({ rule: 'entrypoints', file, line, message });
  const folders = new Map<string, Set<string>>();
  for (const f of files.filter(under('entrypoints'))) {
    const parts = f.path.split('/').slice(1);
    if (parts.length === 1) {
      const m = /^(.+)\.tsx?$/.exec(parts[0]!);
      if (!m) v(f.path, 0, 'not an entrypoint: top-level files must be name.ts or name.tsx');
      else if (!KEBAB.test(m[1]!)) v(f.path, 0, `entrypoint name "${m[1]}" is not kebab-case`);
      else out.push(...checkThinEntry(f));
    } else if (parts.length === 2) {
      const [folder, name] = parts as [string, string];
      if (!folders.has(folder)) folders.set(folder, new Set());
      folders.get(folder)!.add(name);
      if (name === 'main.tsx') out.push(...checkThinEntry(f));
      else if (name === 'index.html') out.push(...checkEntryHtml(f));
      else if (!/^[a-z0-9-]+\.css$/.test(name)) {
        v(f.path, 0, 'not part of an entrypoint: a folder holds index.html, main.tsx and optional .css only');
      }
    } else {
      v(f.path, 0, 'nested too deep: entrypoint folders have no subfolders (put code in utils/ or content/)');
    }
  }
  for (const [folder, names] of folders) {
    const dir = `entrypoints/${folder}`;
    if (!KEBAB.test(folder)) v(dir, 0, `entrypoint name "${folder}" is not kebab-case`);
    for (const needed of ['index.html', 'main.tsx']) {
      if (!names.has(needed)) v(dir, 0, `folder entrypoint without ${needed}`);
    }
  }
  return out;
}

function checkThinEntry(f: SourceFile): Violation[] {
  const out: Violation[] = [];
  const lines = f.text.replace(/\n+$/, '').split('\n').length;
  if (lines > MAX_ENTRY_LINES) {
    out.push({
      rule: 'entrypoints',
      file: f.path,
      line: MAX_ENTRY_LINES + 1,
      message: `${lines} lines; an entrypoint stays under ${MAX_ENTRY_LINES} (move the logic to utils/, content/ or lib/)`,
    });
  }
  if (!/(?<![\w$.])(?:define[A-Z]\w*|render)\s*\(/.test(parseModule(f).bare)) {
    out.push({ rule: 'entrypoints', file: f.path, line: 0, message: 'has no define*() or render() call' });
  }
  return out;
}

/** An entry page loads its main.tsx and nothing else: no inline or remote scripts. */
function checkEntryHtml(f: SourceFile): Violation[] {
  const lineAt = lineIndex(f.text);
  const scripts = [...f.text.matchAll(/<script\b([^>]*)>/gi)];
  const out: Violation[] = scripts
    .filter((m) => !/\bsrc\s*=\s*["']\.\/main\.tsx["']/.test(m[1]!))
    .map((m) => ({
      rule: 'entrypoints' as const,
      file: f.path,
      line: lineAt(m.index),
      message: 'script other than ./main.tsx (an entry page only loads its main.tsx)',
    }));
  if (scripts.length === 0) {
    out.push({ rule: 'entrypoints', file: f.path, line: 0, message: 'does not load ./main.tsx' });
  }
  return out;
}

interface Boundary {
  rule: RuleId;
  dir: string;
  why: string;
  /** Import specifiers, after alias resolution to "@/...": exact, or as a path prefix ("wxt" covers "wxt/browser"). */
  imports: readonly string[];
  /** Browser globals, matched in code with comments, strings and JSX text removed. */
  globals: RegExp;
}

/** `globalThis.` optional; not preceded by a dot, so `options.window.x` is not the global. */
const globalUse = (names: string, after = '\\??\\.') =>
  new RegExp(`(?<![\\w$.])(?:globalThis\\??\\.)?(?:${names})${after}`, 'g');

const BOUNDARIES: readonly Boundary[] = [
  {
    rule: 'lib-purity',
    dir: 'lib',
    why: 'lib/ is pure logic and data: no DOM, browser or Preact code',
    imports: [
      'preact',
      'wxt',
      '#imports',
      'webextension-polyfill',
      '@wxt-dev',
      '@floating-ui',
      '@/utils',
      '@/content',
      '@/components',
      '@/entrypoints',
    ],
    globals: new RegExp(
      `${globalUse('document|window|browser|chrome|navigator').source}|${globalUse('localStorage|sessionStorage', '\\b').source}`,
      'g',
    ),
  },
  {
    rule: 'data-purity',
    dir: 'data',
    why: 'data/ is the patient content as typed data: it imports only other data modules',
    imports: [
      'preact',
      'wxt',
      '#imports',
      'webextension-polyfill',
      '@wxt-dev',
      '@/lib',
      '@/utils',
      '@/content',
      '@/components',
      '@/entrypoints',
      '@/scripts',
    ],
    globals: new RegExp(
      `${globalUse('document|window|browser|chrome|navigator').source}|${globalUse('localStorage|sessionStorage', '\\b').source}`,
      'g',
    ),
  },
  {
    rule: 'content-boundary',
    dir: 'content',
    why: 'content/ is page code: DOM yes, browser APIs no (they are injected by utils/content-bridge)',
    imports: ['wxt', '#imports', 'webextension-polyfill', '@wxt-dev', '@/utils', '@/entrypoints'],
    globals: globalUse('browser|chrome'),
  },
  {
    rule: 'component-boundary',
    dir: 'components',
    why: 'components/ are presentational: data in, callbacks out; storage and browser APIs stay in utils/',
    imports: ['wxt', '#imports', 'webextension-polyfill', '@wxt-dev', '@/utils', '@/content', '@/entrypoints'],
    globals: new RegExp(
      `${globalUse('browser|chrome').source}|${globalUse('localStorage|sessionStorage|indexedDB', '\\b').source}`,
      'g',
    ),
  },
];

/** "../utils/x" from lib/a.ts, "~/utils/x" and "@@/utils/x" all become "@/utils/x". */
function resolveSpec(fromFile: string, spec: string): string {
  if (spec.startsWith('./') || spec.startsWith('../')) {
    return `@/${path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec))}`;
  }
  const alias = /^(?:~|@@)\/(.*)$/.exec(spec);
  return alias ? `@/${alias[1]}` : spec;
}

const matchesSpec = (spec: string, banned: string) => spec === banned || spec.startsWith(`${banned}/`);

function checkBoundaries(files: readonly SourceFile[], boundaries: readonly Boundary[] = BOUNDARIES): Violation[] {
  return boundaries.flatMap((b) =>
    files
      .filter(under(b.dir))
      .filter(isModule)
      .flatMap((f) => {
        const parsed = parseModule(f);
        const badImports = parsed.imports.flatMap(({ spec, offset }) => {
          const resolved = resolveSpec(f.path, spec);
          const banned = b.imports.find((x) => matchesSpec(resolved, x));
          return banned
            ? [{ rule: b.rule, file: f.path, line: parsed.lineAt(offset), message: `imports "${spec}" (${b.why})` }]
            : [];
        });
        const badGlobals = findPattern(f, 'bare', b.globals, b.rule, (m) => `uses ${m} (${b.why})`);
        return [...badImports, ...badGlobals];
      }),
  );
}

/** Every components/<Name>.tsx has tests/components/<Name>.test.tsx, and every such test a component. */
function checkComponentTests(files: readonly SourceFile[]): Violation[] {
  const paths = new Set(files.map((f) => f.path));
  const components = files.map((f) => /^components\/([^/]+)\.tsx$/.exec(f.path)?.[1]).filter(Boolean) as string[];
  const tests = files
    .map((f) => /^tests\/components\/([^/]+)\.test\.tsx$/.exec(f.path)?.[1])
    .filter(Boolean) as string[];
  return [
    ...components
      .filter((c) => !paths.has(`tests/components/${c}.test.tsx`))
      .map((c) => ({
        rule: 'component-tests' as const,
        file: `components/${c}.tsx`,
        line: 0,
        message: `has no test file tests/components/${c}.test.tsx`,
      })),
    ...tests
      .filter((t) => !paths.has(`components/${t}.tsx`))
      .map((t) => ({
        rule: 'component-tests' as const,
        file: `tests/components/${t}.test.tsx`,
        line: 0,
        message: `tests components/${t}.tsx, which does not exist`,
      })),
  ];
}

const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
/** kebab-case segments separated by dots: "term-matcher", "condition.details", "highlight.spec". */
const KEBAB_DOTTED = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Modules are kebab-case; components PascalCase .tsx (and their tests); shells may be PascalCase. */
function checkNaming(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  const v = (file: string, message: string) => out.push({ rule: 'naming', file, line: 0, message });
  const seenDirs = new Set<string>();
  for (const f of files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length - 1; i++) {
      const dir = parts.slice(0, i + 1).join('/');
      if (!seenDirs.has(dir) && !KEBAB.test(parts[i]!)) v(dir, `folder "${parts[i]}" is not kebab-case`);
      seenDirs.add(dir);
    }
    if (!MODULE_EXT.test(f.path)) continue;
    const base = parts.at(-1)!;
    const stem = base.replace(/\.d\.ts$/, '').replace(MODULE_EXT, '');
    if (f.path.startsWith('components/')) {
      if (!(base.endsWith('.tsx') && PASCAL.test(stem))) v(f.path, 'a component module is PascalCase .tsx');
    } else if (f.path.startsWith('utils/shells/') && PASCAL.test(stem) && base.endsWith('.tsx')) {
      // App shells are components too.
    } else if (/^tests\/components\/[^/]+$/.test(f.path)) {
      if (!/^[A-Z][A-Za-z0-9]*\.test\.tsx$/.test(base)) v(f.path, 'a component test is <Component>.test.tsx');
    } else if (!KEBAB_DOTTED.test(stem)) {
      v(f.path, `module name "${base}" is not kebab-case`);
    }
  }
  return out;
}

/** Page text never becomes markup: no HTML-from-string sinks anywhere in product code. */
const HTML_SINKS =
  /\b(?:innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|DOMParser)\b|(?<![\w$])document\s*\??\.\s*write(?:ln)?\b/g;

function checkHtmlStrings(files: readonly SourceFile[]): Violation[] {
  // The code view keeps strings, so el['innerHTML'] is caught too.
  return files
    .filter((f) => PRODUCT_DIRS.some((d) => under(d)(f)))
    .filter(isModule)
    .flatMap((f) =>
      findPattern(f, 'code', HTML_SINKS, 'no-html-strings', (m) => `uses ${m}: build elements, never HTML strings`),
    );
}

/** Product code makes no network requests: no request APIs, no remote scripts, images or styles. */
const NETWORK_APIS = /(?<![\w$])fetch\s*\(|\b(?:XMLHttpRequest|sendBeacon|WebSocket|EventSource)\b/g;
const REMOTE_SRC = /\bsrc\s*=\s*\{?\s*["'`](?:https?:)?\/\//g;
const REMOTE_CSS = /url\(\s*["']?(?:https?:)?\/\/|@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//g;

function checkNetwork(files: readonly SourceFile[]): Violation[] {
  const product = files.filter((f) => PRODUCT_DIRS.some((d) => under(d)(f)));
  const why = 'PainLens makes no network requests';
  return [
    ...product.filter(isModule).flatMap((f) => [
      ...findPattern(f, 'bare', NETWORK_APIS, 'no-network', (m) => `uses ${m.replace(/\($/, '')} (${why})`),
      ...findPattern(f, 'code', REMOTE_SRC, 'no-network', () => `loads a remote src (${why})`),
      ...parseModule(f)
        .imports.filter((i) => /^(?:https?:)?\/\//.test(i.spec))
        .map((i) => ({
          rule: 'no-network' as const,
          file: f.path,
          line: parseModule(f).lineAt(i.offset),
          message: `imports remote code "${i.spec}" (${why})`,
        })),
    ]),
    ...product
      .filter((f) => /\.(?:css|html)$/.test(f.path))
      .flatMap((f) => {
        const lineAt = lineIndex(f.text);
        const pattern = f.path.endsWith('.css') ? REMOTE_CSS : REMOTE_SRC;
        return [...f.text.matchAll(pattern)].map((m) => ({
          rule: 'no-network' as const,
          file: f.path,
          line: lineAt(m.index),
          message: `loads a remote resource (${why})`,
        }));
      }),
  ];
}

/** WXT's auto-imports would let any file use storage or browser APIs without an import to check. */
function checkExplicitImports(config: SourceFile): Violation[] {
  const parsed = parseModule(config);
  if (/\bimports\s*:\s*false\b/.test(parsed.bare)) return [];
  return [
    {
      rule: 'explicit-imports',
      file: config.path,
      line: 0,
      message: 'must set `imports: false`: with auto-imports, the boundary rules cannot see what a module uses',
    },
  ];
}

function checkAll(files: readonly SourceFile[], config: SourceFile): Violation[] {
  return [
    ...checkParses(files),
    ...checkEntrypoints(files),
    ...checkBoundaries(files),
    ...checkComponentTests(files),
    ...checkNaming(files),
    ...checkHtmlStrings(files),
    ...checkNetwork(files),
    ...checkExplicitImports(config),
  ];
}

const format = (v: Violation) => `${v.file}:${v.line} [${v.rule}] ${v.message}`;

/**
 * Known violations in files this test's author does not own, kept so the suite passes until they are
 * fixed. Each entry names the rule, the file and a part of the message, and says why. An entry that
 * no longer matches anything fails the suite, so a fix removes its entry.
 */
const ALLOWED: readonly { rule: RuleId; file: string; match: string; reason: string }[] = [];

function applyAllowlist(violations: readonly Violation[], allowed: typeof ALLOWED) {
  const used = new Set<number>();
  const remaining = violations.filter((v) => {
    const i = allowed.findIndex((a) => a.rule === v.rule && a.file === v.file && v.message.includes(a.match));
    if (i >= 0) used.add(i);
    return i < 0;
  });
  const stale = allowed.filter((_, i) => !used.has(i));
  return { remaining, stale };
}

// ---------------------------------------------------------------------------------------------
// The real tree

describe('source tree conventions', () => {
  const files = readTree(ROOT, [...PRODUCT_DIRS, ...OTHER_DIRS]);
  const config = { path: 'wxt.config.ts', text: fs.readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8') };
  const { remaining, stale } = applyAllowlist(checkAll(files, config), ALLOWED);

  it('scans the whole tree', () => {
    for (const dir of PRODUCT_DIRS) expect(files.some(under(dir)), dir).toBe(true);
    expect(files.filter((f) => /^components\/[^/]+\.tsx$/.test(f.path)).length).toBeGreaterThanOrEqual(21);
  });

  it('has no violations (each listed as file:line [rule] why)', () => {
    expect(remaining.map(format)).toEqual([]);
  });

  it('has no stale allowlist entries', () => {
    expect(stale).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Every rule can fail

const file = (p: string, text = ''): SourceFile => ({ path: p, text });
const brief = (vs: readonly Violation[]) => vs.map((v) => `${v.file}:${v.line} ${v.rule}`);

describe('parsing', () => {
  it('blanks comments, strings and JSX text but keeps lines and offsets', () => {
    const src =
      "// window.x\nconst a = '“window.y”'; /* document.z */\nconst b = <p>browser.tabs</p>;\ndocument.title;\n";
    const p = parseModule(file('x.tsx', src));
    expect(p.bare.length).toBe(src.length);
    expect(p.bare.split('\n')).toHaveLength(src.split('\n').length);
    expect(p.bare).not.toMatch(/window|browser/);
    expect([...p.bare.matchAll(/document/g)].map((m) => p.lineAt(m.index))).toEqual([4]);
    expect(p.code).toContain("'“window.y”'");
  });

  it('collects static, type-only, re-export, dynamic and declared imports with their lines', () => {
    const src =
      "import a from 'a';\nimport type { B } from 'b';\nexport { c } from './c';\nconst d = await import('d');\nimport 'e.css';\n" +
      "type T = import('f').X;\ndeclare module 'v' {\n  import type { G } from 'g';\n}\n";
    const p = parseModule(file('lib/x.ts', src));
    expect(p.imports.map((i) => [i.spec, p.lineAt(i.offset)])).toEqual([
      ['a', 1],
      ['b', 2],
      ['./c', 3],
      ['d', 4],
      ['e.css', 5],
      ['f', 6],
      ['g', 8],
    ]);
  });

  it('reports a file that does not parse', () => {
    expect(brief(checkParses([file('lib/x.ts', 'const = ;')]))).toEqual(['lib/x.ts:0 parse']);
    expect(checkParses([file('lib/x.ts', 'const a = 1;')])).toEqual([]);
  });
});

describe('rule: entrypoints', () => {
  const html = '<!doctype html><div id="app"></div>\n<script type="module" src="./main.tsx"></script>\n';
  const main = "import { render } from 'preact';\nrender(<App />, document.getElementById('app')!);\n";
  const good = [
    file('entrypoints/background.ts', 'export default defineBackground(() => {\n  start();\n});\n'),
    file('entrypoints/popup/index.html', html),
    file('entrypoints/popup/main.tsx', main),
    file('entrypoints/popup/style.css', 'body {}'),
  ];

  it('accepts name.ts and name/{index.html, main.tsx, style.css}', () => {
    expect(checkEntrypoints(good)).toEqual([]);
  });

  it('rejects helpers, stray files, deep folders and bad names', () => {
    const bad = [
      file('entrypoints/helpers.json', '{}'),
      file('entrypoints/popup/index.html', html),
      file('entrypoints/popup/main.tsx', main),
      file('entrypoints/popup/App.tsx', main),
      file('entrypoints/popup/parts/x.ts', ''),
      file('entrypoints/Side_Panel.ts', 'export default defineBackground(() => {});'),
    ];
    expect(brief(checkEntrypoints(bad))).toEqual([
      'entrypoints/helpers.json:0 entrypoints',
      'entrypoints/popup/App.tsx:0 entrypoints',
      'entrypoints/popup/parts/x.ts:0 entrypoints',
      'entrypoints/Side_Panel.ts:0 entrypoints',
    ]);
  });

  it('needs both index.html and main.tsx in a folder', () => {
    expect(brief(checkEntrypoints([file('entrypoints/options/main.tsx', main)]))).toEqual([
      'entrypoints/options:0 entrypoints',
    ]);
  });

  it('rejects a fat entrypoint, and one without define*() or render()', () => {
    const fat = `export default defineBackground(() => {\n${'  step();\n'.repeat(40)}});\n`;
    expect(brief(checkEntrypoints([file('entrypoints/background.ts', fat)]))).toEqual([
      `entrypoints/background.ts:${MAX_ENTRY_LINES + 1} entrypoints`,
    ]);
    const noCall = "// defineBackground(() => {}) in a comment does not count\nexport const x = 'render()';\n";
    expect(checkEntrypoints([file('entrypoints/background.ts', noCall)])[0]?.message).toMatch(/no define/);
  });

  it('rejects inline or other scripts in an entry page', () => {
    const page = `${html}<script>alert(1)</script>\n`;
    expect(brief(checkEntrypoints([file('entrypoints/popup/index.html', page), good[2]!]))).toEqual([
      'entrypoints/popup/index.html:3 entrypoints',
    ]);
  });
});

describe('rule: layer boundaries', () => {
  it('lib: no Preact, WXT, polyfill or app imports, however spelt', () => {
    const src = [
      "import { h } from 'preact';",
      "import { useState } from 'preact/hooks';",
      "import { browser } from 'wxt/browser';",
      "import { storage } from '#imports';",
      "import browserApi from 'webextension-polyfill';",
      "import { x } from '@/utils/storage';",
      "import { y } from '../utils/storage';",
      "import { z } from '~/content/painter';",
      "import { Switch } from '@/components/Switch';",
      "import { ok } from './settings';",
      "import { fine } from '@/lib/panel-route';",
      "import MiniSearch from 'minisearch';",
    ].join('\n');
    expect(brief(checkBoundaries([file('lib/x.ts', src)]))).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((l) => `lib/x.ts:${l} lib-purity`),
    );
  });

  it('lib: declaration files count too', () => {
    const dts = "declare module 'virtual:x' {\n  import type { JSX } from 'preact';\n}\n";
    expect(brief(checkBoundaries([file('lib/x.d.ts', dts)]))).toEqual(['lib/x.d.ts:2 lib-purity']);
  });

  it('lib: no browser globals in code, but words in comments and strings are fine', () => {
    const src = [
      '// document.title and window.open in a comment',
      "const text = 'a short time window. Then document.';",
      'const d = document.title;',
      'globalThis.window.open();',
      'const n = navigator.language;',
      'localStorage.getItem("k");',
      'browser.runtime.id;',
      'chrome?.runtime;',
      'const options = { window: 1 }; options.window.toString();',
    ].join('\n');
    expect(brief(checkBoundaries([file('lib/x.ts', src)]))).toEqual(
      [3, 4, 5, 6, 7, 8].map((l) => `lib/x.ts:${l} lib-purity`),
    );
  });

  it('data: other data modules only; no logic, app or browser imports', () => {
    const src = [
      "import type { GlossaryEntry } from '../types';",
      "import { drugTerms } from './drug';",
      "import { compileMatcher } from '@/lib/term-matcher';",
      "import { scoreReadability } from '../../scripts/content-gates/readability';",
      "import { h } from 'preact';",
      'const t = document.title;',
    ].join('\n');
    expect(brief(checkBoundaries([file('data/glossary/x.ts', src)]))).toEqual(
      [3, 4, 5, 6].map((l) => `data/glossary/x.ts:${l} data-purity`),
    );
  });

  it('content: DOM and Preact yes; browser APIs and utils no', () => {
    const src = [
      "import { render } from 'preact';",
      "import { TermTooltip } from '@/components/TermTooltip';",
      "import { browser } from 'wxt/browser';",
      "import { bridge } from '@/utils/content-bridge';",
      'document.body.append(x);',
      'browser.runtime.sendMessage({});',
      'chrome.storage.local.get();',
    ].join('\n');
    expect(brief(checkBoundaries([file('content/x.ts', src)]))).toEqual([
      'content/x.ts:3 content-boundary',
      'content/x.ts:4 content-boundary',
      'content/x.ts:6 content-boundary',
      'content/x.ts:7 content-boundary',
    ]);
  });

  it('components: Preact and lib yes; storage, browser APIs and utils no', () => {
    const src = [
      "import { useState } from 'preact/hooks';",
      "import type { Settings } from '@/lib/settings';",
      "import { storage } from 'wxt/utils/storage';",
      "import { panelRouteItem } from '../utils/storage';",
      "import { fakeBrowser } from '#imports';",
      "import { storage as s } from '@wxt-dev/storage';",
      'export const X = () => <button onClick={() => browser.tabs.create({})}>Open</button>;',
      'localStorage.clear();',
      'document.getElementById("a")?.focus();',
    ].join('\n');
    expect(brief(checkBoundaries([file('components/X.tsx', src)]))).toEqual(
      [3, 4, 5, 6, 7, 8].map((l) => `components/X.tsx:${l} component-boundary`),
    );
  });

  it('says what was imported or used, and why it is not allowed', () => {
    const [v] = checkBoundaries([file('lib/x.ts', "import { browser } from 'wxt/browser';")]);
    expect(format(v!)).toBe(
      'lib/x.ts:1 [lib-purity] imports "wxt/browser" (lib/ is pure logic and data: no DOM, browser or Preact code)',
    );
  });
});

describe('rule: component tests', () => {
  it('needs tests/components/<Name>.test.tsx for each component, and no orphan tests', () => {
    const files = [
      file('components/Switch.tsx'),
      file('components/Notice.tsx'),
      file('components/theme.css'),
      file('tests/components/Switch.test.tsx'),
      file('tests/components/Gone.test.tsx'),
      file('tests/components/support/keyboard.ts'),
    ];
    expect(brief(checkComponentTests(files))).toEqual([
      'components/Notice.tsx:0 component-tests',
      'tests/components/Gone.test.tsx:0 component-tests',
    ]);
  });
});

describe('rule: naming', () => {
  it('accepts kebab-case modules, PascalCase components and shells, dotted kebab names', () => {
    const ok = [
      'lib/term-matcher.ts',
      'data/glossary/condition.details.ts',
      'lib/virtual-modules.d.ts',
      'components/SectionTabs.tsx',
      'components/theme.css',
      'utils/shells/PopupApp.tsx',
      'utils/hooks/use-app-state.ts',
      'tests/components/SectionTabs.test.tsx',
      'tests/components/support/keyboard.ts',
      'tests/e2e/highlight.spec.ts',
    ];
    expect(checkNaming(ok.map((p) => file(p)))).toEqual([]);
  });

  it('rejects other names and folders', () => {
    const bad = [
      'lib/termMatcher.ts',
      'content/Painter.ts',
      'components/section-tabs.tsx',
      'components/helpers.ts',
      'utils/shells/popup_app.tsx',
      'utils/Hooks/use-x.ts',
      'tests/components/switch.test.tsx',
      'scripts/makeIcons.ts',
    ];
    expect(brief(checkNaming(bad.map((p) => file(p))))).toEqual([
      'lib/termMatcher.ts:0 naming',
      'content/Painter.ts:0 naming',
      'components/section-tabs.tsx:0 naming',
      'components/helpers.ts:0 naming',
      'utils/shells/popup_app.tsx:0 naming',
      'utils/Hooks:0 naming',
      'tests/components/switch.test.tsx:0 naming',
      'scripts/makeIcons.ts:0 naming',
    ]);
  });
});

describe('rule: no HTML from strings', () => {
  it.each(['content/x.ts', 'components/X.tsx', 'entrypoints/x.ts', 'lib/x.ts', 'utils/x.ts'])('%s', (p) => {
    const src = [
      'el.innerHTML = text;',
      'el.outerHTML = text;',
      "el.insertAdjacentHTML('beforeend', text);",
      'const a = <div dangerouslySetInnerHTML={{ __html: text }} />;',
      'document.write(text);',
      "el['innerHTML'] = text;",
      'range.createContextualFragment(text);',
      'new DOMParser().parseFromString(text, "text/html");',
      '// el.innerHTML in a comment is fine',
      'el.textContent = text;',
    ].join('\n');
    const source = file(
      p,
      p.endsWith('.tsx') ? src : src.replace(/^const a = <div.*$/m, 'h("div", { dangerouslySetInnerHTML: 1 });'),
    );
    expect(brief(checkHtmlStrings([source]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((l) => `${p}:${l} no-html-strings`));
  });

  it('leaves tests and scripts alone', () => {
    expect(
      checkHtmlStrings([file('tests/x.test.ts', 'el.innerHTML = "";'), file('scripts/x.ts', 'el.innerHTML = "";')]),
    ).toEqual([]);
  });
});

describe('rule: no network', () => {
  it('flags request APIs in product code, not in comments or strings', () => {
    const src = [
      "await fetch('https://example.org');",
      "const r = await window.fetch('/x');",
      'const x = new XMLHttpRequest();',
      "navigator.sendBeacon('/b', '');",
      "new WebSocket('wss://x');",
      "new EventSource('/e');",
      "// fetch('x') in a comment",
      "const s = 'we never fetch(anything)';",
      "const i = <img src='https://tracker.example/p.gif' />;",
      "const j = <img src='/icon/32.png' />;",
      "const m = await import('https://cdn.example/x.js');",
    ].join('\n');
    expect(brief(checkNetwork([file('utils/x.tsx', src)]))).toEqual([
      ...[1, 2, 3, 4, 5, 6, 9].map((l) => `utils/x.tsx:${l} no-network`),
      'utils/x.tsx:11 no-network',
    ]);
  });

  it('flags remote styles and scripts in CSS and HTML', () => {
    const css =
      "@import url('https://fonts.example/x.css');\n.a { background: url(//cdn.example/a.png); }\n.b { background: url(/local.png); }\n";
    const html = '<script src="https://cdn.example/x.js"></script>\n';
    expect(
      brief(checkNetwork([file('components/theme.css', css), file('entrypoints/popup/index.html', html)])),
    ).toEqual([
      'components/theme.css:1 no-network',
      'components/theme.css:2 no-network',
      'entrypoints/popup/index.html:1 no-network',
    ]);
  });

  it('leaves tests and scripts alone', () => {
    expect(
      checkNetwork([file('scripts/x.ts', "await fetch('x');"), file('tests/x.test.ts', "await fetch('x');")]),
    ).toEqual([]);
  });
});

describe('rule: explicit imports', () => {
  it('needs imports: false in wxt.config.ts', () => {
    expect(checkExplicitImports(file('wxt.config.ts', 'export default defineConfig({ imports: false });'))).toEqual([]);
    expect(
      brief(checkExplicitImports(file('wxt.config.ts', 'export default defineConfig({ /* imports: false */ });'))),
    ).toEqual(['wxt.config.ts:0 explicit-imports']);
  });
});

describe('allowlist', () => {
  const v: Violation = { rule: 'no-network', file: 'utils/x.ts', line: 3, message: 'uses fetch (…)' };

  it('drops a matching violation and reports entries that match nothing as stale', () => {
    const allowed = [
      { rule: 'no-network' as const, file: 'utils/x.ts', match: 'uses fetch', reason: 'example' },
      { rule: 'naming' as const, file: 'lib/gone.ts', match: 'kebab', reason: 'example' },
    ];
    const { remaining, stale } = applyAllowlist([v], allowed);
    expect(remaining).toEqual([]);
    expect(stale.map((s) => s.file)).toEqual(['lib/gone.ts']);
  });

  it('does not drop a violation of another rule or file', () => {
    const allowed = [{ rule: 'no-network' as const, file: 'utils/y.ts', match: 'uses fetch', reason: 'example' }];
    expect(applyAllowlist([v], allowed).remaining).toEqual([v]);
  });
});

// ---------------------------------------------------------------------------------------------
// The engine's layout: the benchmark and the harness programs, and the content script's stages (a
// self-contained block; it uses only the parsing helpers above)

interface LayoutRule {
  id: string;
  /** Files the rule applies to. */
  applies: (file: string) => boolean;
  /** Why an import is refused, or null when it is allowed. `target` is resolved to "@/...". */
  refuse: (file: string, target: string) => string | null;
}

/** The content script's stages: each a folder that may not import another (content/start-content.ts wires them). */
const STAGES = ['scan', 'paint', 'tooltip', 'input'] as const;
/** What every stage may share: DOM facts, the ports, the index and the tooltip texts' loader. */
const STAGE_SHARED = ['@/content/dom', '@/content/ports.ts', '@/content/term-index.ts', '@/content/term-texts.ts'];
const stageOf = (target: string) => STAGES.find((st) => matchesSpec(target, `@/content/${st}`)) ?? null;
/** "@/content/x" as imported (with or without ".ts"): the file it names. */
const withExt = (target: string) => (/\.(tsx?|css)(\?.*)?$/.test(target) ? target : `${target}.ts`);

const LAYOUT_RULES: readonly LayoutRule[] = [
  {
    id: 'stage-imports',
    applies: (f) => STAGES.some((st) => f.startsWith(`content/${st}/`)),
    refuse: (f, target) => {
      if (matchesSpec(target, '@/components') && !f.startsWith('content/tooltip/')) {
        return 'only the tooltip stage renders components';
      }
      if (!target.startsWith('@/content/')) {
        return target.startsWith('@/') && !matchesSpec(target, '@/lib') && !matchesSpec(target, '@/components')
          ? `a stage imports only lib/, components/ (the tooltip) and the shared content modules, not ${target}`
          : null;
      }
      const own = stageOf(`@/${f}`);
      const other = stageOf(target);
      if (other)
        return other === own
          ? null
          : `content/${own}/ may not import another stage (content/${other}/): only content/start-content.ts wires stages`;
      return STAGE_SHARED.some((x) => matchesSpec(withExt(target), x) || matchesSpec(target, x))
        ? null
        : `a stage may import only ${STAGE_SHARED.join(', ')} of the shared content modules, not ${target}`;
    },
  },
  {
    id: 'shared-content-imports',
    // The shared modules are below the stages: they import no stage, and not the root.
    applies: (f) =>
      f.startsWith('content/') &&
      !STAGES.some((st) => f.startsWith(`content/${st}/`)) &&
      f !== 'content/start-content.ts',
    refuse: (_f, target) =>
      stageOf(target) || matchesSpec(withExt(target), '@/content/start-content.ts')
        ? 'the shared content modules (dom/, ports, term-index, term-texts) import no stage and not the root'
        : null,
  },
  {
    id: 'single-pass-entry',
    // The bench, scripts and tests drive the scanner's single pass, not the walk it is made of.
    applies: (f) => f.startsWith('bench/') || f.startsWith('scripts/') || f.startsWith('tests/'),
    refuse: (_f, target) =>
      matchesSpec(withExt(target), '@/content/scan/text-walk.ts') && !target.includes('?')
        ? 'drive the scan through content/scan/scan-once.ts (scanOnce), not its TextWalk'
        : null,
  },
  {
    id: 'harness-imports',
    applies: (f) => f.startsWith('bench/') || f.startsWith('scripts/'),
    refuse: (_f, target) =>
      matchesSpec(target, '@/tests')
        ? 'bench/ and scripts/ import nothing from tests/: shared harness code lives in scripts/harness/'
        : null,
  },
];

/**
 * The walk's own tests test the walk (a unit under the entry): they are the one place that may import it.
 * Each entry is the start of a violation line.
 */
const ALLOWED_LAYOUT = ['tests/dom/scan/text-walk.test.ts:'];

function checkLayout(files: readonly SourceFile[], rules: readonly LayoutRule[] = LAYOUT_RULES): string[] {
  return rules.flatMap((rule) =>
    files
      .filter((f) => isModule(f) && rule.applies(f.path))
      .flatMap((f) => {
        const parsed = parseModule(f);
        return parsed.imports.flatMap(({ spec, offset }) => {
          const why = rule.refuse(f.path, resolveSpec(f.path, spec));
          return why ? [`${f.path}:${parsed.lineAt(offset)} [${rule.id}] imports "${spec}" (${why})`] : [];
        });
      }),
  );
}

describe('engine layout', () => {
  it('holds in the real tree', () => {
    const files = readTree(ROOT, ['bench', 'scripts', 'content', 'tests']);
    expect(files.some(under('bench'))).toBe(true);
    for (const st of STAGES) expect(files.some(under(`content/${st}`)), st).toBe(true);
    expect(checkLayout(files).filter((v) => !ALLOWED_LAYOUT.some((a) => v.startsWith(a)))).toEqual([]);
  });

  it('keeps the stages apart: a stage imports no other stage, only the shared modules and lib/', () => {
    expect(
      checkLayout([
        file(
          'content/paint/painter.ts',
          "import { TermIndex } from '../term-index';\nimport { x } from './viewport-window';",
        ),
        file('content/paint/bad.ts', "import { watchPointer } from '../input/pointer';"),
        file('content/tooltip/bad.tsx', "import { Painter } from '@/content/paint/painter';"),
        file(
          'content/scan/ok.ts',
          "import type { ContentData } from '../ports';\nimport { compileMatcher } from '@/lib/term-matcher';",
        ),
        file('content/input/bad.ts', "import { TermTooltip } from '@/components/TermTooltip';"),
        file('content/scan/bad.ts', "import { browser } from '@/utils/content-bridge';"),
        file('content/term-index.ts', "import { Painter } from './paint/painter';"),
        file(
          'content/start-content.ts',
          "import { Painter } from './paint/painter';\nimport { watchPointer } from './input/pointer';",
        ),
      ]).map((v) => v.split(' (')[0]),
    ).toEqual([
      'content/paint/bad.ts:1 [stage-imports] imports "../input/pointer"',
      'content/tooltip/bad.tsx:1 [stage-imports] imports "@/content/paint/painter"',
      'content/input/bad.ts:1 [stage-imports] imports "@/components/TermTooltip"',
      'content/scan/bad.ts:1 [stage-imports] imports "@/utils/content-bridge"',
      'content/term-index.ts:1 [shared-content-imports] imports "./paint/painter"',
    ]);
  });

  it('sends the bench and the tests through scanOnce, never the walk inside it', () => {
    expect(
      checkLayout([
        file('bench/inpage.ts', "import { TextWalk } from '@/content/scan/text-walk';"),
        file('tests/dom/x.test.ts', "import { scanOnce } from '@/content/scan/scan-once';"),
      ]).map((v) => v.split(' (')[0]),
    ).toEqual(['bench/inpage.ts:1 [single-pass-entry] imports "@/content/scan/text-walk"']);
  });

  it('refuses a bench or script import from tests/, however spelt', () => {
    expect(
      checkLayout([
        file('bench/a.ts', "import { x } from '../tests/e2e/support/server';"),
        file('scripts/b.ts', "import { x } from '@/tests/e2e/support/paths';"),
        file('bench/ok.ts', "import { x } from '../scripts/harness/server';"),
        file('tests/c.ts', "import { x } from '../scripts/harness/server';"),
      ]),
    ).toEqual([
      'bench/a.ts:1 [harness-imports] imports "../tests/e2e/support/server" (bench/ and scripts/ import nothing from tests/: shared harness code lives in scripts/harness/)',
      'scripts/b.ts:1 [harness-imports] imports "@/tests/e2e/support/paths" (bench/ and scripts/ import nothing from tests/: shared harness code lives in scripts/harness/)',
    ]);
  });
});
