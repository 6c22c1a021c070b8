import { describe, expect, it } from '@jest/globals';
import { driftHistoryShortfall, offboardingDrift, offboardingStepTally } from '../../../src/rules/offboarding-drift.js';
import type { RunHistory } from '../../../src/rules/types.js';
import {
  aDeployKey,
  aGrant,
  anOffboardedPerson,
  aPatGrant,
  aPerson,
  aPolicy,
  aRuleContext,
  aSnapshot,
  aTeam,
  daysAgo,
  NOW,
} from '../../builders/snapshot.js';

const history = (rates: [number, number][]): RunHistory => ({
  runs: rates.map(([missing, expected], i) => ({
    at: daysAgo(rates.length - i),
    offboardingStepsExpected: expected,
    offboardingStepsMissing: missing,
  })),
});

// One person offboarded 10 days ago who is still a member, in a team and holds a token:
// 3 of the 6 judged GitHub steps are missing (secrets-rotated is not judged in audit mode).
const leaky = aSnapshot({
  offboarded: [anOffboardedPerson('gina', { offboardedAt: daysAgo(10) })],
  people: [aPerson('gina')],
  teams: [aTeam('platform', { members: [{ login: 'gina', role: 'member' }] })],
  patGrants: [aPatGrant('gina')],
  grants: [aGrant('gina', 'acme/api', 'write', { sources: [{ kind: 'team', team: 'platform' }] })],
  deployKeys: [aDeployKey({ addedBy: 'someone-else' })],
});

describe('offboardingStepTally', () => {
  it('counts due GitHub-checked steps and those whose access is still there', () => {
    expect(offboardingStepTally(leaky, aPolicy(), new Date(NOW))).toEqual({ expected: 6, missing: 3 });
  });

  it('does not count steps whose deadline has not passed', () => {
    const fresh = { ...leaky, offboarded: [anOffboardedPerson('gina', { offboardedAt: daysAgo(0.5) })] };
    expect(offboardingStepTally(fresh, aPolicy(), new Date(NOW))).toEqual({ expected: 0, missing: 0 });
  });

  it('leaves out steps whose data could not be read', () => {
    const gapped = { ...leaky, coverage: [{ resource: 'org:acme/personal-access-tokens', reason: '403' }] };
    expect(offboardingStepTally(gapped, aPolicy(), new Date(NOW))).toEqual({ expected: 5, missing: 2 });
  });
});

describe('offboarding-drift', () => {
  it('fires when this run’s missing share exceeds the historical mean by more than max-deviation-percent', () => {
    // 50% now against a 10% mean: 40 points > 20.
    const findings = offboardingDrift.evaluate(
      aRuleContext({
        snapshot: leaky,
        history: history([
          [1, 10],
          [1, 10],
          [1, 10],
          [1, 10],
          [1, 10],
        ]),
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'offboarding-drift',
      subject: null,
      resource: 'org:acme',
      evidence: { missingPercent: 50, historicalMeanPercent: 10, historyRuns: 5, maxDeviationPercent: 20 },
    });
  });

  it('does not fire within the deviation', () => {
    // 50% now against a 40% mean: 10 points.
    const context = aRuleContext({
      snapshot: leaky,
      history: history([
        [4, 10],
        [4, 10],
        [4, 10],
        [4, 10],
        [4, 10],
      ]),
    });
    expect(offboardingDrift.evaluate(context)).toEqual([]);
    expect(driftHistoryShortfall(context)).toBeNull();
  });

  it('with too little history, says so for history.insufficient instead of a finding', () => {
    const context = aRuleContext({
      snapshot: leaky,
      history: history([
        [0, 10],
        [0, 10],
        [0, 10],
        [0, 10],
      ]),
    });
    expect(offboardingDrift.evaluate(context)).toEqual([]);
    expect(driftHistoryShortfall(context)).toEqual({
      rule: 'offboarding-drift',
      reason: expect.stringContaining('found 4'),
    });
    expect(driftHistoryShortfall(aRuleContext({ snapshot: leaky }))).toMatchObject({
      rule: 'offboarding-drift',
    });
  });

  it('reads its thresholds from the policy and honours enabled', () => {
    const runs = history([
      [0, 10],
      [0, 10],
    ]);
    expect(offboardingDrift.evaluate(aRuleContext({ snapshot: leaky, history: runs }))).toEqual([]);
    const policy = aPolicy({
      rules: { 'offboarding-drift': { thresholds: { 'min-history-runs': 2, 'max-deviation-percent': 45 } } },
    });
    expect(offboardingDrift.evaluate(aRuleContext({ snapshot: leaky, history: runs, policy }))).toHaveLength(
      1,
    );
    const off = aPolicy({
      rules: { 'offboarding-drift': { enabled: false, thresholds: { 'min-history-runs': 2 } } },
    });
    expect(offboardingDrift.evaluate(aRuleContext({ snapshot: leaky, history: runs, policy: off }))).toEqual(
      [],
    );
    expect(driftHistoryShortfall(aRuleContext({ snapshot: leaky, policy: off }))).toBeNull();
  });
});
