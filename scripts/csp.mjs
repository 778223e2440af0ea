#!/usr/bin/env node
// Writes <dist>/csp.txt: the Content-Security-Policy the release build runs under, with a
// sha256 hash for every inline <script> (and <style>) of every page in <dist> (index.html,
// each story's ID.html, editors.html), so the inline module script trunk emits to start the
// wasm and the editors' page script are allowed and nothing else is. One policy serves
// every page. A story inlined as <script type="application/json"> is data the browser never
// runs, so it needs no hash. The pages under <dist>/host/ are the newsroom's example
// article, not the app's, and are not covered.
//
// Usage: node scripts/csp.mjs [dist]      (the Makefile's `dist` target runs it after trunk)
//
// Fails when a page has something a hash cannot allow: inline event handlers
// (`onclick=`), `style="…"` attributes or `javascript:` URLs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const pages = readdirSync(dist)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => ({ file: join(dist, name), html: readFileSync(join(dist, name), 'utf8') }));
if (!pages.some((page) => page.file === join(dist, 'index.html'))) {
  console.error(`csp.mjs: ${join(dist, 'index.html')} is missing`);
  process.exit(1);
}

/** 'sha256-…' of an inline element's text, exactly as the browser hashes it. */
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types the browser runs; any other (application/json) is a data block. */
const RUNS = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const typeOf = (attrs) =>
  (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '').toLowerCase();

/** Hashes of the inline (no `src`) elements named `tag` in `html`. */
function inlineHashes(html, tag) {
  const found = [];
  const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}\\s*>`, 'gi');
  for (const [, attrs, body] of html.matchAll(re)) {
    if (tag === 'script' && (/\bsrc\s*=/i.test(attrs) || !RUNS.has(typeOf(attrs)))) continue;
    if (body.length > 0) found.push(hash(body));
  }
  return found;
}

// What no hash can allow under this policy.
const problems = [
  [/\son[a-z]+\s*=/i, 'an inline event handler (on…=)'],
  [/\sstyle\s*=/i, 'a style="…" attribute'],
  [/javascript:/i, 'a javascript: URL'],
];
let failed = false;
for (const { file, html } of pages) {
  // Only tags are checked, not the text inside <script>/<style>.
  const tags =
    html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '<$1>').match(/<[^>]+>/g) ?? [];
  const errors = problems.flatMap(([re, what]) =>
    tags.filter((tag) => re.test(tag)).map((tag) => `${what}: ${tag}`),
  );
  if (errors.length > 0) {
    failed = true;
    console.error(`csp.mjs: ${file} cannot run under a strict CSP:`);
    for (const e of errors) console.error(`  ${e}`);
  }
}
if (failed) process.exit(1);

const unique = (tag) => [...new Set(pages.flatMap(({ html }) => inlineHashes(html, tag)))];
const scripts = unique('script');
const styles = unique('style');
const policy = [
  "default-src 'self'",
  ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(' '),
  ["style-src 'self'", ...styles].join(' '),
  "img-src 'self' data:",
  "connect-src 'self'",
  'frame-ancestors *',
].join('; ');

writeFileSync(join(dist, 'csp.txt'), `${policy}\n`);
console.log(
  `csp.mjs: ${join(dist, 'csp.txt')}: ${pages.length} page(s), ` +
    `${scripts.length} inline script hash(es), ${styles.length} inline style hash(es)`,
);
console.log(policy);
