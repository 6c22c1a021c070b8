// Every actor's audit-log events in one window (the post phase: from `offboarded-at` to now), so
// an event by someone else from an address the departed person used is seen the same day, not
// in the next nightly audit. The window is bounded, read oldest first, and capped by the
// audit log's own budget (1,750 queries an hour): when the cap is reached the rest of the window
// is a named coverage gap, never "nothing there".
import type { GitHubClient } from '../github/types.js';
import type { AuditEvent, CoverageGap } from '../model.js';
import { toAuditEvent } from './collect-audit-log.js';
import { describeFailure, HINTS } from './coverage.js';
import type { RestRecord } from './rest-list.js';
import { gapId, gaps } from '../coverage/gap-scope.js';

export interface OrgEventsQuery {
  org: string;
  from: Date;
  to: Date;
  /** At most this many pages of 100 (default 50); the audit log's remaining budget lowers it. */
  maxPages?: number;
}

export interface OrgEvents {
  events: AuditEvent[];
  gap: CoverageGap | null;
}

export const DEFAULT_ORG_EVENT_PAGES = 50;
/** Audit-log queries left for the rest of the run (the subject's own searches, the next subject). */
const AUDIT_LOG_RESERVE = 20;

/** The audit log's remaining queries this hour, when GitHub says (`GET /rate_limit` is free). */
async function auditLogRemaining(client: GitHubClient): Promise<number | null> {
  try {
    const response = await client.rest.request('GET /rate_limit');
    const resources = response.data.resources as unknown as Record<string, { remaining?: unknown } | undefined>;
    const remaining = resources.audit_log?.remaining;
    return typeof remaining === 'number' ? remaining : null;
  } catch {
    return null;
  }
}

export async function collectOrgEvents(client: GitHubClient, query: OrgEventsQuery): Promise<OrgEvents> {
  const resource = gapId(gaps.organization(query.org, 'audit-log'));
  const from = query.from.toISOString();
  const to = query.to.toISOString();
  const remaining = await auditLogRemaining(client);
  const pages = Math.max(
    0,
    Math.min(query.maxPages ?? DEFAULT_ORG_EVENT_PAGES, remaining === null ? Infinity : remaining - AUDIT_LOG_RESERVE),
  );
  const unread = (since: string, why: string): CoverageGap => ({
    resource,
    reason: `${why}: events by other actors from ${since} to ${to} were not checked against the departed person's addresses`,
  });
  if (pages === 0) return { events: [], gap: unread(from, `audit-log budget exhausted (${remaining ?? 0} queries left this hour)`) };

  const iterator = (
    client.rest.paginate.iterator as unknown as (
      route: string,
      params: Record<string, unknown>,
    ) => AsyncIterable<{ data: RestRecord[] }>
  )('GET /orgs/{org}/audit-log', {
    org: query.org,
    // Day precision on the server; the window is made exact below.
    phrase: `created:>=${from.slice(0, 10)}`,
    include: 'all',
    order: 'asc',
    per_page: 100,
  });
  const events: AuditEvent[] = [];
  let read = 0;
  try {
    for await (const page of iterator) {
      read += 1;
      for (const raw of page.data) {
        const event = toAuditEvent(raw);
        if (event.at >= from && event.at <= to) events.push(event);
      }
      if (read >= pages) {
        // Only a gap when there is more: a last page shorter than 100 is the end.
        if (page.data.length < 100) break;
        const last = events.at(-1)?.at ?? from;
        return { events, gap: unread(last, `audit-log budget reached after ${read} page(s)`) };
      }
    }
  } catch (error) {
    return { events, gap: unread(events.at(-1)?.at ?? from, describeFailure(error, HINTS.auditLog)) };
  }
  return { events, gap: null };
}
