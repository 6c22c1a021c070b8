// Two runs that wrote the state at the same time: the later writer got a 409, re-read the
// other's state and merges it with its own, so neither run's history is lost. Fingerprints keep
// their earliest first sighting and latest last sighting; runs are the union (by id, else by
// time and mode); the ETags are the writer's own (the newest reads), or theirs when it has none.
import type { FingerprintRecord, RunRecord, RunState } from './types.js';
import { MAX_RUNS } from './types.js';

/** One finding sighted in two records: the earliest first sighting, the latest last one. */
export function mergeFingerprint(a: FingerprintRecord, b: FingerprintRecord): FingerprintRecord {
  const newer = a.lastSeen >= b.lastSeen ? a : b;
  return {
    ...newer,
    firstSeen: a.firstSeen <= b.firstSeen ? a.firstSeen : b.firstSeen,
    lastSeen: newer.lastSeen,
  };
}

function runKey(run: RunRecord): string {
  return run.id ?? `${run.at}\u0000${run.mode}\u0000${run.total}`;
}

export function mergeStates(theirs: RunState, ours: RunState): RunState {
  const fingerprints: Record<string, FingerprintRecord> = { ...theirs.fingerprints };
  for (const [fingerprint, record] of Object.entries(ours.fingerprints)) {
    const other = Object.hasOwn(fingerprints, fingerprint) ? fingerprints[fingerprint] : undefined;
    fingerprints[fingerprint] = other ? mergeFingerprint(other, record) : record;
  }
  const runs = new Map<string, RunRecord>();
  for (const run of [...theirs.runs, ...ours.runs]) runs.set(runKey(run), run);
  // Feedback and baseline widenings are additive: a verdict given in either run stands.
  const feedback = theirs.feedback || ours.feedback ? { ...theirs.feedback, ...ours.feedback } : undefined;
  const extensions =
    theirs.baselines || ours.baselines
      ? { ...theirs.baselines?.extensions, ...ours.baselines?.extensions }
      : undefined;
  return {
    // What a newer version keeps besides these: ours where both have it.
    ...theirs,
    ...ours,
    ...(feedback ? { feedback } : {}),
    ...(extensions ? { baselines: { extensions } } : {}),
    v: 1,
    fingerprints,
    etags: ours.etags ?? theirs.etags ?? null,
    runs: [...runs.values()].sort((a, b) => a.at.localeCompare(b.at)).slice(-MAX_RUNS),
  };
}
