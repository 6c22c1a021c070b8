import { describe, expect, it } from '@jest/globals';
import {
  anomalyReport,
  anomalySections,
  journeyTrend,
  revocationTrend,
  severityTrend,
} from '../../../src/reporters/anomaly-summary.js';
import { stepNormal } from '../../../src/baseline/journey-baseline.js';
import { reviewCredentialChanges } from '../../../src/rules/unapproved-credential-change.js';
import type { RunState } from '../../../src/state/types.js';
import { anAuditEvent, aPolicy, daysAgo, NOW } from '../../builders/snapshot.js';

const run = (at: string, high: number, expected = 4, missing = 1): RunState['runs'][number] => ({
  at,
  mode: 'audit',
  counts: { critical: 0, high, medium: 2, low: 0, info: 0 },
  total: high + 2,
  offboardingStepsExpected: expected,
  offboardingStepsMissing: missing,
});
const state: RunState = {
  v: 1,
  fingerprints: {},
  etags: null,
  runs: [run(daysAgo(2), 3), run(daysAgo(1), 1, 4, 0)],
};

function report(suppressed = false) {
  const review = reviewCredentialChanges(aPolicy({ approvedChangers: { actors: ['ops'] } }), {
    organization: 'acme',
    events: [
      anAuditEvent('repo.update_actions_secret', { actor: 'ops', repo: 'acme/api' }),
      anAuditEvent('repo.update_actions_secret', { actor: 'mallory', repo: 'acme/api', at: daysAgo(1) }),
    ],
    contributions: [],
    grants: [],
    window: { from: daysAgo(180), to: NOW },
    offboarded: [],
  });
  const observation = (d: number, hours: number) => ({
    login: `p${d}`,
    offboardedAt: daysAgo(d),
    hours,
    done: true,
    missed: false,
    decided: true,
  });
  const normal = stepNormal({
    step: 'revoke-tokens',
    title: 't',
    deadlineHours: 24,
    observations: [40, 30, 20, 10].map((d) => observation(d, 4)),
  });
  return anomalyReport({
    review,
    normals: [normal],
    suppressed: suppressed
      ? [
          {
            rule: 'unapproved-credential-change',
            severity: 'high',
            subject: 'mallory',
            resource: 'event:x',
            fingerprint: 'f',
            message: 'm',
            evidence: {},
            feedback: {
              rule: 'unapproved-credential-change',
              resource: 'event:x',
              subject: 'mallory',
              verdict: 'false-positive',
              by: 'secops-lead',
              at: NOW,
              issue: 4,
            },
          },
        ]
      : [],
    exemption: suppressed ? 'exemptions:\n  - rules: [unapproved-credential-change]' : null,
  });
}

describe('the anomaly summary', () => {
  it('says which baselines were used and where they were too little data', () => {
    const r = report();
    expect(r.credentialChanges).toMatchObject({
      total: 2,
      approved: 1,
      journey: 0,
      episodes: 1,
      unusual: 1,
      actors: 1,
    });
    const text = anomalySections(r, state);
    expect(text).toContain('## Baselines used');
    expect(text).toContain('1 by approved actors or workflows');
    expect(text).toContain('too little data: the policy deadline judges');
  });

  it('lists suppressed findings with who decided and the exemption to paste; nothing when none', () => {
    expect(anomalySections(report(true), state)).toMatch(
      /## Suppressed by feedback[\s\S]*`secops-lead`[\s\S]*```yaml\nexemptions:/,
    );
    expect(anomalySections(report(false), state)).not.toContain('Suppressed by feedback');
  });

  it('charts findings by severity and the revocation success rate from stored runs', () => {
    expect(severityTrend(state)).toContain('line [3, 1]');
    expect(revocationTrend(state)).toContain('line [75, 100]');
    expect(severityTrend({ ...state, runs: state.runs.slice(0, 1) })).toBeNull();
    expect(revocationTrend(null)).toBeNull();
  });

  it('charts hours to each journey step over recent offboardings', () => {
    expect(journeyTrend(report())).toContain('line [4, 4, 4, 4]');
  });
});
