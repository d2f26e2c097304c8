export type Results = Record<string, number | null>;

/** Median and 95th percentile of a set of samples, rounded to 0.1. */
export function summarize(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].filter((s) => Number.isFinite(s)).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}
