// The host port: a host other than Actions (here in memory, as a command line would be) runs the
// same pipeline — inputs from a plain object, outputs, annotations, summary and failure to the
// host, and the history in the store the host chose (a local folder, not the state branch).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { scenarioPolicyYaml } from '../../../simulator/policy-yaml.js';
import { generateScenario } from '../../../simulator/scenario/index.js';
import type { Scenario } from '../../../simulator/state.js';
import type { Annotation, Host } from '../../../src/host/port.js';
import { parseInputs, type RawInputs } from '../../../src/inputs.js';
import { fixedClock } from '../../../src/model.js';
import { runPipeline } from '../../../src/pipeline/run.js';
import { LocalDirStateStore } from '../../../src/state/local-dir-store.js';

interface Recorded {
  outputs: Record<string, string>;
  annotations: Annotation[];
  summaries: string[];
  failures: string[];
  logs: string[];
}

function memoryHost(raw: RawInputs, env: Record<string, string>, scenario: Scenario, stateDir: string): { host: Host; recorded: Recorded } {
  const recorded: Recorded = { outputs: {}, annotations: [], summaries: [], failures: [], logs: [] };
  const log = (message: string) => recorded.logs.push(message);
  const host: Host = {
    readInputs: () => parseInputs(raw, env),
    readClock: () => fixedClock(new Date(scenario.org.now)),
    logger: { info: log, warning: log, debug: () => undefined, error: log },
    contentCreationIntervalMs: 0,
    maskSecret: () => undefined,
    annotate: (annotation) => recorded.annotations.push(annotation),
    setOutput: (name, value) => {
      recorded.outputs[name] = value;
    },
    writeSummary: (markdown) => {
      recorded.summaries.push(markdown);
      return Promise.resolve();
    },
    fail: (message) => recorded.failures.push(message),
    stateStore: ({ organization }) => new LocalDirStateStore(join(stateDir, organization), log),
  };
  return { host, recorded };
}

describe('a host other than Actions', () => {
  let sim: Simulator;
  let scenario: Scenario;
  let root: string;

  beforeAll(async () => {
    scenario = generateScenario({ seed: 1, size: 'demo' });
    sim = await startSimulator({ scenario });
    root = mkdtempSync(join(tmpdir(), 'sentinel-host-'));
    const files = {
      'policies/offboarding-sentinel.yml': readFileSync(join(import.meta.dirname, '..', '..', '..', 'policies', 'offboarding-sentinel.yml'), 'utf8'),
      'policies/zz-scenario.yml': scenarioPolicyYaml(scenario, ''),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, 'workspace', path)), { recursive: true });
      writeFileSync(join(root, 'workspace', path), text);
    }
  });
  afterAll(() => sim.close());

  const env = () => ({
    GITHUB_REPOSITORY: scenario.actionRepo,
    GITHUB_WORKSPACE: join(root, 'workspace'),
    RUNNER_TEMP: join(root, 'temp'),
    GITHUB_API_URL: sim.url,
    GITHUB_GRAPHQL_URL: sim.graphqlUrl,
  });

  it('runs an audit from plain inputs and keeps the history where the host says', async () => {
    const { host, recorded } = memoryHost({ token: sim.token, mode: 'audit', report: 'json,summary' }, env(), scenario, join(root, 'state'));
    const before = sim.log.length;
    await runPipeline(host);

    expect(Number(recorded.outputs.findings)).toBeGreaterThan(0);
    expect(recorded.outputs.conclusion).toBe('failure');
    expect(recorded.failures).toHaveLength(1);
    expect(recorded.summaries[0]).toContain('Offboarding Sentinel');
    const state = JSON.parse(readFileSync(join(root, 'state', scenario.org.login, 'state.json'), 'utf8')) as { runs: unknown[] };
    expect(state.runs).toHaveLength(1);
    // Nothing was stored through the contents API: the host chose the store.
    expect(sim.log.slice(before).filter((entry) => entry.method === 'PUT')).toEqual([]);
    const report = JSON.parse(readFileSync(recorded.outputs['report-path'], 'utf8')) as { findings: unknown[] };
    expect(report.findings).toHaveLength(Number(recorded.outputs.findings));
  });

  it('reports a broken policy as annotations and a failure through the host', async () => {
    writeFileSync(join(root, 'workspace', 'policies', 'broken.yml'), 'version: 1\nrules:\n  stale-member: { inactive-days: soon }\n');
    const { host, recorded } = memoryHost({ token: sim.token, mode: 'audit' }, env(), scenario, join(root, 'state'));
    await runPipeline(host);
    expect(recorded.annotations.some((a) => a.level === 'error' && a.file === 'policies/broken.yml')).toBe(true);
    expect(recorded.failures[0]).toMatch(/error\(s\); nothing was audited or posted/);
    // Nothing was read: the organization is a gap, never "coverage complete".
    const report = JSON.parse(readFileSync(recorded.outputs['report-path'], 'utf8')) as { coverage: { complete: boolean; gaps: { resource: string; reason: string }[] } };
    expect(report.coverage).toEqual({ complete: false, gaps: [{ resource: `org:${scenario.org.login}`, reason: 'not read: the policy has 1 error' }] });
  });
});
