// The report: markdown tables of sizes, loads, memory, interactions, Lighthouse and the
// targets of issue 14, from the result that is also written to target/bench.json.
import { BUDGET, TARGET, INTERACTIONS, LIGHTHOUSE_RUNS, LIGHTHOUSE_RUNS_OF, LOADS, THROTTLE } from './config.mjs';

const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** A markdown table from a header row and rows; numbers are right-aligned. */
function markdown(head, rows) {
  const cells = [head, ...rows].map((r) => r.map((c) => String(c ?? '–')));
  const widths = head.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const numeric = head.map((_, i) => rows.every((r) => /^[-–\d.,%× ]*$/.test(String(r[i] ?? '–'))));
  const line = (r) =>
    `| ${r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

const spread = (s, digits = 1) => `${fmt(s.p10, digits)} – ${fmt(s.p90, digits)}`;
const range = (s, digits = 1) => `${fmt(s.min, digits)} – ${fmt(s.max, digits)}`;

/** The date and what ran the bench. */
function heading(result) {
  const out = [];
  out.push(`## claimlens bench — ${result.date}`);
  out.push(
    `Chromium ${result.chromium}, Node ${process.versions.node}, ${result.cpus} CPU(s); ` +
      `served ${result.served}`,
  );
  return out;
}

/** The first view: files, sizes and the share of the byte budget. */
function firstView(result) {
  const out = [];
  const { sizes } = result;
  out.push('### First view: what a reader downloads (brotli and gzip at their highest levels)');
  out.push(
    markdown(
      ['file', 'raw KB', 'gzip -9 KB', 'brotli KB'],
      [
        ...sizes.files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
        ['total', kb(sizes.total.raw), kb(sizes.total.gzip), kb(sizes.total.brotli)],
      ],
    ),
  );
  out.push(
    `budget ${kb(BUDGET)} KB gzip -9 (not met yet: tests/open/, make open-checks): ` +
      `${((100 * sizes.total.gzip) / BUDGET).toFixed(0)} % used; target ${kb(TARGET)} KB`,
  );
  return out;
}

/** Cold loads: paint and ready times, the LCP element, then memory and layout shift. */
function coldLoads(result) {
  const out = [];
  out.push(`### Cold loads (${LOADS} each, new context each, 412×823 viewport), ms from navigation start`);
  const loadRows = [];
  for (const l of result.loads) {
    const tag = l.cpuThrottle > 1 ? ` (CPU ${l.cpuThrottle}×)` : '';
    loadRows.push([`first contentful paint${tag}`, fmt(l.fcp.median), spread(l.fcp), range(l.fcp)]);
    loadRows.push([`largest contentful paint${tag}`, fmt(l.lcp.median), spread(l.lcp), range(l.lcp)]);
    loadRows.push([`data-state="ready" in the DOM${tag}`, fmt(l.ready.median), spread(l.ready), range(l.ready)]);
    loadRows.push([`first frame after ready${tag}`, fmt(l.readyFrame.median), spread(l.readyFrame), range(l.readyFrame)]);
  }
  const w = result.withoutWasm;
  if (w) {
    loadRows.push(['first contentful paint, wasm request blocked', fmt(w.fcp.median), spread(w.fcp), range(w.fcp)]);
    loadRows.push(['largest contentful paint, wasm request blocked', fmt(w.lcp.median), spread(w.lcp), range(w.lcp)]);
  }
  out.push(markdown(['measure', 'median', 'p10 – p90', 'min – max'], loadRows));
  if (w) {
    const elements = Object.entries(w.lcpElements ?? {}).sort((a, b) => b[1] - a[1]);
    out.push(`LCP element with the wasm request blocked: ${elements.map(([el, n]) => `${el} (${n}×)`).join(', ')}`);
  }
  for (const l of result.loads) {
    const tag = l.cpuThrottle > 1 ? ` at CPU ${l.cpuThrottle}×` : '';
    const elements = Object.entries(l.lcpElements ?? {}).sort((a, b) => b[1] - a[1]);
    out.push(`LCP element${tag}: ${elements.map(([el, n]) => `${el} (${n}×)`).join(', ')}`);
  }
  out.push('');
  const memRows = [];
  for (const l of result.loads) {
    const tag = l.cpuThrottle > 1 ? ` (CPU ${l.cpuThrottle}×)` : '';
    const mb = (s) => ({ ...s, median: s.median / 2 ** 20, min: s.min / 2 ** 20, max: s.max / 2 ** 20 });
    memRows.push([`JS heap used after load${tag}`, fmt(mb(l.heap).median, 2), range(mb(l.heap), 2)]);
    memRows.push([`JS heap after a GC${tag}`, fmt(mb(l.heapAfterGc).median, 2), range(mb(l.heapAfterGc), 2)]);
    memRows.push([`wasm linear memory${tag}`, fmt(mb(l.wasmMemory).median, 2), range(mb(l.wasmMemory), 2)]);
    memRows.push([`cumulative layout shift${tag}`, fmt(l.cls.median, 4), range(l.cls, 4)]);
  }
  if (result.emptyPageHeap) {
    memRows.push(['(JS heap of an empty page, for reference)', fmt(result.emptyPageHeap / 2 ** 20, 2), '']);
  }
  out.push(markdown(['memory (MB) and layout shift', 'median', 'min – max'], memRows));
  return out;
}

/** Interactions: click to DOM change, next frame and painted. */
function interactionTimes(result) {
  const out = [];
  out.push(
    `### Interactions (${INTERACTIONS} each, 1280×900): ms from the click to the DOM change, ` +
      'to the next animation frame, and to the task after that frame (painted)',
  );
  const interactionRows = [];
  for (const i of result.interactions) {
    const tag = i.cpuThrottle > 1 ? ` (CPU ${i.cpuThrottle}×)` : '';
    for (const [kind, label] of [
      ['step', 'Next (Weiter)'],
      ['lens', 'lens switch'],
      ['language', 'language switch'],
    ]) {
      const r = i[kind];
      interactionRows.push([
        `${label}${tag}`,
        fmt(r.dom.median),
        fmt(r.frame.median),
        fmt(r.frame.p90),
        fmt(r.frame.max),
        fmt(r.painted.median),
        fmt(r.painted.p90),
        r.skippedCount ? `${r.frame.n} (${r.skippedCount} skipped)` : String(r.frame.n),
      ]);
    }
  }
  out.push(
    markdown(
      ['interaction', 'DOM med', 'frame med', 'frame p90', 'frame max', 'painted med', 'painted p90', 'n'],
      interactionRows,
    ),
  );
  return out;
}

/** Lighthouse medians per form factor, with failures, LCP elements, warnings and failed audits. */
function lighthouseScores(result) {
  const out = [];
  out.push(`### Lighthouse 12.2.3, median of ${LIGHTHOUSE_RUNS}`);
  const lh = result.lighthouse;
  if (lh.skipped) {
    out.push(`not run: ${lh.skipped}`);
  } else {
    const rows = [];
    for (const formFactor of LIGHTHOUSE_RUNS_OF) {
      const m = lh[formFactor]?.median;
      if (!m) {
        rows.push([formFactor, '–', '–', '–', '–', '–', '–', '–']);
        continue;
      }
      rows.push([
        formFactor,
        fmt(m.performance, 0),
        fmt(m.accessibility, 0),
        fmt(m.fcp, 0),
        fmt(m.lcp, 0),
        fmt(m.tbt, 0),
        fmt(m.cls, 3),
        kb(m.totalBytes ?? NaN),
      ]);
    }
    out.push(markdown(['form factor', 'perf', 'a11y', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'total KB'], rows));
    out.push('mobile: simulated throttling (Lighthouse default); mobile-applied: the same profile applied (throttlingMethod devtools)');
    for (const formFactor of LIGHTHOUSE_RUNS_OF) {
      const errors = lh[formFactor]?.errors ?? [];
      if (errors.length) out.push(`${formFactor}: ${errors.length} run(s) failed: ${[...new Set(errors)].join('; ')}`);
      const lcp = [...new Set((lh[formFactor]?.runs ?? []).map((r) => r.lcpElement).filter(Boolean))];
      if (lcp.length) out.push(`${formFactor}: LCP element ${lcp.join(' | ')}`);
      const warnings = [...new Set((lh[formFactor]?.runs ?? []).flatMap((r) => r.warnings ?? []))];
      for (const w of warnings) out.push(`${formFactor}: Lighthouse warning: ${w}`);
      const failed = [...new Set((lh[formFactor]?.runs ?? []).flatMap((r) => r.failedA11y ?? []))];
      if (failed.length) out.push(`${formFactor}: failed accessibility audits: ${failed.join(', ')}`);
    }
  }
  return out;
}

/** The targets of issue 14, measured and met or not. */
function targets(result) {
  const out = [];
  const { sizes } = result;
  const lh = result.lighthouse;
  out.push('### Targets (issue 14)');
  const unthrottled = result.loads.find((l) => l.cpuThrottle === 1);
  const throttled = result.loads.find((l) => l.cpuThrottle === THROTTLE);
  const i1 = result.interactions.find((i) => i.cpuThrottle === 1);
  const i4 = result.interactions.find((i) => i.cpuThrottle === THROTTLE);
  // The slowest of the three kinds; null when any kind has no samples.
  const worst = (i, key) => {
    const values = i ? ['step', 'lens', 'language'].map((k) => i[k].frame[key]) : [null];
    return values.some((v) => v === null || v === undefined) ? null : Math.max(...values);
  };
  const mobile = lh.mobile?.median;
  const targets = [
    ['first view ≤ 160 KB gzip (budget test); target ≤ 130 KB', `${kb(sizes.total.gzip)} KB (brotli ${kb(sizes.total.brotli)} KB)`, sizes.total.gzip <= BUDGET],
    ['ready ≤ 250 ms median, unthrottled', `${fmt(unthrottled?.ready.median)} ms`, unthrottled?.ready.median <= 250],
    ['interaction → next frame ≤ 16 ms median', `${fmt(worst(i1, 'median'))} ms (worst of three)`, worst(i1, 'median') <= 16],
    ['interaction → next frame ≤ 50 ms median at 4×', `${fmt(worst(i4, 'median'))} ms (worst of three)`, worst(i4, 'median') <= 50],
    ['JS heap after load ≤ 2 MB', `${fmt((unthrottled?.heap.median ?? NaN) / 2 ** 20, 2)} MB`, unthrottled?.heap.median <= 2 * 2 ** 20],
    ['Lighthouse mobile performance 100', fmt(mobile?.performance, 0), mobile?.performance === 100],
    ['Lighthouse mobile accessibility 100', fmt(mobile?.accessibility, 0), mobile?.accessibility === 100],
    ['Lighthouse mobile LCP ≤ 1.0 s', `${fmt(mobile?.lcp, 0)} ms`, mobile?.lcp <= 1000],
    ['Lighthouse mobile TBT ≤ 100 ms', `${fmt(mobile?.tbt, 0)} ms`, mobile?.tbt <= 100],
    [
      '(mobile, throttling applied: perf; LCP)',
      `${fmt(lh['mobile-applied']?.median?.performance, 0)}; ${fmt(lh['mobile-applied']?.median?.lcp, 0)} ms`,
      null,
    ],
    ['CLS 0 (Lighthouse mobile; cold loads max)', `${fmt(mobile?.cls, 3)}; ${fmt(unthrottled?.cls.max, 4)}`, mobile?.cls === 0 && unthrottled?.cls.max === 0],
  ];
  if (throttled) {
    targets.splice(2, 0, ['(ready at CPU 4×, for reference)', `${fmt(throttled.ready.median)} ms`, null]);
  }
  out.push(
    markdown(
      ['target', 'measured', 'met'],
      targets.map(([t, v, ok]) => [t, v, ok === null ? '' : ok ? 'yes' : 'no']),
    ),
  );
  return out;
}

/** The whole report as markdown, its sections separated by blank lines. */
export function report(result) {
  return [heading, firstView, coldLoads, interactionTimes, lighthouseScores, targets]
    .map((section) => section(result).join('\n'))
    .join('\n\n');
}
