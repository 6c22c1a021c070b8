import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { GitHubClient } from '../../../src/github/types.js';
import type { DesiredIssue } from '../../../src/reporters/issue-sync.js';
import { applyIssuePlan, listManagedIssues, planIssueSync } from '../../../src/reporters/issue-sync.js';
import type { Simulator } from '../../../simulator/index.js';
import { OWNER, REPO, simulatedGitHub, writesSince } from './simulated-github.js';

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

const desired = (body: string, overrides: Partial<DesiredIssue> = {}): DesiredIssue => ({
  key: 'audit:rule:stale-deploy-key',
  title: 'Offboarding Sentinel: stale-deploy-key',
  body,
  labels: ['security'],
  assignees: [],
  state: 'open',
  changeComment: 'Updated: 1 new.',
  ...overrides,
});

/** One run: list, plan, apply. */
async function sync(wanted: DesiredIssue[], closeMissing = true) {
  const existing = await listManagedIssues(client, repo, LABEL);
  const plan = planIssueSync(existing, wanted, { closeMissing, managedLabel: LABEL });
  return applyIssuePlan(client, repo, plan);
}

const issues = () => sim.scenario.org.issues;

describe('issue sync against the simulator', () => {
  it('opens, stays quiet, edits with one comment, closes, and reopens', async () => {
    // First run: labels first, then one issue.
    const first = await sync([desired('two keys')]);
    expect(first.created).toHaveLength(1);
    expect(first.labelsCreated.sort()).toEqual([LABEL, 'security']);
    expect(issues()).toHaveLength(1);
    expect(issues()[0].labels.sort()).toEqual([LABEL, 'security']);

    // Unchanged rerun: no write at all, so no comment.
    let from = sim.log.length;
    expect(await sync([desired('two keys')])).toMatchObject({ created: [], updated: [], closed: [] });
    expect(writesSince(sim, from)).toEqual([]);
    expect(issues()[0].comments).toHaveLength(0);

    // Changed content: the body is edited and exactly one comment is added.
    from = sim.log.length;
    expect((await sync([desired('three keys')])).updated).toEqual([issues()[0].number]);
    expect(issues()[0].body).toContain('three keys');
    expect(issues()[0].comments.map((c) => c.body)).toEqual(['Updated: 1 new.']);
    expect(writesSince(sim, from)).toHaveLength(2);

    // Gone: closed with a comment.
    expect((await sync([])).closed).toEqual([issues()[0].number]);
    expect(issues()[0].state).toBe('closed');
    expect(issues()[0].comments).toHaveLength(2);

    // Back: the same issue reopens; no second issue.
    expect((await sync([desired('three keys')])).reopened).toEqual([issues()[0].number]);
    expect(issues()).toHaveLength(1);
    expect(issues()[0].state).toBe('open');
  });

  it('does not close issues that are missing when closeMissing is off (incomplete coverage)', async () => {
    await sync([desired('two keys')]);
    const from = sim.log.length;
    await sync([], false);
    expect(writesSince(sim, from)).toEqual([]);
    expect(issues()[0].state).toBe('open');
  });

  it('ignores issues that carry the label but not our marker', async () => {
    await client.rest.request('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title: 'by hand',
      body: 'no marker',
      labels: [LABEL],
    });
    await sync([desired('two keys')]);
    expect(issues().filter((i) => i.state === 'open')).toHaveLength(2);
    expect(await listManagedIssues(client, repo, LABEL)).toHaveLength(1);
  });

  it('pages through more than 100 managed issues', async () => {
    const many = Array.from({ length: 105 }, (_, i) => desired(`body ${i}`, { key: `audit:resource:r${i}` }));
    await sync(many);
    const listed = await listManagedIssues(client, repo, LABEL);
    expect(listed).toHaveLength(105);
    const from = sim.log.length;
    await sync(many);
    expect(writesSince(sim, from)).toEqual([]);
  });

  it('leaves exactly one open issue per key when two runs sync at the same time', async () => {
    sim.switches.latencyMs = 20;
    const wanted = [
      desired('two keys'),
      desired('one token', { key: 'audit:rule:stale-token', title: 'Offboarding Sentinel: stale-token' }),
    ];
    // Both runs list before either creates, so both plan to create both issues.
    const [a, b] = await Promise.all([
      listManagedIssues(client, repo, LABEL),
      listManagedIssues(client, repo, LABEL),
    ]);
    expect(a).toEqual([]);
    expect(b).toEqual([]);
    const plans = [
      planIssueSync(a, wanted, { closeMissing: true }),
      planIssueSync(b, wanted, { closeMissing: true }),
    ];
    const results = await Promise.all(plans.map((plan) => applyIssuePlan(client, repo, plan)));
    expect(results.flatMap((r) => r.created)).toHaveLength(4);
    const open = issues().filter((i) => i.state === 'open');
    expect(open.map((i) => i.title).sort()).toEqual([
      'Offboarding Sentinel: stale-deploy-key',
      'Offboarding Sentinel: stale-token',
    ]);
    // The survivors are the oldest of each pair; the others are closed as duplicates.
    const closed = issues().filter((i) => i.state === 'closed');
    expect(closed).toHaveLength(2);
    for (const issue of closed) expect(issue.state_reason).toBe('duplicate');
    for (const issue of open) {
      const twin = closed.find((c) => c.title === issue.title);
      expect(twin && twin.number > issue.number).toBe(true);
    }
    // A later run sees one issue per key and does nothing.
    const from = sim.log.length;
    await sync(wanted);
    expect(writesSince(sim, from)).toEqual([]);
  });
});
