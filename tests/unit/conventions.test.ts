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
  | 'hooks-boundary'
  | 'utils-boundary'
  | 'entrypoint-boundary'
  | 'storage-owner'
  | 'utils-helpers'
  | 'component-tests'
  | 'component-styles'
  | 'test-helpers'
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
const PRODUCT_DIRS = ['content', 'components', 'data', 'entrypoints', 'hooks', 'lib', 'utils'] as const;
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
  /** String literals and the static parts of template literals; `inClass` inside a JSX class attribute. */
  strings: { text: string; template: boolean; inClass: boolean }[];
  /** Static, re-exported and literal dynamic imports; `typeOnly` when nothing of it exists at run time. */
  imports: { spec: string; offset: number; typeOnly: boolean }[];
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
  const strings: ParsedModule['strings'] = [];
  const classAttributes: Span[] = [];
  const imports: ParsedModule['imports'] = [];
  walkAst(result.program, (n) => {
    const inClass = () => classAttributes.some((a) => a.start <= n.start && n.end <= a.end);
    if (n.type === 'JSXAttribute') {
      const name = (n as { name?: { name?: unknown } }).name?.name;
      if (name === 'class' || name === 'className') classAttributes.push(n);
    }
    if (n.type === 'JSXText') jsxText.push(n);
    else if (n.type === 'TemplateElement') {
      literals.push(n);
      const cooked = (n.value as { cooked?: string | null } | undefined)?.cooked ?? '';
      strings.push({ text: cooked, template: true, inClass: inClass() });
    } else if (n.type === 'Literal' && (typeof n.value === 'string' || 'regex' in n)) {
      literals.push(n);
      if (typeof n.value === 'string') strings.push({ text: n.value, template: false, inClass: inClass() });
    }
    // From the AST rather than the module record, which leaves out imports inside `declare module`
    // blocks and `import('x').T` types.
    if (IMPORT_NODES.has(n.type)) {
      const node = n as {
        source?: { type?: string; value?: unknown };
        importKind?: string;
        exportKind?: string;
        specifiers?: { importKind?: string; exportKind?: string }[];
      };
      const source = node.source;
      const specifiers = node.specifiers ?? [];
      const typeOnly =
        n.type === 'TSImportType' ||
        node.importKind === 'type' ||
        node.exportKind === 'type' ||
        (specifiers.length > 0 && specifiers.every((sp) => (sp.importKind ?? sp.exportKind) === 'type'));
      if (source?.type === 'Literal' && typeof source.value === 'string')
        imports.push({ spec: source.value, offset: n.start, typeOnly });
    }
  });
  const code = blank(file.text, [...result.comments, ...jsxText]);
  const parsed: ParsedModule = {
    code,
    bare: blank(code, literals),
    strings,
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

/**
 * entrypoints/ holds the WXT entrypoints and, in each one's own folder, the app it serves:
 * - `name.ts(x)`: a thin entrypoint (a define*() call, at most MAX_ENTRY_LINES lines);
 * - `name/` with index.html (which loads ./main.tsx only) and a thin main.tsx: a page; with a thin
 *   index.ts: a script (the background);
 * - beside them: App.tsx and other PascalCase .tsx components (views), kebab-case .ts modules and
 *   .css files, also one subfolder deep (sidepanel/views/). WXT builds only the entry files.
 */
function checkEntrypoints(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  const v = (file: string, line: number, message: string) => out.push({ rule: 'entrypoints', file, line, message });
  const folders = new Map<string, Set<string>>();
  const ENTRY_FILES = new Set(['index.html', 'main.tsx', 'index.ts']);
  const APP_FILE = /^(?:[A-Z][A-Za-z0-9]*\.tsx|[a-z0-9]+(?:-[a-z0-9]+)*\.(?:ts|css))$/;
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
      if (name === 'main.tsx' || name === 'index.ts') out.push(...checkThinEntry(f));
      else if (name === 'index.html') out.push(...checkEntryHtml(f));
      else if (!APP_FILE.test(name)) {
        v(f.path, 0, 'not part of an app: beside the entry files go PascalCase .tsx, kebab-case .ts and .css');
      }
    } else if (parts.length === 3 && APP_FILE.test(parts[2]!) && !ENTRY_FILES.has(parts[2]!)) {
      // One level of grouping inside an app (sidepanel/views/).
    } else if (parts.length === 3) {
      v(f.path, 0, 'not part of an app: a subfolder holds PascalCase .tsx, kebab-case .ts and .css, no entry files');
    } else {
      v(f.path, 0, 'nested too deep: an app folder has at most one level of subfolders');
    }
  }
  for (const [folder, names] of folders) {
    const dir = `entrypoints/${folder}`;
    if (!KEBAB.test(folder)) v(dir, 0, `entrypoint name "${folder}" is not kebab-case`);
    const page = names.has('index.html') || names.has('main.tsx');
    if (page) {
      for (const needed of ['index.html', 'main.tsx']) {
        if (!names.has(needed)) v(dir, 0, `page entrypoint without ${needed}`);
      }
      if (names.has('index.ts')) v(dir, 0, 'both a page (index.html) and a script (index.ts)');
    } else if (!names.has('index.ts')) {
      v(dir, 0, 'folder entrypoint without index.html and main.tsx (a page) or index.ts (a script)');
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
      message: `${lines} lines; an entrypoint stays under ${MAX_ENTRY_LINES} (move the logic beside it, e.g. App.tsx)`,
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
  /** Allowed as type-only imports (the ports a layer implements), banned otherwise. */
  typesOnly?: readonly string[];
  /** Browser globals, matched in code with comments, strings and JSX text removed. */
  globals?: RegExp;
}

/** `globalThis.` optional; not preceded by a dot, so `options.window.x` is not the global. */
const globalUse = (names: string, after = '\\??\\.') =>
  new RegExp(`(?<![\\w$.])(?:globalThis\\??\\.)?(?:${names})${after}`, 'g');

const DOM_GLOBALS = new RegExp(
  `${globalUse('document|window|browser|chrome|navigator').source}|${globalUse('localStorage|sessionStorage', '\\b').source}`,
  'g',
);
const EXTENSION_APIS = ['wxt', '#imports', 'webextension-polyfill', '@wxt-dev'];
/** Nothing in the product imports the tests or the build and bench scripts. */
const TOOLING = ['@/tests', '@/scripts', '@/bench'];

/**
 * Which folder may import which: docs/architecture.md ("Who may import what") is this table in words.
 * Each folder lists what it may NOT import; everything else in the product is allowed.
 */
const BOUNDARIES: readonly Boundary[] = [
  {
    rule: 'data-purity',
    dir: 'data',
    why: 'data/ is the patient content as typed data: it imports only other data modules',
    imports: [
      'preact',
      ...EXTENSION_APIS,
      '@/lib',
      '@/utils',
      '@/hooks',
      '@/content',
      '@/components',
      '@/entrypoints',
      ...TOOLING,
    ],
    globals: DOM_GLOBALS,
  },
  {
    rule: 'lib-purity',
    dir: 'lib',
    why: 'lib/ is pure logic and data: no DOM, browser or Preact code',
    imports: [
      'preact',
      ...EXTENSION_APIS,
      '@floating-ui',
      '@/utils',
      '@/hooks',
      '@/content',
      '@/components',
      '@/entrypoints',
      ...TOOLING,
    ],
    globals: DOM_GLOBALS,
  },
  {
    rule: 'content-boundary',
    dir: 'content',
    why: 'content/ is page code: DOM yes, browser APIs no (they are injected by utils/content-bridge)',
    imports: [...EXTENSION_APIS, '@/utils', '@/hooks', '@/entrypoints', ...TOOLING],
    globals: globalUse('browser|chrome'),
  },
  {
    rule: 'component-boundary',
    dir: 'components',
    why: 'components/ are presentational: data in, callbacks out; storage and browser APIs stay in the apps',
    imports: [...EXTENSION_APIS, '@/utils', '@/hooks', '@/content', '@/entrypoints', ...TOOLING],
    globals: new RegExp(
      `${globalUse('browser|chrome').source}|${globalUse('localStorage|sessionStorage|indexedDB', '\\b').source}`,
      'g',
    ),
  },
  {
    rule: 'hooks-boundary',
    dir: 'hooks',
    why: 'hooks/ give the apps state: they use utils/ and lib/, and draw nothing',
    imports: ['@/components', '@/content', '@/entrypoints', ...TOOLING],
  },
  {
    rule: 'utils-boundary',
    dir: 'utils',
    why: 'utils/ are helpers for the apps, the background and the content script: no UI, no app code',
    imports: ['@/hooks', '@/components', '@/entrypoints', ...TOOLING],
    // The content script's ports (ContentBridge, ContentLifecycle) are implemented here.
    typesOnly: ['@/content'],
  },
  {
    rule: 'entrypoint-boundary',
    dir: 'entrypoints',
    why: 'an entrypoint and its app use the shared folders, not tests or scripts',
    imports: [...TOOLING],
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
  const boundaryViolations = boundaries.flatMap((b) =>
    files
      .filter(under(b.dir))
      .filter(isModule)
      .flatMap((f) => {
        const parsed = parseModule(f);
        const badImports = parsed.imports.flatMap(({ spec, offset, typeOnly }) => {
          const resolved = resolveSpec(f.path, spec);
          const banned = b.imports.find((x) => matchesSpec(resolved, x));
          const typeBanned = !typeOnly && b.typesOnly?.find((x) => matchesSpec(resolved, x));
          if (!banned && !typeBanned) return [];
          const why = banned ? b.why : `${b.why}; from ${typeBanned} only types`;
          return [{ rule: b.rule, file: f.path, line: parsed.lineAt(offset), message: `imports "${spec}" (${why})` }];
        });
        const badGlobals = b.globals ? findPattern(f, 'bare', b.globals, b.rule, (m) => `uses ${m} (${b.why})`) : [];
        return [...badImports, ...badGlobals];
      }),
  );
  return [...boundaryViolations, ...checkEntrypointFolders(files)];
}

/** An app's folder is its own: entrypoints/popup/ does not import entrypoints/sidepanel/ (shared code goes to a shared folder). */
function checkEntrypointFolders(files: readonly SourceFile[]): Violation[] {
  return files
    .filter(under('entrypoints'))
    .filter(isModule)
    .flatMap((f) => {
      const own = f.path.split('/').slice(0, 2).join('/');
      const parsed = parseModule(f);
      return parsed.imports.flatMap(({ spec, offset }) => {
        const resolved = resolveSpec(f.path, spec);
        if (!resolved.startsWith('@/entrypoints/') || matchesSpec(resolved, `@/${own}`)) return [];
        return [
          {
            rule: 'entrypoint-boundary' as const,
            file: f.path,
            line: parsed.lineAt(offset),
            message: `imports "${spec}" (an app uses its own folder and the shared ones, never another entrypoint's)`,
          },
        ];
      });
    });
}

/**
 * One module owns storage: outside utils/storage/, product code neither calls the storage APIs
 * (browser.storage, chrome.storage) nor imports WXT's storage; it calls utils/storage's functions.
 */
const STORAGE_API = globalUse('browser|chrome', '\\??\\.\\s*storage\\b');
const WXT_STORAGE_IMPORT = /\bimport\s*\{[^}]*\bstorage\b[^}]*\}\s*from\s*['"]#imports['"]/g;

function checkStorageOwner(files: readonly SourceFile[]): Violation[] {
  const why = 'storage is read and written only in utils/storage/';
  return files
    .filter((f) => PRODUCT_DIRS.some((d) => under(d)(f)) && !under('utils/storage')(f))
    .filter(isModule)
    .flatMap((f) => {
      const parsed = parseModule(f);
      const imports = parsed.imports
        .filter((i) => matchesSpec(i.spec, 'wxt/utils/storage') || matchesSpec(i.spec, '@wxt-dev/storage'))
        .map((i) => ({
          rule: 'storage-owner' as const,
          file: f.path,
          line: parsed.lineAt(i.offset),
          message: `imports "${i.spec}" (${why})`,
        }));
      return [
        ...imports,
        ...findPattern(f, 'bare', STORAGE_API, 'storage-owner', (m) => `uses ${m} (${why})`),
        ...findPattern(f, 'code', WXT_STORAGE_IMPORT, 'storage-owner', () => `imports storage from #imports (${why})`),
      ];
    });
}

/** utils/ keeps helpers (no components or apps); hooks/ holds hooks only, named use-*.ts. */
function checkHelperFolders(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files.filter(isModule)) {
    if (under('utils')(f) && f.path.endsWith('.tsx')) {
      out.push({
        rule: 'utils-helpers',
        file: f.path,
        line: 0,
        message:
          'a component in utils/: utils/ keeps helpers; an app goes beside its entrypoint, a component in components/',
      });
    }
    if (under('hooks')(f) && !/^hooks\/use-[a-z0-9-]+\.ts$/.test(f.path)) {
      out.push({
        rule: 'utils-helpers',
        file: f.path,
        line: 0,
        message: 'hooks/ holds hooks only, one per use-<name>.ts',
      });
    }
  }
  return out;
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

/**
 * Class names a module writes: in its class attributes, or (`anyString`) in any string, for classes
 * put together in a variable first. A template's "name-${…}" counts as the prefix "name-".
 */
function classTokens(f: SourceFile, anyString = false): { names: Set<string>; prefixes: string[] } {
  const names = new Set<string>();
  const prefixes: string[] = [];
  for (const { text, template, inClass } of parseModule(f).strings) {
    if (!anyString && !inClass) continue;
    for (const token of text.split(/\s+/)) {
      if (!/^-?[a-z][a-z0-9-]*$/.test(token)) continue;
      if (template && token.endsWith('-')) prefixes.push(token);
      else names.add(token);
    }
  }
  return { names, prefixes };
}

/** Class selectors of a stylesheet: ".a:hover .b-c" gives a and b-c. */
function cssClasses(f: SourceFile): { name: string; line: number }[] {
  const lineAt = lineIndex(f.text);
  const text = f.text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const out: { name: string; line: number }[] = [];
  // Selectors are what stands before "{"; declarations ("0.5rem") never are.
  for (const m of text.matchAll(/([^{}]+)\{/g)) {
    if (m[1]!.trim().startsWith('@')) continue;
    for (const c of m[1]!.matchAll(/\.(-?[a-zA-Z_][\w-]*)/g)) {
      out.push({ name: c[1]!, line: lineAt(m.index + c.index) });
    }
  }
  return out;
}

/**
 * A component's styles are its own: components/<Name>.css is imported by components/<Name>.tsx and by
 * no other module, styles only classes that component writes, and no other component or app writes
 * those classes (one class, one widget). theme.css holds what several components share. Components
 * the content script draws with (the tooltip) import no CSS: it would be injected into every page.
 */
function checkComponentStyles(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  const v = (file: string, line: number, message: string) =>
    out.push({ rule: 'component-styles', file, line, message });
  const byPath = new Map(files.map((f) => [f.path, f]));
  const markup = files.filter(isModule).filter((f) => f.path.endsWith('.tsx') && !under('tests')(f));
  const sheets = files.filter((f) => /^components\/[A-Z][A-Za-z0-9]*\.css$/.test(f.path));
  for (const sheet of sheets) {
    const owner = byPath.get(sheet.path.replace(/\.css$/, '.tsx'));
    if (!owner) {
      v(sheet.path, 0, 'styles no component: components/<Name>.css belongs to components/<Name>.tsx');
      continue;
    }
    const own = classTokens(owner, true);
    const others = markup.filter((f) => f !== owner).map((f) => ({ f, tokens: classTokens(f).names }));
    for (const { name, line } of cssClasses(sheet)) {
      if (!own.names.has(name) && !own.prefixes.some((p) => name.startsWith(p))) {
        v(sheet.path, line, `styles .${name}, which ${owner.path} does not write (theme.css holds shared classes)`);
      }
      for (const { f } of others.filter((o) => o.tokens.has(name))) {
        v(sheet.path, line, `styles .${name}, which ${f.path} writes too: one class, one widget`);
      }
    }
  }
  for (const f of files.filter(isModule)) {
    const parsed = parseModule(f);
    for (const { spec, offset } of parsed.imports.filter((i) => i.spec.endsWith('.css'))) {
      const resolved = resolveSpec(f.path, spec);
      const ownSheet = `@/${f.path.replace(/\.tsx$/, '.css')}`;
      if (/^@\/components\/[A-Z]/.test(resolved) && resolved !== ownSheet) {
        v(
          f.path,
          parsed.lineAt(offset),
          `imports ${spec}: a component's stylesheet is imported by that component only`,
        );
      }
    }
  }
  for (const sheet of sheets) {
    const owner = byPath.get(sheet.path.replace(/\.css$/, '.tsx'));
    const name = sheet.path.split('/').at(-1)!;
    if (owner && !parseModule(owner).imports.some((i) => i.spec === `./${name}`)) {
      v(owner.path, 0, `does not import ./${name}, so its styles are missing wherever it is drawn`);
    }
  }
  // Components reachable from the content script: none may import a stylesheet.
  const seen = new Set<string>();
  const queue = files
    .filter(under('content'))
    .filter(isModule)
    .flatMap((f) => parseModule(f).imports.map((i) => resolveSpec(f.path, i.spec)));
  while (queue.length) {
    const spec = queue.pop()!;
    const m = /^@\/(components\/[A-Za-z0-9]+)$/.exec(spec);
    if (!m || seen.has(m[1]!)) continue;
    seen.add(m[1]!);
    const f = byPath.get(`${m[1]}.tsx`);
    if (!f) continue;
    for (const i of parseModule(f).imports) {
      if (i.spec.endsWith('.css')) {
        v(
          f.path,
          parseModule(f).lineAt(i.offset),
          `imports ${i.spec}, but the content script draws it: it would style every web page`,
        );
      }
      queue.push(resolveSpec(f.path, i.spec));
    }
  }
  return out;
}

/**
 * Test code that is not a test file is a helper, and helpers live in one place per layer:
 * tests/<layer>/support/ for one layer (unit, dom, components, apps, integration, e2e, firefox),
 * tests/support/ for what several layers share. Vitest setup files and the Firefox runner are named.
 */
const TEST_FILE = /\.(?:test\.tsx?|spec\.ts)$/;
const TEST_RUNNERS = new Set(['tests/setup-dom.ts', 'tests/integration/setup.ts', 'tests/firefox/run-firefox.ts']);

function checkTestHelpers(files: readonly SourceFile[]): Violation[] {
  return files
    .filter(under('tests'))
    .filter(isModule)
    .filter((f) => !TEST_FILE.test(f.path) && !TEST_RUNNERS.has(f.path))
    .filter((f) => !/^tests\/(?:[a-z0-9-]+\/)?support\//.test(f.path))
    .map((f) => ({
      rule: 'test-helpers' as const,
      file: f.path,
      line: 0,
      message: 'a test helper outside a support/ folder (tests/<layer>/support/, or tests/support/ when shared)',
    }));
}

const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
/** kebab-case segments separated by dots: "term-matcher", "condition.details", "highlight.spec". */
const KEBAB_DOTTED = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Modules are kebab-case; components PascalCase .tsx (and their tests); apps and views too. */
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
    } else if (f.path.startsWith('entrypoints/') && PASCAL.test(stem) && base.endsWith('.tsx')) {
      // An app and its views are components too.
    } else if (/^tests\/(?:components|apps)\/[A-Z][^/]*$/.test(f.path)) {
      if (!/^[A-Z][A-Za-z0-9]*\.test\.tsx$/.test(base)) v(f.path, 'a component test is <Component>.test.tsx');
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
    ...checkStorageOwner(files),
    ...checkHelperFolders(files),
    ...checkComponentTests(files),
    ...checkComponentStyles(files),
    ...checkTestHelpers(files),
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
    file('entrypoints/content.ts', 'export default defineContentScript({ main() {} });\n'),
    file('entrypoints/background/index.ts', 'export default defineBackground(() => {\n  start();\n});\n'),
    file('entrypoints/background/tab-terms.ts', 'export const x = 1;\n'),
    file('entrypoints/popup/index.html', html),
    file('entrypoints/popup/main.tsx', main),
    file('entrypoints/popup/style.css', 'body {}'),
    file('entrypoints/popup/App.tsx', 'export const App = () => <main />;\n'),
    file('entrypoints/sidepanel/index.html', html),
    file('entrypoints/sidepanel/main.tsx', main),
    file('entrypoints/sidepanel/views/PageView.tsx', 'export const PageView = () => <p />;\n'),
    file('entrypoints/sidepanel/views/panel-data.ts', 'export const y = 2;\n'),
  ];

  it('accepts name.ts, pages (index.html, main.tsx) and scripts (index.ts), with their app beside them', () => {
    expect(checkEntrypoints(good)).toEqual([]);
  });

  it('rejects helpers, stray files, deep folders and bad names', () => {
    const bad = [
      file('entrypoints/helpers.json', '{}'),
      file('entrypoints/popup/index.html', html),
      file('entrypoints/popup/main.tsx', main),
      file('entrypoints/popup/notes.md', ''),
      file('entrypoints/popup/app_state.ts', ''),
      file('entrypoints/popup/parts/main.tsx', main),
      file('entrypoints/popup/parts/deeper/x.ts', ''),
      file('entrypoints/Side_Panel.ts', 'export default defineBackground(() => {});'),
    ];
    expect(brief(checkEntrypoints(bad))).toEqual([
      'entrypoints/helpers.json:0 entrypoints',
      'entrypoints/popup/notes.md:0 entrypoints',
      'entrypoints/popup/app_state.ts:0 entrypoints',
      'entrypoints/popup/parts/main.tsx:0 entrypoints',
      'entrypoints/popup/parts/deeper/x.ts:0 entrypoints',
      'entrypoints/Side_Panel.ts:0 entrypoints',
    ]);
  });

  it('needs both index.html and main.tsx in a page, or index.ts in a script, not both', () => {
    expect(brief(checkEntrypoints([file('entrypoints/options/main.tsx', main)]))).toEqual([
      'entrypoints/options:0 entrypoints',
    ]);
    expect(brief(checkEntrypoints([file('entrypoints/worker/tab-terms.ts', '')]))).toEqual([
      'entrypoints/worker:0 entrypoints',
    ]);
    const both = [
      file('entrypoints/odd/index.html', html),
      file('entrypoints/odd/main.tsx', main),
      file('entrypoints/odd/index.ts', 'export default defineBackground(() => {});\n'),
    ];
    expect(brief(checkEntrypoints(both))).toEqual(['entrypoints/odd:0 entrypoints']);
  });

  it('rejects a fat entrypoint, and one without define*() or render()', () => {
    const fat = `export default defineBackground(() => {\n${'  step();\n'.repeat(40)}});\n`;
    expect(brief(checkEntrypoints([file('entrypoints/background.ts', fat)]))).toEqual([
      `entrypoints/background.ts:${MAX_ENTRY_LINES + 1} entrypoints`,
    ]);
    expect(brief(checkEntrypoints([file('entrypoints/background/index.ts', fat)]))).toEqual([
      `entrypoints/background/index.ts:${MAX_ENTRY_LINES + 1} entrypoints`,
    ]);
    const noCall = "// defineBackground(() => {}) in a comment does not count\nexport const x = 'render()';\n";
    expect(checkEntrypoints([file('entrypoints/background.ts', noCall)])[0]?.message).toMatch(/no define/);
  });

  it('rejects inline or other scripts in an entry page', () => {
    const page = `${html}<script>alert(1)</script>\n`;
    expect(
      brief(checkEntrypoints([file('entrypoints/popup/index.html', page), file('entrypoints/popup/main.tsx', main)])),
    ).toEqual(['entrypoints/popup/index.html:3 entrypoints']);
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

  it('hooks: storage helpers and lib yes; components, content and apps no', () => {
    const src = [
      "import { useEffect } from 'preact/hooks';",
      "import { readTabTerms } from '@/utils/storage';",
      "import { browser } from 'wxt/browser';",
      "import { Notice } from '@/components/Notice';",
      "import { startContent } from '@/content/start-content';",
      "import { App } from '@/entrypoints/popup/App';",
    ].join('\n');
    expect(brief(checkBoundaries([file('hooks/use-x.ts', src)]))).toEqual(
      [4, 5, 6].map((l) => `hooks/use-x.ts:${l} hooks-boundary`),
    );
  });

  it('utils: browser APIs and lib yes; the content script only as types; hooks, components and apps no', () => {
    const src = [
      "import { browser } from 'wxt/browser';",
      "import { siteKey } from '@/lib/settings';",
      "import type { ContentBridge } from '@/content/start-content';",
      "import { type ContentState } from '../content/start-content';",
      "import { startContent } from '@/content/start-content';",
      "import { useAppState } from '@/hooks/use-app-state';",
      "import type { Shortcut } from '@/components/SettingsForm';",
      "import { App } from '@/entrypoints/popup/App';",
    ].join('\n');
    expect(brief(checkBoundaries([file('utils/x.ts', src)]))).toEqual(
      [5, 6, 7, 8].map((l) => `utils/x.ts:${l} utils-boundary`),
    );
  });

  it('entrypoints: every shared folder, their own folder, but not another app, the tests or the scripts', () => {
    const src = [
      "import { App } from './App';",
      "import { PageView } from './views/PageView';",
      "import { useAppState } from '@/hooks/use-app-state';",
      "import { startContent } from '@/content/start-content';",
      "import { App as Popup } from '../popup/App';",
      "import { tabIdOf } from '@/tests/e2e/support/tabs';",
      "import { run } from '../../scripts/run-tests';",
    ].join('\n');
    expect(brief(checkBoundaries([file('entrypoints/sidepanel/main.tsx', src)]))).toEqual([
      'entrypoints/sidepanel/main.tsx:6 entrypoint-boundary',
      'entrypoints/sidepanel/main.tsx:7 entrypoint-boundary',
      'entrypoints/sidepanel/main.tsx:5 entrypoint-boundary',
    ]);
  });

  it('no product folder imports the tests, the scripts or the bench', () => {
    const src =
      "import { a } from '@/tests/support/in-page';\nimport { b } from '@/scripts/x';\nimport { c } from '@/bench/y';\n";
    const dirs = ['lib', 'data', 'content', 'components', 'hooks', 'utils'];
    const found = dirs.flatMap((d) => brief(checkBoundaries([file(`${d}/x.ts`, src)])));
    expect(found).toHaveLength(dirs.length * 3);
  });

  it('says what was imported or used, and why it is not allowed', () => {
    const [v] = checkBoundaries([file('lib/x.ts', "import { browser } from 'wxt/browser';")]);
    expect(format(v!)).toBe(
      'lib/x.ts:1 [lib-purity] imports "wxt/browser" (lib/ is pure logic and data: no DOM, browser or Preact code)',
    );
  });
});

describe('rule: storage has one owner', () => {
  it('flags storage APIs and WXT storage outside utils/storage/, and allows them inside', () => {
    const src = [
      "import { storage } from '#imports';",
      "import { storage as s } from 'wxt/utils/storage';",
      "import { defineBackground } from '#imports';",
      'await browser.storage.local.get("settings");',
      'chrome?.storage.session.set({});',
      '// browser.storage in a comment is fine',
      'const text = "browser.storage";',
    ].join('\n');
    expect(brief(checkStorageOwner([file('hooks/use-x.ts', src)]))).toEqual([
      'hooks/use-x.ts:2 storage-owner',
      'hooks/use-x.ts:4 storage-owner',
      'hooks/use-x.ts:5 storage-owner',
      'hooks/use-x.ts:1 storage-owner',
    ]);
    expect(checkStorageOwner([file('utils/storage/index.ts', src), file('utils/storage/raw.ts', src)])).toEqual([]);
    expect(checkStorageOwner([file('tests/e2e/x.spec.ts', src)])).toEqual([]);
  });
});

describe('rule: utils/ keeps helpers, hooks/ keeps hooks', () => {
  it('flags components in utils/ and anything but use-*.ts in hooks/', () => {
    const files = [
      file('utils/side-panel.ts'),
      file('utils/shells/PopupApp.tsx'),
      file('hooks/use-stored.ts'),
      file('hooks/stored.ts'),
      file('hooks/UsePanel.tsx'),
    ];
    expect(brief(checkHelperFolders(files))).toEqual([
      'utils/shells/PopupApp.tsx:0 utils-helpers',
      'hooks/stored.ts:0 utils-helpers',
      'hooks/UsePanel.tsx:0 utils-helpers',
    ]);
  });
});

describe('rule: component styles', () => {
  const tabs = file(
    'components/SectionTabs.tsx',
    'import \'./SectionTabs.css\';\nexport const SectionTabs = () => <div class="section-tabs"><button class="tab" /></div>;\n',
  );
  const tabsCss = file(
    'components/SectionTabs.css',
    '.section-tabs {\n  display: flex;\n}\n.section-tabs .tab:hover {\n}\n',
  );

  it('accepts a component with its own stylesheet, and template-made class names', () => {
    const card = file(
      'components/Card.tsx',
      "import './Card.css';\nexport const Card = (p) => <p class={`strength strength-${p.s}`} />;\n",
    );
    const cardCss = file('components/Card.css', '.strength {}\n.strength-weak, .strength-none { color: red; }\n');
    expect(checkComponentStyles([tabs, tabsCss, card, cardCss, file('components/theme.css', '.btn {}')])).toEqual([]);
  });

  it('flags one class styling two widgets, and classes the component does not write', () => {
    const nav = file('entrypoints/sidepanel/App.tsx', 'export const App = () => <nav class="section-tabs" />;\n');
    const extra = file('components/SectionTabs.css', '.section-tabs {}\n.panel-nav {}\n');
    expect(brief(checkComponentStyles([tabs, extra, nav]))).toEqual([
      'components/SectionTabs.css:1 component-styles',
      'components/SectionTabs.css:2 component-styles',
    ]);
    // Words in other strings are not class names.
    const words = file('entrypoints/popup/App.tsx', "const s = 'section-tabs are nice';\n");
    expect(checkComponentStyles([tabs, tabsCss, words])).toEqual([]);
  });

  it('flags a stylesheet without its component, a component that does not import its own, and borrowed sheets', () => {
    const lost = file('components/Gone.css', '.gone {}');
    const noImport = file(
      'components/SectionTabs.tsx',
      'export const SectionTabs = () => <div class="section-tabs"><button class="tab" /></div>;\n',
    );
    const borrower = file('components/Other.tsx', "import './SectionTabs.css';\nexport const Other = () => null;\n");
    expect(brief(checkComponentStyles([lost, noImport, tabsCss, borrower]))).toEqual([
      'components/Gone.css:0 component-styles',
      'components/Other.tsx:1 component-styles',
      'components/SectionTabs.tsx:0 component-styles',
    ]);
  });

  it('flags a stylesheet in a component the content script draws, however deep', () => {
    const content = file('content/tooltip.tsx', "import { TermTooltip } from '@/components/TermTooltip';\n");
    const tip = file(
      'components/TermTooltip.tsx',
      "import { Badge } from './Badge';\nexport const TermTooltip = () => null;\n",
    );
    const badge = file(
      'components/Badge.tsx',
      'import \'./Badge.css\';\nexport const Badge = () => <b class="badge" />;\n',
    );
    const badgeCss = file('components/Badge.css', '.badge {}');
    expect(brief(checkComponentStyles([content, tip, badge, badgeCss]))).toEqual([
      'components/Badge.tsx:1 component-styles',
    ]);
  });
});

describe('rule: test helpers live in support/ folders', () => {
  it('accepts tests, support folders and the named runners; flags other helpers', () => {
    const files = [
      file('tests/unit/settings.test.ts'),
      file('tests/components/Switch.test.tsx'),
      file('tests/e2e/popup.spec.ts'),
      file('tests/e2e/support/probes.ts'),
      file('tests/support/in-page.ts'),
      file('tests/setup-dom.ts'),
      file('tests/firefox/run-firefox.ts'),
      file('tests/unit/rule-forms.ts'),
      file('tests/e2e/support-ext/ext.ts'),
      file('tests/firefox/page-helpers.ts'),
    ];
    expect(brief(checkTestHelpers(files))).toEqual([
      'tests/unit/rule-forms.ts:0 test-helpers',
      'tests/e2e/support-ext/ext.ts:0 test-helpers',
      'tests/firefox/page-helpers.ts:0 test-helpers',
    ]);
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
  it('accepts kebab-case modules, PascalCase components, apps and views, dotted kebab names', () => {
    const ok = [
      'lib/term-matcher.ts',
      'data/glossary/condition.details.ts',
      'lib/virtual-modules.d.ts',
      'components/SectionTabs.tsx',
      'components/SectionTabs.css',
      'components/theme.css',
      'entrypoints/popup/App.tsx',
      'entrypoints/sidepanel/views/PageView.tsx',
      'hooks/use-app-state.ts',
      'tests/components/SectionTabs.test.tsx',
      'tests/apps/PopupApp.test.tsx',
      'tests/apps/use-stored.test.tsx',
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
      'entrypoints/popup/popup_app.tsx',
      'utils/Hooks/use-x.ts',
      'utils/PopupApp.tsx',
      'tests/components/switch.test.tsx',
      'scripts/makeIcons.ts',
    ];
    expect(brief(checkNaming(bad.map((p) => file(p))))).toEqual([
      'lib/termMatcher.ts:0 naming',
      'content/Painter.ts:0 naming',
      'components/section-tabs.tsx:0 naming',
      'components/helpers.ts:0 naming',
      'entrypoints/popup/popup_app.tsx:0 naming',
      'utils/Hooks:0 naming',
      'utils/PopupApp.tsx:0 naming',
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

/** The composition root, in two halves: every frame's (start-content) and the reader's, loaded on the first term. */
const ROOTS = ['content/start-content.ts', 'content/start-reader.ts'];
/** The content script's stages: each a folder that may not import another (the root wires them). */
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
          : `content/${own}/ may not import another stage (content/${other}/): only the root (content/start-content.ts, content/start-reader.ts) wires stages`;
      return STAGE_SHARED.some((x) => matchesSpec(withExt(target), x) || matchesSpec(target, x))
        ? null
        : `a stage may import only ${STAGE_SHARED.join(', ')} of the shared content modules, not ${target}`;
    },
  },
  {
    id: 'shared-content-imports',
    // The shared modules are below the stages: they import no stage, and not the root.
    applies: (f) =>
      f.startsWith('content/') && !STAGES.some((st) => f.startsWith(`content/${st}/`)) && !ROOTS.includes(f),
    refuse: (_f, target) =>
      stageOf(target) || ROOTS.some((r) => matchesSpec(withExt(target), `@/${r}`))
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

  it('keeps the reader half lazy: the content script imports it only with import(), nothing else in the frame code statically', () => {
    const files = readTree(ROOT, ['content', 'entrypoints', 'utils']).filter(isModule);
    const importers = files.flatMap((f) =>
      parseModule(f)
        .imports.filter(({ spec }) => matchesSpec(withExt(resolveSpec(f.path, spec)), '@/content/start-reader.ts'))
        .map(() => f.path),
    );
    // The welcome page is an extension page: it loads the reader at once.
    expect(importers.filter((f) => f !== 'entrypoints/welcome/App.tsx').sort()).toEqual(['entrypoints/content.ts']);
    const entry = fs.readFileSync(path.join(ROOT, 'entrypoints/content.ts'), 'utf8');
    expect(entry).toMatch(/import\('@\/content\/start-reader'\)/);
    expect(entry).not.toMatch(/^import[^;]*start-reader/m);
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
