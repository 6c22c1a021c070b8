// A simulated GitHub with an empty organization and the action's repository, plus the
// project's client pointed at it: the apply steps are tested against real HTTP on 127.0.0.1.
import { getOctokit } from '@actions/github';
import type { GitHubClient } from '../../../src/github/types.js';
import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { addRepo, createBuilder } from '../../../simulator/scenario/builder.js';
import { emptySimRepo, type Scenario } from '../../../simulator/state.js';

export const OWNER = 'acme';
export const REPO = 'offboarding-ops';

export function emptyScenario(): Scenario {
  const builder = createBuilder(1, '2026-11-27T03:00:00Z');
  addRepo(
    builder,
    emptySimRepo(4242, REPO, '2025-01-01T00:00:00Z', { updated_at: '2026-11-01T00:00:00Z', pushed_at: '2026-11-01T00:00:00Z' }),
  );
  return {
    org: builder.org,
    actionRepo: `${OWNER}/${REPO}`,
    expected: [],
    nearMisses: [],
    departures: [],
    policy: builder.policy,
  };
}

export async function simulatedGitHub(): Promise<{ sim: Simulator; client: GitHubClient }> {
  const sim = await startSimulator({ scenario: emptyScenario() });
  return { sim, client: plainClient(sim) };
}

/** Writes (non-GET requests) the simulator saw since `from`, as `METHOD path`. */
export function writesSince(sim: Simulator, from: number): string[] {
  return sim.log
    .slice(from)
    .filter((entry) => entry.method !== 'GET')
    .map((entry) => `${entry.method} ${entry.path}`);
}

/**
 * getOctokit without the project's throttling plugin: that plugin spaces content-creating
 * requests 3 s apart (GitHub's guidance, right in production) and would make these tests take
 * minutes. What is under test here is the reporters' requests, not the pacing.
 */
export function plainClient(sim: Simulator): GitHubClient {
  const rest = getOctokit(sim.token, { baseUrl: sim.url });
  return {
    rest,
    graphql: <T>(query: string, variables?: Record<string, unknown>) => rest.graphql<T>(query, variables),
    stats: { restRequests: 0, notModified: 0, graphqlRequests: 0, graphqlCost: 0, retries: 0 },
  };
}
