// Shared test builders: small, valid domain objects with sensible defaults, so a test states
// only what matters to it. Other areas import these; keep the signatures stable and additive.
import type {
  AuditEvent,
  Contribution,
  CredentialAuthorization,
  DeployKey,
  Grant,
  OffboardedPerson,
  PatGrant,
  Person,
  RepoPermission,
  Repository,
  RuleName,
  Secret,
  Snapshot,
  Team,
} from '../../src/model.js';
import { emptySnapshot, fixedClock } from '../../src/model.js';
import type { ApprovedChangers, JourneyStep, Policy, RuleSettings } from '../../src/policy/types.js';
import { RULES } from '../../src/rules/catalogue.js';
import type { RuleContext } from '../../src/rules/types.js';

/** The instant every builder measures from unless told otherwise. */
export const NOW = '2026-11-27T03:00:00.000Z';
export const ORG = 'acme';

const DAY_MS = 86_400_000;

/** ISO time `n` days before `now` (fractions allowed; negative means in the future). */
export function daysAgo(n: number, now: string | Date = NOW): string {
  return new Date(new Date(now).getTime() - n * DAY_MS).toISOString();
}

/** ISO time `n` minutes after `from`. */
export function minutesAfter(n: number, from: string): string {
  return new Date(new Date(from).getTime() + n * 60_000).toISOString();
}

/**
 * A snapshot of organization `acme` collected at NOW, with no gaps and an activity window
 * of the last 365 days (so every default threshold can be judged).
 */
export function aSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  const collectedAt = overrides.collectedAt ?? NOW;
  return {
    ...emptySnapshot(overrides.organization ?? ORG, collectedAt),
    activityWindow: { from: daysAgo(365, collectedAt), to: collectedAt },
    ...overrides,
  };
}

let nextDatabaseId = 1000;

export function aPerson(login: string, overrides: Partial<Person> = {}): Person {
  const id = nextDatabaseId++;
  return {
    login,
    nodeId: `U_${id}`,
    databaseId: id,
    orgRole: 'member',
    outsideCollaborator: false,
    bot: login.endsWith('[bot]'),
    twoFactorEnabled: true,
    samlIdentity: null,
    verifiedEmails: [],
    ...overrides,
  };
}

export function aRepository(nameWithOwner: string, overrides: Partial<Repository> = {}): Repository {
  return {
    nameWithOwner,
    databaseId: nextDatabaseId++,
    visibility: 'private',
    archived: false,
    pushedAt: daysAgo(1),
    environments: [],
    deployKeyCount: 0,
    ...overrides,
  };
}

/** A direct `write` grant unless told otherwise. */
export function aGrant(
  login: string,
  repo: string,
  permission: RepoPermission = 'write',
  overrides: Partial<Grant> = {},
): Grant {
  return { login, repo, permission, sources: [{ kind: 'direct' }], outsideCollaborator: false, ...overrides };
}

export function aTeam(slug: string, overrides: Partial<Team> = {}): Team {
  return { slug, name: slug, parentSlug: null, members: [], repositories: [], ...overrides };
}

/** A write key on acme/api, created 200 days ago, last used 10 days ago, added by alice. */
export function aDeployKey(overrides: Partial<DeployKey> = {}): DeployKey {
  return {
    repo: `${ORG}/api`,
    id: nextDatabaseId++,
    title: 'ci deploy',
    readOnly: false,
    createdAt: daysAgo(200),
    lastUsedAt: daysAgo(10),
    addedBy: 'alice',
    ...overrides,
  };
}

/** A fine-grained PAT grant, granted 30 days ago, expiring in 60, used yesterday. */
export function aPatGrant(owner: string, overrides: Partial<PatGrant> = {}): PatGrant {
  const id = nextDatabaseId++;
  return {
    id,
    owner,
    tokenId: id + 50_000,
    tokenName: `${owner}-token`,
    tokenExpired: false,
    expiresAt: daysAgo(-60),
    lastUsedAt: daysAgo(1),
    accessGrantedAt: daysAgo(30),
    permissions: { organization: {}, repository: { contents: 'read' }, other: {} },
    repositorySelection: 'all',
    repositories: null,
    ...overrides,
  };
}

/** An SSO authorization of a classic PAT, authorized 100 days ago, used yesterday, no expiry. */
export function aCredential(
  login: string,
  overrides: Partial<CredentialAuthorization> = {},
): CredentialAuthorization {
  return {
    id: nextDatabaseId++,
    login,
    type: 'personal access token',
    authorizedAt: daysAgo(100),
    accessedAt: daysAgo(1),
    expiresAt: null,
    scopes: ['repo'],
    fingerprint: null,
    tokenLastEight: 'abcd1234',
    title: null,
    ...overrides,
  };
}

type OrgSecret = Extract<Secret, { scope: 'organization' }>;
type RepoSecret = Extract<Secret, { scope: 'repository' }>;
type EnvSecret = Extract<Secret, { scope: 'environment' }>;

/** A repository Actions secret on acme/api, updated 10 days ago. */
export function aSecret(name: string, overrides: Partial<RepoSecret> = {}): RepoSecret {
  return {
    scope: 'repository',
    kind: 'actions',
    name,
    repo: `${ORG}/api`,
    createdAt: daysAgo(400),
    updatedAt: daysAgo(10),
    ...overrides,
  };
}

export function anOrgSecret(name: string, overrides: Partial<OrgSecret> = {}): OrgSecret {
  return {
    scope: 'organization',
    kind: 'actions',
    name,
    createdAt: daysAgo(400),
    updatedAt: daysAgo(10),
    visibility: 'all',
    selectedRepositories: null,
    ...overrides,
  };
}

export function anEnvironmentSecret(name: string, overrides: Partial<EnvSecret> = {}): EnvSecret {
  return {
    scope: 'environment',
    kind: 'actions',
    name,
    repo: `${ORG}/api`,
    environment: 'production',
    createdAt: daysAgo(400),
    updatedAt: daysAgo(10),
    ...overrides,
  };
}

let nextEventId = 1;

/** An audit-log event by alice one day ago. */
export function anAuditEvent(action: string, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: `doc-${nextEventId++}`,
    at: daysAgo(1),
    action,
    actor: 'alice',
    user: null,
    repo: null,
    ip: null,
    fields: {},
    ...overrides,
  };
}

/** alice's latest commit to acme/api, one day ago. */
export function aContribution(
  login: string,
  repo: string,
  overrides: Partial<Contribution> = {},
): Contribution {
  return { login, repo, kind: 'commit', lastAt: daysAgo(1), ...overrides };
}

export function anOffboardedPerson(
  login: string,
  overrides: Partial<OffboardedPerson> = {},
): OffboardedPerson {
  return { login, offboardedAt: daysAgo(10), knownIps: [], ...overrides };
}

/** The default offboarding journey: every GitHub-checked step within 24 hours. */
export function aJourney(): JourneyStep[] {
  const steps: [string, string, JourneyStep['check']][] = [
    ['org-membership', 'Remove from the organization', { kind: 'github', what: 'org-membership' }],
    ['repo-access', 'Remove repository access', { kind: 'github', what: 'repo-access' }],
    ['team-membership', 'Remove from teams', { kind: 'github', what: 'team-membership' }],
    ['invitations', 'Cancel invitations', { kind: 'github', what: 'invitations' }],
    ['tokens', 'Revoke tokens and credential authorizations', { kind: 'github', what: 'tokens' }],
    ['deploy-keys', 'Delete deploy keys they added', { kind: 'github', what: 'deploy-keys' }],
    ['secrets-rotated', 'Rotate secrets they could read', { kind: 'github', what: 'secrets-rotated' }],
  ];
  return steps.map(([id, title, check]) => ({ id, title, deadlineHours: 24, check }));
}

export interface PolicyOverrides extends Omit<Partial<Policy>, 'rules' | 'approvedChangers'> {
  /** Per rule, merged over the catalogue defaults; `thresholds` merge key by key. */
  rules?: Partial<Record<RuleName, Partial<RuleSettings>>>;
  approvedChangers?: Partial<ApprovedChangers>;
}

/** A complete resolved policy with the catalogue's defaults: every rule on, default severities. */
export function aPolicy(overrides: PolicyOverrides = {}): Policy {
  const rules = {} as Record<RuleName, RuleSettings>;
  for (const spec of RULES) {
    const defaults: RuleSettings = {
      enabled: true,
      severity: spec.defaultSeverity,
      thresholds: Object.fromEntries(spec.thresholds.map((threshold) => [threshold.key, threshold.default])),
    };
    const override = overrides.rules?.[spec.name] ?? {};
    rules[spec.name] = {
      ...defaults,
      ...override,
      thresholds: { ...defaults.thresholds, ...(override.thresholds ?? {}) },
    };
  }
  const { rules: _rules, approvedChangers, ...rest } = overrides;
  return {
    version: 1,
    rules,
    exemptions: [],
    offboarding: { journey: aJourney(), remediate: false, remediatePrivileged: [], maxRevocations: 25 },
    approvedChangers: {
      actors: [],
      workflows: [],
      burstCount: 5,
      burstWindowMinutes: 10,
      ...approvedChangers,
    },
    serviceAccounts: [],
    routing: [],
    sources: [],
    ...rest,
  };
}

/** A rule context at NOW over `snapshot`, with the default policy and no history. */
export function aRuleContext(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    snapshot: overrides.snapshot ?? aSnapshot(),
    policy: overrides.policy ?? aPolicy(),
    clock: overrides.clock ?? fixedClock(NOW),
    history: overrides.history ?? null,
  };
}
