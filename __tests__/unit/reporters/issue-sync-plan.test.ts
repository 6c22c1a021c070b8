import { describe, expect, it } from '@jest/globals';
import type { DesiredIssue, ManagedIssue } from '../../../src/reporters/issue-sync.js';
import {
  contentHash,
  marker,
  parseMarker,
  planIssueSync,
  renderBody,
} from '../../../src/reporters/issue-sync.js';

const desired = (overrides: Partial<DesiredIssue> = {}): DesiredIssue => ({
  key: 'audit:rule:stale-deploy-key',
  title: 'Offboarding Sentinel: stale-deploy-key',
  body: 'two keys',
  labels: ['offboarding-sentinel'],
  assignees: [],
  state: 'open',
  ...overrides,
});

/** What listManagedIssues would return for an issue created from `wanted`. */
const managed = (wanted: DesiredIssue, overrides: Partial<ManagedIssue> = {}): ManagedIssue => ({
  number: 1,
  key: wanted.key,
  hash: contentHash({ ...wanted, labels: [...new Set(['offboarding-sentinel', ...wanted.labels])] }),
  state: 'open',
  title: wanted.title,
  labels: wanted.labels,
  createdAt: '2026-11-01T00:00:00Z',
  ...overrides,
});

describe('issue markers', () => {
  it('round-trips key and hash and cannot be closed early by a hostile key', () => {
    const text = marker('audit:resource:x --> <b>', 'abc');
    expect(text.indexOf('-->')).toBe(text.length - 3);
    expect(parseMarker(`hello\n${text}`)).toEqual({ key: 'audit:resource:x --> <b>', hash: 'abc' });
  });

  it('takes the last marker and ignores bodies without one', () => {
    expect(parseMarker(`${marker('old', '1')}\n${marker('new', '2')}`)).toEqual({ key: 'new', hash: '2' });
    expect(parseMarker('no marker')).toBeNull();
    expect(parseMarker(null)).toBeNull();
  });

  it('does not hash the footer', () => {
    const a = renderBody(desired({ footer: 'run 1' }));
    const b = renderBody(desired({ footer: 'run 2' }));
    expect(parseMarker(a)).toEqual(parseMarker(b));
  });
});

describe('planIssueSync', () => {
  it('opens an issue for a new key', () => {
    const plan = planIssueSync([], [desired({ labels: ['team-x'] })], { closeMissing: true });
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]).toMatchObject({ kind: 'create', labels: ['offboarding-sentinel', 'team-x'] });
    expect(plan.labels).toEqual(['offboarding-sentinel', 'team-x']);
  });

  it('does nothing when the content is unchanged', () => {
    const wanted = desired();
    const plan = planIssueSync([managed(wanted)], [wanted], { closeMissing: true });
    expect(plan.actions).toEqual([]);
    expect(plan.unchanged).toEqual([wanted.key]);
  });

  it('edits and comments once when the content changed', () => {
    const before = desired();
    const plan = planIssueSync(
      [managed(before)],
      [desired({ body: 'three keys', changeComment: 'one new' })],
      { closeMissing: true },
    );
    expect(plan.actions).toEqual([
      expect.objectContaining({ kind: 'update', number: 1, comment: 'one new' }),
    ]);
  });

  it('closes with a comment when the group is gone, only with closeMissing', () => {
    const existing = [managed(desired())];
    expect(planIssueSync(existing, [], { closeMissing: true }).actions).toEqual([
      expect.objectContaining({ kind: 'close', number: 1, reason: 'completed', comment: expect.any(String) }),
    ]);
    expect(planIssueSync(existing, [], { closeMissing: false }).actions).toEqual([]);
  });

  it('reopens a closed issue whose group is back, instead of opening a second', () => {
    const wanted = desired();
    const plan = planIssueSync([managed(wanted, { state: 'closed' })], [wanted], { closeMissing: true });
    expect(plan.actions).toEqual([expect.objectContaining({ kind: 'reopen', number: 1 })]);
  });

  it('keeps the oldest open issue for a key and closes newer ones as duplicates', () => {
    const wanted = desired();
    const plan = planIssueSync(
      [
        managed(wanted, { number: 7, createdAt: '2026-11-02T00:00:00Z' }),
        managed(wanted, { number: 3, createdAt: '2026-11-01T00:00:00Z' }),
      ],
      [wanted],
      { closeMissing: true },
    );
    expect(plan.actions).toEqual([
      expect.objectContaining({ kind: 'close', number: 7, reason: 'duplicate', comment: 'Duplicate of #3.' }),
    ]);
  });

  it('closes an open issue whose desired state is closed, and leaves a closed one alone', () => {
    const done = desired({ state: 'closed', closeComment: 'All revoked.' });
    const plan = planIssueSync([managed(desired())], [done], { closeMissing: false });
    expect(plan.actions).toEqual([
      expect.objectContaining({
        kind: 'close',
        reason: 'completed',
        comment: 'All revoked.',
        update: expect.any(Object),
      }),
    ]);
    expect(
      planIssueSync([managed(done, { state: 'closed' })], [done], { closeMissing: false }).actions,
    ).toEqual([]);
    // Nothing to track and nothing existing: no issue is created just to be closed.
    expect(planIssueSync([], [done], { closeMissing: false }).actions).toEqual([]);
  });

  it('rejects two desired issues with the same key', () => {
    expect(() => planIssueSync([], [desired(), desired()], { closeMissing: false })).toThrow(/share the key/);
  });
});

describe('planIssueSync and people', () => {
  it('keeps labels added by hand when it edits an issue', () => {
    const plan = planIssueSync(
      [managed(desired(), { labels: ['offboarding-sentinel', 'triaged'] })],
      [desired({ body: 'changed' })],
      { closeMissing: true },
    );
    expect(plan.actions[0]).toMatchObject({ kind: 'update', labels: ['offboarding-sentinel', 'triaged'] });
  });

  it('reopens the real issue, not a newer one closed as a duplicate', () => {
    const wanted = desired();
    const plan = planIssueSync(
      [
        managed(wanted, { number: 2, state: 'closed', stateReason: 'completed' }),
        managed(wanted, {
          number: 9,
          state: 'closed',
          stateReason: 'duplicate',
          createdAt: '2026-11-05T00:00:00Z',
        }),
      ],
      [wanted],
      { closeMissing: true },
    );
    expect(plan.actions).toEqual([expect.objectContaining({ kind: 'reopen', number: 2 })]);
  });
});
