// Two runs that overlap must leave the issues exactly as one run would: no duplicate issue, no
// comment posted twice. Real HTTP against the simulator, two syncs in flight at once.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { GitHubClient } from '../../../src/github/types.js';
import { acquireIssueLock, LOCK_PATH } from '../../../src/reporters/issue-lock.js';
import {
  applyIssuePlan,
  listManagedIssues,
  planIssueSync,
  reconcilePlan,
  type DesiredIssue,
} from '../../../src/reporters/issue-sync.js';
import type { Simulator } from '../../../simulator/index.js';
import { OWNER, REPO, simulatedGitHub } from './simulated-github.js';

const repo = { owner: OWNER, repo: REPO };
const LABEL = 'offboarding-sentinel';
let sim: Simulator;
let client: GitHubClient;

beforeEach(async () => {
  ({ sim, client } = await simulatedGitHub());
});
afterEach(async () => {
  await sim.close();
});

const wanted = (count: number, body = 'held'): DesiredIssue[] =>
  Array.from({ length: count }, (_, i) => ({
    key: `audit:rule:r${i}`,
    title: `Finding ${i}`,
    body: `${body} ${i}`,
    labels: [],
    assignees: [],
    state: 'open',
  }));

const lock = (holder: string) => ({ branch: 'offboarding-sentinel-state', holder, pollMs: 20, waitMs: 20_000 });

async function plan(desired: DesiredIssue[]) {
  return planIssueSync(await listManagedIssues(client, repo, LABEL), desired, { closeMissing: true, managedLabel: LABEL });
}

const comments = () => sim.scenario.org.issues.flatMap((issue) => issue.comments);

describe('concurrent first runs', () => {
  it('with the lock: two runs planned on an empty repository open each issue once and comment nothing', async () => {
    const [a, b] = [await plan(wanted(10)), await plan(wanted(10))];
    expect(a.actions.filter((x) => x.kind === 'create')).toHaveLength(10);
    const results = await Promise.all([
      applyIssuePlan(client, repo, a, { lock: lock('run a') }),
      applyIssuePlan(client, repo, b, { lock: lock('run b') }),
    ]);
    expect(sim.scenario.org.issues).toHaveLength(10);
    expect(results.map((r) => r.created.length).sort()).toEqual([0, 10]);
    expect(comments()).toEqual([]);
    expect(results.flatMap((r) => r.duplicatesClosed)).toEqual([]);
  });

  it('the re-check by marker alone turns a stale create into nothing, and a stale update into a quiet one', async () => {
    const stale = await plan(wanted(3));
    await applyIssuePlan(client, repo, await plan(wanted(3)));
    await applyIssuePlan(client, repo, stale);
    expect(sim.scenario.org.issues).toHaveLength(3);
    // A run that planned other content before the first run wrote: one edit, no comment.
    const other = await plan(wanted(3, 'changed'));
    const first = await plan(wanted(3, 'changed'));
    await applyIssuePlan(client, repo, first);
    const again = await applyIssuePlan(client, repo, other);
    expect(again.updated).toEqual([]);
    expect(comments().filter((c) => /Updated/.test(c.body))).toHaveLength(3);
  });

  it('two runs closing the same issue comment once', async () => {
    await applyIssuePlan(client, repo, await plan(wanted(2)));
    const [a, b] = [await plan(wanted(1)), await plan(wanted(1))];
    await Promise.all([
      applyIssuePlan(client, repo, a, { lock: lock('run a') }),
      applyIssuePlan(client, repo, b, { lock: lock('run b') }),
    ]);
    expect(sim.scenario.org.issues.filter((i) => i.state === 'closed')).toHaveLength(1);
    expect(comments()).toHaveLength(1);
  });
});

describe('reconcilePlan', () => {
  it('near miss: a plan that still matches GitHub is kept as it is', async () => {
    const fresh = await plan(wanted(2));
    expect(reconcilePlan(fresh, await listManagedIssues(client, repo, LABEL))).toEqual(fresh);
  });
});

describe('the issue lock', () => {
  it('is exclusive, waits for the holder, and is free again after release', async () => {
    let clock = 1_000_000;
    const now = () => clock;
    const first = await acquireIssueLock(client, repo, { ...lock('a'), now });
    expect(first).not.toBeNull();
    let secondTaken = false;
    const second = acquireIssueLock(client, repo, { ...lock('b'), now }).then((held) => {
      secondTaken = true;
      return held;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(secondTaken).toBe(false);
    await first?.release();
    expect(await second).not.toBeNull();
    clock += 1;
    const branch = sim.scenario.org.branches.find((b) => b.name === 'offboarding-sentinel-state');
    expect(JSON.parse(branch?.files[LOCK_PATH].content ?? '{}')).toMatchObject({ holder: 'b', released: false });
  });

  it('a lease left by a crashed run expires', async () => {
    let clock = 1_000_000;
    const now = () => clock;
    expect(await acquireIssueLock(client, repo, { ...lock('crashed'), now, leaseMs: 60_000 })).not.toBeNull();
    clock += 61_000;
    expect(await acquireIssueLock(client, repo, { ...lock('next'), now, waitMs: 0 })).not.toBeNull();
  });

  it('without permission to write the branch, the sync goes on without it (and says so)', async () => {
    sim.switches.denials.push({ match: /contents\/locks|git\/refs/ });
    const warnings: string[] = [];
    expect(await acquireIssueLock(client, repo, { ...lock('a'), warn: (m) => warnings.push(m) })).toBeNull();
    expect(warnings.join('\n')).toMatch(/Issue lock not available \(403 /);
    const result = await applyIssuePlan(client, repo, await plan(wanted(2)), { lock: lock('a') });
    expect(result.created).toHaveLength(2);
  });
});
