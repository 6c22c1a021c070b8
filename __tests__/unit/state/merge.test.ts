import { describe, expect, it } from '@jest/globals';
import { mergeStates } from '../../../src/state/merge.js';
import type { RunRecord, RunState } from '../../../src/state/types.js';

const run = (at: string, id?: string): RunRecord => ({
  ...(id ? { id } : {}),
  at,
  mode: 'audit',
  counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
  total: 0,
  offboardingStepsExpected: 0,
  offboardingStepsMissing: 0,
});
const record = (firstSeen: string, lastSeen: string) => ({ rule: 'stale-member' as const, resource: 'org:acme', subject: 'a', firstSeen, lastSeen });

describe('mergeStates', () => {
  it('keeps the earliest first sighting, the union of runs (two at the same instant stay two) and our ETags', () => {
    const theirs: RunState = { v: 1, fingerprints: { f: record('d1', 'd3'), t: record('d2', 'd3') }, etags: 'theirs', runs: [run('d1', 'a'), run('d3', 'b')], baselines: { x: 1 } };
    const ours: RunState = { v: 1, fingerprints: { f: record('d2', 'd3'), o: record('d3', 'd3') }, etags: 'ours', runs: [run('d1', 'a'), run('d3', 'c')] };
    const merged = mergeStates(theirs, ours);
    expect(merged.fingerprints).toEqual({ f: record('d1', 'd3'), t: record('d2', 'd3'), o: record('d3', 'd3') });
    expect(merged.runs.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(merged.etags).toBe('ours');
    expect(merged.baselines).toEqual({ x: 1 });
    expect(mergeStates(theirs, { ...ours, etags: null }).etags).toBe('theirs');
  });
});
