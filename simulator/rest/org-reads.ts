// Organization-level reads: the org, members, memberships, outside collaborators,
// invitations, teams and their members/repositories, org repositories, users.

import type { SimInvitation, SimOrg, SimTeam } from '../state.js';
import type { RestHandler, RestRequest } from './context.js';
import { HttpError, notFound, requireOrg, sameLogin, userByLogin, knownUser } from './context.js';
import { teamMembers } from './access.js';
import { paginate } from './pagination.js';
import { minimalRepository, organizationFull, organizationSimple } from './map-repository.js';
import { publicUser, simpleUserByLogin } from './map-user.js';

export function teamShape(
  base: string,
  org: SimOrg,
  team: SimTeam,
  withParent = true,
): Record<string, unknown> {
  const api = `${base}/organizations/${org.id}/team/${team.id}`;
  const parent = team.parent_slug ? org.teams.find((t) => t.slug === team.parent_slug) : undefined;
  return {
    id: team.id,
    node_id: team.node_id,
    url: api,
    html_url: `https://github.com/orgs/${org.login}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: null,
    privacy: team.privacy,
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    type: 'organization',
    organization_id: org.id,
    ...(withParent ? { parent: parent ? teamShape(base, org, parent, false) : null } : {}),
  };
}

export function requireTeam(req: RestRequest): SimTeam {
  const org = requireOrg(req);
  const team = org.teams.find((t) => t.slug === req.params.team_slug);
  if (!team) throw notFound();
  return team;
}

function invitationShape(req: RestRequest, inv: SimInvitation): Record<string, unknown> {
  return {
    id: inv.id,
    node_id: inv.node_id,
    login: inv.login,
    email: inv.email,
    role: inv.role,
    created_at: inv.created_at,
    failed_at: inv.failed_at,
    failed_reason: inv.failed_reason,
    inviter: simpleUserByLogin(req.baseUrl, req.org, inv.inviter),
    team_count: inv.team_slugs.length,
    invitation_teams_url: `${req.baseUrl}/organizations/${req.org.id}/invitations/${inv.id}/teams`,
    invitation_source: inv.invitation_source,
  };
}

function listed<T>(req: RestRequest, all: T[], map: (x: T) => unknown) {
  const page = paginate(req, all);
  return { status: 200, body: page.items.map(map), headers: page.headers };
}

const getOrg: RestHandler = (req) => ({ status: 200, body: organizationFull(req.baseUrl, requireOrg(req)) });

const listMembers: RestHandler = (req) => {
  const org = requireOrg(req);
  const role = req.query.get('role') ?? 'all';
  const filter = req.query.get('filter') ?? 'all';
  const members = org.members
    .filter((m) => role === 'all' || m.role === role)
    .filter((m) => filter !== '2fa_disabled' || !m.two_factor_enabled);
  return listed(req, members, (m) => simpleUserByLogin(req.baseUrl, org, m.login));
};

const getMembership: RestHandler = (req) => {
  const org = requireOrg(req);
  const login = req.params.username;
  const member = org.members.find((m) => sameLogin(m.login, login));
  const invited = org.invitations.find((i) => sameLogin(i.login, login));
  if (!member && !invited) throw notFound();
  return {
    status: 200,
    body: {
      url: `${req.baseUrl}/orgs/${org.login}/memberships/${login}`,
      state: member ? 'active' : 'pending',
      role: member ? member.role : invited!.role === 'admin' ? 'admin' : 'member',
      direct_membership: true,
      organization_url: `${req.baseUrl}/orgs/${org.login}`,
      organization: organizationSimple(req.baseUrl, org),
      user: simpleUserByLogin(req.baseUrl, org, member?.login ?? login),
    },
  };
};

const listOutside: RestHandler = (req) => {
  const org = requireOrg(req);
  return listed(req, org.outside_collaborators, (login) => simpleUserByLogin(req.baseUrl, org, login));
};

const listInvitations: RestHandler = (req) => {
  const org = requireOrg(req);
  const role = req.query.get('role') ?? 'all';
  const source = req.query.get('invitation_source') ?? 'all';
  const invitations = org.invitations
    .filter((i) => role === 'all' || i.role === role)
    .filter((i) => source === 'all' || i.invitation_source === source);
  return listed(req, invitations, (i) => invitationShape(req, i));
};

const listFailedInvitations: RestHandler = (req) => {
  const org = requireOrg(req);
  return listed(req, org.failed_invitations, (i) => invitationShape(req, i));
};

const listTeams: RestHandler = (req) => {
  const org = requireOrg(req);
  return listed(req, org.teams, (t) => teamShape(req.baseUrl, org, t));
};

const getTeam: RestHandler = (req) => {
  const team = requireTeam(req);
  const org = req.org;
  return {
    status: 200,
    body: {
      ...teamShape(req.baseUrl, org, team),
      created_at: team.created_at,
      updated_at: team.created_at,
      members_count: team.members.length,
      repos_count: team.repos.length,
      organization: organizationFull(req.baseUrl, org),
    },
  };
};

const listTeamMembers: RestHandler = (req) => {
  const team = requireTeam(req);
  const role = req.query.get('role') ?? 'all';
  // The REST endpoint "includes members of child teams".
  const members = teamMembers(req.org, team, true).filter((m) => role === 'all' || m.role === role);
  return listed(req, members, (m) => simpleUserByLogin(req.baseUrl, req.org, m.login));
};

const listTeamRepos: RestHandler = (req) => {
  const team = requireTeam(req);
  const repos = team.repos.flatMap((g) => {
    const repo = req.org.repos.find((r) => r.name === g.repo);
    return repo ? [{ repo, permission: g.permission }] : [];
  });
  return listed(req, repos, ({ repo, permission }) => ({
    ...minimalRepository(req.baseUrl, req.org, repo),
    permissions: Object.fromEntries(
      ['pull', 'triage', 'push', 'maintain', 'admin'].map((p, i, all) => [p, i <= all.indexOf(permission)]),
    ),
    role_name: permission === 'pull' ? 'read' : permission === 'push' ? 'write' : permission,
  }));
};

const listOrgRepos: RestHandler = (req) => {
  const org = requireOrg(req);
  const type = req.query.get('type') ?? 'all';
  const repos = org.repos.filter((r) => {
    switch (type) {
      case 'public':
        return r.visibility === 'public';
      case 'private':
        return r.visibility !== 'public';
      case 'forks':
        return r.fork;
      case 'sources':
        return !r.fork;
      default:
        return true;
    }
  });
  return listed(req, repos, (r) => minimalRepository(req.baseUrl, org, r));
};

const getUser: RestHandler = (req) => {
  const login = req.params.username;
  const known = knownUser(req.scenario, login);
  if (!known && !sameLogin(login, req.viewer)) throw new HttpError(404, 'Not Found');
  const user = known ?? userByLogin(req.org, login);
  return { status: 200, body: publicUser(req.baseUrl, user, '2015-01-01T00:00:00Z') };
};

/** The token's own account (a PAT's user; the simulator's viewer). */
const getAuthenticatedUser: RestHandler = (req) => {
  const user = req.org.users.find((u) => sameLogin(u.login, req.viewer)) ?? userByLogin(req.org, req.viewer);
  return { status: 200, body: publicUser(req.baseUrl, user, '2015-01-01T00:00:00Z') };
};

export const orgReadRoutes: Record<string, RestHandler> = {
  'GET /user': getAuthenticatedUser,
  'GET /orgs/{org}': getOrg,
  'GET /orgs/{org}/members': listMembers,
  'GET /orgs/{org}/memberships/{username}': getMembership,
  'GET /orgs/{org}/outside_collaborators': listOutside,
  'GET /orgs/{org}/invitations': listInvitations,
  'GET /orgs/{org}/failed_invitations': listFailedInvitations,
  'GET /orgs/{org}/teams': listTeams,
  'GET /orgs/{org}/teams/{team_slug}': getTeam,
  'GET /orgs/{org}/teams/{team_slug}/members': listTeamMembers,
  'GET /orgs/{org}/teams/{team_slug}/repos': listTeamRepos,
  'GET /orgs/{org}/repos': listOrgRepos,
  'GET /users/{username}': getUser,
};
