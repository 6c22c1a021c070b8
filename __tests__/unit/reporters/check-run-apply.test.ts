import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { GitHubClient } from '../../../src/github/types.js';
import { applyCheckRun, planCheckRun, startCheckRun } from '../../../src/reporters/check-run.js';
import type { Simulator } from '../../../simulator/index.js';
import { manyFindings, report } from './fixtures.js';
import { OWNER, REPO, simulatedGitHub, writesSince } from './simulated-github.js';

const repo = { owner: OWNER, repo: REPO };
let sim: Simulator;
let client: GitHubClient;

beforeEach(async () => {
  ({ sim, client } = await simulatedGitHub());
});
afterEach(async () => {
  await sim.close();
});

const locatedPlan = (count: number) =>
  planCheckRun({
    name: 'Offboarding Sentinel',
    headSha: 'c'.repeat(40),
    failOn: 'high',
    report: report({
      findings: manyFindings(count, { severity: 'high' }).map((f, i) => ({
        ...f,
        location: { path: 'policies/a.yml', line: i + 1, column: 1 },
      })),
    }),
  });

describe('applyCheckRun against the simulator', () => {
  it('posts 120 annotations in 3 requests, 50 at a time, and completes with the conclusion', async () => {
    const plan = locatedPlan(120);
    const from = sim.log.length;
    const result = await applyCheckRun(client, repo, plan);
    expect(result).toEqual({ id: expect.any(Number), requests: 3 });
    expect(writesSince(sim, from)).toHaveLength(3);
    const [stored] = sim.scenario.org.check_runs;
    expect(stored.status).toBe('completed');
    expect(stored.conclusion).toBe('failure');
    expect(stored.output.annotations).toHaveLength(120);
  });

  it('starts in_progress and completes the same check run later', async () => {
    const handle = await startCheckRun(client, repo, {
      name: 'Offboarding Sentinel',
      headSha: 'c'.repeat(40),
    });
    expect(sim.scenario.org.check_runs[0].status).toBe('in_progress');
    const result = await applyCheckRun(client, repo, locatedPlan(10), handle);
    expect(result).toMatchObject({ id: (handle as { id: number }).id, requests: 1 });
    expect(sim.scenario.org.check_runs).toHaveLength(1);
    expect(sim.scenario.org.check_runs[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('skips with one warning when the token may not create check runs, and never throws', async () => {
    sim.switches.denials.push({ match: /check-runs/ });
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    const handle = await startCheckRun(client, repo, { name: 'x', headSha: 'c'.repeat(40) }, { warn });
    expect(handle).toEqual({ skipped: expect.stringContaining('cannot create check runs') });
    const result = await applyCheckRun(client, repo, locatedPlan(3), handle, { warn });
    expect(result).toEqual(handle);
    expect(warnings).toHaveLength(1);
    // Without a start, the apply step itself degrades the same way.
    expect(await applyCheckRun(client, repo, locatedPlan(3), undefined, { warn })).toHaveProperty('skipped');
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).not.toContain(sim.token);
  });
});
