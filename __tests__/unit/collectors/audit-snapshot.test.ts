import { describe, expect, it } from '@jest/globals';
import { auditSnapshotOf, planSubjectReads, type AuditSnapshot } from '../../../src/collectors/audit-snapshot.js';
import { EtagCache } from '../../../src/github/etag-cache.js';
import type { AuditEvent } from '../../../src/model.js';
import { anAuditEvent, aRepository } from '../../builders/snapshot.js';
import type { RunState } from '../../../src/state/types.js';

const AT = '2026-11-27T02:00:00.000Z';
const repo = (name: string, deployKeyCount = 0) => aRepository(`acme/${name}`, { deployKeyCount });
const event = (action: string, repoName: string, extra: Partial<AuditEvent> = {}) =>
  anAuditEvent(action, { at: AT, actor: 'bob', repo: `acme/${repoName}`, ...extra });

function state(): RunState {
  const cache = new EtagCache();
  const put = (path: string, data: unknown) =>
    cache.set(EtagCache.key('GET', `https://api.github.com${path}?per_page=100`), { etag: '"x"', data, link: null });
  put('/repos/acme/api/keys', [{ id: 1, added_by: 'alice' }]);
  put('/repos/acme/web/keys', [{ id: 2, added_by: 'carol' }]);
  put('/repos/acme/api/invitations', []);
  put('/repos/acme/web/invitations', [{ id: 9, invitee: { login: 'alice' } }]);
  put('/repos/acme/ops/invitations', []);
  // Read, but not recorded as read: the record is what the snapshot trusts.
  put('/repos/acme/stale/invitations', [{ id: 10, invitee: { login: 'alice' } }]);
  return {
    v: 1,
    fingerprints: {},
    etags: cache.pack(),
    runs: [],
    reads: {
      'deploy-keys': { [AT]: ['acme/api', 'acme/web'] },
      invitations: { [AT]: ['acme/api', 'acme/web', 'acme/ops'] },
    },
  };
}

const NOW = new Date('2026-11-28T00:00:00Z');

describe('auditSnapshotOf', () => {
  it('indexes the recorded lists of the state', () => {
    const snapshot = auditSnapshotOf(state(), NOW) as AuditSnapshot;
    expect(snapshot.at).toBe(AT);
    expect([...snapshot.deployKeys.keys()].sort()).toEqual(['acme/api', 'acme/web']);
    expect([...snapshot.invitations.keys()].sort()).toEqual(['acme/api', 'acme/ops', 'acme/web']);
  });

  it('is unusable without a state, without reads, or older than the audit log reaches', () => {
    expect(auditSnapshotOf(null, NOW)).toEqual({ unusable: 'no audit state could be read' });
    expect(auditSnapshotOf({ ...state(), reads: {} }, NOW)).toHaveProperty('unusable');
    expect(auditSnapshotOf(state(), new Date('2027-07-01T00:00:00Z'))).toHaveProperty('unusable');
  });
});

describe('planSubjectReads', () => {
  const snapshot = auditSnapshotOf(state(), NOW) as AuditSnapshot;
  const repositories = [repo('api', 1), repo('web', 1), repo('ops', 2), repo('stale'), repo('new')];

  it('reads keys where the snapshot shows them or has none listed, invitations where it shows them', () => {
    const plan = planSubjectReads(snapshot, 'alice', repositories, [], []);
    // api: a key alice added; ops: keys the snapshot never listed.
    expect(plan.deployKeys).toEqual(['acme/api', 'acme/ops']);
    // web: an invitation to alice. Stale and new were never recorded as read, but a pending
    // invitation there would have been made in the last 7 days, and no event says so.
    expect(plan.invitations).toEqual(['acme/web']);
  });

  it('a near miss: someone else, with no events, reads only the keys the snapshot never saw', () => {
    const plan = planSubjectReads(snapshot, 'dave', repositories, [], []);
    expect(plan.deployKeys).toEqual(['acme/ops']);
    expect(plan.invitations).toEqual([]);
  });

  it('reads the invitations of the repositories the audit log shows them invited to in the last 7 days', () => {
    const plan = planSubjectReads(snapshot, 'dave', repositories, [], [
      event('repository_invitation.create', 'API', { fields: { invitee: 'dave' } }),
      event('repository_invitation.create', 'web', { fields: { invitee: 'erin' } }),
    ]);
    expect(plan.invitations).toEqual(['acme/api']);
  });

  it('adds what the audit log shows since: keys they added, invitations to them or to no one named', () => {
    const plan = planSubjectReads(
      snapshot,
      'dave',
      repositories,
      [event('public_key.create', 'WEB', { actor: 'dave' })],
      [
        event('repository_invitation.create', 'api', { fields: { invitee: 'dave' } }),
        event('repository_invitation.create', 'ops'),
        event('repository_invitation.create', 'gone', { fields: { invitee: 'dave' } }),
      ],
    );
    expect(plan.deployKeys).toEqual(['acme/ops', 'acme/web']);
    // gone: no repository has that name now (deleted, or renamed since): the invitation cannot be
    // placed, so every repository without a recorded list is read.
    expect(plan.invitations).toEqual(['acme/api', 'acme/new', 'acme/ops', 'acme/stale']);
  });
});
