import { describe, expect, it } from '@jest/globals';
import type { RunState } from '../../../src/state/types.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../../src/reporters/summary.js';
import { finding, manyFindings, report, subjectResult } from './fixtures.js';

const run = (at: string, total: number): RunState['runs'][number] => ({
  at,
  mode: 'audit',
  counts: { critical: 0, high: total, medium: 0, low: 0, info: 0 },
  total,
  offboardingStepsExpected: 0,
  offboardingStepsMissing: 0,
});
const history = (runs: RunState['runs']): RunState => ({ v: 1, fingerprints: {}, etags: null, runs });

describe('renderSummary', () => {
  it('has the overview, a pie of findings by rule, coverage and top findings', () => {
    const markdown = renderSummary(
      report({
        findings: [finding(), finding({ rule: 'stale-token', resource: 'pat:1', severity: 'high' })],
      }),
    );
    expect(markdown).toContain('| high | 1 |');
    expect(markdown).toContain('```mermaid\npie showData title Findings by rule');
    expect(markdown).toContain('"stale-token" : 1');
    expect(markdown).toContain('Coverage: **complete**');
    expect(markdown).toContain('## Top findings');
    expect(markdown).not.toContain('xychart-beta');
  });

  it('draws the trend only with at least two runs of history', () => {
    expect(renderSummary(report(), history([run('2026-11-26T03:00:00Z', 3)]))).not.toContain('xychart-beta');
    const markdown = renderSummary(
      report(),
      history([run('2026-11-26T03:00:00Z', 3), run('2026-11-27T03:00:00Z', 5)]),
    );
    expect(markdown).toContain('xychart-beta');
    expect(markdown).toContain('bar [3, 5]');
  });

  it('shows new and resolved since the last run', () => {
    const fresh = finding();
    const markdown = renderSummary(
      report({ findings: [fresh], changes: { new: [fresh.fingerprint], resolved: ['r1', 'r2'] } }),
    );
    expect(markdown).toContain('**1 new**, **2 resolved**');
  });

  it('shows one row per offboarded person when present', () => {
    const markdown = renderSummary(report({ offboarding: [subjectResult({ itemsHeld: 4, itemsLeft: 2, findings: 2 })] }));
    expect(markdown).toContain('## Offboarding');
    expect(markdown).toContain('| `alice` | post | 2026\\-11\\-27T17\\:00\\:00\\.000Z | snapshot | 4 | 2 | 2 | open |');
  });

  it('has no offboarding section without offboarded people', () => {
    expect(renderSummary(report())).not.toContain('## Offboarding');
  });

  it('stays under 1 MiB with a note when there is too much to say', () => {
    const markdown = renderSummary(
      report({
        findings: manyFindings(50, { message: 'é'.repeat(250) }),
        gaps: Array.from({ length: 20_000 }, (_, i) => ({
          resource: `repo:acme/r${i}`,
          reason: 'ü'.repeat(200),
        })),
      }),
    );
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    // gaps are capped at 50 rows, so this must still fit without a cut
    expect(markdown).not.toContain('Summary cut');
  });
});
