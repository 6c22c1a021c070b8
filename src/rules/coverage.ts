// Which parts of the organization the collectors could not read. A rule that decides from the
// ABSENCE of something (no activity, no contribution) must stay silent where the data was not
// read; the gap itself is reported by `audit-coverage-gap`.
//
// Coverage-gap resource ids the rules rely on, as src/collectors/ writes them:
//   org:<org>                              nothing about the organization could be read
//   org:<org>/members                      the member list
//   org:<org>/teams                        teams and their members (team:<org>/<slug>/… for one team)
//   org:<org>/invitations                  organization invitations
//   org:<org>/repositories                 the repository list (so nothing per repository)
//   org:<org>/contributions                contributions of every member
//   org:<org>/contributions/<login>        contributions of one member
//   org:<org>/audit-log                    the organization audit log
//   org:<org>/personal-access-tokens       fine-grained PAT grants
//   org:<org>/credential-authorizations    SSO credential authorizations
//   org:<org>/actions-secrets              organization Actions secrets (…/dependabot-secrets likewise)
//   org:<org>/deploy-keys                  deploy keys of every repository (budget ran out)
//   org:<org>/repository-secrets           secrets of every repository (budget ran out)
//   repo:<owner>/<name>                    nothing about the repository could be read
//   repo:<owner>/<name>/collaborators      who has access to the repository
//   repo:<owner>/<name>/contributions      contributions to one repository
//   repo:<owner>/<name>/deploy-keys        deploy keys of one repository
//   repo:<owner>/<name>/secrets            Actions secrets of one repository (…/dependabot-secrets likewise)
//   repo:<owner>/<name>/env/<env>/secrets  secrets of one environment
// A gap covers a needed resource when it names it or one of its ancestors (prefix up to a `/`).
import type { Snapshot } from '../model.js';
import { DAY_MS } from './time.js';

export const coverageId = {
  organization: (org: string) => `org:${org}`,
  contributions: (org: string) => `org:${org}/contributions`,
  contributionsOf: (org: string, login: string) => `org:${org}/contributions/${login}`,
  repository: (repo: string) => `repo:${repo}`,
  repositoryContributions: (repo: string) => `repo:${repo}/contributions`,
  auditLog: (org: string) => `org:${org}/audit-log`,
  patGrants: (org: string) => `org:${org}/personal-access-tokens`,
  credentialAuthorizations: (org: string) => `org:${org}/credential-authorizations`,
  deployKeys: (repo: string) => `repo:${repo}/deploy-keys`,
  repositorySecrets: (repo: string) => `repo:${repo}/secrets`,
  /** Organization Actions secrets; Dependabot ones are `organizationDependabotSecrets`. */
  organizationSecrets: (org: string) => `org:${org}/actions-secrets`,
  organizationDependabotSecrets: (org: string) => `org:${org}/dependabot-secrets`,
  repositoryDependabotSecrets: (repo: string) => `repo:${repo}/dependabot-secrets`,
  environmentSecrets: (repo: string, environment: string) => `repo:${repo}/env/${environment}/secrets`,
  members: (org: string) => `org:${org}/members`,
  teams: (org: string) => `org:${org}/teams`,
  invitations: (org: string) => `org:${org}/invitations`,
  repositories: (org: string) => `org:${org}/repositories`,
  collaborators: (repo: string) => `repo:${repo}/collaborators`,
  allDeployKeys: (org: string) => `org:${org}/deploy-keys`,
};

/** True when some gap's resource ends with `/<suffix>` (that kind of read failed somewhere). */
export function hasGapOfKind(snapshot: Snapshot, suffix: string): boolean {
  return snapshot.coverage.some((gap) => gap.resource.toLowerCase().endsWith(`/${suffix}`));
}

function covers(gap: string, needed: string): boolean {
  const a = gap.toLowerCase();
  const b = needed.toLowerCase();
  return a === b || b.startsWith(`${a}/`);
}

/** True when any of `needed` could not be read. */
export function hasGap(snapshot: Snapshot, ...needed: string[]): boolean {
  return snapshot.coverage.some((gap) => needed.some((resource) => covers(gap.resource, resource)));
}

/** True when every activity source (contributions and audit log) was read for this person. */
export function activityReadFor(snapshot: Snapshot, login: string): boolean {
  const org = snapshot.organization;
  return !hasGap(snapshot, coverageId.contributionsOf(org, login), coverageId.auditLog(org));
}

/** True when contributions of `login` to `repo` were read. */
export function contributionsReadFor(snapshot: Snapshot, login: string, repo: string): boolean {
  const org = snapshot.organization;
  return !hasGap(snapshot, coverageId.contributionsOf(org, login), coverageId.repositoryContributions(repo));
}

/**
 * True when the activity window reaches back at least `days` days before `now`, so that
 * "nothing in the last `days` days" is knowledge rather than absence of reading.
 */
export function windowCovers(snapshot: Snapshot, days: number, now: Date): boolean {
  const window = snapshot.activityWindow;
  if (!window) return false;
  const since = now.getTime() - days * DAY_MS;
  return new Date(window.from).getTime() <= since && new Date(window.to).getTime() >= since;
}
