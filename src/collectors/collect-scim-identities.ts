// SCIM identities (`GET /scim/v2/organizations/{org}/Users`), joined to GitHub logins through the
// external identities' `scimIdentity.username`. SCIM pages by `startIndex`/`count` (no Link
// header), so pages are walked here. Read only where the organization has a SAML identity
// provider: without one there is no SCIM, which is "nothing there", not a gap.
import type { ExternalIdentityLink, ScimIdentity } from '../model.js';
import { HINTS } from './coverage.js';
import type { CollectContext } from './context.js';
import { str, type RestRecord } from './rest-list.js';
import { gaps } from '../coverage/gap-scope.js';

const PAGE = 100;

export function toScimIdentity(raw: RestRecord, links: readonly ExternalIdentityLink[]): ScimIdentity {
  const userName = str(raw.userName) ?? '';
  const emails = Array.isArray(raw.emails)
    ? raw.emails.map((e) => str((e as RestRecord).value)).filter((e): e is string => e !== null)
    : [];
  const link = links.find(
    (l) => l.scimUserName !== null && l.scimUserName.toLowerCase() === userName.toLowerCase(),
  );
  return {
    id: str(raw.id) ?? '',
    userName,
    externalId: str(raw.externalId),
    emails,
    active: raw.active !== false,
    login: link?.login ?? null,
  };
}

interface ScimPage {
  totalResults?: number;
  Resources?: RestRecord[];
}

export async function collectScimIdentities(
  ctx: CollectContext,
  links: readonly ExternalIdentityLink[],
  options: { userName?: string } = {},
): Promise<ScimIdentity[]> {
  const read = async (): Promise<RestRecord[]> => {
    const all: RestRecord[] = [];
    for (let startIndex = 1; ; startIndex += PAGE) {
      const response = await ctx.client.rest.request('GET /scim/v2/organizations/{org}/Users', {
        org: ctx.org,
        startIndex,
        count: PAGE,
        ...(options.userName ? { filter: `userName eq "${options.userName.replace(/"/g, '')}"` } : {}),
      });
      const page = response.data as ScimPage;
      const resources = page.Resources ?? [];
      all.push(...resources);
      if (resources.length < PAGE || all.length >= (page.totalResults ?? 0)) return all;
    }
  };
  const raw = await ctx.coverage.read(
    gaps.organization(ctx.org, 'scim-identities'),
    HINTS.scim,
    read,
  );
  return (raw ?? []).map((identity) => toScimIdentity(identity, links));
}
