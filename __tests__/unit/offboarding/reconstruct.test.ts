import { describe, expect, it } from '@jest/globals';
import { anAuditEvent, daysAgo } from '../../builders/snapshot.js';
import { RECONSTRUCTION_LIMITS, reconstructInventory } from '../../../src/offboarding/reconstruct.js';

const at = (days: number) => daysAgo(days);

describe('reconstructInventory', () => {
  const events = [
    anAuditEvent('org.add_member', { actor: 'admin', user: 'alice', at: at(100) }),
    anAuditEvent('team.add_member', {
      actor: 'admin',
      user: 'alice',
      fields: { team: 'acme/devs' },
      at: at(99),
    }),
    anAuditEvent('team.add_member', {
      actor: 'admin',
      user: 'alice',
      fields: { team: 'acme/ops' },
      at: at(99),
    }),
    anAuditEvent('team.remove_member', {
      actor: 'admin',
      user: 'alice',
      fields: { team: 'acme/ops' },
      at: at(50),
    }),
    anAuditEvent('repo.add_member', {
      actor: 'admin',
      user: 'alice',
      repo: 'acme/api',
      fields: { permission: 'write' },
      at: at(98),
    }),
    anAuditEvent('repo.add_member', { actor: 'admin', user: 'alice', repo: 'acme/old', at: at(98) }),
    anAuditEvent('repo.remove_member', { actor: 'admin', user: 'alice', repo: 'acme/old', at: at(60) }),
    anAuditEvent('personal_access_token.access_granted', {
      actor: 'alice',
      user: 'alice',
      fields: { token_id: 9001 },
      at: at(40),
    }),
    anAuditEvent('personal_access_token.access_granted', {
      actor: 'alice',
      user: 'alice',
      fields: { token_id: 9002 },
      at: at(40),
    }),
    anAuditEvent('personal_access_token.access_revoked', {
      actor: 'admin',
      user: 'alice',
      fields: { token_id: 9002 },
      at: at(30),
    }),
    anAuditEvent('org_credential_authorization.grant', {
      actor: 'alice',
      user: 'alice',
      fields: { credential_id: 77 },
      at: at(40),
    }),
    anAuditEvent('org_credential_authorization.grant', {
      actor: 'alice',
      user: 'alice',
      fields: { credential_id: 78 },
      at: at(40),
    }),
    anAuditEvent('org_credential_authorization.deauthorize', {
      actor: 'admin',
      user: 'alice',
      fields: { credential_id: 78 },
      at: at(20),
    }),
    anAuditEvent('public_key.create', {
      actor: 'alice',
      repo: 'acme/api',
      fields: { key_id: 4021, title: 'ci' },
      at: at(30),
    }),
    anAuditEvent('public_key.create', {
      actor: 'alice',
      repo: 'acme/api',
      fields: { key_id: 4022 },
      at: at(30),
    }),
    anAuditEvent('public_key.delete', {
      actor: 'admin',
      repo: 'acme/api',
      fields: { key_id: 4022 },
      at: at(10),
    }),
    // A user's own SSH key (no repository) is not a deploy key.
    anAuditEvent('public_key.create', { actor: 'alice', fields: { key_id: 5000 }, at: at(30) }),
    anAuditEvent('repo.create_actions_secret', {
      actor: 'alice',
      repo: 'acme/api',
      fields: { key: 'DEPLOY' },
      at: at(20),
    }),
    anAuditEvent('environment.update_actions_secret', {
      actor: 'alice',
      repo: 'acme/api',
      fields: { key: 'PROD', environment_name: 'prod' },
      at: at(20),
    }),
    anAuditEvent('repo.create_actions_secret', {
      actor: 'alice',
      repo: 'acme/api',
      fields: { key: 'GONE' },
      at: at(20),
    }),
    anAuditEvent('repo.remove_actions_secret', {
      actor: 'bob',
      repo: 'acme/api',
      fields: { key: 'GONE' },
      at: at(15),
    }),
    // Someone else's additions.
    anAuditEvent('repo.add_member', { actor: 'admin', user: 'bob', repo: 'acme/api', at: at(90) }),
    anAuditEvent('org.add_outside_collaborator', {
      actor: 'admin',
      user: 'bob',
      repo: 'acme/web',
      at: at(90),
    }),
  ];

  it('keeps what was added and not removed, of every kind', () => {
    const inventory = reconstructInventory(events, 'alice', 'acme', { offboardedAt: at(1) });
    expect(inventory.source).toBe('audit-log');
    expect(inventory.items.map((item) => item.resource).sort()).toEqual(
      [
        'org:acme',
        'team:acme/devs',
        'repo:acme/api',
        'pat:9001',
        'credential:77',
        'deploy-key:acme/api/4021',
        'secret:acme/api/DEPLOY',
        'secret:acme/api/env/prod/PROD',
      ].sort(),
    );
    expect(inventory.items.find((item) => item.kind === 'pat')?.detail).toEqual({
      grantId: null,
      tokenId: 9001,
    });
  });

  it('applies events in time order, whatever order they arrive in', () => {
    const inventory = reconstructInventory([...events].reverse(), 'alice', 'acme');
    expect(inventory.items.map((item) => item.resource)).not.toContain('team:acme/ops');
    expect(inventory.items.map((item) => item.resource)).not.toContain('repo:acme/old');
  });

  it('drops teams with the organization membership, and re-adds after a re-join', () => {
    const removed = [
      ...events,
      anAuditEvent('org.remove_member', { actor: 'admin', user: 'alice', at: at(5) }),
    ];
    const after = reconstructInventory(removed, 'alice', 'acme').items.map((item) => item.resource);
    expect(after).not.toContain('org:acme');
    expect(after).not.toContain('team:acme/devs');
    expect(after).toContain('repo:acme/api');
    const rejoined = [
      ...removed,
      anAuditEvent('org.add_member', { actor: 'admin', user: 'alice', at: at(2) }),
    ];
    expect(reconstructInventory(rejoined, 'alice', 'acme').items.map((item) => item.resource)).toContain(
      'org:acme',
    );
  });

  it('removes outside-collaborator access with org.remove_outside_collaborator', () => {
    const list = [
      anAuditEvent('org.add_outside_collaborator', { user: 'olga', repo: 'acme/web', at: at(9) }),
      anAuditEvent('org.remove_outside_collaborator', { user: 'olga', at: at(2) }),
    ];
    expect(reconstructInventory(list.slice(0, 1), 'olga', 'acme').items[0]).toMatchObject({
      resource: 'repo:acme/web',
      detail: { outsideCollaborator: true },
    });
    expect(reconstructInventory(list, 'olga', 'acme').items).toEqual([]);
  });

  it('says what it cannot know', () => {
    const inventory = reconstructInventory(events, 'alice', 'acme');
    expect(inventory.limits).toEqual([...RECONSTRUCTION_LIMITS]);
    expect(inventory.limits.join(' ')).toContain('cannot be reconstructed');
  });

  it('learns the IPs used before offboarding', () => {
    const list = [
      anAuditEvent('git.clone', { actor: 'alice', ip: '192.0.2.1', at: at(3) }),
      anAuditEvent('git.clone', { actor: 'alice', ip: '192.0.2.9', at: at(0.1) }),
    ];
    expect(reconstructInventory(list, 'alice', 'acme', { offboardedAt: at(1) }).knownIps).toEqual([
      '192.0.2.1',
    ]);
  });
});
