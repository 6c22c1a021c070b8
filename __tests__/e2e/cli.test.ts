// The command line as a person runs it: dist/cli.js as a process against the simulator, with
// and without a terminal (`script` gives it a TTY), checking the exit codes, the table, the
// files in --out, that nothing is written to GitHub without --publish, and that the token
// never shows.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { scenarioPolicyYaml } from '../../simulator/policy-yaml.js';
import { startSimulator, type Simulator } from '../../simulator/server.js';
import { generateScenario } from '../../simulator/scenario/index.js';
import type { Scenario } from '../../simulator/state.js';
import { repositoryPolicy } from './harness.js';

const exec = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
// eslint-disable-next-line no-control-regex -- an escape sequence is what is looked for
const ANSI_COLOUR = /\x1b\[(?:1|3\d|9\d)m/;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

describe('offboarding-sentinel (the command line)', () => {
  let sim: Simulator;
  let scenario: Scenario;
  let cwd: string;
  const env = (extra: Record<string, string> = {}) => ({ PATH: '/usr/bin:/bin', HOME: cwd, OFFBOARDING_SENTINEL_NOW: scenario.org.now, ...extra });

  /** Without a terminal: pipes for stdout and stderr. */
  const cli = (args: string[], extra: Record<string, string> = {}): Promise<Result> =>
    exec(process.execPath, [CLI, ...args], { cwd, env: env(extra), maxBuffer: 32 * 1024 * 1024 }).then(
      (done) => ({ code: 0, ...done }),
      (failed: Result) => failed,
    );

  /** In a terminal: `script` runs it on a pseudo-terminal and returns its exit code (-e). */
  const inTerminal = (args: string[], extra: Record<string, string> = {}): Promise<Result> => {
    const command = [process.execPath, CLI, ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(' ');
    return exec('script', ['-qec', `stty cols 200; ${command}`, '/dev/null'], { cwd, env: env({ TERM: 'xterm', ...extra }), maxBuffer: 32 * 1024 * 1024 }).then(
      (done) => ({ code: 0, ...done }),
      (failed: Result) => failed,
    );
  };
  const api = () => ['--api-url', sim.url, '--org', scenario.org.login, '--token', sim.token];
  const writes = (from: number) => sim.log.slice(from).filter((entry) => entry.method !== 'GET' && entry.route !== 'POST /graphql');

  beforeAll(async () => {
    scenario = generateScenario({ seed: 1, size: 'demo' });
    sim = await startSimulator({ scenario });
    cwd = mkdtempSync(join(tmpdir(), 'cli-'));
    mkdirSync(join(cwd, 'policies'));
    writeFileSync(join(cwd, 'policies', 'offboarding-sentinel.yml'), repositoryPolicy);
    writeFileSync(join(cwd, 'policies', 'zz-scenario.yml'), scenarioPolicyYaml(scenario, ''));
  });
  afterAll(() => sim.close());

  it('audit without a terminal: the table on stdout, plain; progress on stderr; the files in --out; exit 1 at fail-on high', async () => {
    const from = sim.log.length;
    // --repo: the offboarded people come from its tracking issues (read only, without --publish).
    const run = await cli(['audit', ...api(), '--repo', scenario.actionRepo, '--out', 'out', '--report', 'json,sarif,summary,jsonl,ocsf']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Offboarding Sentinel — audit of acme');
    expect(run.stdout).toMatch(/│ severity │ rule +│ subject +│ resource +│ message/);
    expect(run.stdout).toMatch(/✗ failure: \d+ findings \(\d+ critical, \d+ high/);
    expect(run.stdout).not.toMatch(ANSI_COLOUR);
    expect(run.stderr).toMatch(/^\[\d+ s\] \d+ people, \d+ teams, \d+ repositories$/m);
    for (const file of ['offboarding-sentinel-report.json', 'offboarding-sentinel.sarif', 'summary.md', 'offboarding-sentinel.jsonl', 'offboarding-sentinel.ocsf.jsonl']) {
      expect(existsSync(join(cwd, 'out', file))).toBe(true);
    }
    expect(run.stdout).toContain('Nothing was written to GitHub');
    expect(writes(from)).toEqual([]);
    // The issues it would open are planned, not posted.
    expect(Object.keys(JSON.parse(readFileSync(join(cwd, 'out', 'plan.json'), 'utf8')) as object)).toContain('issues');
    expect(`${run.stdout}${run.stderr}`).not.toContain(sim.token);
    const report = JSON.parse(readFileSync(join(cwd, 'out', 'offboarding-sentinel-report.json'), 'utf8')) as { findings: unknown[]; dryRun: boolean };
    expect(report.dryRun).toBe(true);
    expect(run.stdout).toContain(`✗ failure: ${report.findings.length} findings`);
  });

  it('keeps the history in a local folder: the second run knows what is new', async () => {
    await cli(['audit', ...api(), '--out', 'out-history', '--fail-on', 'none']);
    expect(existsSync(join(cwd, 'out-history', 'state', 'acme', 'state.json'))).toBe(true);
    const second = await cli(['audit', ...api(), '--out', 'out-history', '--fail-on', 'none']);
    expect(second.code).toBe(0);
    expect(readFileSync(join(cwd, 'out-history', 'summary.md'), 'utf8')).not.toContain('no earlier run is stored');
  });

  it('in a terminal: colour on, progress redrawn; NO_COLOR turns the colour off; the exit code is kept', async () => {
    const coloured = await inTerminal(['audit', ...api(), '--out', 'out-tty']);
    expect(coloured.code).toBe(1);
    expect(coloured.stdout).toMatch(ANSI_COLOUR);
    expect(coloured.stdout).toContain('Offboarding Sentinel');
    // The redrawn progress line (stderr shares the terminal): repositories, the limit read from the responses.
    expect(coloured.stdout).toMatch(/\d+\/\d+ repositories \| \d+ requests \| rate limit \d+ left/);
    expect(coloured.stdout).not.toMatch(/\| \d+ s(?:NULL|INF|\d)/);
    const plain = await inTerminal(['audit', ...api(), '--out', 'out-tty', '--fail-on', 'none'], { NO_COLOR: '1' });
    expect(plain.code).toBe(0);
    const table = plain.stdout.slice(plain.stdout.indexOf('Offboarding Sentinel — audit'));
    expect(table).not.toMatch(ANSI_COLOUR);
  });

  it('offboard pre reads the tracking issues of --repo and writes nothing without --publish', async () => {
    const person = scenario.departures.find((d) => d.kind === 'clean');
    if (!person) throw new Error('no clean departure');
    const from = sim.log.length;
    const run = await cli(['offboard', person.login, '--phase', 'pre', '--offboarded-at', person.offboarded_at, '--repo', scenario.actionRepo, ...api(), '--out', 'out-offboard']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`offboard of acme`);
    expect(writes(from)).toEqual([]);
    const plan = JSON.parse(readFileSync(join(cwd, 'out-offboard', 'plan.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(plan)).toContain(person.login);
  });

  it('--publish posts the issues to --repo', async () => {
    const from = sim.log.length;
    const run = await cli(['audit', ...api(), '--repo', scenario.actionRepo, '--publish', '--out', 'out-publish']);
    expect(run.code).toBe(1);
    expect(writes(from).some((entry) => entry.route === 'POST /repos/{owner}/{repo}/issues')).toBe(true);
    expect(run.stdout).not.toContain('Nothing was written to GitHub');
  });

  it('validate opens no connection: with every socket refused it still checks the policy (audit, the near miss, cannot)', async () => {
    // Loaded before the CLI: any TCP or TLS connection (and any DNS lookup) is refused and said.
    const offline = `data:text/javascript,${encodeURIComponent(
      "import net from 'node:net'; import dns from 'node:dns';" +
        "const refuse = () => { process.stderr.write('NETWORK USED\\n'); throw new Error('offline'); };" +
        'net.Socket.prototype.connect = refuse; dns.lookup = refuse;',
    )}`;
    const run = (args: string[]): Promise<Result> =>
      exec(process.execPath, ['--import', offline, CLI, ...args], { cwd, env: env() }).then(
        (done) => ({ code: 0, ...done }),
        (failed: Result) => failed,
      );
    const good = await run(['validate']);
    expect(good).toMatchObject({ code: 0, stderr: '' });
    expect(good.stdout).toMatch(/policies: 2 policy files valid/);
    writeFileSync(join(cwd, 'policies', 'zzz-broken.yml'), 'version: 2\n');
    const bad = await run(['validate']);
    rmSync(join(cwd, 'policies', 'zzz-broken.yml'));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^policies\/zzz-broken\.yml:1:10: error: /m);
    expect(bad.stderr).not.toContain('NETWORK USED');
    const audit = await run(['audit', ...api(), '--out', 'offline-out']);
    expect(audit.stderr).toContain('NETWORK USED');
    expect(audit.code).not.toBe(0);
  });

  it('validate is offline and fast, and fails on a broken policy with file:line:column', async () => {
    const started = Date.now();
    const good = await cli(['validate']);
    const elapsed = Date.now() - started;
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/policies: 2 policy files valid/);
    // Loading the bundle dominates; the check itself is milliseconds (README, "Command line").
    expect(elapsed).toBeLessThan(5000);
    mkdirSync(join(cwd, 'broken'));
    writeFileSync(join(cwd, 'broken', 'a.yml'), 'version: 1\nrules:\n  stale-member: { inactive-days: -1 }\n');
    const bad = await cli(['validate', '--policy', 'broken']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^broken\/a\.yml:3:34: error: /m);
  });

  it.each([
    [['--help'], 0, 'Usage: offboarding-sentinel'],
    [['audit', '--help'], 0, 'Usage: offboarding-sentinel audit'],
    [['offboard', '--help'], 0, '--phase <phase>'],
    [['validate', '--help'], 0, 'offline'],
    [['--version'], 0, '0.1.0'],
    [[], 2, 'Usage: offboarding-sentinel'],
    [['audit', '--token', 'x'], 2, '--org <login> is required'],
    [['audit', '--org', 'acme', '--bogus'], 2, "unknown option '--bogus'"],
    [['audit', '--org', 'acme', '--fail-on', 'severe'], 2, 'Allowed choices are none, info'],
    [['offboard', 'alice', '--org', 'acme', '--token', 'x'], 2, "required option '--phase <phase>' not specified"],
    [['offboard', 'alice', '--phase', 'pre', '--org', 'acme', '--token', 'x'], 2, 'offboard needs --repo'],
    [['audit', '--org', 'acme', '--token', 'x', '--publish'], 2, '--publish needs --repo'],
    [['audit', '--org', 'acme'], 2, 'no token'],
  ])('%j exits %i', async (args, code, text) => {
    const run = await cli(args);
    expect(run.code).toBe(code);
    expect(`${run.stdout}${run.stderr}`).toContain(text);
  });
});
