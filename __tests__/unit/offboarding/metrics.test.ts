import { describe, expect, it } from '@jest/globals';
import { offboardingMetrics, runOffboardingMetrics } from '../../../src/offboarding/metrics.js';
import type { ItemStatus, StepStatus } from '../../../src/offboarding/types.js';

const OFFBOARDED = '2026-11-20T00:00:00.000Z';
const item = (
  resource: string,
  kind: ItemStatus['kind'],
  status: ItemStatus['status'],
  at: string | null = null,
): ItemStatus => ({
  kind,
  resource,
  label: resource,
  status,
  at,
  by: at ? 'it-admin' : null,
  new: false,
});
const step = (id: string, status: StepStatus['status']): StepStatus => ({
  id,
  title: id,
  check: 'github',
  status,
  dueAt: '2026-11-21T00:00:00.000Z',
  doneAt: null,
});

describe('offboardingMetrics', () => {
  it('counts steps and items, and hours to each revocation', () => {
    const metrics = offboardingMetrics({
      subject: 'alice',
      offboardedAt: OFFBOARDED,
      now: new Date('2026-11-22T00:00:00Z'),
      items: [
        item('org:acme', 'org-membership', 'revoked', '2026-11-20T03:00:00.000Z'),
        item('secret:acme/X', 'secret', 'rotated', '2026-11-20T06:30:00.000Z'),
        item('repo:acme/api', 'repo-access', 'retained'),
        item('credential:1', 'credential', 'unknown'),
      ],
      steps: [step('a', 'done'), step('b', 'missing'), step('c', 'pending'), step('d', 'unknown')],
    });
    expect(metrics).toMatchObject({
      stepsExpected: 4,
      stepsDone: 1,
      stepsMissing: 1,
      stepsPending: 1,
      stepsUnknown: 1,
      itemsTotal: 4,
      itemsRevoked: 2,
      itemsRetained: 1,
      itemsUnknown: 1,
      hoursToFullRevocation: null,
    });
    expect(metrics.revocations.map((r) => r.hoursAfterOffboarding)).toEqual([3, 6.5]);
  });

  it('gives the hours to full revocation only when everything is gone with known times', () => {
    const metrics = offboardingMetrics({
      subject: 'alice',
      offboardedAt: OFFBOARDED,
      now: new Date('2026-11-22T00:00:00Z'),
      items: [
        item('org:acme', 'org-membership', 'revoked', '2026-11-20T03:00:00.000Z'),
        item('pat:1', 'pat', 'revoked', '2026-11-20T10:00:00.000Z'),
      ],
      steps: [],
    });
    expect(metrics.hoursToFullRevocation).toBe(10);
  });

  it('counts tokens active 24 h after offboarding: held past the day, or revoked after it', () => {
    const items = [
      item('pat:1', 'pat', 'retained'),
      item('pat:2', 'pat', 'revoked', '2026-11-21T01:00:00.000Z'),
      item('credential:3', 'credential', 'revoked', '2026-11-20T23:00:00.000Z'),
      item('org:acme', 'org-membership', 'retained'),
    ];
    const later = offboardingMetrics({
      subject: 'a',
      offboardedAt: OFFBOARDED,
      now: new Date('2026-11-22T00:00:00Z'),
      items,
      steps: [],
    });
    expect(later.tokensActiveAfter24h).toBe(2);
    // Within the first day a token still held is not (yet) late.
    const early = offboardingMetrics({
      subject: 'a',
      offboardedAt: OFFBOARDED,
      now: new Date('2026-11-20T12:00:00Z'),
      items,
      steps: [],
    });
    expect(early.tokensActiveAfter24h).toBe(1);
  });
});

describe('runOffboardingMetrics', () => {
  it('sums over subjects and takes the median revocation time', () => {
    const one = offboardingMetrics({
      subject: 'a',
      offboardedAt: OFFBOARDED,
      now: new Date('2026-11-22T00:00:00Z'),
      items: [
        item('org:acme', 'org-membership', 'revoked', '2026-11-20T01:00:00.000Z'),
        item('pat:1', 'pat', 'retained'),
      ],
      steps: [step('a', 'done'), step('b', 'missing')],
    });
    const two = offboardingMetrics({
      subject: 'b',
      offboardedAt: OFFBOARDED,
      now: new Date('2026-11-22T00:00:00Z'),
      items: [
        item('org:acme', 'org-membership', 'revoked', '2026-11-20T05:00:00.000Z'),
        item('team:acme/x', 'team-membership', 'revoked', '2026-11-20T09:00:00.000Z'),
      ],
      steps: [step('a', 'done')],
    });
    expect(runOffboardingMetrics([one, two])).toEqual({
      subjects: 2,
      stepsExpected: 3,
      stepsDone: 2,
      stepsMissing: 1,
      itemsRetained: 1,
      tokensActiveAfter24h: 1,
      medianHoursToRevocation: 5,
    });
    expect(runOffboardingMetrics([]).medianHoursToRevocation).toBeNull();
  });
});
