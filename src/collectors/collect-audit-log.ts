// The organization audit log (GHEC): one stream for the whole window, folded by the rules.
// Timestamps arrive as epoch milliseconds and are normalised to ISO strings.
import type { AuditEvent, PartFreshness } from '../model.js';
import { extendAuditLog, planAuditLogRead, type AuditLogRecord, type AuditLogWindow } from '../coverage/audit-log-record.js';
import { gaps } from '../coverage/gap-scope.js';
import { HINTS } from './coverage.js';
import type { CollectContext } from './context.js';
import { listRest, num, str, type RestRecord } from './rest-list.js';

const NAMED = new Set([
  '_document_id',
  '@timestamp',
  'created_at',
  'action',
  'actor',
  'user',
  'repo',
  'actor_ip',
]);

export function toAuditEvent(raw: RestRecord): AuditEvent {
  const ms = num(raw['@timestamp']) ?? num(raw.created_at) ?? 0;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (!NAMED.has(key)) fields[key] = value;
  return {
    id: str(raw._document_id) ?? '',
    at: new Date(ms).toISOString(),
    action: str(raw.action) ?? '',
    actor: str(raw.actor),
    user: str(raw.user),
    repo: str(raw.repo),
    ip: str(raw.actor_ip),
    fields,
  };
}

export interface AuditLogQuery {
  from: Date;
  /** Extra search qualifiers, e.g. `actor:alice`. */
  qualifiers?: string;
}

export async function collectAuditLog(
  ctx: CollectContext,
  query: AuditLogQuery,
): Promise<AuditEvent[] | null> {
  const day = query.from.toISOString().slice(0, 10);
  const phrase = [`created:>=${day}`, query.qualifiers].filter(Boolean).join(' ');
  const raw = await ctx.coverage.read(gaps.organization(ctx.org, 'audit-log'), HINTS.auditLog, () =>
    listRest(ctx, 'GET /orgs/{org}/audit-log', { org: ctx.org, phrase, include: 'all' }),
  );
  if (!raw) return null;
  // The `created:` qualifier has day precision; keep the window exact.
  return raw.map(toAuditEvent).filter((e) => e.at >= query.from.toISOString());
}

export interface AuditWindowRead {
  /** Tonight's events of the window, or null when the log could not be read. */
  record: AuditLogRecord | null;
  /** How much was read tonight and kept from the state; null when the whole window was read. */
  freshness: PartFreshness | null;
}

/** The audit window: the stored record brought up to date, or the whole window read. */
export async function collectAuditWindow(
  ctx: CollectContext,
  window: AuditLogWindow,
  previous: AuditLogRecord | null | undefined,
): Promise<AuditWindowRead> {
  const plan = planAuditLogRead(previous, window);
  if (plan.why) ctx.logger.info(`audit log: the whole window is read (${plan.why})`);
  const read = await collectAuditLog(ctx, { from: plan.readFrom });
  if (!read) return { record: null, freshness: null };
  const record = extendAuditLog(plan, read, window);
  if (!plan.kept) return { record, freshness: null };
  const readFrom = plan.readFrom.toISOString();
  // Counted over tonight's read (a night's pages), not the whole window.
  const readThisRun = read.filter((event) => event.at >= readFrom).length;
  return {
    record,
    // Counted in events (describeFreshness words it so).
    freshness: {
      part: 'audit-log',
      readThisRun,
      deferred: [],
      fromState: [{ lastReadAt: plan.kept.through, repositories: record.events.length - readThisRun }],
    },
  };
}
