// The audit log kept between runs. Read over the whole audit window every night, the log is
// the largest organization-level read an incremental night makes (at 5,000 repositories, 300 of
// its 1,200 REST requests), although all but one night of it was read the night before. So the
// state keeps the window's events, and a night reads only since the last complete read, less a
// margin for events GitHub logs late; the span it reads replaces the stored one, the rest of
// the window comes from the state, and what fell out of the window is dropped. The rules and
// baselines see the same events either way (tested against a full read). Pure.
//
// In the state the events are packed one string per calendar month (oldest first): a month
// that is over does not change from night to night, so a store that writes content-addressed
// shards (state/contents-api-store.ts) writes only the current month and the window's first.
import type { AuditEvent } from '../model.js';
import { DAY_MS } from '../rules/time.js';

export interface AuditLogRecord {
  /** The organization whose log this is (as the run named it). */
  org: string;
  /** The start of the window the events cover. */
  from: string;
  /** Everything logged before this instant was read: the last complete read's start. */
  through: string;
  /** Oldest first. */
  events: AuditEvent[];
}

/** How the state stores a record: the events packed by month (see above). */
export interface PackedAuditLog {
  org: string;
  from: string;
  through: string;
  /** JSON arrays of events, one per month, oldest month first; or a store's references to them. */
  events: unknown;
}

/**
 * GitHub does not document how late an event can appear in the audit log (it is usually a
 * matter of minutes). A night re-reads the day before the last read as well, so an event that
 * appears up to a day late is still read, at the cost of about one more night's pages.
 */
export const LATE_EVENT_MARGIN_MS = DAY_MS;

export interface AuditLogWindow {
  org: string;
  /** The window's start tonight. */
  from: Date;
  now: Date;
}

/** Where tonight's read starts, and what of the stored record it keeps. */
export interface AuditLogPlan {
  /** Read the log from this instant on (the window's start when nothing can be kept). */
  readFrom: Date;
  /** The stored record the read extends, or null when the whole window is read. */
  kept: AuditLogRecord | null;
  /** Why nothing could be kept (for the log), when there was a record. */
  why?: string;
}

export function planAuditLogRead(record: AuditLogRecord | null | undefined, window: AuditLogWindow): AuditLogPlan {
  const full = (why?: string): AuditLogPlan => ({ readFrom: window.from, kept: null, ...(why ? { why } : {}) });
  if (!record) return full();
  const through = Date.parse(record.through);
  if (record.org.toLowerCase() !== window.org.toLowerCase()) return full(`the stored audit log is ${record.org}'s`);
  // A wider window than the stored one (a policy that looks further back) needs the older events.
  if (Date.parse(record.from) > window.from.getTime()) return full('the audit window starts before the stored events');
  if (Number.isNaN(through) || through > window.now.getTime()) return full('the stored audit log is dated after this run');
  const readFrom = Math.max(window.from.getTime(), through - LATE_EVENT_MARGIN_MS);
  return { readFrom: new Date(readFrom), kept: record };
}

/**
 * Tonight's record: the stored events of the window before `readFrom`, then the events read
 * from `readFrom` on (which replace the stored ones of that span, so an event is never counted
 * twice and a late one takes its place).
 */
export function extendAuditLog(
  plan: AuditLogPlan,
  read: readonly AuditEvent[],
  window: AuditLogWindow,
): AuditLogRecord {
  const from = window.from.toISOString();
  const readFrom = plan.readFrom.toISOString();
  const kept = (plan.kept?.events ?? []).filter((event) => event.at >= from && event.at < readFrom);
  const fresh = read.filter((event) => event.at >= readFrom);
  const events = [...kept, ...fresh].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return { org: window.org, from, through: window.now.toISOString(), events };
}

export function packAuditLog(record: AuditLogRecord): PackedAuditLog {
  const months = new Map<string, AuditEvent[]>();
  for (const event of record.events) {
    const month = event.at.slice(0, 7);
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    list.push(event);
  }
  const packed = [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, list]) => JSON.stringify(list));
  return { org: record.org, from: record.from, through: record.through, events: packed };
}

function isEvent(value: unknown): value is AuditEvent {
  const event = value as Partial<AuditEvent> | null;
  return (
    typeof event === 'object' &&
    event !== null &&
    typeof event.id === 'string' &&
    typeof event.at === 'string' &&
    typeof event.action === 'string' &&
    typeof event.fields === 'object'
  );
}

/** The stored record, or null when there is none or it is not one (then the window is read whole). */
export function unpackAuditLog(stored: unknown): AuditLogRecord | null {
  const packed = stored as Partial<PackedAuditLog> | null | undefined;
  if (typeof packed !== 'object' || packed === null) return null;
  if (typeof packed.org !== 'string' || typeof packed.from !== 'string' || typeof packed.through !== 'string') return null;
  if (!Array.isArray(packed.events) || !packed.events.every((month) => typeof month === 'string')) return null;
  const events: AuditEvent[] = [];
  try {
    for (const month of packed.events) {
      const list: unknown = JSON.parse(month);
      if (!Array.isArray(list) || !list.every(isEvent)) return null;
      for (const event of list) events.push(event);
    }
  } catch {
    return null;
  }
  return { org: packed.org, from: packed.from, through: packed.through, events };
}
