// The object graph that graphql-js's default resolver walks: plain objects whose fields are
// values or functions of the field's arguments. Fields the schema has but the simulator does
// not model are simply absent, so they resolve to null where nullable (and error where not).
// Modelled: Organization, User, Repository, Team, DeployKey, Environment, ExternalIdentity,
// OrganizationInvitation, collaborator/member/team edges, contributionsCollection, rateLimit.

import { findBy } from '../indexes.js';
import type { SimOrg, SimRepo, SimRepoPermission, SimSamlIdentity, SimScimUser } from '../state.js';
import { repoAccess } from '../rest/access.js';
import { allOrgs, knownUser, orgByLogin, repoNamed, sameLogin, userByLogin } from '../rest/context.js';
import { enterpriseNode } from './enterprise-node.js';
import { connection, type PageArgs } from './connection.js';
import { githubError, type GraphqlContext } from './context.js';
import { contributionsCollection, type ContributionArgs } from './contributions.js';
import { teamNode } from './team-node.js';

export type Obj = Record<string, unknown>;

export const REPO_PERMISSION: Record<SimRepoPermission, string> = {
  pull: 'READ',
  triage: 'TRIAGE',
  push: 'WRITE',
  maintain: 'MAINTAIN',
  admin: 'ADMIN',
};
/** PermissionSource.permission is the coarse DefaultRepositoryPermissionField; custom roles show in roleName. */
const SOURCE_PERMISSION: Record<SimRepoPermission, string> = {
  pull: 'READ',
  triage: 'READ',
  push: 'WRITE',
  maintain: 'WRITE',
  admin: 'ADMIN',
};
const ROLE_NAME: Record<SimRepoPermission, string> = {
  pull: 'read',
  triage: 'triage',
  push: 'write',
  maintain: 'maintain',
  admin: 'admin',
};

export function orgNode(ctx: GraphqlContext): Obj {
  const org = ctx.org;
  return {
    __typename: 'Organization',
    id: org.node_id,
    databaseId: org.id,
    login: org.login,
    name: org.name,
    url: `https://github.com/${org.login}`,
    resourcePath: `/${org.login}`,
    avatarUrl: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
    requiresTwoFactorAuthentication: org.members.every((m) => m.two_factor_enabled),
    membersWithRole: (a: PageArgs) =>
      connection(org.members, a, (m) => ({
        node: userNode(ctx, m.login),
        role: m.role.toUpperCase(),
        hasTwoFactorEnabled: m.two_factor_enabled,
      })),
    teams: (
      a: PageArgs & {
        userLogins?: string[] | null;
        query?: string | null;
        rootTeamsOnly?: boolean | null;
        privacy?: string | null;
      },
    ) => {
      const q = a.query?.toLowerCase();
      const teams = org.teams.filter(
        (t) =>
          (!a.rootTeamsOnly || !t.parent_slug) &&
          (!a.privacy || t.privacy.toUpperCase() === a.privacy) &&
          (!q || t.name.toLowerCase().includes(q) || t.slug.includes(q)) &&
          (!a.userLogins?.length || t.members.some((m) => a.userLogins!.some((l) => sameLogin(l, m.login)))),
      );
      return connection(teams, a, (t) => ({ node: teamNode(ctx, t) }));
    },
    team: (a: { slug: string }) => {
      const t = org.teams.find((x) => x.slug === a.slug);
      return t ? teamNode(ctx, t) : null;
    },
    repositories: (
      a: PageArgs & {
        isArchived?: boolean | null;
        isFork?: boolean | null;
        visibility?: string | null;
        privacy?: string | null;
      },
    ) => {
      // Unfiltered (the collector's paging), every repository: no pass over 50,000 per page.
      const unfiltered = a.isArchived == null && a.isFork == null && !a.visibility && !a.privacy;
      const repos = unfiltered
        ? org.repos
        : org.repos.filter(
            (r) =>
              (a.isArchived == null || r.archived === a.isArchived) &&
              (a.isFork == null || r.fork === a.isFork) &&
              (!a.visibility || r.visibility.toUpperCase() === a.visibility) &&
              (!a.privacy || (a.privacy === 'PUBLIC') === (r.visibility === 'public')),
          );
      return connection(repos, a, (r) => ({ node: repoNode(ctx, r) }));
    },
    repository: (a: { name: string }) => {
      const r = repoNamed(org, a.name);
      return r ? repoNode(ctx, r) : null;
    },
    samlIdentityProvider: () => (org.saml_sso ? identityProviderNode(ctx) : null),
  };
}

export function userNode(ctx: GraphqlContext, login: string): Obj {
  const user = userByLogin(ctx.org, login);
  const self: Obj = {
    __typename: 'User',
    id: user.node_id,
    databaseId: user.id,
    login: user.login,
    name: user.name,
    url: `https://github.com/${user.login}`,
    resourcePath: `/${user.login}`,
    avatarUrl: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    isSiteAdmin: user.site_admin ?? false,
    organizationVerifiedDomainEmails: (a: { login: string }) =>
      sameLogin(a.login, ctx.org.login) ? (ctx.org.verified_domain_emails[user.login] ?? []) : [],
    contributionsCollection: (a: ContributionArgs) =>
      contributionsCollection(
        ctx,
        user.login,
        a,
        (c, name) => repoByName(c, name),
        () => self,
      ),
    organization: (a: { login: string }) =>
      sameLogin(a.login, ctx.org.login) && ctx.org.members.some((m) => sameLogin(m.login, user.login))
        ? orgNode(ctx)
        : null,
  };
  return self;
}

function repoByName(ctx: GraphqlContext, name: string): Obj {
  const repo = findBy(ctx.org.repos, 'name', (r) => r.name, name, (r) => r.name === name);
  if (repo) return repoNode(ctx, repo);
  // A contribution to a repository the scenario does not list still names it.
  return {
    __typename: 'Repository',
    id: `R_sim_${name}`,
    name,
    nameWithOwner: `${ctx.org.login}/${name}`,
    owner: orgNode(ctx),
  };
}

export function repoNode(ctx: GraphqlContext, repo: SimRepo): Obj {
  const org = ctx.org;
  return {
    __typename: 'Repository',
    id: repo.node_id,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${org.login}/${repo.name}`,
    owner: () => orgNode(ctx),
    url: `https://github.com/${org.login}/${repo.name}`,
    resourcePath: `/${org.login}/${repo.name}`,
    visibility: repo.visibility.toUpperCase(),
    isPrivate: repo.visibility !== 'public',
    isArchived: repo.archived,
    isFork: repo.fork,
    isDisabled: false,
    isLocked: false,
    isTemplate: false,
    isEmpty: false,
    isMirror: false,
    createdAt: repo.created_at,
    updatedAt: repo.updated_at,
    pushedAt: repo.pushed_at,
    collaborators: (
      a: PageArgs & { affiliation?: string | null; login?: string | null; query?: string | null },
    ) => {
      const affiliation = a.affiliation ?? 'ALL';
      const q = a.query?.toLowerCase();
      const access = repoAccess(org, repo, affiliation !== 'ALL').filter(
        (x) =>
          (affiliation === 'ALL' || (affiliation === 'DIRECT' ? x.direct : x.direct && x.outside)) &&
          (!a.login || sameLogin(a.login, x.login)) &&
          (!q || x.login.toLowerCase().includes(q)),
      );
      return connection(access, a, (x) => ({
        node: userNode(ctx, x.login),
        permission: REPO_PERMISSION[x.permission],
        permissionSources: x.sources.map((s) => ({
          permission: SOURCE_PERMISSION[s.permission],
          roleName: ROLE_NAME[s.permission],
          organization: () => orgNode(ctx),
          source: () =>
            s.kind === 'team'
              ? teamNode(ctx, s.team)
              : s.kind === 'organization'
                ? orgNode(ctx)
                : repoNode(ctx, repo),
        })),
      }));
    },
    deployKeys: (a: PageArgs) =>
      connection(repo.deploy_keys, a, (k) => ({
        node: {
          __typename: 'DeployKey',
          id: `DK_sim${k.id}`,
          title: k.title,
          key: k.key,
          readOnly: k.read_only,
          verified: k.verified,
          enabled: k.enabled,
          createdAt: k.created_at,
        },
      })),
    environments: (a: PageArgs & { names?: string[] | null }) =>
      connection(
        repo.environments.filter((e) => !a.names?.length || a.names.includes(e.name)),
        a,
        (e) => ({ node: { __typename: 'Environment', id: `EN_sim${e.id}`, databaseId: e.id, name: e.name } }),
      ),
  };
}

interface ExternalIdentityRecord {
  guid: string;
  login: string | null;
  username: string;
  saml: SimSamlIdentity | null;
  scim: SimScimUser | null;
}

/**
 * One external identity per SAML identity, carrying the SCIM identity of the same user name;
 * a SCIM identity with no SAML identity left (the IdP removed it) is an identity of its own.
 */
function externalIdentities(org: SimOrg): ExternalIdentityRecord[] {
  const scim = org.scim_users ?? [];
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const fromSaml = org.saml_identities.map((x) => ({
    guid: x.guid,
    login: x.login,
    username: x.username,
    saml: x,
    scim: scim.find((u) => same(u.user_name, x.username)) ?? null,
  }));
  const scimOnly = scim
    .filter((u) => !org.saml_identities.some((x) => same(x.username, u.user_name)))
    .map((u) => ({ guid: u.id, login: u.login, username: u.user_name, saml: null, scim: u }));
  return [...fromSaml, ...scimOnly];
}

function identityProviderNode(ctx: GraphqlContext): Obj {
  const org = ctx.org;
  return {
    __typename: 'OrganizationIdentityProvider',
    id: `OIP_sim${org.id}`,
    ssoUrl: `https://idp.example.com/sso/${org.login}`,
    issuer: `https://idp.example.com/${org.login}`,
    organization: () => orgNode(ctx),
    externalIdentities: (
      a: PageArgs & { login?: string | null; userName?: string | null; membersOnly?: boolean | null },
    ) => {
      const list = externalIdentities(org).filter(
        (x) =>
          (!a.login || sameLogin(a.login, x.login)) &&
          (!a.userName || x.username.toLowerCase() === a.userName.toLowerCase()) &&
          (!a.membersOnly || org.members.some((m) => sameLogin(m.login, x.login))),
      );
      const emails = (values: string[]) =>
        values.map((value, idx) => ({ value, primary: idx === 0, type: null }));
      return connection(list, a, (x) => ({
        node: {
          __typename: 'ExternalIdentity',
          id: `EI_sim${x.guid}`,
          guid: x.guid,
          user: x.login ? userNode(ctx, x.login) : null,
          samlIdentity: x.saml
            ? {
                nameId: x.saml.name_id,
                username: x.saml.username,
                emails: emails(x.saml.emails),
                attributes: [],
                groups: null,
                givenName: null,
                familyName: null,
              }
            : null,
          scimIdentity: x.scim
            ? {
                username: x.scim.user_name,
                emails: emails(x.scim.emails),
                groups: null,
                givenName: null,
                familyName: null,
              }
            : null,
          organizationInvitation: null,
        },
      }));
    },
  };
}

/** Query root. */
export function rootValue(
  ctx: GraphqlContext,
  budget: { limit: number; remaining: number; resetAt: number },
): Obj {
  const org = ctx.org;
  const inOrg = (other: SimOrg): GraphqlContext => ({ ...ctx, org: other });
  const byId = (id: string): Obj | null => {
    const other = allOrgs(ctx.scenario).find((o) => o.node_id === id);
    if (other) return orgNode(inOrg(other));
    const repo = org.repos.find((r) => r.node_id === id);
    if (repo) return repoNode(ctx, repo);
    const team = org.teams.find((t) => t.node_id === id);
    if (team) return teamNode(ctx, team);
    const user = org.users.find((u) => u.node_id === id);
    if (user) return userNode(ctx, user.login);
    return null;
  };
  return {
    organization: (a: { login: string }) => {
      // The organization the request was routed to (one served beside the scenario), else the scenario's.
      const found = sameLogin(ctx.org.login, a.login) ? ctx.org : orgByLogin(ctx.scenario, a.login);
      if (!found)
        throw githubError(
          'NOT_FOUND',
          `Could not resolve to an Organization with the login of '${a.login}'.`,
        );
      return orgNode(inOrg(found));
    },
    enterprise: (a: { slug: string }) => {
      const enterprise = ctx.scenario.enterprise;
      if (!enterprise || enterprise.slug.toLowerCase() !== a.slug.toLowerCase())
        throw githubError('NOT_FOUND', `Could not resolve to an Enterprise with the slug of '${a.slug}'.`);
      return enterpriseNode(ctx, enterprise, (o) => orgNode(inOrg(o)));
    },
    user: (a: { login: string }) => {
      const known = knownUser(ctx.scenario, a.login) !== undefined || sameLogin(a.login, ctx.viewer);
      if (!known)
        throw githubError('NOT_FOUND', `Could not resolve to a User with the login of '${a.login}'.`);
      return userNode(ctx, a.login);
    },
    repository: (a: { owner: string; name: string }) => {
      const owner = sameLogin(ctx.org.login, a.owner) ? ctx.org : orgByLogin(ctx.scenario, a.owner);
      const repo = owner ? repoNamed(owner, a.name) : undefined;
      if (!owner || !repo)
        throw githubError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${a.owner}/${a.name}'.`,
        );
      return repoNode(inOrg(owner), repo);
    },
    viewer: () => userNode(ctx, ctx.viewer),
    rateLimit: () => ({
      cost: ctx.cost,
      limit: budget.limit,
      remaining: Math.max(0, budget.remaining),
      used: budget.limit - Math.max(0, budget.remaining),
      resetAt: new Date(budget.resetAt * 1000).toISOString(),
      nodeCount: ctx.nodeCount,
    }),
    node: (a: { id: string }) => {
      const found = byId(a.id);
      if (!found)
        throw githubError('NOT_FOUND', `Could not resolve to a node with the global id of '${a.id}'`);
      return found;
    },
    nodes: (a: { ids: string[] }) => a.ids.map(byId),
  };
}
