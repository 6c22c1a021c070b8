// deprovisioned-identity-access: the identity provider (or HR) says a person is gone, GitHub
// says they still hold access — the offboarding automation failed silently. Three signals:
// a SCIM identity with `active: false`; a linked external identity whose SAML identity is gone
// (only the SCIM side is left); a roster row marking the person terminated. One finding per
// person and organization, listing every signal. Members the roster does not know are listed
// for review at `low`, apart from bots and the policy's service accounts.
import type { Finding, Person, RosterPerson, Snapshot } from '../model.js';
import { resourceId } from '../resource-id.js';
import { defineRule, makeFinding } from './finding.js';
import { isBot, isMember, isServiceAccount } from './people.js';
import { isoDay } from './time.js';

type Signal =
  | { source: 'scim'; scimId: string; userName: string }
  | { source: 'saml'; scimUserName: string | null }
  | { source: 'roster'; email: string; terminatedAt: string | null; row: string };

const same = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** Every e-mail GitHub ties to the person in this organization (SAML, SCIM, verified domains). */
export function identityEmails(snapshot: Snapshot, person: Person): string[] {
  const emails = new Set<string>();
  const add = (value: string | null | undefined) => {
    if (value?.includes('@')) emails.add(value.toLowerCase());
  };
  add(person.samlIdentity?.nameId);
  add(person.samlIdentity?.username);
  for (const email of person.samlIdentity?.emails ?? []) add(email);
  for (const email of person.verifiedEmails) add(email);
  for (const scim of snapshot.scimIdentities) {
    if (!same(scim.login, person.login)) continue;
    add(scim.userName);
    for (const email of scim.emails) add(email);
  }
  return [...emails];
}

export function rosterMatch(
  roster: readonly RosterPerson[],
  emails: readonly string[],
): RosterPerson | undefined {
  return roster.find((row) => emails.includes(row.email.toLowerCase()));
}

function holdsAccess(snapshot: Snapshot, person: Person): boolean {
  return isMember(person) || snapshot.grants.some((grant) => same(grant.login, person.login));
}

function signalsFor(snapshot: Snapshot, person: Person): Signal[] {
  const signals: Signal[] = [];
  for (const scim of snapshot.scimIdentities) {
    if (same(scim.login, person.login) && !scim.active)
      signals.push({ source: 'scim', scimId: scim.id, userName: scim.userName });
  }
  for (const link of snapshot.identityLinks) {
    if (same(link.login, person.login) && link.samlNameId === null)
      signals.push({ source: 'saml', scimUserName: link.scimUserName });
  }
  const row = snapshot.roster ? rosterMatch(snapshot.roster, identityEmails(snapshot, person)) : undefined;
  if (row?.status === 'terminated')
    signals.push({ source: 'roster', email: row.email, terminatedAt: row.terminatedAt, row: row.source });
  return signals;
}

function describe(signal: Signal): string {
  switch (signal.source) {
    case 'scim':
      return `the identity provider deprovisioned the SCIM identity ${signal.userName}`;
    case 'saml':
      return 'the SAML identity is gone from the identity provider';
    case 'roster':
      return `HR's roster lists ${signal.email} as terminated${signal.terminatedAt ? ` on ${isoDay(signal.terminatedAt)}` : ''} (${signal.row})`;
  }
}

export const deprovisionedIdentityAccess = defineRule(
  'deprovisioned-identity-access',
  ({ snapshot, policy }) => {
    const findings: Finding[] = [];
    const org = snapshot.organization;
    for (const person of snapshot.people) {
      if (!holdsAccess(snapshot, person)) continue;
      const signals = signalsFor(snapshot, person);
      const role =
        person.orgRole === 'owner'
          ? 'an owner'
          : person.orgRole === 'member'
            ? 'a member'
            : 'an outside collaborator';
      if (signals.length > 0) {
        findings.push(
          makeFinding(policy, 'deprovisioned-identity-access', {
            subject: person.login,
            resource: resourceId.organization(org),
            message: `${person.login} is still ${role} of ${org}, but ${signals.map(describe).join('; and ')}`,
            evidence: { role: person.orgRole, signals },
          }),
        );
        continue;
      }
      if (!snapshot.roster || !isMember(person) || isBot(person.login, person)) continue;
      if (isServiceAccount(person.login, policy.serviceAccounts)) continue;
      const emails = identityEmails(snapshot, person);
      if (rosterMatch(snapshot.roster, emails)) continue;
      findings.push({
        ...makeFinding(policy, 'deprovisioned-identity-access', {
          subject: person.login,
          resource: resourceId.organization(org),
          key: 'roster-unmatched',
          message: `${person.login} is ${role} of ${org} but matches no one in HR's roster (${emails.length ? emails.join(', ') : 'no identity e-mail'}): review whether the account belongs to a current employee`,
          evidence: { role: person.orgRole, signals: [], rosterUnmatched: true, emails },
        }),
        // Unknown to HR is a question to ask, not a leaver: below the rule's own severity.
        severity: 'low',
      });
    }
    return findings;
  },
);
