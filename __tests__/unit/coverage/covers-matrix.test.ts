// Every kind of item behind every kind of gap (issue 10, item 4): behind a gap over a list it
// depends on, an item is "could not check" in verification, never "revoked"; its finding is
// "unknown" in the history diff, never "resolved", and its audit issue is never closed. Behind
// any other gap (the near-miss), it is judged as usual.
import { describe, expect, it } from '@jest/globals';
import { coversFinding } from '../../../src/coverage/covers.js';
import { gapId, gaps, type GapScope } from '../../../src/coverage/gap-scope.js';
import { fixedClock } from '../../../src/model.js';
import { issuesToKeepOpen } from '../../../src/evaluate/keep-open.js';
import type { Inventory, InventoryItem } from '../../../src/offboarding/types.js';
import { verifyOffboarding } from '../../../src/offboarding/verify.js';
import { diffRuns, nextState } from '../../../src/state/history.js';
import { makeFinding } from '../../../src/rules/finding.js';
import { aPerson, aPolicy, aSnapshot, daysAgo, NOW } from '../../builders/snapshot.js';

const GAPS: Record<string, GapScope> = {
  organization: gaps.organization('acme'),
  members: gaps.organization('acme', 'members'),
  membership: gaps.organization('acme', 'membership', 'alice'),
  teams: gaps.organization('acme', 'teams'),
  teamMembers: gaps.team('acme', 'devs', 'members'),
  teamRepositories: gaps.team('acme', 'devs', 'repositories'),
  repositories: gaps.organization('acme', 'repositories'),
  outsideCollaborators: gaps.organization('acme', 'outside-collaborators'),
  invitations: gaps.organization('acme', 'invitations'),
  repositoryInvitations: gaps.organization('acme', 'repository-invitations'),
  patGrants: gaps.organization('acme', 'personal-access-tokens'),
  credentials: gaps.organization('acme', 'credential-authorizations'),
  allDeployKeys: gaps.organization('acme', 'deploy-keys'),
  allRepositorySecrets: gaps.organization('acme', 'repository-secrets'),
  actionsSecrets: gaps.organization('acme', 'actions-secrets'),
  dependabotSecrets: gaps.organization('acme', 'dependabot-secrets'),
  auditLog: gaps.organization('acme', 'audit-log'),
  contributions: gaps.organization('acme', 'contributions'),
  samlIdentities: gaps.organization('acme', 'saml-identities'),
  repository: gaps.repository('acme/api'),
  collaborators: gaps.repository('acme/api', 'collaborators'),
  deployKeys: gaps.repository('acme/api', 'deploy-keys'),
  repoInvitations: gaps.repository('acme/api', 'invitations'),
  repoSecrets: gaps.repository('acme/api', 'secrets'),
  repoDependabotSecrets: gaps.repository('acme/api', 'dependabot-secrets'),
  environments: gaps.repository('acme/api', 'environments'),
  environmentSecrets: gaps.environment('acme/api', 'prod', 'secrets'),
  otherRepository: gaps.repository('acme/web'),
  otherDeployKeys: gaps.repository('acme/web', 'deploy-keys'),
  selectedRepositories: gaps.organizationSecret('acme', 'ORG_TOKEN', 'repositories'),
  patRepositories: gaps.pat(9041, 'repositories'),
};

const item = (kind: InventoryItem['kind'], resource: string, detail: InventoryItem['detail'] = {}): InventoryItem => ({
  kind,
  resource,
  label: resource,
  detail,
});

/** Each kind of inventory item, and the gaps (besides the whole organization) that hide it. */
// A pending-invitation finding read back from the history does not say what the invitation was
// for: any invitation list, or any whole repository, hides it.
const ANY_INVITATION = ['invitations', 'repositoryInvitations', 'repository', 'repoInvitations', 'otherRepository'];

const MATRIX: { item: InventoryItem; rule: string; hiddenBy: string[]; findingHiddenBy?: string[] }[] = [
  { item: item('org-membership', 'org:acme', { role: 'member' }), rule: 'retained-org-membership', hiddenBy: ['members', 'membership'] },
  { item: item('team-membership', 'team:acme/devs', { team: 'devs' }), rule: 'retained-team-membership', hiddenBy: ['teams', 'teamMembers'] },
  {
    item: item('repo-access', 'repo:acme/api', { repo: 'acme/api', permission: 'write' }),
    rule: 'retained-repo-access',
    hiddenBy: ['repositories', 'outsideCollaborators', 'repository', 'collaborators'],
  },
  {
    item: item('invitation', 'invitation:5', { target: 'repo:acme/api', invitationKind: 'repository' }),
    rule: 'pending-invitation',
    hiddenBy: ['repositoryInvitations', 'repository', 'repoInvitations'],
    findingHiddenBy: ANY_INVITATION,
  },
  { item: item('invitation', 'invitation:6', { target: 'org:acme', invitationKind: 'organization' }), rule: 'pending-invitation', hiddenBy: ['invitations'], findingHiddenBy: ANY_INVITATION },
  { item: item('pat', 'pat:9041', { grantId: 41, tokenId: 9041 }), rule: 'retained-token', hiddenBy: ['patGrants'] },
  { item: item('credential', 'credential:51', { credentialId: 51 }), rule: 'retained-token', hiddenBy: ['credentials'] },
  {
    item: item('deploy-key', 'deploy-key:acme/api/61', { repo: 'acme/api', keyId: 61 }),
    rule: 'retained-deploy-key',
    hiddenBy: ['repositories', 'allDeployKeys', 'repository', 'deployKeys'],
  },
  {
    item: item('secret', 'secret:acme/api/API_TOKEN', { scope: 'repository', repo: 'acme/api', updatedAt: daysAgo(400) }),
    rule: 'unrotated-secret',
    hiddenBy: ['repositories', 'allRepositorySecrets', 'repository', 'repoSecrets', 'repoDependabotSecrets'],
  },
  {
    item: item('secret', 'secret:acme/api/env/prod/KEY', { scope: 'environment', repo: 'acme/api', environment: 'prod', updatedAt: daysAgo(400) }),
    rule: 'unrotated-secret',
    hiddenBy: ['repositories', 'allRepositorySecrets', 'repository', 'environments', 'environmentSecrets'],
  },
  {
    item: item('secret', 'secret:acme/ORG_TOKEN', { scope: 'organization', repo: null, updatedAt: daysAgo(400) }),
    rule: 'unrotated-secret',
    hiddenBy: ['actionsSecrets', 'dependabotSecrets', 'selectedRepositories'],
  },
];

const OFFBOARDED = daysAgo(2);

function inventoryOf(held: InventoryItem): Inventory {
  return {
    subject: 'alice',
    organization: 'acme',
    offboardedAt: OFFBOARDED,
    source: 'snapshot',
    builtAt: daysAgo(3),
    items: [held],
    emails: [],
    knownIps: [],
    gaps: [],
    limits: [],
  };
}

function statusBehind(held: InventoryItem, gap: GapScope | null): string | undefined {
  // The fresh snapshot holds nothing of alice: whatever is not hidden by the gap is gone.
  const snapshot = aSnapshot({
    scope: { kind: 'subjects', logins: ['alice'] },
    people: [aPerson('alice', { orgRole: null })],
    coverage: gap ? [{ resource: gapId(gap), reason: '403' }] : [],
  });
  const result = verifyOffboarding({
    subject: 'alice',
    offboardedAt: OFFBOARDED,
    inventory: inventoryOf(held),
    snapshot,
    policy: aPolicy(),
    clock: fixedClock(NOW),
    manualStepsDone: [],
  });
  return result.items.find((status) => status.resource === held.resource)?.status;
}

const cases = MATRIX.flatMap(({ item: held, rule, hiddenBy, findingHiddenBy }) =>
  Object.keys(GAPS).map((gap) => ({
    name: `${held.resource} behind ${gapId(GAPS[gap])}`,
    held,
    rule,
    gap,
    hidden: gap === 'organization' || hiddenBy.includes(gap),
    findingHidden: gap === 'organization' || (findingHiddenBy ?? hiddenBy).includes(gap),
  })),
);

describe('every kind of inventory item behind every kind of gap', () => {
  it.each(cases)('$name', ({ held, rule, gap, hidden, findingHidden }) => {
    const scope = GAPS[gap];
    // Verification: could not check, never revoked (and revoked where the gap is elsewhere).
    expect(statusBehind(held, scope)).toBe(hidden ? 'unknown' : 'revoked');

    // History and issues: a finding on it last run, none this run.
    const finding = makeFinding(aPolicy(), rule as 'retained-token', {
      subject: 'alice',
      resource: held.resource,
      message: 'm',
      evidence: {},
    });
    const coverage = [{ resource: gapId(scope), reason: '403' }];
    expect(coversFinding(coverage[0], finding)).toBe(findingHidden);
    const previous = nextState(null, [finding], daysAgo(1), { mode: 'audit' });
    const diff = diffRuns(previous, [], coverage);
    expect(diff.unknown.map((entry) => entry.fingerprint)).toEqual(findingHidden ? [finding.fingerprint] : []);
    expect(diff.resolved.map((entry) => entry.fingerprint)).toEqual(findingHidden ? [] : [finding.fingerprint]);
  });
});

/** Audit findings, read back from the history, and the gaps that must keep them open. */
const AUDIT: { rule: string; resource: string; subject: string | null; hiddenBy: string[] }[] = [
  { rule: 'stale-member', resource: 'org:acme', subject: 'alice', hiddenBy: ['members', 'auditLog', 'contributions', 'membership'] },
  {
    rule: 'unused-write-access',
    resource: 'repo:acme/api',
    subject: 'alice',
    hiddenBy: ['members', 'teams', 'teamMembers', 'teamRepositories', 'repositories', 'outsideCollaborators', 'contributions', 'repository', 'collaborators'],
  },
  { rule: 'stale-deploy-key', resource: 'deploy-key:acme/api/61', subject: null, hiddenBy: ['repositories', 'allDeployKeys', 'repository', 'deployKeys'] },
  { rule: 'write-deploy-key', resource: 'deploy-key:acme/api/61', subject: null, hiddenBy: ['repositories', 'allDeployKeys', 'repository', 'deployKeys'] },
  { rule: 'long-lived-token', resource: 'pat:9041', subject: 'alice', hiddenBy: ['patGrants'] },
  { rule: 'stale-token', resource: 'credential:51', subject: 'alice', hiddenBy: ['credentials'] },
  {
    rule: 'stale-secret',
    resource: 'secret:acme/api/env/prod/KEY',
    subject: null,
    hiddenBy: ['repositories', 'allRepositorySecrets', 'repository', 'environments', 'environmentSecrets'],
  },
  { rule: 'stale-secret', resource: 'secret:acme/ORG_TOKEN', subject: null, hiddenBy: ['actionsSecrets', 'dependabotSecrets', 'selectedRepositories'] },
  { rule: 'activity-after-offboarding', resource: 'event:doc-1', subject: 'alice', hiddenBy: ['auditLog'] },
  { rule: 'unapproved-credential-change', resource: 'event:doc-2', subject: 'mallory', hiddenBy: ['auditLog'] },
];

describe('every kind of audit finding behind every kind of gap', () => {
  const auditCases = AUDIT.flatMap((entry) =>
    Object.keys(GAPS).map((gap) => ({
      name: `${entry.rule} ${entry.resource} behind ${gapId(GAPS[gap])}`,
      ...entry,
      gap,
      hidden: gap === 'organization' || entry.hiddenBy.includes(gap),
    })),
  );
  it.each(auditCases)('$name', ({ rule, resource, subject, gap, hidden }) => {
    const policy = aPolicy();
    const finding = makeFinding(policy, rule as 'stale-member', { subject, resource, message: 'm', evidence: {} });
    const previous = nextState(null, [finding], daysAgo(1), { mode: 'audit' });
    const coverage = [{ resource: gapId(GAPS[gap]), reason: '403' }];
    // Its issue is kept open (never closed as "nothing left") exactly when the gap hides it.
    const keep = issuesToKeepOpen(previous, coverage, policy, 'acme');
    expect(keep?.size ?? 0).toBe(hidden ? 1 : 0);
    expect(diffRuns(previous, [], coverage).resolved).toHaveLength(hidden ? 0 : 1);
  });
});
