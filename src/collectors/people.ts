// People: members with their role, outside collaborators (direct collaborators who are not
// members), bots, with SAML identity and verified e-mails where known.
import type { Person, SamlIdentity } from '../model.js';
import type { MemberRecord } from './collect-members.js';

export function isBot(login: string): boolean {
  return login.endsWith('[bot]');
}

export function buildPeople(
  members: MemberRecord[],
  collaboratorLogins: Iterable<string>,
  identities: Map<string, SamlIdentity>,
): Person[] {
  const people = new Map<string, Person>();
  for (const m of members) {
    people.set(m.login, {
      login: m.login,
      nodeId: m.nodeId,
      databaseId: m.databaseId,
      orgRole: m.role,
      outsideCollaborator: false,
      bot: isBot(m.login),
      twoFactorEnabled: m.twoFactorEnabled,
      samlIdentity: identities.get(m.login) ?? null,
      verifiedEmails: m.verifiedEmails ?? [],
    });
  }
  for (const login of collaboratorLogins) {
    if (people.has(login)) continue;
    people.set(login, {
      login,
      nodeId: null,
      databaseId: null,
      orgRole: null,
      outsideCollaborator: true,
      bot: isBot(login),
      twoFactorEnabled: null,
      samlIdentity: identities.get(login) ?? null,
      verifiedEmails: [],
    });
  }
  return [...people.values()];
}
