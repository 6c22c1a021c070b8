// What the state keeps of when each repository's per-repository parts (deploy keys, secrets,
// invitations) were last read, and how fresh each part is: shared by gather's plan
// (collectors/read-plan.ts), evaluate (the freshness wording, the next record) and the state.
// Pure.
import { gaps, type GapScope } from './gap-scope.js';
import type { PartFreshness } from '../model.js';

/** The per-repository parts a budget can cut short, in the order collection reads them. */
export const REPOSITORY_PARTS = ['deploy-keys', 'secrets', 'invitations'] as const;
export type RepositoryPart = (typeof REPOSITORY_PARTS)[number];

/** When each repository's part was last read: part → run time (ISO) → repositories. */
export type ReadRecord = Partial<Record<RepositoryPart, Record<string, string[]>>>;

export const DEFERRED_REASON = 'deferred by the rate-limit budget; next run';

/** The coverage-gap resource of one repository's deferred part (`repo:<owner>/<name>/secrets`). */
export function deferredResource(repo: string, part: RepositoryPart): GapScope {
  return gaps.repository(repo, part);
}

/** Repository → when this part was last read, from the state's grouped record. */
export function lastReadOf(record: ReadRecord | undefined, part: RepositoryPart): Map<string, string> {
  const byRepo = new Map<string, string>();
  for (const [at, repos] of Object.entries(record?.[part] ?? {})) {
    for (const repo of repos) {
      const before = byRepo.get(repo);
      if (!before || before < at) byRepo.set(repo, at);
    }
  }
  return byRepo;
}

function byLastRead(repos: readonly string[], lastRead: ReadonlyMap<string, string>): { lastReadAt: string | null; repositories: number }[] {
  const groups = new Map<string | null, number>();
  for (const repo of repos) {
    const at = lastRead.get(repo) ?? null;
    groups.set(at, (groups.get(at) ?? 0) + 1);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))
    .map(([lastReadAt, repositories]) => ({ lastReadAt, repositories }));
}

export function partFreshness(
  part: RepositoryPart,
  read: readonly string[],
  deferred: readonly string[],
  lastRead: ReadonlyMap<string, string>,
  fromState: readonly string[] = [],
): PartFreshness {
  const freshness: PartFreshness = { part, readThisRun: read.length, deferred: byLastRead(deferred, lastRead) };
  if (fromState.length > 0) {
    freshness.fromState = byLastRead(fromState, lastRead).map(({ lastReadAt, repositories }) => ({
      lastReadAt: lastReadAt ?? '',
      repositories,
    }));
  }
  return freshness;
}

/** "secrets: 4,780 repositories read in this run, 220 deferred (last read 2026-11-30)". */
export function describeFreshness(freshness: PartFreshness): string {
  const n = (value: number) => value.toLocaleString('en-US');
  // Activity is counted in people: those read over the whole window tonight, and those whose
  // dates combine the stored read with the span since it.
  if (freshness.part === 'activity') {
    const kept = (freshness.fromState ?? []).map(
      ({ lastReadAt, repositories }) =>
        `${n(repositories)} from the run of ${lastReadAt.slice(0, 10)} with the activity since`,
    );
    return `activity: ${n(freshness.readThisRun)} people read in full in this run${kept.length ? `, ${kept.join(', ')}` : ''}`;
  }
  // The audit log is counted in events: those read tonight, those the state kept of the window.
  if (freshness.part === 'audit-log') {
    const kept = (freshness.fromState ?? []).map(
      ({ lastReadAt, repositories }) => `${n(repositories)} kept from the run of ${lastReadAt.slice(0, 10)}`,
    );
    return `audit log: ${n(freshness.readThisRun)} events read in this run${kept.length ? `, ${kept.join(', ')}` : ''}`;
  }
  const kept = (freshness.fromState ?? []).map(
    ({ lastReadAt, repositories }) => `${n(repositories)} from the run of ${lastReadAt.slice(0, 10)}`,
  );
  const deferred = freshness.deferred.map(({ lastReadAt, repositories }) =>
    lastReadAt
      ? `${n(repositories)} deferred (last read in the run of ${lastReadAt.slice(0, 10)})`
      : `${n(repositories)} deferred (never read yet)`,
  );
  const cleared = freshness.clearedByAuditLog
    ? [`${n(freshness.clearedByAuditLog.repositories)} with no invitation in the audit log since ${freshness.clearedByAuditLog.since.slice(0, 10)}`]
    : [];
  const parts = [...kept, ...deferred, ...cleared];
  return `${freshness.part}: ${n(freshness.readThisRun)} repositories read in this run${parts.length ? `, ${parts.join(', ')}` : ''}`;
}

/**
 * The record the state keeps: this run's reads stamped `now`, earlier reads kept for the
 * repositories not read now, repositories that no longer exist dropped.
 */
export function nextReadRecord(
  previous: ReadRecord | undefined,
  now: string,
  thisRun: Partial<Record<RepositoryPart, readonly string[]>>,
  existing: ReadonlySet<string>,
): ReadRecord {
  const record: ReadRecord = {};
  for (const part of REPOSITORY_PARTS) {
    const readNow = new Set(thisRun[part] ?? []);
    const groups: Record<string, string[]> = {};
    for (const [repo, at] of lastReadOf(previous, part)) {
      if (readNow.has(repo) || !existing.has(repo)) continue;
      (groups[at] ??= []).push(repo);
    }
    if (readNow.size > 0) groups[now] = [...readNow].sort();
    if (Object.keys(groups).length > 0) record[part] = groups;
  }
  return record;
}
