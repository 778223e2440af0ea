// Cold loads: paint, ready and frame times, layout shift, JS heap and wasm memory, each load
// in a new browser context (no cache, no compiled wasm), driven through CDP only.
import { evaluate, waitInPage } from './cdp.mjs';
import { LOADS } from './config.mjs';
import { stats } from './stats.mjs';

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

/** One cold load in a fresh context: paint and ready times, CLS, heap. With `blockWasm`, the
 * wasm request fails: only the paints of what the page has before the app are measured. */
async function coldLoad(browser, url, rate, blockWasm = false) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  // Page.enable: without it the instruments are not injected into the new document.
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: `(${instruments})()` });
  if (blockWasm) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setBlockedURLs', { urls: ['*.wasm'] });
  }
  await cdp.send('Page.navigate', { url });
  // Without the wasm the page never gets ready: its own paints are what is measured.
  const painted = blockWasm
    ? 'window.__bench.fcp !== null'
    : 'window.__bench.readyFrame !== null && window.__bench.fcp !== null';
  await evaluate(cdp, waitInPage(painted, 60000));
  // The LCP entry is dispatched a little after its paint; a load without one reports none.
  await evaluate(cdp, waitInPage('window.__bench.lcp !== null', 5000)).catch(() => {});
  // A settled frame after ready, so late layout shifts and the LCP candidate are in.
  await evaluate(cdp, 'new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)))');
  if (blockWasm) {
    const m = await evaluate(
      cdp,
      '({ fcp: window.__bench.fcp, lcp: window.__bench.lcp, lcpElement: window.__bench.lcpElement })',
    );
    await context.close();
    return m;
  }
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
export async function emptyPageHeap(browser) {
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

/** LOADS cold loads at CPU slow-down `rate`, after one not counted: statistics of each measure, and the runs. */
export async function loads(browser, url, rate) {
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

/** LOADS cold loads with the wasm request blocked: what the page paints on its own. */
export async function loadsWithoutWasm(browser, url) {
  const runs = [];
  await coldLoad(browser, url, 1, true);
  for (let i = 0; i < LOADS; i++) runs.push(await coldLoad(browser, url, 1, true));
  return {
    fcp: stats(runs.map((r) => r.fcp)),
    lcp: stats(runs.map((r) => r.lcp)),
    lcpElements: runs.reduce((counts, r) => {
      const key = r.lcpElement ?? '(none)';
      counts[key] = (counts[key] ?? 0) + 1;
      return counts;
    }, {}),
  };
}
