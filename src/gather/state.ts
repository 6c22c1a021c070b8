// Reading the audit history the host keeps, and handing last run's ETags to the client so that
// unchanged lists answer 304 (which GitHub does not count against the limit).
import { EtagCache } from '../github/etag-cache.js';
import type { RunState } from '../state/types.js';
import type { RunContext } from '../run-context.js';

export async function gatherHistory(ctx: RunContext): Promise<RunState | null> {
  const previous = await ctx.store.read();
  for (const [key, entry] of Object.entries(EtagCache.unpack(previous?.etags).toJSON().entries)) {
    ctx.etagCache.set(key, entry);
  }
  return previous;
}

/**
 * Only the organization's data is worth keeping between runs: the state file itself (which would
 * then contain its previous version, and so on) and the action's own issues are read fresh.
 */
export function isOrganizationRead(cacheKey: string): boolean {
  // The audit log's pages neither: their URLs carry the day they start from, so none is asked
  // for twice, and the state keeps the events themselves (`auditLog`).
  if (/\/orgs\/[^/]+\/audit-log(\?|$)/.test(cacheKey)) return false;
  return !/\/repos\/[^/]+\/[^/]+\/(contents|git|issues|labels|check-runs|commits)(\/|\?|$)/.test(cacheKey);
}

/** The ETags worth storing with the history, once every read of the run is done. */
export function etagsToKeep(ctx: RunContext): unknown {
  return ctx.etagCache.packShards(isOrganizationRead);
}
