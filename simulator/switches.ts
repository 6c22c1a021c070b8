// Switches let a test make the simulator misbehave the way GitHub does: slow answers,
// permission denials, primary and secondary rate limits, 5xx faults and dropped sockets.
// They are plain mutable data on the Simulator object; the server consults them per request.
import { GITHUB_SECONDARY_LIMITS, type SecondaryLimits } from './secondary-limits.js';

export interface Denial {
  match: RegExp | string;
  status?: 403 | 404;
  message?: string;
  /**
   * GraphQL only: deny the field on one object, named by its `nameWithOwner`, `slug` or `login`
   * (`{ match: 'graphql:Repository.deployKeys', on: 'acme/api' }`), as a fine-grained token
   * that reaches some repositories and not others does.
   */
  on?: string;
}

export interface Budget {
  limit: number;
  remaining: number;
  /** UTC epoch seconds. */
  resetAt: number;
}

export interface Switches {
  latencyMs: number;
  /** Permission denials: a request whose `METHOD path` matches gets 403 {"message":"Resource not accessible by integration"} (or the given status/message). For GraphQL use route 'graphql:<TypeName.fieldName>' to make that field resolve to an error (FORBIDDEN) with data null at that path, as GitHub does. */
  denials: Denial[];
  /** Primary rate limit: remaining budget for REST ('core') and GraphQL points; at 0 REST answers 403 with x-ratelimit-remaining: 0 and GraphQL answers 200 with errors [{type:'RATE_LIMITED'}]. */
  rateLimit: { core: Budget; graphql: Budget };
  /** GitHub's secondary limits as GitHub enforces them (points a minute per endpoint, requests in flight); null turns them off. */
  secondaryLimits: SecondaryLimits | null;
  /** Secondary rate limit: the next N requests (matching `match`, default all) answer 403 (or 429) with retry-after: seconds. */
  secondary: { remaining: number; status: 403 | 429; retryAfterSeconds: number; match?: RegExp };
  /** The next N matching requests answer 502 (or have their socket destroyed when drop: true). */
  faults: { remaining: number; status: 500 | 502 | 503; drop: boolean; match?: RegExp };
}

export const DENIED_MESSAGE = 'Resource not accessible by integration';

export function defaultSwitches(latencyMs = 0, nowSeconds = Math.floor(Date.now() / 1000)): Switches {
  return {
    latencyMs,
    denials: [],
    rateLimit: {
      core: { limit: 15000, remaining: 15000, resetAt: nowSeconds + 3600 },
      graphql: { limit: 10000, remaining: 10000, resetAt: nowSeconds + 3600 },
    },
    secondaryLimits: { ...GITHUB_SECONDARY_LIMITS },
    secondary: { remaining: 0, status: 403, retryAfterSeconds: 60 },
    faults: { remaining: 0, status: 502, drop: false },
  };
}

/** A string matches exactly or as a prefix (`GET /orgs/acme/` covers everything below it). */
function matches(match: RegExp | string, subject: string): boolean {
  if (typeof match === 'string') return subject === match || subject.startsWith(match);
  match.lastIndex = 0;
  return match.test(subject);
}

/** The REST denial for `METHOD path` (path without query), if any. */
export function findDenial(switches: Switches, method: string, path: string): Denial | undefined {
  const subject = `${method.toUpperCase()} ${path}`;
  return switches.denials.find((d) => !String(d.match).startsWith('graphql:') && matches(d.match, subject));
}

/** The GraphQL denial for `Type.field`, if any (`match` is `graphql:Type.field` or a RegExp over that). */
export function findGraphqlDenial(
  switches: Switches,
  typeAndField: string,
  parent?: unknown,
): Denial | undefined {
  const subject = `graphql:${typeAndField}`;
  return switches.denials.find((d) => matches(d.match, subject) && (d.on === undefined || nameOf(parent) === d.on));
}

function nameOf(parent: unknown): string | undefined {
  if (typeof parent !== 'object' || parent === null) return undefined;
  const p = parent as Record<string, unknown>;
  const name = p.nameWithOwner ?? p.slug ?? p.login;
  return typeof name === 'string' ? name : undefined;
}

/** Consumes one secondary-limit hit when the request matches; returns whether it was limited. */
export function takeSecondary(switches: Switches, subject: string): boolean {
  const s = switches.secondary;
  if (s.remaining <= 0) return false;
  if (s.match && !matches(s.match, subject)) return false;
  s.remaining -= 1;
  return true;
}

/** Consumes one fault when the request matches; returns the fault to apply. */
export function takeFault(
  switches: Switches,
  subject: string,
): { status: number; drop: boolean } | undefined {
  const f = switches.faults;
  if (f.remaining <= 0) return undefined;
  if (f.match && !matches(f.match, subject)) return undefined;
  f.remaining -= 1;
  return { status: f.status, drop: f.drop };
}

/** GitHub's rate-limit headers for a budget. */
export function rateLimitHeaders(budget: Budget, resource: 'core' | 'graphql'): Record<string, string> {
  return {
    'x-ratelimit-limit': String(budget.limit),
    'x-ratelimit-remaining': String(Math.max(0, budget.remaining)),
    'x-ratelimit-used': String(budget.limit - Math.max(0, budget.remaining)),
    'x-ratelimit-reset': String(budget.resetAt),
    'x-ratelimit-resource': resource,
  };
}
