import { describe, expect, it } from '@jest/globals';
import {
  aCredential,
  aDeployKey,
  aGrant,
  anAuditEvent,
  anEnvironmentSecret,
  anOrgSecret,
  aPatGrant,
  aPerson,
  aRepository,
  aSecret,
  aSnapshot,
  aTeam,
  daysAgo,
} from '../../builders/snapshot.js';
import { buildInventory } from '../../../src/offboarding/inventory.js';
import type { Snapshot } from '../../../src/model.js';

const OFFBOARDED = daysAgo(1);

function aliceSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return aSnapshot({
    people: [
      aPerson('alice', {
        samlIdentity: { nameId: 'alice@acme.example', username: null, emails: ['alice.s@acme.example'] },
        verifiedEmails: ['alice@verified.example'],
      }),
      aPerson('bob'),
    ],
    teams: [
      aTeam('devs', {
        members: [{ login: 'Alice', role: 'maintainer' }],
        repositories: [{ repo: 'acme/web', permission: 'write' }],
      }),
      aTeam('ops', { members: [{ login: 'bob', role: 'member' }] }),
    ],
    repositories: [
      aRepository('acme/api'),
      aRepository('acme/web', { visibility: 'public' }),
      aRepository('acme/docs'),
      aRepository('acme/other'),
    ],
    grants: [
      aGrant('alice', 'acme/api', 'admin'),
      aGrant('alice', 'acme/web', 'write', { sources: [{ kind: 'team', team: 'devs' }] }),
      aGrant('alice', 'acme/docs', 'read'),
      aGrant('bob', 'acme/other', 'admin'),
    ],
    invitations: [
      {
        id: '11',
        kind: 'repository',
        login: 'alice',
        email: null,
        target: 'repo:acme/docs',
        role: 'write',
        createdAt: daysAgo(3),
        inviter: 'bob',
      },
      {
        id: '12',
        kind: 'organization',
        login: null,
        email: 'ALICE.S@acme.example',
        target: 'org:acme',
        role: 'direct_member',
        createdAt: daysAgo(3),
        inviter: 'bob',
      },
      {
        id: '13',
        kind: 'team',
        login: null,
        email: 'alice@verified.example',
        target: 'team:acme/ops',
        role: null,
        createdAt: daysAgo(3),
        inviter: 'bob',
      },
      {
        id: '14',
        kind: 'organization',
        login: 'bob',
        email: 'bob@acme.example',
        target: 'org:acme',
        role: null,
        createdAt: daysAgo(3),
        inviter: 'carol',
      },
    ],
    patGrants: [
      aPatGrant('alice', { id: 501, tokenId: 7501 }),
      aPatGrant('alice', { id: 502, tokenId: 7502, tokenExpired: true }),
      aPatGrant('bob', { id: 503 }),
    ],
    credentialAuthorizations: [
      aCredential('alice', { id: 601, type: 'SSH key', title: 'laptop' }),
      aCredential('bob', { id: 602 }),
    ],
    deployKeys: [
      aDeployKey({ repo: 'acme/api', id: 701, addedBy: 'alice' }),
      aDeployKey({ repo: 'acme/api', id: 702, addedBy: 'bob' }),
    ],
    secrets: [
      aSecret('API_TOKEN', { repo: 'acme/api' }),
      aSecret('DOCS_TOKEN', { repo: 'acme/docs' }),
      anEnvironmentSecret('PROD_KEY', { repo: 'acme/api', environment: 'production' }),
      anOrgSecret('ALL_SECRET', { visibility: 'all' }),
      anOrgSecret('PRIVATE_SECRET', { visibility: 'private' }),
      anOrgSecret('SELECTED_WEB', { visibility: 'selected', selectedRepositories: ['acme/web'] }),
      anOrgSecret('SELECTED_OTHER', { visibility: 'selected', selectedRepositories: ['acme/other'] }),
      anOrgSecret('SELECTED_UNREAD', { visibility: 'selected', selectedRepositories: null }),
      aSecret('WRITTEN', { repo: 'acme/other' }),
      aSecret('BOB_WROTE', { repo: 'acme/other' }),
    ],
    auditEvents: [
      anAuditEvent('repo.update_actions_secret', {
        actor: 'alice',
        repo: 'acme/other',
        fields: { key: 'WRITTEN' },
        ip: '10.0.0.1',
        at: daysAgo(5),
      }),
      anAuditEvent('repo.create_actions_secret', {
        actor: 'bob',
        repo: 'acme/other',
        fields: { key: 'BOB_WROTE' },
      }),
      anAuditEvent('git.push', { actor: 'alice', ip: '10.0.0.2', at: daysAgo(0.5) }),
    ],
    ...overrides,
  });
}

describe('buildInventory', () => {
  it('lists every kind of holding of the person and nothing of anyone else', () => {
    const inventory = buildInventory(aliceSnapshot(), 'alice', OFFBOARDED);
    expect(inventory).toMatchObject({
      subject: 'alice',
      organization: 'acme',
      offboardedAt: OFFBOARDED,
      source: 'snapshot',
    });
    expect(inventory.items.map((item) => item.resource).sort()).toEqual(
      [
        'org:acme',
        'team:acme/devs',
        'repo:acme/api',
        'repo:acme/docs',
        'invitation:11',
        'invitation:12',
        'invitation:13',
        'pat:7501',
        'pat:7502',
        'credential:601',
        'deploy-key:acme/api/701',
        'secret:acme/api/API_TOKEN',
        'secret:acme/api/env/production/PROD_KEY',
        'secret:acme/ALL_SECRET',
        'secret:acme/PRIVATE_SECRET',
        'secret:acme/SELECTED_WEB',
        'secret:acme/SELECTED_UNREAD',
        'secret:acme/other/WRITTEN',
      ].sort(),
    );
  });

  it('records role, permission and the facts remediation needs', () => {
    const items = new Map(
      buildInventory(aliceSnapshot(), 'alice', OFFBOARDED).items.map((item) => [item.resource, item]),
    );
    expect(items.get('org:acme')).toMatchObject({ kind: 'org-membership', detail: { role: 'member' } });
    expect(items.get('team:acme/devs')).toMatchObject({
      kind: 'team-membership',
      detail: { team: 'devs', role: 'maintainer' },
    });
    expect(items.get('repo:acme/api')).toMatchObject({
      detail: { permission: 'admin', outsideCollaborator: false },
    });
    expect(items.get('invitation:11')).toMatchObject({
      detail: { invitationKind: 'repository', target: 'repo:acme/docs' },
    });
    expect(items.get('pat:7502')).toMatchObject({ detail: { grantId: 502, tokenId: 7502, expired: true } });
    expect(items.get('credential:601')?.label).toContain('SSH key laptop');
    expect(items.get('deploy-key:acme/api/701')).toMatchObject({ detail: { repo: 'acme/api', keyId: 701 } });
    expect(items.get('secret:acme/other/WRITTEN')?.detail.reason).toContain('last written by alice');
  });

  it('does not count a team (not direct) grant as repository access, but counts it for secrets', () => {
    const resources = buildInventory(aliceSnapshot(), 'alice', OFFBOARDED).items.map((item) => item.resource);
    expect(resources).not.toContain('repo:acme/web');
    expect(resources).toContain('secret:acme/SELECTED_WEB');
  });

  it('does not give read-only access to a repository its secrets', () => {
    const resources = buildInventory(aliceSnapshot(), 'alice', OFFBOARDED).items.map((item) => item.resource);
    expect(resources).not.toContain('secret:acme/docs/DOCS_TOKEN');
    expect(resources).not.toContain('secret:acme/SELECTED_OTHER');
  });

  it('does not make a private-visibility org secret readable from a public repository only', () => {
    const snapshot = aliceSnapshot({ grants: [aGrant('alice', 'acme/web', 'write')] });
    const resources = buildInventory(snapshot, 'alice', OFFBOARDED).items.map((item) => item.resource);
    expect(resources).toContain('secret:acme/ALL_SECRET');
    expect(resources).not.toContain('secret:acme/PRIVATE_SECRET');
  });

  it('gives an owner every organization secret and the secrets of every repository', () => {
    const snapshot = aliceSnapshot({ grants: [] });
    snapshot.people[0].orgRole = 'owner';
    const resources = buildInventory(snapshot, 'alice', OFFBOARDED).items.map((item) => item.resource);
    expect(resources).toEqual(
      expect.arrayContaining([
        'secret:acme/SELECTED_OTHER',
        'secret:acme/docs/DOCS_TOKEN',
        'secret:acme/PRIVATE_SECRET',
      ]),
    );
  });

  it('lists an outside collaborator grant as repository access, without org membership', () => {
    const snapshot = aSnapshot({
      people: [aPerson('olga', { orgRole: null, outsideCollaborator: true })],
      grants: [aGrant('olga', 'acme/api', 'read', { outsideCollaborator: true, sources: [] })],
    });
    const inventory = buildInventory(snapshot, 'olga', OFFBOARDED);
    expect(inventory.items).toEqual([
      expect.objectContaining({
        kind: 'repo-access',
        resource: 'repo:acme/api',
        detail: expect.objectContaining({ outsideCollaborator: true }),
      }),
    ]);
  });

  it('keeps the IPs used up to offboarded-at and the coverage gaps', () => {
    const snapshot = aliceSnapshot({
      coverage: [{ resource: 'org:acme/credential-authorizations', reason: 'HTTP 403' }],
    });
    const inventory = buildInventory(snapshot, 'alice', daysAgo(1));
    expect(inventory.knownIps).toEqual(['10.0.0.1']);
    expect(inventory.gaps).toEqual([{ resource: 'org:acme/credential-authorizations', reason: 'HTTP 403' }]);
  });
});
