// What went wrong with a request, decided once for every caller. A collector's coverage gap, a
// reporter's warning and a remediation record all describe the same failure the same way, and a
// transient limit is never mistaken for a permission (a secondary rate limit on check-run
// creation used to read "the token cannot create check runs").

/** What to tell the user when a particular read is refused. */
export interface AccessHint {
  /** Appended to a 403: which permission the token lacks. */
  forbidden?: string;
  /** Appended to a 404: usually which plan or feature the endpoint needs. */
  notFound?: string;
}

export type ErrorKind =
  /** 403 that is not a rate limit, or a GraphQL FORBIDDEN: the token lacks a permission. */
  | 'permission'
  /** 401: the token is invalid or expired. */
  | 'unauthorized'
  /** 404, or a GraphQL NOT_FOUND: absent, or invisible to the token. */
  | 'not-found'
  /** The hourly budget is spent (`x-ratelimit-remaining: 0`, GraphQL RATE_LIMITED). */
  | 'rate-limited'
  /** GitHub's secondary limits (too fast, too many at once, content creation). */
  | 'secondary-rate-limited'
  /** 5xx with a response. */
  | 'server'
  /** The connection broke or timed out (no response). */
  | 'network'
  /** The host could not be reached at all (DNS, refused): usually a wrong GITHUB_API_URL. */
  | 'unreachable'
  /** 409: what we wrote against changed meanwhile. */
  | 'conflict'
  /** 400/422: GitHub refused the request as written. */
  | 'invalid'
  | 'unknown';

export interface ClassifiedError {
  kind: ErrorKind;
  status: number | null;
  /** The first line of the message, without documentation links. Never headers (the token). */
  message: string;
  /** When a primary limit resets, ISO-8601, if GitHub said. */
  resetAt: string | null;
  /** Whether waiting and trying again may help. */
  transient: boolean;
}

interface HttpLikeError {
  status?: unknown;
  message?: unknown;
  name?: unknown;
  code?: unknown;
  cause?: unknown;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  errors?: { type?: string; message?: string }[];
}

const UNREACHABLE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'CERT_HAS_EXPIRED', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID']);
const TRANSIENT: ReadonlySet<ErrorKind> = new Set(['rate-limited', 'secondary-rate-limited', 'server', 'network', 'conflict']);

export function statusOf(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = error.status;
    if (typeof status === 'number') return status;
  }
  return null;
}

/** The error codes along the `cause` chain (fetch wraps the socket's error twice). */
function causeCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { code } = current as HttpLikeError;
    if (typeof code === 'string') codes.push(code);
    current = (current as HttpLikeError).cause;
  }
  return codes;
}

function firstLine(error: unknown): string {
  const raw = (error as HttpLikeError | null)?.message;
  const message = typeof raw === 'string' ? raw : String(error);
  return message
    .split('\n')[0]
    .replace(/ - https:\/\/docs\.github\.com\S*/, '')
    .slice(0, 300);
}

function resetTime(headers: Record<string, string | undefined> | undefined): string | null {
  const reset = Number(headers?.['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : null;
}

function kindOf(e: HttpLikeError, status: number | null, message: string): ErrorKind {
  const headers = e.response?.headers;
  const graphqlTypes = Array.isArray(e.errors) ? e.errors.map((x) => x.type) : [];
  if (graphqlTypes.includes('RATE_LIMITED') || /GraphQL Rate Limit Exceeded/i.test(message)) return 'rate-limited';
  if (status === 403 || status === 429) {
    if (headers?.['x-ratelimit-remaining'] === '0') return 'rate-limited';
    // GitHub answers a secondary limit with 403 or 429, a retry-after and this wording.
    if (/secondary rate limit|abuse detection/i.test(message) || headers?.['retry-after'] !== undefined || status === 429) {
      return 'secondary-rate-limited';
    }
    return 'permission';
  }
  if (status === 401) return 'unauthorized';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'invalid';
  if (status !== null && status >= 500) {
    // @octokit/request reports a failed fetch (reset socket, timeout, DNS) as 500 without a response.
    if (e.response) return 'server';
    return causeCodes(e).some((code) => UNREACHABLE_CODES.has(code)) ? 'unreachable' : 'network';
  }
  if (graphqlTypes.includes('FORBIDDEN')) return 'permission';
  if (graphqlTypes.includes('NOT_FOUND')) return 'not-found';
  if (status === null && e.name === 'AbortError') return 'network';
  if (status === null && causeCodes(e).some((code) => UNREACHABLE_CODES.has(code))) return 'unreachable';
  return 'unknown';
}

export function classifyError(error: unknown): ClassifiedError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpLikeError;
  const status = statusOf(error);
  const message = firstLine(error);
  const kind = kindOf(e, status, message);
  return { kind, status, message, resetAt: resetTime(e.response?.headers), transient: TRANSIENT.has(kind) };
}

/** One line a person can act on; the same words wherever the failure is reported. */
export function describeError(error: unknown, hint: AccessHint = {}): string {
  const { kind, status, message, resetAt } = classifyError(error);
  const resets = resetAt ?? 'an unknown time';
  const isGraphqlLimit = kind === 'rate-limited' && (status === null || status === 200);
  switch (kind) {
    case 'rate-limited':
      return isGraphqlLimit ? `GraphQL rate limit exhausted; resets at ${resets}` : `rate limit exhausted; resets at ${resets}`;
    case 'secondary-rate-limited':
      return `${status ?? ''} secondary rate limit persisted after retries (GitHub asks to slow down; not a permission problem)`.trim();
    case 'permission':
      return `${status ?? 'FORBIDDEN'} ${message}${hint.forbidden ? ` — ${hint.forbidden}` : ''}`;
    case 'unauthorized':
      return `401 ${message} — the token is invalid or expired`;
    case 'not-found':
      return `${status ?? 404} Not Found — ${hint.notFound ?? 'the resource does not exist or the token cannot see it'}`;
    case 'server':
      return `${status} ${message} after retries`;
    case 'network':
      return `request failed after retries: ${message}`;
    case 'unreachable':
      return `GitHub could not be reached (${causeCodes(error)[0] ?? 'no connection'}): ${message} — check GITHUB_API_URL and the runner's network`;
    default:
      return status === null ? `request failed: ${message}` : `${status} ${message}`;
  }
}

/** Whether a refusal means the token may not do this (as opposed to "not now" or "broken"). */
export function isPermissionDenied(error: unknown): boolean {
  const { kind } = classifyError(error);
  return kind === 'permission' || kind === 'not-found' || kind === 'unauthorized';
}
