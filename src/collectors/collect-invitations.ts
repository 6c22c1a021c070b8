// Open invitations: organization-level (one list) and repository-level (per repository; GraphQL
// has no per-repository connection for them).
import { mapWithConcurrency } from '../github/concurrency.js';
import type { Invitation } from '../model.js';
import { gaps } from '../coverage/gap-scope.js';
import { resourceId } from '../resource-id.js';
import { HINTS } from './coverage.js';
import { concurrencyOf, type CollectContext } from './context.js';
import { listRest, loginOf, num, str, type RestRecord } from './rest-list.js';

export function toOrgInvitation(org: string, raw: RestRecord): Invitation {
  return {
    id: String(num(raw.id) ?? str(raw.id) ?? ''),
    kind: 'organization',
    login: str(raw.login),
    email: str(raw.email),
    target: resourceId.organization(org),
    role: str(raw.role),
    createdAt: str(raw.created_at),
    inviter: loginOf(raw.inviter),
  };
}

export function toRepoInvitation(repo: string, raw: RestRecord): Invitation {
  return {
    id: String(num(raw.id) ?? ''),
    kind: 'repository',
    login: loginOf(raw.invitee),
    email: null,
    target: resourceId.repository(repo),
    role: str(raw.permissions),
    createdAt: str(raw.created_at),
    inviter: loginOf(raw.inviter),
  };
}

export async function collectOrgInvitations(ctx: CollectContext): Promise<Invitation[]> {
  const raw = await ctx.coverage.read(gaps.organization(ctx.org, 'invitations'), HINTS.members, () =>
    listRest(ctx, 'GET /orgs/{org}/invitations', { org: ctx.org }),
  );
  return (raw ?? []).map((r) => toOrgInvitation(ctx.org, r));
}

export async function collectRepoInvitations(ctx: CollectContext, repos: string[]): Promise<Invitation[]> {
  const perRepo = await mapWithConcurrency(repos, concurrencyOf(ctx), async (repo) => {
    const [owner, name] = repo.split('/');
    const raw = await ctx.coverage.read(
      gaps.repository(repo, 'invitations'),
      HINTS.repoAdministration,
      () => listRest(ctx, 'GET /repos/{owner}/{repo}/invitations', { owner, repo: name }),
    );
    // An expired invitation stays listed until deleted, but grants nothing and cannot be
    // accepted: it is not access (and the audit's invitation plan relies on it).
    return (raw ?? []).filter((r) => r.expired !== true).map((r) => toRepoInvitation(repo, r));
  });
  return perRepo.flat();
}
