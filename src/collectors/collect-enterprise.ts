// The enterprise around the organizations: which organizations it has, who is in it (also as
// an unaffiliated user, in none of its organizations) and who holds an enterprise role. Most of
// it is readable only with an enterprise owner's token; each refused read is a named gap.
import { gaps, type GapPart } from '../coverage/gap-scope.js';
import type { EnterpriseAccess, EnterpriseMember } from '../model.js';
import { describeFailure, HINTS, type AccessHint } from './coverage.js';
import { listRest, str } from './rest-list.js';
import type { CollectContext, PageInfo } from './context.js';
import { graphqlReason, readGraphql, type GraphqlResult } from './graphql-read.js';
import {
  ENTERPRISE_ADMINS_QUERY,
  ENTERPRISE_MEMBERS_QUERY,
  ENTERPRISE_ORGANIZATIONS_QUERY,
} from './queries/enterprise.js';

interface Connection<N> {
  pageInfo: PageInfo;
  nodes?: (N | null)[];
  edges?: (N | null)[];
}

/**
 * Walks one enterprise connection; on failure records a gap under `enterprise:<slug>/<part>` and
 * returns null, so "could not read" never looks like "nobody there".
 */
async function walk<N>(
  ctx: CollectContext,
  slug: string,
  part: GapPart,
  query: string,
  variables: Record<string, unknown>,
  pick: (data: unknown) => Connection<N> | null | undefined,
  hint: AccessHint = HINTS.enterprise,
): Promise<N[] | null> {
  const resource = gaps.enterprise(slug, part);
  const found: N[] = [];
  let after: string | null = null;
  for (;;) {
    let page: GraphqlResult<unknown>;
    try {
      page = await readGraphql<unknown>(ctx.client, query, { slug, after, ...variables });
    } catch (error) {
      ctx.coverage.add(resource, describeFailure(error, hint));
      return null;
    }
    const connection: Connection<N> | null | undefined = page.data ? pick(page.data) : null;
    if (page.errors[0] || !connection) {
      const reason = page.errors[0] ? graphqlReason(page.errors[0]) : 'not visible to this token';
      ctx.coverage.add(resource, `${reason} — ${hint.forbidden}`);
      return null;
    }
    found.push(...(connection.nodes ?? connection.edges ?? []).filter((n): n is N => n !== null));
    if (!connection.pageInfo.hasNextPage) return found;
    after = connection.pageInfo.endCursor;
  }
}

type EnterpriseData = { enterprise: Record<string, unknown> | null };

export async function collectEnterpriseOrganizations(
  ctx: CollectContext,
  slug: string,
): Promise<string[] | null> {
  const nodes = await walk<{ login: string }>(
    ctx,
    slug,
    'organizations',
    ENTERPRISE_ORGANIZATIONS_QUERY,
    {},
    (data) => (data as EnterpriseData).enterprise?.organizations as Connection<{ login: string }> | undefined,
    HINTS.enterpriseOrganizations,
  );
  return nodes ? nodes.map((n) => n.login) : null;
}

async function members(
  ctx: CollectContext,
  slug: string,
  part: GapPart,
  variables: Record<string, unknown>,
): Promise<string[] | null> {
  const nodes = await walk<{ login?: string }>(
    ctx,
    slug,
    part,
    ENTERPRISE_MEMBERS_QUERY,
    variables,
    (data) => (data as EnterpriseData).enterprise?.members as Connection<{ login?: string }> | undefined,
  );
  return nodes ? nodes.map((n) => n.login).filter((l): l is string => typeof l === 'string') : null;
}

/**
 * Enterprise membership and roles. `logins` narrows the read to those people (offboarding);
 * without it every unaffiliated member and every owner and billing manager is read (audit).
 */
export async function collectEnterprise(
  ctx: CollectContext,
  slug: string,
  options: { logins?: readonly string[] } = {},
): Promise<EnterpriseAccess> {
  const access: EnterpriseAccess = {
    slug,
    organizations: (await collectEnterpriseOrganizations(ctx, slug)) ?? [],
    members: [],
  };
  const byLogin = new Map<string, EnterpriseMember>();
  const member = (login: string): EnterpriseMember => {
    const key = login.toLowerCase();
    const existing = byLogin.get(key) ?? { login, affiliation: null, roles: [] };
    byLogin.set(key, existing);
    return existing;
  };
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const targets = options.logins ?? [null];
  for (const login of targets) {
    // `login` is the documents' name for the `query:` argument (octokit reserves `query`).
    const query = login ? { login } : {};
    const everyone = login ? await members(ctx, slug, 'members', query) : [];
    const unaffiliated = await members(ctx, slug, 'members', { role: 'UNAFFILIATED', ...query });
    for (const found of everyone ?? [])
      if (same(found, login ?? found)) member(found).affiliation ??= 'member';
    for (const found of unaffiliated ?? [])
      if (!login || same(found, login)) member(found).affiliation = 'unaffiliated';
    const admins = await walk<{ role: string; node: { login: string } | null }>(
      ctx,
      slug,
      'admins',
      ENTERPRISE_ADMINS_QUERY,
      query,
      (data) =>
        ((data as EnterpriseData).enterprise?.ownerInfo as Record<string, unknown> | null | undefined)
          ?.admins as Connection<{ role: string; node: { login: string } | null }> | undefined,
    );
    for (const edge of admins ?? []) {
      if (!edge.node || (login && !same(edge.node.login, login))) continue;
      const role =
        edge.role === 'OWNER' ? 'owner' : edge.role === 'BILLING_MANAGER' ? 'billing-manager' : null;
      if (role && !member(edge.node.login).roles.includes(role)) member(edge.node.login).roles.push(role);
    }
  }
  if (options.logins) {
    const teams = await collectEnterpriseTeams(ctx, slug, options.logins);
    for (const [login, slugs] of teams) if (slugs.length > 0) member(login).teams = slugs;
  }
  access.members = [...byLogin.values()].sort((a, b) => (a.login < b.login ? -1 : a.login > b.login ? 1 : 0));
  return access;
}

/**
 * The enterprise teams each person is in (REST `GET /enterprises/{enterprise}/teams`, then one
 * membership check per team and person; not available to GitHub Apps). A refused read is the
 * gap `enterprise:<slug>/teams`; an empty map then means "not read", never "in no team".
 */
async function collectEnterpriseTeams(
  ctx: CollectContext,
  slug: string,
  logins: readonly string[],
): Promise<Map<string, string[]>> {
  const scope = gaps.enterprise(slug, 'teams');
  const teams = await ctx.coverage.read(scope, HINTS.enterpriseTeams, () =>
    listRest(ctx, 'GET /enterprises/{enterprise}/teams', { enterprise: slug }),
  );
  const found = new Map<string, string[]>();
  if (!teams) return found;
  for (const login of logins) {
    const slugs: string[] = [];
    for (const team of teams) {
      const teamSlug = str(team.slug);
      if (!teamSlug) continue;
      const member = await ctx.coverage.read(scope, HINTS.enterpriseTeams, () =>
        isEnterpriseTeamMember(ctx, slug, teamSlug, login),
      );
      if (member) slugs.push(teamSlug);
    }
    found.set(login, slugs.sort());
  }
  return found;
}

async function isEnterpriseTeamMember(ctx: CollectContext, slug: string, team: string, login: string): Promise<boolean> {
  try {
    await ctx.client.rest.request('GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}', {
      enterprise: slug,
      'enterprise-team': team,
      username: login,
    });
    return true;
  } catch (error) {
    // 404 is the documented "not a member"; anything else is a failed read (a gap).
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}
