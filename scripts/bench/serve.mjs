// The app as the bench sees it: tests/e2e/server.mjs serving dist/ (started and stopped
// here) behind a small proxy that gzips (-9) what it relays, as any static host does; so the
// browser and Lighthouse see the transfer sizes a reader's phone would. Both listen on ports
// the system picks (never a fixed one), so a bench runs beside any e2e servers.
import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, ROOT } from './config.mjs';

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(url, timeoutMs = 15000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts `node tests/e2e/server.mjs <dist> <port>`; resolves to { url, stop }. */
export async function startStaticServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'tests/e2e/server.mjs'), DIST, String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url);
  return {
    port,
    url,
    stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill()))),
  };
}

/**
 * Relays every request to the static server and gzips (-9) the text and wasm responses when
 * the browser accepts gzip, as a static host does. Compressed bodies are cached per path
 * and content, so compression time never counts as server time after the first load.
 */
export async function startGzipProxy(upstreamPort) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const upstream = request(
      { host: '127.0.0.1', port: upstreamPort, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        const chunks = [];
        up.on('data', (c) => chunks.push(c));
        up.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers = { ...up.headers };
          delete headers['content-length'];
          const type = String(headers['content-type'] ?? '');
          const compressible = /^(text\/|application\/(javascript|json|wasm)|image\/svg)/.test(type);
          const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
          let out = body;
          if (compressible && accepts && body.length > 0) {
            const key = `${req.url}\0${body.length}\0${body.subarray(0, 64).toString('hex')}`;
            out = cache.get(key) ?? gzipSync(body, { level: 9 });
            cache.set(key, out);
            headers['content-encoding'] = 'gzip';
            headers.vary = 'accept-encoding';
          }
          headers['content-length'] = String(out.length);
          res.writeHead(up.statusCode ?? 502, headers);
          res.end(out);
        });
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((r) => server.close(r)) };
}
