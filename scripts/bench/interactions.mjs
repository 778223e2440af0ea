// Interactions: Next, a lens switch and a language switch, timed in the page from the click to
// the DOM change, the next animation frame and the task after it.
import { INTERACTIONS, READY } from './config.mjs';
import { stats } from './stats.mjs';

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
    target = [...root.querySelectorAll('.language-option')].find(
      (b) => b.getAttribute('aria-pressed') !== 'true',
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

/** INTERACTIONS of each kind on one page at CPU slow-down `rate`, after five not counted. */
export async function interactions(browser, url, rate) {
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
      // Leave the page as it began: its first language, no lens on.
      await page.evaluate(async () => {
        const root = document.getElementById('claimlens');
        for (const b of root?.querySelectorAll('[data-lens][aria-checked="true"]') ?? []) b.click();
        const first = root?.querySelector('.language-option');
        if (first?.getAttribute('aria-pressed') === 'false') first.click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      });
    }
  }
  await context.close();
  return result;
}
