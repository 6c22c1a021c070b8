import { PAGE_INFO, RATE_LIMIT } from './fragments.js';

/** The enterprise's organizations (enterprise members and owners can list them). */
export const ENTERPRISE_ORGANIZATIONS_QUERY = `query EnterpriseOrganizations($slug: String!, $after: String) {
  ${RATE_LIMIT}
  enterprise(slug: $slug) {
    slug
    organizations(first: 100, after: $after) { ${PAGE_INFO} nodes { login } }
  }
}`;

/**
 * Enterprise members, optionally narrowed by role (UNAFFILIATED: in no organization) or by a
 * login (\`query\` matches by substring; the collector keeps exact matches only).
 */
export const ENTERPRISE_MEMBERS_QUERY = `query EnterpriseMembers($slug: String!, $after: String, $role: EnterpriseUserAccountMembershipRole, $login: String) {
  ${RATE_LIMIT}
  enterprise(slug: $slug) {
    members(first: 100, after: $after, role: $role, query: $login) {
      ${PAGE_INFO}
      nodes { __typename ... on User { login } ... on EnterpriseUserAccount { login } }
    }
  }
}`;

/** Enterprise owners and billing managers (visible to enterprise owners only). */
export const ENTERPRISE_ADMINS_QUERY = `query EnterpriseAdmins($slug: String!, $after: String, $login: String) {
  ${RATE_LIMIT}
  enterprise(slug: $slug) {
    ownerInfo {
      admins(first: 100, after: $after, query: $login) { ${PAGE_INFO} edges { role node { login } } }
    }
  }
}`;
