// Who contributed where, and when. Organization scans use presence per repository in short
// windows (Q5a: about one point per 25 members per window), so a contribution's `lastAt` is the
// end of the newest window that shows it — at most `resolutionDays` later than the truth, which
// can only make someone look more recent, never stale by mistake. Named people get exact dates
// (Q5b), which costs more per person but they are few.
import { mapWithConcurrency } from '../github/concurrency.js';
import type { Contribution, ContributionKind } from '../model.js';
import { resourceId } from '../resource-id.js';
import { describeFailure, HINTS } from './coverage.js';
import type { CollectContext, PageInfo } from './context.js';
import { graphqlReason, readErrors, readGraphql, type GraphqlResult } from './graphql-read.js';
import { ACTIVITY_DATES_QUERY, ACTIVITY_PRESENCE_QUERY } from './queries/activity.js';

const KIND_BY_FIELD: Record<string, ContributionKind> = {
  commitContributionsByRepository: 'commit',
  pullRequestContributionsByRepository: 'pull-request',
  issueContributionsByRepository: 'issue',
  pullRequestReviewContributionsByRepository: 'review',
};

type ByRepository = {
  repository: { nameWithOwner: string } | null;
  contributions?: { nodes: ({ occurredAt: string } | null)[] | null } | null;
}[];
type Collection = Record<string, ByRepository | null | undefined>;

export interface ActivityWindow {
  from: Date;
  to: Date;
}

const DAY = 86_400_000;

/** Newest first; each window at most `days` long (GitHub rejects spans over one year). */
export function activityWindows(now: Date, windowDays: number, resolutionDays: number): ActivityWindow[] {
  const span = Math.min(Math.max(1, resolutionDays), 365) * DAY;
  const start = now.getTime() - windowDays * DAY;
  const windows: ActivityWindow[] = [];
  for (let to = now.getTime(); to > start; to -= span) {
    windows.push({ from: new Date(Math.max(start, to - span)), to: new Date(to) });
  }
  return windows;
}

/** Keeps the latest date per (login, repository, kind). */
export class ContributionLedger {
  private readonly latest = new Map<string, Contribution>();

  note(login: string, repo: string, kind: ContributionKind, at: string): void {
    const key = `${login}\u0000${repo}\u0000${kind}`;
    const known = this.latest.get(key);
    if (!known || known.lastAt < at) this.latest.set(key, { login, repo, kind, lastAt: at });
  }

  noteCollection(login: string, collection: Collection, fallbackAt: string): void {
    for (const [field, kind] of Object.entries(KIND_BY_FIELD)) {
      for (const entry of collection[field] ?? []) {
        if (!entry.repository) continue;
        const exact = entry.contributions?.nodes?.[0]?.occurredAt;
        this.note(login, entry.repository.nameWithOwner, kind, exact ?? fallbackAt);
      }
    }
  }

  get contributions(): Contribution[] {
    return [...this.latest.values()];
  }
}

interface PresencePage {
  organization: {
    membersWithRole: {
      pageInfo: PageInfo;
      nodes: ({ login: string; contributionsCollection: Collection | null } | null)[];
    };
  } | null;
}

export interface OrgActivityOptions {
  organizationId: string;
  now: Date;
  windowDays: number;
  resolutionDays?: number;
  membersPerQuery?: number;
}

export async function collectOrgActivity(
  ctx: CollectContext,
  options: OrgActivityOptions,
): Promise<Contribution[]> {
  const ledger = new ContributionLedger();
  const resource = `${resourceId.organization(ctx.org)}/contributions`;
  const windows = activityWindows(options.now, options.windowDays, options.resolutionDays ?? 30);
  await mapWithConcurrency(windows, 4, async (window) => {
    let after: string | null = null;
    for (;;) {
      let page: GraphqlResult<PresencePage>;
      try {
        page = await readGraphql<PresencePage>(ctx.client, ACTIVITY_PRESENCE_QUERY, {
          org: ctx.org,
          orgId: options.organizationId,
          from: window.from.toISOString(),
          to: window.to.toISOString(),
          first: options.membersPerQuery ?? 25,
          after,
        });
      } catch (error) {
        ctx.coverage.add(resource, describeFailure(error, HINTS.members));
        return;
      }
      if (page.errors[0]) ctx.coverage.add(resource, graphqlReason(page.errors[0]));
      const connection: NonNullable<PresencePage['organization']>['membersWithRole'] | undefined =
        page.data?.organization?.membersWithRole;
      if (!connection) return;
      for (const member of connection.nodes) {
        if (member?.contributionsCollection) {
          ledger.noteCollection(member.login, member.contributionsCollection, window.to.toISOString());
        }
      }
      if (!connection.pageInfo.hasNextPage) return;
      after = connection.pageInfo.endCursor;
    }
  });
  return ledger.contributions;
}

/** Exact latest dates for a few people, one query per person and window (a year at most each). */
export async function collectPeopleActivity(
  ctx: CollectContext,
  logins: string[],
  options: { organizationId: string; now: Date; windowDays: number },
): Promise<Contribution[]> {
  const ledger = new ContributionLedger();
  const windows = activityWindows(options.now, options.windowDays, 365);
  for (const login of logins) {
    for (const window of windows) {
      type Page = { user: { login: string; contributionsCollection: Collection } | null };
      const page = await ctx.coverage.read(
        `${resourceId.organization(ctx.org)}/contributions/${login}`,
        HINTS.members,
        () =>
          readGraphql<Page>(ctx.client, ACTIVITY_DATES_QUERY, {
            login,
            orgId: options.organizationId,
            from: window.from.toISOString(),
            to: window.to.toISOString(),
          }),
      );
      const error = readErrors(page?.errors ?? [])[0];
      if (error)
        ctx.coverage.add(`${resourceId.organization(ctx.org)}/contributions/${login}`, graphqlReason(error));
      const collection = page?.data?.user?.contributionsCollection;
      if (collection) ledger.noteCollection(login, collection, window.to.toISOString());
    }
  }
  return ledger.contributions;
}
