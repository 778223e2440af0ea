#!/usr/bin/env node
// `make bench` (issue 6): what a reader feels, measured on the release build in dist/.
// Prints a table and writes target/bench.json. Nothing here is pass/fail: timings on a
// shared 2-core machine are noisy, so they are reported (median and spread), not asserted.
// The byte budget, which is deterministic, is a test: tests/open/budget.spec.ts (`make
// open-checks` while the budget is not met; it joins `make test` once it is).
//
//   node scripts/bench.mjs            (the Makefile's `bench` target builds dist/ first)
//   DIST=/tmp/other-dist LOADS=20 INTERACTIONS=100 LIGHTHOUSE=0 node scripts/bench.mjs
//
// The app is served by tests/e2e/server.mjs (started and stopped here) behind a small proxy
// that gzips (-9) what it relays, as any static host does; so the browser and Lighthouse
// see the transfer sizes a reader's phone would (set GZIP=0 to measure uncompressed).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, process.env.DIST ?? 'dist');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LOADS = Math.max(10, Number(process.env.LOADS ?? 10));
const INTERACTIONS = Math.max(50, Number(process.env.INTERACTIONS ?? 50));
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** Lighthouse configurations: mobile (simulated throttling), mobile with throttling applied, desktop. */
const LIGHTHOUSE_RUNS_OF = ['mobile', 'mobile-applied', 'desktop'];
const WANT_LIGHTHOUSE = process.env.LIGHTHOUSE !== '0';
const WANT_GZIP = process.env.GZIP !== '0';
const THROTTLE = 4;
const BUDGET = 100 * 1024;

/** The Chromium flags of playwright.config.ts (`chromiumArgs`), read from it so they stay in step. */
function chromiumArgs() {
  const fallback = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  try {
    const config = readFileSync(join(ROOT, 'playwright.config.ts'), 'utf8');
    const list = /export const chromiumArgs\s*=\s*\[([\s\S]*?)\]/.exec(config)?.[1] ?? '';
    const args = [...list.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    return args.length > 0 ? args : fallback;
  } catch {
    return fallback;
  }
}
const ARGS = chromiumArgs();

// ---------------------------------------------------------------------------------------
// Statistics and formatting
// ---------------------------------------------------------------------------------------

/** The q-quantile (0..1) of numbers, linearly interpolated; null when there are none. */
function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

/** Median, p10, p90, min, max and count of a sample. */
function stats(values) {
  const v = values.filter((x) => Number.isFinite(x));
  return {
    n: v.length,
    median: quantile(v, 0.5),
    p10: quantile(v, 0.1),
    p90: quantile(v, 0.9),
    min: v.length ? Math.min(...v) : null,
    max: v.length ? Math.max(...v) : null,
  };
}

const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** A markdown table from a header row and rows; numbers are right-aligned. */
function markdown(head, rows) {
  const cells = [head, ...rows].map((r) => r.map((c) => String(c ?? '–')));
  const widths = head.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const numeric = head.map((_, i) => rows.every((r) => /^[-–\d.,%× ]*$/.test(String(r[i] ?? '–'))));
  const line = (r) =>
    `| ${r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

const spread = (s, digits = 1) => `${fmt(s.p10, digits)} – ${fmt(s.p90, digits)}`;
const range = (s, digits = 1) => `${fmt(s.min, digits)} – ${fmt(s.max, digits)}`;

// ---------------------------------------------------------------------------------------
// Servers: tests/e2e/server.mjs, and a gzip proxy in front of it
// ---------------------------------------------------------------------------------------

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
async function startStaticServer() {
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
async function startGzipProxy(upstreamPort) {
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

// ---------------------------------------------------------------------------------------
// Page-side instruments
// ---------------------------------------------------------------------------------------

/**
 * Installed before any page script: first paint, first contentful paint, largest
 * contentful paint, layout shifts, and the moment `#claimlens[data-state="ready"]` first
 * exists (a MutationObserver, so the time is when the DOM says ready) and the frame after it.
 */
function instruments() {
  const m = { fp: null, fcp: null, lcp: null, lcpElement: null, cls: 0, ready: null, readyFrame: null, wasmMemory: null };
  window.__bench = m;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'first-paint') m.fp = e.startTime;
        if (e.name === 'first-contentful-paint') m.fcp = e.startTime;
      }
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        m.lcp = e.startTime;
        const el = e.element;
        m.lcpElement = el
          ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}` +
            `${el.closest('#claimlens-boot') ? ' (boot frame)' : ''}`
          : null;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) m.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // an old browser: the numbers stay null
  }
  addEventListener('TrunkApplicationStarted', (event) => {
    const memory = event.detail?.wasm?.memory;
    m.wasmMemory = () => (memory ? memory.buffer.byteLength : null);
  });
  const check = () => {
    if (m.ready !== null || !document.querySelector('#claimlens[data-state="ready"]')) return false;
    m.ready = performance.now();
    requestAnimationFrame(() => (m.readyFrame = performance.now()));
    return true;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
}

/**
 * One interaction, page-side: `kind` is 'step', 'lens' or 'language'. Clicks the control,
 * waits for the DOM to change (MutationObserver), then for the next animation frame, then
 * for the task after that frame (its style, layout and paint done). Times are ms from just
 * before the click. Resolves { dom, frame, painted } or { skipped } when there was nothing to do.
 */
async function interact([kind, index]) {
  const root = document.getElementById('claimlens');
  if (!root) return { skipped: 'no #claimlens' };
  // A button's name as a reader hears it: its text without aria-hidden decoration (arrows).
  const nameOf = (b) => {
    const copy = b.cloneNode(true);
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return copy.textContent.trim();
  };
  const buttons = [...root.querySelectorAll('button')];
  const named = (...names) => buttons.find((b) => names.includes(nameOf(b)));
  const disabled = (b) => !b || b.disabled || b.getAttribute('aria-disabled') === 'true';
  let target;
  if (kind === 'step') {
    target = named('Weiter', 'Next');
    if (disabled(target)) {
      // At the last step: go back to the first (not measured), then measure the next Next.
      for (let i = 0; i < 100; i++) {
        const back = [...root.querySelectorAll('button')].find((b) => ['Zurück', 'Back'].includes(nameOf(b)));
        if (disabled(back)) break;
        back.click();
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      target = [...root.querySelectorAll('button')].find((b) => ['Weiter', 'Next'].includes(nameOf(b)));
    }
  } else if (kind === 'lens') {
    const lenses = [...root.querySelectorAll('[data-lens]')];
    target = lenses[index % Math.max(1, lenses.length)];
  } else if (kind === 'language') {
    target = buttons.find(
      (b) => ['Deutsch', 'English'].includes(nameOf(b)) && b.getAttribute('aria-pressed') !== 'true',
    );
  }
  if (disabled(target)) return { skipped: `no ${kind} control to click` };
  return new Promise((resolveInteraction) => {
    let t0 = 0;
    let dom = null;
    const timeout = setTimeout(() => {
      observer.disconnect();
      resolveInteraction({ skipped: `${kind}: the DOM did not change within 2 s` });
    }, 2000);
    const observer = new MutationObserver(() => {
      if (dom !== null) return;
      dom = performance.now() - t0;
      observer.disconnect();
      clearTimeout(timeout);
      requestAnimationFrame(() => {
        const frame = performance.now() - t0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          resolveInteraction({ dom, frame, painted: performance.now() - t0 });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    t0 = performance.now();
    target.click();
  });
}

// ---------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------

const READY = '#claimlens[data-state="ready"]';

/** Bodies of everything the first view downloads (one load, uncompressed bodies). */
async function firstViewFiles(browser, url) {
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

/**
 * Evaluates `expression` in the page through CDP and returns its (awaited) value.
 *
 * The load measurements never use Playwright's own waiting or evaluation: those inject its
 * selector engine into the page, and that alone is about 1.1 MB of JS heap (measured: the
 * same page after load, 2.69 MB with `waitForSelector`, 1.55 MB without), which would be
 * counted as the app's.
 */
async function evaluate(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) {
    throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  }
  return result.value;
}

/** A page-side promise that resolves once `condition` holds, or rejects after `ms`. */
function waitInPage(condition, ms) {
  return `new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      if (${condition}) return resolve(true);
      if (performance.now() - started > ${ms}) return reject(new Error(${JSON.stringify(`timed out: ${condition}`)}));
      setTimeout(poll, 10);
    };
    poll();
  })`;
}

/** One cold load in a fresh context: paint and ready times, CLS, heap. */
async function coldLoad(browser, url, rate) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  // Page.enable: without it the instruments are not injected into the new document.
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: `(${instruments})()` });
  await cdp.send('Page.navigate', { url });
  await evaluate(cdp, waitInPage('window.__bench.readyFrame !== null && window.__bench.fcp !== null', 60000));
  // The LCP entry is dispatched a little after its paint; a load without one reports none.
  await evaluate(cdp, waitInPage('window.__bench.lcp !== null', 5000)).catch(() => {});
  // A settled frame after ready, so late layout shifts and the LCP candidate are in.
  await evaluate(cdp, 'new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)))');
  const m = await evaluate(
    cdp,
    `(() => {
      const b = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        fp: b.fp,
        fcp: b.fcp,
        lcp: b.lcp,
        lcpElement: b.lcpElement,
        ready: b.ready,
        readyFrame: b.readyFrame,
        cls: b.cls,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        wasmMemory: b.wasmMemory ? b.wasmMemory() : null,
        heapApi: performance.memory ? performance.memory.usedJSHeapSize : null,
      };
    })()`,
  );
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]),
  );
  m.heap = metrics.JSHeapUsedSize ?? m.heapApi;
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const after = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]),
  );
  m.heapAfterGc = after.JSHeapUsedSize ?? null;
  await context.close();
  return m;
}

/** JS heap of an empty page in the same browser, loaded the same way: what any page costs. */
async function emptyPageHeap(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Page.enable');
  await cdp.send('Page.navigate', { url: 'data:text/html,<!doctype html><title>empty</title><p>empty' });
  await evaluate(cdp, waitInPage("document.readyState === 'complete'", 10000));
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]),
  );
  await context.close();
  return metrics.JSHeapUsedSize ?? null;
}

async function loads(browser, url, rate) {
  const runs = [];
  // One warm-up load (not counted) so the first counted load does not pay for Chromium's own
  // start-up work; every counted load is still in a new context (no cache, no compiled wasm).
  await coldLoad(browser, url, rate);
  for (let i = 0; i < LOADS; i++) runs.push(await coldLoad(browser, url, rate));
  const pick = (key) => stats(runs.map((r) => r[key]));
  return {
    cpuThrottle: rate,
    runs,
    fp: pick('fp'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    ready: pick('ready'),
    readyFrame: pick('readyFrame'),
    cls: pick('cls'),
    heap: pick('heap'),
    heapAfterGc: pick('heapAfterGc'),
    wasmMemory: pick('wasmMemory'),
    lcpElements: runs.reduce((counts, r) => {
      const key = r.lcpElement ?? '(none)';
      counts[key] = (counts[key] ?? 0) + 1;
      return counts;
    }, {}),
  };
}

async function interactions(browser, url, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForSelector(READY, { timeout: 60000 });
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const result = { cpuThrottle: rate };
  for (const kind of ['step', 'lens', 'language']) {
    const samples = [];
    const skipped = [];
    // Five warm-up interactions (not counted), then the measured ones.
    for (let i = -5; i < INTERACTIONS; i++) {
      const r = await page.evaluate(interact, [kind, i + 5]);
      if (r.skipped) skipped.push(r.skipped);
      else if (i >= 0) samples.push(r);
    }
    result[kind] = {
      dom: stats(samples.map((s) => s.dom)),
      frame: stats(samples.map((s) => s.frame)),
      painted: stats(samples.map((s) => s.painted)),
      skipped: [...new Set(skipped)],
      skippedCount: skipped.length,
    };
    if (kind === 'language' || kind === 'lens') {
      // Leave the page as it began: German, no lens on.
      await page.evaluate(async () => {
        const root = document.getElementById('claimlens');
        for (const b of root?.querySelectorAll('[data-lens][aria-checked="true"]') ?? []) b.click();
        for (const b of root?.querySelectorAll('button[aria-pressed="false"]') ?? []) {
          if (b.textContent.trim() === 'Deutsch') b.click();
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      });
    }
  }
  await context.close();
  return result;
}

// ---------------------------------------------------------------------------------------
// Lighthouse
// ---------------------------------------------------------------------------------------

/** The selector of the element Lighthouse took as the largest contentful paint. */
function lcpElement(lhr) {
  const items = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  for (const table of items) {
    for (const item of table.items ?? []) if (item.node?.selector) return item.node.selector;
  }
  return null;
}

async function lighthouseRuns(url) {
  let lighthouse;
  let launch;
  let desktopConfig;
  try {
    lighthouse = (await import('lighthouse')).default;
    desktopConfig = (await import('lighthouse/core/config/desktop-config.js')).default;
    ({ launch } = await import('chrome-launcher'));
  } catch (error) {
    return { skipped: `lighthouse is not installed (npm ci installs lighthouse 12.2.3): ${error.message}` };
  }
  const out = {};
  for (const formFactor of LIGHTHOUSE_RUNS_OF) {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      let chrome;
      try {
        chrome = await launch({
          chromePath: CHROMIUM,
          chromeFlags: ['--headless=new', ...ARGS],
          logLevel: 'silent',
        });
        const flags = {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          // Lighthouse's default replays a fast local load through a model of a slow phone.
          // 'devtools' really slows network and CPU: then the static boot frame is painted
          // long before the wasm arrives, as on a reader's phone.
          ...(formFactor === 'mobile-applied' ? { throttlingMethod: 'devtools' } : {}),
        };
        const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
        const lhr = result?.lhr;
        if (!lhr) throw new Error('no result');
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const audit = (id) => lhr.audits[id]?.numericValue ?? null;
        runs.push({
          performance: lhr.categories.performance?.score != null ? lhr.categories.performance.score * 100 : null,
          accessibility:
            lhr.categories.accessibility?.score != null ? lhr.categories.accessibility.score * 100 : null,
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          si: audit('speed-index'),
          totalBytes: audit('total-byte-weight'),
          lcpElement: lcpElement(lhr),
          // What the (unthrottled) trace itself saw, before any simulation: in the JSON only.
          observedFcp: lhr.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint ?? null,
          observedLcp: lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? null,
          failedA11y: Object.values(lhr.audits)
            .filter((a) => lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id) && a.score === 0)
            .map((a) => a.id),
          warnings: lhr.runWarnings ?? [],
        });
      } catch (error) {
        runs.push({ error: String(error?.message ?? error).split('\n')[0] });
      } finally {
        if (chrome) await chrome.kill();
      }
    }
    const ok = runs.filter((r) => !r.error);
    const med = (key) => quantile(ok.map((r) => r[key]), 0.5);
    out[formFactor] = {
      runs,
      median: ok.length
        ? {
            performance: med('performance'),
            accessibility: med('accessibility'),
            fcp: med('fcp'),
            lcp: med('lcp'),
            tbt: med('tbt'),
            cls: med('cls'),
            si: med('si'),
            totalBytes: med('totalBytes'),
          }
        : null,
      errors: runs.filter((r) => r.error).map((r) => r.error),
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------

function report(result) {
  const out = [];
  const { sizes } = result;
  out.push(`## claimlens bench — ${result.date}`);
  out.push(
    `Chromium ${result.chromium}, Node ${process.versions.node}, ${result.cpus} CPU(s); ` +
      `served ${result.served}`,
  );
  out.push('');
  out.push('### First view: what a reader downloads (brotli and gzip at their highest levels)');
  out.push(
    markdown(
      ['file', 'raw KB', 'gzip -9 KB', 'brotli KB'],
      [
        ...sizes.files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
        ['total', kb(sizes.total.raw), kb(sizes.total.gzip), kb(sizes.total.brotli)],
      ],
    ),
  );
  out.push(
    `budget ${kb(BUDGET)} KB gzip -9 (tests/open/budget.spec.ts, make open-checks): ` +
      `${((100 * sizes.total.gzip) / BUDGET).toFixed(0)} % used`,
  );
  out.push('');
  out.push(`### Cold loads (${LOADS} each, new context each, 412×823 viewport), ms from navigation start`);
  const loadRows = [];
  for (const l of result.loads) {
    const tag = l.cpuThrottle > 1 ? ` (CPU ${l.cpuThrottle}×)` : '';
    loadRows.push([`first contentful paint${tag}`, fmt(l.fcp.median), spread(l.fcp), range(l.fcp)]);
    loadRows.push([`largest contentful paint${tag}`, fmt(l.lcp.median), spread(l.lcp), range(l.lcp)]);
    loadRows.push([`data-state="ready" in the DOM${tag}`, fmt(l.ready.median), spread(l.ready), range(l.ready)]);
    loadRows.push([`first frame after ready${tag}`, fmt(l.readyFrame.median), spread(l.readyFrame), range(l.readyFrame)]);
  }
  out.push(markdown(['measure', 'median', 'p10 – p90', 'min – max'], loadRows));
  for (const l of result.loads) {
    const tag = l.cpuThrottle > 1 ? ` at CPU ${l.cpuThrottle}×` : '';
    const elements = Object.entries(l.lcpElements ?? {}).sort((a, b) => b[1] - a[1]);
    out.push(`LCP element${tag}: ${elements.map(([el, n]) => `${el} (${n}×)`).join(', ')}`);
  }
  out.push('');
  const memRows = [];
  for (const l of result.loads) {
    const tag = l.cpuThrottle > 1 ? ` (CPU ${l.cpuThrottle}×)` : '';
    const mb = (s) => ({ ...s, median: s.median / 2 ** 20, min: s.min / 2 ** 20, max: s.max / 2 ** 20 });
    memRows.push([`JS heap used after load${tag}`, fmt(mb(l.heap).median, 2), range(mb(l.heap), 2)]);
    memRows.push([`JS heap after a GC${tag}`, fmt(mb(l.heapAfterGc).median, 2), range(mb(l.heapAfterGc), 2)]);
    memRows.push([`wasm linear memory${tag}`, fmt(mb(l.wasmMemory).median, 2), range(mb(l.wasmMemory), 2)]);
    memRows.push([`cumulative layout shift${tag}`, fmt(l.cls.median, 4), range(l.cls, 4)]);
  }
  if (result.emptyPageHeap) {
    memRows.push(['(JS heap of an empty page, for reference)', fmt(result.emptyPageHeap / 2 ** 20, 2), '']);
  }
  out.push(markdown(['memory (MB) and layout shift', 'median', 'min – max'], memRows));
  out.push('');
  out.push(
    `### Interactions (${INTERACTIONS} each, 1280×900): ms from the click to the DOM change, ` +
      'to the next animation frame, and to the task after that frame (painted)',
  );
  const interactionRows = [];
  for (const i of result.interactions) {
    const tag = i.cpuThrottle > 1 ? ` (CPU ${i.cpuThrottle}×)` : '';
    for (const [kind, label] of [
      ['step', 'Next (Weiter)'],
      ['lens', 'lens switch'],
      ['language', 'language switch'],
    ]) {
      const r = i[kind];
      interactionRows.push([
        `${label}${tag}`,
        fmt(r.dom.median),
        fmt(r.frame.median),
        fmt(r.frame.p90),
        fmt(r.frame.max),
        fmt(r.painted.median),
        fmt(r.painted.p90),
        r.skippedCount ? `${r.frame.n} (${r.skippedCount} skipped)` : String(r.frame.n),
      ]);
    }
  }
  out.push(
    markdown(
      ['interaction', 'DOM med', 'frame med', 'frame p90', 'frame max', 'painted med', 'painted p90', 'n'],
      interactionRows,
    ),
  );
  out.push('');
  out.push(`### Lighthouse 12.2.3, median of ${LIGHTHOUSE_RUNS}`);
  const lh = result.lighthouse;
  if (lh.skipped) {
    out.push(`not run: ${lh.skipped}`);
  } else {
    const rows = [];
    for (const formFactor of LIGHTHOUSE_RUNS_OF) {
      const m = lh[formFactor]?.median;
      if (!m) {
        rows.push([formFactor, '–', '–', '–', '–', '–', '–', '–']);
        continue;
      }
      rows.push([
        formFactor,
        fmt(m.performance, 0),
        fmt(m.accessibility, 0),
        fmt(m.fcp, 0),
        fmt(m.lcp, 0),
        fmt(m.tbt, 0),
        fmt(m.cls, 3),
        kb(m.totalBytes ?? NaN),
      ]);
    }
    out.push(markdown(['form factor', 'perf', 'a11y', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'total KB'], rows));
    out.push('mobile: simulated throttling (Lighthouse default); mobile-applied: the same profile applied (throttlingMethod devtools)');
    for (const formFactor of LIGHTHOUSE_RUNS_OF) {
      const errors = lh[formFactor]?.errors ?? [];
      if (errors.length) out.push(`${formFactor}: ${errors.length} run(s) failed: ${[...new Set(errors)].join('; ')}`);
      const lcp = [...new Set((lh[formFactor]?.runs ?? []).map((r) => r.lcpElement).filter(Boolean))];
      if (lcp.length) out.push(`${formFactor}: LCP element ${lcp.join(' | ')}`);
      const warnings = [...new Set((lh[formFactor]?.runs ?? []).flatMap((r) => r.warnings ?? []))];
      for (const w of warnings) out.push(`${formFactor}: Lighthouse warning: ${w}`);
      const failed = [...new Set((lh[formFactor]?.runs ?? []).flatMap((r) => r.failedA11y ?? []))];
      if (failed.length) out.push(`${formFactor}: failed accessibility audits: ${failed.join(', ')}`);
    }
  }
  out.push('');
  out.push('### Targets (issue 6)');
  const unthrottled = result.loads.find((l) => l.cpuThrottle === 1);
  const throttled = result.loads.find((l) => l.cpuThrottle === THROTTLE);
  const i1 = result.interactions.find((i) => i.cpuThrottle === 1);
  const i4 = result.interactions.find((i) => i.cpuThrottle === THROTTLE);
  // The slowest of the three kinds; null when any kind has no samples.
  const worst = (i, key) => {
    const values = i ? ['step', 'lens', 'language'].map((k) => i[k].frame[key]) : [null];
    return values.some((v) => v === null || v === undefined) ? null : Math.max(...values);
  };
  const mobile = lh.mobile?.median;
  const targets = [
    ['first view ≤ 100 KB gzip (budget test); aim ≤ 80 KB', `${kb(sizes.total.gzip)} KB`, sizes.total.gzip <= BUDGET],
    ['ready ≤ 250 ms median, unthrottled', `${fmt(unthrottled?.ready.median)} ms`, unthrottled?.ready.median <= 250],
    ['interaction → next frame ≤ 16 ms median', `${fmt(worst(i1, 'median'))} ms (worst of three)`, worst(i1, 'median') <= 16],
    ['interaction → next frame ≤ 50 ms median at 4×', `${fmt(worst(i4, 'median'))} ms (worst of three)`, worst(i4, 'median') <= 50],
    ['JS heap after load ≤ 2 MB', `${fmt((unthrottled?.heap.median ?? NaN) / 2 ** 20, 2)} MB`, unthrottled?.heap.median <= 2 * 2 ** 20],
    ['Lighthouse mobile performance 100', fmt(mobile?.performance, 0), mobile?.performance === 100],
    ['Lighthouse mobile accessibility 100', fmt(mobile?.accessibility, 0), mobile?.accessibility === 100],
    ['Lighthouse mobile LCP ≤ 1.2 s', `${fmt(mobile?.lcp, 0)} ms`, mobile?.lcp <= 1200],
    [
      '(mobile, throttling applied: perf; LCP)',
      `${fmt(lh['mobile-applied']?.median?.performance, 0)}; ${fmt(lh['mobile-applied']?.median?.lcp, 0)} ms`,
      null,
    ],
    ['CLS 0 (Lighthouse mobile; cold loads max)', `${fmt(mobile?.cls, 3)}; ${fmt(unthrottled?.cls.max, 4)}`, mobile?.cls === 0 && unthrottled?.cls.max === 0],
  ];
  if (throttled) {
    targets.splice(2, 0, ['(ready at CPU 4×, for reference)', `${fmt(throttled.ready.median)} ms`, null]);
  }
  out.push(
    markdown(
      ['target', 'measured', 'met'],
      targets.map(([t, v, ok]) => [t, v, ok === null ? '' : ok ? 'yes' : 'no']),
    ),
  );
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`bench: ${DIST}/index.html is missing; run make dist (or make bench) first`);
    process.exit(1);
  }
  const servers = [];
  let browser;
  try {
    const staticServer = await startStaticServer();
    servers.push(staticServer);
    let url = staticServer.url;
    if (WANT_GZIP) {
      const proxy = await startGzipProxy(staticServer.port);
      servers.push(proxy);
      url = proxy.url;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    const result = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      node: process.versions.node,
      cpus: cpus().length,
      served: WANT_GZIP
        ? 'by tests/e2e/server.mjs behind a gzip -9 proxy (as a static host)'
        : 'by tests/e2e/server.mjs, uncompressed',
      dist: DIST,
      chromiumArgs: ARGS,
    };
    const step = (what) => process.stderr.write(`bench: ${what}…\n`);
    step('first-view sizes');
    result.sizes = await firstViewFiles(browser, url);
    result.emptyPageHeap = await emptyPageHeap(browser);
    result.loads = [];
    result.interactions = [];
    for (const rate of [1, THROTTLE]) {
      step(`${LOADS} cold loads at CPU ${rate}×`);
      result.loads.push(await loads(browser, url, rate));
      step(`${INTERACTIONS} interactions of each kind at CPU ${rate}×`);
      result.interactions.push(await interactions(browser, url, rate));
    }
    await browser.close();
    browser = undefined;
    if (WANT_LIGHTHOUSE) {
      step(`Lighthouse, ${LIGHTHOUSE_RUNS} runs each for mobile and desktop`);
      try {
        result.lighthouse = await lighthouseRuns(url);
      } catch (error) {
        result.lighthouse = { skipped: `Lighthouse could not run: ${String(error?.message ?? error)}` };
      }
    } else {
      result.lighthouse = { skipped: 'LIGHTHOUSE=0' };
    }
    const text = report(result);
    console.log(text);
    mkdirSync(join(ROOT, 'target'), { recursive: true });
    writeFileSync(join(ROOT, 'target', 'bench.json'), `${JSON.stringify({ ...result, table: text }, null, 2)}\n`);
    console.log(`\nbench: wrote ${join(ROOT, 'target', 'bench.json')}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    for (const s of servers.reverse()) await s.stop();
  }
}

main().catch((error) => {
  console.error(`bench: ${error?.stack ?? error}`);
  process.exit(1);
});
