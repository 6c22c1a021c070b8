// What one audit run leaves for the next: fingerprints first/last seen (for "new" and
// "resolved"), the client's ETag cache (opaque here) and a short history of counts (for trends
// and the offboarding-drift rule).
import type { BaselineExtension } from '../baseline/actor-baseline.js';
import type { FeedbackRecord } from '../feedback/read-feedback.js';
import type { ReadRecord } from '../coverage/read-record.js';
import type { ActivityRecord } from '../collectors/activity-record.js';
import type { PackedAuditLog } from '../coverage/audit-log-record.js';
import type { Mode, RuleName, Severity } from '../model.js';

export interface FingerprintRecord {
  rule: RuleName;
  resource: string;
  subject: string | null;
  firstSeen: string;
  lastSeen: string;
}

export interface RunRecord {
  /** Unique per run, so two runs at the same instant stay two when concurrent writes are merged. */
  id?: string;
  at: string;
  mode: Mode;
  counts: Record<Severity, number>;
  total: number;
  offboardingStepsExpected: number;
  offboardingStepsMissing: number;
}

export interface RunState {
  v: 1;
  /** Whatever else a newer version keeps (baselines, feedback): carried through unchanged. */
  [other: string]: unknown;
  fingerprints: Record<string, FingerprintRecord>;
  /** Opaque: whatever the client's ETag cache exports; stored and handed back unchanged. */
  etags: unknown;
  /** Oldest first; the last MAX_RUNS are kept. */
  runs: RunRecord[];
  /** Verdicts given on findings (`false-positive`, `accepted-risk`), by rule|resource|subject. */
  feedback?: Record<string, FeedbackRecord>;
  /** What feedback taught the anomaly baselines, by lower-case login. */
  baselines?: { extensions: Record<string, BaselineExtension> };
  /** When each repository's per-repository parts were last read: where a budget-cut run goes on. */
  reads?: ReadRecord;
  /** Each member's latest activity at the last complete read: where tonight's delta starts. */
  activity?: ActivityRecord;
  /** The audit log's events of the window, packed by month: where tonight's audit-log read starts. */
  auditLog?: PackedAuditLog;
}

export const MAX_RUNS = 100;

/** What reading the stored state gave: nothing stored yet, a state, or a failure to read it. */
export type StateRead =
  | { status: 'absent' }
  | { status: 'read'; state: RunState }
  | { status: 'unreadable'; reason: string };

/** What the store says about the state, for the report: how it was read, where it was kept. */
export interface StoreStatus {
  status: 'read' | 'absent' | 'unreadable';
  where: string;
  reason?: string;
  keptAt?: string;
}

/**
 * Reads and writes the state. "Absent" (nothing stored yet) and "unreadable" (any other failure)
 * are different answers: after an unreadable read the store never writes over the stored file —
 * it keeps the run's state aside (a file in the run's output folder) and says so — because a
 * write would replace a history it could not see. Failures are warnings, never a failed audit.
 */
export interface StateStore {
  load(): Promise<StateRead>;
  /** `load()` for callers that only need the state: null when absent or unreadable. */
  read(): Promise<RunState | null>;
  write(state: RunState): Promise<void>;
  /** How the last `load()` went and where the state was kept, for the report. */
  status(): StoreStatus;
  /**
   * The state lives on this machine (the command line's folder), not on GitHub: it is kept
   * on a dry run too, since keeping it writes nothing to GitHub.
   */
  readonly local?: boolean;
}

/** Where warnings go; defaults to `core.warning` in the stores. */
export type Warn = (message: string) => void;

/** A parsed state, or null when the JSON is not a version-1 state. */
export function parseRunState(json: string): RunState | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<RunState>;
  if (candidate.v !== 1) return null;
  if (typeof candidate.fingerprints !== 'object' || candidate.fingerprints === null) return null;
  if (!Array.isArray(candidate.runs)) return null;
  return { ...candidate, v: 1, fingerprints: candidate.fingerprints, etags: candidate.etags ?? null, runs: candidate.runs };
}
