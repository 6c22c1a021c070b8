import { PAGE_INFO, RATE_LIMIT } from './fragments.js';

const IDENTITY = `guid user { login } samlIdentity { nameId username emails { value } } scimIdentity { username }`;

/** Q4: SAML identities (organizations with SSO only; null provider otherwise). */
export const IDENTITIES_QUERY = `query Identities($org: String!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    samlIdentityProvider {
      externalIdentities(first: 100, after: $after) { ${PAGE_INFO} nodes { ${IDENTITY} } }
    }
  }
}`;

/** One e-mail from HR: identities whose SAML user name (usually the e-mail) matches. */
export const IDENTITY_BY_USERNAME_QUERY = `query IdentityByUserName($org: String!, $userName: String!) {
  ${RATE_LIMIT}
  organization(login: $org) {
    samlIdentityProvider {
      externalIdentities(first: 10, userName: $userName) { nodes { ${IDENTITY} } }
    }
  }
}`;

/** The identity linked to one GitHub login (per-person collection). */
export const IDENTITY_BY_LOGIN_QUERY = `query IdentityByLogin($org: String!, $login: String!) {
  ${RATE_LIMIT}
  organization(login: $org) {
    samlIdentityProvider {
      externalIdentities(first: 1, login: $login) { nodes { ${IDENTITY} } }
    }
  }
}`;
