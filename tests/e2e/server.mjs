// A small static server for the release dist/ (and test host pages), on 127.0.0.1 only.
// Usage: node tests/e2e/server.mjs <root> <port> [--csp]
//
// Test fixtures: a `/data/ID.json` that <root> does not have is served from
// tests/e2e/fixtures/stories/ID.json, so `?story=broken` finds a deliberately invalid story
// without it ever being copied into dist/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);
const fixtureStories = resolve(fileURLToPath(new URL('./fixtures/stories/', import.meta.url)));
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

async function load(pathname) {
  try {
    let path = inside(root, pathname);
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    return { path, body: await readFile(path) };
  } catch (error) {
    if (!pathname.startsWith('/data/')) throw error;
    const path = inside(fixtureStories, pathname.slice('/data/'.length));
    return { path, body: await readFile(path) };
  }
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { path, body } = await load(decodeURIComponent(url.pathname));
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
