import base from './playwright.config';

// Checks for a requirement of an open issue that the app does not meet yet: issue 14's 160 KB
// gzip budget for the first view until it is interactive. Kept out of `make test` until it
// passes; run with `make open-checks`.
export default { ...base, testDir: 'tests/open' };
