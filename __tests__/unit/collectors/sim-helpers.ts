import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { createClient, type ClientOptions } from '../../../src/github/client.js';
import type { GitHubClient } from '../../../src/github/types.js';
import type { Scenario } from '../../../simulator/state.js';

export async function simulatedClient(
  scenario: Scenario,
  options: Partial<ClientOptions> = {},
): Promise<{ sim: Simulator; client: GitHubClient }> {
  const sim = await startSimulator({ scenario, validateResponses: true });
  const client = createClient({
    token: sim.token,
    apiUrl: sim.url,
    graphqlUrl: sim.graphqlUrl,
    retryBaseMs: 5,
    ...options,
  });
  return { sim, client };
}
