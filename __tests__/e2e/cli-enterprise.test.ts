// The command line over an enterprise: dist/cli.js as a process against the simulated
// enterprise acme-corp (acme, acme-labs, acme-eu) — `audit --enterprise`, `merge` of the
// per-organization reports (the matrix workflow's last job, run by hand) and
// `offboard --enterprise`; nothing is written to GitHub without --publish.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ENTERPRISE_CAST as C, ENTERPRISE_SLUG, EU, LABS, generateEnterpriseScenario } from '../../simulator/scenario/enterprise.js';
import { startSimulator, type Simulator } from '../../simulator/server.js';
import type { Scenario } from '../../simulator/state.js';
import type { Report } from '../../src/reporters/report.js';
import { repositoryPolicy } from './harness.js';

const exec = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

describe('offboarding-sentinel over an enterprise (the command line)', () => {
  let sim: Simulator;
  let scenario: Scenario;
  let cwd: string;
  // In the enterprise's order (GraphQL `enterprise.organizations`).
  const ORGS = ['acme', EU, LABS];

  const cli = (args: string[]): Promise<Result> =>
    exec(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: '/usr/bin:/bin', HOME: cwd, OFFBOARDING_SENTINEL_NOW: scenario.org.now },
      maxBuffer: 32 * 1024 * 1024,
    }).then(
      (done) => ({ code: 0, ...done }),
      (failed: Result) => failed,
    );
  const api = (org = 'acme') => ['--api-url', sim.url, '--org', org, '--token', sim.token];
  const writes = (from: number) => sim.log.slice(from).filter((entry) => entry.method !== 'GET' && entry.route !== 'POST /graphql');
  const reportIn = (out: string) => JSON.parse(readFileSync(join(cwd, out, 'offboarding-sentinel-report.json'), 'utf8')) as Report;

  beforeAll(async () => {
    scenario = generateEnterpriseScenario();
    sim = await startSimulator({ scenario });
    cwd = mkdtempSync(join(tmpdir(), 'cli-enterprise-'));
    mkdirSync(join(cwd, 'policies'));
    writeFileSync(join(cwd, 'policies', 'offboarding-sentinel.yml'), repositoryPolicy);
  });
  afterAll(() => sim.close());

  it('audit --enterprise: every organization of the enterprise, a section each and the total', async () => {
    const run = await cli(['audit', ...api(), '--enterprise', ENTERPRISE_SLUG, '--repo', scenario.actionRepo, '--out', 'all', '--fail-on', 'none']);
    expect([run.code, run.stderr]).toEqual([0, expect.any(String)]);
    const report = reportIn('all');
    expect(report.organizations?.enterprise).toBe(ENTERPRISE_SLUG);
    expect(report.organizations?.sections.map((s) => s.organization)).toEqual(ORGS);
    expect(report.organizations?.total.findings).toBe(report.findings.length);
    expect(report.findings.some((f) => f.rule === 'deprovisioned-identity-access' && f.resource === `org:${EU}`)).toBe(true);
    expect(readFileSync(join(cwd, 'all', 'summary.md'), 'utf8')).toContain('acme\\-corp');
    expect(`${run.stdout}${run.stderr}`).not.toContain(sim.token);
  });

  it('merge of three organization reports: one report with the union of their findings; a missing one is a gap', async () => {
    for (const org of ORGS) {
      const run = await cli(['audit', ...api(org), '--repo', scenario.actionRepo, '--out', `reports/${org}`, '--state-dir', 'state', '--report', 'json', '--fail-on', 'none']);
      expect(run.code).toBe(0);
    }
    const from = sim.log.length;
    // Each --out also holds the dry run's plan.json: a folder takes the reports, not the plans.
    const merged = await cli(['merge', 'reports', ...api(), '--organizations', ORGS.join(','), '--out', 'merged', '--fail-on', 'none']);
    expect(merged.code).toBe(0);
    const report = reportIn('merged');
    expect(report.mode).toBe('merge');
    expect(report.coverage.complete).toBe(true);
    expect(report.organizations?.sections.map((s) => [s.organization, s.status])).toEqual(ORGS.map((org) => [org, 'read']));
    const union = new Set(ORGS.flatMap((org) => reportIn(`reports/${org}`).findings.map((f) => f.fingerprint)));
    expect(new Set(report.findings.map((f) => f.fingerprint))).toEqual(union);
    expect(merged.stdout).toContain('Nothing was written to GitHub');
    // With a token the free rate-limit read is logged (without one it is not made: next test).
    expect(merged.stderr).toContain('Rate limit at start');
    expect(writes(from)).toEqual([]);

    // Two arguments (a glob and a file) and the third organization missing: a named gap, never a hole.
    const partial = await cli(['merge', 'reports/acme/*.json', `reports/${LABS}/offboarding-sentinel-report.json`, ...api(), '--organizations', ORGS.join(','), '--out', 'partial', '--fail-on', 'none']);
    expect(partial.code).toBe(0);
    const gapped = reportIn('partial');
    expect(gapped.coverage.complete).toBe(false);
    expect(gapped.coverage.gaps).toContainEqual({ resource: `org:${EU}`, reason: expect.stringMatching(/no audit report for acme-eu/) });
    expect(gapped.organizations?.sections.find((s) => s.organization === EU)?.status).toBe('missing');
  });

  it('merge of report files without a token: the same merged report, nothing asked of GitHub, no rate limit claimed', async () => {
    const from = sim.log.length;
    const run = await cli(['merge', 'reports', '--api-url', sim.url, '--org', 'acme', '--organizations', ORGS.join(','), '--out', 'tokenless', '--fail-on', 'none']);
    expect([run.code, run.stderr]).toEqual([0, expect.stringContaining('without a token: nothing is read from GitHub')]);
    expect(sim.log.slice(from)).toEqual([]);
    expect(run.stderr).not.toMatch(/rate limit/i);
    const report = reportIn('tokenless');
    const withToken = reportIn('merged');
    expect(report.coverage).toEqual(withToken.coverage);
    expect(report.findings.map((f) => f.fingerprint)).toEqual(withToken.findings.map((f) => f.fingerprint));
    expect(report.stats).toMatchObject({ restRequests: 0, graphqlRequests: 0 });
  });

  it('merge without a token still refuses what reads or writes GitHub, naming the flag, before reading anything', async () => {
    const from = sim.log.length;
    const cases: [string[], RegExp][] = [
      [['--repo', scenario.actionRepo, '--publish'], /no token[\s\S]*merge --publish writes the merged issues/],
      [['--repo', scenario.actionRepo], /no token[\s\S]*merge --repo reads the issues/],
      [['--enterprise', ENTERPRISE_SLUG], /no token[\s\S]*merge --enterprise lists the enterprise's organizations/],
    ];
    for (const [flags, message] of cases) {
      const run = await cli(['merge', 'reports', '--api-url', sim.url, '--org', 'acme', ...flags, '--out', 'refused']);
      expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(message)]);
    }
    // audit and offboard read the organization: no token, no run.
    const audit = await cli(['audit', '--api-url', sim.url, '--org', 'acme', '--out', 'refused']);
    expect([audit.code, audit.stderr]).toEqual([2, expect.stringMatching(/no token[\s\S]*must read the organization/)]);
    expect(sim.log.slice(from)).toEqual([]);
  });

  it('merge refuses a file that is not a report, as a gap naming it', async () => {
    writeFileSync(join(cwd, 'reports', 'notes.json'), JSON.stringify({ hello: 'world' }));
    const run = await cli(['merge', 'reports', ...api(), '--out', 'with-notes', '--fail-on', 'none']);
    expect(run.code).toBe(0);
    expect(reportIn('with-notes').coverage.gaps).toContainEqual({
      resource: 'report:reports/notes.json',
      reason: expect.stringMatching(/not an Offboarding Sentinel report/),
    });
  });

  it('offboard --enterprise: the leaver across every organization and the enterprise, one tracking issue planned under the enterprise key', async () => {
    const from = sim.log.length;
    const run = await cli([
      'offboard', C.leaver, '--phase', 'post', '--offboarded-at', '2026-11-25T00:00:00Z',
      ...api(), '--enterprise', ENTERPRISE_SLUG, '--repo', scenario.actionRepo, '--out', 'leaver',
    ]);
    expect(run.code).toBe(1);
    const report = reportIn('leaver');
    const retained = report.findings.filter((f) => f.rule.startsWith('retained-')).map((f) => f.resource);
    expect(retained).toEqual(expect.arrayContaining([`org:${LABS}`, `org:${EU}`, `enterprise:${ENTERPRISE_SLUG}`]));
    expect(retained).not.toContain('org:acme');
    const plan = JSON.parse(readFileSync(join(cwd, 'leaver', 'plan.json'), 'utf8')) as { issues: { actions: { kind: string; key: string }[] } };
    expect(plan.issues.actions.map((a) => [a.kind, a.key])).toEqual([['create', `offboard/enterprise/${ENTERPRISE_SLUG}:${C.leaver}`]]);
    expect(writes(from)).toEqual([]);
  });

  it('--enterprise takes a slug, not anything', async () => {
    const run = await cli(['audit', ...api(), '--enterprise', 'not a slug!']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Input `enterprise`');
  });
});
