// `npx tsx simulator/cli.ts [--port 4010] [--seed 1] [--size demo]`: a local GitHub on a fixed
// port with a generated scenario, for the demo and for poking at by hand (curl, the action, the
// command line). `--help` prints the options and exits. `--write-policy DIR` also writes the
// policy the scenario is meant to be read with (this repository's policy plus the simulated
// organization's service accounts, approved changers and exemptions), as the demo uses it.
import { Command, InvalidArgumentError, Option } from 'commander';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioPolicyYaml } from './policy-yaml.js';
import { startSimulator } from './server.js';
import { generateScenario } from './scenario/index.js';

type Size = 'demo' | { repos: number; people: number; teams: number };

function parseSize(value: string): Size {
  if (value === 'demo') return 'demo';
  const match = /^(\d+)x(\d+)x(\d+)$/.exec(value);
  if (!match) throw new InvalidArgumentError('use "demo" or REPOSxPEOPLExTEAMS, for example 500x1000x50.');
  return { repos: Number(match[1]), people: Number(match[2]), teams: Number(match[3]) };
}

function parseCount(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('use a whole number.');
  return number;
}

const program = new Command('simulator')
  .description('A GitHub on loopback with a generated organization (REST and GraphQL checked against GitHub\'s published descriptions).')
  .addOption(new Option('--port <port>', 'port to listen on').default(4010).env('SIM_PORT').argParser(parseCount))
  .option('--seed <seed>', 'scenario seed (the same seed gives the same organization)', parseCount, 1)
  .option('--size <size>', 'demo, or REPOSxPEOPLExTEAMS such as 500x1000x50', parseSize, 'demo' as Size)
  .option('--token <token>', 'the token clients must send', 'sim-token')
  .option('--latency-ms <ms>', 'delay every answer by this much', parseCount, 0)
  .option('--write-policy <dir>', "write the scenario's policy files into this folder (for the command line's --policy)")
  .showHelpAfterError()
  .action(async (options: { port: number; seed: number; size: Size; token: string; latencyMs: number; writePolicy?: string }) => {
    const scenario = generateScenario({ seed: options.seed, size: options.size });
    if (options.writePolicy) {
      mkdirSync(options.writePolicy, { recursive: true });
      copyFileSync(join(import.meta.dirname, '..', 'policies', 'offboarding-sentinel.yml'), join(options.writePolicy, 'offboarding-sentinel.yml'));
      writeFileSync(join(options.writePolicy, 'zz-simulated-organization.yml'), scenarioPolicyYaml(scenario));
    }
    const sim = await startSimulator({ scenario, port: options.port, token: options.token, latencyMs: options.latencyMs }).catch(
      (error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
          throw new Error(`port ${options.port} is in use (another simulator?): stop it, or pick another port with --port`, { cause: error });
        }
        throw error;
      },
    );
    const size = options.size === 'demo' ? 'demo' : `${options.size.repos}x${options.size.people}x${options.size.teams}`;
    process.stdout.write(
      [
        `GitHub simulator for org ${scenario.org.login} (seed ${options.seed}, size ${size}), its clock at ${scenario.org.now}`,
        `GITHUB_API_URL=${sim.url}`,
        `GITHUB_GRAPHQL_URL=${sim.graphqlUrl}`,
        `token: ${sim.token}`,
        ...(options.writePolicy ? [`policy: ${options.writePolicy}/`] : []),
        `try: OFFBOARDING_SENTINEL_NOW=${scenario.org.now} npx offboarding-sentinel audit --api-url ${sim.url} --org ${scenario.org.login} --token ${sim.token} --repo ${scenario.actionRepo}${options.writePolicy ? ` --policy ${options.writePolicy}` : ''}`,
        'Ctrl-C stops it.',
        '',
      ].join('\n'),
    );
    const stop = (): void => {
      void sim.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
