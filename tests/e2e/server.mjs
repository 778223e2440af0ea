// A small static server for the release dist/ (and test host pages), on 127.0.0.1 only.
// Usage: node tests/e2e/server.mjs <root> <port> [--csp]
//
// Test fixtures: a `/data/ID.json` that <root> does not have is served from
// tests/e2e/fixtures/stories/ID.json, so `?story=broken` finds a deliberately invalid story
// without it ever being copied into dist/.
//
// Test story pages: `/e2e-site/…` serves target/e2e-site/ (written by
// tests/e2e/global-setup.ts: a page per story of data/ and of the fixtures, and their
// editors.html), and everything it lacks (the wasm, data/) as `/…` would be served.
//
// Embedding: `/hosts/NAME.html` serves the test host pages in tests/e2e/hosts/, `/pym.v1.min.js`
// the real pym.js parent from node_modules, and `/host/…` falls back to the repository's
// host/ (the own host snippet and the editors' example page). Every response allows any
// origin to read it (`Access-Control-Allow-Origin: *`, as GitHub Pages and most CDNs send):
// a `sandbox="allow-scripts"` frame has an opaque origin, so its module script and wasm
// fetches are cross-origin. With `--csp`, every response except the host pages carries the
// policy in <root>/csp.txt (written by scripts/csp.mjs) as `Content-Security-Policy`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);
const fixtureStories = resolve(fileURLToPath(new URL('./fixtures/stories/', import.meta.url)));
const withCsp = process.argv.includes('--csp');
const e2eSite = resolve(fileURLToPath(new URL('../../target/e2e-site/', import.meta.url)));
const hostPages = resolve(fileURLToPath(new URL('./hosts/', import.meta.url)));
const repo = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const pym = join(repo, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** `pathname` inside `base`, or an error when it would leave `base`. */
function inside(base, pathname) {
  const path = normalize(join(base, pathname));
  if (path !== base && !path.startsWith(base + sep)) throw new Error('outside root');
  return path;
}

/** The policy from <root>/csp.txt, read on every request so a rebuilt dist/ is seen. */
async function csp() {
  try {
    return (await readFile(join(root, 'csp.txt'), 'utf8')).trim() || undefined;
  } catch {
    console.error(`--csp: ${join(root, 'csp.txt')} is missing; run node scripts/csp.mjs`);
    return undefined;
  }
}

/** Host pages and tools for the embedding tests, which dist/ never contains. */
async function loadEmbedding(pathname) {
  if (pathname === '/pym.v1.min.js') return { path: pym, body: await readFile(pym) };
  if (pathname.startsWith('/hosts/')) {
    const path = inside(hostPages, pathname.slice('/hosts/'.length));
    return { path, body: await readFile(path) };
  }
  if (pathname.startsWith('/host/')) {
    const path = inside(join(repo, 'host'), pathname.slice('/host/'.length));
    return { path, body: await readFile(path) };
  }
  throw new Error('not found');
}

async function load(pathname) {
  if (pathname.startsWith('/e2e-site/')) {
    const rest = pathname.slice('/e2e-site'.length);
    try {
      const path = inside(e2eSite, rest === '/' ? '/index.html' : rest);
      return { path, body: await readFile(path) };
    } catch {
      return load(rest);
    }
  }
  if (pathname === '/pym.v1.min.js' || pathname.startsWith('/hosts/')) {
    return loadEmbedding(pathname);
  }
  try {
    let path = inside(root, pathname);
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    return { path, body: await readFile(path) };
  } catch (error) {
    if (pathname.startsWith('/host/')) return loadEmbedding(pathname);
    if (!pathname.startsWith('/data/')) throw error;
    const path = inside(fixtureStories, pathname.slice('/data/'.length));
    return { path, body: await readFile(path) };
  }
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // `/sub/path/…` serves the same files as `/…`: dist/ copied to a sub-path of a host.
    const pathname = decodeURIComponent(url.pathname).replace(/^\/sub\/path(?=\/)/, '');
    if (pathname === '/favicon.ico') {
      // The app declares no icon and the browser asks anyway: no content, and no 404 that
      // the specs' console-error fixture would count against the page.
      res.writeHead(204, { 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
      res.end();
      return;
    }
    const { path, body } = await load(pathname);
    const headers = {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    };
    const isHostPage = pathname.startsWith('/hosts/') || pathname.startsWith('/host/');
    const policy = withCsp && !isHostPage ? await csp() : undefined;
    if (policy) headers['content-security-policy'] = policy;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
