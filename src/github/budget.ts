// The API budget: read at start and end (GET /rate_limit is free) and checked before each
// expensive phase, so a scan that cannot finish stops with a coverage gap instead of crashing
// or burning the rest of the hour.
import type { GitHubClient } from './types.js';

export interface RateWindow {
  limit: number;
  remaining: number;
  /** ISO time of the reset. */
  resetAt: string;
}

export interface RateLimits {
  core: RateWindow | null;
  graphql: RateWindow | null;
}

interface RateResource {
  limit: number;
  remaining: number;
  reset: number;
}

function window(resource: RateResource | undefined): RateWindow | null {
  if (!resource) return null;
  return {
    limit: resource.limit,
    remaining: resource.remaining,
    resetAt: new Date(resource.reset * 1000).toISOString(),
  };
}

/** Null windows when the endpoint is unavailable (e.g. rate limiting disabled on GHES). */
export async function readRateLimits(client: GitHubClient): Promise<RateLimits> {
  try {
    const response = await client.rest.request('GET /rate_limit');
    const resources = response.data.resources as unknown as Record<string, RateResource | undefined>;
    return { core: window(resources.core), graphql: window(resources.graphql) };
  } catch {
    return { core: null, graphql: null };
  }
}

export function describeRateLimits(limits: RateLimits): string {
  const part = (name: string, w: RateWindow | null) =>
    w ? `${name} ${w.remaining}/${w.limit} (resets ${w.resetAt})` : `${name} unknown`;
  return `rate limit: ${part('REST', limits.core)}, ${part('GraphQL', limits.graphql)}`;
}

export interface PhaseCost {
  rest?: number;
  graphql?: number;
}

/**
 * Answers whether the next phase fits the remaining budget; when it does not, the reason to
 * record as the phase's coverage gap. Unknown limits never block (GHES may have none).
 */
export async function budgetShortfall(client: GitHubClient, cost: PhaseCost): Promise<string | null> {
  const limits = await readRateLimits(client);
  const short = (w: RateWindow | null, needed = 0) =>
    w !== null && needed > 0 && w.remaining < needed ? w : null;
  const core = short(limits.core, cost.rest);
  const graphql = short(limits.graphql, cost.graphql);
  const hit = core ?? graphql;
  if (!hit) return null;
  const kind = core ? 'REST' : 'GraphQL';
  const needed = core ? cost.rest : cost.graphql;
  return `rate-limit budget exhausted (${kind}: ${hit.remaining} left, about ${needed} needed); resets at ${hit.resetAt}`;
}
