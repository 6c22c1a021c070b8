// SAML identities (nameId, user name, e-mails) by GitHub login, and how each external identity
// links an account to the identity provider (SAML and SCIM). An organization without SAML has
// no identity provider: that is "nothing there", not a gap.
import type { ExternalIdentityLink, SamlIdentity } from '../model.js';
import { describeFailure, HINTS } from './coverage.js';
import type { CollectContext, PageInfo } from './context.js';
import { graphqlReason, readGraphql, type GraphqlResult } from './graphql-read.js';
import { IDENTITIES_QUERY } from './queries/identities.js';
import { gaps } from '../coverage/gap-scope.js';

export interface IdentityNode {
  guid: string;
  user: { login: string } | null;
  samlIdentity: { nameId: string | null; username: string | null; emails: { value: string }[] | null } | null;
  scimIdentity?: { username: string | null } | null;
}

export interface ExternalIdentities {
  /** False when the organization has no SAML identity provider (or it could not be read). */
  provider: boolean;
  identities: Map<string, SamlIdentity>;
  links: ExternalIdentityLink[];
}

interface IdentitiesPage {
  organization: {
    samlIdentityProvider: {
      externalIdentities: { pageInfo: PageInfo; nodes: (IdentityNode | null)[] };
    } | null;
  } | null;
}

export function toSamlIdentity(node: IdentityNode): SamlIdentity | null {
  if (!node.samlIdentity) return null;
  return {
    nameId: node.samlIdentity.nameId,
    username: node.samlIdentity.username,
    emails: (node.samlIdentity.emails ?? []).map((e) => e.value),
  };
}

export async function collectSamlIdentities(ctx: CollectContext): Promise<Map<string, SamlIdentity>> {
  return (await collectExternalIdentities(ctx)).identities;
}

export async function collectExternalIdentities(ctx: CollectContext): Promise<ExternalIdentities> {
  const result: ExternalIdentities = { provider: false, identities: new Map(), links: [] };
  const resource = gaps.organization(ctx.org, 'saml-identities');
  let after: string | null = null;
  for (;;) {
    let page: GraphqlResult<IdentitiesPage>;
    try {
      page = await readGraphql<IdentitiesPage>(ctx.client, IDENTITIES_QUERY, { org: ctx.org, after });
    } catch (error) {
      ctx.coverage.add(resource, describeFailure(error, HINTS.members));
      return result;
    }
    if (page.errors[0]) {
      ctx.coverage.add(resource, graphqlReason(page.errors[0]));
      return result;
    }
    const connection: { pageInfo: PageInfo; nodes: (IdentityNode | null)[] } | undefined =
      page.data?.organization?.samlIdentityProvider?.externalIdentities;
    if (!connection) return result;
    result.provider = true;
    for (const node of connection.nodes) {
      const identity = node ? toSamlIdentity(node) : null;
      if (node?.user && identity) result.identities.set(node.user.login, identity);
      if (node?.user) {
        result.links.push({
          login: node.user.login,
          samlNameId: node.samlIdentity?.nameId ?? null,
          scimUserName: node.scimIdentity?.username ?? null,
        });
      }
    }
    if (!connection.pageInfo.hasNextPage) return result;
    after = connection.pageInfo.endCursor;
  }
}
