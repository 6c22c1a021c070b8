import { describe, expect, it } from '@jest/globals';
import {
  extendAuditLog,
  LATE_EVENT_MARGIN_MS,
  packAuditLog,
  planAuditLogRead,
  unpackAuditLog,
  type AuditLogRecord,
} from '../../../src/coverage/audit-log-record.js';
import type { AuditEvent } from '../../../src/model.js';

const DAY = 86_400_000;
const event = (id: string, at: string): AuditEvent => ({
  id,
  at,
  action: 'repo.create',
  actor: 'alice',
  user: null,
  repo: 'acme/web',
  ip: null,
  fields: { business: 'acme' },
});
const now = new Date('2026-12-02T03:00:00.000Z');
const window = { org: 'acme', from: new Date(now.getTime() - 90 * DAY), now };
const stored = (over: Partial<AuditLogRecord> = {}): AuditLogRecord => ({
  org: 'acme',
  from: new Date(window.from.getTime() - DAY).toISOString(),
  through: '2026-12-01T03:00:00.000Z',
  events: [
    event('old', new Date(window.from.getTime() - DAY / 2).toISOString()),
    event('a', '2026-11-20T10:00:00.000Z'),
    event('b', '2026-11-30T10:00:00.000Z'),
    event('late', '2026-11-30T23:00:00.000Z'),
  ],
  ...over,
});

describe('planAuditLogRead', () => {
  it('reads from the last read less the margin for late events, keeping the stored record', () => {
    const plan = planAuditLogRead(stored(), window);
    expect(plan.kept).not.toBeNull();
    expect(plan.readFrom.toISOString()).toBe(new Date(Date.parse('2026-12-01T03:00:00.000Z') - LATE_EVENT_MARGIN_MS).toISOString());
  });

  it('reads the whole window without a record, for another organization, a wider window or a record from the future', () => {
    expect(planAuditLogRead(null, window)).toEqual({ readFrom: window.from, kept: null });
    expect(planAuditLogRead(stored({ org: 'other' }), window).kept).toBeNull();
    const narrower = stored({ from: new Date(window.from.getTime() + DAY).toISOString() });
    expect(planAuditLogRead(narrower, window)).toMatchObject({ readFrom: window.from, kept: null, why: expect.stringContaining('window') });
    expect(planAuditLogRead(stored({ through: '2026-12-03T00:00:00.000Z' }), window).kept).toBeNull();
  });

  it('never reads from before the window (a record older than the window keeps nothing but costs no more)', () => {
    const plan = planAuditLogRead(stored({ through: new Date(window.from.getTime() - 10 * DAY).toISOString() }), window);
    expect(plan.readFrom).toEqual(window.from);
  });
});

describe('extendAuditLog', () => {
  it("replaces the re-read span with what was read, keeps the rest of the window, drops what fell out of it", () => {
    const plan = planAuditLogRead(stored(), window);
    // The re-read span (from 2026-11-30T03:00) holds `b`, `late` (logged late) and tonight's `c`.
    const read = [event('c', '2026-12-02T01:00:00.000Z'), event('late', '2026-11-30T23:00:00.000Z'), event('b', '2026-11-30T10:00:00.000Z')];
    const record = extendAuditLog(plan, read, window);
    expect(record.events.map((e) => e.id)).toEqual(['a', 'b', 'late', 'c']);
    expect(record).toMatchObject({ org: 'acme', from: window.from.toISOString(), through: now.toISOString() });
  });

  it('equals a read of the whole window when nothing was logged late', () => {
    const all = [event('a', '2026-11-20T10:00:00.000Z'), event('b', '2026-11-30T10:00:00.000Z'), event('c', '2026-12-02T01:00:00.000Z')];
    const yesterday = { ...window, from: new Date(window.from.getTime() - DAY), now: new Date(now.getTime() - DAY) };
    const first = extendAuditLog(planAuditLogRead(null, yesterday), all.slice(0, 2), yesterday);
    const plan = planAuditLogRead(first, window);
    const delta = extendAuditLog(plan, all.filter((e) => e.at >= plan.readFrom.toISOString()), window);
    expect(delta.events).toEqual(extendAuditLog(planAuditLogRead(null, window), all, window).events);
  });
});

describe('packAuditLog / unpackAuditLog', () => {
  it('packs one string per month, oldest first, and reads it back', () => {
    const record = { ...stored(), events: [...stored().events.slice(1), event('c', '2026-12-01T10:00:00.000Z')] };
    const packed = packAuditLog(record);
    expect(packed.events).toHaveLength(2);
    expect((packed.events as string[])[0]).toContain('2026-11-20');
    expect(unpackAuditLog(JSON.parse(JSON.stringify(packed)))).toEqual(record);
  });

  it('reads anything that is not a record as none (the whole window is read)', () => {
    expect(unpackAuditLog(undefined)).toBeNull();
    expect(unpackAuditLog({ org: 'acme', from: 'x', through: 'y', events: ['not json'] })).toBeNull();
    expect(unpackAuditLog({ org: 'acme', from: 'x', through: 'y', events: ['[{"id":1}]'] })).toBeNull();
    expect(unpackAuditLog({ org: 'acme', from: 'x', through: 'y', events: { auditLogShards: ['a'] } })).toBeNull();
  });
});
