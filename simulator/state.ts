// The simulated organization's data, shaped after GitHub's own REST field names (snake_case)
// so REST handlers serve it as it is and GraphQL resolvers map it to schema fields.
// The scenario generator produces a SimOrg; the server reads it and keeps writes in it.

export type SimRepoPermission = 'admin' | 'maintain' | 'push' | 'triage' | 'pull';

export interface SimUser {
  login: string;
  id: number;
  node_id: string;
  name: string | null;
  type: 'User' | 'Bot';
  site_admin?: boolean;
}

export interface SimMember {
  login: string;
  role: 'admin' | 'member';
  two_factor_enabled: boolean;
}

export interface SimTeam {
  id: number;
  node_id: string;
  slug: string;
  name: string;
  privacy: 'closed' | 'secret';
  parent_slug: string | null;
  created_at: string;
  members: { login: string; role: 'maintainer' | 'member' }[];
  repos: { repo: string; permission: SimRepoPermission }[];
}

export interface SimDeployKey {
  id: number;
  key: string;
  title: string;
  read_only: boolean;
  verified: boolean;
  created_at: string;
  last_used: string | null;
  added_by: string | null;
  enabled: boolean;
}

export interface SimSecret {
  name: string;
  created_at: string;
  updated_at: string;
}

export interface SimOrgSecret extends SimSecret {
  visibility: 'all' | 'private' | 'selected';
  /** Repository names (without owner) for `selected`. */
  selected_repositories: string[];
}

export interface SimInvitation {
  id: number;
  node_id: string;
  login: string | null;
  email: string | null;
  role: 'direct_member' | 'admin' | 'billing_manager' | 'hiring_manager' | 'reinstate';
  created_at: string;
  inviter: string;
  team_slugs: string[];
  invitation_source: 'member' | 'scim' | 'unknown';
  failed_at: string | null;
  failed_reason: string | null;
}

export interface SimRepoInvitation {
  id: number;
  node_id: string;
  invitee: string;
  inviter: string;
  permissions: 'read' | 'write' | 'admin' | 'triage' | 'maintain';
  created_at: string;
  expired: boolean;
}

export interface SimEnvironment {
  id: number;
  name: string;
  created_at: string;
  updated_at: string;
  secrets: SimSecret[];
}

export interface SimRepo {
  id: number;
  node_id: string;
  name: string;
  visibility: 'public' | 'private' | 'internal';
  archived: boolean;
  fork: boolean;
  created_at: string;
  updated_at: string;
  pushed_at: string | null;
  default_branch: string;
  /** Direct collaborators (outside collaborators included), with the permission granted on the repo. */
  collaborators: { login: string; permission: SimRepoPermission }[];
  invitations: SimRepoInvitation[];
  deploy_keys: SimDeployKey[];
  secrets: SimSecret[];
  dependabot_secrets: SimSecret[];
  environments: SimEnvironment[];
}

export interface SimPatGrant {
  id: number;
  owner: string;
  token_id: number;
  token_name: string;
  token_expired: boolean;
  token_expires_at: string | null;
  token_last_used_at: string | null;
  access_granted_at: string;
  repository_selection: 'none' | 'all' | 'subset';
  /** Repository names (without owner) for `subset`. */
  repositories: string[];
  permissions: {
    organization?: Record<string, string>;
    repository?: Record<string, string>;
    other?: Record<string, string>;
  };
}

export interface SimCredentialAuthorization {
  login: string;
  credential_id: number;
  credential_type: 'personal access token' | 'SSH key' | 'OAuth app token' | 'GitHub app token';
  credential_authorized_at: string;
  credential_accessed_at: string | null;
  authorized_credential_id: number | null;
  authorized_credential_expires_at: string | null;
  scopes: string[];
  token_last_eight: string | null;
  fingerprint: string | null;
  authorized_credential_title: string | null;
  authorized_credential_note: string | null;
}

export interface SimSamlIdentity {
  guid: string;
  /** Null when the identity is not linked to a GitHub account. */
  login: string | null;
  name_id: string;
  username: string;
  emails: string[];
}

export interface SimContribution {
  login: string;
  /** Repository name without owner. */
  repo: string;
  kind: 'commit' | 'pull-request' | 'review' | 'issue';
  occurred_at: string;
  /** For commits: how many commits on that day. */
  count: number;
}

/** As `GET /orgs/{org}/audit-log` returns it; `@timestamp` and `created_at` are epoch milliseconds. */
export interface SimAuditEvent {
  _document_id: string;
  '@timestamp': number;
  created_at: number;
  action: string;
  actor: string | null;
  actor_id?: number;
  user?: string;
  repo?: string;
  org: string;
  actor_ip?: string;
  [field: string]: unknown;
}

/** A Copilot seat as `GET /orgs/{org}/copilot/billing/seats` returns it (team by slug). */
export interface SimCopilotSeat {
  login: string;
  created_at: string;
  last_activity_at: string | null;
  last_activity_editor: string | null;
  last_authenticated_at: string | null;
  pending_cancellation_date: string | null;
  /** Slug of the organization team that assigns the seat. */
  assigning_team: string | null;
}

/** A SCIM-provisioned identity (`GET /scim/v2/organizations/{org}/Users`). */
export interface SimScimUser {
  id: string;
  external_id: string | null;
  user_name: string;
  display_name: string | null;
  emails: string[];
  /** False once the identity provider deprovisioned the person. */
  active: boolean;
  created_at: string;
  last_modified: string;
  /** The GitHub account the identity is linked to (GraphQL `externalIdentities.user`). */
  login: string | null;
}

/**
 * An enterprise: its organizations (by login, each served by the simulator), the people in it
 * who belong to none of them (unaffiliated), and its owners and billing managers.
 */
export interface SimEnterprise {
  id: number;
  node_id: string;
  slug: string;
  name: string;
  created_at: string;
  organizations: string[];
  /** Enterprise members in no organization (GitHub keeps them since September 2025). */
  unaffiliated: string[];
  owners: string[];
  billing_managers: string[];
  /** Seats the enterprise assigns directly (an unaffiliated member can keep one). */
  copilot_seats: SimCopilotSeat[];
  /** Enterprise teams (`GET /enterprises/{enterprise}/teams`), each with its members' logins. */
  teams?: SimEnterpriseTeam[];
}

export interface SimEnterpriseTeam {
  id: number;
  slug: string;
  name: string;
  created_at: string;
  members: string[];
}

// ---- write-side state (what the action posts) ----

export interface SimIssue {
  id: number;
  node_id: string;
  number: number;
  repo: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  labels: string[];
  assignees: string[];
  user: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  comments: { id: number; body: string; user: string; created_at: string }[];
}

export interface SimCheckRun {
  id: number;
  repo: string;
  name: string;
  head_sha: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: unknown[] };
}

export interface SimLabel {
  id: number;
  repo: string;
  name: string;
  color: string;
  description: string | null;
}

/** A file on a branch (contents API); `sha` is the blob sha. */
export interface SimFile {
  path: string;
  content: string;
  sha: string;
}

export interface SimBranch {
  repo: string;
  name: string;
  sha: string;
  files: Record<string, SimFile>;
}

export interface SimOrg {
  login: string;
  id: number;
  node_id: string;
  name: string;
  /** GitHub Enterprise Cloud features: audit log, credential authorizations, SCIM. */
  enterprise_cloud: boolean;
  saml_sso: boolean;
  default_repository_permission: 'read' | 'write' | 'admin' | 'none';
  /** The fixed "now" of the scenario; the simulator never reads the wall clock for data. */
  now: string;
  users: SimUser[];
  members: SimMember[];
  /** Logins that are outside collaborators (on one or more repositories, not members). */
  outside_collaborators: string[];
  teams: SimTeam[];
  repos: SimRepo[];
  invitations: SimInvitation[];
  failed_invitations: SimInvitation[];
  pat_grants: SimPatGrant[];
  credential_authorizations: SimCredentialAuthorization[];
  org_secrets: SimOrgSecret[];
  org_dependabot_secrets: SimOrgSecret[];
  saml_identities: SimSamlIdentity[];
  /** SCIM identities; absent means the identity provider provisions none (an empty list). */
  scim_users?: SimScimUser[];
  /** Copilot seats; absent means no seat is assigned (an empty list). */
  copilot_seats?: SimCopilotSeat[];
  /** login → verified-domain e-mails for this organization. */
  verified_domain_emails: Record<string, string[]>;
  contributions: SimContribution[];
  audit_log: SimAuditEvent[];

  // write-side
  issues: SimIssue[];
  check_runs: SimCheckRun[];
  labels: SimLabel[];
  branches: SimBranch[];
}

/** What a planted case in a scenario must produce: the oracle for precision/recall tests. */
export interface ExpectedFinding {
  rule: string;
  subject: string | null;
  resource: string;
  /** Which mode (and, for offboarding, which subject run) the expectation belongs to. */
  mode: 'audit' | 'offboard';
  /** Short explanation of the planted case, for test failure messages. */
  why: string;
}

export interface Scenario {
  /** The organization of the action's repository (issues, check runs, state live there). */
  org: SimOrg;
  /** More organizations the simulator serves (an enterprise's others). */
  organizations?: SimOrg[];
  enterprise?: SimEnterprise;
  /** The repository that runs the action (issues, check runs and the state branch live there). */
  actionRepo: string;
  expected: ExpectedFinding[];
  /** Planted near-misses: a description and the resource that must NOT be reported for the rule. */
  nearMisses: { rule: string; resource: string; subject: string | null; why: string }[];
  /** For offboarding scenarios: the departing people and their termination times. */
  departures: { login: string; email: string | null; offboarded_at: string; kind: string }[];
  /** What the scenario's policy must say for the expectations to hold (the e2e tests write it as YAML). */
  policy: {
    serviceAccounts: string[];
    approvedActors: string[];
    approvedWorkflows: string[];
    exemptions: {
      subjects: string[];
      resources: string[];
      rules: string[];
      reason: string;
      expires: string;
    }[];
  };
}

/**
 * A repository with nothing in it yet, created at `at`: the scenario generator and the test
 * fixtures fill in grants, keys, secrets and environments.
 */
export function emptySimRepo(
  id: number,
  name: string,
  at: string,
  overrides: Partial<SimRepo> = {},
): SimRepo {
  return {
    id,
    node_id: `R_sim${id}`,
    name,
    visibility: 'private',
    archived: false,
    fork: false,
    created_at: at,
    updated_at: at,
    pushed_at: at,
    default_branch: 'main',
    collaborators: [],
    invitations: [],
    deploy_keys: [],
    secrets: [],
    dependabot_secrets: [],
    environments: [],
    ...overrides,
  };
}
