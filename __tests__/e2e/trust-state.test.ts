// What the report claims and what the state keeps, end to end through the bundled action: an
// unreadable state is never written over, concurrent audits lose nothing, coverage and failed
// subjects are never reported as "success", damaged tracking issues are left alone, and `post`
// sees other people's activity from the departed person's addresses.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { UNKNOWN_EMAIL } from '../../simulator/scenario/index.js';
import type { Scenario, SimIssue } from '../../simulator/state.js';
import { harness, reportOf, type Harness } from './harness.js';

interface TrustReport {
  coverage: { complete: boolean; gaps: { resource: string; reason: string }[]; scope?: string };
  history: { insufficient: { rule: string; reason: string }[]; state?: { status: string; keptAt?: string; reason?: string } };
  failures: { subject: string; reason: string; link?: string }[];
  findings: { rule: string; resource: string; subject: string | null; evidence: Record<string, unknown> }[];
  exempted: { rule: string; resource: string }[];
}

const trust = (run: Parameters<typeof reportOf>[0]) => reportOf(run) as unknown as TrustReport;

/** The organization's history (`<org>/state.json` on the state branch). */
function storedRuns(scenario: Scenario): { at: string }[] {
  const branch = scenario.org.branches.find((b) => b.name === 'offboarding-sentinel-state');
  const file = branch?.files[`${scenario.org.login.toLowerCase()}/state.json`];
  return file ? (JSON.parse(file.content) as { runs: { at: string }[] }).runs : [];
}

function trackingIssue(scenario: Scenario, login: string): SimIssue | undefined {
  return scenario.org.issues.find((issue) => issue.labels.includes('offboarding') && issue.title.includes(login));
}

function departure(scenario: Scenario, kind: string) {
  const person = scenario.departures.find((d) => d.kind === kind);
  if (!person) throw new Error(`no ${kind} departure`);
  return person;
}

const offboard = (login: string, offboardedAt: string, phase: 'pre' | 'post') => ({
  mode: 'offboard',
  subjects: login,
  phase,
  'offboarded-at': offboardedAt,
});

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('the stored state', () => {
  it('an unreadable state (502 on the read) is not written over; the run keeps its state aside and says so', async () => {
    h = await harness();
    await h.run({ inputs: { mode: 'audit', report: 'json' } });
    expect(storedRuns(h.scenario)).toHaveLength(1);

    // More 502s than the client's retries: the read fails for good.
    h.sim.switches.faults = { remaining: 50, status: 502, drop: false, match: /^GET .*state\.json/ };
    const run = await h.run({ inputs: { mode: 'audit', report: 'json,summary' } });
    h.sim.switches.faults.remaining = 0;
    const report = trust(run);
    expect(report.history.state).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/502/) });
    expect(storedRuns(h.scenario)).toHaveLength(1);
    const kept = join(run.runnerTemp, 'offboarding-sentinel', 'offboarding-sentinel-state.json');
    expect(report.history.state?.keptAt).toBe(kept);
    expect(existsSync(kept)).toBe(true);
    expect((JSON.parse(readFileSync(kept, 'utf8')) as { runs: unknown[] }).runs).toHaveLength(1);
    expect(run.stdout).toMatch(/will not write over it/);
    expect(run.summary).toMatch(/stored history could not be read/);
  }, 180_000);

  it('two simultaneous audits both keep their run (a 409 is re-read and merged)', async () => {
    h = await harness();
    await h.run({ inputs: { mode: 'audit', report: 'json' } });
    await h.run({ inputs: { mode: 'audit', report: 'json' } });
    const from = h.sim.log.length;
    await Promise.all([h.run({ inputs: { mode: 'audit', report: 'json' } }), h.run({ inputs: { mode: 'audit', report: 'json' } })]);
    expect(storedRuns(h.scenario)).toHaveLength(4);
    const conflicts = h.sim.log.slice(from).filter((e) => e.method === 'PUT' && /state\.json/.test(e.path) && e.status === 409);
    expect(conflicts.length).toBeGreaterThan(0);
  }, 240_000);
});

describe('coverage and conclusions', () => {
  it('a first audit puts offboarding-drift in history.insufficient, not in the gaps', async () => {
    h = await harness();
    const report = trust(await h.run({ inputs: { mode: 'audit', report: 'json' } }));
    // One entry per journey step: no past offboarding to learn from yet.
    expect(report.history.insufficient.length).toBeGreaterThan(0);
    expect(report.history.insufficient).toEqual(
      report.history.insufficient.map(() => ({ rule: 'offboarding-drift', reason: expect.stringMatching(/^step \S+: 0 past offboardings/) })),
    );
    expect(report.coverage.gaps.filter((gap) => gap.resource.startsWith('history:'))).toEqual([]);
    expect(report.coverage.complete).toBe(report.coverage.gaps.length === 0);
  }, 120_000);

  it('a broad exemption does not hide a coverage gap, and incomplete coverage is never success', async () => {
    h = await harness();
    const org = h.scenario.org.login;
    h.sim.switches.denials.push({ match: `GET /orgs/${org}/personal-access-tokens` });
    const broad = `version: 1\nexemptions:\n  - resources: ["**"]\n    reason: "accepted"\n    expires: 2027-06-01\n`;
    const run = await h.run({ files: { ...h.files, 'policies/zz-broad.yml': broad }, inputs: { mode: 'audit', 'fail-on': 'none' } });
    const report = trust(run);
    const gap = `org:${org}/personal-access-tokens`;
    expect(report.findings.some((f) => f.rule === 'audit-coverage-gap' && f.resource === gap)).toBe(true);
    expect(report.exempted.some((f) => f.rule === 'audit-coverage-gap')).toBe(false);
    const check = h.scenario.org.check_runs.at(-1)!;
    expect(check.conclusion).not.toBe('success');

    // Accepted by name: exempted, but the run still does not claim success, and says why.
    const named = `version: 1\nexemptions:\n  - resources: ["${gap}"]\n    rules: [audit-coverage-gap]\n    reason: "no App token yet"\n    expires: 2027-06-01\n  - resources: ["**"]\n    reason: "accepted"\n    expires: 2027-06-01\n`;
    const accepted = await h.run({ files: { ...h.files, 'policies/zz-broad.yml': named }, inputs: { mode: 'audit', 'fail-on': 'none' } });
    const second = trust(accepted);
    expect(second.exempted.some((f) => f.rule === 'audit-coverage-gap' && f.resource === gap)).toBe(true);
    expect(second.coverage.complete).toBe(false);
    const after = h.scenario.org.check_runs.at(-1)!;
    expect(after.conclusion).toBe('neutral');
    expect(accepted.outputs.conclusion).toBe('neutral');
    expect(String(after.output.text)).toContain('personal-access-tokens');
  }, 180_000);

  it('validate without a pull request says the policy files were in scope, not the organization', async () => {
    h = await harness();
    const run = await h.run({ inputs: { mode: 'validate', report: 'json,summary' } });
    expect(trust(run).coverage.scope).toMatch(/policy files only/);
    expect(run.summary).toMatch(/policy files only/);
    expect(run.summary).not.toMatch(/every resource in scope was read/);
  }, 60_000);

  it('fails fast with a gap when GitHub cannot be reached at all', async () => {
    h = await harness();
    const started = Date.now();
    const run = await h.run({
      api: { url: 'http://127.0.0.1:9', graphqlUrl: 'http://127.0.0.1:9/graphql', token: h.sim.token },
      inputs: { mode: 'validate', report: 'json,summary' },
    });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.exitCode).toBe(1);
    const report = trust(run);
    expect(report.coverage.complete).toBe(false);
    expect(report.coverage.gaps).toEqual([{ resource: `org:${h.scenario.org.login}`, reason: expect.stringMatching(/cannot be reached/) }]);
  }, 60_000);
});

describe('offboarding subjects', () => {
  it('a subject that matches nobody is a failure in the report, the summary and the check run', async () => {
    h = await harness();
    const run = await h.run({ inputs: { mode: 'offboard', subjects: UNKNOWN_EMAIL, phase: 'post' } });
    expect(run.exitCode).toBe(1);
    const report = trust(run);
    expect(report.failures).toEqual([{ subject: UNKNOWN_EMAIL, reason: expect.any(String) }]);
    expect(report.coverage.complete).toBe(false);
    expect(run.summary).toMatch(/1 subject failed/);
    const check = h.scenario.org.check_runs.at(-1)!;
    expect(check.conclusion).toBe('failure');
    expect(String(check.output.summary)).toMatch(/1 subject failed/);
  }, 60_000);

  it('a damaged tracking issue is an error with its link; the issue is not rewritten or rebuilt', async () => {
    h = await harness();
    const person = departure(h.scenario, 'leftovers');
    await h.run({ inputs: offboard(person.login, person.offboarded_at, 'pre') });
    const issue = trackingIssue(h.scenario, person.login)!;
    issue.body = (issue.body ?? '').replace(/(<!-- offboarding-sentinel:state )[^ ]+( -->)/, '$1deflate:AAAAbroken$2');
    const damaged = issue.body;
    const run = await h.run({ inputs: offboard(person.login, person.offboarded_at, 'post') });
    expect(run.exitCode).toBe(1);
    const report = trust(run);
    expect(report.failures).toEqual([
      { subject: person.login, reason: expect.stringMatching(/cannot be read[\s\S]*edit history/), link: expect.stringContaining(`/issues/${issue.number}`) },
    ]);
    expect(trackingIssue(h.scenario, person.login)?.body).toBe(damaged);
    expect(report.findings.filter((f) => f.subject === person.login && f.rule.startsWith('retained-'))).toEqual([]);
  }, 120_000);

  it('post reports another actor\'s event from an address the person used before offboarded-at', async () => {
    h = await harness();
    const person = departure(h.scenario, 'clean');
    const org = h.scenario.org;
    const at = Date.parse(person.offboarded_at);
    const ip = '203.0.113.77';
    org.audit_log.push({ _document_id: 'own-before-xx', '@timestamp': at - 2 * 86_400_000, created_at: at - 2 * 86_400_000, action: 'repo.download_zip', actor: person.login, org: org.login, actor_ip: ip });
    await h.run({ inputs: offboard(person.login, person.offboarded_at, 'pre') });
    expect(trackingIssue(h.scenario, person.login)).toBeDefined();
    // The audit log forgets the person's own event; the tracking issue remembers the address.
    org.audit_log = org.audit_log.filter((event) => event._document_id !== 'own-before-xx');
    const someone = org.members.find((m) => m.login.toLowerCase() !== person.login.toLowerCase())?.login ?? 'someone-else';
    org.audit_log.push({ _document_id: 'other-after-xx', '@timestamp': at + 3_600_000, created_at: at + 3_600_000, action: 'git.clone', actor: someone, org: org.login, actor_ip: ip, repo: `${org.login}/api` });
    const report = trust(await h.run({ inputs: offboard(person.login, person.offboarded_at, 'post') }));
    const found = report.findings.filter((f) => f.rule === 'offboarded-ip-activity');
    expect(found.map((f) => f.resource)).toEqual(['event:other-after-xx']);
    expect(found[0].evidence).toMatchObject({ actor: someone, ip });
  }, 120_000);

  it('a disabled audit-coverage-gap gives no finding in offboard either', async () => {
    h = await harness();
    const person = departure(h.scenario, 'clean');
    h.sim.switches.denials.push({ match: `GET /orgs/${h.scenario.org.login}/personal-access-tokens` });
    const off = 'version: 1\nrules:\n  audit-coverage-gap: { enabled: false }\n';
    const report = trust(
      await h.run({ files: { ...h.files, 'policies/zz-off.yml': off }, inputs: offboard(person.login, person.offboarded_at, 'post') }),
    );
    expect(report.coverage.gaps.length).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.rule === 'audit-coverage-gap')).toEqual([]);
  }, 120_000);
});
