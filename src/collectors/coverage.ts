// Every read is accounted: a failure becomes a coverage gap that names the resource and says how
// to fix it, and collection carries on. "Could not read" is never reported as "nothing there".
import { gapId, type GapScope } from '../coverage/gap-scope.js';
import type { CoverageGap } from '../model.js';

/** What to tell the user when a particular read is refused. */
export interface AccessHint {
  /** Appended to a 403: which permission the token lacks. */
  forbidden?: string;
  /** Appended to a 404: usually which plan or feature the endpoint needs. */
  notFound?: string;
}

interface HttpLikeError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  errors?: { type?: string; message?: string }[];
}

function resetTime(headers: Record<string, string | undefined> | undefined): string {
  const reset = Number(headers?.['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : 'an unknown time';
}

/** Turns any error from the client into a reason a person can act on. */
export function describeFailure(error: unknown, hint: AccessHint = {}): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpLikeError;
  const headers = e.response?.headers;
  const message = (e.message ?? String(error))
    .split('\n')[0]
    .replace(/ - https:\/\/docs\.github\.com\S*/, '');
  if (e.errors?.some((x) => x.type === 'RATE_LIMITED') || /GraphQL Rate Limit Exceeded/.test(message)) {
    return `GraphQL rate limit exhausted; resets at ${resetTime(headers)}`;
  }
  if ((e.status === 403 || e.status === 429) && headers?.['x-ratelimit-remaining'] === '0') {
    return `rate limit exhausted; resets at ${resetTime(headers)}`;
  }
  if ((e.status === 403 || e.status === 429) && /secondary rate limit/i.test(message)) {
    return `${e.status} secondary rate limit persisted after retries`;
  }
  if (e.status === 403) return `403 ${message}${hint.forbidden ? ` — ${hint.forbidden}` : ''}`;
  if (e.status === 401) return `401 ${message} — the token is invalid or expired`;
  if (e.status === 404) {
    return `404 Not Found — ${hint.notFound ?? 'the resource does not exist or the token cannot see it'}`;
  }
  if (typeof e.status === 'number' && e.status >= 500) {
    // @octokit/request reports network failures (reset sockets, timeouts) as status 500 without a response.
    if (!e.response) return `request failed after retries: ${message}`;
    return `${e.status} ${message} after retries`;
  }
  if (typeof e.status === 'number') return `${e.status} ${message}`;
  return `request failed: ${message}`;
}

export class Coverage {
  private readonly byKey = new Map<string, CoverageGap>();

  add(scope: GapScope, reason: string): void {
    const resource = gapId(scope);
    const key = `${resource}\u0000${reason}`;
    if (!this.byKey.has(key)) this.byKey.set(key, { resource, reason });
  }

  has(scope: GapScope): boolean {
    const resource = gapId(scope);
    return [...this.byKey.values()].some((gap) => gap.resource === resource);
  }

  get gaps(): CoverageGap[] {
    return [...this.byKey.values()];
  }

  /** Runs one read; on failure records the gap and returns undefined so the caller goes on. */
  async read<T>(scope: GapScope, hint: AccessHint, read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      this.add(scope, describeFailure(error, hint));
      return undefined;
    }
  }
}

// Reasons shared by the organization and the per-person collection.
export const HINTS = {
  members: { forbidden: 'the token needs the organization Members read permission' },
  administration: { forbidden: 'the token needs the organization Administration read permission' },
  repoAdministration: { forbidden: 'the token needs the repository Administration read permission' },
  orgSecrets: { forbidden: 'the token needs the organization Secrets read permission' },
  orgDependabotSecrets: { forbidden: 'the token needs the organization Dependabot secrets read permission' },
  repoSecrets: { forbidden: 'the token needs the repository Secrets read permission' },
  repoDependabotSecrets: { forbidden: 'the token needs the repository Dependabot secrets read permission' },
  environmentSecrets: { forbidden: 'the token needs the repository Environments or Secrets read permission' },
  patGrants: {
    forbidden:
      'only a GitHub App installation token can list fine-grained PAT grants (Personal access tokens read)',
    notFound: 'fine-grained PAT grants are listed only for a GitHub App installation',
  },
  credentialAuthorizations: {
    forbidden:
      'the token must belong to an owner (classic read:org) or a GitHub App with Administration read',
    notFound: 'needs GitHub Enterprise Cloud with SAML SSO',
  },
  auditLog: {
    forbidden: 'the token needs the organization Administration read permission (or read:audit_log)',
    notFound: 'the audit-log API needs GitHub Enterprise Cloud',
  },
} satisfies Record<string, AccessHint>;
