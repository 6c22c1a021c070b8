import { describe, expect, it } from '@jest/globals';
import { describeFreshness, lastReadOf, nextReadRecord, partFreshness } from '../../../src/coverage/read-record.js';
import { readingOrder, riskOf } from '../../../src/collectors/read-plan.js';
import type { Grant, Repository } from '../../../src/model.js';
import { aRepository } from '../../builders/snapshot.js';

const repo = (name: string, visibility: Repository['visibility'] = 'private') => aRepository(`acme/${name}`, { visibility });
const grant = (name: string, permission: Grant['permission']): Grant => ({
  login: 'alice',
  repo: `acme/${name}`,
  permission,
  sources: [{ kind: 'direct' }],
  outsideCollaborator: false,
});

describe('readingOrder', () => {
  const repos = [repo('a'), repo('b'), repo('c', 'public'), repo('d'), repo('e')];
  const risk = riskOf(repos, [grant('d', 'admin'), grant('e', 'write'), grant('a', 'read')]);

  it('never read first, then least recently read, then the riskiest', () => {
    const lastRead = new Map([
      ['acme/a', '2026-11-29T00:00:00Z'],
      ['acme/b', '2026-11-28T00:00:00Z'],
      ['acme/c', '2026-11-29T00:00:00Z'],
    ]);
    const order = readingOrder(repos, lastRead, risk).map((r) => r.nameWithOwner);
    // d (admin) and e (write) were never read; b is older than a and c; c (public) outranks a.
    expect(order).toEqual(['acme/d', 'acme/e', 'acme/b', 'acme/c', 'acme/a']);
  });

  it('a read grant adds no risk (near miss): by name among equals', () => {
    expect(risk.get('acme/a')).toBe(0);
    expect(readingOrder([repo('b'), repo('a')], new Map(), risk).map((r) => r.nameWithOwner)).toEqual([
      'acme/a',
      'acme/b',
    ]);
  });
});

describe('the state record of reads', () => {
  it('stamps this run, keeps older stamps of what was deferred, drops deleted repositories', () => {
    const previous = { secrets: { '2026-11-28T00:00:00Z': ['acme/a', 'acme/b', 'acme/gone'] } };
    const next = nextReadRecord(
      previous,
      '2026-11-29T00:00:00Z',
      { secrets: ['acme/a'] },
      new Set(['acme/a', 'acme/b']),
    );
    expect(next).toEqual({
      secrets: { '2026-11-28T00:00:00Z': ['acme/b'], '2026-11-29T00:00:00Z': ['acme/a'] },
    });
    expect(lastReadOf(next, 'secrets').get('acme/a')).toBe('2026-11-29T00:00:00Z');
    expect(lastReadOf(next, 'invitations').size).toBe(0);
  });
});

describe('freshness', () => {
  it('says how many were read now and since when the rest waits', () => {
    const lastRead = new Map([['acme/b', '2026-11-30T02:00:00Z']]);
    const freshness = partFreshness('secrets', ['acme/a'], ['acme/b', 'acme/c'], lastRead);
    expect(freshness.deferred).toEqual([
      { lastReadAt: null, repositories: 1 },
      { lastReadAt: '2026-11-30T02:00:00Z', repositories: 1 },
    ]);
    expect(describeFreshness(freshness)).toBe(
      'secrets: 1 repositories read in this run, 1 deferred (never read yet), 1 deferred (last read in the run of 2026-11-30)',
    );
    expect(describeFreshness(partFreshness('secrets', ['acme/a'], [], lastRead))).toBe(
      'secrets: 1 repositories read in this run',
    );
  });

  it('counts the audit log in events, and the invitations the audit log cleared', () => {
    expect(
      describeFreshness({
        part: 'audit-log',
        readThisRun: 412,
        deferred: [],
        fromState: [{ lastReadAt: '2026-12-01T03:00:00.000Z', repositories: 29688 }],
      }),
    ).toBe('audit log: 412 events read in this run, 29,688 kept from the run of 2026-12-01');
    expect(
      describeFreshness({
        ...partFreshness('invitations', ['acme/a'], [], new Map()),
        clearedByAuditLog: { since: '2026-11-25T03:00:00.000Z', repositories: 4999 },
      }),
    ).toBe('invitations: 1 repositories read in this run, 4,999 with no invitation in the audit log since 2026-11-25');
    // A near miss: without the audit log's say, nothing is claimed cleared.
    expect(describeFreshness(partFreshness('invitations', ['acme/a'], [], new Map()))).toBe(
      'invitations: 1 repositories read in this run',
    );
  });
});
