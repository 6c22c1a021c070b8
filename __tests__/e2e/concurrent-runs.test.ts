// Two audits started together on a repository with no issues yet, through the bundle, as two
// processes: each finding issue is opened once, nothing is closed as a duplicate, no comment.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseMarker } from '../../src/reporters/issue-marker.js';
import { harness, type Harness } from './harness.js';

describe('concurrent first runs', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('two audits at once open every issue once and never comment', async () => {
    const inputs = { mode: 'audit', report: 'issues,json' };
    const runs = await Promise.all([h.run({ inputs }), h.run({ inputs })]);
    expect(runs.map((run) => run.report !== null)).toEqual([true, true]);
    const managed = h.scenario.org.issues.filter((issue) => issue.labels.includes('offboarding-sentinel'));
    expect(managed.length).toBeGreaterThan(0);
    const keys = managed.map((issue) => parseMarker(issue.body)?.key);
    expect(new Set(keys).size).toBe(managed.length);
    expect(managed.every((issue) => issue.state === 'open')).toBe(true);
    expect(managed.flatMap((issue) => issue.comments)).toEqual([]);
  });
});
