// Comparing this run's findings with the stored state, and the state this run leaves behind.
// A fingerprint that disappeared because its resource could not be read this time is neither
// resolved nor dropped: "could not read" is not "gone".
import type { ActivityRecord } from '../collectors/activity-record.js';
import type { PackedAuditLog } from '../coverage/audit-log-record.js';
import { coversFinding, type FindingRef } from '../coverage/covers.js';
import type { CoverageGap, Finding, Mode } from '../model.js';
import type { ReadRecord } from '../coverage/read-record.js';
import type { FingerprintRecord, RunRecord, RunState } from './types.js';
import { MAX_RUNS } from './types.js';

export interface RunDiff {
  new: Finding[];
  resolved: (FingerprintRecord & { fingerprint: string })[];
  unchanged: Finding[];
  /** Previously seen, absent now, but inside a coverage gap: state unknown. */
  unknown: (FingerprintRecord & { fingerprint: string })[];
}

/**
 * Whether a coverage gap hides a stored finding (rule, resource, subject): the lists it depends
 * on are those of src/coverage/covers.ts, so an unreadable audit log hides `stale-member`, a
 * repository's unread deploy keys hide its `deploy-key:` findings, and so on.
 */
export function gapCovers(gap: CoverageGap, finding: FindingRef, organization: string | null = null): boolean {
  return coversFinding(gap, finding, organization);
}

export function diffRuns(
  previous: RunState | null,
  current: readonly Finding[],
  gaps: readonly CoverageGap[] = [],
): RunDiff {
  const seen = previous?.fingerprints ?? {};
  const currentIds = new Set(current.map((f) => f.fingerprint));
  const diff: RunDiff = { new: [], resolved: [], unchanged: [], unknown: [] };
  for (const finding of current) {
    (Object.hasOwn(seen, finding.fingerprint) ? diff.unchanged : diff.new).push(finding);
  }
  for (const [fingerprint, record] of Object.entries(seen).sort(([a], [b]) => a.localeCompare(b))) {
    if (currentIds.has(fingerprint)) continue;
    const entry = { fingerprint, ...record };
    (gaps.some((gap) => gapCovers(gap, record)) ? diff.unknown : diff.resolved).push(entry);
  }
  return diff;
}

export interface RunSummary {
  mode: Mode;
  /** Unique per run (concurrent runs are merged by it). */
  id?: string;
  offboardingStepsExpected?: number;
  offboardingStepsMissing?: number;
  /** The client's ETag cache export; the previous one is kept when absent. */
  etags?: unknown;
  gaps?: readonly CoverageGap[];
  /** Feedback and baseline widenings to keep; the previous ones are kept when absent. */
  feedback?: RunState['feedback'];
  baselines?: RunState['baselines'];
  /** When each repository's parts were last read; the previous record is kept when absent. */
  reads?: ReadRecord;
  /** Each member's activity at this complete read; null drops the stored one (tonight's was not). */
  activity?: ActivityRecord | null;
  /** The audit log's events of the window; null drops the stored ones; the previous kept when absent. */
  auditLog?: PackedAuditLog | null;
}

export function nextState(
  previous: RunState | null,
  findings: readonly Finding[],
  now: string,
  run: RunSummary,
): RunState {
  const before = previous?.fingerprints ?? {};
  const fingerprints: Record<string, FingerprintRecord> = {};
  for (const finding of findings) {
    const old = Object.hasOwn(before, finding.fingerprint) ? before[finding.fingerprint] : undefined;
    fingerprints[finding.fingerprint] = {
      rule: finding.rule,
      resource: finding.resource,
      subject: finding.subject,
      firstSeen: old?.firstSeen ?? now,
      lastSeen: now,
    };
  }
  // Keep what we could not see this time, unchanged, so it is neither "resolved" now nor "new" later.
  for (const entry of diffRuns(previous, findings, run.gaps ?? []).unknown) {
    const { fingerprint, ...record } = entry;
    fingerprints[fingerprint] = record;
  }
  const counts: RunRecord['counts'] = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  const record: RunRecord = {
    ...(run.id ? { id: run.id } : {}),
    at: now,
    mode: run.mode,
    counts,
    total: findings.length,
    offboardingStepsExpected: run.offboardingStepsExpected ?? 0,
    offboardingStepsMissing: run.offboardingStepsMissing ?? 0,
  };
  const feedback = run.feedback ?? previous?.feedback;
  const baselines = run.baselines ?? previous?.baselines;
  return {
    // What a newer version keeps besides these (baselines, feedback) is carried on.
    ...(previous ?? {}),
    v: 1,
    fingerprints,
    etags: run.etags === undefined ? (previous?.etags ?? null) : run.etags,
    runs: [...(previous?.runs ?? []), record].slice(-MAX_RUNS),
    ...(feedback ? { feedback } : {}),
    ...(baselines ? { baselines } : {}),
    ...(run.reads ? { reads: run.reads } : {}),
    ...(run.activity !== undefined ? { activity: run.activity ?? undefined } : {}),
    ...(run.auditLog !== undefined ? { auditLog: run.auditLog ?? undefined } : {}),
  };
}
