// Who contributed where, and when. Organization scans use presence per repository in short
// windows (Q5a: about one point per 25 members per window), so a presence-derived contribution's
// `lastAt` is the end of the newest window that shows it: the true date lies somewhere in that
// window. Named people get exact dates (Q5b), which costs more per person but they are few.
//
// The approximation must never decide a rule's outcome. A rule compares a date D with `now − T`
// (T = a policy threshold such as `stale-member.inactive-days`); with D somewhere in [from, to]
// of its window, the comparison is only certain when `now − T` is outside (from, to]. So after
// the presence pass we fetch exact dates (Q5b) for exactly the people whose outcome could flip:
// members with a contribution in a window that straddles a threshold, and outside collaborators
// (they are not in `membersWithRole`, so presence never sees them). A member with no presence in
// any window is certain already (no contribution in the window) and costs nothing more.
import { mapWithConcurrency } from '../github/concurrency.js';
import type { Contribution, ContributionKind } from '../model.js';
import { gaps } from '../coverage/gap-scope.js';
import { describeFailure, HINTS } from './coverage.js';
import type { CollectContext, PageInfo } from './context.js';
import { isBot } from './people.js';
import { graphqlReason, readErrors, readGraphql, type GraphqlResult } from './graphql-read.js';
import { ACTIVITY_DATES_QUERY, ACTIVITY_PRESENCE_QUERY } from './queries/activity.js';
import { DAY_MS } from '../rules/time.js';

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


/** Newest first; each window at most `days` long (GitHub rejects spans over one year). */
export function activityWindows(now: Date, windowDays: number, resolutionDays: number): ActivityWindow[] {
  const span = Math.min(Math.max(1, resolutionDays), 365) * DAY_MS;
  const start = now.getTime() - windowDays * DAY_MS;
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
  /**
   * Policy thresholds in days. `person` (e.g. `stale-member.inactive-days`) is judged on a
   * member's latest contribution anywhere; `repository` (e.g. `unused-write-access.window-days`)
   * on their latest contribution to each repository in `judgedRepositories`. A member gets exact
   * dates only when such a latest date's window straddles `now − T`.
   */
  thresholds?: ActivityThresholds;
  /** `login\u0000owner/repo` pairs whose per-repository activity a rule judges (write grants). */
  judgedRepositories?: ReadonlySet<string>;
  /** People always read with exact dates (outside collaborators: presence cannot see them). */
  exactLogins?: string[];
  /** How many people's exact dates are read at once (default 4). */
  exactConcurrency?: number;
}

export interface ActivityThresholds {
  person: number[];
  repository: number[];
}

/** True when a date known only to lie in [from, to] may fall on either side of `now − T` for some T. */
export function straddlesThreshold(window: ActivityWindow, now: Date, thresholdsDays: readonly number[]): boolean {
  return thresholdsDays.some((days) => {
    const cut = now.getTime() - days * DAY_MS;
    return window.from.getTime() < cut && cut <= window.to.getTime();
  });
}

export async function collectOrgActivity(
  ctx: CollectContext,
  options: OrgActivityOptions,
): Promise<Contribution[]> {
  const ledger = new ContributionLedger();
  const resource = gaps.organization(ctx.org, 'contributions');
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

  // Exact dates where the presence windows could decide an outcome (see the header comment).
  const valid = (days: number[] | undefined) => (days ?? []).filter((t) => Number.isFinite(t) && t > 0);
  const personThresholds = valid(options.thresholds?.person);
  const repositoryThresholds = valid(options.thresholds?.repository);
  const windowByEnd = new Map(windows.map((w) => [w.to.toISOString(), w]));
  const approximate = ledger.contributions;
  // Only the latest date a rule looks at can decide it: a member's newest contribution overall,
  // and their newest one to each repository whose write access is judged.
  const latestOverall = new Map<string, string>();
  const latestPerRepository = new Map<string, string>();
  for (const c of approximate) {
    if ((latestOverall.get(c.login) ?? '') < c.lastAt) latestOverall.set(c.login, c.lastAt);
    const pair = `${c.login}\u0000${c.repo}`;
    if (options.judgedRepositories?.has(pair) && (latestPerRepository.get(pair) ?? '') < c.lastAt) {
      latestPerRepository.set(pair, c.lastAt);
    }
  }
  const straddles = (lastAt: string, thresholds: number[]) => {
    const window = windowByEnd.get(lastAt);
    return window !== undefined && thresholds.length > 0 && straddlesThreshold(window, options.now, thresholds);
  };
  const nearThreshold = new Set<string>();
  for (const [login, lastAt] of latestOverall) {
    if (!isBot(login) && straddles(lastAt, personThresholds)) nearThreshold.add(login);
  }
  for (const [pair, lastAt] of latestPerRepository) {
    const login = pair.slice(0, pair.indexOf('\u0000'));
    if (!isBot(login) && straddles(lastAt, repositoryThresholds)) nearThreshold.add(login);
  }
  const outside = [...new Set(options.exactLogins ?? [])].filter((l) => !isBot(l) && !nearThreshold.has(l));
  const exactLogins = [...nearThreshold, ...outside];
  const members = new Set(approximate.map((c) => c.login)).size;
  ctx.logger.info(
    `activity: exact dates for ${exactLogins.length} people (${nearThreshold.size} of ${members} active members near a threshold, ${outside.length} outside collaborators)`,
  );
  if (exactLogins.length === 0) return approximate;

  const dates = { organizationId: options.organizationId, now: options.now, windowDays: options.windowDays };
  const exact = await mapWithConcurrency(exactLogins, options.exactConcurrency ?? 4, (login) =>
    readPersonActivity(ctx, login, dates),
  );
  const replaced = new Set(exactLogins.filter((_, i) => exact[i].complete));
  const merged = new ContributionLedger();
  // Complete exact results are authoritative for their person. After a failure (already a
  // coverage gap) the presence dates stay, as before, with whatever exact dates were read.
  for (const c of approximate) if (!replaced.has(c.login)) merged.note(c.login, c.repo, c.kind, c.lastAt);
  for (const result of exact) for (const c of result.contributions) merged.note(c.login, c.repo, c.kind, c.lastAt);
  return merged.contributions;
}

/** One person's exact latest dates (Q5b), one query per window of a year at most. */
async function readPersonActivity(
  ctx: CollectContext,
  login: string,
  options: { organizationId: string; now: Date; windowDays: number },
): Promise<{ contributions: Contribution[]; complete: boolean }> {
  const ledger = new ContributionLedger();
  const resource = gaps.organization(ctx.org, 'contributions', login);
  let complete = true;
  for (const window of activityWindows(options.now, options.windowDays, 365)) {
    type Page = { user: { login: string; contributionsCollection: Collection } | null };
    const page = await ctx.coverage.read(resource, HINTS.members, () =>
      readGraphql<Page>(ctx.client, ACTIVITY_DATES_QUERY, {
        login,
        orgId: options.organizationId,
        from: window.from.toISOString(),
        to: window.to.toISOString(),
      }),
    );
    if (!page) complete = false;
    const error = readErrors(page?.errors ?? [])[0];
    if (error) {
      ctx.coverage.add(resource, graphqlReason(error));
      complete = false;
    }
    const collection = page?.data?.user?.contributionsCollection;
    if (collection) ledger.noteCollection(login, collection, window.to.toISOString());
  }
  return { contributions: ledger.contributions, complete };
}

/** Exact latest dates for a few people, one query per person and window (a year at most each). */
export async function collectPeopleActivity(
  ctx: CollectContext,
  logins: string[],
  options: { organizationId: string; now: Date; windowDays: number },
): Promise<Contribution[]> {
  const contributions: Contribution[] = [];
  for (const login of new Set(logins)) contributions.push(...(await readPersonActivity(ctx, login, options)).contributions);
  return contributions;
}
