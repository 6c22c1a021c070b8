// `npx tsx simulator/cli.ts [--port 4010] [--seed 1] [--size demo]`: a local GitHub on a fixed
// port with a generated scenario, for the demo and for poking at by hand (curl, the action).

import { startSimulator } from './server.js';
import type { Scenario } from './state.js';

interface ScenarioModule {
  generateScenario: (options: { seed: number; size: string }) => Scenario;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const port = Number(arg('port', process.env.SIM_PORT ?? '4010'));
  const seed = Number(arg('seed', '1'));
  const size = arg('size', 'demo');
  // Imported at run time: the scenario generator is a separate module that may evolve independently.
  const scenarioPath = './scenario/index.js';
  const { generateScenario } = (await import(scenarioPath)) as ScenarioModule;
  const scenario = generateScenario({ seed, size });
  const sim = await startSimulator({ scenario, port });
  process.stdout.write(
    [
      `GitHub simulator for org ${scenario.org.login} (seed ${seed}, size ${size})`,
      `GITHUB_API_URL=${sim.url}`,
      `GITHUB_GRAPHQL_URL=${sim.graphqlUrl}`,
      `token: ${sim.token}`,
      '',
    ].join('\n'),
  );
  const stop = (): void => {
    void sim.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
