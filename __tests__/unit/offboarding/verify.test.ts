import { describe, expect, it } from '@jest/globals';
import {
  aCredential,
  aDeployKey,
  aGrant,
  anAuditEvent,
  anOrgSecret,
  aPatGrant,
  aPerson,
  aPolicy,
  aRepository,
  aSecret,
  aSnapshot,
  aTeam,
  daysAgo,
  NOW,
} from '../../builders/snapshot.js';
import { buildInventory } from '../../../src/offboarding/inventory.js';
import { reconstructInventory } from '../../../src/offboarding/reconstruct.js';
import { verifyOffboarding, type VerifyInput } from '../../../src/offboarding/verify.js';
import { fixedClock, type Snapshot } from '../../../src/model.js';
import { fingerprint } from '../../../src/fingerprint.js';
import type { Policy } from '../../../src/policy/types.js';
import type { Inventory } from '../../../src/offboarding/types.js';

const OFFBOARDED = daysAgo(2); // the 24-hour deadlines have passed at NOW
const AFTER = daysAgo(1.5);

/** What alice held at `pre`. */
function preSnapshot(): Snapshot {
  return aSnapshot({
    collectedAt: daysAgo(2.1),
    scope: { kind: 'subjects', logins: ['alice'] },
    people: [aPerson('alice', { verifiedEmails: ['alice@acme.example'] })],
    teams: [aTeam('devs', { members: [{ login: 'alice', role: 'member' }] })],
    repositories: [aRepository('acme/api')],
    grants: [aGrant('alice', 'acme/api', 'write')],
    invitations: [
      {
        id: '31',
        kind: 'organization',
        login: null,
        email: 'alice@acme.example',
        target: 'org:acme',
        role: null,
        createdAt: daysAgo(3),
        inviter: 'bob',
      },
    ],
    patGrants: [aPatGrant('alice', { id: 41, tokenId: 9041 })],
    credentialAuthorizations: [aCredential('alice', { id: 51 })],
    deployKeys: [aDeployKey({ repo: 'acme/api', id: 61, addedBy: 'alice' })],
    secrets: [aSecret('API_TOKEN', { repo: 'acme/api', updatedAt: daysAgo(30) })],
    auditEvents: [anAuditEvent('git.clone', { actor: 'alice', ip: '198.51.100.7', at: daysAgo(3) })],
  });
}

/** A fresh post snapshot where everything is gone and the audit log says who removed it. */
function cleanPostSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return aSnapshot({
    scope: { kind: 'subjects', logins: ['alice'] },
    people: [aPerson('alice', { orgRole: null, verifiedEmails: ['alice@acme.example'] })],
    repositories: [aRepository('acme/api')],
    teams: [aTeam('devs')],
    secrets: [aSecret('API_TOKEN', { repo: 'acme/api', updatedAt: AFTER })],
    auditEvents: [
      anAuditEvent('org.remove_member', { actor: 'it-admin', user: 'alice', at: daysAgo(1.9) }),
      anAuditEvent('repo.remove_member', {
        actor: 'it-admin',
        user: 'alice',
        repo: 'acme/api',
        at: daysAgo(1.9),
      }),
      anAuditEvent('org.cancel_invitation', {
        actor: 'it-admin',
        fields: { invitation_id: 31 },
        at: daysAgo(1.9),
      }),
      anAuditEvent('personal_access_token.access_revoked', {
        actor: 'it-admin',
        user: 'alice',
        fields: { token_id: 9041 },
        at: daysAgo(1.8),
      }),
      anAuditEvent('org_credential_authorization.revoke', {
        actor: 'it-admin',
        fields: { credential_id: 51 },
        at: daysAgo(1.8),
      }),
      anAuditEvent('public_key.delete', {
        actor: 'it-admin',
        repo: 'acme/api',
        fields: { key_id: 61 },
        at: daysAgo(1.7),
      }),
      anAuditEvent('repo.update_actions_secret', {
        actor: 'sec-bot',
        repo: 'acme/api',
        fields: { key: 'API_TOKEN' },
        at: AFTER,
      }),
    ],
    ...overrides,
  });
}

function verify(overrides: Partial<VerifyInput> & { snapshot: Snapshot }, inventory?: Inventory) {
  return verifyOffboarding({
    subject: 'alice',
    offboardedAt: OFFBOARDED,
    inventory: inventory ?? buildInventory(preSnapshot(), 'alice', OFFBOARDED),
    policy: aPolicy(),
    clock: fixedClock(NOW),
    manualStepsDone: [],
    ...overrides,
  });
}

const rulesOf = (result: ReturnType<typeof verify>) =>
  result.findings.map((f) => `${f.rule} ${f.resource}`).sort();

describe('verifyOffboarding', () => {
  it('reports nothing when everything is gone, with when and by whom for each item', () => {
    const result = verify({ snapshot: cleanPostSnapshot() });
    expect(result.findings).toEqual([]);
    expect(result.items.every((item) => item.status === 'revoked' || item.status === 'rotated')).toBe(true);
    const byResource = new Map(result.items.map((item) => [item.resource, item]));
    expect(byResource.get('org:acme')).toMatchObject({ status: 'revoked', by: 'it-admin', at: daysAgo(1.9) });
    expect(byResource.get('team:acme/devs')).toMatchObject({ status: 'revoked', by: 'it-admin' });
    expect(byResource.get('pat:9041')).toMatchObject({ status: 'revoked', at: daysAgo(1.8) });
    expect(byResource.get('credential:51')).toMatchObject({ status: 'revoked', by: 'it-admin' });
    expect(byResource.get('invitation:31')).toMatchObject({ status: 'revoked', by: 'it-admin' });
    expect(byResource.get('deploy-key:acme/api/61')).toMatchObject({ status: 'revoked', at: daysAgo(1.7) });
    expect(byResource.get('secret:acme/api/API_TOKEN')).toMatchObject({
      status: 'rotated',
      at: AFTER,
      by: 'sec-bot',
    });
    expect(result.steps.every((step) => step.status === 'done')).toBe(true);
    expect(result.metrics).toMatchObject({ stepsDone: 7, stepsMissing: 0, itemsRetained: 0 });
  });

  it('fires retained-org-membership for a member, with the policy severity and a stable fingerprint', () => {
    const snapshot = cleanPostSnapshot({ people: [aPerson('alice', { orgRole: 'owner' })] });
    const policy = aPolicy({ rules: { 'retained-org-membership': { severity: 'critical' } } });
    const finding = verify({ snapshot, policy }).findings.find((f) => f.rule === 'retained-org-membership');
    expect(finding).toMatchObject({
      severity: 'critical',
      subject: 'alice',
      resource: 'org:acme',
      fingerprint: fingerprint('retained-org-membership', 'org:acme', 'alice'),
    });
    expect(finding?.message).toContain('still an owner');
  });

  it('removed from the org but still an outside collaborator: retained-repo-access only', () => {
    const snapshot = cleanPostSnapshot({
      people: [aPerson('alice', { orgRole: null, outsideCollaborator: true })],
      grants: [aGrant('alice', 'acme/api', 'write', { outsideCollaborator: true })],
    });
    const result = verify({ snapshot });
    expect(rulesOf(result).filter((r) => r.startsWith('retained'))).toEqual([
      'retained-repo-access repo:acme/api',
    ]);
  });

  it('does not report a team-only repository grant as retained repository access', () => {
    const snapshot = cleanPostSnapshot({
      grants: [aGrant('alice', 'acme/api', 'write', { sources: [{ kind: 'team', team: 'devs' }] })],
      teams: [aTeam('devs', { members: [{ login: 'alice', role: 'member' }] })],
    });
    expect(rulesOf(verify({ snapshot })).filter((r) => r.startsWith('retained'))).toEqual([
      'retained-team-membership team:acme/devs',
    ]);
  });

  it('fires pending-invitation for an invitation to one of their e-mails, not for someone else', () => {
    const invitation = (id: string, email: string) => ({
      id,
      kind: 'repository' as const,
      login: null,
      email,
      target: 'repo:acme/api',
      role: 'write',
      createdAt: daysAgo(1),
      inviter: 'bob',
    });
    const snapshot = cleanPostSnapshot({
      invitations: [invitation('32', 'ALICE@acme.example'), invitation('33', 'bob@acme.example')],
    });
    const result = verify({ snapshot });
    // Past the deadline, the journey's invitation step is missed too.
    expect(rulesOf(result)).toEqual([
      'offboarding-step-missing offboarding-step:alice/invitations',
      'pending-invitation invitation:32',
    ]);
    expect(result.items.find((item) => item.resource === 'invitation:32')).toMatchObject({
      new: true,
      status: 'retained',
    });
  });

  it('fires retained-token for a live PAT and an SSO credential, not for an expired PAT', () => {
    const live = cleanPostSnapshot({
      patGrants: [aPatGrant('alice', { id: 41, tokenId: 9041 })],
      credentialAuthorizations: [aCredential('alice', { id: 51 })],
    });
    expect(rulesOf(verify({ snapshot: live }))).toEqual(
      expect.arrayContaining(['retained-token credential:51', 'retained-token pat:9041']),
    );
    const expired = cleanPostSnapshot({
      patGrants: [aPatGrant('alice', { id: 41, tokenId: 9041, tokenExpired: true })],
    });
    expect(rulesOf(verify({ snapshot: expired })).filter((r) => r.startsWith('retained-token'))).toEqual([]);
  });

  it('records a PAT that expired since the inventory as gone by expiry', () => {
    const expiresAt = daysAgo(1.2);
    const snapshot = cleanPostSnapshot({
      patGrants: [aPatGrant('alice', { id: 41, tokenId: 9041, tokenExpired: true, expiresAt })],
    });
    snapshot.auditEvents = snapshot.auditEvents.filter(
      (event) => !event.action.startsWith('personal_access_token'),
    );
    expect(verify({ snapshot }).items.find((item) => item.resource === 'pat:9041')).toMatchObject({
      status: 'revoked',
      at: expiresAt,
      by: null,
      reason: 'the token expired',
    });
  });

  it('recognises an invitation to an e-mail recorded at pre after the identity is gone', () => {
    const invitation = {
      id: '34',
      kind: 'organization' as const,
      login: null,
      email: 'alice@acme.example',
      target: 'org:acme',
      role: null,
      createdAt: daysAgo(1),
      inviter: 'bob',
    };
    const snapshot = cleanPostSnapshot({ people: [], invitations: [invitation] });
    expect(rulesOf(verify({ snapshot }))).toContain('pending-invitation invitation:34');
    const noEmails = { ...buildInventory(preSnapshot(), 'alice', OFFBOARDED), emails: [] };
    expect(rulesOf(verify({ snapshot }, noEmails))).not.toContain('pending-invitation invitation:34');
  });

  it('fires retained-deploy-key for a key they added, not for a key someone else added', () => {
    const snapshot = cleanPostSnapshot({
      deployKeys: [
        aDeployKey({ repo: 'acme/api', id: 61, addedBy: 'alice' }),
        aDeployKey({ repo: 'acme/api', id: 62, addedBy: 'bob' }),
      ],
    });
    expect(rulesOf(verify({ snapshot })).filter((r) => r.startsWith('retained-deploy-key'))).toEqual([
      'retained-deploy-key deploy-key:acme/api/61',
    ]);
  });

  it('fires unrotated-secret for a secret not updated since offboarded-at; not once it is updated', () => {
    const stale = cleanPostSnapshot({
      secrets: [aSecret('API_TOKEN', { repo: 'acme/api', updatedAt: daysAgo(30) })],
    });
    const finding = verify({ snapshot: stale }).findings.find((f) => f.rule === 'unrotated-secret');
    expect(finding).toMatchObject({
      resource: 'secret:acme/api/API_TOKEN',
      evidence: expect.objectContaining({ updatedAt: daysAgo(30) }),
    });
    const exactly = cleanPostSnapshot({
      secrets: [aSecret('API_TOKEN', { repo: 'acme/api', updatedAt: OFFBOARDED })],
    });
    expect(rulesOf(verify({ snapshot: exactly }))).toEqual([]);
  });

  it('counts a deleted secret as dealt with, but a secret it could not read as unknown', () => {
    const deleted = verify({ snapshot: cleanPostSnapshot({ secrets: [] }) });
    expect(deleted.items.find((item) => item.kind === 'secret')).toMatchObject({ status: 'revoked' });
    const unread = verify({
      snapshot: cleanPostSnapshot({
        secrets: [],
        coverage: [{ resource: 'repo:acme/api/secrets', reason: 'HTTP 403' }],
      }),
    });
    expect(unread.items.find((item) => item.kind === 'secret')).toMatchObject({
      status: 'unknown',
      reason: 'HTTP 403',
    });
    expect(unread.steps.find((step) => step.id === 'secrets-rotated')?.status).toBe('unknown');
    expect(rulesOf(unread)).toEqual([]);
  });

  it('never calls a holding revoked when its source could not be read', () => {
    const result = verify({
      snapshot: cleanPostSnapshot({
        coverage: [{ resource: 'org:acme/personal-access-tokens', reason: 'not an app' }],
      }),
    });
    expect(result.items.find((item) => item.resource === 'pat:9041')).toMatchObject({
      status: 'unknown',
      reason: 'not an app',
    });
    expect(result.items.find((item) => item.resource === 'credential:51')?.status).toBe('revoked');
    expect(result.steps.find((step) => step.id === 'tokens')?.status).toBe('unknown');
  });

  it('fires activity-after-offboarding for their own event after offboarded-at only', () => {
    const snapshot = cleanPostSnapshot();
    snapshot.auditEvents.push(
      anAuditEvent('git.clone', { id: 'late', actor: 'alice', repo: 'acme/api', at: daysAgo(0.5) }),
      anAuditEvent('git.clone', { id: 'early', actor: 'alice', repo: 'acme/api', at: daysAgo(2.5) }),
    );
    expect(rulesOf(verify({ snapshot }))).toEqual(['activity-after-offboarding event:late']);
  });

  it('leaves offboarded-ip-activity to the rule runner (evaluate/offboard.ts judges it once)', () => {
    const snapshot = cleanPostSnapshot();
    snapshot.auditEvents.push(
      anAuditEvent('git.clone', { id: 'same-ip', actor: 'mallory', ip: '198.51.100.7', at: daysAgo(0.5) }),
    );
    expect(rulesOf(verify({ snapshot }))).toEqual([]);
  });

  it('fires offboarding-step-missing for a step past its deadline, not before the deadline', () => {
    const snapshot = cleanPostSnapshot({ people: [aPerson('alice')] });
    const late = verify({ snapshot });
    const missing = late.findings.find((f) => f.rule === 'offboarding-step-missing');
    expect(missing).toMatchObject({
      resource: 'offboarding-step:alice/org-membership',
      evidence: expect.objectContaining({ left: ['org:acme'] }),
    });
    expect(late.steps.find((step) => step.id === 'org-membership')?.status).toBe('missing');

    const early = verify({ snapshot, offboardedAt: daysAgo(0.5) });
    expect(early.findings.filter((f) => f.rule === 'offboarding-step-missing')).toEqual([]);
    expect(early.steps.find((step) => step.id === 'org-membership')?.status).toBe('pending');
    expect(early.findings.map((f) => f.rule)).toContain('retained-org-membership');
  });

  it('treats a ticked manual step as done, an unticked one past its deadline as missing', () => {
    const journey: Policy['offboarding']['journey'] = [
      { id: 'laptop', title: 'Collect the laptop', deadlineHours: 24, check: { kind: 'manual' } },
      { id: 'vault', title: 'Remove from Vault', deadlineHours: 72, check: { kind: 'manual' } },
    ];
    const policy = aPolicy({ offboarding: { journey, remediate: false, remediatePrivileged: [], maxRevocations: 25 } });
    const unticked = verify({ snapshot: cleanPostSnapshot(), policy });
    expect(rulesOf(unticked)).toEqual(['offboarding-step-missing offboarding-step:alice/laptop']);
    expect(unticked.steps.map((step) => step.status)).toEqual(['missing', 'pending']);
    const ticked = verify({ snapshot: cleanPostSnapshot(), policy, manualStepsDone: ['laptop'] });
    expect(rulesOf(ticked)).toEqual([]);
    expect(ticked.steps.map((step) => step.status)).toEqual(['done', 'pending']);
  });

  it('says nothing for a rule the policy switches off', () => {
    const snapshot = cleanPostSnapshot({ people: [aPerson('alice')] });
    const policy = aPolicy({
      rules: {
        'retained-org-membership': { enabled: false },
        'offboarding-step-missing': { enabled: false },
      },
    });
    expect(verify({ snapshot, policy }).findings).toEqual([]);
  });

  it('judges secrets of repositories a reconstructed inventory shows write access to', () => {
    const inventory = reconstructInventory(
      [
        anAuditEvent('repo.add_member', {
          user: 'alice',
          repo: 'acme/api',
          fields: { permission: 'write' },
          at: daysAgo(50),
        }),
      ],
      'alice',
      'acme',
      { offboardedAt: OFFBOARDED },
    );
    const snapshot = cleanPostSnapshot({
      secrets: [
        aSecret('API_TOKEN', { repo: 'acme/api', updatedAt: daysAgo(30) }),
        anOrgSecret('SHARED', { updatedAt: daysAgo(30) }),
      ],
    });
    expect(rulesOf(verify({ snapshot }, inventory))).toEqual([
      'offboarding-step-missing offboarding-step:alice/secrets-rotated',
      'unrotated-secret secret:acme/SHARED',
      'unrotated-secret secret:acme/api/API_TOKEN',
    ]);
  });

  it('matches a reconstructed PAT (token id) with the grant found now', () => {
    const inventory = reconstructInventory(
      [
        anAuditEvent('personal_access_token.access_granted', {
          user: 'alice',
          fields: { token_id: 9041 },
          at: daysAgo(50),
        }),
      ],
      'alice',
      'acme',
    );
    const snapshot = cleanPostSnapshot({ patGrants: [aPatGrant('alice', { id: 41, tokenId: 9041 })] });
    const result = verify({ snapshot }, inventory);
    expect(result.items.filter((item) => item.kind === 'pat')).toEqual([
      expect.objectContaining({ resource: 'pat:9041', status: 'retained', new: false }),
    ]);
    expect(rulesOf(result)).toContain('retained-token pat:9041');
  });

  it('measures hours from offboarded-at to each revocation', () => {
    const { metrics } = verify({ snapshot: cleanPostSnapshot() });
    expect(metrics.revocations.find((r) => r.resource === 'org:acme')?.hoursAfterOffboarding).toBeCloseTo(
      2.4,
      1,
    );
    expect(metrics.hoursToFullRevocation).toBeCloseTo(12, 1);
    expect(metrics.tokensActiveAfter24h).toBe(0);
  });
});
