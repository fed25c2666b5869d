// Statistics shared by the benchmark scripts.

export function median(values) {
  return percentile(values, 0.5);
}

/** Nearest-rank percentile; the median of an even count is the mean of the two middle values. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 0.5) {
    const mid = sorted.length / 2;
    return round2(Number.isInteger(mid) ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[Math.floor(mid)]);
  }
  return round2(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]);
}

export function round2(n) {
  return Math.round(n * 100) / 100;
}
