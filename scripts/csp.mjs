#!/usr/bin/env node
// Writes <dist>/csp.txt: the Content-Security-Policy the release build runs under, with a
// sha256 hash for every inline <script> (and <style>) in <dist>/index.html, so the one
// inline module script trunk emits to start the wasm is allowed and nothing else is.
//
// Usage: node scripts/csp.mjs [dist]      (the Makefile's `dist` target runs it after trunk)
//
// Fails when index.html has something a hash cannot allow: inline event handlers
// (`onclick=`), `style="…"` attributes or `javascript:` URLs.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** 'sha256-…' of an inline element's text, exactly as the browser hashes it. */
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the inline (no `src`) elements named `tag`. */
function inlineHashes(tag) {
  const found = [];
  const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}\\s*>`, 'gi');
  for (const [, attrs, body] of html.matchAll(re)) {
    if (tag === 'script' && /\bsrc\s*=/i.test(attrs)) continue;
    if (body.length > 0) found.push(hash(body));
  }
  return [...new Set(found)];
}

// What no hash can allow under this policy.
const problems = [
  [/\son[a-z]+\s*=/i, 'an inline event handler (on…=)'],
  [/\sstyle\s*=/i, 'a style="…" attribute'],
  [/javascript:/i, 'a javascript: URL'],
];
// Only tags are checked, not the text inside <script>/<style>.
const tags = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '<$1>').match(/<[^>]+>/g) ?? [];
const errors = problems.flatMap(([re, what]) =>
  tags.filter((tag) => re.test(tag)).map((tag) => `${what}: ${tag}`),
);
if (errors.length > 0) {
  console.error(`csp.mjs: ${join(dist, 'index.html')} cannot run under a strict CSP:`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}

const scripts = inlineHashes('script');
const styles = inlineHashes('style');
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
  `csp.mjs: ${join(dist, 'csp.txt')}: ${scripts.length} inline script hash(es), ${styles.length} inline style hash(es)`,
);
console.log(policy);
