// What one audit run leaves for the next: fingerprints first/last seen (for "new" and
// "resolved"), the client's ETag cache (opaque here) and a short history of counts (for trends
// and the offboarding-drift rule).
import type { BaselineExtension } from '../baseline/actor-baseline.js';
import type { FeedbackRecord } from '../feedback/read-feedback.js';
import type { Mode, RuleName, Severity } from '../model.js';

export interface FingerprintRecord {
  rule: RuleName;
  resource: string;
  subject: string | null;
  firstSeen: string;
  lastSeen: string;
}

export interface RunRecord {
  at: string;
  mode: Mode;
  counts: Record<Severity, number>;
  total: number;
  offboardingStepsExpected: number;
  offboardingStepsMissing: number;
}

export interface RunState {
  v: 1;
  fingerprints: Record<string, FingerprintRecord>;
  /** Opaque: whatever the client's ETag cache exports; stored and handed back unchanged. */
  etags: unknown;
  /** Oldest first; the last MAX_RUNS are kept. */
  runs: RunRecord[];
  /** Verdicts given on findings (`false-positive`, `accepted-risk`), by rule|resource|subject. */
  feedback?: Record<string, FeedbackRecord>;
  /** What feedback taught the anomaly baselines, by lower-case login. */
  baselines?: { extensions: Record<string, BaselineExtension> };
}

export const MAX_RUNS = 100;

/** Reads and writes the state. Implementations degrade failures to warnings: read → null, write → skipped. */
export interface StateStore {
  read(): Promise<RunState | null>;
  write(state: RunState): Promise<void>;
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
  const state: RunState = {
    v: 1,
    fingerprints: candidate.fingerprints,
    etags: candidate.etags ?? null,
    runs: candidate.runs,
  };
  if (typeof candidate.feedback === 'object' && candidate.feedback !== null)
    state.feedback = candidate.feedback;
  if (typeof candidate.baselines?.extensions === 'object' && candidate.baselines.extensions !== null)
    state.baselines = { extensions: candidate.baselines.extensions };
  return state;
}
