// Repositories with deploy-key counts, environment names and direct collaborators (Q3): one
// GraphQL page covers 100 repositories; only repositories with more than 100 direct
// collaborators need a follow-up query.
import type { RepoPermission, Repository } from '../model.js';
import { resourceId } from '../resource-id.js';
import { describeFailure, HINTS } from './coverage.js';
import { repoPermission, type CollectContext, type PageInfo } from './context.js';
import {
  errorUnderNode,
  graphqlReason,
  readGraphql,
  type GraphqlFieldError,
  type GraphqlResult,
} from './graphql-read.js';
import {
  REPOSITORIES_QUERY,
  REPOSITORY_COLLABORATORS_QUERY,
  SUBJECT_REPOSITORIES_QUERY,
} from './queries/repositories.js';

/** One direct collaborator edge, with where GitHub says the permission comes from. */
export interface CollaboratorRecord {
  login: string;
  repo: string;
  permission: RepoPermission;
  sources: { kind: 'direct' | 'organization' | 'team'; team?: string; permission: RepoPermission | 'none' }[];
}

interface CollaboratorEdge {
  permission: string;
  permissionSources: { permission: string; source: { __typename: string; slug?: string } }[] | null;
  node: { login: string } | null;
}
interface CollaboratorConnection {
  pageInfo?: PageInfo;
  edges: (CollaboratorEdge | null)[] | null;
}
interface RepositoryNode {
  nameWithOwner: string;
  databaseId: number | null;
  visibility: 'PUBLIC' | 'PRIVATE' | 'INTERNAL';
  isArchived: boolean;
  pushedAt: string | null;
  deployKeys: { totalCount: number } | null;
  environments: { totalCount: number; nodes: ({ name: string } | null)[] | null } | null;
  collaborators: CollaboratorConnection | null;
}
interface RepositoriesPage {
  organization: { repositories: { pageInfo: PageInfo; nodes: (RepositoryNode | null)[] } } | null;
}

export interface RepositoriesResult {
  repositories: Repository[];
  collaborators: CollaboratorRecord[];
  /** Repositories whose collaborator list could not be read completely. */
  incompleteCollaborators: Set<string>;
}

function collaboratorRecords(repo: string, connection: CollaboratorConnection): CollaboratorRecord[] {
  return (connection.edges ?? []).flatMap((edge) => {
    if (!edge?.node) return [];
    const sources = (edge.permissionSources ?? []).map((s) => {
      const permission = s.permission === 'NONE' ? ('none' as const) : repoPermission(s.permission);
      if (s.source.__typename === 'Team') return { kind: 'team' as const, team: s.source.slug, permission };
      if (s.source.__typename === 'Organization') return { kind: 'organization' as const, permission };
      return { kind: 'direct' as const, permission };
    });
    return [{ login: edge.node.login, repo, permission: repoPermission(edge.permission), sources }];
  });
}

function toRepository(node: RepositoryNode): Repository {
  return {
    nameWithOwner: node.nameWithOwner,
    databaseId: node.databaseId,
    visibility: node.visibility.toLowerCase() as Repository['visibility'],
    archived: node.isArchived,
    pushedAt: node.pushedAt,
    environments: (node.environments?.nodes ?? []).flatMap((e) => (e ? [e.name] : [])),
    deployKeyCount: node.deployKeys?.totalCount ?? 0,
  };
}

async function moreCollaborators(
  ctx: CollectContext,
  repo: string,
  after: string | null,
): Promise<CollaboratorRecord[]> {
  const [owner, name] = repo.split('/');
  const records: CollaboratorRecord[] = [];
  let cursor = after;
  while (cursor) {
    type Page = { repository: { collaborators: CollaboratorConnection | null } | null };
    const result: GraphqlResult<Page> = await readGraphql<Page>(ctx.client, REPOSITORY_COLLABORATORS_QUERY, {
      owner,
      name,
      after: cursor,
    });
    const connection = result.data?.repository?.collaborators;
    if (!connection)
      throw Object.assign(new Error(result.errors[0]?.message ?? 'collaborators unavailable'), {
        status: 403,
      });
    records.push(...collaboratorRecords(repo, connection));
    cursor = connection.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : null;
  }
  return records;
}

/** Gaps for field errors under one repository node: `[organization, repositories, nodes, i, field, …]`. */
function recordNodeErrors(
  ctx: CollectContext,
  errors: GraphqlFieldError[],
  index: number,
  repo: string,
  out: Set<string>,
) {
  for (const error of errors.filter((e) => e.path[2] === 'nodes' && e.path[3] === index)) {
    const field = String(error.path[4] ?? 'repository');
    ctx.coverage.add(`${resourceId.repository(repo)}/${field}`, graphqlReason(error));
    if (field === 'collaborators') out.add(repo);
  }
}

/** All repositories of the organization; with `subjectLogin`, only that person's direct grants. */
export async function collectRepositories(
  ctx: CollectContext,
  subjectLogin?: string,
): Promise<RepositoriesResult> {
  const result: RepositoriesResult = {
    repositories: [],
    collaborators: [],
    incompleteCollaborators: new Set(),
  };
  const resource = `${resourceId.organization(ctx.org)}/repositories`;
  const query = subjectLogin ? SUBJECT_REPOSITORIES_QUERY : REPOSITORIES_QUERY;
  let after: string | null = null;
  for (;;) {
    let page: GraphqlResult<RepositoriesPage>;
    try {
      page = await readGraphql<RepositoriesPage>(ctx.client, query, {
        org: ctx.org,
        after,
        login: subjectLogin,
      });
    } catch (error) {
      ctx.coverage.add(resource, describeFailure(error, HINTS.members));
      return result;
    }
    const connection: NonNullable<RepositoriesPage['organization']>['repositories'] | undefined =
      page.data?.organization?.repositories;
    if (!connection) {
      ctx.coverage.add(
        resource,
        page.errors[0] ? graphqlReason(page.errors[0]) : `organization ${ctx.org} not visible`,
      );
      return result;
    }
    for (const [index, node] of connection.nodes.entries()) {
      if (!node) {
        const lost = errorUnderNode(page.errors, 2, index);
        if (lost) {
          ctx.coverage.add(
            resource,
            `${graphqlReason(lost)} (at ${lost.path.join('.')}; that repository is missing)`,
          );
        }
        continue;
      }
      result.repositories.push(toRepository(node));
      recordNodeErrors(ctx, page.errors, index, node.nameWithOwner, result.incompleteCollaborators);
      if (!node.collaborators) continue;
      result.collaborators.push(...collaboratorRecords(node.nameWithOwner, node.collaborators));
      const next = node.collaborators.pageInfo;
      if (!subjectLogin && next?.hasNextPage) {
        try {
          result.collaborators.push(...(await moreCollaborators(ctx, node.nameWithOwner, next.endCursor)));
        } catch (error) {
          ctx.coverage.add(
            `${resourceId.repository(node.nameWithOwner)}/collaborators`,
            describeFailure(error),
          );
          result.incompleteCollaborators.add(node.nameWithOwner);
        }
      }
    }
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return result;
}
