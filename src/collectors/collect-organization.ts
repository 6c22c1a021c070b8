// The full audit: GraphQL for everything it covers (members, teams, repositories with
// collaborators, identities, activity), REST for what only REST has, per-repository REST only
// where it is irreducible, and a budget check before each expensive phase.
import { budgetShortfall, describeRateLimits, readRateLimits } from '../github/budget.js';
import type { GitHubClient } from '../github/types.js';
import { emptySnapshot, type RepoPermission, type Snapshot } from '../model.js';
import { gaps, type GapPart } from '../coverage/gap-scope.js';
import { collectOrgActivity, type ActivityThresholds } from './collect-activity.js';
import { permissionAtLeast } from '../model.js';
import { collectAuditLog } from './collect-audit-log.js';
import { collectDeployKeys } from './collect-deploy-keys.js';
import { collectCopilotSeats } from './collect-copilot-seats.js';
import { collectExternalIdentities } from './collect-identities.js';
import { collectScimIdentities } from './collect-scim-identities.js';
import { collectOrgInvitations, collectRepoInvitations } from './collect-invitations.js';
import { collectMembers } from './collect-members.js';
import { collectRepositories } from './collect-repositories.js';
import { collectOrgSecrets, collectRepoSecrets } from './collect-secrets.js';
import { collectTeams } from './collect-teams.js';
import { collectCredentialAuthorizations, collectPatGrants } from './collect-tokens.js';
import { Coverage, HINTS } from './coverage.js';
import { quietLogger, type CollectContext, type CollectLogger } from './context.js';
import { deriveGrants } from './derive-grants.js';
import { buildPeople } from './people.js';

export interface CollectOptions {
  org: string;
  now: Date;
  activityWindowDays: number;
  logger?: CollectLogger;
  /** Width of the activity presence windows (see collect-activity.ts); default 30 days. */
  activityResolutionDays?: number;
  /**
   * The policy's activity thresholds in days: `person` (`stale-member.inactive-days`) and
   * `repository` (`unused-write-access.window-days`, judged where people hold write). Members
   * whose relevant presence window straddles one get exact dates, so the approximation never
   * decides a rule's outcome (see collect-activity.ts).
   */
  activityThresholds?: ActivityThresholds;
}

/** The audit log keeps web events for 180 days; asking for more only returns less. */
const AUDIT_LOG_RETENTION_DAYS = 180;
const DAY = 86_400_000;

export async function readDefaultPermission(ctx: CollectContext): Promise<RepoPermission | 'none' | null> {
  const org = await ctx.coverage.read(gaps.organization(ctx.org), HINTS.members, () =>
    ctx.client.rest.request('GET /orgs/{org}', { org: ctx.org }),
  );
  const value = (org?.data as { default_repository_permission?: string } | undefined)
    ?.default_repository_permission;
  if (value === 'none') return 'none';
  return value === 'read' || value === 'write' || value === 'admin' ? value : null;
}

export async function collectOrganization(client: GitHubClient, options: CollectOptions): Promise<Snapshot> {
  const logger = options.logger ?? quietLogger;
  const coverage = new Coverage();
  const ctx: CollectContext = { client, org: options.org, coverage, logger };
  const snapshot = emptySnapshot(options.org, options.now.toISOString());
  logger.info(`start: ${describeRateLimits(await readRateLimits(client))}`);

  snapshot.defaultRepositoryPermission = await readDefaultPermission(ctx);
  const members = await collectMembers(ctx);
  snapshot.teams = await collectTeams(ctx);
  const repos = await collectRepositories(ctx);
  snapshot.repositories = repos.repositories;
  const external = await collectExternalIdentities(ctx);
  snapshot.people = buildPeople(
    members.members,
    new Set(repos.collaborators.map((c) => c.login)),
    external.identities,
  );
  snapshot.identityLinks = external.links;
  // SCIM exists only behind a SAML identity provider; without one there is nothing to read.
  if (external.provider) snapshot.scimIdentities = await collectScimIdentities(ctx, external.links);
  snapshot.grants = deriveGrants({
    collaborators: repos.collaborators,
    teams: snapshot.teams,
    members: new Set(members.members.map((m) => m.login)),
    defaultRepositoryPermission: snapshot.defaultRepositoryPermission,
  });
  logger.info(
    `${snapshot.people.length} people, ${snapshot.teams.length} teams, ${snapshot.repositories.length} repositories`,
  );

  // Organization-level REST lists: a handful of requests whatever the size.
  const orgInvitations = await collectOrgInvitations(ctx);
  snapshot.patGrants = await collectPatGrants(ctx);
  snapshot.credentialAuthorizations = await collectCredentialAuthorizations(ctx);
  snapshot.copilotSeats = await collectCopilotSeats(ctx);
  const orgSecrets = await collectOrgSecrets(ctx);
  const auditFrom = new Date(
    options.now.getTime() - Math.min(options.activityWindowDays, AUDIT_LOG_RETENTION_DAYS) * DAY,
  );
  snapshot.auditEvents = (await collectAuditLog(ctx, { from: auditFrom })) ?? [];

  // Per-repository REST: the irreducible part of the plan. Each part is checked against the
  // budget on its own, most useful to the audit rules first, so a large organization on a
  // 15,000/h token loses the last part (invitations, which only offboarding uses), not all.
  const rs = snapshot.repositories;
  const environments = rs.reduce((n, r) => n + r.environments.length, 0);
  const keyed = rs.filter((r) => r.deployKeyCount > 0).length;
  const withinBudget = async (part: GapPart, rest: number): Promise<boolean> => {
    const shortfall = await budgetShortfall(client, { rest });
    if (!shortfall) return true;
    logger.warning(`${part}: ${shortfall}`);
    coverage.add(gaps.organization(options.org, part), shortfall);
    return false;
  };
  if (await withinBudget('deploy-keys', keyed)) snapshot.deployKeys = await collectDeployKeys(ctx, rs);
  snapshot.secrets = orgSecrets;
  if (await withinBudget('repository-secrets', 2 * rs.length + environments)) {
    snapshot.secrets = [...orgSecrets, ...(await collectRepoSecrets(ctx, rs))];
  }
  snapshot.invitations = orgInvitations;
  if (await withinBudget('repository-invitations', rs.length)) {
    const names = rs.map((r) => r.nameWithOwner);
    snapshot.invitations = [...orgInvitations, ...(await collectRepoInvitations(ctx, names))];
  }
  logger.info(
    `${snapshot.deployKeys.length} deploy keys, ${snapshot.secrets.length} secrets, ${snapshot.invitations.length} invitations`,
  );

  const activityFrom = new Date(options.now.getTime() - options.activityWindowDays * DAY);
  snapshot.activityWindow = { from: activityFrom.toISOString(), to: options.now.toISOString() };
  const resolution = options.activityResolutionDays ?? 30;
  const windows = Math.ceil(options.activityWindowDays / resolution);
  // Outside collaborators are not in `membersWithRole`: their dates are read one by one (Q5b).
  const outsideCollaborators = snapshot.people
    .filter((p) => p.outsideCollaborator && !p.bot)
    .map((p) => p.login);
  const activityShortfall = await budgetShortfall(client, {
    graphql:
      Math.ceil((windows * members.members.length) / 25) +
      outsideCollaborators.length * Math.ceil(options.activityWindowDays / 365),
  });
  if (activityShortfall || !members.organizationId) {
    coverage.add(
      gaps.organization(options.org, 'contributions'),
      activityShortfall ?? 'organization id unavailable (members could not be read)',
    );
  } else {
    snapshot.contributions = await collectOrgActivity(ctx, {
      organizationId: members.organizationId,
      now: options.now,
      windowDays: options.activityWindowDays,
      resolutionDays: resolution,
      ...(options.activityThresholds ? { thresholds: options.activityThresholds } : {}),
      judgedRepositories: new Set(
        snapshot.grants
          .filter((grant) => permissionAtLeast(grant.permission, 'write'))
          .map((grant) => `${grant.login}\u0000${grant.repo}`),
      ),
      exactLogins: outsideCollaborators,
    });
  }

  snapshot.coverage = coverage.gaps;
  logger.info(
    `end: ${describeRateLimits(await readRateLimits(client))}; ${coverage.gaps.length} coverage gaps`,
  );
  return snapshot;
}
