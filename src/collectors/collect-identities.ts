// SAML identities (nameId, user name, e-mails) by GitHub login. An organization without SAML
// has no identity provider: that is "nothing there", not a gap.
import type { SamlIdentity } from '../model.js';
import { gaps } from '../coverage/gap-scope.js';
import { describeFailure, HINTS } from './coverage.js';
import type { CollectContext, PageInfo } from './context.js';
import { graphqlReason, readGraphql, type GraphqlResult } from './graphql-read.js';
import { IDENTITIES_QUERY } from './queries/identities.js';

export interface IdentityNode {
  guid: string;
  user: { login: string } | null;
  samlIdentity: { nameId: string | null; username: string | null; emails: { value: string }[] | null } | null;
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
  const identities = new Map<string, SamlIdentity>();
  const resource = gaps.organization(ctx.org, 'saml-identities');
  let after: string | null = null;
  for (;;) {
    let page: GraphqlResult<IdentitiesPage>;
    try {
      page = await readGraphql<IdentitiesPage>(ctx.client, IDENTITIES_QUERY, { org: ctx.org, after });
    } catch (error) {
      ctx.coverage.add(resource, describeFailure(error, HINTS.members));
      return identities;
    }
    if (page.errors[0]) {
      ctx.coverage.add(resource, graphqlReason(page.errors[0]));
      return identities;
    }
    const connection: { pageInfo: PageInfo; nodes: (IdentityNode | null)[] } | undefined =
      page.data?.organization?.samlIdentityProvider?.externalIdentities;
    if (!connection) return identities;
    for (const node of connection.nodes) {
      const identity = node ? toSamlIdentity(node) : null;
      if (node?.user && identity) identities.set(node.user.login, identity);
    }
    if (!connection.pageInfo.hasNextPage) return identities;
    after = connection.pageInfo.endCursor;
  }
}
