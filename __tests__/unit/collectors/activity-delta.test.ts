// Incremental activity: a night after a complete read asks only about the span since it, keeps
// the stored dates of the people the delta shows nothing new for, and reads in full the people
// without a record, with a stale one, or in tonight's rolling share; outcomes equal a full read's.
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  carriedContributions,
  needsFullRead,
  unusableRecord,
  type ActivityRecord,
} from '../../../src/collectors/activity-record.js';
import { inRollingSlice, REVALIDATION_NIGHTS } from '../../../src/collectors/delta-plan.js';
import { collectOrgActivity } from '../../../src/collectors/collect-activity.js';
import { collectOrganization } from '../../../src/collectors/collect-organization.js';
import { quietLogger } from '../../../src/collectors/context.js';
import { Coverage } from '../../../src/collectors/coverage.js';
import { createClient } from '../../../src/github/client.js';
import type { GitHubClient } from '../../../src/github/types.js';
import { permissionAtLeast, type Snapshot } from '../../../src/model.js';
import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { generateScenario } from '../../../simulator/scenario/index.js';

const DAY = 86_400_000;
const now = new Date('2026-11-27T03:00:00Z');
const windowFrom = new Date(now.getTime() - 180 * DAY);
const iso = (ms: number) => new Date(ms).toISOString();

describe('activity record: what a stored read can still say', () => {
  const record = (at: number, from = windowFrom.getTime() - DAY): ActivityRecord => ({
    at: iso(at),
    from: iso(from),
    people: {},
  });

  it('serves a recent record covering the window, and no other', () => {
    expect(unusableRecord(record(now.getTime() - DAY), now, windowFrom)).toBeNull();
    expect(unusableRecord(undefined, now, windowFrom)).toMatch(/no complete activity read/);
    expect(unusableRecord(record(now.getTime()), now, windowFrom)).toMatch(/not earlier/);
    expect(unusableRecord(record(now.getTime() - (REVALIDATION_NIGHTS + 1) * DAY), now, windowFrom)).toMatch(/re-validation/);
    // Near miss: a record one millisecond short of tonight's window start cannot stand for "none".
    expect(unusableRecord(record(now.getTime() - DAY, windowFrom.getTime() + 1), now, windowFrom)).toMatch(/shorter window/);
    expect(unusableRecord(record(now.getTime() - DAY, windowFrom.getTime()), now, windowFrom)).toBeNull();
  });

  it('reads in full a person without a record, a stale one, or in tonight\'s share', () => {
    const outside = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].find((l) => !inRollingSlice(`person:${l}`, now)) ?? '';
    const inside = Array.from({ length: 200 }, (_, i) => `p${i}`).find((l) => inRollingSlice(`person:${l}`, now)) ?? '';
    const fresh = { v: iso(now.getTime() - DAY), c: [] };
    expect(needsFullRead(undefined, outside, now)).toBe(true);
    expect(needsFullRead(fresh, outside, now)).toBe(false);
    expect(needsFullRead(fresh, inside, now)).toBe(true);
    expect(needsFullRead({ v: iso(now.getTime() - REVALIDATION_NIGHTS * DAY), c: [] }, outside, now)).toBe(true);
    // Near miss: one millisecond younger than the cycle still serves.
    expect(needsFullRead({ v: iso(now.getTime() - REVALIDATION_NIGHTS * DAY + 1), c: [] }, outside, now)).toBe(false);
  });

  it('drops what left the window and reads in full a window date that may have', () => {
    const start = windowFrom.getTime();
    const carried = carriedContributions(
      {
        v: iso(now.getTime() - DAY),
        c: [
          ['acme/api', 'commit', iso(start + 1)], // exact, just inside: kept
          ['acme/web', 'commit', iso(start - 1)], // exact, just outside: dropped
          ['acme/ops', 'review', iso(start - 1), iso(start - 30 * DAY)], // whole window before: dropped
        ],
      },
      windowFrom,
    );
    expect(carried).toEqual({ contributions: [['acme/api', 'commit', iso(start + 1)]], uncertain: false });
    const straddling = carriedContributions(
      { v: iso(now.getTime() - DAY), c: [['acme/api', 'issue', iso(start + DAY), iso(start - DAY)]] },
      windowFrom,
    );
    expect(straddling.uncertain).toBe(true);
  });
});

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('collectOrganization: the night after a complete read', () => {
  it('reads the delta window only and judges as a full read does', async () => {
    const scenario = generateScenario({ seed: 1, size: 'demo' });
    sim = await startSimulator({ scenario });
    const client = createClient({ apiUrl: sim.url, graphqlUrl: sim.graphqlUrl, token: sim.token, retryBaseMs: 5 });
    const presenceFrom: string[] = [];
    const exactLogins: string[] = [];
    const spy: GitHubClient = {
      ...client,
      graphql: <T>(query: string, variables?: Record<string, unknown>) => {
        if (query.includes('query ActivityPresence(')) presenceFrom.push(String(variables?.from));
        if (query.includes('query ActivityDatesBatch(')) {
          for (const [name, value] of Object.entries(variables ?? {})) if (/^l\d+$/.test(name)) exactLogins.push(String(value));
        }
        return client.graphql<T>(query, variables);
      },
    };
    const thresholds = { person: [90], repository: [180] };
    const collect = (at: Date, previousActivity?: ActivityRecord) =>
      collectOrganization(spy, {
        org: 'acme',
        now: at,
        activityWindowDays: 180,
        activityThresholds: thresholds,
        ...(previousActivity ? { previousActivity } : {}),
      });
    const t0 = new Date(scenario.org.now);
    const first = await collect(t0);
    expect(first.coverage).toEqual([]);
    const record = first.activityRecord;
    if (!record) throw new Error('a complete read leaves a record');
    const members = scenario.org.members.map((m) => m.login);
    expect(Object.keys(record.people).sort()).toEqual([...members].sort());

    const t1 = new Date(t0.getTime() + DAY);
    scenario.org.now = t1.toISOString();
    const ordinary = members.filter((l) => !inRollingSlice(`person:${l}`, t1) && !l.endsWith('[bot]'));
    // Active since the stored read: a member whose stored latest date is older than 90 days.
    const stale = ordinary.find((l) => !scenario.org.contributions.some((c) => c.login === l && Date.parse(c.occurred_at) > t0.getTime() - 90 * DAY));
    if (!stale) throw new Error('the demo has no inactive member');
    scenario.org.contributions.push({ login: stale, repo: scenario.org.repos[0].name, kind: 'commit', occurred_at: iso(t0.getTime() + DAY / 2), count: 1 });
    // No record (as a new member), and a record older than the cycle: both read in full.
    const [unrecorded, expired] = ordinary.filter((l) => l !== stale);
    const previous: ActivityRecord = { ...record, people: { ...record.people } };
    delete previous.people[unrecorded];
    previous.people[expired] = { ...previous.people[expired], v: iso(t1.getTime() - REVALIDATION_NIGHTS * DAY) };

    presenceFrom.length = 0;
    exactLogins.length = 0;
    const delta = await collect(t1, previous);
    expect(delta.coverage).toEqual([]);
    // One window, from the stored read; a page of 100 members a query.
    expect(new Set(presenceFrom)).toEqual(new Set([record.at]));
    expect(presenceFrom).toHaveLength(Math.ceil(members.length / 100));
    const rolling = members.filter((l) => inRollingSlice(`person:${l}`, t1) && !l.endsWith('[bot]'));
    expect(exactLogins).toEqual(expect.arrayContaining([unrecorded, expired, ...rolling]));
    // Inactive since: no query of their own; their stored date is served.
    const quiet = ordinary.filter((l) => ![stale, unrecorded, expired].includes(l) && !exactLogins.includes(l));
    expect(quiet.length).toBeGreaterThan(members.length / 2);
    expect(delta.freshness?.find((f) => f.part === 'activity')).toMatchObject({
      readThisRun: 2 + rolling.length,
      fromState: [{ lastReadAt: record.at, repositories: members.length - 2 - rolling.length }],
    });
    const latest = (s: Snapshot, login: string) =>
      s.contributions.filter((c) => c.login === login).reduce((a, c) => (c.lastAt > a ? c.lastAt : a), '');
    expect(latest(delta, stale) > record.at).toBe(true);
    expect(delta.activityRecord?.people[expired].v).toBe(t1.toISOString());
    expect(delta.activityRecord?.people[quiet[0]].v).toBe(record.people[quiet[0]].v);

    // The same outcomes as a full read tonight, for every threshold a rule judges.
    const full = await collect(t1);
    const outcomes = (s: Snapshot) => {
      const personCut = iso(t1.getTime() - 90 * DAY);
      const repoCut = iso(t1.getTime() - 180 * DAY);
      const people = members.map((l) => `${l} ${latest(s, l) >= personCut ? 'active' : 'stale'}`);
      const writes = s.grants
        .filter((g) => permissionAtLeast(g.permission, 'write'))
        .map((g) => {
          const used = s.contributions.some((c) => c.login === g.login && c.repo === g.repo && c.lastAt >= repoCut);
          return `${g.login} ${g.repo} ${used ? 'used' : 'unused'}`;
        });
      return [...people, ...writes].sort();
    };
    expect(outcomes(delta)).toEqual(outcomes(full));
    expect(full.freshness?.find((f) => f.part === 'activity')).toBeUndefined();
  });
});

describe('collectOrgActivity: several people a query', () => {
  it('a denied alias is that person\'s gap only, and the record waits for a complete read', async () => {
    const at = (days: number) => iso(now.getTime() - days * DAY);
    const member = (login: string) => ({ login, contributionsCollection: null });
    const collection = (occurredAt: string) => ({
      commitContributionsByRepository: [{ repository: { nameWithOwner: 'acme/api' }, contributions: { nodes: [{ occurredAt }] } }],
    });
    const client = {
      graphql: (query: string) => {
        if (query.includes('query ActivityPresence(')) {
          return Promise.resolve({
            organization: { membersWithRole: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [member('ann'), member('ben')] } },
          });
        }
        // Both read in full (no record): ann answered, ben's alias denied.
        return Promise.reject(
          Object.assign(new Error('partial'), {
            name: 'GraphqlResponseError',
            data: { u0: { login: 'ann', contributionsCollection: collection(at(10)) }, u1: null },
            errors: [{ type: 'FORBIDDEN', path: ['u1'], message: 'Resource not accessible by integration' }],
          }),
        );
      },
    } as unknown as GitHubClient;
    const coverage = new Coverage();
    const stored: ActivityRecord = { at: at(1), from: at(200), people: {} };
    const result = await collectOrgActivity(
      { client, org: 'acme', coverage, logger: quietLogger },
      { organizationId: 'O_1', now, windowDays: 180, previous: stored },
    );
    expect(result.contributions).toEqual([{ login: 'ann', repo: 'acme/api', kind: 'commit', lastAt: at(10) }]);
    expect(coverage.gaps.map((g) => g.resource)).toEqual(['org:acme/contributions/ben']);
    expect(result.record).toBeNull();
    expect(result.basis).toMatchObject({ kind: 'delta', readInFull: 2, fromState: 0 });
  });
});
