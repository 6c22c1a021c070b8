// A history written by v0.1.0 names fine-grained PAT findings by the grant id: read with this
// run's grants, it names them by the token id, so the upgrade reports them neither new nor resolved.
import { describe, expect, it } from '@jest/globals';
import { fingerprint } from '../../../src/fingerprint.js';
import type { RuleName } from '../../../src/model.js';
import { diffRuns } from '../../../src/state/history.js';
import { upgradePatFingerprints } from '../../../src/state/pat-fingerprints.js';
import type { FingerprintRecord, RunState } from '../../../src/state/types.js';
import { finding } from '../reporters/fixtures.js';

const grants = [
  { id: 501, tokenId: 9001, owner: 'Alice' },
  { id: 502, tokenId: 9002, owner: 'bob' },
];

const record = (rule: RuleName, resource: string, subject: string | null, firstSeen = '2026-11-01T03:00:00Z'): [string, FingerprintRecord] => [
  fingerprint(rule, resource, subject),
  { rule, resource, subject, firstSeen, lastSeen: '2026-11-26T03:00:00Z' },
];

const state = (...records: [string, FingerprintRecord][]): RunState => ({ v: 1, fingerprints: Object.fromEntries(records), etags: null, runs: [] });

describe('upgradePatFingerprints', () => {
  it('renames long-lived-token and stale-token records of pat:<grant id> to pat:<token id>, keeping the first sighting', () => {
    const upgraded = upgradePatFingerprints(
      state(record('long-lived-token', 'pat:501', 'alice'), record('stale-token', 'pat:502', 'bob', '2026-10-01T03:00:00Z')),
      grants,
    );
    expect(upgraded.fingerprints).toEqual(
      Object.fromEntries([record('long-lived-token', 'pat:9001', 'alice'), record('stale-token', 'pat:9002', 'bob', '2026-10-01T03:00:00Z')]),
    );
    const current = [
      finding({ rule: 'long-lived-token', resource: 'pat:9001', subject: 'alice', fingerprint: fingerprint('long-lived-token', 'pat:9001', 'alice') }),
      finding({ rule: 'stale-token', resource: 'pat:9002', subject: 'bob', fingerprint: fingerprint('stale-token', 'pat:9002', 'bob') }),
    ];
    const diff = diffRuns(upgraded, current);
    expect({ new: diff.new.length, resolved: diff.resolved.length, unchanged: diff.unchanged.length }).toEqual({ new: 0, resolved: 0, unchanged: 2 });
  });

  it('leaves what is not a v0.1.0 PAT record: another rule, another owner, an unread grant, a token id', () => {
    const untouched = state(
      record('retained-token', 'pat:501', 'alice'),
      record('long-lived-token', 'pat:501', 'mallory'),
      record('stale-token', 'pat:777', 'alice'),
      record('long-lived-token', 'pat:9001', 'alice'),
    );
    expect(upgradePatFingerprints(untouched, grants)).toEqual(untouched);
    expect(upgradePatFingerprints(state(record('long-lived-token', 'pat:501', 'alice')), [])).toEqual(state(record('long-lived-token', 'pat:501', 'alice')));
  });

  it('does not rename an id that is also a token id (a record this version wrote)', () => {
    const ambiguous = state(record('stale-token', 'pat:9001', 'alice'));
    expect(upgradePatFingerprints(ambiguous, [...grants, { id: 9001, tokenId: 9003, owner: 'alice' }])).toEqual(ambiguous);
  });

  it('folds a history that holds both names of one finding into one record', () => {
    const both = state(record('long-lived-token', 'pat:501', 'alice', '2026-09-01T03:00:00Z'), record('long-lived-token', 'pat:9001', 'alice', '2026-11-20T03:00:00Z'));
    expect(upgradePatFingerprints(both, grants).fingerprints).toEqual(
      Object.fromEntries([record('long-lived-token', 'pat:9001', 'alice', '2026-09-01T03:00:00Z')]),
    );
  });
});
