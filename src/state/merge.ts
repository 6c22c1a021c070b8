// Two runs that wrote the state at the same time: the later writer got a 409, re-read the
// other's state and merges it with its own, so neither run's history is lost. Each field that
// runs write has its own rule (below); mergeStates composes them, and a field a newer version
// keeps without a rule here is ours where both have it.
import type { FingerprintRecord, RunRecord, RunState } from './types.js';
import { MAX_RUNS } from './types.js';
import { REPOSITORY_PARTS, lastReadOf, type ReadRecord } from '../coverage/read-record.js';
import type { ActivityRecord } from '../collectors/activity-record.js';

/** One field's rule: what the merged state keeps, from theirs and ours (either may lack it). */
type FieldMerge<T> = (theirs: T | undefined, ours: T | undefined) => T | undefined;

/** One finding sighted in two records: the earliest first sighting, the latest last one. */
export function mergeFingerprint(a: FingerprintRecord, b: FingerprintRecord): FingerprintRecord {
  const newer = a.lastSeen >= b.lastSeen ? a : b;
  return {
    ...newer,
    firstSeen: a.firstSeen <= b.firstSeen ? a.firstSeen : b.firstSeen,
    lastSeen: newer.lastSeen,
  };
}

function mergeFingerprints(
  theirs: Record<string, FingerprintRecord>,
  ours: Record<string, FingerprintRecord>,
): Record<string, FingerprintRecord> {
  const fingerprints: Record<string, FingerprintRecord> = { ...theirs };
  for (const [fingerprint, record] of Object.entries(ours)) {
    const other = Object.hasOwn(fingerprints, fingerprint) ? fingerprints[fingerprint] : undefined;
    fingerprints[fingerprint] = other ? mergeFingerprint(other, record) : record;
  }
  return fingerprints;
}

function runKey(run: RunRecord): string {
  return run.id ?? `${run.at}\u0000${run.mode}\u0000${run.total}`;
}

/** The union of both histories (by id, else by time and mode), oldest first, the last MAX_RUNS. */
function mergeRuns(theirs: readonly RunRecord[], ours: readonly RunRecord[]): RunRecord[] {
  const runs = new Map<string, RunRecord>();
  for (const run of [...theirs, ...ours]) runs.set(runKey(run), run);
  return [...runs.values()].sort((a, b) => a.at.localeCompare(b.at)).slice(-MAX_RUNS);
}

/** Feedback is additive: a verdict given in either run stands (ours where both gave one). */
const mergeFeedback: FieldMerge<NonNullable<RunState['feedback']>> = (theirs, ours) =>
  theirs || ours ? { ...theirs, ...ours } : undefined;

/** Baseline widenings are additive, like feedback. */
const mergeBaselines: FieldMerge<NonNullable<RunState['baselines']>> = (theirs, ours) =>
  theirs || ours ? { extensions: { ...theirs?.extensions, ...ours?.extensions } } : undefined;

/**
 * Per part and repository the later read wins: a repository one run read and the other did not
 * keeps the read that happened, so neither run's progress through a budget-cut part is lost,
 * and no repository gets a read time that neither run stamped. A repository that one run saw
 * deleted may come back from the other's record; harmless (it only orders reads) and the next
 * record drops it again.
 */
const mergeReadRecords: FieldMerge<ReadRecord> = (theirs, ours) => {
  if (!theirs || !ours) return ours ?? theirs;
  const merged: ReadRecord = {};
  for (const part of REPOSITORY_PARTS) {
    const latest = lastReadOf(theirs, part);
    for (const [repo, at] of lastReadOf(ours, part)) {
      const other = latest.get(repo);
      if (!other || other < at) latest.set(repo, at);
    }
    const groups: Record<string, string[]> = {};
    for (const [repo, at] of latest) (groups[at] ??= []).push(repo);
    for (const repos of Object.values(groups)) repos.sort();
    if (latest.size > 0) merged[part] = groups;
  }
  return merged;
};

function instant(value: unknown): number {
  const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(at) ? at : Number.NEGATIVE_INFINITY;
}

/** The one whose `field` is the later instant (ours on a tie or when neither is a date). */
function laterBy<T>(field: string): FieldMerge<T> {
  return (theirs, ours) => {
    if (theirs === undefined || ours === undefined) return ours ?? theirs;
    const at = (record: T) =>
      instant(
        typeof record === 'object' && record !== null
          ? (record as Record<string, unknown>)[field]
          : undefined,
      );
    return at(theirs) > at(ours) ? theirs : ours;
  };
}

/**
 * The activity record whose read is later, whole. Its `at` claims a complete read of every
 * member up to then, and tonight's delta starts there; a per-member merge of the two would have
 * to stamp one `at` on people only the earlier read saw (or only read up to the earlier time),
 * claiming a read that did not happen, and would mix two re-validation stamps (`v`) and windows
 * (`from`). The later complete read already holds each member's latest dates up to its time, so
 * nothing is lost by keeping it alone. When only one run left a record (the other's read was
 * incomplete and dropped it, or it was not an audit) that record still stands: it is a complete
 * read as of its own `at`, and the next delta reads everything since.
 */
const mergeActivityRecords: FieldMerge<ActivityRecord> = laterBy<ActivityRecord>('at');

/**
 * The audit-log record: the one read through the later time (`through`, ISO), whole, so its
 * events (or the store's references to their shards) stay with the `through` they were read to.
 * Generic, and a stored value without a date loses to one with a date.
 */
export function mergeAuditLogRecords<T>(theirs: T | undefined, ours: T | undefined): T | undefined {
  return laterBy<T>('through')(theirs, ours);
}

/**
 * The fields merged by their own rule rather than taken from ours. Add a field the state
 * keeps here (the compiler checks the rule's type against RunState's).
 */
const FIELD_MERGES: {
  [K in 'feedback' | 'baselines' | 'reads' | 'activity' | 'auditLog']: FieldMerge<NonNullable<RunState[K]>>;
} = {
  feedback: mergeFeedback,
  baselines: mergeBaselines,
  reads: mergeReadRecords,
  activity: mergeActivityRecords,
  auditLog: mergeAuditLogRecords,
};

export function mergeStates(theirs: RunState, ours: RunState): RunState {
  const merged: RunState = {
    // What a newer version keeps besides these: ours where both have it.
    ...theirs,
    ...ours,
    v: 1,
    fingerprints: mergeFingerprints(theirs.fingerprints, ours.fingerprints),
    // The writer's own ETags (the newest reads), or theirs when it has none.
    etags: ours.etags ?? theirs.etags ?? null,
    runs: mergeRuns(theirs.runs, ours.runs),
  };
  for (const [field, merge] of Object.entries(FIELD_MERGES) as [string, FieldMerge<unknown>][]) {
    const value = merge(theirs[field] ?? undefined, ours[field] ?? undefined);
    if (value === undefined) delete merged[field];
    else merged[field] = value;
  }
  return merged;
}
