// The byte budgets of issue 14. Sizes are deterministic, so they are tests; timings are only
// reported, by `make bench`.
//
// - Until the first step is readable: the seed story's page (its HTML with the inline CSS,
//   nothing else) is at most 30 KB gzip -9.
// - Until the explainer is interactive: everything the first view downloads (HTML, JS, wasm)
//   is at most 160 KB gzip -9 (the target is 130 KB).
//
// The first view is counted twice and the two must agree: from what Chromium really
// downloads when it opens the release page, and from the files on disk (dist/index.html and
// every .js/.wasm/.css it references).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ROOT } from './fixtures/story';

/** The seed story's page alone: 30 KB gzip -9. */
const PAGE_BUDGET = 30 * 1024;
/** HTML + JS + wasm of the first view: 160 KB gzip -9. */
const BUDGET = 160 * 1024;
const DIST = resolve(ROOT, process.env.DIST ?? 'dist');
/** The seed story's pages: `/` (data/site.json's home story) and its own address. */
const SEED_PAGES = ['index.html', 'nk-troops.html'];

const gzip9 = (body: Buffer): number => gzipSync(body, { level: 9 }).length;

interface Entry {
  file: string;
  raw: number;
  gzip: number;
}

function table(title: string, entries: Entry[]): string {
  const rows = [...entries].sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((sum, e) => ({ raw: sum.raw + e.raw, gzip: sum.gzip + e.gzip }), {
    raw: 0,
    gzip: 0,
  });
  const width = Math.max(5, ...rows.map((e) => e.file.length));
  const line = (file: string, raw: number | string, gz: number | string) =>
    `| ${file.padEnd(width)} | ${String(raw).padStart(9)} | ${String(gz).padStart(9)} |`;
  return [
    title,
    line('file', 'raw B', 'gzip-9 B'),
    `|${'-'.repeat(width + 2)}|${'-'.repeat(10)}:|${'-'.repeat(10)}:|`,
    ...rows.map((e) => line(e.file, e.raw, e.gzip)),
    line('total', total.raw, total.gzip),
    `budget ${BUDGET} B gzip -9: ${total.gzip} B used, ${BUDGET - total.gzip} B left`,
  ].join('\n');
}

const sum = (entries: Entry[]): number => entries.reduce((n, e) => n + e.gzip, 0);

/** The file a first-view URL names, relative to dist/ (`/` is index.html). */
function fileOf(url: string): string {
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** dist/index.html and every .js, .wasm and .css file it references, as found on disk. */
function firstViewOnDisk(): Entry[] {
  const html = readFileSync(join(DIST, 'index.html'));
  const referenced = new Set<string>();
  // Quoted references, and unquoted attribute values (the release HTML is minified).
  const refs = /["']([^"'\s]+\.(?:js|wasm|css))["']|=([^"'\s>=]+\.(?:js|wasm|css))(?=[\s>])/g;
  for (const [, quoted, bare] of html.toString('utf8').matchAll(refs)) {
    const ref = quoted ?? bare;
    if (/^[a-z]+:/i.test(ref)) continue; // another origin is not part of this app
    referenced.add(ref.replace(/^(\.\/|\/)+/, ''));
  }
  const files = ['index.html', ...[...referenced].sort()];
  return files.map((file) => {
    const body = file === 'index.html' ? html : readFileSync(join(DIST, file));
    return { file, raw: body.length, gzip: gzip9(body) };
  });
}

/** Opens the release page and waits until the app is ready and the network is quiet. */
async function openReady(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('#claimlens')).toHaveAttribute('data-state', 'ready');
  await page.waitForLoadState('networkidle');
}

test('the first view downloads at most 160 KB gzip -9, counted in Chromium and on disk alike', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  const downloads: Promise<Entry>[] = [];
  const urls: string[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith('http') || response.status() !== 200) return;
    urls.push(url);
    downloads.push(
      response.body().then((body) => ({ file: fileOf(url), raw: body.length, gzip: gzip9(body) })),
    );
  });
  await openReady(page);
  const network = await Promise.all(downloads);
  const disk = firstViewOnDisk();
  console.log(table('first view, as downloaded by Chromium:', network));
  console.log(table('first view, from dist/index.html and what it references:', disk));

  expect(
    urls.filter((url) => !url.startsWith(origin)),
    'the first view fetches nothing from another origin',
  ).toEqual([]);
  const files = network.map((e) => e.file);
  expect(files.filter((f, i) => files.indexOf(f) !== i), 'no file is downloaded twice').toEqual(
    [],
  );
  expect(files.some((f) => f.endsWith('.wasm')), 'the wasm is downloaded').toBe(true);
  expect([...files].sort(), 'Chromium downloads exactly the files index.html references').toEqual(
    disk.map((e) => e.file).sort(),
  );
  expect(sum(network), 'Chromium and the disk count the same bytes').toBe(sum(disk));
  expect(sum(network), 'first view total, gzip -9 bytes').toBeLessThanOrEqual(BUDGET);
});

for (const file of SEED_PAGES) {
  test(`the seed story's page ${file} is at most 30 KB gzip -9, its inline CSS included`, () => {
    const body = readFileSync(join(DIST, file));
    const entry = { file, raw: body.length, gzip: gzip9(body) };
    console.log(`${file}: ${entry.raw} B, ${entry.gzip} B gzip -9 of ${PAGE_BUDGET}`);
    expect(body.toString('utf8'), 'the page inlines its CSS').toContain('<style');
    expect(entry.gzip, `${file}, gzip -9 bytes`).toBeLessThanOrEqual(PAGE_BUDGET);
  });
}
