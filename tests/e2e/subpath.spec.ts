import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const story = JSON.parse(readFileSync('data/nk-troops.json', 'utf8'));

test('dist/ works unchanged from a sub-path: every request stays under it', async ({ page, baseURL }) => {
  const base = new URL('sub/path/', baseURL).href;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${base}?step=2&lang=en`);
  await expect(page.locator('#claimlens')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title.en);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/[?&]step=3\b/);
  expect(requests.length).toBeGreaterThan(2);
  for (const url of requests) {
    if (url.startsWith('data:')) continue;
    expect(url.startsWith(base), `${url} is under ${base}`).toBe(true);
  }
});
