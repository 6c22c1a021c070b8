// Incremental activity: the night after a complete audit asks GitHub about members' activity
// only since that run (one presence window), and judges stale members and unused write access
// exactly as a full read of the same night does.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { harness, keyOf, reportOf, type Harness, type ReportShape } from './harness.js';

const DAY = 86_400_000;
const PRESENCE = 'ActivityPresence';
const ACTIVITY_RULES = new Set(['stale-member', 'unused-write-access']);

const presenceQueries = (h: Harness, from: number) =>
  h.sim.log.slice(from).filter((entry) => entry.operationName === PRESENCE).length;
const activityFindings = (report: ReportShape) =>
  report.findings.filter((f) => ACTIVITY_RULES.has(f.rule)).map(keyOf).sort();

describe('audit: activity from the stored read and the span since', () => {
  let h: Harness;
  let fresh: Harness;
  let night1Presence: number;
  let night2Presence: number;
  let night2: ReportShape;
  let full: ReportShape;
  let night2Summary: string;
  let members: number;

  // Someone long inactive is active again between the nights (a contribution the delta sees).
  const revive = (target: Harness, t0: number) => {
    const org = target.scenario.org;
    const quiet = org.members.find(
      (m) => !org.contributions.some((c) => c.login === m.login && Date.parse(c.occurred_at) > t0 - 90 * DAY),
    );
    if (!quiet) throw new Error('the scenario has no inactive member');
    org.contributions.push({ login: quiet.login, repo: org.repos[0].name, kind: 'commit', occurred_at: new Date(t0 + DAY / 2).toISOString(), count: 1 });
    return quiet.login;
  };

  beforeAll(async () => {
    h = await harness();
    fresh = await harness();
    const t0 = Date.parse(h.scenario.org.now);
    members = h.scenario.org.members.length;
    const inputs = { mode: 'audit', report: 'json,summary', 'fail-on': 'none' };
    let from = h.sim.log.length;
    await h.run({ inputs });
    night1Presence = presenceQueries(h, from);
    revive(h, t0);
    revive(fresh, t0);
    const night2At = new Date(t0 + DAY).toISOString();
    from = h.sim.log.length;
    const second = await h.run({ inputs, now: night2At });
    night2 = reportOf(second);
    night2Summary = second.summary;
    night2Presence = presenceQueries(h, from);
    // The same night read in full: no state before it.
    full = reportOf(await fresh.run({ inputs, now: night2At }));
  }, 240_000);
  afterAll(async () => {
    await h.close();
    await fresh.close();
  });

  it('reads one presence window for the second night, 100 members a query', () => {
    expect(night1Presence).toBe(6 * Math.ceil(members / 25));
    expect(night2Presence).toBe(Math.ceil(members / 100));
  });

  it('finds the same stale members and unused write access as a full read', () => {
    expect(activityFindings(night2).length).toBeGreaterThan(0);
    expect(activityFindings(night2)).toEqual(activityFindings(full));
    expect(night2.coverage.gaps.filter((g) => !g.resource.startsWith('history:'))).toEqual([]);
  });

  it('says activity came partly from the stored read', () => {
    const freshness = (night2.coverage as unknown as { freshness?: { part: string; fromState?: { repositories: number }[] }[] }).freshness;
    const activity = freshness?.find((f) => f.part === 'activity');
    expect(activity?.fromState?.[0]?.repositories).toBeGreaterThan(members / 2);
    expect(night2Summary).toMatch(/activity: \d+ people read in full in this run, \d+ from the run of \d{4}-\d\d-\d\d with the activity since/);
    // Near miss: the full read says nothing of a stored read.
    const fullFreshness = (full.coverage as unknown as { freshness?: { part: string }[] }).freshness ?? [];
    expect(fullFreshness.some((f) => f.part === 'activity')).toBe(false);
  });
});
