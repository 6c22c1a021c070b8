import { PAGE_INFO, RATE_LIMIT } from './fragments.js';

/** Q1 of the request plan; `withEmails: false` is the fallback when verified e-mails are denied. */
export function membersQuery(withEmails: boolean): string {
  const emails = withEmails ? 'organizationVerifiedDomainEmails(login: $org)' : '';
  return `query Members($org: String!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    id
    membersWithRole(first: 100, after: $after) {
      ${PAGE_INFO}
      edges { role hasTwoFactorEnabled node { login id databaseId ${emails} } }
    }
  }
}`;
}

export const USER_QUERY = `query User($org: String!, $login: String!) {
  ${RATE_LIMIT}
  user(login: $login) { login id databaseId organizationVerifiedDomainEmails(login: $org) }
}`;
