// The by-hand run .env.example documents: `env $(grep -v '^#' .env.example | xargs) node
// dist/index.js`, outside a runner (no RUNNER_TEMP), against a simulator. Files must land in
// the system's temporary folder, never in the repository being checked.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startSimulator, type Simulator } from '../../simulator/server.js';
import { generateScenario } from '../../simulator/scenario/index.js';
import { repositoryPolicy } from './harness.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

describe('.env.example', () => {
  let sim: Simulator;
  let now: string;
  beforeAll(async () => {
    const scenario = generateScenario({ seed: 1, size: 'demo' });
    now = scenario.org.now;
    sim = await startSimulator({ scenario });
  });
  afterAll(() => sim.close());

  it('runs the bundle as documented, and writes nothing into the repository', async () => {
    const repository = mkdtempSync(join(tmpdir(), 'local-repo-'));
    mkdirSync(join(repository, 'policies'));
    writeFileSync(join(repository, 'policies', 'offboarding-sentinel.yml'), repositoryPolicy);
    const command = `env $(grep -v '^#' ${JSON.stringify(join(root, '.env.example'))} | xargs) GITHUB_API_URL=${sim.url} GITHUB_GRAPHQL_URL=${sim.graphqlUrl} OFFBOARDING_SENTINEL_NOW=${now} node ${JSON.stringify(join(root, 'dist', 'index.js'))}`;
    const result = await run('bash', ['-c', command], { cwd: repository, env: { PATH: process.env.PATH ?? '', HOME: repository } }).then(
      (done) => ({ code: 0, ...done }),
      (failed: { code: number; stdout: string; stderr: string }) => failed,
    );
    // The demo organization has findings at fail-on high: exit 1, with the report written.
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Dry run: nothing was posted');
    const report = join(tmpdir(), 'offboarding-sentinel', 'offboarding-sentinel-report.json');
    expect(result.stdout).toContain(report);
    expect(existsSync(report)).toBe(true);
    expect((JSON.parse(readFileSync(report, 'utf8')) as { dryRun: boolean }).dryRun).toBe(true);
    expect(readdirSync(repository)).toEqual(['policies']);
  });
});
