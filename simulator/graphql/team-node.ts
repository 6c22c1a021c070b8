// Team, its members (immediate or through child teams), repositories and pending invitations.

import type { SimInvitation, SimTeam } from '../state.js';
import { teamMembers } from '../rest/access.js';
import { connection, type PageArgs } from './connection.js';
import type { GraphqlContext } from './context.js';
import { orgNode, repoNode, userNode, REPO_PERMISSION, type Obj } from './graph.js';

export function teamNode(ctx: GraphqlContext, team: SimTeam): Obj {
  const org = ctx.org;
  const children = () => org.teams.filter((t) => t.parent_slug === team.slug);
  return {
    __typename: 'Team',
    id: team.node_id,
    databaseId: team.id,
    slug: team.slug,
    name: team.name,
    combinedSlug: `${org.login}/${team.slug}`,
    privacy: team.privacy.toUpperCase(),
    createdAt: team.created_at,
    updatedAt: team.created_at,
    url: `https://github.com/orgs/${org.login}/teams/${team.slug}`,
    resourcePath: `/orgs/${org.login}/teams/${team.slug}`,
    organization: () => orgNode(ctx),
    parentTeam: () => {
      const parent = team.parent_slug ? org.teams.find((t) => t.slug === team.parent_slug) : undefined;
      return parent ? teamNode(ctx, parent) : null;
    },
    childTeams: (a: PageArgs & { immediateOnly?: boolean | null }) => {
      const all =
        (a.immediateOnly ?? true) ? children() : org.teams.filter((t) => isDescendant(t, team.slug));
      return connection(all, a, (t) => ({ node: teamNode(ctx, t) }));
    },
    members: (a: PageArgs & { membership?: string | null; role?: string | null; query?: string | null }) => {
      const membership = a.membership ?? 'ALL';
      const all = teamMembers(org, team, true);
      const immediate = new Set(team.members.map((m) => m.login));
      const members = all.filter(
        (m) =>
          (membership === 'ALL' || (membership === 'IMMEDIATE') === immediate.has(m.login)) &&
          (!a.role || m.role.toUpperCase() === a.role) &&
          (!a.query || m.login.toLowerCase().includes(a.query.toLowerCase())),
      );
      return connection(members, a, (m) => ({ node: userNode(ctx, m.login), role: m.role.toUpperCase() }));
    },
    repositories: (a: PageArgs) =>
      connection(
        team.repos.flatMap((g) => {
          const r = org.repos.find((x) => x.name === g.repo);
          return r ? [{ r, permission: g.permission }] : [];
        }),
        a,
        ({ r, permission }) => ({ node: repoNode(ctx, r), permission: REPO_PERMISSION[permission] }),
      ),
    invitations: (a: PageArgs) =>
      connection(
        org.invitations.filter((i) => i.team_slugs.includes(team.slug)),
        a,
        (i) => ({ node: invitationNode(ctx, i) }),
      ),
  };

  function isDescendant(t: SimTeam, ancestor: string): boolean {
    let parent = t.parent_slug;
    while (parent) {
      if (parent === ancestor) return true;
      parent = org.teams.find((x) => x.slug === parent)?.parent_slug ?? null;
    }
    return false;
  }
}

function invitationNode(ctx: GraphqlContext, i: SimInvitation): Obj {
  const roles: Record<string, string> = {
    admin: 'ADMIN',
    billing_manager: 'BILLING_MANAGER',
    reinstate: 'REINSTATE',
  };
  return {
    __typename: 'OrganizationInvitation',
    id: i.node_id,
    createdAt: i.created_at,
    email: i.email,
    invitationType: i.login ? 'USER' : 'EMAIL',
    invitationSource: i.invitation_source.toUpperCase(),
    invitee: i.login ? userNode(ctx, i.login) : null,
    inviter: () => userNode(ctx, i.inviter),
    inviterActor: () => userNode(ctx, i.inviter),
    organization: () => orgNode(ctx),
    role: roles[i.role] ?? 'DIRECT_MEMBER',
  };
}
