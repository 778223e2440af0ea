// The one Chromium every browser check runs: Debian's (never a downloaded one), with flags
// that keep it off the closed network. playwright.config.ts (e2e) and
// `make bench` (scripts/bench/) launch it from here.
//
// The list itself lives in webdriver.json, because chromedriver (the browser component tests,
// `make test-web`) reads its capabilities from that file and a JSON file cannot import: so
// this module reads it, and all three run the same browser with the same flags.
//
// CommonJS, so that both importers can load it: Playwright compiles playwright.config.ts to
// CommonJS and cannot load an .mjs from it on this Node (20.19+ loads the compiled .mjs as an
// ES module again: "exports is not defined in ES module scope"), and the bench's ES modules
// import CommonJS named exports.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { binary, args } = JSON.parse(readFileSync(join(__dirname, '..', 'webdriver.json'), 'utf8'))[
  'goog:chromeOptions'
];

/** The Chromium binary. */
exports.chromiumPath = binary;

/**
 * Its flags, without chromedriver's `--headless=new`: Playwright chooses the headless mode
 * itself (`headless` launch option), and Lighthouse's launch in the bench names it.
 */
exports.chromiumArgs = args.filter((arg) => !arg.startsWith('--headless'));
