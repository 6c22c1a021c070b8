// What one audit run leaves for the next: fingerprints first/last seen (for "new" and
// "resolved"), the client's ETag cache (opaque here) and a short history of counts (for trends
// and the offboarding-drift rule).
import type { ReadRecord } from '../collectors/read-plan.js';
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
  /** When each repository's per-repository parts were last read: where a budget-cut run goes on. */
  reads?: ReadRecord;
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
  const state: RunState = { v: 1, fingerprints: candidate.fingerprints, etags: candidate.etags ?? null, runs: candidate.runs };
  if (typeof candidate.reads === 'object' && candidate.reads !== null) state.reads = candidate.reads;
  return state;
}
