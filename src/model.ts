// The domain words of Offboarding Sentinel. Collectors produce a Snapshot, rules turn a
// Snapshot (plus a Policy and a clock) into Findings, reporters publish Findings.
// Every timestamp is an ISO-8601 string in UTC; every repository is named `owner/name`.
import type { ActivityRecord } from './collectors/activity-record.js';
import type { AuditLogRecord } from './coverage/audit-log-record.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Ascending order: index comparison answers "at least as severe as". */
export const SEVERITIES: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/**
 * The one order of findings (rules, reports, issues): most severe first, then rule, resource,
 * subject and fingerprint, so reports and issue bodies diff cleanly between runs. English
 * collation, named rather than the machine's default, so every runner sorts alike.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    compareText(a.rule, b.rule) ||
    compareText(a.resource, b.resource) ||
    compareText(a.subject ?? '', b.subject ?? '') ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}

/** The modes, once; src/modes/index.ts must describe each (the compiler checks it). */
export const MODES = ['audit', 'offboard', 'validate', 'merge'] as const;
export type Mode = (typeof MODES)[number];
export type Phase = 'pre' | 'post';

export const RULE_NAMES = [
  'retained-org-membership',
  'retained-repo-access',
  'retained-team-membership',
  'pending-invitation',
  'retained-token',
  'retained-deploy-key',
  'unrotated-secret',
  'activity-after-offboarding',
  'offboarded-ip-activity',
  'offboarding-step-missing',
  'stale-member',
  'unused-write-access',
  'stale-deploy-key',
  'write-deploy-key',
  'long-lived-token',
  'stale-token',
  'stale-secret',
  'unapproved-credential-change',
  'offboarding-drift',
  'retained-enterprise-membership',
  'retained-copilot-seat',
  'idle-copilot-seat',
  'deprovisioned-identity-access',
  'audit-coverage-gap',
  'policy-invalid',
] as const;

export type RuleName = (typeof RULE_NAMES)[number];

/** Repository permission, strongest first in REPO_PERMISSIONS. */
export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read';
export const REPO_PERMISSIONS: readonly RepoPermission[] = ['admin', 'maintain', 'write', 'triage', 'read'];

export function permissionAtLeast(held: RepoPermission, wanted: RepoPermission): boolean {
  return REPO_PERMISSIONS.indexOf(held) <= REPO_PERMISSIONS.indexOf(wanted);
}

// ---------------------------------------------------------------------------------------------
// People, teams, repositories and who can reach what

export interface Person {
  login: string;
  nodeId: string | null;
  databaseId: number | null;
  /** Organization role; null for someone who is not a member (an outside collaborator). */
  orgRole: 'owner' | 'member' | null;
  outsideCollaborator: boolean;
  /** GitHub marks bots with a `[bot]` suffix; service accounts come from the policy. */
  bot: boolean;
  twoFactorEnabled: boolean | null;
  /** SAML / SCIM identity when the organization uses SSO. */
  samlIdentity: SamlIdentity | null;
  /** `User.organizationVerifiedDomainEmails` for this organization. */
  verifiedEmails: string[];
}

export interface SamlIdentity {
  nameId: string | null;
  username: string | null;
  emails: string[];
}

export type TeamRole = 'maintainer' | 'member';

export interface TeamMembership {
  login: string;
  role: TeamRole;
}

export interface TeamRepository {
  repo: string;
  permission: RepoPermission;
}

export interface Team {
  slug: string;
  name: string;
  parentSlug: string | null;
  members: TeamMembership[];
  repositories: TeamRepository[];
}

export interface Repository {
  /** `owner/name` */
  nameWithOwner: string;
  databaseId: number | null;
  /** Null when the token was denied it (a `visibility` gap on the repository). */
  visibility: 'public' | 'private' | 'internal' | null;
  archived: boolean;
  pushedAt: string | null;
  environments: string[];
  /** From GraphQL `deployKeys.totalCount`; details are read over REST only when above zero. */
  deployKeyCount: number;
}

/**
 * Why a person can reach a repository. A grant may have several sources at once; each says the
 * permission it gives, when known, so a fix can target the source that grants write.
 */
export type GrantSource =
  | { kind: 'direct'; permission?: RepoPermission }
  | { kind: 'team'; team: string; permission?: RepoPermission }
  | { kind: 'organization'; permission?: RepoPermission };

export interface Grant {
  login: string;
  repo: string;
  permission: RepoPermission;
  sources: GrantSource[];
  outsideCollaborator: boolean;
}

export interface Invitation {
  id: string;
  kind: 'organization' | 'repository' | 'team';
  /** Invitee login, when the invitation names an account. */
  login: string | null;
  email: string | null;
  /** `org:<org>`, `repo:<owner>/<name>` or `team:<org>/<slug>` the invitation is for. */
  target: string;
  role: string | null;
  createdAt: string | null;
  inviter: string | null;
}

export interface DeployKey {
  repo: string;
  id: number;
  title: string;
  readOnly: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  addedBy: string | null;
}

/** An approved fine-grained PAT grant (`GET /orgs/{org}/personal-access-tokens`). */
export interface PatGrant {
  /** Grant id (`pat_id`): what revoking addresses. */
  id: number;
  owner: string;
  /** `token_id`: the resource id is `pat:<tokenId>`, as in the audit log's `personal_access_token.*` events. */
  tokenId: number;
  tokenName: string;
  tokenExpired: boolean;
  expiresAt: string | null;
  lastUsedAt: string | null;
  accessGrantedAt: string;
  permissions: {
    organization: Record<string, string>;
    repository: Record<string, string>;
    other: Record<string, string>;
  };
  repositorySelection: 'none' | 'all' | 'subset';
  /** Only for `subset`, when read. */
  repositories: string[] | null;
}

export type CredentialType = 'personal access token' | 'SSH key' | 'OAuth app token' | 'GitHub app token';

/** A SAML SSO credential authorization (`GET /orgs/{org}/credential-authorizations`). */
export interface CredentialAuthorization {
  /** `credential_id`; the resource id is `credential:<id>`. */
  id: number;
  login: string;
  type: CredentialType;
  authorizedAt: string;
  accessedAt: string | null;
  expiresAt: string | null;
  scopes: string[];
  fingerprint: string | null;
  tokenLastEight: string | null;
  title: string | null;
}

export type SecretKind = 'actions' | 'dependabot';

export type Secret =
  | {
      scope: 'organization';
      kind: SecretKind;
      name: string;
      createdAt: string;
      updatedAt: string;
      visibility: 'all' | 'private' | 'selected';
      /** Only for `selected`, when read; `owner/name`. */
      selectedRepositories: string[] | null;
    }
  | { scope: 'repository'; kind: SecretKind; name: string; repo: string; createdAt: string; updatedAt: string }
  | {
      scope: 'environment';
      kind: 'actions';
      name: string;
      repo: string;
      environment: string;
      createdAt: string;
      updatedAt: string;
    };

/** One audit-log entry, normalised from the REST shape. */
export interface AuditEvent {
  /** `_document_id`; the resource id is `event:<id>`. */
  id: string;
  at: string;
  action: string;
  actor: string | null;
  /** The user the action was about (`user`), when there is one. */
  user: string | null;
  repo: string | null;
  /** Only where GitHub provides it (IP disclosure enabled). */
  ip: string | null;
  /** Other fields as GitHub sent them (`key`, `token_id`, `fingerprint`, `team`, …). */
  fields: Record<string, unknown>;
}

export type ContributionKind = 'commit' | 'pull-request' | 'review' | 'issue' | 'comment';

/** The most recent contribution of one kind by one person to one repository. */
export interface Contribution {
  login: string;
  repo: string;
  kind: ContributionKind;
  lastAt: string;
}

/** A person recorded as offboarded (from the tracking issues), for the audit-mode anomaly rules. */
export interface OffboardedPerson {
  login: string;
  offboardedAt: string;
  /** IP addresses seen in their audit events before `offboardedAt`. */
  knownIps: string[];
  /** What they held, from the tracking issue's inventory (for the journey baselines), when recorded. */
  inventory?: import('./offboarding/types.js').InventoryItem[];
  /** E-mail addresses the inventory recorded (invitations to them count as theirs). */
  emails?: string[];
  /** Journey step statuses from the tracking issue's last `post` run, when recorded. */
  steps?: { id: string; status: string; doneAt: string | null }[];
}

/** A Copilot seat (`GET /orgs/{org}/copilot/billing/seats`); the resource id is `copilot-seat:<org>/<login>`. */
export interface CopilotSeat {
  org: string;
  login: string;
  /** When the seat was (last) assigned. */
  createdAt: string;
  lastActivityAt: string | null;
  lastActivityEditor: string | null;
  lastAuthenticatedAt: string | null;
  /** Set when the seat is cancelled and ends with the billing cycle (`YYYY-MM-DD`). */
  pendingCancellationDate: string | null;
  /** The team (organization or enterprise team) that assigns the seat, if any. */
  assigningTeam: string | null;
}

/**
 * A SCIM identity (`GET /scim/v2/organizations/{org}/Users`). SCIM carries no GitHub login: it
 * is joined through the organization's external identities (`scimIdentity.username`).
 */
export interface ScimIdentity {
  id: string;
  userName: string;
  externalId: string | null;
  emails: string[];
  /** False once the identity provider deprovisioned the person. */
  active: boolean;
  /** The linked GitHub account, when the organization's external identities name one. */
  login: string | null;
}

/** How an external identity links a GitHub account to the identity provider. */
export interface ExternalIdentityLink {
  login: string;
  /** Null when the SAML identity is gone from the identity provider (the link outlived it). */
  samlNameId: string | null;
  scimUserName: string | null;
}

/** One person in an enterprise (`enterprise(slug:){ members ownerInfo{ admins } }`). */
export interface EnterpriseMember {
  login: string;
  /** `unaffiliated`: in the enterprise but in none of its organizations (still licensable). */
  affiliation: 'member' | 'unaffiliated' | null;
  /** Enterprise roles (owner, billing manager). */
  roles: ('owner' | 'billing-manager')[];
  /** Enterprise teams the person is in (slugs; they give organization membership indirectly). */
  teams?: string[];
}

export interface EnterpriseAccess {
  slug: string;
  organizations: string[];
  members: EnterpriseMember[];
}

/** One row of HR's roster (the `roster` input). */
export interface RosterPerson {
  email: string;
  status: 'active' | 'terminated';
  terminatedAt: string | null;
  /** `file:line` of the row, for messages. */
  source: string;
}

export interface CoverageGap {
  resource: string;
  reason: string;
}

/** What a collection covered: the whole organization or only some people. */
export type SnapshotScope = { kind: 'organization' } | { kind: 'subjects'; logins: string[] };

/** How fresh one per-repository part (deploy keys, secrets, invitations) is after a run. */
export interface PartFreshness {
  /** A per-repository part, or `activity` (counted in people) or `audit-log` (counted in events). */
  part: string;
  /** Repositories whose part this run read. */
  readThisRun: number;
  /** Repositories deferred by the budget, grouped by when they were last read (null: never). */
  deferred: { lastReadAt: string | null; repositories: number }[];
  /** Repositories served from the state's copy (no audit-log event since), grouped by when read. */
  fromState?: { lastReadAt: string; repositories: number }[];
  /**
   * Invitations only: repositories not read because the audit log shows no invitation made in
   * an invitation's lifetime (since `since`), so none can be pending there.
   */
  clearedByAuditLog?: { since: string; repositories: number };
}

export interface Snapshot {
  organization: string;
  collectedAt: string;
  scope: SnapshotScope;
  /** The organization's base permission, when readable. */
  defaultRepositoryPermission: RepoPermission | 'none' | null;
  people: Person[];
  teams: Team[];
  repositories: Repository[];
  grants: Grant[];
  invitations: Invitation[];
  deployKeys: DeployKey[];
  patGrants: PatGrant[];
  credentialAuthorizations: CredentialAuthorization[];
  secrets: Secret[];
  auditEvents: AuditEvent[];
  contributions: Contribution[];
  /** The span over which contributions and audit events were read; absence beyond it is unknown. */
  activityWindow: { from: string; to: string } | null;
  offboarded: OffboardedPerson[];
  copilotSeats: CopilotSeat[];
  scimIdentities: ScimIdentity[];
  identityLinks: ExternalIdentityLink[];
  /** Enterprise membership and roles, when the run covers an enterprise. */
  enterprise: EnterpriseAccess | null;
  /** HR's roster, when the `roster` input names one. */
  roster: RosterPerson[] | null;
  coverage: CoverageGap[];
  /** Per-repository parts read under the budget: how fresh each is (absent: not planned). */
  freshness?: PartFreshness[];
  /** Which repositories each per-repository part read in this run (for the state's record). */
  partsRead?: Record<string, string[]>;
  /** Each member's latest activity as of this read, for the next night's delta; null: incomplete. */
  activityRecord?: ActivityRecord | null;
  /** The audit log's events of the window, for the next night's delta; null: none read or stored. */
  auditLogRecord?: AuditLogRecord | null;
  /** Offboarding: whether invitations and deploy keys came from the last audit's snapshot or a full read. */
  readBasis?:
    | { kind: 'audit-snapshot'; at: string; invitationRepositories: number; deployKeyRepositories: number }
    | { kind: 'full-read'; reason: string };
}

export function emptySnapshot(organization: string, collectedAt: string): Snapshot {
  return {
    organization,
    collectedAt,
    scope: { kind: 'organization' },
    defaultRepositoryPermission: null,
    people: [],
    teams: [],
    repositories: [],
    grants: [],
    invitations: [],
    deployKeys: [],
    patGrants: [],
    credentialAuthorizations: [],
    secrets: [],
    auditEvents: [],
    contributions: [],
    activityWindow: null,
    offboarded: [],
    copilotSeats: [],
    scimIdentities: [],
    identityLinks: [],
    enterprise: null,
    roster: null,
    coverage: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Findings

/** A place in a policy file (1-based line and column). */
export interface SourceLocation {
  path: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Finding {
  rule: RuleName;
  severity: Severity;
  subject: string | null;
  resource: string;
  /** Stable across runs: depends on rule, resource, subject and key only (see fingerprint.ts). */
  fingerprint: string;
  message: string;
  evidence: Record<string, unknown>;
  location?: SourceLocation;
}

export interface ExemptedFinding extends Finding {
  exemption: { reason: string; expires: string; location: SourceLocation };
}

/** A clock is passed in, never read from Date, so rules are reproducible. */
export interface Clock {
  now(): Date;
}

export function fixedClock(at: string | Date): Clock {
  const instant = new Date(at);
  return { now: () => new Date(instant) };
}

export const systemClock: Clock = { now: () => new Date() };

// ---------------------------------------------------------------------------------------------
// Identity: how an e-mail from HR was matched to a GitHub account.

export interface IdentityCandidate {
  login: string;
  /** `recorded-email`: an address kept in the tracking issue at `pre` (after removal, SAML and verified e-mails are gone). */
  matchedBy: 'login' | 'saml-name-id' | 'saml-username' | 'saml-email' | 'verified-email' | 'recorded-email';
  /** The value that matched (the e-mail or name id). */
  value: string;
}
