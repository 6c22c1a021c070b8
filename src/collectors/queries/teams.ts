import { PAGE_INFO, RATE_LIMIT } from './fragments.js';

/** Q2: teams with immediate members and repository permissions, 100 of each per team. */
export const TEAMS_QUERY = `query Teams($org: String!, $after: String, $userLogins: [String!]) {
  ${RATE_LIMIT}
  organization(login: $org) {
    teams(first: 100, after: $after, userLogins: $userLogins) {
      ${PAGE_INFO}
      nodes {
        slug name parentTeam { slug }
        members(first: 100, membership: IMMEDIATE) { ${PAGE_INFO} edges { role node { login } } }
        repositories(first: 100) { ${PAGE_INFO} edges { permission node { nameWithOwner } } }
      }
    }
  }
}`;

export const TEAM_MEMBERS_QUERY = `query TeamMembers($org: String!, $slug: String!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    team(slug: $slug) {
      members(first: 100, after: $after, membership: IMMEDIATE) { ${PAGE_INFO} edges { role node { login } } }
    }
  }
}`;

export const TEAM_REPOSITORIES_QUERY = `query TeamRepositories($org: String!, $slug: String!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    team(slug: $slug) {
      repositories(first: 100, after: $after) { ${PAGE_INFO} edges { permission node { nameWithOwner } } }
    }
  }
}`;
