#!/usr/bin/env node
// Opens a URL in headless Chromium (Debian's) and waits for the app to say it is ready:
// `#claimlens[data-state="ready"]`. Exits 1 on "error", a timeout or an uncaught page error.
//   node scripts/ready-check.mjs http://127.0.0.1:8080/ [timeout-ms]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.cjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/';
const timeout = Number(process.argv[3] ?? 60_000);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let failed = false;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const root = page.locator('#claimlens');
  await root.and(page.locator('[data-state="ready"], [data-state="error"]')).waitFor({ timeout });
  const state = await root.getAttribute('data-state');
  const heading = (await page.locator('h1').first().textContent({ timeout: 1_000 }).catch(() => ''))?.trim();
  console.log(`ready-check: ${url} data-state="${state}", h1 "${heading}"`);
  if (state !== 'ready' || errors.length) {
    for (const e of errors) console.error(`ready-check: page error: ${e}`);
    failed = true;
  }
} catch (e) {
  console.error(`ready-check: ${url}: ${e instanceof Error ? e.message : e}`);
  failed = true;
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
