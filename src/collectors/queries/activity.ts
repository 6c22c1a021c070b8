import { PAGE_INFO, RATE_LIMIT } from './fragments.js';

const KINDS = [
  'commitContributionsByRepository',
  'pullRequestContributionsByRepository',
  'issueContributionsByRepository',
  'pullRequestReviewContributionsByRepository',
] as const;

function byRepository(withDates: boolean): string {
  return KINDS.map((kind) => {
    // Commits order by OCCURRED_AT; the other three take a bare direction.
    const order = kind.startsWith('commit')
      ? '{ field: OCCURRED_AT, direction: DESC }'
      : '{ direction: DESC }';
    const dates = withDates ? ` contributions(first: 1, orderBy: ${order}) { nodes { occurredAt } }` : '';
    return `${kind}(maxRepositories: 100) { repository { nameWithOwner }${dates} }`;
  }).join('\n        ');
}

/** Q5a: presence per repository in one window, `$first` members per query (kept small for the 10 s limit). */
export const ACTIVITY_PRESENCE_QUERY = `query ActivityPresence($org: String!, $orgId: ID!, $from: DateTime!, $to: DateTime!, $first: Int!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    membersWithRole(first: $first, after: $after) {
      ${PAGE_INFO}
      nodes { login contributionsCollection(organizationID: $orgId, from: $from, to: $to) {
        ${byRepository(false)}
      } }
    }
  }
}`;

/** Q5b for a few named people: exact latest dates per repository. */
export const ACTIVITY_DATES_QUERY = `query ActivityDates($login: String!, $orgId: ID!, $from: DateTime!, $to: DateTime!) {
  ${RATE_LIMIT}
  user(login: $login) {
    login
    contributionsCollection(organizationID: $orgId, from: $from, to: $to) {
        ${byRepository(true)}
    }
  }
}`;

/**
 * Q5b for several people in one query, one alias per person (`u0`, `u1`, …): each person costs a
 * request of their own otherwise, and a night reads a few hundred of them.
 */
export function activityDatesBatchQuery(people: number): string {
  const logins = Array.from({ length: people }, (_, i) => `$l${i}: String!`).join(', ');
  const users = Array.from(
    { length: people },
    (_, i) => `u${i}: user(login: $l${i}) {
    login
    contributionsCollection(organizationID: $orgId, from: $from, to: $to) {
        ${byRepository(true)}
    }
  }`,
  ).join('\n  ');
  return `query ActivityDatesBatch(${logins}, $orgId: ID!, $from: DateTime!, $to: DateTime!) {
  ${RATE_LIMIT}
  ${users}
}`;
}

export const ORGANIZATION_ID_QUERY = `query OrganizationId($org: String!) {
  ${RATE_LIMIT}
  organization(login: $org) { id }
}`;
