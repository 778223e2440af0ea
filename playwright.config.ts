import { defineConfig } from '@playwright/test';
// Debian's Chromium and its flags, shared with chromedriver and `make bench`.
import { chromiumArgs, chromiumPath } from './scripts/chromium.cjs';

// E2E_PORT moves all three servers (for a second run beside another one on this machine).
const port = Number(process.env.E2E_PORT ?? 4173);
// The release build under test; `DIST=/tmp/other-dist npx playwright test` tests another one.
const dist = process.env.DIST ?? 'dist';
// Embedding (tests/e2e/embed.spec.ts, csp.spec.ts): the test host pages are served from a
// second origin, so the app runs in a cross-origin iframe as in a newsroom's article, and a
// third origin serves the app with dist/csp.txt as its Content-Security-Policy header.
export const hostPort = port + 1;
export const cspPort = port + 2;
// The editors' build (debug, with the story validator the reader's release wasm leaves out),
// made by tests/e2e/global-setup.ts: the error panels of `?story=` previews are tested on it.
export const editorsPort = port + 3;
process.env.E2E_APP_ORIGIN = `http://127.0.0.1:${port}/`;
process.env.E2E_HOST_ORIGIN = `http://127.0.0.1:${hostPort}/`;
process.env.E2E_CSP_ORIGIN = `http://127.0.0.1:${cspPort}/`;
process.env.E2E_EDITORS_ORIGIN = `http://127.0.0.1:${editorsPort}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  // The pages of the test stories, under /e2e-site/ (tests/e2e/global-setup.ts).
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'target/e2e-results',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: [
    {
      command: `node tests/e2e/server.mjs ${dist} ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node tests/e2e/server.mjs ${dist} ${hostPort}`,
      url: `http://127.0.0.1:${hostPort}/hosts/pym.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node tests/e2e/server.mjs ${dist} ${cspPort} --csp`,
      url: `http://127.0.0.1:${cspPort}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // Its files appear once global-setup has built them; the test host pages are there
      // from the start.
      command: `node tests/e2e/server.mjs target/e2e-editors ${editorsPort}`,
      url: `http://127.0.0.1:${editorsPort}/hosts/pym.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
