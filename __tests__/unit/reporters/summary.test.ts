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

  it('shows each offboarded person as a readable row, "to remove" right after pre', () => {
    const post = subjectResult({ input: 'alice@acme.example', offboardedAt: '2026-11-26T23:00:00.000Z', itemsHeld: 28, itemsLeft: 3, findings: 4 });
    const pre = subjectResult({ subject: 'bob', input: 'bob', phase: 'pre', offboardedAt: '2026-11-26T23:00:00.000Z', itemsHeld: 28, itemsLeft: 28, findings: 0 });
    const markdown = renderSummary(report({ offboarding: [post, pre] }));
    expect(markdown).toContain('| subject | phase | offboarded at | items held | still held | findings | tracking issue |');
    expect(markdown).toContain('| `alice` (from `alice@acme.example`) | post | 2026-11-26 23:00 UTC | 28 (collected) | 3 | 4 | open |');
    expect(markdown).toContain('| `bob` | pre | 2026-11-26 23:00 UTC | 28 (collected) | 28 to remove | 0 | open |');
  });

  it('has no offboarding section without offboarded people', () => {
    expect(renderSummary(report())).not.toContain('## Offboarding');
  });

  it('says what each exemption set aside and why, not only how many', () => {
    const exempted = { ...finding({ rule: 'write-deploy-key', resource: 'deploy-key:acme/docs/9', subject: 'ci-bot' }), exemption: { reason: 'Publishes the docs site', expires: '2027-05-26', location: { path: 'policies/a.yml', line: 3, column: 5 } } };
    const markdown = renderSummary(report({ exempted: [exempted] }));
    expect(markdown).toContain('## Exempted (1)');
    expect(markdown).toContain('| `write-deploy-key` | `deploy-key:acme/docs/9` | `ci-bot` | Publishes the docs site | 2027\\-05\\-26 |');
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
