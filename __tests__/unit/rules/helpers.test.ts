import { describe, expect, it } from '@jest/globals';
import { activityIndex } from '../../../src/rules/activity.js';
import { activityReadFor, contributionsReadFor, windowCovers } from '../../../src/rules/coverage.js';
import { matchesAnyGlob, matchesGlob } from '../../../src/rules/glob.js';
import { daysBetween, isOlderThan } from '../../../src/rules/time.js';
import { aContribution, anAuditEvent, aSnapshot, daysAgo, NOW } from '../../builders/snapshot.js';

describe('time', () => {
  it('counts fractional days and compares strictly', () => {
    expect(daysBetween(daysAgo(3), NOW)).toBeCloseTo(3);
    expect(isOlderThan(daysAgo(90.01), 90, new Date(NOW))).toBe(true);
    expect(isOlderThan(daysAgo(90), 90, new Date(NOW))).toBe(false);
  });
});

describe('glob', () => {
  it('matches * and ? and nothing else as wildcards', () => {
    expect(matchesGlob('deploy-bot', '*-bot')).toBe(true);
    expect(matchesGlob('Deploy-Bot', 'deploy-bot')).toBe(true);
    expect(matchesGlob('svc1', 'svc?')).toBe(true);
    expect(matchesGlob('svc12', 'svc?')).toBe(false);
    expect(matchesGlob('a.b', 'a.c')).toBe(false);
    expect(matchesGlob('axb', 'a.b')).toBe(false);
    expect(matchesGlob('acme/ops/.github/workflows/rotate.yml', 'acme/ops/*')).toBe(true);
    expect(matchesAnyGlob('alice', [])).toBe(false);
  });
});

describe('coverage', () => {
  it('a gap covers the lists under it, not siblings or other kinds', () => {
    const snapshot = aSnapshot({ coverage: [{ resource: 'repo:acme/api', reason: '403' }] });
    expect(contributionsReadFor(snapshot, 'alice', 'acme/api')).toBe(false);
    expect(contributionsReadFor(snapshot, 'alice', 'acme/api-v2')).toBe(true);
    expect(activityReadFor(snapshot, 'alice')).toBe(true);
    const narrow = aSnapshot({ coverage: [{ resource: 'repo:acme/api/secrets', reason: '403' }] });
    expect(contributionsReadFor(narrow, 'alice', 'acme/api')).toBe(true);
    const oneMember = aSnapshot({ coverage: [{ resource: 'org:acme/contributions/Bob', reason: '403' }] });
    expect(activityReadFor(oneMember, 'bob')).toBe(false);
    expect(activityReadFor(oneMember, 'alice')).toBe(true);
  });

  it('the activity window must reach back the threshold', () => {
    const now = new Date(NOW);
    expect(windowCovers(aSnapshot({ activityWindow: { from: daysAgo(30), to: NOW } }), 90, now)).toBe(false);
    expect(windowCovers(aSnapshot({ activityWindow: { from: daysAgo(90), to: NOW } }), 90, now)).toBe(true);
    expect(windowCovers(aSnapshot({ activityWindow: null }), 90, now)).toBe(false);
  });
});

describe('activityIndex', () => {
  it('keeps the latest activity per person (any source) and per person and repository (contributions only)', () => {
    const snapshot = aSnapshot({
      contributions: [
        aContribution('Alice', 'acme/api', { lastAt: daysAgo(50) }),
        aContribution('alice', 'acme/api', { kind: 'review', lastAt: daysAgo(20) }),
        aContribution('alice', 'acme/web', { lastAt: daysAgo(5) }),
      ],
      auditEvents: [anAuditEvent('repo.create', { actor: 'ALICE', at: daysAgo(1) })],
    });
    const index = activityIndex(snapshot);
    expect(index.latestOf('alice')).toMatchObject({ at: daysAgo(1), source: 'audit-log:repo.create' });
    expect(index.latestContributionTo('alice', 'acme/api')).toMatchObject({
      kind: 'review',
      lastAt: daysAgo(20),
    });
    expect(index.latestContributionTo('alice', 'acme/other')).toBeNull();
    expect(index.latestOf('bob')).toBeNull();
  });
});
