#!/usr/bin/env node
// `make bench` (issue 6): what a reader feels, measured on the release build in dist/.
// Prints a table and writes target/bench.json. Nothing here is pass/fail: timings on a
// shared 2-core machine are noisy, so they are reported (median and spread), not asserted.
// The byte budgets, which are deterministic, are tests: tests/e2e/budget.spec.ts (make test)
// and, while the 160 KB one is not met, tests/open/ (make open-checks).
//
//   node scripts/bench.mjs            (the Makefile's `bench` target builds dist/ first)
//   DIST=/tmp/other-dist LOADS=20 INTERACTIONS=100 LIGHTHOUSE=0 node scripts/bench.mjs
//
// The app is served by tests/e2e/server.mjs (started and stopped here) behind a small proxy
// that gzips (-9) what it relays, as any static host does; so the browser and Lighthouse
// see the transfer sizes a reader's phone would (set GZIP=0 to measure uncompressed).
//
// This file runs the steps; scripts/bench/ has one module per concern: config (the
// environment), serve (server and gzip proxy), sizes, loads with cdp (cold loads through
// CDP), interactions, lighthouse, stats, report (the tables). Chromium and its flags are
// the e2e tests' (scripts/chromium.cjs).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  DIST,
  INTERACTIONS,
  LIGHTHOUSE_RUNS,
  LOADS,
  ROOT,
  THROTTLE,
  WANT_GZIP,
  WANT_LIGHTHOUSE,
} from './bench/config.mjs';
import { interactions } from './bench/interactions.mjs';
import { lighthouseRuns } from './bench/lighthouse.mjs';
import { emptyPageHeap, loads, loadsWithoutWasm } from './bench/loads.mjs';
import { report } from './bench/report.mjs';
import { startGzipProxy, startStaticServer } from './bench/serve.mjs';
import { firstViewFiles } from './bench/sizes.mjs';

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
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const result = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      node: process.versions.node,
      cpus: cpus().length,
      served: WANT_GZIP
        ? 'by tests/e2e/server.mjs behind a gzip -9 proxy (as a static host)'
        : 'by tests/e2e/server.mjs, uncompressed',
      dist: DIST,
      chromiumArgs: CHROMIUM_ARGS,
    };
    const step = (what) => process.stderr.write(`bench: ${what}…\n`);
    step('first-view sizes');
    result.sizes = await firstViewFiles(browser, url);
    result.emptyPageHeap = await emptyPageHeap(browser);
    step(`${LOADS} cold loads with the wasm request blocked`);
    result.withoutWasm = await loadsWithoutWasm(browser, url);
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
