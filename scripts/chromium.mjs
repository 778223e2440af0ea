// Debian's Chromium, never a downloaded one; the flags keep it off this machine's closed
// network. One list for every script that launches it (the same as playwright.config.ts).
export const chromiumPath = '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
