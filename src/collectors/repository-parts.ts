// The per-repository REST lists, the irreducible part of an audit's reads: deploy keys,
// repository secrets (Actions, Dependabot, environments) and repository invitations. Each part
// reads as many repositories as the budget allows above the reserve, never-read and least
// recently read first, then the riskiest; the rest are named gaps the next run starts with.
// Parts most useful to the audit rules come first, so invitations (which only offboarding uses)
// give way. With the audit log read, a list no event touched since its last read comes from the
// state's copy (delta-plan.ts), and invitations are read only where the log shows one.
import { RestBudget } from '../github/budget.js';
import type { AuditEvent, DeployKey, Grant, Invitation, PartFreshness, Repository, Secret } from '../model.js';
import { lastReadOf, partFreshness, type ReadRecord, type RepositoryPart } from '../coverage/read-record.js';
import type { CollectContext } from './context.js';
import { collectDeployKeys } from './collect-deploy-keys.js';
import { collectRepoInvitations } from './collect-invitations.js';
import { collectRepoSecrets } from './collect-secrets.js';
import {
  deployKeysLookStale,
  invitationCandidates,
  invitationLifetimeStart,
  latestChanges,
  reusableRepositories,
  type DeployKeyThresholds,
} from './delta-plan.js';
import { readWithinBudget } from './partial-read.js';
import { readingOrder, riskOf } from './read-plan.js';

export interface RepositoryPartsOptions {
  repositories: readonly Repository[];
  grants: readonly Grant[];
  now: Date;
  /** Where the audit log's window starts: a read older than that cannot be checked against it. */
  auditFrom: Date;
  /** The audit window's events, or null when the log could not be read (then every list is read). */
  auditEvents: readonly AuditEvent[] | null;
  /** REST requests kept back for reporting and the state write. */
  restReserve: number;
  /** When each repository's parts were last read (the reading order and the deltas). */
  previousReads?: ReadRecord;
  /** The policy's stale-deploy-key thresholds (see deployKeysLookStale). */
  deployKeyThresholds?: DeployKeyThresholds;
}

export interface RepositoryParts {
  deployKeys: DeployKey[];
  /** Repository and environment secrets (the organization's are read elsewhere). */
  secrets: Secret[];
  /** Repository invitations (the organization's are read elsewhere). */
  invitations: Invitation[];
  /** Per part, in reading order. */
  freshness: PartFreshness[];
  /** Which repositories each part read in this run (for the state's record). */
  partsRead: Record<string, string[]>;
}

interface PartOptions {
  cleared?: PartFreshness['clearedByAuditLog'];
  /** A stored copy (the part's lists, as stored) that may stand for the list but not for a verdict on it: read it again. */
  revalidate?: (stored: readonly unknown[][]) => boolean;
}

/** The lists one repository's part is made of (an environment's secrets are a list of their own). */
function listsOf(part: RepositoryPart, repository: Repository): [string, Record<string, unknown>][] {
  if (part === 'deploy-keys') return [['GET /repos/{owner}/{repo}/keys', {}]];
  if (part === 'invitations') return [['GET /repos/{owner}/{repo}/invitations', {}]];
  return [
    ['GET /repos/{owner}/{repo}/actions/secrets', {}],
    ['GET /repos/{owner}/{repo}/dependabot/secrets', {}],
    ...repository.environments.map((environment): [string, Record<string, unknown>] => [
      'GET /repos/{owner}/{repo}/environments/{environment_name}/secrets',
      { environment_name: environment },
    ]),
  ];
}

export async function collectRepositoryParts(
  ctx: CollectContext,
  options: RepositoryPartsOptions,
): Promise<RepositoryParts> {
  const { client } = ctx;
  const rs = options.repositories;
  const risk = riskOf(rs, options.grants);
  const budget = await RestBudget.open(client, options.restReserve);
  const freshness: PartFreshness[] = [];
  const partsRead: Record<string, string[]> = {};
  const changes = options.auditEvents ? latestChanges(options.auditEvents) : null;
  if (!changes && options.previousReads) {
    ctx.logger.warning('audit log unreadable: every per-repository list is read again (conditionally)');
  }
  const fromState: CollectContext = { ...ctx, fromState: true };
  const cached = (repository: Repository, route: string, params: Record<string, unknown>) => {
    const [owner, repo] = repository.nameWithOwner.split('/');
    return client.cachedList?.(route, { per_page: 100, owner, repo, ...params }) ?? null;
  };
  // Only what the state really holds can stand in for a read: every list of that part.
  const stored = (part: RepositoryPart, repository: Repository): unknown[][] | null => {
    const lists = listsOf(part, repository).map(([route, params]) => cached(repository, route, params));
    return lists.every((list): list is unknown[] => list !== null) ? lists : null;
  };

  const readPart = async <T>(
    part: RepositoryPart,
    repositories: readonly Repository[],
    estimate: (repository: Repository) => number,
    read: (repository: Repository, readCtx: CollectContext) => Promise<T[]>,
    partOptions: PartOptions = {},
  ): Promise<T[]> => {
    const lastRead = lastReadOf(options.previousReads, part);
    const reusable = changes
      ? reusableRepositories(part, repositories, lastRead, changes, {
          now: options.now,
          auditFrom: options.auditFrom.toISOString(),
        })
      : new Set<string>();
    for (const repository of repositories) {
      if (!reusable.has(repository.nameWithOwner)) continue;
      const copy = stored(part, repository);
      if (!copy || partOptions.revalidate?.(copy)) reusable.delete(repository.nameWithOwner);
    }
    const kept: T[] = [];
    for (const repository of repositories.filter((r) => reusable.has(r.nameWithOwner))) {
      kept.push(...(await read(repository, fromState)));
    }
    const ordered = readingOrder(
      repositories.filter((r) => !reusable.has(r.nameWithOwner)),
      lastRead,
      risk,
    );
    const result = await readWithinBudget(ctx, part, ordered, budget, estimate, (r) => read(r, ctx));
    freshness.push({
      ...partFreshness(part, result.read, result.deferred, lastRead, [...reusable]),
      ...(partOptions.cleared ? { clearedByAuditLog: partOptions.cleared } : {}),
    });
    partsRead[part] = result.read;
    return [...kept, ...result.items];
  };

  const deployKeys = await readPart(
    'deploy-keys',
    rs.filter((r) => r.deployKeyCount > 0),
    () => 1,
    (repository, readCtx) => collectDeployKeys(readCtx, [repository]),
    {
      revalidate: ([keys]) => deployKeysLookStale(keys ?? [], options.now, options.deployKeyThresholds),
    },
  );
  const secrets = await readPart(
    'secrets',
    rs,
    (repository) => 2 + repository.environments.length,
    (repository, readCtx) => collectRepoSecrets(readCtx, [repository]),
  );
  // Pending invitations are only where the audit log shows one made in their lifetime.
  const invited =
    changes && options.auditEvents
      ? invitationCandidates(rs, changes, options.auditEvents, {
          now: options.now,
          auditFrom: options.auditFrom.toISOString(),
        })
      : null;
  const invitations = await readPart(
    'invitations',
    invited ? rs.filter((r) => invited.has(r.nameWithOwner)) : rs,
    () => 1,
    (repository, readCtx) => collectRepoInvitations(readCtx, [repository.nameWithOwner]),
    invited
      ? {
          cleared: {
            since: invitationLifetimeStart(options.now).toISOString(),
            repositories: rs.length - invited.size,
          },
        }
      : {},
  );
  return { deployKeys, secrets, invitations, freshness, partsRead };
}
