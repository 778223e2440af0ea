// First-view sizes: every file the first view downloads, raw and at the highest gzip and
// brotli levels.
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { READY } from './config.mjs';

/** Bodies of everything the first view downloads (one load, uncompressed bodies). */
export async function firstViewFiles(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = new Map();
  page.on('response', (response) => {
    const u = response.url();
    if (!u.startsWith(url) || response.status() !== 200) return;
    seen.set(u, response.body().catch(() => null));
  });
  await page.goto(url);
  await page.waitForSelector(READY, { timeout: 30000 });
  await page.waitForLoadState('networkidle');
  const files = [];
  for (const [u, bodyPromise] of seen) {
    const body = await bodyPromise;
    if (!body) continue;
    const path = new URL(u).pathname.replace(/^\/+/, '');
    files.push({
      file: path === '' ? 'index.html' : path,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    });
  }
  await context.close();
  files.sort((a, b) => b.gzip - a.gzip);
  const total = files.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { files, total };
}
