import { describe, expect, it } from '@jest/globals';
import { diffRuns, gapCovers, nextState } from '../../../src/state/history.js';
import type { RunState } from '../../../src/state/types.js';
import { parseRunState } from '../../../src/state/types.js';
import { finding } from '../reporters/fixtures.js';

const a = finding({ resource: 'deploy-key:acme/api/1' });
const b = finding({ resource: 'deploy-key:acme/web/2', severity: 'high' });

describe('diffRuns', () => {
  it('treats everything as new without history', () => {
    expect(diffRuns(null, [a]).new).toEqual([a]);
  });

  it('splits new, unchanged and resolved', () => {
    const previous = nextState(null, [a], '2026-11-26T03:00:00Z', { mode: 'audit' });
    const diff = diffRuns(previous, [b]);
    expect(diff.new).toEqual([b]);
    expect(diff.unchanged).toEqual([]);
    expect(diff.resolved.map((r) => r.fingerprint)).toEqual([a.fingerprint]);
    expect(diffRuns(previous, [a]).unchanged).toEqual([a]);
  });

  it('does not call a finding resolved when its resource was not readable this time', () => {
    const previous = nextState(null, [a], '2026-11-26T03:00:00Z', { mode: 'audit' });
    const diff = diffRuns(previous, [], [{ resource: 'repo:acme/api', reason: 'HTTP 403' }]);
    expect(diff.resolved).toEqual([]);
    expect(diff.unknown.map((r) => r.fingerprint)).toEqual([a.fingerprint]);
    // Near miss: a gap on another repository does not hide it.
    expect(
      diffRuns(previous, [], [{ resource: 'repo:acme/apiary', reason: 'HTTP 403' }]).resolved,
    ).toHaveLength(1);
  });
});

describe('gapCovers', () => {
  const f = (rule: string, resource: string, subject: string | null = null) => ({ rule, resource, subject });
  it('matches the resource, the lists it is read from, or the whole organization', () => {
    expect(gapCovers({ resource: 'deploy-key:acme/api/1', reason: '' }, f('stale-deploy-key', 'deploy-key:acme/api/1'))).toBe(true);
    expect(gapCovers({ resource: 'repo:acme/api', reason: '' }, f('stale-secret', 'secret:acme/api/env/prod/X'))).toBe(true);
    expect(gapCovers({ resource: 'org:acme', reason: '' }, f('stale-token', 'pat:5'))).toBe(true);
    expect(gapCovers({ resource: 'repo:acme/api', reason: '' }, f('stale-deploy-key', 'deploy-key:acme/api2/1'))).toBe(false);
    expect(gapCovers({ resource: 'team:acme/x', reason: '' }, f('stale-token', 'pat:5'))).toBe(false);
  });

  it('an unreadable audit log hides every finding that needs activity', () => {
    const gap = { resource: 'org:acme/audit-log', reason: '403' };
    expect(gapCovers(gap, f('stale-member', 'org:acme', 'alice'))).toBe(true);
    expect(gapCovers(gap, f('activity-after-offboarding', 'event:abc', 'alice'))).toBe(true);
    expect(gapCovers(gap, f('stale-deploy-key', 'deploy-key:acme/api/1'))).toBe(false);
  });
});

describe('nextState', () => {
  it('keeps firstSeen, moves lastSeen, counts the run and keeps the last 100 runs', () => {
    let state: RunState | null = null;
    for (let day = 1; day <= 105; day += 1) {
      state = nextState(state, [a], `2026-08-${String(day).padStart(3, '0')}`, {
        mode: 'audit',
        etags: { day },
      });
    }
    expect(state?.runs).toHaveLength(100);
    expect(state?.runs[0].at).toBe('2026-08-006');
    expect(state?.fingerprints[a.fingerprint]).toMatchObject({
      firstSeen: '2026-08-001',
      lastSeen: '2026-08-105',
    });
    expect(state?.etags).toEqual({ day: 105 });
  });

  it('records counts by severity and offboarding step totals', () => {
    const state = nextState(null, [a, b], 'now', {
      mode: 'audit',
      offboardingStepsExpected: 7,
      offboardingStepsMissing: 2,
    });
    expect(state.runs[0]).toEqual({
      at: 'now',
      mode: 'audit',
      counts: { critical: 0, high: 1, medium: 1, low: 0, info: 0 },
      total: 2,
      offboardingStepsExpected: 7,
      offboardingStepsMissing: 2,
    });
  });

  it('drops resolved fingerprints but keeps ones hidden by a gap, unchanged', () => {
    const previous = nextState(null, [a, b], 'day1', { mode: 'audit' });
    const next = nextState(previous, [], 'day2', {
      mode: 'audit',
      gaps: [{ resource: 'repo:acme/api', reason: '403' }],
    });
    expect(Object.keys(next.fingerprints)).toEqual([a.fingerprint]);
    expect(next.fingerprints[a.fingerprint].lastSeen).toBe('day1');
    expect(next.etags).toBeNull();
  });
});

describe('gapCovers for a part of a repository', () => {
  it('hides what is read from that part of that repository, nothing else', () => {
    const gap = { resource: 'repo:acme/api/deploy-keys', reason: '403' };
    const f = (rule: string, resource: string) => ({ rule, resource, subject: null });
    expect(gapCovers(gap, f('stale-deploy-key', 'deploy-key:acme/api/12'))).toBe(true);
    expect(gapCovers(gap, f('stale-secret', 'secret:acme/api/TOKEN'))).toBe(false);
    expect(gapCovers(gap, f('stale-deploy-key', 'deploy-key:acme/api-ui/12'))).toBe(false);
  });
});

describe('feedback and baseline widenings in the state', () => {
  const record = {
    rule: 'unapproved-credential-change' as const,
    resource: 'event:x',
    subject: 'mallory',
    verdict: 'false-positive' as const,
    by: null,
    at: '2026-11-27T03:00:00.000Z',
    issue: 3,
  };
  const extension = {
    repos: ['acme/a'],
    orgSecrets: [],
    people: [],
    ips: ['192.0.2.9'],
    kinds: ['deploy-key' as const],
    largestBurst: 6,
  };

  it('are stored, kept when a run brings none, and survive a round trip through JSON', () => {
    const first = nextState(null, [], '2026-11-27T03:00:00.000Z', {
      mode: 'audit',
      feedback: { k: record },
      baselines: { extensions: { mallory: extension } },
    });
    const second = nextState(first, [], '2026-11-28T03:00:00.000Z', { mode: 'audit' });
    expect(second.feedback).toEqual({ k: record });
    expect(second.baselines).toEqual({ extensions: { mallory: extension } });
    expect(parseRunState(JSON.stringify(second))).toEqual(second);
  });

  it('near miss: a state without them has none', () => {
    const state = nextState(null, [], '2026-11-27T03:00:00.000Z', { mode: 'audit' });
    expect(parseRunState(JSON.stringify(state))).toEqual(state);
    expect(state).not.toHaveProperty('feedback');
  });
});
