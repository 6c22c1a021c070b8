// A simulated organization and the bundled action run as the Actions runner runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../../simulator/index.js';
import { scenarioPolicyYaml } from '../../simulator/policy-yaml.js';
import { runAction, type ActionRun, type RunActionOptions } from '../../simulator/runner.js';
import { generateScenario } from '../../simulator/scenario/index.js';
import type { Scenario } from '../../simulator/state.js';

export interface Harness {
  sim: Simulator;
  scenario: Scenario;
  files: Record<string, string>;
  run(options?: Partial<RunActionOptions>): Promise<ActionRun>;
  /** Requests since `from` that changed something (not GET). */
  writes(from?: number): { method: string; route: string; status: number }[];
  close(): Promise<void>;
}

export interface ReportFinding {
  rule: string;
  severity: string;
  subject: string | null;
  resource: string;
  fingerprint: string;
  message: string;
  evidence: Record<string, unknown>;
}

export interface ReportShape {
  findings: ReportFinding[];
  exempted: ReportFinding[];
  coverage: { complete: boolean; gaps: { resource: string; reason: string }[] };
  offboarding: Record<string, unknown>[];
  stats: Record<string, number>;
  plans?: Record<string, unknown>;
}

export const repositoryPolicy = readFileSync(join(import.meta.dirname, '..', '..', 'policies', 'offboarding-sentinel.yml'), 'utf8');

export async function harness(
  options: { seed?: number; extraPolicy?: string; repositoryPolicy?: (text: string) => string; scenario?: Scenario } = {},
): Promise<Harness> {
  const scenario = options.scenario ?? generateScenario({ seed: options.seed ?? 1, size: 'demo' });
  const sim = await startSimulator({ scenario });
  const files = {
    'policies/offboarding-sentinel.yml': options.repositoryPolicy?.(repositoryPolicy) ?? repositoryPolicy,
    'policies/zz-scenario.yml': scenarioPolicyYaml(scenario, options.extraPolicy ?? ''),
  };
  return {
    sim,
    scenario,
    files,
    run: (overrides = {}) =>
      runAction({
        api: { url: sim.url, graphqlUrl: sim.graphqlUrl, token: sim.token },
        repository: scenario.actionRepo,
        now: scenario.org.now,
        files,
        ...overrides,
      }),
    writes: (from = 0) =>
      sim.log.slice(from).filter((entry) => entry.method !== 'GET' && entry.route !== 'POST /graphql'),
    close: () => sim.close(),
  };
}

export function reportOf(run: ActionRun): ReportShape {
  if (!run.report) throw new Error(`no report (exit ${run.exitCode})\n${run.stdout}\n${run.stderr}`);
  return run.report as unknown as ReportShape;
}

/** `rule subject resource` for comparing findings with a scenario's expectations. */
export const keyOf = (finding: { rule: string; subject: string | null; resource: string }) =>
  `${finding.rule} ${finding.subject ?? '-'} ${finding.resource}`;
