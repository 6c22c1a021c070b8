// Runs a workflow file from docs/workflows/ the way GitHub Actions would, as far as this
// product is concerned: the trigger must be one the file declares, `${{ }}` expressions are
// evaluated with GitHub's own evaluator (@actions/expressions) over `github`, `inputs`,
// `secrets`, `vars`, `steps` and `runner`, the job's `permissions:` become the GITHUB_TOKEN's
// scope in the simulator, action.yml's input defaults apply, and each step is emulated:
// checkout writes the workspace, create-github-app-token yields the simulator's App token,
// the sentinel step runs dist/index.js through runner.ts, upload-sarif checks the file it is
// given. A step this emulation does not know fails the run, so no step goes unchecked.
import { Evaluator, Lexer, Parser, data, type ExpressionError } from '@actions/expressions';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { eventPayload, runAction, type ActionRun, type EventName } from './runner.js';
import type { RepositoryToken } from './server.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONTEXTS = ['github', 'inputs', 'secrets', 'vars', 'steps', 'runner', 'env', 'job', 'matrix', 'needs'];
type Status = 'success' | 'failure';
const STATUS_FUNCTIONS = ['always', 'success', 'failure', 'cancelled'].map((name) => ({ name, minArgs: 0, maxArgs: 0 }));

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
}

interface Workflow {
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, 'read' | 'write' | 'none'>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean } | string;
  jobs: Record<string, { permissions?: Record<string, 'read' | 'write' | 'none'>; steps: Step[]; concurrency?: unknown }>;
}

export interface WorkflowRunOptions {
  /** Path of the workflow file. */
  file: string;
  api: { url: string; graphqlUrl: string; token: string };
  /** The repository that runs the workflow (`owner/name`). */
  repository: string;
  event: { name: EventName; payload?: Record<string, unknown> };
  /** The repository's files that checkout brings (policies). */
  files: Record<string, string>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** The GITHUB_TOKEN this run gets; the simulator must know it as a repository token. */
  githubToken: string;
  now?: string;
  env?: Record<string, string>;
}

export interface WorkflowRun {
  /** The job's `permissions:` (what the GITHUB_TOKEN is given). */
  permissions: RepositoryToken['permissions'];
  /** The evaluated concurrency group, when the workflow has one. */
  concurrency: { group: string; cancelInProgress: boolean } | null;
  /** The sentinel step's run and the inputs it was given after evaluation. */
  sentinel: { run: ActionRun; inputs: Record<string, string> } | null;
  /** Steps in order with whether they ran and what they concluded. */
  steps: { uses: string; ran: boolean; status: Status; note?: string }[];
  status: Status;
}

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

/** Evaluates one expression (no `${{ }}` around it). */
export function evaluate(expression: string, context: Record<string, unknown>, status: Status = 'success'): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, CONTEXTS, STATUS_FUNCTIONS).parse();
  const functions = new Map(
    STATUS_FUNCTIONS.map((info) => [
      info.name,
      {
        ...info,
        call: () =>
          new data.BooleanData(
            info.name === 'always' || (info.name === 'success' && status === 'success') || (info.name === 'failure' && status === 'failure'),
          ),
      },
    ]),
  );
  const dictionary = new data.Dictionary(...Object.entries(context).map(([key, value]) => ({ key, value: toData(value) })));
  try {
    return new Evaluator(parsed, dictionary, functions).evaluate();
  } catch (error) {
    throw new Error(`cannot evaluate \`${expression}\`: ${(error as ExpressionError).message}`, { cause: error });
  }
}

/** A string with `${{ … }}` parts, each replaced by its value as a string. */
export function interpolate(text: string, context: Record<string, unknown>, status: Status = 'success'): string {
  return text.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_, expression: string) => evaluate(expression, context, status).coerceString());
}

function condition(text: string | undefined, context: Record<string, unknown>, status: Status): boolean {
  if (text === undefined) return status === 'success';
  const expression = text.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1');
  // As on GitHub: without a status function the condition is `success() && (…)`.
  const withStatus = /\b(always|success|failure|cancelled)\(\)/.test(expression) ? expression : `success() && (${expression})`;
  return truthy(evaluate(withStatus, context, status));
}

/** GitHub's truthiness: false, 0, NaN, '' and null are false; everything else is true. */
function truthy(value: data.ExpressionData): boolean {
  const text = value.coerceString();
  switch (value.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return text === 'true';
    case data.Kind.Number:
      return text !== '0' && text !== 'NaN';
    case data.Kind.String:
      return text !== '';
    default:
      return true;
  }
}

function triggers(on: Workflow['on']): string[] {
  if (typeof on === 'string') return [on];
  return Array.isArray(on) ? on : Object.keys(on);
}

const actionDefaults = (): Record<string, string> => {
  const action = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? '']));
};

const isSentinel = (uses: string) => uses === './' || /^[\w-]+\/offboarding-sentinel@/.test(uses);

export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowRun> {
  const workflow = parse(readFileSync(options.file, 'utf8')) as Workflow;
  if (!triggers(workflow.on).includes(options.event.name)) {
    throw new Error(`${options.file} is not triggered by ${options.event.name} (it has: ${triggers(workflow.on).join(', ')})`);
  }
  const [jobName, job] = Object.entries(workflow.jobs)[0];
  if (Object.keys(workflow.jobs).length !== 1) throw new Error(`${options.file}: the emulation runs one job, found ${Object.keys(workflow.jobs).length}`);
  const permissions = job.permissions ?? workflow.permissions ?? {};
  const payload = eventPayload(options.event.name, options.repository, options.event.payload ?? {});
  const [owner] = options.repository.split('/');
  // Known once the sentinel step ran (runner.ts makes a fresh RUNNER_TEMP per run).
  let runnerTemp = '';
  const steps: Record<string, { outputs: Record<string, string>; outcome: Status }> = {};
  const context = (): Record<string, unknown> => ({
    github: {
      token: options.githubToken,
      repository: options.repository,
      repository_owner: owner,
      event_name: options.event.name,
      event: payload,
      job: jobName,
    },
    inputs: options.event.name === 'workflow_dispatch' ? ((payload as { inputs?: unknown }).inputs ?? {}) : {},
    secrets: { GITHUB_TOKEN: options.githubToken, ...options.secrets },
    vars: options.vars ?? {},
    steps,
    runner: { temp: runnerTemp, os: 'Linux' },
    env: {},
    job: {},
  });

  const concurrencySpec = workflow.concurrency ?? null;
  const concurrency =
    concurrencySpec === null
      ? null
      : typeof concurrencySpec === 'string'
        ? { group: interpolate(concurrencySpec, context()), cancelInProgress: false }
        : { group: interpolate(concurrencySpec.group, context()), cancelInProgress: concurrencySpec['cancel-in-progress'] === true };

  let status: Status = 'success';
  let sentinel: WorkflowRun['sentinel'] = null;
  const record: WorkflowRun['steps'] = [];
  for (const step of job.steps) {
    const uses = step.uses ?? `run: ${step.run ?? ''}`;
    if (!condition(step.if, context(), status)) {
      record.push({ uses, ran: false, status });
      continue;
    }
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([name, value]) => [name, interpolate(String(value), context(), status)]),
    );
    let outcome: Status = 'success';
    let note: string | undefined;
    const outputs: Record<string, string> = {};
    if (/^actions\/checkout@/.test(uses)) {
      // The workspace is laid out by the sentinel step from options.files.
    } else if (/^actions\/create-github-app-token@/.test(uses)) {
      if (!inputs['app-id'] || !inputs['private-key']) {
        outcome = 'failure';
        note = 'create-github-app-token needs app-id and private-key';
      } else {
        outputs.token = options.api.token;
      }
    } else if (isSentinel(uses)) {
      const defaults = actionDefaults();
      const given: Record<string, string> = {};
      for (const [name, fallback] of Object.entries(defaults)) {
        const value = name in inputs ? inputs[name] : interpolate(fallback, context(), status);
        if (value !== '') given[name] = value;
      }
      for (const name of Object.keys(inputs)) {
        if (!(name in defaults)) throw new Error(`${options.file}: the sentinel step sets \`${name}\`, which action.yml does not declare`);
      }
      const run = await runAction({
        api: options.api,
        repository: options.repository,
        inputs: given,
        event: { name: options.event.name, payload },
        files: options.files,
        ...(options.now ? { now: options.now } : {}),
        ...(options.env ? { env: options.env } : {}),
      });
      runnerTemp = run.runnerTemp;
      Object.assign(outputs, run.outputs);
      outcome = run.exitCode === 0 ? 'success' : 'failure';
      sentinel = { run, inputs: given };
    } else if (/^github\/codeql-action\/upload-sarif@/.test(uses)) {
      if (!('security-events' in permissions) || permissions['security-events'] !== 'write') {
        outcome = 'failure';
        note = 'upload-sarif needs `security-events: write`';
      } else {
        const file = inputs.sarif_file ?? '';
        const log = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }) : null;
        if (log?.version !== '2.1.0') {
          outcome = 'failure';
          note = `upload-sarif: no SARIF 2.1.0 file at "${file}"`;
        }
      }
    } else {
      throw new Error(`${options.file}: the emulation does not know the step \`${uses}\``);
    }
    if (step.id) steps[step.id] = { outputs, outcome };
    if (outcome === 'failure') status = 'failure';
    record.push({ uses, ran: true, status: outcome, ...(note ? { note } : {}) });
  }
  return { permissions, concurrency, sentinel, steps: record, status };
}

/** The `permissions:` a workflow's job gives its GITHUB_TOKEN (the job's own, else the workflow's). */
export function workflowPermissions(file: string): RepositoryToken['permissions'] {
  const workflow = parse(readFileSync(file, 'utf8')) as Workflow;
  const job = Object.values(workflow.jobs)[0];
  return job.permissions ?? workflow.permissions ?? {};
}
