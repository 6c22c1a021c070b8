// What one night's read leaves for the next night's deltas: when each repository's parts were
// read, each member's activity and the audit log's events. One pair of functions (what a read
// leaves, what the next read starts from), so the audit and the scale benchmark carry the same
// state from night to night. Pure.
import { packAuditLog, unpackAuditLog, type AuditLogRecord } from '../coverage/audit-log-record.js';
import type { ActivityRecord } from '../collectors/activity-record.js';
import type { ReadRecord } from '../coverage/read-record.js';
import { nextReadRecord } from '../coverage/read-record.js';
import type { Snapshot } from '../model.js';
import type { RunSummary } from './history.js';
import type { RunState } from './types.js';

export function carriedReads(previous: RunState | null, snapshot: Snapshot): Pick<RunSummary, 'reads' | 'activity' | 'auditLog'> {
  return {
    reads: nextReadRecord(
      previous?.reads,
      snapshot.collectedAt,
      snapshot.partsRead ?? {},
      new Set(snapshot.repositories.map((r) => r.nameWithOwner)),
    ),
    // Only a complete activity read may stand for the next night's delta; an incomplete one drops it.
    ...(snapshot.activityRecord !== undefined ? { activity: snapshot.activityRecord } : {}),
    ...(snapshot.auditLogRecord !== undefined
      ? { auditLog: snapshot.auditLogRecord && packAuditLog(snapshot.auditLogRecord) }
      : {}),
  };
}

/** Where tonight's read starts from: the stored reads, activity and audit log (none without a state). */
export function carriedFrom(state: RunState | null): {
  previousReads?: ReadRecord;
  previousActivity?: ActivityRecord;
  previousAuditLog?: AuditLogRecord | null;
} {
  if (!state) return {};
  return {
    ...(state.reads ? { previousReads: state.reads } : {}),
    ...(state.activity ? { previousActivity: state.activity } : {}),
    previousAuditLog: unpackAuditLog(state.auditLog),
  };
}
