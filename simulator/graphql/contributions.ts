// `User.contributionsCollection`: the scenario's contributions for one person inside a window
// of at most one year, grouped by repository as GitHub's `…ByRepository` lists are.
// Not simulated (null where nullable): contributionCalendar, first*/popular* contributions,
// mostRecentCollectionWith(out)Activity, joinedGitHubContribution, restricted-date fields, and
// the PullRequest/Issue objects behind PR/issue/review contributions (occurredAt is served).

import { indexBy } from '../indexes.js';
import type { SimContribution } from '../state.js';
import { connection, type PageArgs } from './connection.js';
import { githubError, type GraphqlContext } from './context.js';

type Kind = SimContribution['kind'];
type NodeFactory = (ctx: GraphqlContext, repoName: string) => unknown;

export interface ContributionArgs {
  from?: string | null;
  to?: string | null;
  organizationID?: string | null;
}

function addYear(ms: number, years: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}

const TYPE_NAMES: Record<Kind, string> = {
  commit: 'CreatedCommitContribution',
  'pull-request': 'CreatedPullRequestContribution',
  review: 'CreatedPullRequestReviewContribution',
  issue: 'CreatedIssueContribution',
};

export function contributionsCollection(
  ctx: GraphqlContext,
  login: string,
  args: ContributionArgs,
  repoNode: NodeFactory,
  userNode: () => unknown,
) {
  const now = Date.parse(ctx.org.now);
  const fromArg = args.from ? Date.parse(args.from) : undefined;
  const toArg = args.to ? Date.parse(args.to) : undefined;
  // GitHub: `to` defaults to now (or a year after `from`), `from` to a year before `to`.
  const to = toArg ?? (fromArg !== undefined ? Math.min(now, addYear(fromArg, 1)) : now);
  const from = fromArg ?? addYear(to, -1);
  if (to > addYear(from, 1)) {
    throw githubError(
      'INVALID_ARGUMENTS',
      "The total time spanned by 'from' and 'to' must not exceed 1 year",
    );
  }
  const inOrg = !args.organizationID || args.organizationID === ctx.org.node_id;
  const lower = login.toLowerCase();
  // Everything this person contributed (the index, not a scan of the whole organization's list).
  const theirs = (indexBy(ctx.org.contributions, 'login', (c) => c.login.toLowerCase()).get(lower) ?? []).filter(
    (c) => c.login.toLowerCase() === lower,
  );
  const mine = inOrg
    ? theirs.filter((c) => Date.parse(c.occurred_at) >= from && Date.parse(c.occurred_at) <= to)
    : [];
  const ofKind = (kind: Kind) => mine.filter((c) => c.kind === kind);
  const total = (kind: Kind) => ofKind(kind).reduce((n, c) => n + (kind === 'commit' ? c.count : 1), 0);
  const repoCount = (kind: Kind) => new Set(ofKind(kind).map((c) => c.repo)).size;

  const contributionNode = (c: SimContribution) => ({
    __typename: TYPE_NAMES[c.kind],
    occurredAt: c.occurred_at,
    commitCount: c.count,
    isRestricted: false,
    repository: () => repoNode(ctx, c.repo),
    user: userNode,
    url: `https://github.com/${ctx.org.login}/${c.repo}`,
    resourcePath: `/${ctx.org.login}/${c.repo}`,
  });

  const ordered = (list: SimContribution[], orderBy?: { field?: string; direction?: string } | null) => {
    const dir = orderBy?.direction === 'ASC' ? 1 : -1;
    const key = (c: SimContribution) =>
      orderBy?.field === 'COMMIT_COUNT' ? c.count : Date.parse(c.occurred_at);
    return [...list].sort((a, b) => dir * (key(a) - key(b)));
  };

  const flat = (kind: Kind) => (a: PageArgs & { orderBy?: { direction?: string } }) =>
    connection(ordered(ofKind(kind), a.orderBy), a, (c) => ({ node: contributionNode(c) }));

  const byRepository = (kind: Kind) => (a: { maxRepositories?: number | null }) => {
    const groups = new Map<string, SimContribution[]>();
    for (const c of ofKind(kind)) groups.set(c.repo, [...(groups.get(c.repo) ?? []), c]);
    const weight = (list: SimContribution[]) =>
      list.reduce((n, c) => n + (kind === 'commit' ? c.count : 1), 0);
    return [...groups.entries()]
      .sort((x, y) => weight(y[1]) - weight(x[1]) || x[0].localeCompare(y[0]))
      .slice(0, a.maxRepositories ?? 25)
      .map(([repo, list]) => ({
        __typename: `${TYPE_NAMES[kind].replace('Created', '').replace('Contribution', '')}ContributionsByRepository`,
        repository: () => repoNode(ctx, repo),
        url: `https://github.com/${ctx.org.login}/${repo}`,
        resourcePath: `/${ctx.org.login}/${repo}`,
        contributions: (c: PageArgs & { orderBy?: { field?: string; direction?: string } }) =>
          connection(ordered(list, c.orderBy), c, (x) => ({ node: contributionNode(x) })),
      }));
  };

  return {
    __typename: 'ContributionsCollection',
    startedAt: new Date(from).toISOString(),
    endedAt: new Date(to).toISOString(),
    isSingleDay: to - from <= 86_400_000,
    doesEndInCurrentMonth: new Date(to).toISOString().slice(0, 7) === new Date(now).toISOString().slice(0, 7),
    hasAnyContributions: mine.length > 0,
    hasActivityInThePast: theirs.some((c) => Date.parse(c.occurred_at) < from),
    hasAnyRestrictedContributions: false,
    restrictedContributionsCount: 0,
    contributionYears: [...new Set(mine.map((c) => Number(c.occurred_at.slice(0, 4))))].sort((a, b) => b - a),
    totalCommitContributions: total('commit'),
    totalIssueContributions: total('issue'),
    totalPullRequestContributions: total('pull-request'),
    totalPullRequestReviewContributions: total('review'),
    totalRepositoriesWithContributedCommits: repoCount('commit'),
    totalRepositoriesWithContributedIssues: repoCount('issue'),
    totalRepositoriesWithContributedPullRequests: repoCount('pull-request'),
    totalRepositoriesWithContributedPullRequestReviews: repoCount('review'),
    totalRepositoryContributions: 0,
    commitContributionsByRepository: byRepository('commit'),
    issueContributionsByRepository: byRepository('issue'),
    pullRequestContributionsByRepository: byRepository('pull-request'),
    pullRequestReviewContributionsByRepository: byRepository('review'),
    issueContributions: flat('issue'),
    pullRequestContributions: flat('pull-request'),
    pullRequestReviewContributions: flat('review'),
    repositoryContributions: (a: PageArgs) => connection([], a, () => ({ node: null })),
    user: userNode,
  };
}
