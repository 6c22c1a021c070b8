// The full audit: GraphQL for everything it covers (members, teams, repositories with
// collaborators, identities, activity), REST for what only REST has, per-repository REST only
// where it is irreducible, and a budget check before each expensive phase.
import { budgetShortfall } from '../github/budget.js';
import type { GitHubClient } from '../github/types.js';
import { emptySnapshot, type RepoPermission, type Snapshot } from '../model.js';
import { gaps } from '../coverage/gap-scope.js';
import { collectOrgActivity, type ActivityThresholds } from './collect-activity.js';
import type { ActivityRecord } from './activity-record.js';
import { permissionAtLeast } from '../model.js';
import { collectAuditWindow } from './collect-audit-log.js';
import type { AuditLogRecord } from '../coverage/audit-log-record.js';
import { collectCopilotSeats } from './collect-copilot-seats.js';
import { collectExternalIdentities } from './collect-identities.js';
import { collectScimIdentities } from './collect-scim-identities.js';
import { collectOrgInvitations } from './collect-invitations.js';
import { collectMembers } from './collect-members.js';
import { collectRepositories } from './collect-repositories.js';
import { collectOrgSecrets } from './collect-secrets.js';
import { collectTeams } from './collect-teams.js';
import { collectCredentialAuthorizations, collectPatGrants } from './collect-tokens.js';
import { Coverage, HINTS } from './coverage.js';
import { quietLogger, type CollectContext, type CollectLogger } from './context.js';
import { deriveGrants } from './derive-grants.js';
import { buildPeople } from './people.js';
import { inRollingSlice, lastRunOf, tokenOwnersChangedSince, type DeployKeyThresholds } from './delta-plan.js';
import { collectRepositoryParts } from './repository-parts.js';
import type { ReadRecord } from '../coverage/read-record.js';
import { DAY_MS } from '../rules/time.js';

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
  /** The state's record of when each repository's parts were last read (the reading order). */
  previousReads?: ReadRecord;
  /** REST requests kept back from the per-repository parts for reporting and the state write. */
  restReserve?: number;
  /** The state's record of each member's activity at the last complete read (the delta's start). */
  previousActivity?: ActivityRecord;
  /** The audit log's events kept by the last run (tonight reads only since then). */
  previousAuditLog?: AuditLogRecord | null;
  /**
   * The policy's stale-deploy-key thresholds: a stored deploy-key list in which a key looks
   * stale is read again rather than judged from the copy (see deployKeysLookStale).
   */
  deployKeyThresholds?: DeployKeyThresholds;
}

/** Issues, comments, the check run and the state write of a run cost about this many requests. */
export const DEFAULT_REST_RESERVE = 200;

/** The audit log keeps web events for 180 days; asking for more only returns less. */
const AUDIT_LOG_RETENTION_DAYS = 180;

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
  // The rate limits at the start and end are logged once, by the pipeline (gather/rate-limits.ts).

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
  const auditFrom = new Date(
    options.now.getTime() - Math.min(options.activityWindowDays, AUDIT_LOG_RETENTION_DAYS) * DAY_MS,
  );
  const auditLog = await collectAuditWindow(
    ctx,
    { org: options.org, from: auditFrom, now: options.now },
    options.previousAuditLog,
  );
  const auditEvents = auditLog.record?.events ?? null;
  snapshot.auditEvents = auditEvents ?? [];
  // An unread log leaves the stored record as it was: the next run goes on from its end.
  snapshot.auditLogRecord = auditLog.record ?? options.previousAuditLog ?? null;
  const orgInvitations = await collectOrgInvitations(ctx);
  // A subset grant's repository list changes with a `personal_access_token.*` event about its
  // owner; without one since the last run it comes from the state's copy, except tonight's
  // rolling share. Without the audit log (or a last run within its reach) every list is read.
  const lastRun = lastRunOf(options.previousReads);
  const tokenOwners =
    auditEvents && lastRun && lastRun >= auditFrom.toISOString() ? tokenOwnersChangedSince(auditEvents, lastRun) : null;
  snapshot.patGrants = await collectPatGrants(
    ctx,
    undefined,
    tokenOwners
      ? (grant) => !tokenOwners.has(grant.owner.toLowerCase()) && !inRollingSlice(`pat:${grant.id}`, options.now)
      : undefined,
  );
  snapshot.credentialAuthorizations = await collectCredentialAuthorizations(ctx);
  snapshot.copilotSeats = await collectCopilotSeats(ctx);
  const orgSecrets = await collectOrgSecrets(ctx);

  // Per-repository REST: the irreducible part of the plan (repository-parts.ts).
  const parts = await collectRepositoryParts(ctx, {
    repositories: snapshot.repositories,
    grants: snapshot.grants,
    now: options.now,
    auditFrom,
    auditEvents,
    restReserve: options.restReserve ?? DEFAULT_REST_RESERVE,
    ...(options.previousReads ? { previousReads: options.previousReads } : {}),
    ...(options.deployKeyThresholds ? { deployKeyThresholds: options.deployKeyThresholds } : {}),
  });
  snapshot.freshness = [...(auditLog.freshness ? [auditLog.freshness] : []), ...parts.freshness];
  snapshot.partsRead = parts.partsRead;
  snapshot.deployKeys = parts.deployKeys;
  snapshot.secrets = [...orgSecrets, ...parts.secrets];
  snapshot.invitations = [...orgInvitations, ...parts.invitations];
  logger.info(
    `${snapshot.deployKeys.length} deploy keys, ${snapshot.secrets.length} secrets, ${snapshot.invitations.length} invitations`,
  );

  const activityFrom = new Date(options.now.getTime() - options.activityWindowDays * DAY_MS);
  snapshot.activityWindow = { from: activityFrom.toISOString(), to: options.now.toISOString() };
  const resolution = options.activityResolutionDays ?? 30;
  const windows = Math.ceil(options.activityWindowDays / resolution);
  // Outside collaborators are not in `membersWithRole`: their dates are read one by one (Q5b).
  const outsideCollaborators = snapshot.people
    .filter((p) => p.outsideCollaborator && !p.bot)
    .map((p) => p.login);
  // With a stored record the presence read is one window, 100 members a query (collect-activity.ts).
  const presenceQueries = options.previousActivity
    ? Math.ceil(members.members.length / 100)
    : Math.ceil((windows * members.members.length) / 25);
  const activityShortfall = await budgetShortfall(client, {
    graphql: presenceQueries + outsideCollaborators.length * Math.ceil(options.activityWindowDays / 365),
  });
  snapshot.activityRecord = null;
  if (activityShortfall || !members.organizationId) {
    coverage.add(
      gaps.organization(options.org, 'contributions'),
      activityShortfall ?? 'organization id unavailable (members could not be read)',
    );
  } else {
    const activity = await collectOrgActivity(ctx, {
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
      ...(options.previousActivity ? { previous: options.previousActivity } : {}),
    });
    snapshot.contributions = activity.contributions;
    snapshot.activityRecord = activity.record;
    if (activity.basis.kind === 'delta' && activity.basis.since) {
      // As the per-repository parts say it: how many people were read tonight, how many combine
      // the stored read with the span since (counted in people, not repositories).
      snapshot.freshness.push({
        part: 'activity',
        readThisRun: activity.basis.readInFull,
        deferred: [],
        fromState: [{ lastReadAt: activity.basis.since, repositories: activity.basis.fromState }],
      });
    }
  }

  snapshot.coverage = coverage.gaps;
  logger.info(`end: ${coverage.gaps.length} coverage gaps`);
  return snapshot;
}
