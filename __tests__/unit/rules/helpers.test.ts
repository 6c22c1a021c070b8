import { describe, expect, it } from '@jest/globals';
import { activityIndex } from '../../../src/rules/activity.js';
import { activityReadFor, contributionsReadFor, windowCovers } from '../../../src/rules/coverage.js';
import { isServiceAccount } from '../../../src/rules/people.js';
import { isApprovedChange } from '../../../src/rules/unapproved-credential-change.js';
import { daysBetween, isOlderThan, unusedFor } from '../../../src/rules/time.js';
import { aContribution, anAuditEvent, aPolicy, aSnapshot, daysAgo, NOW } from '../../builders/snapshot.js';

describe('time', () => {
  it('counts fractional days and compares strictly', () => {
    expect(daysBetween(daysAgo(3), NOW)).toBeCloseTo(3);
    expect(isOlderThan(daysAgo(90.01), 90, new Date(NOW))).toBe(true);
    expect(isOlderThan(daysAgo(90), 90, new Date(NOW))).toBe(false);
  });

  it('unusedFor: counts from the last use, else from the grant, strictly past the threshold', () => {
    const now = new Date(NOW);
    expect(unusedFor({ lastUsedAt: daysAgo(100), grantedAt: daysAgo(400) }, 'it was assigned', 90, now)).toEqual({
      since: daysAgo(100),
      description: `was last used ${daysAgo(100).slice(0, 10)} (100 days ago; policy: 90)`,
    });
    // Never used: from the grant, named as the caller names it.
    expect(unusedFor({ lastUsedAt: null, grantedAt: daysAgo(91) }, 'access was granted', 90, now)?.description).toBe(
      `has not been used since access was granted ${daysAgo(91).slice(0, 10)} (91 days ago; policy: 90)`,
    );
    // Near misses: a recent use of an old grant, a recent grant never used, exactly the threshold, nothing known.
    expect(unusedFor({ lastUsedAt: daysAgo(10), grantedAt: daysAgo(400) }, 'it was assigned', 90, now)).toBeNull();
    expect(unusedFor({ lastUsedAt: null, grantedAt: daysAgo(7) }, 'it was assigned', 90, now)).toBeNull();
    expect(unusedFor({ lastUsedAt: daysAgo(90), grantedAt: daysAgo(400) }, 'it was assigned', 90, now)).toBeNull();
    expect(unusedFor({ lastUsedAt: null, grantedAt: null }, 'it was assigned', 90, now)).toBeNull();
  });
});

describe('the rules match policy patterns with the one safe glob matcher', () => {
  it('service accounts: `*` and `?` within a login, case ignored', () => {
    expect(isServiceAccount('deploy-bot', ['*-bot'])).toBe(true);
    expect(isServiceAccount('Deploy-Bot', ['deploy-bot'])).toBe(true);
    expect(isServiceAccount('svc1', ['svc?'])).toBe(true);
    expect(isServiceAccount('svc12', ['svc?'])).toBe(false);
    expect(isServiceAccount('axb', ['a.b'])).toBe(false);
    expect(isServiceAccount('alice', [])).toBe(false);
  });

  it('approved workflows: `*` does not cross `/`, `**` does (as docs/policy.md says)', () => {
    const event = anAuditEvent('public_key.delete', {
      actor: 'mallory',
      fields: { workflow: 'acme/ops/.github/workflows/rotate.yml' },
    });
    const policyWith = (workflows: string[]) => aPolicy({ approvedChangers: { actors: [], workflows } });
    expect(isApprovedChange(event, policyWith(['acme/ops/*']))).toBe(false);
    expect(isApprovedChange(event, policyWith(['acme/ops/**']))).toBe(true);
    expect(isApprovedChange(event, policyWith(['acme/ops/.github/workflows/*.yml']))).toBe(true);
    expect(isApprovedChange(event, aPolicy({ approvedChangers: { actors: ['mal*'], workflows: [] } }))).toBe(true);
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
