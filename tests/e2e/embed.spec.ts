// Embedding in news pages (issue 5): the app in a cross-origin iframe on a host page, sized
// by the real pym.js parent, by AMP's embed-size message and by the own host snippet; deep
// links and the state/goto messages; a sandbox="allow-scripts" frame; hostile messages;
// no request to any other origin.
//
// Host pages (tests/e2e/hosts/) are served from a second origin (HOST, port 4174), the app
// from APP (port 4173); playwright.config.ts sets both (E2E_PORT moves them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ALL_LENSES, ROOT, STEPS, UI, story, text, type Lang } from './fixtures/story';

const APP = process.env.E2E_APP_ORIGIN ?? 'http://127.0.0.1:4173/';
const HOST = process.env.E2E_HOST_ORIGIN ?? 'http://127.0.0.1:4174/';

type Host = 'pym' | 'amp' | 'snippet';

// Walking every step, lens and language inside a frame, with a layout check after each,
// takes a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** A test host page embedding the app at `appQuery`; `extra` adds host parameters. */
function hostUrl(host: Host, appQuery = '', extra = ''): string {
  return `${HOST}hosts/${host}.html?app=${encodeURIComponent(APP + appQuery)}${extra}`;
}

// Uncaught errors in any frame (the fixture watches the top page): recorded by an init
// script, which Playwright runs in every frame, cross-origin and sandboxed ones too.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __errors: string[] };
    w.__errors = [];
    addEventListener('error', (e) => w.__errors.push(`error: ${e.message}`));
    addEventListener('unhandledrejection', (e) => w.__errors.push(`rejection: ${String(e.reason)}`));
    // The host snippet's height requests this window received (in the app's frame: the
    // init script's listener comes before the app's own, so none is missed).
    const m = window as unknown as { __measures: number };
    m.__measures = 0;
    addEventListener('message', (e) => {
      if (e.data && (e.data as { type?: unknown }).type === 'claimlens:measure') m.__measures++;
    });
  });
});

/** The app's frame, once its story is ready. */
async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').first().elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no app frame');
  await expect(frame.locator('#claimlens')).toHaveAttribute('data-state', 'ready');
  return frame;
}

function app(page: Page): FrameLocator {
  return page.locator('iframe').first().contentFrame();
}

async function expectNoFrameErrors(frame: Frame): Promise<void> {
  const errors = await frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
  expect(errors, 'uncaught errors inside the app frame').toEqual([]);
}

/**
 * The iframe is exactly as tall as the app's document (±2 px) and the app cannot scroll
 * vertically.
 */
async function expectFitted(page: Page, frame: Frame, when: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const outer = await page
          .locator('iframe')
          .first()
          .evaluate((el) => el.getBoundingClientRect().height);
        const inner = await frame.evaluate(() => {
          const html = document.documentElement;
          return {
            box: html.getBoundingClientRect().height,
            scroll: html.scrollHeight,
            client: html.clientHeight,
          };
        });
        const fits = Math.abs(outer - inner.box) <= 2 && inner.scroll <= inner.client;
        return fits ? 'fits' : JSON.stringify({ iframe: outer, ...inner });
      },
      { message: `the iframe fits the app ${when}`, timeout: 10_000 },
    )
    .toBe('fits');
}

/** The app frame is on step `n` (1-based). */
async function expectFrameStep(page: Page, lang: Lang, n: number): Promise<void> {
  await expect(app(page).locator('#claimlens')).toContainText(UI[lang].stepOf(n, STEPS));
  await expect(
    app(page).getByRole('heading', { name: text(story.steps[n - 1].title, lang), exact: true }),
  ).toBeVisible();
}

/** Walks every step, every lens and the language switch, checking the fit after each. */
async function walkAndCheckFit(page: Page, frame: Frame, label: string, lang: Lang = 'de'): Promise<void> {
  const other: Lang = lang === 'de' ? 'en' : 'de';
  await expectFitted(page, frame, `after load (${label})`);
  for (let n = 2; n <= STEPS; n++) {
    await app(page).getByRole('button', { name: UI[lang].next, exact: true }).click();
    await expectFrameStep(page, lang, n);
    await expectFitted(page, frame, `on step ${n} (${label})`);
  }
  for (const lens of ALL_LENSES) {
    await app(page).locator(`[data-lens="${lens}"]`).click();
    await expect(app(page).locator(`[data-lens="${lens}"]`)).toHaveAttribute('aria-checked', 'true');
    await expectFitted(page, frame, `with lens ${lens} (${label})`);
  }
  await app(page).locator(`button.language-option[lang="${other}"]`).click();
  await expectFrameStep(page, other, STEPS);
  await expectFitted(page, frame, `in ${other} (${label})`);
  await app(page).getByRole('button', { name: UI[other].back, exact: true }).click();
  await expectFrameStep(page, other, STEPS - 1);
  await expectFitted(page, frame, `back one step in ${other} (${label})`);
}

interface HeightMessage {
  type?: string;
  sentinel?: string;
  height?: unknown;
}

/** Messages the host page received from the frame. */
async function received(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { received: unknown[] }).received);
}

/** How many `claimlens:measure` requests the app's frame received. */
async function measuresReceived(frame: Frame): Promise<number> {
  return frame.evaluate(() => (window as unknown as { __measures: number }).__measures);
}

/**
 * Heights are integers, and a format sends a height only when it changed, plus one answer
 * per `claimlens:measure` it was asked (README: "at once, changed or not"), so a height may
 * repeat the previous one at most `answers` times. The snippet asks when it starts, which
 * may reach the app before or after its first height: either order keeps the contract.
 */
function expectHeightsSentOnChange(
  messages: unknown[],
  pick: (m: unknown) => number | undefined,
  answers = 0,
): void {
  const heights = messages.map(pick).filter((h): h is number => h !== undefined);
  expect(heights.length, 'height messages').toBeGreaterThan(0);
  for (const h of heights) expect(Number.isInteger(h), `integer height ${h}`).toBe(true);
  const repeats = heights.filter((h, i) => i > 0 && h === heights[i - 1]).length;
  expect(
    repeats,
    `height messages that repeat the previous one (${heights.join(', ')}) beyond the ${answers} answer(s) to claimlens:measure`,
  ).toBeLessThanOrEqual(answers);
}

const ownHeight = (m: unknown): number | undefined => {
  const msg = m as HeightMessage | null;
  return msg && typeof msg === 'object' && msg.type === 'claimlens:height'
    ? (msg.height as number)
    : undefined;
};
const ampHeight = (m: unknown): number | undefined => {
  const msg = m as HeightMessage | null;
  return msg && typeof msg === 'object' && msg.sentinel === 'amp' && msg.type === 'embed-size'
    ? (msg.height as number)
    : undefined;
};

for (const width of [320, 1280]) {
  test.describe(`at ${width} px host width`, () => {
    test.use({ viewport: { width, height: 800 } });

    test(`the real pym.js parent sizes the iframe through every step, lens and language (${width})`, async ({
      page,
    }) => {
      await page.goto(hostUrl('pym', '?lang=de'));
      const frame = await appFrame(page);
      // pym.js added its parameters; the app keeps them and marks itself embedded.
      expect(new URL(frame.url()).searchParams.get('childId')).toBe('embed');
      await expect(frame.locator('html')).toHaveClass(/\bembedded\b/);
      await walkAndCheckFit(page, frame, `pym.js, ${width} px`);
      const pym = (await received(page)).filter((m) => typeof m === 'string') as string[];
      expect(pym.length, 'pym messages').toBeGreaterThan(0);
      for (const m of pym) expect(m).toMatch(/^pymxPYMxembedxPYMxheightxPYMx\d+$/);
      await expectNoFrameErrors(frame);
    });

    test(`AMP's embed-size message sizes the iframe (${width})`, async ({ page }) => {
      await page.goto(hostUrl('amp', '?lang=de'));
      const frame = await appFrame(page);
      await walkAndCheckFit(page, frame, `AMP, ${width} px`);
      expectHeightsSentOnChange(await received(page), ampHeight);
      // Without ?childId= there is no pym message.
      expect((await received(page)).filter((m) => typeof m === 'string')).toEqual([]);
      await expectNoFrameErrors(frame);
    });

    test(`the own host snippet sizes the iframe (${width})`, async ({ page }) => {
      await page.goto(hostUrl('snippet', '?lang=de'));
      const frame = await appFrame(page);
      await walkAndCheckFit(page, frame, `own snippet, ${width} px`);
      expectHeightsSentOnChange(await received(page), ownHeight, await measuresReceived(frame));
      await expectNoFrameErrors(frame);
    });
  });
}

test('the iframe follows the host page when it is resized (pym.js width messages)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(hostUrl('pym', '?lang=de&step=2'));
  const frame = await appFrame(page);
  await expectFitted(page, frame, 'at 1280 px');
  const wide = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectFitted(page, frame, 'after shrinking the host to 320 px');
  const narrow = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  expect(narrow, 'a narrower page makes a taller explainer').toBeGreaterThan(wide);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectFitted(page, frame, 'after widening the host again (the frame shrinks back)');
  await expectNoFrameErrors(frame);
});

for (const min of ['', '&min=1']) {
  test(`a host snippet loaded late asks the app for its height${min ? ' (minified)' : ''}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(hostUrl('snippet', '?lang=de', `&late=1${min}`));
    const frame = await appFrame(page);
    // The app's first height went unheard: the iframe kept its 150 px until the snippet,
    // once loaded, asked with claimlens:measure and the app answered.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heightsBeforeSnippet?: number }).heightsBeforeSnippet))
      .toBeGreaterThan(0);
    await expectFitted(page, frame, 'after the late snippet asked for the height');
    const height = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(height, 'the iframe grew from its starting 150 px').toBeGreaterThan(150);
    await expectNoFrameErrors(frame);
  });
}

test('in a frame, Next at the bottom of a long step brings the new step title into view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(hostUrl('snippet', '?lang=de&step=2'));
  const frame = await appFrame(page);
  await expectFitted(page, frame, 'on step 2');
  // Where the step title is in the host page's viewport: the iframe's top there plus the
  // title's top in the iframe.
  const titleTop = async () => {
    const iframeTop = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().top);
    const inFrame = await frame.locator('.step-title').evaluate((el) => el.getBoundingClientRect().top);
    return iframeTop + inFrame;
  };
  const next = app(page).getByRole('button', { name: UI.de.next, exact: true });
  await next.scrollIntoViewIfNeeded();
  expect(await titleTop(), 'scrolled down to Next, the title is above the viewport').toBeLessThan(0);
  await next.click();
  await expect(frame.locator('.step[data-step]')).toHaveAttribute('data-step', 'fighting');
  await expect.poll(titleTop, { message: 'the new title is in view' }).toBeGreaterThanOrEqual(0);
  expect(await titleTop()).toBeLessThan(800);
  await expectNoFrameErrors(frame);
});

test('the minified host snippet in the README works like the readable one', async ({ page }) => {
  const min = readFileSync(join(ROOT, 'host', 'claimlens-host.min.js'), 'utf8').trim();
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(readme, 'README.md shows the minified snippet verbatim').toContain(min);
  expect(Buffer.byteLength(min), 'minified snippet bytes').toBeLessThan(1024);
  expect(readFileSync(join(ROOT, 'host', 'claimlens-host.js')).length).toBeLessThan(1024);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(hostUrl('snippet', '?lang=en', '&min=1'));
  const frame = await appFrame(page);
  await walkAndCheckFit(page, frame, 'minified snippet', 'en');
});

test('a deep link in the iframe src opens that state, and the app reports every change', async ({
  page,
}) => {
  await page.goto(hostUrl('snippet', '?step=3&lang=en&lens=evidence&id=nk-troops'));
  const frame = await appFrame(page);
  await expectFrameStep(page, 'en', 3);
  await expect(app(page).locator('[data-lens="evidence"]')).toHaveAttribute('aria-checked', 'true');
  const states = async () =>
    (await received(page)).filter(
      (m) => !!m && typeof m === 'object' && (m as { type?: string }).type === 'claimlens:state',
    );
  await expect.poll(async () => (await states()).at(-1)).toEqual({
    type: 'claimlens:state',
    id: 'nk-troops',
    step: 3,
    lang: 'en',
    lenses: ['evidence'],
  });

  // The reader moves: the host hears of it.
  await app(page).getByRole('button', { name: UI.en.next, exact: true }).click();
  await expect.poll(async () => (await states()).at(-1)).toMatchObject({ step: 4 });
  await app(page).locator('button.language-option[lang="de"]').click();
  await expect.poll(async () => (await states()).at(-1)).toMatchObject({ step: 4, lang: 'de' });

  // The host moves the explainer.
  await page.evaluate(() =>
    document.querySelector('iframe')?.contentWindow?.postMessage({ type: 'claimlens:goto', step: 2 }, '*'),
  );
  await expectFrameStep(page, 'de', 2);
  await expect.poll(async () => (await states()).at(-1)).toMatchObject({ step: 2, lang: 'de' });
  await expect.poll(() => new URL(frame.url()).searchParams.get('step')).toBe('2');
  // Height messages carry the iframe's id.
  const heights = (await received(page)).filter((m) => ownHeight(m) !== undefined);
  for (const h of heights) expect(h).toMatchObject({ type: 'claimlens:height', id: 'nk-troops' });
  await expectNoFrameErrors(frame);
});

test('a sandbox="allow-scripts" frame renders, navigates every step and throws nothing', async ({
  page,
}) => {
  await page.goto(hostUrl('snippet', '?lang=de', '&sandbox=1'));
  const frame = await appFrame(page);
  expect(await frame.evaluate(() => self.origin), 'the frame has an opaque origin').toBe('null');
  await expect(frame.locator('html')).toHaveClass(/\bembedded\b/);
  await expectFitted(page, frame, 'in a sandboxed frame');
  for (let n = 2; n <= STEPS; n++) {
    await app(page).getByRole('button', { name: UI.de.next, exact: true }).click();
    await expectFrameStep(page, 'de', n);
    await expectFitted(page, frame, `on step ${n} in a sandboxed frame`);
  }
  await page.evaluate(() =>
    document.querySelector('iframe')?.contentWindow?.postMessage({ type: 'claimlens:goto', step: 1 }, '*'),
  );
  await expectFrameStep(page, 'de', 1);
  await expectNoFrameErrors(frame);
});

/** Messages that must change nothing: wrong shapes, wrong types, hostile payloads. */
const HOSTILE_SCRIPT = `(() => {
  const big = 'x'.repeat(100000);
  return [
    'hello', '', big, '{"type":"claimlens:goto","step":5}', 'javascript:alert(1)',
    '<img src=x onerror="document.title=\\'pwned\\'">',
    'pymxPYMxhostile-childxPYMxwidthxPYMx1e309',
    'pymxPYMxhostile-childxPYMxwidthxPYMx-1',
    'pymxPYMxhostile-childxPYMxwidthxPYMx99999999999999999999',
    'pymxPYMxhostile-childxPYMxnavigateToxPYMxjavascript:alert(1)',
    'pymxPYMxotherxPYMxwidthxPYMx320',
    0, -1, 1e308, -1e308, NaN, Infinity, 12345678901234567890n, true, null, undefined,
    [], [1, 2, 3], ['claimlens:goto', 5], {},
    { type: 'claimlens:goto' },
    { type: 'claimlens:goto', step: 0 },
    { type: 'claimlens:goto', step: -3 },
    { type: 'claimlens:goto', step: 2.5 },
    { type: 'claimlens:goto', step: NaN },
    { type: 'claimlens:goto', step: Infinity },
    { type: 'claimlens:goto', step: 1e308 },
    { type: 'claimlens:goto', step: Number.MAX_SAFE_INTEGER + 2 },
    { type: 'claimlens:goto', step: '5' },
    { type: 'claimlens:goto', step: [5] },
    { type: 'claimlens:goto', step: { valueOf: 5 } },
    { type: 'claimlens:goto', step: 99999999999999999999n },
    { type: 'claimlens:goto', step: null },
    { type: 'claimlens:goto', step: 'javascript:alert(1)' },
    { type: 'claimlens:GOTO', step: 5 },
    { type: ['claimlens:goto'], step: 5 },
    { type: { toString: 'claimlens:goto' }, step: 5 },
    { type: 'claimlens:state', step: 5, lang: 'en', lenses: ['evidence'] },
    { type: 'claimlens:height', height: 1e9 },
    { sentinel: 'amp', type: 'embed-size', height: 1 },
    // A valid goto for the current step: its extra fields are never looked at.
    { type: 'claimlens:goto', step: 3, href: 'javascript:alert(1)', html: '<img src=x onerror=alert(1)>' },
    { nested: { deeper: { type: 'claimlens:goto', step: 5 } } },
    new Date(), /claimlens/, new Map([['type', 'claimlens:goto']]), new ArrayBuffer(8),
  ];
})()`;

test('hostile messages posted into the frame change nothing and throw nothing', async ({ page }) => {
  await page.goto(hostUrl('snippet', '?lang=de&step=3&childId=hostile-child&id=h'));
  const frame = await appFrame(page);
  await expectFrameStep(page, 'de', 3);
  await expectFitted(page, frame, 'before the hostile messages');
  const before = {
    url: frame.url(),
    title: await frame.title(),
    images: await frame.locator('img').count(),
  };
  const states = async () =>
    (await received(page)).filter(
      (m) => !!m && typeof m === 'object' && (m as { type?: string }).type === 'claimlens:state',
    );
  await expect.poll(async () => (await states()).length).toBeGreaterThan(0);
  const statesBefore = (await states()).length;

  const count = await page.evaluate((script) => {
    const target = document.querySelector('iframe')?.contentWindow;
    const messages = (0, eval)(script) as unknown[];
    for (const m of messages) target?.postMessage(m, '*');
    return messages.length;
  }, HOSTILE_SCRIPT);
  expect(count).toBeGreaterThan(40);

  // A valid goto from a window that is not the parent (a sibling frame on the host page)...
  await page.evaluate(() => {
    const sibling = document.createElement('iframe');
    sibling.name = 'sibling';
    document.body.appendChild(sibling);
  });
  await expect.poll(() => page.frame({ name: 'sibling' }) !== null).toBe(true);
  await page.frame({ name: 'sibling' })?.evaluate(() =>
    (
      parent.document.querySelector('iframe[data-claimlens]') as HTMLIFrameElement | null
    )?.contentWindow?.postMessage({ type: 'claimlens:goto', step: 5 }, '*'),
  );
  // ...and one from the app's own window: both ignored.
  await frame.evaluate(() => window.postMessage({ type: 'claimlens:goto', step: 5 }, '*'));
  await page.waitForTimeout(300);
  await expectFrameStep(page, 'de', 3);

  // Messages are handled in order: once this probe has moved the explainer, every message
  // before it has been handled, and none of them changed the reader's state.
  await page.evaluate(() =>
    document.querySelector('iframe')?.contentWindow?.postMessage({ type: 'claimlens:goto', step: 1 }, '*'),
  );
  await expectFrameStep(page, 'de', 1);
  await expect.poll(async () => (await states()).length).toBe(statesBefore + 1);
  expect((await states()).slice(statesBefore)).toEqual([
    { type: 'claimlens:state', id: 'h', step: 1, lang: 'de', lenses: [] },
  ]);

  expect(new URL(frame.url()).origin, 'the frame did not navigate away').toBe(new URL(APP).origin);
  expect(new URL(frame.url()).pathname).toBe(new URL(before.url).pathname);
  expect(await frame.title()).toBe(before.title);
  expect(await frame.locator('img').count(), 'no markup was created').toBe(before.images);
  await expectFitted(page, frame, 'after the hostile messages');
  await expectNoFrameErrors(frame);
});

test('every request during a full walk-through goes to the page’s own origin', async ({ page }) => {
  const requests: { url: string; main: boolean }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), main: r.frame() === page.mainFrame() }));
  page.on('websocket', (ws) => requests.push({ url: ws.url(), main: true }));

  // The app alone.
  await page.goto(`${APP}?lang=de`);
  await expect(page.locator('#claimlens')).toHaveAttribute('data-state', 'ready');
  for (let n = 2; n <= STEPS; n++) {
    await page.getByRole('button', { name: UI.de.next, exact: true }).click();
  }
  for (const lens of ALL_LENSES) await page.locator(`[data-lens="${lens}"]`).click();
  await page.locator('button.language-option[lang="en"]').click();
  for (let n = STEPS - 1; n >= 1; n--) {
    await page.getByRole('button', { name: UI.en.back, exact: true }).click();
  }
  const own = requests.filter((r) => /^https?:/.test(r.url)).map((r) => r.url);
  expect(own.length).toBeGreaterThan(0);
  for (const url of own) expect(new URL(url).origin, url).toBe(new URL(APP).origin);

  // Embedded: the frame asks the app's origin only, the host page its own.
  requests.length = 0;
  await page.goto(hostUrl('pym', '?lang=de'));
  await appFrame(page);
  for (let n = 2; n <= STEPS; n++) {
    await app(page).getByRole('button', { name: UI.de.next, exact: true }).click();
  }
  for (const r of requests.filter((r) => /^https?:/.test(r.url))) {
    expect(new URL(r.url).origin, r.url).toBe(new URL(r.main ? HOST : APP).origin);
  }
  expect(requests.filter((r) => !r.main && /\.wasm$/.test(r.url)).length).toBeGreaterThan(0);
});
