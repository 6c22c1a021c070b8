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
import { ACTIVITY_DATES_QUERY, ACTIVITY_PRESENCE_QUERY, activityDatesBatchQuery } from './queries/activity.js';
import { DAY_MS } from '../rules/time.js';
import {
  carriedContributions,
  needsFullRead,
  unusableRecord,
  type ActivityRecord,
  type PersonActivity,
  type StoredContribution,
} from './activity-record.js';

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

/**
 * Keeps the latest date per (login, repository, kind), and for a date known only to lie in a
 * presence window the window's start (`lowerBound`), so a threshold check knows its uncertainty.
 */
export class ContributionLedger {
  private readonly latest = new Map<string, Contribution>();
  private readonly from = new Map<string, string>();

  note(login: string, repo: string, kind: ContributionKind, at: string, from?: string): void {
    const key = `${login}\u0000${repo}\u0000${kind}`;
    const known = this.latest.get(key);
    // At the same instant an exact date is worth more than a window's end.
    const better = !known || known.lastAt < at || (known.lastAt === at && from === undefined);
    if (!better) return;
    this.latest.set(key, { login, repo, kind, lastAt: at });
    if (from === undefined) this.from.delete(key);
    else this.from.set(key, from);
  }

  noteCollection(login: string, collection: Collection, window: { from: string; to: string }): void {
    for (const [field, kind] of Object.entries(KIND_BY_FIELD)) {
      for (const entry of collection[field] ?? []) {
        if (!entry.repository) continue;
        const exact = entry.contributions?.nodes?.[0]?.occurredAt;
        if (exact) this.note(login, entry.repository.nameWithOwner, kind, exact);
        else this.note(login, entry.repository.nameWithOwner, kind, window.to, window.from);
      }
    }
  }

  /** The start of the window a contribution's date lies in, or undefined when it is exact. */
  lowerBound(c: Contribution): string | undefined {
    return this.from.get(`${c.login}\u0000${c.repo}\u0000${c.kind}`);
  }

  get contributions(): Contribution[] {
    return [...this.latest.values()];
  }

  /** Each person's contributions as the state stores them. */
  stored(): Map<string, StoredContribution[]> {
    const byLogin = new Map<string, StoredContribution[]>();
    for (const c of this.latest.values()) {
      const from = this.lowerBound(c);
      const entry: StoredContribution = from === undefined ? [c.repo, c.kind, c.lastAt] : [c.repo, c.kind, c.lastAt, from];
      const list = byLogin.get(c.login);
      if (list) list.push(entry);
      else byLogin.set(c.login, [entry]);
    }
    return byLogin;
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
  /** The state's record of the last complete read: tonight reads only the span since. */
  previous?: ActivityRecord;
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

export interface OrgActivity {
  contributions: Contribution[];
  /** What the state keeps for the next night; null when this read was not complete. */
  record: ActivityRecord | null;
  /** How tonight's activity was read, for the report's freshness. */
  basis: ActivityBasis;
}

export interface ActivityBasis {
  /** `delta`: members with a stored record were asked only about the span since it. */
  kind: 'full' | 'delta';
  /** Why a full read (no usable record), when `kind` is `full`. */
  reason?: string;
  /** The stored read the delta starts from. */
  since?: string;
  /** Members whose dates combine the stored read with the delta. */
  fromState: number;
  /** Members read over the whole window tonight (new, re-validated, or no delta). */
  readInFull: number;
}

/** A day's activity is small: the delta window takes a full page of members per query. */
const DELTA_MEMBERS_PER_QUERY = 100;

export async function collectOrgActivity(
  ctx: CollectContext,
  options: OrgActivityOptions,
): Promise<OrgActivity> {
  const ledger = new ContributionLedger();
  const resource = gaps.organization(ctx.org, 'contributions');
  const windowFrom = new Date(options.now.getTime() - options.windowDays * DAY_MS);
  const unusable = unusableRecord(options.previous, options.now, windowFrom);
  const previous = unusable ? null : options.previous ?? null;
  const windows = previous
    ? [{ from: new Date(previous.at), to: options.now }]
    : activityWindows(options.now, options.windowDays, options.resolutionDays ?? 30);
  const perQuery = previous ? DELTA_MEMBERS_PER_QUERY : (options.membersPerQuery ?? 25);
  // Every member the presence pass listed, active or not: the people the record is about.
  const members = new Set<string>();
  let complete = true;
  await mapWithConcurrency(windows, 4, async (window) => {
    const bounds = { from: window.from.toISOString(), to: window.to.toISOString() };
    let after: string | null = null;
    for (;;) {
      let page: GraphqlResult<PresencePage>;
      try {
        page = await readGraphql<PresencePage>(ctx.client, ACTIVITY_PRESENCE_QUERY, {
          org: ctx.org,
          orgId: options.organizationId,
          ...bounds,
          first: perQuery,
          after,
        });
      } catch (error) {
        ctx.coverage.add(resource, describeFailure(error, HINTS.members));
        complete = false;
        return;
      }
      if (page.errors[0]) {
        ctx.coverage.add(resource, graphqlReason(page.errors[0]));
        complete = false;
      }
      const connection: NonNullable<PresencePage['organization']>['membersWithRole'] | undefined =
        page.data?.organization?.membersWithRole;
      if (!connection) {
        complete = false;
        return;
      }
      for (const member of connection.nodes) {
        if (!member) continue;
        members.add(member.login);
        if (member.contributionsCollection) ledger.noteCollection(member.login, member.contributionsCollection, bounds);
      }
      if (!connection.pageInfo.hasNextPage) return;
      after = connection.pageInfo.endCursor;
    }
  });

  // With a record: the stored dates still hold where the delta shows nothing newer (the ledger
  // keeps the later of the two); who has none, a stale one or is in tonight's share is read in full.
  const readInFull = new Set<string>();
  let combined = 0;
  if (previous) {
    for (const login of members) {
      const person = Object.hasOwn(previous.people, login) ? previous.people[login] : undefined;
      const carried = person && !needsFullRead(person, login, options.now) ? carriedContributions(person, windowFrom) : null;
      if (!carried || carried.uncertain) {
        if (!isBot(login)) readInFull.add(login);
        continue;
      }
      combined += 1;
      for (const [repo, kind, lastAt, from] of carried.contributions) ledger.note(login, repo, kind, lastAt, from);
    }
  }

  // Exact dates where the presence windows could decide an outcome (see the header comment).
  const valid = (days: number[] | undefined) => (days ?? []).filter((t) => Number.isFinite(t) && t > 0);
  const personThresholds = valid(options.thresholds?.person);
  const repositoryThresholds = valid(options.thresholds?.repository);
  const approximate = ledger.contributions;
  // Only the latest date a rule looks at can decide it: a member's newest contribution overall,
  // and their newest one to each repository whose write access is judged.
  const latestOverall = new Map<string, Contribution>();
  const latestPerRepository = new Map<string, Contribution>();
  for (const c of approximate) {
    if ((latestOverall.get(c.login)?.lastAt ?? '') < c.lastAt) latestOverall.set(c.login, c);
    const pair = `${c.login}\u0000${c.repo}`;
    if (options.judgedRepositories?.has(pair) && (latestPerRepository.get(pair)?.lastAt ?? '') < c.lastAt) {
      latestPerRepository.set(pair, c);
    }
  }
  const straddles = (c: Contribution, thresholds: number[]) => {
    const from = ledger.lowerBound(c);
    return (
      from !== undefined &&
      thresholds.length > 0 &&
      straddlesThreshold({ from: new Date(from), to: new Date(c.lastAt) }, options.now, thresholds)
    );
  };
  const nearThreshold = new Set<string>();
  for (const [login, c] of latestOverall) {
    if (!isBot(login) && !readInFull.has(login) && straddles(c, personThresholds)) nearThreshold.add(login);
  }
  for (const [pair, c] of latestPerRepository) {
    const login = pair.slice(0, pair.indexOf('\u0000'));
    if (!isBot(login) && !readInFull.has(login) && straddles(c, repositoryThresholds)) nearThreshold.add(login);
  }
  const outside = [...new Set(options.exactLogins ?? [])].filter(
    (l) => !isBot(l) && !nearThreshold.has(l) && !readInFull.has(l),
  );
  const exactLogins = [...readInFull, ...nearThreshold, ...outside];
  const active = new Set(approximate.map((c) => c.login)).size;
  ctx.logger.info(
    `activity: ${previous ? `delta since ${previous.at} (${combined} members from the stored read, ${readInFull.size} read in full)` : `full read (${unusable})`}; ` +
      `exact dates for ${exactLogins.length} people (${nearThreshold.size} of ${active} active members near a threshold, ${outside.length} outside collaborators)`,
  );
  const basis: ActivityBasis = previous
    ? { kind: 'delta', since: previous.at, fromState: combined, readInFull: readInFull.size }
    : { kind: 'full', ...(unusable ? { reason: unusable } : {}), fromState: 0, readInFull: members.size };

  const dates = { organizationId: options.organizationId, now: options.now, windowDays: options.windowDays };
  const exact = await readPeopleActivity(ctx, exactLogins, dates, options.exactConcurrency ?? 4);
  const replaced = new Set(exactLogins.filter((_, i) => exact[i].complete));
  if (replaced.size < exactLogins.length) complete = false;
  const merged = new ContributionLedger();
  // Complete exact results are authoritative for their person. After a failure (already a
  // coverage gap) the presence dates stay, as before, with whatever exact dates were read.
  for (const c of approximate) {
    if (!replaced.has(c.login)) merged.note(c.login, c.repo, c.kind, c.lastAt, ledger.lowerBound(c));
  }
  for (const result of exact) for (const c of result.contributions) merged.note(c.login, c.repo, c.kind, c.lastAt);
  return {
    contributions: merged.contributions,
    record: complete ? nextRecord(merged, members, previous, readInFull, options.now, windowFrom) : null,
    basis,
  };
}

/** The state's record after tonight: every member listed, stamped when last read in full. */
function nextRecord(
  ledger: ContributionLedger,
  members: ReadonlySet<string>,
  previous: ActivityRecord | null,
  readInFull: ReadonlySet<string>,
  now: Date,
  windowFrom: Date,
): ActivityRecord {
  const stored = ledger.stored();
  const people: Record<string, PersonActivity> = {};
  const at = now.toISOString();
  for (const login of members) {
    const before = previous && Object.hasOwn(previous.people, login) ? previous.people[login] : undefined;
    const v = !previous || readInFull.has(login) || !before ? at : before.v;
    people[login] = { v, c: stored.get(login) ?? [] };
  }
  return { at, from: windowFrom.toISOString(), people };
}

/** People whose exact dates one query reads (aliases): a tenth of the requests, same answers. */
export const PEOPLE_PER_EXACT_QUERY = 10;

/** Several people's exact latest dates (Q5b), in the order of `logins`. */
async function readPeopleActivity(
  ctx: CollectContext,
  logins: readonly string[],
  options: { organizationId: string; now: Date; windowDays: number },
  concurrency: number,
): Promise<{ contributions: Contribution[]; complete: boolean }[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < logins.length; i += PEOPLE_PER_EXACT_QUERY) chunks.push(logins.slice(i, i + PEOPLE_PER_EXACT_QUERY));
  const results = await mapWithConcurrency(chunks, concurrency, async (chunk) => {
    const ledgers = chunk.map(() => new ContributionLedger());
    const complete = chunk.map(() => true);
    const fail = (i: number, reason: string) => {
      ctx.coverage.add(gaps.organization(ctx.org, 'contributions', chunk[i]), reason);
      complete[i] = false;
    };
    const query = activityDatesBatchQuery(chunk.length);
    for (const window of activityWindows(options.now, options.windowDays, 365)) {
      const bounds = { from: window.from.toISOString(), to: window.to.toISOString() };
      type Page = Record<string, { login: string; contributionsCollection: Collection } | null>;
      let page: GraphqlResult<Page>;
      try {
        page = await readGraphql<Page>(ctx.client, query, {
          orgId: options.organizationId,
          ...bounds,
          ...Object.fromEntries(chunk.map((login, i) => [`l${i}`, login])),
        });
      } catch (error) {
        chunk.forEach((_, i) => fail(i, describeFailure(error, HINTS.members)));
        continue;
      }
      for (const error of page.errors) {
        const alias = /^u(\d+)$/.exec(String(error.path[0] ?? ''));
        // A deleted account is NOT_FOUND at its alias: nothing to read, not a gap (as for one person).
        if (alias && error.type === 'NOT_FOUND' && error.path.length === 1) continue;
        if (alias) fail(Number(alias[1]), graphqlReason(error));
        else chunk.forEach((_, i) => fail(i, graphqlReason(error)));
      }
      chunk.forEach((login, i) => {
        const collection = page.data?.[`u${i}`]?.contributionsCollection;
        if (collection) ledgers[i].noteCollection(login, collection, bounds);
      });
    }
    return chunk.map((_, i) => ({ contributions: ledgers[i].contributions, complete: complete[i] }));
  });
  return results.flat();
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
    if (collection) ledger.noteCollection(login, collection, { from: window.from.toISOString(), to: window.to.toISOString() });
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
