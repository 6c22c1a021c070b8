// Gather's plan for the per-repository parts (deploy keys, secrets, invitations): which
// repositories to read first when the budget cannot read them all. Pure. The state's record of
// reads and the freshness wording are in coverage/read-record.ts (evaluate uses them too).
import { permissionAtLeast, type Grant, type Repository } from '../model.js';


/**
 * How much is at stake in a repository: admin and write grants (each one a person who could
 * change its secrets and keys), and public visibility weighs like many.
 */
export function riskOf(repositories: readonly Repository[], grants: readonly Grant[]): Map<string, number> {
  const risk = new Map<string, number>(repositories.map((r) => [r.nameWithOwner, r.visibility === 'public' ? 100 : 0]));
  for (const grant of grants) {
    if (!permissionAtLeast(grant.permission, 'write')) continue;
    risk.set(grant.repo, (risk.get(grant.repo) ?? 0) + (grant.permission === 'admin' ? 2 : 1));
  }
  return risk;
}

/**
 * The reading order: never read first, then least recently read, then the riskiest; the name
 * last, so the order is the same on every run.
 */
export function readingOrder(
  repositories: readonly Repository[],
  lastRead: ReadonlyMap<string, string>,
  risk: ReadonlyMap<string, number>,
): Repository[] {
  return [...repositories].sort((a, b) => {
    const la = lastRead.get(a.nameWithOwner) ?? '';
    const lb = lastRead.get(b.nameWithOwner) ?? '';
    if (la !== lb) return la < lb ? -1 : 1;
    const ra = risk.get(a.nameWithOwner) ?? 0;
    const rb = risk.get(b.nameWithOwner) ?? 0;
    if (ra !== rb) return rb - ra;
    return a.nameWithOwner.localeCompare(b.nameWithOwner);
  });
}
