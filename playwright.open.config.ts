import base from './playwright.config';

// Checks for requirements of open issues that the app does not meet yet: the 100 KB gzip
// byte budget and first paint (issue 6), printing every step (issue 5). Kept out of
// `make test` until they pass; run them with `make open-checks`.
export default { ...base, testDir: 'tests/open' };
