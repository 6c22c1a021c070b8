// The workflows in docs/workflows/ as a user pastes them: each passes the published schema
// check (@action-validator/core) and runs through the workflow emulation (simulator/workflow.ts)
// against the simulator, with the App token only reading the organization and the job's
// GITHUB_TOKEN, limited to the workflow's own `permissions:`, doing every write.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarioPolicyYaml } from '../../simulator/policy-yaml.js';
import { revokeAccess } from '../../simulator/scenario/index.js';
import { generateScenario } from '../../simulator/scenario/index.js';
import { startSimulator, type RepositoryToken, type Simulator } from '../../simulator/server.js';
import type { Scenario } from '../../simulator/state.js';
import { runWorkflow, workflowPermissions, type WorkflowRunOptions } from '../../simulator/workflow.js';
import { repositoryPolicy, reportOf } from './harness.js';

const root = join(import.meta.dirname, '..', '..');
const docs = join(root, 'docs', 'workflows');
const workflowFiles = readdirSync(docs).filter((name) => name.endsWith('.yml'));
const GITHUB_TOKEN = 'ghs_workflow_token';

describe('the workflow files pass the schema check', () => {
  it.each([...workflowFiles.map((name) => join(docs, name)), join(root, '.github', 'workflows', 'ci.yml'), join(root, '.github', 'workflows', 'release.yml')])(
    '%s',
    (file) => {
      expect(validateWorkflow(readFileSync(file, 'utf8')).errors).toEqual([]);
    },
  );

  it('the workflows the README shows inline', () => {
    const blocks = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((text) => /^jobs:/m.test(text));
    expect(blocks.length).toBeGreaterThan(0);
    for (const text of blocks) expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('and the check can fail', () => {
    const broken = readFileSync(join(docs, 'nightly-audit.yml'), 'utf8').replace('runs-on:', 'runs_on:');
    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });

  // @action-validator/core 0.6 predates `runs.using: node24` (its schema knows node12, node16
  // and node20). This allows exactly that difference: with node20 in its place action.yml has no
  // error, and as committed its only error is the `using` enum of the JavaScript-action branch.
  it('action.yml, allowing only the node24 that the validator does not know yet', () => {
    const text = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(text).toMatch(/^ {2}using: node24$/m);
    expect(validateAction(text.replace(/^ {2}using: node24$/m, '  using: node20')).errors).toEqual([]);
    const { errors } = validateAction(text);
    expect(errors).toHaveLength(1);
    const [error] = errors as { code: string; path: string; states: { errors: { code: string; path: string }[] }[] }[];
    expect(error).toMatchObject({ code: 'one_of', path: '/runs' });
    expect(error.states[0].errors).toEqual([expect.objectContaining({ code: 'enum', path: '/runs/using' })]);
  });
});

describe('the workflows run as pasted, with a read-only App and the job GITHUB_TOKEN', () => {
  let scenario: Scenario;
  let sim: Simulator;
  const repositoryTokens: Record<string, RepositoryToken> = {};
  let files: Record<string, string>;

  beforeAll(async () => {
    scenario = generateScenario({ seed: 1, size: 'demo' });
    sim = await startSimulator({ scenario, repositoryTokens, readOnlyToken: true });
    files = {
      'policies/offboarding-sentinel.yml': repositoryPolicy,
      'policies/zz-scenario.yml': scenarioPolicyYaml(scenario, ''),
    };
  });
  afterAll(() => sim.close());

  function run(file: string, event: WorkflowRunOptions['event'], permissions = workflowPermissions(file)) {
    repositoryTokens[GITHUB_TOKEN] = { repository: scenario.actionRepo, permissions };
    return runWorkflow({
      file,
      api: { url: sim.url, graphqlUrl: sim.graphqlUrl, token: sim.token },
      repository: scenario.actionRepo,
      event,
      files,
      secrets: { SENTINEL_APP_KEY: '-----BEGIN PRIVATE KEY-----…' },
      vars: { SENTINEL_APP_ID: '123456' },
      githubToken: GITHUB_TOKEN,
      now: scenario.org.now,
    });
  }

  it('nightly-audit.yml: audits, posts with GITHUB_TOKEN, stores history, and uploads the SARIF file', async () => {
    const result = await run(join(docs, 'nightly-audit.yml'), { name: 'schedule' });
    const sentinel = result.sentinel;
    expect(sentinel?.inputs).toMatchObject({ token: sim.token, 'github-token': GITHUB_TOKEN, mode: 'audit' });
    expect(sentinel?.run.stdout).not.toContain('could not all be posted');
    expect(sentinel?.run.stdout).not.toMatch(/::warning::(Could not write|Check run skipped)/);
    // Findings at fail-on high fail the step; the SARIF upload still runs (always()) and finds its file.
    expect(sentinel?.run.exitCode).toBe(1);
    expect(result.steps.map((step) => [step.uses.split('@')[0], step.ran, step.status, step.note ?? ''])).toEqual([
      ['actions/checkout', true, 'success', ''],
      ['actions/create-github-app-token', true, 'success', ''],
      ['offboarding-sentinel/offboarding-sentinel', true, 'failure', ''],
      ['github/codeql-action/upload-sarif', true, 'success', ''],
    ]);
    expect(scenario.org.check_runs.at(-1)?.status).toBe('completed');
    expect(scenario.org.branches.some((branch) => branch.name === 'offboarding-sentinel-state')).toBe(true);
    expect(reportOf(sentinel!.run).findings.length).toBeGreaterThan(0);
  });

  it('nightly-audit.yml without `contents: write` cannot store the history, and says so', async () => {
    const file = join(docs, 'nightly-audit.yml');
    const result = await run(file, { name: 'schedule' }, { ...workflowPermissions(file), contents: 'read' });
    expect(result.sentinel?.run.stdout).toMatch(/::warning::The state was not stored: could not write the state .*\(403 .*history not updated/);
  });

  it('the App token alone (github-token emptied) cannot write: the writes fail, the reads still work', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wf-')), 'audit.yml');
    writeFileSync(file, readFileSync(join(docs, 'nightly-audit.yml'), 'utf8').replace("          mode: audit\n", "          mode: audit\n          github-token: ''\n"));
    const result = await run(file, { name: 'schedule' });
    const stdout = result.sentinel?.run.stdout ?? '';
    expect(stdout).toMatch(/::warning::Check run skipped: the token cannot create check runs \(403 /);
    expect(stdout).toMatch(/::warning::The state was not stored: could not write the state .*\(403 /);
    expect(reportOf(result.sentinel!.run).findings.length).toBeGreaterThan(0);
  });

  it('report: jsonl,ocsf writes one line per finding (and gap) and sets the outputs', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wf-')), 'audit.yml');
    writeFileSync(file, readFileSync(join(docs, 'nightly-audit.yml'), 'utf8').replace('report: check-run,issues,summary,json,sarif', 'report: summary,jsonl,ocsf'));
    const result = await run(file, { name: 'schedule' });
    const outputs = result.sentinel?.run.outputs ?? {};
    const report = reportOf(result.sentinel!.run);
    const lines = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines(outputs['jsonl-path'])).toHaveLength(report.findings.length + report.coverage.gaps.length);
    const events = lines(outputs['ocsf-path']);
    expect(events).toHaveLength(report.findings.length);
    expect(new Set(events.map((event) => event.class_uid))).toEqual(new Set([2004]));
  });

  it('offboarding.yml: repository_dispatch pre then post, one concurrency group per person', async () => {
    const person = scenario.departures.find((d) => d.kind === 'clean');
    if (!person) throw new Error('no clean departure');
    const dispatch = (phase: string) => ({
      name: 'repository_dispatch' as const,
      payload: { action: 'offboarding', client_payload: { subjects: [person.login], phase, offboarded_at: person.offboarded_at } },
    });
    const pre = await run(join(docs, 'offboarding.yml'), dispatch('pre'));
    expect(pre.concurrency).toEqual({ group: `offboarding-${person.login}`, cancelInProgress: false });
    expect(pre.sentinel?.run.exitCode).toBe(0);
    const issue = () => scenario.org.issues.find((i) => i.labels.includes('offboarding') && i.title.includes(person.login));
    expect(issue()?.state).toBe('open');

    revokeAccess(scenario.org, person.login, scenario.org.now, 'secops-lead', { 'org-membership': true });
    const post = await run(join(docs, 'offboarding.yml'), dispatch('post'));
    expect(post.concurrency?.group).toBe(`offboarding-${person.login}`);
    expect(reportOf(post.sentinel!.run).findings.map((f) => f.rule)).toContain('retained-org-membership');
    expect(post.sentinel?.run.stdout).not.toContain('could not all be posted');
    expect(issue()?.state).toBe('open');
  });

  it('offboarding.yml: workflow_dispatch takes the same inputs, and the schedule re-verifies', async () => {
    const person = scenario.departures.find((d) => d.kind === 'leftovers');
    if (!person) throw new Error('no leftovers departure');
    const manual = await run(join(docs, 'offboarding.yml'), {
      name: 'workflow_dispatch',
      payload: { inputs: { subjects: person.login, phase: 'pre', offboarded_at: person.offboarded_at } },
    });
    expect(manual.concurrency?.group).toBe(`offboarding-${person.login}`);
    expect(manual.sentinel?.run.exitCode).toBe(0);
    const scheduled = await run(join(docs, 'offboarding.yml'), { name: 'schedule' });
    expect(scheduled.concurrency?.group).toBe('offboarding-scheduled');
    expect(scheduled.sentinel?.run.stdout).not.toContain('could not all be posted');
  });

  it('policy-check.yml: a pull request from the repository mints the App token; one from a fork does not', async () => {
    const pullRequest = (fork: boolean) => ({
      name: 'pull_request' as const,
      payload: {
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: 'b'.repeat(40), ref: 'policy', repo: { full_name: fork ? 'someone/offboarding-ops' : scenario.actionRepo, fork } },
          base: { sha: 'c'.repeat(40), ref: 'main', repo: { full_name: scenario.actionRepo } },
        },
      },
    });
    const own = await run(join(docs, 'policy-check.yml'), pullRequest(false));
    expect(own.steps[1]).toMatchObject({ ran: true, status: 'success' });
    expect(own.sentinel?.inputs.token).toBe(sim.token);
    expect(own.sentinel?.run.stdout).not.toContain('could not all be posted');
    const fork = await run(join(docs, 'policy-check.yml'), pullRequest(true));
    expect(fork.steps[1]).toMatchObject({ ran: false });
    expect(fork.sentinel?.inputs.token).toBe(GITHUB_TOKEN);
    expect(fork.sentinel?.run.exitCode).toBe(0);
  });
});
