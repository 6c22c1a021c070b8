// The one GitHub client every collector and reporter receives (never built in a step).
import type { getOctokit } from '@actions/github';
import type { PacingStats } from './pacing.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** Counted for the report's `stats` and for the benchmark. */
export interface RequestStats {
  restRequests: number;
  /** REST answers that were 304 Not Modified (served from the ETag cache). */
  notModified: number;
  graphqlRequests: number;
  /** Sum of `rateLimit { cost }` over GraphQL requests (1 per request when not reported). */
  graphqlCost: number;
  retries: number;
}

export interface GitHubClient {
  /** REST: `client.rest.request('GET /orgs/{org}/members', …)`; conditional requests are automatic. */
  rest: Octokit;
  /** GraphQL against `GITHUB_GRAPHQL_URL`; rejects with the GraphQL errors when `errors` is present. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stats: RequestStats;
  /** How often pacing under the secondary limits made requests wait. */
  pacing?: PacingStats;
  /**
   * A REST list as the ETag cache last saw it, without a request (null when any page is
   * missing): what the state already knows of a list the audit log says did not change.
   */
  cachedList?(route: string, params: Record<string, unknown>): unknown[] | null;
  /** How many fan-out REST calls collectors may keep in flight (default 8). */
  maxConcurrency?: number;
}

/** Sees a response from GitHub: its URL and headers (the CLI's progress line reads the rate limit). */
export type ResponseObserver = (url: string, headers: Readonly<Record<string, string | number | undefined>>) => void;
