import { describe, expect, it } from '@jest/globals';
import { mad, median, quantile, robustSummary, upperFence } from '../../../src/baseline/stats.js';

describe('robust statistics', () => {
  it('median of odd and even counts, null for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('MAD is not moved by one outlier, unlike a mean', () => {
    expect(mad([1, 2, 3, 4, 5])).toBe(1);
    expect(mad([1, 2, 3, 4, 500])).toBe(1);
    expect(median([4, 4, 4, 4, 400])).toBe(4);
    expect(mad([])).toBeNull();
  });

  it('quantiles interpolate and reject a q outside 0..1', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([0, 10], 0.9)).toBe(9);
    expect(quantile([], 0.5)).toBeNull();
    expect(() => quantile([1], 2)).toThrow(RangeError);
  });

  it('too little data is no summary, never a guess', () => {
    expect(robustSummary([3, 4], 3)).toBeNull();
    expect(robustSummary([3, 4, 5], 3)).toMatchObject({ n: 3, median: 4, max: 5 });
  });

  it('the upper fence: median + k·MAD or Q3 + k·IQR, at least twice the median and the floor', () => {
    const tight = robustSummary([4, 4, 4, 4, 4])!;
    expect(upperFence(tight, 3)).toBe(8); // no spread at all: twice the median
    const normal = robustSummary([3, 4, 4, 5, 4, 6, 3, 5, 4])!;
    expect(upperFence(normal, 3)).toBeCloseTo(4 + 3 * 1 * 1.4826, 5);
    const twoHumped = robustSummary([4, 40, 4, 40, 4, 40, 4, 40, 4])!;
    expect(twoHumped.spread).toBe(0);
    expect(upperFence(twoHumped, 3)).toBe(40 + 3 * 36);
    expect(upperFence(tight, 3, 20)).toBe(20);
  });
});
