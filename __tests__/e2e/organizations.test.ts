// Several organizations reporting into one repository, and the upgrade from the version whose
// issue keys and history carried no organization: each organization keeps its own issues and
// history, and what the previous version wrote is found and adopted, never duplicated.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ActionRun } from '../../simulator/runner.js';
import { revokeAccess } from '../../simulator/scenario/index.js';
import type { Scenario, SimIssue, SimOrg } from '../../simulator/state.js';
import { parseMarker } from '../../src/reporters/issue-marker.js';
import { parseReport } from '../../src/reporters/read-report.js';
import { harness, reportOf, type Harness } from './harness.js';

// Several runs of the action per test: slower than one.
const SEVERAL_RUNS_MS = 300_000;

/** A second organization: the same shape under another login (people may belong to both). */
function anotherOrganization(scenario: Scenario, login: string): SimOrg {
  const copy = JSON.parse(JSON.stringify(scenario.org).replaceAll(scenario.org.login, login)) as SimOrg;
  return { ...copy, issues: [], branches: [], check_runs: [] };
}

const keyOf = (issue: SimIssue) => parseMarker(issue.body)?.key ?? '';
const changesOf = (run: ActionRun) => (reportOf(run) as unknown as { changes: { new: string[]; resolved: string[] } | null }).changes;
const stateFile = (scenario: Scenario, path: string) =>
  scenario.org.branches.find((branch) => branch.name === 'offboarding-sentinel-state')?.files[path]?.content ?? null;
const snapshotOf = (issues: SimIssue[]) =>
  issues.map((issue) => ({ number: issue.number, state: issue.state, body: issue.body, comments: issue.comments.length }));

describe('two organizations reporting into one repository', () => {
  let s: Harness;
  beforeAll(async () => {
    s = await harness({ organizations: (scenario) => [anotherOrganization(scenario, 'globex')] });
  });
  afterAll(() => s.sim.close());

  it('each opens its own issues and keeps its own history, touching nothing of the other', async () => {
    const acme = await s.run({ inputs: { mode: 'audit' } });
    expect(reportOf(acme).findings.length).toBeGreaterThan(0);
    const acmeIssues = s.scenario.org.issues.filter((issue) => keyOf(issue).startsWith('audit/acme:'));
    expect(acmeIssues.length).toBeGreaterThan(0);
    const acmeBefore = snapshotOf(acmeIssues);
    const acmeState = stateFile(s.scenario, 'acme/state.json');
    expect(acmeState).not.toBeNull();

    const globex = await s.run({ inputs: { mode: 'audit', organization: 'globex' } });
    const globexReport = reportOf(globex);
    // What the action wrote, the report reader reads back (as a merge of the two would).
    expect(parseReport(JSON.stringify(acme.report)).organization).toBe('acme');
    expect(parseReport(JSON.stringify(globex.report)).organization).toBe('globex');
    expect(globexReport.findings.length).toBeGreaterThan(0);
    expect(globexReport.findings.every((finding) => !/acme/.test(finding.resource))).toBe(true);
    const globexIssues = s.scenario.org.issues.filter((issue) => keyOf(issue).startsWith('audit/globex:'));
    expect(globexIssues.length).toBeGreaterThan(0);
    // Nothing of acme's changed: not its issues, not its history.
    expect(snapshotOf(s.scenario.org.issues.filter((issue) => keyOf(issue).startsWith('audit/acme:')))).toEqual(acmeBefore);
    expect(stateFile(s.scenario, 'acme/state.json')).toBe(acmeState);
    expect(stateFile(s.scenario, 'globex/state.json')).not.toBeNull();
    expect(stateFile(s.scenario, 'state.json')).toBeNull();

    // Each rerun compares with its own history: nothing new, no issue written.
    const from = s.sim.log.length;
    const again = await s.run({ inputs: { mode: 'audit' } });
    expect(changesOf(again)).toEqual({ new: [], resolved: [] });
    expect(s.sim.log.slice(from).filter((entry) => entry.method !== 'GET' && entry.route.includes('/issues'))).toEqual([]);
  }, SEVERAL_RUNS_MS);

  it('offboarding the same login in both keeps one tracking issue per organization', async () => {
    const person = s.scenario.departures.find((d) => d.kind === 'clean')!;
    for (const organization of ['acme', 'globex']) {
      const pre = await s.run({ inputs: { mode: 'offboard', organization, subjects: person.login, phase: 'pre', 'offboarded-at': person.offboarded_at } });
      expect(pre.exitCode).toBe(0);
      expect(parseReport(JSON.stringify(pre.report)).offboarding).toHaveLength(1);
    }
    const tracking = s.scenario.org.issues.filter((issue) => keyOf(issue).startsWith('offboard'));
    expect(tracking.map(keyOf).sort()).toEqual([`offboard/acme:${person.login.toLowerCase()}`, `offboard/globex:${person.login.toLowerCase()}`]);
    expect(tracking.every((issue) => issue.state === 'open')).toBe(true);
  }, SEVERAL_RUNS_MS);
});

describe('an upgrade from the version before', () => {
  let s: Harness;
  let legacy: string;
  beforeAll(async () => {
    s = await harness();
    // The bundle of the version whose keys and history carried no organization.
    legacy = join(mkdtempSync(join(tmpdir(), 'sentinel-legacy-')), 'index.js');
    writeFileSync(legacy, gunzipSync(readFileSync(join(import.meta.dirname, 'fixtures', 'v0.1.0-index.js.gz'))));
  });
  afterAll(() => s.sim.close());

  it('adopts the issues and the history that version wrote, and duplicates nothing', async () => {
    const person = s.scenario.departures.find((d) => d.kind === 'clean')!;
    const offboard = (phase: 'pre' | 'post') => ({ mode: 'offboard', subjects: person.login, phase, 'offboarded-at': person.offboarded_at });
    await s.run({ entry: legacy, inputs: offboard('pre') });
    const legacyAudit = await s.run({ entry: legacy, inputs: { mode: 'audit' } });
    const written = s.scenario.org.issues.map((issue) => ({ number: issue.number, key: keyOf(issue) }));
    expect(written.some(({ key }) => key.startsWith('audit:'))).toBe(true);
    expect(written.some(({ key }) => key === `offboard:${person.login.toLowerCase()}`)).toBe(true);
    expect(stateFile(s.scenario, 'state.json')).not.toBeNull();
    const commentsBefore = new Map(s.scenario.org.issues.map((issue) => [issue.number, issue.comments.length]));

    const upgraded = await s.run({ inputs: { mode: 'audit' } });
    // The old history was found: the same findings are not "new", fine-grained PAT findings
    // included (the old history named them by the grant id; read with this run's grants they are
    // named by the token id, `pat:<token id>`). What it resolves are only the findings of the
    // rule whose meaning changed since (unapproved-credential-change now judges each actor
    // against their own learned normal, so routine changes no longer fire).
    const changes = changesOf(upgraded) ?? { new: ['no history found'], resolved: [] };
    type Listed = { fingerprint: string; rule: string; resource: string };
    const legacyFindings = (legacyAudit.report as unknown as { findings: Listed[] }).findings;
    expect(legacyFindings.some((f) => ['long-lived-token', 'stale-token'].includes(f.rule))).toBe(true);
    expect(changes.new).toEqual([]);
    const resolved = changes.resolved.map((fingerprint) => legacyFindings.find((f) => f.fingerprint === fingerprint)?.rule);
    expect(resolved.every((rule) => rule === 'unapproved-credential-change')).toBe(true);
    expect(stateFile(s.scenario, 'acme/state.json')).not.toBeNull();
    // The same issues, under the keys with the organization, rewritten quietly.
    expect(s.scenario.org.issues.map((issue) => issue.number)).toEqual(written.map(({ number }) => number));
    const keys = s.scenario.org.issues.map(keyOf).filter(Boolean);
    expect(keys.filter((key) => key.startsWith('audit')).every((key) => key.startsWith('audit/acme:'))).toBe(true);
    // Adopting posts nothing but what changed for the issues' readers: the rule whose findings
    // resolved, and the PAT issues whose tables now show the token ids ("0 new here").
    const commented = s.scenario.org.issues.filter((issue) => issue.comments.length > (commentsBefore.get(issue.number) ?? 0));
    const changedRules = ['unapproved-credential-change', 'long-lived-token', 'stale-token'];
    expect(commented.every((issue) => changedRules.some((rule) => (issue.body ?? '').includes(rule)))).toBe(true);
    const patComments = commented.filter((issue) => !(issue.body ?? '').includes('unapproved-credential-change')).map((issue) => issue.comments.at(-1)?.body);
    expect(patComments.every((body) => body?.startsWith('Updated by the latest run: 0 new here;'))).toBe(true);

    // Once migrated, a rerun writes nothing.
    const from = s.sim.log.length;
    await s.run({ inputs: { mode: 'audit' } });
    expect(s.sim.log.slice(from).filter((entry) => entry.method !== 'GET' && entry.route.includes('/issues'))).toEqual([]);

    // The tracking issue the old version opened is the one the new version closes.
    revokeAccess(s.scenario.org, person.login, s.scenario.org.now, 'secops-lead');
    await s.run({ inputs: offboard('post') });
    const tracking = s.scenario.org.issues.filter((issue) => keyOf(issue).startsWith('offboard'));
    expect(tracking).toHaveLength(1);
    expect(tracking[0].body).toMatch(/revoked .* by secops\\?-lead/);
    expect(keyOf(tracking[0])).toBe(`offboard/acme:${person.login.toLowerCase()}`);
    expect(tracking[0].number).toBe(written.find(({ key }) => key.startsWith('offboard:'))!.number);
  }, SEVERAL_RUNS_MS);
});
