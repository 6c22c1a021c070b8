// The e-mail addresses the organization knows for an account: its SAML identity (name id and
// e-mails) and its verified-domain e-mails. HR's e-mail resolves through these.
import type { SimOrg } from '../state.js';

export function emailsOf(org: SimOrg, login: string): string[] {
  const emails = new Set<string>(org.verified_domain_emails[login] ?? []);
  for (const identity of org.saml_identities) {
    if (identity.login !== login) continue;
    emails.add(identity.name_id);
    for (const email of identity.emails) emails.add(email);
  }
  return [...emails];
}

/** Logins an e-mail address resolves to (case-insensitive), through SAML identities and verified e-mails. */
export function loginsForEmail(org: SimOrg, email: string): string[] {
  const wanted = email.toLowerCase();
  const logins = new Set<string>();
  for (const identity of org.saml_identities) {
    if (
      identity.login &&
      [identity.name_id, ...identity.emails].some((value) => value.toLowerCase() === wanted)
    ) {
      logins.add(identity.login);
    }
  }
  for (const [login, emails] of Object.entries(org.verified_domain_emails)) {
    if (emails.some((value) => value.toLowerCase() === wanted)) logins.add(login);
  }
  return [...logins].sort();
}
