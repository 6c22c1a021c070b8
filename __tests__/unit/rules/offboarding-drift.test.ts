import { describe, expect, it } from '@jest/globals';
import { journeyObservations, stepNormal } from '../../../src/baseline/journey-baseline.js';
import type { AuditEvent, OffboardedPerson } from '../../../src/model.js';
import {
  driftInsufficient,
  formatHours,
  offboardingDrift,
  offboardingStepTally,
} from '../../../src/rules/offboarding-drift.js';
import {
  aDeployKey,
  aGrant,
  anAuditEvent,
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

// Past offboardings, one a week: each person held one token, revoked `hours` after offboarded-at
// (null: never revoked), by the administrator.
function offboardings(
  hours: (number | null)[],
  lastDaysAgo = 1,
): { offboarded: OffboardedPerson[]; events: AuditEvent[] } {
  const offboarded: OffboardedPerson[] = [];
  const events: AuditEvent[] = [];
  hours.forEach((h, i) => {
    const login = `p${i}`;
    const offboardedAt = daysAgo(lastDaysAgo + 7 * (hours.length - 1 - i));
    offboarded.push(
      anOffboardedPerson(login, {
        offboardedAt,
        inventory: [
          { kind: 'pat', resource: `pat:${i}`, label: 't', detail: { grantId: i, tokenId: 100 + i } },
        ],
      }),
    );
    if (h !== null)
      events.push(
        anAuditEvent('personal_access_token.access_revoked', {
          actor: 'secops',
          user: login,
          at: new Date(new Date(offboardedAt).getTime() + h * 3_600_000).toISOString(),
          fields: { pat_id: i },
        }),
      );
  });
  return { offboarded, events };
}

const tokensOnly = aPolicy({
  offboarding: {
    ...aPolicy().offboarding,
    journey: [
      {
        id: 'revoke-tokens',
        title: 'Revoke tokens',
        deadlineHours: 24,
        check: { kind: 'github', what: 'tokens' },
      },
    ],
  },
});

function drift(hours: (number | null)[], lastDaysAgo = 3) {
  const { offboarded, events } = offboardings(hours, lastDaysAgo);
  const snapshot = aSnapshot({
    offboarded,
    auditEvents: events,
    activityWindow: { from: daysAgo(180), to: NOW },
  });
  return {
    context: aRuleContext({ snapshot, policy: tokensOnly }),
    findings: offboardingDrift.evaluate(aRuleContext({ snapshot, policy: tokensOnly })),
  };
}

const normalWeeks = [4, 3, 5, 4, 6, 4, 3, 5];

/** The token step's observations at NOW. */
function tokenStep({ offboarded, events }: { offboarded: OffboardedPerson[]; events: AuditEvent[] }) {
  const [step] = journeyObservations({
    offboarded,
    events,
    journey: tokensOnly.offboarding.journey,
    organization: 'acme',
    defaultDeadlineHours: 24,
    now: new Date(NOW),
    since: null,
  });
  return step;
}

describe('journey baselines', () => {
  it('one observation per offboarding: hours to done, missed past the deadline, open ones as elapsed', () => {
    const step = tokenStep(offboardings([4, 30, null], 0.5));
    expect(
      step.observations.map(({ hours, done, missed, decided }) => ({ hours, done, missed, decided })),
    ).toEqual([
      { hours: 4, done: true, missed: false, decided: true },
      { hours: 30, done: true, missed: true, decided: true },
      { hours: 12, done: false, missed: false, decided: false },
    ]);
  });

  it('a person with nothing for the step is not observed', () => {
    const [step] = journeyObservations({
      offboarded: [anOffboardedPerson('x', { inventory: [] })],
      events: [],
      journey: tokensOnly.offboarding.journey,
      organization: 'acme',
      defaultDeadlineHours: 24,
      now: new Date(NOW),
      since: null,
    });
    expect(step.observations).toEqual([]);
  });

  it('median hours and miss rate over the past, the 3 most recent left out', () => {
    const step = tokenStep(offboardings([...normalWeeks, null, 200, 300]));
    const normal = stepNormal(step);
    expect(normal.past).toHaveLength(8);
    expect(normal.hours?.median).toBe(4);
    expect(normal.missRate).toBe(0);
    expect(normal.insufficient).toBeNull();
  });

  it('too little data: under 5 past offboardings the step has no normal, and says why', () => {
    const step = tokenStep(offboardings([4, 4, 4, 4, 4, 4]));
    const normal = stepNormal(step);
    expect(normal.hours).toBeNull();
    expect(normal.insufficient).toMatch(/3 past offboardings with an outcome \(5 needed/);
  });
});

describe('offboarding-drift', () => {
  it('fires when the step slows down in most recent offboardings', () => {
    const { findings } = drift([...normalWeeks, 4, 216, 230], 12);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(
      'Offboarding step `revoke-tokens` was missed in 2 of the last 3 offboardings; usual 0% over 8; took 9 days in the last 3 offboardings (2 beyond 8.75 hours); usual 4 hours',
    );
    expect(findings[0].evidence).toMatchObject({
      step: 'revoke-tokens',
      baseline: { pastOffboardings: 8, medianHours: 4 },
    });
  });

  it('an open step already past the fence counts as slow (detected before it completes)', () => {
    const { findings } = drift([...normalWeeks, null, null], 2);
    expect(findings.map((f) => f.evidence.step)).toEqual(['revoke-tokens']);
    expect(findings[0].evidence.slow).toMatchObject({ slow: 2 });
  });

  it('near miss: one slow offboarding among the recent ones is not drift', () => {
    expect(drift([...normalWeeks, 4, 5, 230], 12).findings).toEqual([]);
  });

  it('near miss: noise within the usual spread', () => {
    expect(drift([...normalWeeks, 6, 7, 5]).findings).toEqual([]);
  });

  it('fires when a step starts being skipped beyond the past miss rate', () => {
    const { findings } = drift([...normalWeeks, null, null, null], 12);
    expect(findings[0].evidence.skipped).toMatchObject({ missed: 3, of: 3, usualPercent: 0 });
  });

  it('near miss: a step that is usually missed this often is not drift', () => {
    // Past: missed in 5 of 10; recent: 2 of 3, 67% against 50%: within 20 points; and 40 hours is usual too.
    const usuallyLate = [4, 40, 4, 40, 4, 40, 4, 40, 4, 40];
    expect(drift([...usuallyLate, 40, 4, 40], 12).findings).toEqual([]);
  });

  it('too little history: no finding, and history.insufficient names the step', () => {
    const { context, findings } = drift([4, 4, 4, 4]);
    expect(findings).toEqual([]);
    expect(driftInsufficient(context)).toEqual([
      {
        rule: 'offboarding-drift',
        reason: expect.stringMatching(/^step revoke-tokens: 1 past offboardings with an outcome \(5 needed/),
      },
    ]);
  });

  it('reads min-past-offboardings from the policy and honours enabled', () => {
    const { offboarded, events } = offboardings([4, 4, 4, null, null, null], 12);
    const snapshot = aSnapshot({
      offboarded,
      auditEvents: events,
      activityWindow: { from: daysAgo(180), to: NOW },
    });
    const policy = aPolicy({
      ...tokensOnly,
      rules: { 'offboarding-drift': { thresholds: { 'min-past-offboardings': 3 } } },
    });
    expect(
      offboardingDrift.evaluate(
        aRuleContext({ snapshot, policy: { ...policy, offboarding: tokensOnly.offboarding } }),
      ),
    ).toHaveLength(1);
    const off = aPolicy({ rules: { 'offboarding-drift': { enabled: false } } });
    expect(
      offboardingDrift.evaluate(
        aRuleContext({ snapshot, policy: { ...off, offboarding: tokensOnly.offboarding } }),
      ),
    ).toEqual([]);
    expect(
      driftInsufficient(aRuleContext({ snapshot, policy: { ...off, offboarding: tokensOnly.offboarding } })),
    ).toEqual([]);
  });

  it('formats durations', () => {
    expect(formatHours(216)).toBe('9 days');
    expect(formatHours(4)).toBe('4 hours');
    expect(formatHours(0.5)).toBe('30 minutes');
  });
});
