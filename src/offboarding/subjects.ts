// Who is being offboarded. HR systems speak e-mail, GitHub speaks logins: an e-mail is matched
// to an account only through the organization's SAML identities or verified-domain e-mails,
// and only when exactly one account matches. A wrong guess would revoke someone else's access.
import { loginKey, sameLogin } from '../identity.js';
import type { IdentityCandidate, Person } from '../model.js';

export type SubjectInput =
  { kind: 'login'; value: string } | { kind: 'email'; value: string } | { kind: 'invalid'; value: string };

export type SubjectResolution =
  { login: string; matchedBy: IdentityCandidate['matchedBy']; value: string } | { error: string };

// GitHub logins: alphanumerics and single hyphens, no leading/trailing hyphen, at most 39 chars.
// Bots keep their `[bot]` suffix so that app accounts can be offboarded too.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
// The WHATWG "valid e-mail address" (what browsers accept in <input type=email>), with a dot
// required in the domain: only compared, never delivered, but it must look like an address.
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
/** RFC 5321's limit on a forward path. */
const MAX_EMAIL_LENGTH = 254;

export function classifySubject(raw: string): SubjectInput {
  const value = raw.trim();
  if (value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value)) return { kind: 'email', value };
  if (LOGIN.test(value)) return { kind: 'login', value };
  return { kind: 'invalid', value };
}

/**
 * The `subjects` input or event value: a comma/newline separated string, or (from a
 * `repository_dispatch` payload) an array of strings. Trimmed, blanks dropped, de-duplicated
 * case-insensitively (logins and e-mail addresses are both case-insensitive), order kept. A
 * list entry that is not a string is an invalid subject (reported), never text like "null".
 */
export function parseSubjects(raw: unknown): SubjectInput[] {
  const parts: (string | SubjectInput)[] = [];
  const add = (text: string) => parts.push(...text.split(/[,\r\n]+/));
  if (typeof raw === 'string') add(raw);
  else if (Array.isArray(raw)) {
    for (const entry of raw) {
      if (typeof entry === 'string') add(entry);
      else parts.push({ kind: 'invalid', value: (JSON.stringify(entry) ?? typeof entry).slice(0, 40) });
    }
  }
  const seen = new Set<string>();
  const subjects: SubjectInput[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') {
      subjects.push(part);
      continue;
    }
    const value = part.trim();
    if (value === '' || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    subjects.push(classifySubject(value));
  }
  return subjects;
}

/** Every way each person can be recognised, from what the collectors read. */
export function identityCandidates(people: Person[]): IdentityCandidate[] {
  const candidates: IdentityCandidate[] = [];
  for (const person of people) {
    candidates.push({ login: person.login, matchedBy: 'login', value: person.login });
    const saml = person.samlIdentity;
    if (saml?.nameId) candidates.push({ login: person.login, matchedBy: 'saml-name-id', value: saml.nameId });
    if (saml?.username)
      candidates.push({ login: person.login, matchedBy: 'saml-username', value: saml.username });
    for (const email of saml?.emails ?? [])
      candidates.push({ login: person.login, matchedBy: 'saml-email', value: email });
    for (const email of person.verifiedEmails) {
      candidates.push({ login: person.login, matchedBy: 'verified-email', value: email });
    }
  }
  return candidates;
}

/**
 * A login is taken as given (the person may already be gone from the organization, and the
 * post phase must still check what they left behind). An e-mail must match exactly one login
 * through a SAML identity or a verified-domain e-mail; otherwise the subject is an error.
 */
export function resolveSubject(
  input: SubjectInput | string,
  candidates: IdentityCandidate[],
): SubjectResolution {
  const subject = typeof input === 'string' ? classifySubject(input) : input;
  if (subject.kind === 'invalid') {
    const shown = subject.value.length > 60 ? `${subject.value.slice(0, 60)}…` : subject.value;
    return { error: `${JSON.stringify(shown)} is neither a GitHub login nor an e-mail address` };
  }
  if (subject.kind === 'login') {
    const known = candidates.find(
      (candidate) =>
        candidate.matchedBy === 'login' && sameLogin(candidate.login, subject.value),
    );
    // Use GitHub's spelling when we know it, so resource ids and titles stay stable.
    return { login: known?.login ?? subject.value, matchedBy: 'login', value: subject.value };
  }
  const wanted = subject.value.toLowerCase();
  const matches = candidates.filter(
    (candidate) => candidate.matchedBy !== 'login' && candidate.value.trim().toLowerCase() === wanted,
  );
  const logins = [...new Set(matches.map((match) => loginKey(match.login)))];
  if (logins.length === 0) {
    return {
      error: `no GitHub account matches ${subject.value}: no SAML identity or verified-domain e-mail of the organization has it`,
    };
  }
  if (logins.length > 1) {
    const described = matches.map((match) => `${match.login} (${match.matchedBy})`);
    return {
      error: `${subject.value} matches more than one GitHub account: ${[...new Set(described)].join(', ')}; give the login instead`,
    };
  }
  const match = matches[0];
  return { login: match.login, matchedBy: match.matchedBy, value: match.value };
}
