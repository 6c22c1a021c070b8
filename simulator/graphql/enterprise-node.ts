// `enterprise(slug:)`: its organizations, its members (affiliated through an organization, or
// unaffiliated since GitHub's change of September 2025) and `ownerInfo.admins` (owners and
// billing managers). Deny `graphql:Enterprise.members` or `graphql:Enterprise.ownerInfo` to
// play a token that is not an enterprise owner's.

import type { SimEnterprise, SimOrg } from '../state.js';
import { orgByLogin, sameLogin } from '../rest/context.js';
import { connection, type PageArgs } from './connection.js';
import type { GraphqlContext } from './context.js';
import type { Obj } from './graph.js';
import { userNode } from './graph.js';

type Role = 'MEMBER' | 'OWNER' | 'UNAFFILIATED';

interface MemberRecord {
  login: string;
  role: Role;
  organizations: string[];
}

function organizationsOf(ctx: GraphqlContext, enterprise: SimEnterprise): SimOrg[] {
  return enterprise.organizations
    .map((login) => orgByLogin(ctx.scenario, login))
    .filter((org): org is SimOrg => org !== undefined);
}

/** Everyone in the enterprise, by login order as GitHub's default `orderBy: LOGIN ASC`. */
function membersOf(ctx: GraphqlContext, enterprise: SimEnterprise): MemberRecord[] {
  const byLogin = new Map<string, MemberRecord>();
  const add = (login: string, role: Role, org?: string) => {
    const key = login.toLowerCase();
    const record = byLogin.get(key) ?? { login, role, organizations: [] };
    if (role === 'OWNER' || (role === 'MEMBER' && record.role === 'UNAFFILIATED')) record.role = role;
    if (org) record.organizations.push(org);
    byLogin.set(key, record);
  };
  for (const org of organizationsOf(ctx, enterprise)) {
    for (const member of org.members) add(member.login, 'MEMBER', org.login);
  }
  for (const login of enterprise.unaffiliated) add(login, 'UNAFFILIATED');
  for (const login of enterprise.owners) add(login, 'OWNER');
  return [...byLogin.values()].sort((a, b) => (a.login.toLowerCase() < b.login.toLowerCase() ? -1 : 1));
}

export function enterpriseNode(
  ctx: GraphqlContext,
  enterprise: SimEnterprise,
  organizationNode: (org: SimOrg) => Obj,
): Obj {
  return {
    __typename: 'Enterprise',
    id: enterprise.node_id,
    databaseId: enterprise.id,
    slug: enterprise.slug,
    name: enterprise.name,
    createdAt: enterprise.created_at,
    url: `https://github.com/enterprises/${enterprise.slug}`,
    resourcePath: `/enterprises/${enterprise.slug}`,
    avatarUrl: `https://avatars.githubusercontent.com/b/${enterprise.id}?v=4`,
    descriptionHTML: '',
    readmeHTML: '',
    organizations: (a: PageArgs & { query?: string | null }) => {
      const q = a.query?.toLowerCase();
      const orgs = organizationsOf(ctx, enterprise)
        .filter((org) => !q || org.login.toLowerCase().includes(q))
        .sort((x, y) => (x.login.toLowerCase() < y.login.toLowerCase() ? -1 : 1));
      return connection(orgs, a, (org) => ({ node: organizationNode(org) }));
    },
    members: (
      a: PageArgs & { role?: Role | null; organizationLogins?: string[] | null; query?: string | null },
    ) => {
      const q = a.query?.toLowerCase();
      const members = membersOf(ctx, enterprise).filter(
        (m) =>
          (!a.role || m.role === a.role) &&
          (!a.organizationLogins?.length ||
            m.organizations.some((org) => a.organizationLogins!.some((wanted) => sameLogin(wanted, org)))) &&
          (!q || m.login.toLowerCase().includes(q)),
      );
      return connection(members, a, (m) => ({ node: userNode(ctx, m.login) }));
    },
    ownerInfo: () => ({
      admins: (a: PageArgs & { role?: 'OWNER' | 'BILLING_MANAGER' | null; query?: string | null }) => {
        const q = a.query?.toLowerCase();
        const admins = [
          ...enterprise.owners.map((login) => ({ login, role: 'OWNER' })),
          ...enterprise.billing_managers.map((login) => ({ login, role: 'BILLING_MANAGER' })),
        ].filter((x) => (!a.role || x.role === a.role) && (!q || x.login.toLowerCase().includes(q)));
        return connection(admins, a, (x) => ({ node: userNode(ctx, x.login), role: x.role }));
      },
    }),
  };
}
