// E-mail (from HR) → candidate GitHub logins, each with how it matched. Deciding which
// candidate is the person is the offboarding policy's job, not ours: we only report evidence.
import type { GitHubClient } from '../github/types.js';
import type { CoverageGap, IdentityCandidate } from '../model.js';
import { gaps } from '../coverage/gap-scope.js';
import { collectMembers } from './collect-members.js';
import type { IdentityNode } from './collect-identities.js';
import { Coverage, HINTS } from './coverage.js';
import { quietLogger, type CollectContext } from './context.js';
import { graphqlReason, readGraphql } from './graphql-read.js';
import { IDENTITY_BY_USERNAME_QUERY } from './queries/identities.js';

export interface PeopleByEmail {
  candidates: IdentityCandidate[];
  coverage: CoverageGap[];
}

type IdentityPage = {
  organization: {
    samlIdentityProvider: { externalIdentities: { nodes: (IdentityNode | null)[] } } | null;
  } | null;
};

function samlMatches(email: string, node: IdentityNode): IdentityCandidate[] {
  const login = node.user?.login;
  const saml = node.samlIdentity;
  if (!login || !saml) return [];
  const same = (value: string | null | undefined) => value?.toLowerCase() === email;
  const found: IdentityCandidate[] = [];
  if (same(saml.nameId)) found.push({ login, matchedBy: 'saml-name-id', value: saml.nameId ?? email });
  if (same(saml.username)) found.push({ login, matchedBy: 'saml-username', value: saml.username ?? email });
  for (const e of saml.emails ?? [])
    if (same(e.value)) found.push({ login, matchedBy: 'saml-email', value: e.value });
  return found;
}

export async function findPeopleByEmail(
  client: GitHubClient,
  org: string,
  emails: string[],
): Promise<PeopleByEmail> {
  const coverage = new Coverage();
  const ctx: CollectContext = { client, org, coverage, logger: quietLogger };
  const candidates: IdentityCandidate[] = [];
  const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  let noProvider = false;
  for (const email of wanted) {
    if (noProvider) break;
    const page = await coverage.read(gaps.organization(org, 'saml-identities'), HINTS.members, () =>
      readGraphql<IdentityPage>(client, IDENTITY_BY_USERNAME_QUERY, { org, userName: email }),
    );
    if (page?.errors[0])
      coverage.add(gaps.organization(org, 'saml-identities'), graphqlReason(page.errors[0]));
    const provider = page?.data?.organization?.samlIdentityProvider;
    if (page?.data && !provider) noProvider = true; // no SAML: nothing to find there, not a gap
    for (const node of provider?.externalIdentities.nodes ?? [])
      if (node) candidates.push(...samlMatches(email, node));
  }
  // Verified-domain e-mails are per user, so finding one means reading the members (Q1). It is
  // read even when SAML answered: a second account holding the same address makes the e-mail
  // ambiguous, and offboarding must then refuse to guess.
  if (wanted.length > 0) {
    const { members } = await collectMembers(ctx);
    for (const member of members) {
      for (const address of member.verifiedEmails ?? []) {
        if (wanted.includes(address.toLowerCase()))
          candidates.push({ login: member.login, matchedBy: 'verified-email', value: address });
      }
    }
  }
  return { candidates, coverage: coverage.gaps };
}
