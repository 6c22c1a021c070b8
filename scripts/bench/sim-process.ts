// The simulator for the benchmark, in its own process so that the benchmark's memory figure is
// the collector's alone. Talks to the parent over IPC.
import { startSimulator } from '../../simulator/index.js';
import { generateScenario } from '../../simulator/scenario/index.js';
import { minimalPlan, type PlanCounts } from './minimal-plan.js';

export interface SimReady {
  type: 'ready';
  url: string;
  graphqlUrl: string;
  token: string;
  org: string;
  now: string;
  plan: PlanCounts;
  repositories: number;
}

const [repos, people, teams, windowDays] = process.argv.slice(2).map(Number);
const scenario = generateScenario({ seed: 7, size: { repos, people, teams } });
const sim = await startSimulator({ scenario, latencyMs: 50, validateResponses: false });
// The benchmark measures requests, not one hour's budget: lift the simulated limits so the
// budget guard does not cut the run short (the unit tests cover the guard).
const farReset = Math.floor(Date.now() / 1000) + 3600;
sim.switches.rateLimit.core = { limit: 10_000_000, remaining: 10_000_000, resetAt: farReset };
sim.switches.rateLimit.graphql = { limit: 10_000_000, remaining: 10_000_000, resetAt: farReset };

const now = new Date(scenario.org.now);
const ready: SimReady = {
  type: 'ready',
  url: sim.url,
  graphqlUrl: sim.graphqlUrl,
  token: sim.token,
  org: scenario.org.login,
  now: scenario.org.now,
  plan: minimalPlan(scenario.org, {
    activityWindowDays: windowDays,
    resolutionDays: 30,
    membersPerQuery: 25,
    now,
  }),
  repositories: scenario.org.repos.length,
};
process.send?.(ready);
process.on('message', (message: { type: string }) => {
  if (message.type === 'rate-limit-reads') {
    process.send?.({
      type: 'rate-limit-reads',
      count: sim.log.filter((l) => l.path === '/rate_limit').length,
    });
    // The log is only needed for that count; keep the simulator's memory flat.
    sim.log.length = 0;
  }
  if (message.type === 'close') void sim.close().then(() => process.exit(0));
});
