// Programmatic credentials: fine-grained PAT grants (GitHub App tokens only) and SAML SSO
// credential authorizations (GHEC with SAML only). Both are REST-only.
import { mapWithConcurrency } from '../github/concurrency.js';
import type { CredentialAuthorization, CredentialType, PatGrant } from '../model.js';
import { gaps } from '../coverage/gap-scope.js';
import { HINTS } from './coverage.js';
import { concurrencyOf, type CollectContext } from './context.js';
import { listRest, loginOf, num, str, type RestRecord } from './rest-list.js';

function stringMap(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

export function toPatGrant(raw: RestRecord): PatGrant {
  const permissions = (raw.permissions ?? {}) as Record<string, unknown>;
  const selection = str(raw.repository_selection);
  return {
    id: num(raw.id) ?? 0,
    owner: loginOf(raw.owner) ?? '',
    tokenId: num(raw.token_id) ?? 0,
    tokenName: str(raw.token_name) ?? '',
    tokenExpired: raw.token_expired === true,
    expiresAt: str(raw.token_expires_at),
    lastUsedAt: str(raw.token_last_used_at),
    accessGrantedAt: str(raw.access_granted_at) ?? '',
    permissions: {
      organization: stringMap(permissions.organization),
      repository: stringMap(permissions.repository),
      other: stringMap(permissions.other),
    },
    repositorySelection: selection === 'all' || selection === 'subset' ? selection : 'none',
    repositories: null,
  };
}

export function toCredentialAuthorization(raw: RestRecord): CredentialAuthorization {
  return {
    id: num(raw.credential_id) ?? 0,
    login: str(raw.login) ?? '',
    type: (str(raw.credential_type) ?? 'personal access token') as CredentialType,
    authorizedAt: str(raw.credential_authorized_at) ?? '',
    accessedAt: str(raw.credential_accessed_at),
    expiresAt: str(raw.authorized_credential_expires_at),
    scopes: Array.isArray(raw.scopes) ? raw.scopes.filter((s): s is string => typeof s === 'string') : [],
    fingerprint: str(raw.fingerprint),
    tokenLastEight: str(raw.token_last_eight),
    title: str(raw.authorized_credential_title) ?? str(raw.authorized_credential_note),
  };
}

/**
 * `owners` narrows to those people's tokens (`owner[]=`), for the per-person collection.
 * `fromState` says which subset grants' repository lists may come from the state's copy (the
 * audit-log deltas, see delta-plan.ts); a list the state does not hold is read.
 */
export async function collectPatGrants(
  ctx: CollectContext,
  owners?: string[],
  fromState?: (grant: PatGrant) => boolean,
): Promise<PatGrant[]> {
  const params: Record<string, unknown> = { org: ctx.org };
  if (owners) params['owner[]'] = owners;
  const raw = await ctx.coverage.read(
    gaps.organization(ctx.org, 'personal-access-tokens'),
    HINTS.patGrants,
    () => listRest(ctx, 'GET /orgs/{org}/personal-access-tokens', params),
  );
  const grants = (raw ?? []).map(toPatGrant);
  // Only subset grants need their repository list; a failure leaves `repositories: null` plus a gap.
  await mapWithConcurrency(
    grants.filter((g) => g.repositorySelection === 'subset'),
    concurrencyOf(ctx),
    async (grant) => {
      const readCtx = fromState?.(grant) ? { ...ctx, fromState: true } : ctx;
      const repos = await ctx.coverage.read(gaps.pat(grant.tokenId, 'repositories'), HINTS.patGrants, () =>
        listRest(readCtx, 'GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories', {
          org: ctx.org,
          pat_id: grant.id,
        }),
      );
      if (repos) grant.repositories = repos.map((r) => str(r.full_name) ?? `${ctx.org}/${str(r.name) ?? ''}`);
    },
  );
  return grants;
}

export async function collectCredentialAuthorizations(
  ctx: CollectContext,
  login?: string,
): Promise<CredentialAuthorization[]> {
  const params: Record<string, unknown> = { org: ctx.org };
  if (login) params.login = login;
  const raw = await ctx.coverage.read(
    gaps.organization(ctx.org, 'credential-authorizations'),
    HINTS.credentialAuthorizations,
    () => listRest(ctx, 'GET /orgs/{org}/credential-authorizations', params),
  );
  return (raw ?? []).map(toCredentialAuthorization);
}
