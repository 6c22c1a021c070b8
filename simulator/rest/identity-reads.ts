// Copilot seats (`GET /orgs/{org}/copilot/billing/seats`) and SCIM identities
// (`GET /scim/v2/organizations/{org}/Users`, GHEC with SAML only), in GitHub's shapes.

import type { SimCopilotSeat, SimEnterpriseTeam, SimOrg, SimScimUser } from '../state.js';
import type { RestHandler, RestRequest } from './context.js';
import { knownUser, notFound, requireOrg, userByLogin, validationFailed } from './context.js';
import { organizationSimple } from './map-repository.js';
import { simpleUser, simpleUserByLogin } from './map-user.js';
import { paginate } from './pagination.js';
import { teamShape } from './org-reads.js';

function seatShape(req: RestRequest, org: SimOrg, seat: SimCopilotSeat): Record<string, unknown> {
  const team = seat.assigning_team ? org.teams.find((t) => t.slug === seat.assigning_team) : undefined;
  return {
    assignee: simpleUserByLogin(req.baseUrl, org, seat.login),
    organization: organizationSimple(req.baseUrl, org),
    assigning_team: team ? teamShape(req.baseUrl, org, team) : null,
    pending_cancellation_date: seat.pending_cancellation_date,
    last_activity_at: seat.last_activity_at,
    last_activity_editor: seat.last_activity_editor,
    last_authenticated_at: seat.last_authenticated_at,
    created_at: seat.created_at,
    plan_type: 'business',
  };
}

const listCopilotSeats: RestHandler = (req) => {
  const org = requireOrg(req);
  const seats = org.copilot_seats ?? [];
  // GitHub pages this list 50 at a time by default.
  const page = paginate(req, seats, { defaultPerPage: 50 });
  return {
    status: 200,
    headers: page.headers,
    body: { total_seats: seats.length, seats: page.items.map((seat) => seatShape(req, org, seat)) },
  };
};

function scimShape(req: RestRequest, org: SimOrg, user: SimScimUser): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    id: user.id,
    externalId: user.external_id,
    userName: user.user_name,
    displayName: user.display_name,
    emails: user.emails.map((value, index) => ({ value, primary: index === 0, type: 'work' })),
    active: user.active,
    meta: {
      resourceType: 'User',
      created: user.created_at,
      lastModified: user.last_modified,
      location: `${req.baseUrl}/scim/v2/organizations/${org.login}/Users/${user.id}`,
    },
  };
}

/** The one filter GitHub documents for this list: `userName eq "…"` (also `externalId`). */
function scimFilter(raw: string | null): ((user: SimScimUser) => boolean) | null {
  if (!raw) return null;
  const m = /^\s*(userName|externalId)\s+eq\s+"([^"]*)"\s*$/i.exec(raw);
  if (!m) throw validationFailed(`Invalid filter: ${raw}`);
  const [, attribute, value] = m;
  return attribute.toLowerCase() === 'username'
    ? (user) => user.user_name.toLowerCase() === value.toLowerCase()
    : (user) => user.external_id === value;
}

const listScimUsers: RestHandler = (req) => {
  const org = requireOrg(req);
  // SCIM provisioning exists only on GitHub Enterprise Cloud with SAML single sign-on.
  if (!org.enterprise_cloud || !org.saml_sso) throw notFound();
  const filter = scimFilter(req.query.get('filter'));
  const users = (org.scim_users ?? []).filter((user) => !filter || filter(user));
  // SCIM pages by `startIndex` (1-based) and `count`, not by `page`/`Link`.
  const startIndex = Math.max(1, Number(req.query.get('startIndex') ?? '1') || 1);
  const count = Math.min(100, Math.max(0, Number(req.query.get('count') ?? '100') || 100));
  const slice = users.slice(startIndex - 1, startIndex - 1 + count);
  return {
    status: 200,
    body: {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: users.length,
      itemsPerPage: slice.length,
      startIndex,
      Resources: slice.map((user) => scimShape(req, org, user)),
    },
  };
};

/** Enterprise-assigned seats; the simulator's token plays an enterprise owner's here. */
const listEnterpriseCopilotSeats: RestHandler = (req) => {
  const enterprise = req.scenario.enterprise;
  if (!enterprise || enterprise.slug.toLowerCase() !== (req.params.enterprise ?? '').toLowerCase())
    throw notFound();
  const page = paginate(req, enterprise.copilot_seats, { defaultPerPage: 50 });
  return {
    status: 200,
    headers: page.headers,
    body: {
      total_seats: enterprise.copilot_seats.length,
      seats: page.items.map((seat) => ({ ...seatShape(req, req.org, seat), organization: null })),
    },
  };
};

function enterpriseOf(req: RestRequest) {
  const enterprise = req.scenario.enterprise;
  if (!enterprise || enterprise.slug.toLowerCase() !== (req.params.enterprise ?? '').toLowerCase()) throw notFound();
  return enterprise;
}

function enterpriseTeamShape(req: RestRequest, slug: string, team: SimEnterpriseTeam): Record<string, unknown> {
  return {
    id: team.id,
    name: team.name,
    slug: team.slug,
    url: `${req.baseUrl}/enterprises/${slug}/teams/${team.slug}`,
    html_url: `https://github.com/enterprises/${slug}/teams/${team.slug}`,
    members_url: `${req.baseUrl}/enterprises/${slug}/teams/${team.slug}/memberships{/member}`,
    group_id: null,
    organization_selection_type: 'all',
    created_at: team.created_at,
    updated_at: team.created_at,
  };
}

const listEnterpriseTeams: RestHandler = (req) => {
  const enterprise = enterpriseOf(req);
  const page = paginate(req, enterprise.teams ?? [], { defaultPerPage: 30 });
  return { status: 200, headers: page.headers, body: page.items.map((team) => enterpriseTeamShape(req, enterprise.slug, team)) };
};

const getEnterpriseTeamMembership: RestHandler = (req) => {
  const enterprise = enterpriseOf(req);
  const team = (enterprise.teams ?? []).find((t) => t.slug === req.params['enterprise-team']);
  const login = req.params.username ?? '';
  if (!team || !team.members.some((m) => m.toLowerCase() === login.toLowerCase())) throw notFound();
  return { status: 200, body: simpleUser(req.baseUrl, knownUser(req.scenario, login) ?? userByLogin(req.org, login)) };
};

export const identityReadRoutes: Record<string, RestHandler> = {
  'GET /enterprises/{enterprise}/teams': listEnterpriseTeams,
  'GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}': getEnterpriseTeamMembership,
  'GET /orgs/{org}/copilot/billing/seats': listCopilotSeats,
  'GET /scim/v2/organizations/{org}/Users': listScimUsers,
  'GET /enterprises/{enterprise}/copilot/billing/seats': listEnterpriseCopilotSeats,
};
