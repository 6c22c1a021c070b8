import { describe, expect, it } from '@jest/globals';
import { inRollingSlice, lastRunOf, latestChanges, partsChangedBy, REVALIDATION_NIGHTS, reusableRepositories, tokenOwnersChangedSince } from '../../../src/collectors/delta-plan.js';
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
