// Robust statistics for the baselines: medians, median absolute deviations and quantiles, so
// that one outlier (a single bad week, one incident) cannot move what "normal" means. Every
// estimate carries how many observations it rests on; below the minimum it is not an estimate.

/** 1.4826 × MAD estimates the standard deviation of normally distributed data. */
export const MAD_SCALE = 1.4826;

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The median, or null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const list = sorted(values);
  const middle = Math.floor(list.length / 2);
  return list.length % 2 === 1 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
}

/** The median absolute deviation from the median (unscaled), or null for no values. */
export function mad(values: readonly number[]): number | null {
  const centre = median(values);
  if (centre === null) return null;
  return median(values.map((value) => Math.abs(value - centre)));
}

/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics, or null. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  if (q < 0 || q > 1) throw new RangeError(`quantile ${q} is outside 0..1`);
  const list = sorted(values);
  const position = (list.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return list[below] + (list[above] - list[below]) * (position - below);
}

export interface RobustSummary {
  n: number;
  median: number;
  /** Scaled MAD (comparable with a standard deviation). */
  spread: number;
  q1: number;
  q3: number;
  p90: number;
  max: number;
}

/** Median, scaled MAD, 90th percentile and maximum; null below `minimum` observations. */
export function robustSummary(values: readonly number[], minimum = 1): RobustSummary | null {
  if (values.length < Math.max(1, minimum)) return null;
  return {
    n: values.length,
    median: median(values) as number,
    spread: (mad(values) as number) * MAD_SCALE,
    q1: quantile(values, 0.25) as number,
    q3: quantile(values, 0.75) as number,
    p90: quantile(values, 0.9) as number,
    max: Math.max(...values),
  };
}

/**
 * The largest value still normal: the higher of median + k × scaled MAD and Tukey's fence
 * Q3 + k × IQR (a two-humped normal, "4 hours or 40", has no MAD but a wide IQR), and never below
 * `floor` nor below twice the median (identical values have no spread, and "slightly above
 * identical" is not an anomaly).
 */
export function upperFence(summary: RobustSummary, k: number, floor = 0): number {
  return Math.max(
    floor,
    summary.median * 2,
    summary.median + k * summary.spread,
    summary.q3 + k * (summary.q3 - summary.q1),
  );
}

/** Round for reports: two decimals, no float noise. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
