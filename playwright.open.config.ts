import base from './playwright.config';

// Checks for a requirement of an open issue that the app does not meet yet: the 100 KB gzip
// byte budget (issue 6), with the first-paint checks beside it. Kept out of `make test`
// until it passes; run with `make open-checks`.
export default { ...base, testDir: 'tests/open' };
