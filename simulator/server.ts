// The simulator's HTTP server on 127.0.0.1: authentication, switches (latency, faults,
// secondary and primary limits, denials), REST dispatch by OpenAPI route, ETags, response
// validation against GitHub's published schemas, GraphQL, and the request log.

import { createHash } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Scenario, SimOrg } from './state.js';
import { matchRoute, validateRequestBody, validateResponse } from './openapi.js';
import { HttpError, type RestRequest, type RestResponse } from './rest/context.js';
import { restRoutes } from './rest/routes.js';
import { handleGraphql } from './graphql/endpoint.js';
import { pointsOf, SecondaryLimiter } from './secondary-limits.js';
import {
  DENIED_MESSAGE,
  defaultSwitches,
  findDenial,
  rateLimitHeaders,
  takeFault,
  takeSecondary,
  type Budget,
  type Switches,
} from './switches.js';

export type { Switches } from './switches.js';

export interface SimulatorOptions {
  scenario: Scenario;
  token?: string;
  viewer?: string;
  validateResponses?: boolean;
  latencyMs?: number;
  /**
   * Simulated time (src/github/virtual-clock.ts, shared with the client): latency, the
   * secondary limits' windows and the hourly budget reset follow it instead of the wall clock.
   */
  clock?: SimulatorClock;
  /** Listen on this port instead of a free one (the CLI uses a fixed port). */
  port?: number;
  /**
   * Tokens scoped to one repository with a workflow's `permissions:`, as GITHUB_TOKEN is
   * (token → its repository and permissions): see repositoryTokenAllows.
   */
  repositoryTokens?: Record<string, RepositoryToken>;
  /** The main token only reads (a GitHub App with read permissions): REST writes answer 403. */
  readOnlyToken?: boolean;
  /**
   * More organizations served beside the scenario's, chosen by the `{org}` or `{owner}` of a
   * REST path and the `org`/`owner`/`login` variable of a GraphQL query. The action's repository
   * (issues, check runs, contents) stays the scenario's.
   */
  organizations?: SimOrg[];
}

export interface SimulatorClock {
  now(): number;
  /** A wait inside the client's request (which holds simulated time still while it is real work). */
  away(ms: number): Promise<void>;
}

const wallClock: SimulatorClock = {
  now: () => Date.now(),
  away: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RepositoryToken {
  /** `owner/name` */
  repository: string;
  /** A workflow's `permissions:` (`checks: write`, …); what is not listed is `none`. */
  permissions: Record<string, 'read' | 'write' | 'none'>;
}

/** The permission GitHub checks for a repository route (metadata for the repository itself). */
function repositoryPermissionOf(rest: string): string {
  const segment = rest.split('/')[1] ?? '';
  if (segment === 'check-runs' || segment === 'check-suites') return 'checks';
  if (segment === 'issues' || segment === 'labels' || segment === 'milestones') return 'issues';
  if (segment === 'contents' || segment === 'git' || segment === 'branches') return 'contents';
  if (segment === 'pulls') return 'pull-requests';
  if (segment === 'dispatches') return 'contents';
  return 'metadata';
}

/**
 * A repository token reaches `/repos/<its repository>/…` (and `/rate_limit`) only, reads need
 * the route's permission at `read` or `write` (metadata is always readable), writes need `write`.
 */
export function repositoryTokenAllows(scope: RepositoryToken, method: string, path: string): boolean {
  if (path === '/rate_limit') return true;
  const prefix = `/repos/${scope.repository}`;
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return false;
  const permission = repositoryPermissionOf(path.slice(prefix.length));
  const granted = permission === 'metadata' ? 'read' : (scope.permissions[permission] ?? 'none');
  const writes = method !== 'GET' && method !== 'HEAD';
  return writes ? granted === 'write' : granted !== 'none';
}

/** The organization a request names, else the scenario's. */
function organizationNamed(primary: SimOrg, others: readonly SimOrg[], names: readonly unknown[]): SimOrg {
  for (const name of names) {
    const found = typeof name === 'string' ? others.find((org) => org.login.toLowerCase() === name.toLowerCase()) : undefined;
    if (found) return found;
  }
  return primary;
}

export interface RequestLogEntry {
  method: string;
  route: string;
  path: string;
  status: number;
  cost: number;
  at: number;
  operationName?: string;
  /** Set when GitHub has the route but the simulator does not implement it. */
  unimplemented?: boolean;
  /** Why the simulator itself failed (e.g. a response that broke its OpenAPI schema). */
  error?: string;
  /** Set when the request crossed one of GitHub's secondary limits: which one ('switch': the `secondary` switch). */
  secondaryLimited?: 'concurrency' | 'points' | 'switch';
}

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

export interface Simulator {
  url: string;
  graphqlUrl: string;
  token: string;
  scenario: Scenario;
  log: RequestLogEntry[];
  switches: Switches;
  /**
   * The same exchanges without a socket: a `fetch` that hands the request to the simulator in
   * this process (authentication, switches, limits, validation, ETags and the log as over
   * HTTP). Only for a client in the same process (the benchmark), where loopback sockets and
   * HTTP parsing would be most of the real time.
   */
  fetch: typeof fetch;
  /** Requests in flight now and at most (the secondary concurrency limit is checked against it). */
  concurrency(): { now: number; peak: number };
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

interface Answer {
  status: number;
  body?: unknown;
  /** A body sent as is (a raw media type), instead of JSON. */
  raw?: string;
  headers?: Record<string, string>;
  cost?: number;
  route?: string;
  operationName?: string;
  unimplemented?: boolean;
  error?: string;
  drop?: boolean;
  secondaryLimited?: 'concurrency' | 'points' | 'switch';
}

/** One request as the simulator sees it, whatever carried it (a socket or an in-process fetch). */
interface Exchange {
  method: string;
  /** Path and query as sent. */
  url: string;
  /** Header names in lower case. */
  headers: IncomingHttpHeaders;
  body: string;
}

/** What goes back: status, headers and body (none for 204/304), or a dropped connection. */
interface Reply {
  status: number;
  headers: Record<string, string>;
  body?: string;
  drop?: boolean;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tokenOf(req: Exchange): string | undefined {
  const header = req.headers.authorization ?? '';
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
  return m?.[1];
}

/** A budget whose reset time has passed starts a fresh window, as on GitHub. */
function refresh(budget: Budget, clock: SimulatorClock): Budget {
  const now = Math.floor(clock.now() / 1000);
  if (now >= budget.resetAt) {
    budget.remaining = budget.limit;
    budget.resetAt = now + 3600;
  }
  return budget;
}

function rateLimitOverview(switches: Switches, clock: SimulatorClock): Record<string, unknown> {
  const shape = (b: Budget) => ({
    limit: b.limit,
    remaining: Math.max(0, b.remaining),
    reset: b.resetAt,
    used: b.limit - Math.max(0, b.remaining),
  });
  const core = shape(refresh(switches.rateLimit.core, clock));
  const fixed = (limit: number) => ({
    limit,
    remaining: limit,
    reset: switches.rateLimit.core.resetAt,
    used: 0,
  });
  return {
    resources: {
      core,
      graphql: shape(refresh(switches.rateLimit.graphql, clock)),
      search: fixed(30),
      code_search: fixed(10),
      integration_manifest: fixed(5000),
      audit_log: fixed(1750),
    },
    rate: core,
  };
}

export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const token = options.token ?? 'sim-token';
  const viewer = options.viewer ?? 'sentinel-bot';
  const validate = options.validateResponses ?? true;
  const clock = options.clock ?? wallClock;
  const switches = defaultSwitches(options.latencyMs ?? 0, Math.floor(clock.now() / 1000));
  const log: RequestLogEntry[] = [];
  const limiter = new SecondaryLimiter();
  // Organizations beside the action's: the enterprise's (in the scenario) and any served alongside.
  const servedOrganizations = [...(options.scenario.organizations ?? []), ...(options.organizations ?? [])];
  let baseUrl = '';

  const secondaryAnswer = (retryAfter: number, limit: 'concurrency' | 'points' | 'switch'): Answer => ({
    status: 403,
    secondaryLimited: limit,
    headers: { 'retry-after': String(retryAfter) },
    body: {
      message: SECONDARY_MESSAGE,
      documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
    },
  });

  function answer(req: Exchange, url: URL, arrivedAt: number): Answer {
    const method = req.method;
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const subject = `${method} ${path}`;
    const raw = req.body;
    const presented = tokenOf(req);
    const scopedTo = presented ? options.repositoryTokens?.[presented] : undefined;
    if (presented !== token && scopedTo === undefined)
      return { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } };
    const isGraphql = method === 'POST' && (path === '/graphql' || path === '/api/graphql');
    const outOfScope =
      scopedTo !== undefined
        ? !repositoryTokenAllows(scopedTo, method, path)
        : options.readOnlyToken === true && method !== 'GET' && method !== 'HEAD' && !isGraphql;
    if (outOfScope)
      return { status: 403, body: { message: DENIED_MESSAGE, documentation_url: DOCS, status: '403' } };

    const fault = takeFault(switches, subject);
    if (fault?.drop) return { status: 0, drop: true };
    if (fault) return { status: fault.status, body: { message: 'Server Error' } };
    if (takeSecondary(switches, subject)) {
      return {
        ...secondaryAnswer(switches.secondary.retryAfterSeconds, 'switch'),
        status: switches.secondary.status,
      };
    }
    const matched = isGraphql ? undefined : matchRoute(method, path);
    const endpoint = isGraphql ? 'POST /graphql' : (matched?.route ?? subject);
    const over = limiter.admit(
      switches.secondaryLimits,
      endpoint,
      pointsOf(method, isGraphql ? raw : undefined),
      // Stamped on arrival, as GitHub would: our own processing time is not the client's doing.
      arrivedAt,
    );
    if (over !== null) return { ...secondaryAnswer(over.retryAfter, over.limit), route: endpoint };

    if (isGraphql) {
      const g = handleGraphql(raw, {
        scenario: options.scenario,
        viewer,
        switches,
        budget: refresh(switches.rateLimit.graphql, clock),
        orgFor: (variables) =>
          organizationNamed(options.scenario.org, servedOrganizations, [variables.org, variables.owner, variables.login]),
      });
      return {
        ...g,
        route: 'POST /graphql',
        headers: rateLimitHeaders(switches.rateLimit.graphql, 'graphql'),
      };
    }

    const route = matched;
    if (!route)
      return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
    if (route.route === 'GET /rate_limit') {
      // Reading the rate limit is free on GitHub.
      return {
        status: 200,
        body: rateLimitOverview(switches, clock),
        route: route.route,
        cost: 0,
        headers: rateLimitHeaders(switches.rateLimit.core, 'core'),
      };
    }
    const denial = findDenial(switches, method, path);
    if (denial) {
      return {
        status: denial.status ?? 403,
        route: route.route,
        body: {
          message: denial.message ?? DENIED_MESSAGE,
          documentation_url: DOCS,
          status: String(denial.status ?? 403),
        },
      };
    }
    const core = refresh(switches.rateLimit.core, clock);
    if (core.remaining <= 0) {
      return {
        status: 403,
        route: route.route,
        headers: rateLimitHeaders(core, 'core'),
        body: {
          message: `API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID.`,
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
        },
      };
    }
    const handler = restRoutes[route.route];
    if (!handler) {
      return {
        status: 404,
        route: route.route,
        unimplemented: true,
        body: { message: 'Not Found', documentation_url: DOCS, status: '404' },
      };
    }
    let parsed: unknown = undefined;
    if (raw) {
      try {
        parsed = JSON.parse(raw);
      } catch {
        return {
          status: 400,
          route: route.route,
          body: { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' },
        };
      }
    }
    const bodyErrors = validateRequestBody(route, parsed);
    if (bodyErrors.length) {
      const detail = bodyErrors
        .map((e) => `For '${e.instancePath || 'body'}', ${e.message ?? 'is invalid'}.`)
        .join('\n');
      return {
        status: 422,
        route: route.route,
        body: { message: `Invalid request.\n\n${detail}`, documentation_url: DOCS, status: '422' },
      };
    }
    const restReq: RestRequest = {
      method,
      path,
      route: route.route,
      params: route.params,
      query: url.searchParams,
      body: parsed,
      scenario: options.scenario,
      // The organization the path names (the enterprise's or another served one); else the action's.
      org: organizationNamed(options.scenario.org, servedOrganizations, [route.params.org, route.params.owner]),
      viewer,
      baseUrl,
      accept: String(req.headers.accept ?? ''),
    };
    let result: RestResponse;
    try {
      result = handler(restReq);
    } catch (e) {
      if (e instanceof HttpError) result = { status: e.status, body: e.toBody() };
      else
        return {
          status: 500,
          route: route.route,
          body: { message: 'Simulator error' },
          error: e instanceof Error ? (e.stack ?? e.message) : String(e),
        };
    }
    if (validate && result.status >= 200 && result.status < 300 && result.body !== undefined) {
      const check = validateResponse(route, result.status, result.body);
      if (!check.ok) {
        const error = `response of ${route.route} (${result.status}) breaks GitHub's OpenAPI schema: ${JSON.stringify(check.errors.slice(0, 5))}`;
        return {
          status: 500,
          route: route.route,
          body: {
            message: 'Simulator response does not match the OpenAPI description',
            errors: check.errors,
          },
          error,
        };
      }
    }
    return { ...result, route: route.route, cost: 1 };
  }

  function reply(req: Exchange, a: Answer): Reply {
    const method = req.method;
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `SIM:${log.length}`,
      ...(a.headers ?? {}),
    };
    const isRest = a.route !== undefined && a.route !== 'POST /graphql' && a.route !== 'GET /rate_limit';
    let body = a.raw ?? (a.body === undefined ? '' : JSON.stringify(a.body));
    let status = a.status;
    if (isRest && a.cost === 1) {
      const core = switches.rateLimit.core;
      if (method === 'GET' && status === 200) {
        const etag = `"${createHash('sha256').update(body).digest('hex')}"`;
        headers.etag = etag;
        const wanted = (req.headers['if-none-match'] ?? '')
          .split(',')
          .map((t) => t.trim().replace(/^W\//, ''));
        if (wanted.includes(etag)) {
          // A 304 does not count against the primary rate limit.
          status = 304;
          body = '';
          a.cost = 0;
        }
      }
      if (a.cost === 1) core.remaining -= 1;
      Object.assign(headers, rateLimitHeaders(core, 'core'));
    }
    if (body && !headers['content-type']) headers['content-type'] = 'application/json; charset=utf-8';
    return { status, headers, body: status === 204 || status === 304 || method === 'HEAD' ? undefined : body };
  }

  /**
   * One exchange from arrival (`started`, on the simulated clock) to its reply, logged. The
   * transport counts it in and out of the concurrency limiter around this.
   */
  async function serve(req: Exchange, started: number): Promise<Reply> {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    const method = req.method;
    try {
      if (switches.latencyMs > 0) await clock.away(switches.latencyMs);
      const a = answer(req, url, started);
      const entry: RequestLogEntry = {
        method,
        route: a.route ?? `${method} ${url.pathname}`,
        path: url.pathname + url.search,
        status: a.status,
        cost: a.cost ?? 0,
        at: started,
      };
      if (a.operationName) entry.operationName = a.operationName;
      if (a.secondaryLimited) entry.secondaryLimited = a.secondaryLimited;
      if (a.unimplemented) entry.unimplemented = true;
      if (a.error) {
        entry.error = a.error;
        // A simulator fault must be loud: a test that sees only a 500 should not have to guess why.
        process.stderr.write(`[simulator] ${entry.route}: ${a.error}\n`);
      }
      if (a.drop) {
        entry.status = 0;
        log.push(entry);
        return { status: 0, headers: {}, drop: true };
      }
      const out = reply(req, a);
      entry.status = out.status;
      entry.cost = a.cost ?? 0;
      log.push(entry);
      return out;
    } catch (e: unknown) {
      log.push({
        method,
        route: `${method} ${url.pathname}`,
        path: url.pathname,
        status: 500,
        cost: 0,
        at: started,
        error: String(e),
      });
      return {
        status: 500,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'Simulator error' }),
      };
    }
  }

  const server = createServer((req, res) => {
    const started = clock.now();
    limiter.arrive();
    // 'finish' (the answer handed to the socket) comes before the client sees it, so the client
    // never counts fewer requests in flight than we do; 'close' covers dropped sockets.
    let left = false;
    const leave = () => {
      if (!left) limiter.leave();
      left = true;
    };
    res.on('finish', leave);
    res.on('close', leave);
    readBody(req)
      .then((body) =>
        serve({ method: (req.method ?? 'GET').toUpperCase(), url: req.url ?? '/', headers: req.headers, body }, started),
      )
      .then(
        (out) => {
          if (out.drop) {
            req.socket.destroy();
            return;
          }
          res.writeHead(out.status, out.headers);
          res.end(out.body);
        },
        () => req.socket.destroy(),
      );
  });

  /** The in-process transport (see Simulator.fetch). */
  const inProcessFetch: typeof fetch = async (input, init) => {
    const request = typeof input === 'string' || input instanceof URL ? null : input;
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const signal = init?.signal ?? request?.signal;
    signal?.throwIfAborted();
    const headers: IncomingHttpHeaders = {};
    for (const [name, value] of new Headers(init?.headers ?? request?.headers)) headers[name] = value;
    const body = init?.body ?? (request ? await request.text() : undefined);
    const target = new URL(href);
    const exchange: Exchange = {
      method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
      url: target.pathname + target.search,
      headers,
      body: typeof body === 'string' ? body : body == null ? '' : await new Response(body).text(),
    };
    const started = clock.now();
    limiter.arrive();
    let out: Reply;
    try {
      out = await serve(exchange, started);
    } finally {
      limiter.leave();
    }
    signal?.throwIfAborted();
    // As undici reports a connection closed under it.
    if (out.drop) throw new TypeError('fetch failed', { cause: new Error('other side closed') });
    const response = new Response(out.body ?? null, {
      status: out.status,
      statusText: STATUS_CODES[out.status] ?? '',
      headers: out.body === undefined ? out.headers : { ...out.headers, 'content-length': String(Buffer.byteLength(out.body)) },
    });
    // A constructed Response has no address; octokit reads it (pagination, errors).
    return Object.defineProperty(response, 'url', { value: href });
  };

  // A port in use rejects (the CLI says so) instead of crashing the process with an 'error' event.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    url: baseUrl,
    graphqlUrl: `${baseUrl}/graphql`,
    token,
    scenario: options.scenario,
    log,
    switches,
    fetch: inProcessFetch,
    concurrency: () => ({ now: limiter.inFlight, peak: limiter.peakInFlight }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
