// Lighthouse: mobile (simulated throttling), mobile with the throttling applied, and desktop,
// each run in a Chromium of its own launched by chrome-launcher.
import { CHROMIUM, CHROMIUM_ARGS, LIGHTHOUSE_RUNS, LIGHTHOUSE_RUNS_OF } from './config.mjs';
import { quantile } from './stats.mjs';

/** The selector of the element Lighthouse took as the largest contentful paint. */
function lcpElement(lhr) {
  const items = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  for (const table of items) {
    for (const item of table.items ?? []) if (item.node?.selector) return item.node.selector;
  }
  return null;
}

export async function lighthouseRuns(url) {
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
          chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
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
