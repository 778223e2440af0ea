#!/usr/bin/env node
// Screenshots of every step of a story, and a pixel comparison of two such sets: how a
// change to the story format or the engine is shown to change nothing a reader sees.
//
//   node scripts/step-shots.mjs shoot URL STORY.json OUT_DIR   every step × language × chart mode
//                                                              at 390 and 1280 px, full page
//   node scripts/step-shots.mjs compare DIR_A DIR_B            differing pixels per screenshot;
//                                                              exits 1 when any differs
//
// URL is the story's page (e.g. http://127.0.0.1:4173/); the query (`lang`, `step`, `chart`)
// is added here. Steps, languages and chart modes come from STORY.json.
import { chromium } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium.cjs';

const [mode, ...args] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let failed = false;
try {
  if (mode === 'shoot') await shoot(...args);
  else if (mode === 'compare') failed = await compare(...args);
  else throw new Error('usage: step-shots.mjs shoot URL STORY.json OUT_DIR | compare DIR_A DIR_B');
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);

async function shoot(url, storyFile, out) {
  const story = JSON.parse(readFileSync(storyFile, 'utf8'));
  // Today's chart modes: the compared view, and one per reference figure (older stories
  // name the whole-army mode `whole`).
  const charts = ['compared', ...(story.references?.map((r) => r.id) ?? ['whole'])];
  mkdirSync(out, { recursive: true });
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const lang of story.languages) {
      for (let step = 1; step <= story.steps.length; step++) {
        for (const chart of charts) {
          const target = new URL(url);
          target.search = new URLSearchParams({ lang, step: String(step), chart }).toString();
          await page.goto(target.toString());
          await page.locator('#claimlens[data-state="ready"]').waitFor();
          await page.evaluate(() => document.fonts.ready);
          const name = `${width}-${lang}-step${step}-${chart}.png`;
          await page.screenshot({ path: join(out, name), fullPage: true, animations: 'disabled' });
        }
      }
    }
    await page.close();
  }
  console.log(`step-shots: ${readdirSync(out).length} screenshots in ${out}`);
}

/** Differing pixels of two PNGs, counted in the browser's own decoder. */
async function compare(a, b) {
  const page = await browser.newPage();
  let differing = 0;
  const names = readdirSync(a).filter((n) => n.endsWith('.png'));
  for (const name of names) {
    const [left, right] = [a, b].map((dir) => {
      try {
        return readFileSync(join(dir, name)).toString('base64');
      } catch {
        return null;
      }
    });
    if (!right) {
      console.log(`step-shots: ${name}: missing in ${b}`);
      differing++;
      continue;
    }
    const diff = await page.evaluate(
      async ([l, r]) => {
        const load = async (data) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d');
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height);
        };
        const [x, y] = [await load(l), await load(r)];
        if (x.width !== y.width || x.height !== y.height) {
          return `size ${x.width}×${x.height} vs ${y.width}×${y.height}`;
        }
        let n = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) n++;
        }
        return n;
      },
      [left, right],
    );
    if (diff !== 0) {
      console.log(`step-shots: ${name}: ${typeof diff === 'number' ? `${diff} pixels differ` : diff}`);
      differing++;
    }
  }
  console.log(`step-shots: ${names.length - differing} of ${names.length} screenshots identical`);
  return differing > 0;
}
