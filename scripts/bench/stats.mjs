// Statistics of a sample: the bench reports medians and spreads, never a single run.

/** The q-quantile (0..1) of numbers, linearly interpolated; null when there are none. */
export function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

/** Median, p10, p90, min, max and count of a sample. */
export function stats(values) {
  const v = values.filter((x) => Number.isFinite(x));
  return {
    n: v.length,
    median: quantile(v, 0.5),
    p10: quantile(v, 0.1),
    p90: quantile(v, 0.9),
    min: v.length ? Math.min(...v) : null,
    max: v.length ? Math.max(...v) : null,
  };
}
