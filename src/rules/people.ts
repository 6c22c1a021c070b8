// Who the audit rules judge as a person: bots and service accounts are automation, not people.
import type { Person } from '../model.js';
import { matchAnyGlob } from '../policy/glob.js';

export function isBot(login: string, person?: Person): boolean {
  return (person?.bot ?? false) || login.toLowerCase().endsWith('[bot]');
}

export function isServiceAccount(login: string, serviceAccounts: readonly string[]): boolean {
  return matchAnyGlob(serviceAccounts, login);
}

export function isMember(person: Person): boolean {
  return person.orgRole === 'owner' || person.orgRole === 'member';
}
