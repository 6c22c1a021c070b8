// The GitHub client: getOctokit + throttling + retry + GraphQL pagination, an ETag cache for
// REST GETs, request counting for the report's stats, and a per-request timeout. The pipeline
// (src/pipeline/run.ts) builds one per token (the reading token, and `github-token` for the
// action's own repository) and hands them to every stage; no stage builds its own.
import { getOctokit } from '@actions/github';
import { paginateGraphQL } from '@octokit/plugin-paginate-graphql';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { Logger } from '../logger.js';
import { EtagCache } from './etag-cache.js';
import {
  endpointOf,
  isGraphqlMutation,
  Pacer,
  realClock,
  requestPoints,
  retryAfterSeconds,
  type PacingClock,
  type PacingLimits,
} from './pacing.js';
import type { GitHubClient, Octokit, RequestStats, ResponseObserver } from './types.js';

/** The client logs retries and waits where the run logs everything else. */
export type ClientLogger = Logger;

export interface ClientOptions {
  token: string;
  /** REST base (`GITHUB_API_URL`). */
  apiUrl: string;
  /** GraphQL endpoint (`GITHUB_GRAPHQL_URL`); getOctokit alone would ignore it. */
  graphqlUrl: string;
  userAgent?: string;
  etagCache?: EtagCache;
  logger?: ClientLogger;
  /** Fan-out REST calls in flight at once (GitHub allows 100 concurrent; we stay polite). */
  maxConcurrency?: number;
  /** On a primary rate limit, wait for the reset only if it is this close; else fail fast. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Pause between content-creating requests (issues, comments). GitHub asks integrations to
   * space them (secondary rate limits); the throttling plugin's default is 3 s. A local
   * simulator has no such limit, so the runner emulation sets 0.
   */
  contentCreationIntervalMs?: number;
  /** Base of the retry back-off (1 s in production; tests shorten it). */
  retryBaseMs?: number;
  retries?: number;
  requestTimeoutMs?: number;
  /** GraphQL queries in flight at once (the throttling plugin would serialise them 1 s apart). */
  graphqlConcurrency?: number;
  /** GitHub's secondary limits the client paces under (see pacing.ts); tests may shorten the window. */
  pacing?: PacingLimits;
  /** A pacer to share (and whose clock to use); built from `pacing` and `clock` when absent. */
  pacer?: Pacer;
  /**
   * The time source of pacing and `retry-after` (real by default). The benchmark passes a
   * VirtualClock shared with the simulator, so waits advance simulated time instead of sleeping.
   */
  clock?: PacingClock;
  /** Sees every response (a failed one too) once: the CLI's progress line reads the rate limit from it. */
  onResponse?: ResponseObserver;
  /**
   * The HTTP transport (the global fetch by default). The benchmark passes the simulator's
   * in-process one (simulator/server.ts), which serves the same exchanges without a socket.
   */
  fetch?: typeof fetch;
}

const silentLogger: ClientLogger = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
};

interface HookOptions {
  method: string;
  url: string;
  headers: Record<string, string | number | undefined>;
  request?: { retryCount?: number };
  [key: string]: unknown;
}

interface HookResponse {
  status: number;
  url: string;
  headers: Record<string, string | undefined>;
  data: unknown;
}

function isNotModified(
  error: unknown,
): error is { status: 304; response?: { headers: Record<string, string> } } {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 304;
}

function graphqlCostOf(data: unknown): number {
  const cost = (data as { rateLimit?: { cost?: unknown } } | null | undefined)?.rateLimit?.cost;
  return typeof cost === 'number' ? cost : 1;
}

export function createClient(options: ClientOptions): GitHubClient {
  const logger = options.logger ?? silentLogger;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const graphqlPath = new URL(options.graphqlUrl).pathname;
  const stats: RequestStats = {
    restRequests: 0,
    notModified: 0,
    graphqlRequests: 0,
    graphqlCost: 0,
    retries: 0,
  };

  const clock = options.clock ?? realClock;
  const pacer = options.pacer ?? new Pacer(options.pacing, clock);
  // With a simulated clock the exchange is real work (time stands still) and the body is read
  // inside it, so that no simulated time passes while bytes are still on the socket.
  const transport: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const send: typeof fetch = clock.busy
    ? (input, init) =>
        clock.busy!(async () => {
          const response = await transport(input, init);
          const body = response.status === 204 || response.status === 304 ? null : await response.arrayBuffer();
          const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
          // octokit builds the next page's address from it.
          return Object.defineProperty(copy, 'url', { value: response.url });
        })
    : transport;

  // Counting and pacing at the fetch level see every HTTP exchange, retries included, which is
  // what the rate limits and the benchmark care about.
  const countingFetch: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const path = new URL(url).pathname;
    const isGraphql = path === graphqlPath && method === 'POST';
    const release = await pacer.acquire(
      isGraphql ? { kind: 'graphql' } : { kind: 'rest', endpoint: endpointOf(method, path) },
      requestPoints(method, isGraphql && isGraphqlMutation(init?.body), isGraphql),
    );
    if (isGraphql) stats.graphqlRequests += 1;
    else stats.restRequests += 1;
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await send(input, { ...init, signal: init?.signal ?? timeout });
    } catch (error) {
      // A plain Error with a clear message: octokit turns it into a retryable status-500 error.
      if (timeout.aborted) throw new Error(`request timed out after ${timeoutMs} ms`, { cause: error });
      throw error;
    } finally {
      release();
    }
    if (response.status === 304) stats.notModified += 1;
    if (response.status === 403 || response.status === 429) {
      // A secondary limit: everyone waits, not only the request the throttling plugin retries.
      const wait = retryAfterSeconds(response.headers.get('retry-after'), clock.now());
      if (wait !== null) pacer.pause(wait);
    }
    return response;
  };

  const onLimit =
    (kind: 'primary' | 'secondary', maxRetries: number) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount < maxRetries && retryAfter <= maxWait) {
        logger.warning(`${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
        return true;
      }
      logger.warning(`${kind} rate limit on ${request.method} ${request.url}; not waiting ${retryAfter}s`);
      return false;
    };

  const octokit: Octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/$/, ''),
      userAgent: options.userAgent ?? 'offboarding-sentinel',
      request: { fetch: countingFetch },
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: (m: string) => logger.debug(m),
        error: (m: string) => logger.debug(m),
      },
      throttle: {
        onRateLimit: onLimit('primary', 1),
        onSecondaryRateLimit: onLimit('secondary', 3),
        retryAfterBaseValue: options.retryBaseMs ?? 1000,
        // GraphQL queries are reads: the plugin's default 1-request-per-second write lane would
        // turn a 10,000-member activity scan into hours. Writes that notify people (issues,
        // comments) keep the plugin's separate 3-second lane.
        write: new Bottleneck.Group({ maxConcurrent: options.graphqlConcurrency ?? 4, minTime: 0 }),
        ...(options.contentCreationIntervalMs !== undefined
          ? {
              notifications: new Bottleneck.Group({
                maxConcurrent: 1,
                minTime: options.contentCreationIntervalMs,
              }),
            }
          : {}),
      },
      retry: {
        retries: options.retries ?? 3,
        retryAfterBaseValue: options.retryBaseMs ?? 1000,
        // 429 is left to the throttling plugin, which honours retry-after and the reset time; a 409
        // (the state file changed under us) is answered by re-reading, not by repeating the write.
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
      },
    },
    throttling,
    retry,
    paginateGraphQL,
  );

  // Route GraphQL to GITHUB_GRAPHQL_URL (a per-call `url` throws) and keep `.paginate`, which
  // looks `octokit.graphql` up at call time.
  const { paginate } = octokit.graphql as typeof octokit.graphql & { paginate: unknown };
  octokit.graphql = Object.assign(octokit.graphql.defaults({ url: options.graphqlUrl }), { paginate });

  const cache = options.etagCache;
  octokit.hook.wrap('request', async (request, hookOptions) => {
    const opts = hookOptions as unknown as HookOptions;
    const isRestGet = opts.method === 'GET';
    const key =
      isRestGet && cache ? EtagCache.key('GET', octokit.request.endpoint.parse(hookOptions).url) : null;
    const cached = key ? cache?.get(key) : undefined;
    // A fresh per-call object: the retry plugins write their attempt count into it.
    opts.request = { ...opts.request, retryCount: 0 };
    if (cached) opts.headers = { ...opts.headers, 'if-none-match': cached.etag };
    try {
      const response = (await request(hookOptions)) as unknown as HookResponse;
      options.onResponse?.(response.url, response.headers);
      const etag = response.headers.etag;
      // Copies both ways: octokit's paginator rewrites `data` in place (it drops total_count).
      if (key && cache && etag)
        cache.set(key, { etag, data: structuredClone(response.data), link: response.headers.link ?? null });
      return response as never;
    } catch (error) {
      // A 304 (served from the cache) or an error is a response too, and carries the rate limit.
      const failed = (error as { response?: { url?: string; headers?: Record<string, string | number | undefined> } }).response;
      options.onResponse?.(failed?.url ?? octokit.request.endpoint.parse(hookOptions).url, failed?.headers ?? {});
      if (cached && isNotModified(error)) {
        const headers = { ...(error.response?.headers ?? {}), etag: cached.etag } as Record<
          string,
          string | undefined
        >;
        if (cached.link) headers.link = cached.link;
        else delete headers.link;
        return { status: 200, url: opts.url, headers, data: structuredClone(cached.data) } as never;
      }
      throw error;
    } finally {
      // Both retry plugins record the attempts made on the shared options object.
      stats.retries += opts.request?.retryCount ?? 0;
    }
  });

  // octokit's paginator takes the array out of `{ total_count, secrets: [...] }`; so do we.
  const itemsOf = (data: unknown): unknown[] | null => {
    if (Array.isArray(data)) return data as unknown[];
    if (typeof data !== 'object' || data === null) return null;
    const key = Object.keys(data).find(
      (k) => !['total_count', 'incomplete_results', 'repository_selection'].includes(k),
    );
    const items = key ? (data as Record<string, unknown>)[key] : undefined;
    return Array.isArray(items) ? items : null;
  };

  return {
    rest: octokit,
    stats,
    pacing: pacer.stats,
    cachedList(route: string, params: Record<string, unknown>): unknown[] | null {
      if (!cache) return null;
      let url: string | null = octokit.request.endpoint(route, params).url;
      const items: unknown[] = [];
      // Every page must be in the cache, or the list is not known: then it is read.
      for (let pages = 0; url !== null && pages < 1000; pages += 1) {
        const entry = cache.get(EtagCache.key('GET', url));
        const page = entry ? itemsOf(entry.data) : null;
        if (!entry || !page) return null;
        items.push(...page.map((item) => structuredClone(item)));
        url = /<([^>]+)>;\s*rel="next"/.exec(entry.link ?? '')?.[1] ?? null;
      }
      return url === null ? items : null;
    },
    maxConcurrency: options.maxConcurrency ?? 8,
    async graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      try {
        const data = await octokit.graphql<T>(query, variables);
        stats.graphqlCost += graphqlCostOf(data);
        return data;
      } catch (error) {
        stats.graphqlCost += graphqlCostOf((error as { data?: unknown }).data);
        throw error;
      }
    },
  };
}
