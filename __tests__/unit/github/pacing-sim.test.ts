// The client against the simulator's model of GitHub's secondary limits: paced, it never
// crosses them; unpaced (a near miss), the simulator answers 403 with retry-after.
import { afterEach, describe, expect, it } from '@jest/globals';
import { fixtureScenario } from '../collectors/fixture-org.js';
import { simulatedClient } from '../collectors/sim-helpers.js';
import type { Simulator } from '../../../simulator/index.js';
import type { GitHubClient } from '../../../src/github/types.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const LIMITS = { restPointsPerWindow: 10, graphqlPointsPerWindow: 10, maxConcurrent: 4, windowMs: 1000 };


const burst = (client: GitHubClient, n: number) =>
  Promise.all(
    Array.from({ length: n }, () =>
      client.rest.request('GET /repos/{owner}/{repo}/actions/secrets', { owner: 'acme', repo: 'api' }),
    ),
  );

describe('pacing under the simulated secondary limits', () => {
  it('stays under points per window and requests in flight: no 403 with retry-after', async () => {
    const started = await simulatedClient(fixtureScenario(), { pacing: LIMITS });
    sim = started.sim;
    sim.switches.latencyMs = 20;
    sim.switches.secondaryLimits = LIMITS;
    const t0 = Date.now();
    await burst(started.client, 25);
    expect(sim.log.filter((l) => l.secondaryLimited)).toEqual([]);
    expect(sim.concurrency().peak).toBeLessThanOrEqual(LIMITS.maxConcurrent);
    // 25 reads at 10 a window need at least two full windows.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2000);
    expect(started.client.pacing?.waits).toBeGreaterThan(0);
  });

  it('unpaced, the simulator limits it and the client backs off on retry-after, then succeeds', async () => {
    const loose = { restPointsPerWindow: 10_000, graphqlPointsPerWindow: 10_000, maxConcurrent: 100, windowMs: 400 };
    const started = await simulatedClient(fixtureScenario(), { pacing: loose });
    sim = started.sim;
    sim.switches.secondaryLimits = { ...LIMITS, maxConcurrent: 100 };
    const answers = await burst(started.client, 15);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const limited = sim.log.filter((l) => l.secondaryLimited);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]).toMatchObject({ status: 403, route: 'GET /repos/{owner}/{repo}/actions/secrets' });
    expect(started.client.pacing?.retryAfterPauses).toBeGreaterThan(0);
  });

  it('a GraphQL query is paced on its own lane: REST spending does not hold it back', async () => {
    // A long window, so that load on the machine cannot make the first reads leave it.
    const long = { ...LIMITS, windowMs: 30_000 };
    const started = await simulatedClient(fixtureScenario(), { pacing: long });
    sim = started.sim;
    sim.switches.secondaryLimits = long;
    await burst(started.client, 10);
    const waits = started.client.pacing?.waits;
    await started.client.graphql('query { viewer { login } }');
    // (The near miss, a REST read of the same endpoint waiting, is in pacing.test.ts.)
    expect(started.client.pacing?.waits).toBe(waits);
    expect(sim.log.filter((l) => l.secondaryLimited)).toEqual([]);
  });
});
