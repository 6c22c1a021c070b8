// Comparing this run's findings with the stored state, and the state this run leaves behind.
// A fingerprint that disappeared because its resource could not be read this time is neither
// resolved nor dropped: "could not read" is not "gone".
import type { CoverageGap, Finding, Mode } from '../model.js';
import type { ReadRecord } from '../collectors/read-plan.js';
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
 * Whether a coverage gap hides `resource`: the same identifier, the whole organization, or a
 * repository gap covering that repository's keys, secrets and access (`deploy-key:o/r/1`).
 */
export function gapCovers(gap: CoverageGap, resource: string): boolean {
  if (gap.resource === resource) return true;
  if (gap.resource.startsWith('org:')) {
    const org = gap.resource.slice('org:'.length);
    const body = resource.slice(resource.indexOf(':') + 1);
    return (
      body === org ||
      body.startsWith(`${org}/`) ||
      resource.startsWith('pat:') ||
      resource.startsWith('credential:') ||
      resource.startsWith('event:')
    );
  }
  if (gap.resource.startsWith('repo:')) {
    // `repo:o/r` or a part of it (`repo:o/r/deploy-keys`, `repo:o/r/env/prod/secrets`): anything
    // of that repository is unknown — erring towards "unknown" never closes an issue wrongly.
    const repo = gap.resource.slice('repo:'.length).split('/').slice(0, 2).join('/');
    const body = resource.slice(resource.indexOf(':') + 1);
    return body === repo || body.startsWith(`${repo}/`);
  }
  return false;
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
    (gaps.some((gap) => gapCovers(gap, record.resource)) ? diff.unknown : diff.resolved).push(entry);
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
  };
}
