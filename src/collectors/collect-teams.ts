// Teams with immediate members and repository permissions (Q2), with follow-up pages for the
// rare team that has more than 100 members or repositories.
import type { Team, TeamMembership, TeamRepository } from '../model.js';
import { gaps, TEAM_FIELD_PARTS, type GapScope } from '../coverage/gap-scope.js';
import { describeFailure, HINTS } from './coverage.js';
import { repoPermission, type CollectContext, type PageInfo } from './context.js';
import { errorUnderNode, graphqlReason, readGraphql, type GraphqlFieldError } from './graphql-read.js';
import { TEAM_MEMBERS_QUERY, TEAM_REPOSITORIES_QUERY, TEAMS_QUERY } from './queries/teams.js';

interface MemberConnection {
  pageInfo: PageInfo;
  edges: ({ role: 'MAINTAINER' | 'MEMBER'; node: { login: string } | null } | null)[];
}
interface RepoConnection {
  pageInfo: PageInfo;
  edges: ({ permission: string; node: { nameWithOwner: string } | null } | null)[];
}
interface TeamNode {
  slug: string;
  name: string;
  parentTeam: { slug: string } | null;
  members: MemberConnection | null;
  repositories: RepoConnection | null;
}
interface TeamsPage {
  organization: { teams: { pageInfo: PageInfo; nodes: (TeamNode | null)[] } } | null;
}

function memberships(connection: MemberConnection): TeamMembership[] {
  return connection.edges.flatMap((edge) =>
    edge?.node
      ? [{ login: edge.node.login, role: edge.role === 'MAINTAINER' ? 'maintainer' : 'member' } as const]
      : [],
  );
}

function repositories(connection: RepoConnection): TeamRepository[] {
  return connection.edges.flatMap((edge) =>
    edge?.node ? [{ repo: edge.node.nameWithOwner, permission: repoPermission(edge.permission) }] : [],
  );
}

async function followUp<C extends { pageInfo: PageInfo }>(
  ctx: CollectContext,
  query: string,
  slug: string,
  first: C,
  pick: (data: { organization: { team: Record<string, C | null> | null } | null }) => C | null | undefined,
  resource: GapScope,
): Promise<C[]> {
  const pages: C[] = [first];
  let cursor = first.pageInfo;
  while (cursor.hasNextPage) {
    try {
      const result = await readGraphql<{ organization: { team: Record<string, C | null> | null } | null }>(
        ctx.client,
        query,
        { org: ctx.org, slug, after: cursor.endCursor },
      );
      const next = result.data ? pick(result.data) : null;
      if (result.errors.length > 0 || !next) {
        ctx.coverage.add(
          resource,
          result.errors[0] ? graphqlReason(result.errors[0]) : 'team vanished while reading',
        );
        break;
      }
      pages.push(next);
      cursor = next.pageInfo;
    } catch (error) {
      ctx.coverage.add(resource, describeFailure(error, HINTS.members));
      break;
    }
  }
  return pages;
}

/** `userLogins` narrows to the teams of those people (per-person collection). */
export async function collectTeams(ctx: CollectContext, userLogins?: string[]): Promise<Team[]> {
  const teams: Team[] = [];
  const resource = gaps.organization(ctx.org, 'teams');
  let after: string | null = null;
  for (;;) {
    let page: TeamsPage | null;
    let errors: GraphqlFieldError[];
    try {
      ({ data: page, errors } = await readGraphql<TeamsPage>(ctx.client, TEAMS_QUERY, {
        org: ctx.org,
        after,
        userLogins: userLogins ?? null,
      }));
    } catch (error) {
      ctx.coverage.add(resource, describeFailure(error, HINTS.members));
      return teams;
    }
    const connection: NonNullable<TeamsPage['organization']>['teams'] | undefined = page?.organization?.teams;
    if (!connection) {
      ctx.coverage.add(
        resource,
        errors[0] ? graphqlReason(errors[0]) : `organization ${ctx.org} not visible to the token`,
      );
      return teams;
    }
    for (const [index, node] of connection.nodes.entries()) {
      if (!node) {
        const lost = errorUnderNode(errors, 2, index);
        if (lost)
          ctx.coverage.add(
            resource,
            `${graphqlReason(lost)} (at ${lost.path.join('.')}; that team is missing)`,
          );
        continue;
      }
      // A field error under this team (path organization, teams, nodes, index, members | repositories) is this team's gap.
      for (const error of errors.filter((e) => e.path[2] === 'nodes' && e.path[3] === index)) {
        ctx.coverage.add(gaps.team(ctx.org, node.slug, TEAM_FIELD_PARTS[String(error.path[4])] ?? null), graphqlReason(error));
      }
      const memberPages = node.members
        ? await followUp(
            ctx,
            TEAM_MEMBERS_QUERY,
            node.slug,
            node.members,
            (d) => d.organization?.team?.members,
            gaps.team(ctx.org, node.slug, 'members'),
          )
        : [];
      const repoPages = node.repositories
        ? await followUp(
            ctx,
            TEAM_REPOSITORIES_QUERY,
            node.slug,
            node.repositories,
            (d) => d.organization?.team?.repositories,
            gaps.team(ctx.org, node.slug, 'repositories'),
          )
        : [];
      teams.push({
        slug: node.slug,
        name: node.name,
        parentSlug: node.parentTeam?.slug ?? null,
        members: memberPages.flatMap(memberships),
        repositories: repoPages.flatMap(repositories),
      });
    }
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return teams;
}
