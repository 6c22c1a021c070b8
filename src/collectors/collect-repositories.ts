// Repositories with deploy-key counts, environment names and direct collaborators (Q3): one
// GraphQL page covers 100 repositories; only repositories with more than 100 direct
// collaborators need a follow-up query.
import type { RepoPermission, Repository } from '../model.js';
import { gaps, REPOSITORY_FIELD_PARTS, type GapPart } from '../coverage/gap-scope.js';
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
  REPOSITORY_COLLABORATORS_QUERY,
  REPOSITORY_FIELDS,
  repositoriesQuery,
  type RepositoryField,
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
/** Every field but the name may be left out of the query (see `repositoriesQuery`). */
interface RepositoryNode {
  nameWithOwner: string;
  databaseId?: number | null;
  visibility?: 'PUBLIC' | 'PRIVATE' | 'INTERNAL';
  isArchived?: boolean;
  pushedAt?: string | null;
  deployKeys?: { totalCount: number } | null;
  environments?: { totalCount: number; nodes: ({ name: string } | null)[] | null } | null;
  collaborators?: CollaboratorConnection | null;
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
    databaseId: node.databaseId ?? null,
    visibility: node.visibility ? (node.visibility.toLowerCase() as NonNullable<Repository['visibility']>) : null,
    archived: node.isArchived ?? false,
    pushedAt: node.pushedAt ?? null,
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

/** Which part of the repository a GraphQL field error is about, with the permission that fixes it. */
function partOf(field: string | number | undefined): { part: GapPart | null; permission: string | null } {
  return REPOSITORY_FIELD_PARTS[String(field)] ?? { part: null, permission: null };
}

function reasonWith(error: GraphqlFieldError, permission: string | null): string {
  return permission ? `${graphqlReason(error)} — ${permission}` : graphqlReason(error);
}

const underNode = (errors: GraphqlFieldError[], index: number) =>
  errors.filter((e) => e.path[2] === 'nodes' && e.path[3] === index);

/** Gaps for field errors under one repository node: `[organization, repositories, nodes, i, field, …]`. */
function recordNodeErrors(
  ctx: CollectContext,
  errors: GraphqlFieldError[],
  index: number,
  repo: string,
  out: Set<string>,
) {
  for (const error of underNode(errors, index)) {
    const { part, permission } = partOf(error.path[4]);
    ctx.coverage.add(gaps.repository(repo, part), reasonWith(error, permission));
    if (part === 'collaborators') out.add(repo);
  }
}

/** A denied field under node `index` that nulled it and that the query can do without. */
function droppableFields(errors: GraphqlFieldError[], index: number, omitted: ReadonlySet<RepositoryField>) {
  const fields = new Set<RepositoryField>();
  for (const error of underNode(errors, index)) {
    const field = REPOSITORY_FIELDS.find((f) => f === error.path[4]);
    if (field && !omitted.has(field)) fields.add(field);
  }
  return fields;
}

type Connection = NonNullable<RepositoriesPage['organization']>['repositories'];

/** One page of repositories, each with the fields that had to be left out to read it. */
interface RecoveredPage {
  connection: Connection;
  nodes: { node: RepositoryNode | null; errors: GraphqlFieldError[]; omitted: Map<RepositoryField, GraphqlFieldError> }[];
}

/**
 * GitHub nulls a whole repository node when a non-null field under it is denied (`deployKeys`
 * without Administration read). Such repositories are read again without the failing fields,
 * so that they are named and everything else about them is kept; the left-out fields become
 * that repository's gaps.
 */
async function readRepositoriesPage(
  ctx: CollectContext,
  forSubject: boolean,
  variables: Record<string, unknown>,
): Promise<GraphqlResult<RepositoriesPage> | RecoveredPage> {
  const first = await readGraphql<RepositoriesPage>(ctx.client, repositoriesQuery(forSubject), variables);
  const connection = first.data?.organization?.repositories;
  if (!connection) return first;
  const nodes: RecoveredPage['nodes'] = connection.nodes.map((node) => ({
    node,
    errors: first.errors,
    omitted: new Map(),
  }));
  const omit = new Map<RepositoryField, GraphqlFieldError>();
  for (let attempt = 0; attempt < REPOSITORY_FIELDS.length; attempt++) {
    const lost = nodes.flatMap((entry, index) => (entry.node ? [] : [index]));
    let added = false;
    for (const index of lost) {
      for (const field of droppableFields(nodes[index].errors, index, new Set(omit.keys()))) {
        const error = underNode(nodes[index].errors, index).find((e) => e.path[4] === field);
        if (error) omit.set(field, error);
        added = true;
      }
    }
    if (!added) break;
    let again: GraphqlResult<RepositoriesPage>;
    try {
      again = await readGraphql<RepositoriesPage>(
        ctx.client,
        repositoriesQuery(forSubject, new Set(omit.keys())),
        variables,
      );
    } catch {
      break; // the lost repositories stay lost, and say so below
    }
    const names = new Set(nodes.flatMap((entry) => (entry.node ? [entry.node.nameWithOwner] : [])));
    const reread = again.data?.organization?.repositories.nodes ?? [];
    for (const index of lost) {
      const node = reread[index] ?? null;
      // Same cursor, same page: a name already read means the list moved under us.
      const usable = node && !names.has(node.nameWithOwner) ? node : null;
      nodes[index] = { node: usable, errors: again.errors, omitted: new Map(omit) };
    }
  }
  return { connection, nodes };
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
  const resource = gaps.organization(ctx.org, 'repositories');
  let after: string | null = null;
  for (;;) {
    let page: GraphqlResult<RepositoriesPage> | RecoveredPage;
    try {
      page = await readRepositoriesPage(ctx, subjectLogin !== undefined, {
        org: ctx.org,
        after,
        login: subjectLogin,
      });
    } catch (error) {
      ctx.coverage.add(resource, describeFailure(error, HINTS.members));
      return result;
    }
    if (!('nodes' in page)) {
      ctx.coverage.add(
        resource,
        page.errors[0] ? graphqlReason(page.errors[0]) : `organization ${ctx.org} not visible`,
      );
      return result;
    }
    const connection = page.connection;
    for (const [index, { node, errors, omitted }] of page.nodes.entries()) {
      if (!node) {
        const lost = errorUnderNode(errors, 2, index);
        if (lost) {
          ctx.coverage.add(
            resource,
            `${graphqlReason(lost)} (at ${lost.path.join('.')}; that repository is missing)`,
          );
        }
        continue;
      }
      result.repositories.push(toRepository(node));
      for (const [field, error] of omitted) {
        const { part, permission } = REPOSITORY_FIELD_PARTS[field];
        ctx.coverage.add(gaps.repository(node.nameWithOwner, part), reasonWith(error, permission));
        if (part === 'collaborators') result.incompleteCollaborators.add(node.nameWithOwner);
      }
      recordNodeErrors(ctx, errors, index, node.nameWithOwner, result.incompleteCollaborators);
      if (!node.collaborators) continue;
      result.collaborators.push(...collaboratorRecords(node.nameWithOwner, node.collaborators));
      const next = node.collaborators.pageInfo;
      if (!subjectLogin && next?.hasNextPage) {
        try {
          result.collaborators.push(...(await moreCollaborators(ctx, node.nameWithOwner, next.endCursor)));
        } catch (error) {
          ctx.coverage.add(gaps.repository(node.nameWithOwner, 'collaborators'), describeFailure(error));
          result.incompleteCollaborators.add(node.nameWithOwner);
        }
      }
    }
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return result;
}
