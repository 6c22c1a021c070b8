// GitHub's secondary rate limits, modelled so that the benchmark measures them and tests can
// prove the client stays under them: at most so many points a minute on one REST endpoint
// (route) and on GraphQL, at most so many requests in flight at once (REST and GraphQL
// together). A request over a limit answers 403 with `retry-after`, as GitHub does.

export interface SecondaryLimits {
  /** 900 on github.com. */
  restPointsPerWindow: number;
  /** 2,000 on github.com. */
  graphqlPointsPerWindow: number;
  /** 100 on github.com. */
  maxConcurrent: number;
  /** A minute on github.com; tests shorten it. */
  windowMs: number;
}

export const GITHUB_SECONDARY_LIMITS: SecondaryLimits = {
  restPointsPerWindow: 900,
  graphqlPointsPerWindow: 2000,
  maxConcurrent: 100,
  windowMs: 60_000,
};

/** GET/HEAD/OPTIONS and GraphQL queries cost 1 point; REST writes and GraphQL mutations 5. */
export function pointsOf(method: string, graphqlBody?: string): number {
  if (graphqlBody !== undefined) {
    try {
      const query = (JSON.parse(graphqlBody) as { query?: unknown }).query;
      return typeof query === 'string' && /^\s*mutation\b/.test(query) ? 5 : 1;
    } catch {
      return 1;
    }
  }
  return ['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase()) ? 1 : 5;
}

export class SecondaryLimiter {
  inFlight = 0;
  peakInFlight = 0;
  private readonly spent = new Map<string, { at: number; points: number }[]>();

  /** A request arrived (counted from arrival, as a connection GitHub is serving). */
  arrive(): void {
    this.inFlight += 1;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
  }

  leave(): void {
    this.inFlight -= 1;
  }

  /**
   * Null when the request is admitted (its points are then spent), else the `retry-after`
   * seconds until it would fit.
   */
  admit(
    limits: SecondaryLimits | null,
    endpoint: string,
    points: number,
    now: number,
  ): { limit: 'concurrency' | 'points'; retryAfter: number } | null {
    if (!limits) return null;
    if (this.inFlight > limits.maxConcurrent) return { limit: 'concurrency', retryAfter: 1 };
    const limit = endpoint === 'POST /graphql' ? limits.graphqlPointsPerWindow : limits.restPointsPerWindow;
    let spent = this.spent.get(endpoint);
    if (!spent) this.spent.set(endpoint, (spent = []));
    while (spent.length > 0 && spent[0].at <= now - limits.windowMs) spent.shift();
    const used = spent.reduce((sum, s) => sum + s.points, 0);
    if (used + points > limit) {
      const frees = spent.length > 0 ? spent[0].at + limits.windowMs - now : limits.windowMs;
      return { limit: 'points', retryAfter: Math.max(1, Math.ceil(frees / 1000)) };
    }
    spent.push({ at: now, points });
    return null;
  }
}
