import { describe, expect, it } from '@jest/globals';
import { deployKeysLookStale, inRollingSlice, invitationCandidates, lastRunOf, latestChanges, partsChangedBy, REVALIDATION_NIGHTS, reusableRepositories, tokenOwnersChangedSince } from '../../../src/collectors/delta-plan.js';
import { anAuditEvent, aRepository } from '../../builders/snapshot.js';

const repo = (name: string) => aRepository(`acme/${name}`);
const event = (action: string, name: string, at: string) => anAuditEvent(action, { at, repo: `acme/${name}` });

describe('partsChangedBy', () => {
  it('maps secret, key, invitation and repository events to the lists they change', () => {
    expect(partsChangedBy('repo.update_actions_secret')).toEqual(['secrets']);
    expect(partsChangedBy('repo.create_integration_secret')).toEqual(['secrets']);
    expect(partsChangedBy('environment.remove_actions_secret')).toEqual(['secrets']);
    expect(partsChangedBy('environment.create')).toEqual(['secrets']);
    expect(partsChangedBy('public_key.delete')).toEqual(['deploy-keys']);
    expect(partsChangedBy('repository_invitation.accept')).toEqual(['invitations']);
    expect(partsChangedBy('repo.add_member')).toEqual(['invitations']);
    expect(partsChangedBy('repo.create')).toEqual(['deploy-keys', 'secrets', 'invitations']);
  });

  it('a near miss: activity that changes no list', () => {
    expect(partsChangedBy('git.clone')).toEqual([]);
    expect(partsChangedBy('repo.download_zip')).toEqual([]);
    expect(partsChangedBy('org.update_actions_secret')).toEqual([]);
  });
});

describe('reusableRepositories', () => {
  const now = new Date('2026-11-28T03:00:00Z');
  const repos = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map(repo);
  const read = '2026-11-27T03:00:00Z';
  const lastRead = new Map(repos.map((r) => [r.nameWithOwner, read]));
  const options = { now, auditFrom: '2026-06-01T00:00:00Z' };

  it('keeps what no event touched since its read, except tonight’s slice', () => {
    const changes = latestChanges([
      event('repo.update_actions_secret', 'a', '2026-11-27T12:00:00Z'),
      // Before the read: already in the state's copy (near miss).
      event('repo.update_actions_secret', 'b', '2026-11-26T12:00:00Z'),
      // Another part's event does not touch the secrets (near miss).
      event('public_key.create', 'c', '2026-11-27T12:00:00Z'),
    ]);
    const reusable = reusableRepositories('secrets', repos, lastRead, changes, options);
    const slice = repos.filter((r) => inRollingSlice(r.nameWithOwner, now)).map((r) => r.nameWithOwner);
    expect(reusable.has('acme/a')).toBe(false);
    for (const r of repos) {
      if (r.nameWithOwner === 'acme/a') continue;
      expect(reusable.has(r.nameWithOwner)).toBe(!slice.includes(r.nameWithOwner));
    }
    expect(reusableRepositories('deploy-keys', repos, lastRead, changes, options).has('acme/c')).toBe(false);
  });

  it('never keeps what was never read, or read longer ago than the re-validation cycle', () => {
    const old = new Map([['acme/a', new Date(now.getTime() - (REVALIDATION_NIGHTS + 1) * 86_400_000).toISOString()]]);
    expect(reusableRepositories('secrets', repos, old, new Map(), options).size).toBe(0);
  });

  it('spreads the organization over the cycle: each repository once in REVALIDATION_NIGHTS nights', () => {
    const names = Array.from({ length: 100 * REVALIDATION_NIGHTS }, (_, i) => `acme/repo-${i}`);
    const nights = Array.from({ length: REVALIDATION_NIGHTS }, (_, d) => new Date(now.getTime() + d * 86_400_000));
    for (const name of names) expect(nights.filter((night) => inRollingSlice(name, night))).toHaveLength(1);
    const first = names.filter((name) => inRollingSlice(name, now)).length;
    expect(first).toBeGreaterThan(60);
    expect(first).toBeLessThan(140);
  });
});

describe('fine-grained PAT grants: which repository lists to read again', () => {
  const since = '2026-11-27T03:00:00Z';
  it('the owners of a personal_access_token event since the last run (user or actor)', () => {
    const events = [
      anAuditEvent('personal_access_token.access_granted', { at: '2026-11-27T12:00:00Z', user: 'Alice' }),
      anAuditEvent('personal_access_token.request_created', { at: '2026-11-27T13:00:00Z', actor: 'bob', user: null }),
      // Before the last run: already in the state's copy (near miss).
      anAuditEvent('personal_access_token.access_granted', { at: '2026-11-26T12:00:00Z', user: 'carol' }),
      // Another action about a person (near miss).
      anAuditEvent('org.add_member', { at: '2026-11-27T12:00:00Z', user: 'dave' }),
    ];
    expect([...tokenOwnersChangedSince(events, since)].sort()).toEqual(['alice', 'bob']);
  });

  it('the last run is the latest read of any part; none without a record', () => {
    expect(lastRunOf({ secrets: { '2026-11-26T03:00:00Z': ['acme/a'] }, invitations: { [since]: ['acme/b'] } })).toBe(since);
    expect(lastRunOf(undefined)).toBeNull();
  });
});

describe('deployKeysLookStale: a stored key list the stale-deploy-key rule could judge from a stale copy', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const thresholds = { unusedDays: [90, 120], neverUsedDays: [30] };
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

  it('fires for a key last used longer ago than the smallest threshold, or never used and older', () => {
    expect(deployKeysLookStale([{ last_used: daysAgo(91), created_at: daysAgo(400) }], now, thresholds)).toBe(true);
    expect(deployKeysLookStale([{ last_used: null, created_at: daysAgo(31) }], now, thresholds)).toBe(true);
    expect(deployKeysLookStale([{ created_at: 'not a date' }], now, thresholds)).toBe(true);
  });

  it('a near miss: recently used keys, a young unused key, an empty list: the copy stands', () => {
    expect(deployKeysLookStale([{ last_used: daysAgo(89), created_at: daysAgo(400) }, { last_used: null, created_at: daysAgo(29) }], now, thresholds)).toBe(false);
    expect(deployKeysLookStale([], now, thresholds)).toBe(false);
  });

  it('without thresholds every copy is read again', () => {
    expect(deployKeysLookStale([{ last_used: daysAgo(1), created_at: daysAgo(2) }], now, undefined)).toBe(true);
  });
});

describe('invitationCandidates: where a pending invitation can be', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const repositories = [aRepository('acme/api'), aRepository('acme/web'), aRepository('acme/ops')];
  const at = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const options = { now, auditFrom: at(90) };
  const plan = (events: ReturnType<typeof anAuditEvent>[]) =>
    invitationCandidates(repositories, latestChanges(events), events, options);

  it('the repositories with an invitation, a member added or a new repository in the last 7 days, by their live names', () => {
    const events = [
      anAuditEvent('repository_invitation.create', { at: at(2), repo: 'ACME/api' }),
      anAuditEvent('repo.create', { at: at(6), repo: 'acme/ops' }),
      // A near miss: 8 days ago, the invitation has expired.
      anAuditEvent('repository_invitation.create', { at: at(8), repo: 'acme/web' }),
    ];
    expect([...(plan(events) ?? [])].sort()).toEqual(['acme/api', 'acme/ops']);
  });

  it('cannot say when the window is shorter than 7 days or a repository moved out of reach', () => {
    expect(invitationCandidates(repositories, new Map(), [], { now, auditFrom: at(3) })).toBeNull();
    expect(plan([anAuditEvent('repo.rename', { at: at(1), repo: 'acme/old-name' })])).toBeNull();
    // A rename to a name that exists now is placed: that repository is read.
    expect([...(plan([anAuditEvent('repo.rename', { at: at(1), repo: 'acme/web' })]) ?? [])]).toEqual(['acme/web']);
  });
});
