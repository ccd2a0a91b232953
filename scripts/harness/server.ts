// Serves test pages on 127.0.0.1 only. Routes:
//   /fixtures/<file>  the project's own fixtures (tests/fixtures/pages)
//   /corpus/<file>    saved real pages (../shared/corpus/pages)
//   /raw?html=...     inline HTML given by a test (with optional &csp=...)
// Extra headers can be set per file with a sibling "<file>.headers.json".
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES_DIR } from './paths';

export interface PageServer {
  origin: string;
  url(p: string): string;
  /** Registers HTML for /dyn/<name> (for generated pages). */
  setPage(name: string, html: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startServer(corpus: string | null, port = 0): Promise<PageServer> {
  const dynamic = new Map<string, { html: string; headers: Record<string, string> }>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (url.pathname.startsWith('/dyn/')) {
      const page = dynamic.get(url.pathname.slice(5));
      if (!page) return send(404, 'not found');
      return send(200, page.html, { 'content-type': TYPES['.html']!, ...page.headers });
    }
    let base: string | null = null;
    let rel = '';
    if (url.pathname.startsWith('/fixtures/')) {
      base = FIXTURES_DIR;
      rel = url.pathname.slice('/fixtures/'.length);
    } else if (url.pathname.startsWith('/corpus/') && corpus) {
      base = corpus;
      rel = url.pathname.slice('/corpus/'.length);
    }
    if (!base) return send(404, 'not found');
    const file = path.join(base, decodeURIComponent(rel));
    if (!file.startsWith(base) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(404, 'not found');
    const extra = fs.existsSync(`${file}.headers.json`)
      ? JSON.parse(fs.readFileSync(`${file}.headers.json`, 'utf8'))
      : {};
    send(200, fs.readFileSync(file), {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...extra,
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? '' : '/'}${p}`,
    setPage(name, html, headers = {}) {
      dynamic.set(name, { html, headers });
      return `${origin}/dyn/${name}`;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
