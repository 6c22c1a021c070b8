// Members with their organization role, 2FA state and verified-domain e-mails (Q1).
import { membersQuery } from './queries/members.js';
import { describeFailure, HINTS } from './coverage.js';
import type { CollectContext, PageInfo } from './context.js';
import { graphqlReason, readGraphql, type GraphqlResult } from './graphql-read.js';
import { gaps } from '../coverage/gap-scope.js';

export interface MemberRecord {
  login: string;
  nodeId: string | null;
  databaseId: number | null;
  role: 'owner' | 'member';
  twoFactorEnabled: boolean | null;
  /** Null when the e-mails could not be read (a gap says so). */
  verifiedEmails: string[] | null;
}

interface MembersPage {
  organization: {
    id: string;
    membersWithRole: {
      pageInfo: PageInfo;
      edges: ({
        role: 'ADMIN' | 'MEMBER';
        hasTwoFactorEnabled: boolean | null;
        node: {
          login: string;
          id: string;
          databaseId: number | null;
          organizationVerifiedDomainEmails?: string[];
        } | null;
      } | null)[];
    };
  } | null;
}

export interface MembersResult {
  members: MemberRecord[];
  organizationId: string | null;
  /** False when the member list is incomplete (a gap was recorded). */
  complete: boolean;
}

export async function collectMembers(ctx: CollectContext): Promise<MembersResult> {
  const members: MemberRecord[] = [];
  const resource = gaps.organization(ctx.org, 'members');
  let withEmails = true;
  let after: string | null = null;
  let organizationId: string | null = null;
  for (;;) {
    let page: MembersPage | null;
    try {
      const result: GraphqlResult<MembersPage> = await readGraphql<MembersPage>(
        ctx.client,
        membersQuery(withEmails),
        { org: ctx.org, after },
      );
      const emailErrors = result.errors.filter((e) => e.path.includes('organizationVerifiedDomainEmails'));
      if (withEmails && emailErrors.length > 0) {
        // A non-null list field that errors nulls the whole member node: re-read the page without it.
        ctx.coverage.add(
          gaps.organization(ctx.org, 'verified-emails'),
          graphqlReason(emailErrors[0]),
        );
        withEmails = false;
        continue;
      }
      if (result.errors.length > 0) ctx.coverage.add(resource, graphqlReason(result.errors[0]));
      page = result.data;
    } catch (error) {
      ctx.coverage.add(resource, describeFailure(error, HINTS.members));
      return { members, organizationId, complete: false };
    }
    const connection: NonNullable<MembersPage['organization']>['membersWithRole'] | undefined =
      page?.organization?.membersWithRole;
    if (!page?.organization || !connection) {
      ctx.coverage.add(resource, `organization ${ctx.org} not visible to the token`);
      return { members, organizationId, complete: false };
    }
    organizationId = page.organization.id;
    for (const edge of connection.edges) {
      if (!edge?.node) continue;
      members.push({
        login: edge.node.login,
        nodeId: edge.node.id,
        databaseId: edge.node.databaseId,
        role: edge.role === 'ADMIN' ? 'owner' : 'member',
        twoFactorEnabled: edge.hasTwoFactorEnabled,
        verifiedEmails: withEmails ? (edge.node.organizationVerifiedDomainEmails ?? []) : null,
      });
    }
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { members, organizationId, complete: !ctx.coverage.has(resource) };
}
