// The presence windows must never decide a rule's outcome: people whose dates could fall on
// either side of a policy threshold, and outside collaborators (whom presence cannot see), get
// exact dates; everyone else costs no extra query.
import { afterEach, describe, expect, it } from '@jest/globals';
import { PEOPLE_PER_EXACT_QUERY, straddlesThreshold } from '../../../src/collectors/collect-activity.js';
import { collectOrganization } from '../../../src/collectors/collect-organization.js';
import { createClient } from '../../../src/github/client.js';
import type { GitHubClient } from '../../../src/github/types.js';
import type { Snapshot } from '../../../src/model.js';
import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { generateScenario } from '../../../simulator/scenario/index.js';

const DAY = 86_400_000;
const EXACT_OPERATION = 'ActivityDatesBatch';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

interface Run {
  snapshot: Snapshot;
  /** Logins asked for exact dates, one entry per query. */
  exactLogins: string[];
  exactRequests: number;
  logLines: string[];
  members: number;
}

async function collectDemo(activityThresholds?: { person: number[]; repository: number[] }): Promise<Run> {
  const scenario = generateScenario({ seed: 1, size: 'demo' });
  sim = await startSimulator({ scenario });
  const client = createClient({ apiUrl: sim.url, graphqlUrl: sim.graphqlUrl, token: sim.token, retryBaseMs: 5 });
  const exactLogins: string[] = [];
  const spy: GitHubClient = {
    ...client,
    graphql: <T>(query: string, variables?: Record<string, unknown>) => {
      if (query.includes(`query ${EXACT_OPERATION}(`)) {
        for (const [name, value] of Object.entries(variables ?? {})) if (/^l\d+$/.test(name)) exactLogins.push(String(value));
      }
      return client.graphql<T>(query, variables);
    },
  };
  const logLines: string[] = [];
  const snapshot = await collectOrganization(spy, {
    org: 'acme',
    now: new Date(scenario.org.now),
    activityWindowDays: 180,
    ...(activityThresholds ? { activityThresholds } : {}),
    logger: { info: (m) => logLines.push(m), warning: (m) => logLines.push(m), debug: () => undefined },
  });
  const exactRequests = sim.log.filter((e) => e.operationName === EXACT_OPERATION).length;
  return { snapshot, exactLogins, exactRequests, logLines, members: scenario.org.members.length };
}

const latestOf = (snapshot: Snapshot, login: string, repo?: string) =>
  snapshot.contributions
    .filter((c) => c.login === login && (!repo || c.repo === repo))
    .sort((a, b) => b.lastAt.localeCompare(a.lastAt))[0];

describe('straddlesThreshold', () => {
  const now = new Date('2026-11-27T03:00:00Z');
  const window = (fromDays: number, toDays: number) => ({
    from: new Date(now.getTime() - fromDays * DAY),
    to: new Date(now.getTime() - toDays * DAY),
  });

  it('is true only when now − T lies in (from, to]', () => {
    expect(straddlesThreshold(window(120, 90), now, [90])).toBe(true); // cut at the window's end
    expect(straddlesThreshold(window(90, 60), now, [90])).toBe(false); // cut at its start: D ≥ cut
    expect(straddlesThreshold(window(60, 30), now, [90])).toBe(false);
    expect(straddlesThreshold(window(150, 120), now, [90])).toBe(false);
    expect(straddlesThreshold(window(150, 120), now, [90, 130])).toBe(true);
    expect(straddlesThreshold(window(120, 90), now, [])).toBe(false);
  });
});

describe('collectOrganization: exact activity where the approximation could decide', () => {
  it('reads exact dates for members near a threshold and for outside collaborators only', async () => {
    const run = await collectDemo({ person: [90], repository: [180] });
    expect(run.snapshot.coverage).toEqual([]);

    // Planted stale member: last active exactly 120 days ago (a 30-day window would say 90).
    expect(latestOf(run.snapshot, 'hpatel')).toMatchObject({
      repo: 'acme/api-app',
      kind: 'issue',
      lastAt: '2026-07-30T03:00:00Z',
    });
    // Outside collaborators are read, with exact dates.
    expect(latestOf(run.snapshot, 'amensah', 'acme/pricing-pipeline')?.lastAt).toMatch(/^2026-10-25T/);
    expect(latestOf(run.snapshot, 'nyamada', 'acme/ledger-config')?.lastAt).toMatch(/^2026-07-27T/);

    // Well inside the window (all activity within the last 30 days): no exact query.
    expect(latestOf(run.snapshot, 'jmorales')).toBeDefined();
    expect(run.exactLogins).not.toContain('jmorales');
    expect(run.exactLogins).toEqual(expect.arrayContaining(['hpatel', 'amensah', 'nyamada', 'kowens']));
    // Each person once, 10 people a query (180 days fit one Q5b window), far fewer than the members.
    expect(new Set(run.exactLogins).size).toBe(run.exactLogins.length);
    expect(run.exactRequests).toBe(Math.ceil(run.exactLogins.length / PEOPLE_PER_EXACT_QUERY));
    expect(run.exactRequests).toBeLessThan(run.members / 2);
    expect(run.logLines.some((l) => /exact dates for \d+ people/.test(l))).toBe(true);
  });

  it('without thresholds, keeps the presence dates and still reads outside collaborators', async () => {
    const run = await collectDemo();
    expect([...run.exactLogins].sort()).toEqual(['amensah', 'kowens', 'nyamada']);
    // hpatel stays approximate: the end of the 30-day window [120, 90] days ago.
    expect(latestOf(run.snapshot, 'hpatel')?.lastAt).toBe('2026-08-29T03:00:00.000Z');
    expect(latestOf(run.snapshot, 'amensah', 'acme/pricing-pipeline')?.lastAt).toMatch(/^2026-10-25T/);
  });
});
