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
  return `${part('REST', limits.core)}, ${part('GraphQL', limits.graphql)}`;
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

/** Requests the primary limit charged: every REST exchange but the 304s, which GitHub does not count. */
function charged(client: GitHubClient): number {
  return client.stats.restRequests - client.stats.notModified;
}

/**
 * The REST budget of one partial read: what `GET /rate_limit` said at the start, less what this
 * client has spent since and what reads in flight are expected to spend, must stay above the
 * reserve kept for reporting and the state write.
 */
export class RestBudget {
  private committed = 0;

  private constructor(
    private readonly client: GitHubClient,
    private readonly remainingAtOpen: number | null,
    private readonly chargedAtOpen: number,
    readonly reserve: number,
  ) {}

  static async open(client: GitHubClient, reserve: number): Promise<RestBudget> {
    const limits = await readRateLimits(client);
    return new RestBudget(client, limits.core?.remaining ?? null, charged(client), reserve);
  }

  /** What is left above the reserve (Infinity when the limit is unknown, e.g. GHES without one). */
  get available(): number {
    if (this.remainingAtOpen === null) return Infinity;
    return this.remainingAtOpen - (charged(this.client) - this.chargedAtOpen) - this.committed - this.reserve;
  }

  /** Whether `estimate` more requests fit; when they do they count as spent until `settle`. */
  take(estimate: number): boolean {
    if (this.available < estimate) return false;
    this.committed += estimate;
    return true;
  }

  settle(estimate: number): void {
    this.committed -= estimate;
  }
}
