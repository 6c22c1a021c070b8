import { describe, expect, it } from '@jest/globals';
import type { ActivityRecord } from '../../../src/collectors/activity-record.js';
import type { PackedAuditLog } from '../../../src/coverage/audit-log-record.js';
import { lastReadOf } from '../../../src/coverage/read-record.js';
import { mergeAuditLogRecords, mergeStates } from '../../../src/state/merge.js';
import type { RunRecord, RunState } from '../../../src/state/types.js';

const run = (at: string, id?: string): RunRecord => ({
  ...(id ? { id } : {}),
  at,
  mode: 'audit',
  counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
  total: 0,
  offboardingStepsExpected: 0,
  offboardingStepsMissing: 0,
});
const record = (firstSeen: string, lastSeen: string) => ({
  rule: 'stale-member' as const,
  resource: 'org:acme',
  subject: 'a',
  firstSeen,
  lastSeen,
});

const widening = { repos: ['acme/a'], orgSecrets: [], people: [], ips: [], kinds: [], largestBurst: 1 };

describe('mergeStates', () => {
  it('keeps the earliest first sighting, the union of runs (two at the same instant stay two) and our ETags', () => {
    const theirs: RunState = {
      v: 1,
      fingerprints: { f: record('d1', 'd3'), t: record('d2', 'd3') },
      etags: 'theirs',
      runs: [run('d1', 'a'), run('d3', 'b')],
      baselines: { extensions: { x: widening } },
    };
    const ours: RunState = {
      v: 1,
      fingerprints: { f: record('d2', 'd3'), o: record('d3', 'd3') },
      etags: 'ours',
      runs: [run('d1', 'a'), run('d3', 'c')],
    };
    const merged = mergeStates(theirs, ours);
    expect(merged.fingerprints).toEqual({
      f: record('d1', 'd3'),
      t: record('d2', 'd3'),
      o: record('d3', 'd3'),
    });
    expect(merged.runs.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(merged.etags).toBe('ours');
    expect(merged.baselines).toEqual({ extensions: { x: widening } });
    expect(mergeStates(theirs, { ...ours, etags: null }).etags).toBe('theirs');
  });
});

const empty = (extra: Partial<RunState> = {}): RunState => ({
  v: 1,
  fingerprints: {},
  etags: null,
  runs: [],
  ...extra,
});
const activity = (at: string, people: ActivityRecord['people']): ActivityRecord => ({
  at,
  from: '2026-09-01T00:00:00.000Z',
  people,
});
const T1 = '2026-11-30T02:00:00.000Z';
const T2 = '2026-12-01T02:00:00.000Z';

describe('mergeStates: the read record', () => {
  it('keeps, per part and repository, the later of the two reads (a union of what each run read)', () => {
    const theirs = empty({
      reads: { secrets: { [T1]: ['acme/a', 'acme/b'] }, 'deploy-keys': { [T1]: ['acme/a'] } },
    });
    const ours = empty({
      reads: { secrets: { [T2]: ['acme/b', 'acme/c'], '2026-11-01T00:00:00.000Z': ['acme/a'] } },
    });
    const merged = mergeStates(theirs, ours);
    expect(lastReadOf(merged.reads, 'secrets')).toEqual(
      new Map([
        ['acme/a', T1],
        ['acme/b', T2],
        ['acme/c', T2],
      ]),
    );
    // A part only one run read stays as it read it; no part appears that neither read.
    expect(merged.reads?.['deploy-keys']).toEqual({ [T1]: ['acme/a'] });
    expect(merged.reads).not.toHaveProperty('invitations');
  });

  it('takes the only record there is, and none when neither run left one', () => {
    const reads = { secrets: { [T1]: ['acme/a'] } };
    expect(mergeStates(empty({ reads }), empty()).reads).toEqual(reads);
    expect(mergeStates(empty(), empty({ reads })).reads).toEqual(reads);
    expect(mergeStates(empty(), empty())).not.toHaveProperty('reads');
  });
});

describe('mergeStates: the activity record', () => {
  const person = (v: string, repo: string) => ({ v, c: [[repo, 'commit', v] as [string, 'commit', string]] });

  it('keeps the record whose read is later, whole, even when it is theirs', () => {
    const later = activity(T2, { ann: person(T2, 'acme/x') });
    const earlier = activity(T1, { ann: person(T1, 'acme/y'), bob: person(T1, 'acme/y') });
    const merged = mergeStates(empty({ activity: later }), empty({ activity: earlier }));
    // Not a per-member mix: bob, read only up to T1, is not stamped as read up to T2.
    expect(merged.activity).toEqual(later);
  });

  it('near miss: ours is later, so ours stands', () => {
    const later = activity(T2, { ann: person(T2, 'acme/x') });
    const earlier = activity(T1, { ann: person(T1, 'acme/y') });
    expect(mergeStates(empty({ activity: earlier }), empty({ activity: later })).activity).toEqual(later);
  });

  it('keeps the one record there is; a record without a readable time loses to one with it', () => {
    const record = activity(T1, {});
    expect(mergeStates(empty({ activity: record }), empty()).activity).toEqual(record);
    expect(mergeStates(empty(), empty({ activity: record })).activity).toEqual(record);
    const broken = { ...record, at: 'not a date' };
    expect(mergeStates(empty({ activity: record }), empty({ activity: broken })).activity).toEqual(record);
    expect(mergeStates(empty(), empty())).not.toHaveProperty('activity');
  });
});

describe('mergeStates: the audit-log record', () => {
  it('keeps the one read through the later time, whichever run wrote it', () => {
    const log = (through: string, events: unknown): PackedAuditLog => ({
      org: 'acme',
      from: '2026-06-01T00:00:00.000Z',
      through,
      events,
    });
    const later = log(T2, ['[]', '[{"action":"b"}]']);
    // Theirs may still refer to its shards (the store merges before it reads them back).
    const earlier = log(T1, { auditLogShards: ['state-audit-log/abc.json'] });
    expect(mergeStates(empty({ auditLog: later }), empty({ auditLog: earlier })).auditLog).toEqual(later);
    expect(mergeStates(empty({ auditLog: earlier }), empty({ auditLog: later })).auditLog).toEqual(later);
  });

  it('keeps a lone record, prefers a dated one to a shapeless one, and adds none', () => {
    const record: PackedAuditLog = { org: 'acme', from: T1, through: T1, events: [] };
    expect(mergeStates(empty({ auditLog: record }), empty()).auditLog).toEqual(record);
    // A state read from the branch is not checked field by field: a shapeless value loses.
    const junk = 'junk' as unknown as PackedAuditLog;
    expect(mergeStates(empty({ auditLog: record }), empty({ auditLog: junk })).auditLog).toEqual(record);
    expect(mergeAuditLogRecords(undefined, undefined)).toBeUndefined();
    expect(mergeStates(empty(), empty())).not.toHaveProperty('auditLog');
  });
});
