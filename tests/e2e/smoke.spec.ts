import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const story = JSON.parse(readFileSync('data/nk-troops.json', 'utf8'));

test('the release build loads, the wasm starts and the app renders the bundled story', async ({ page }) => {
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  await page.goto('./');
  const response = await wasm;
  expect(response.headers()['content-type']).toBe('application/wasm');
  await expect(page.locator('#claimlens')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title.de);
});
