// Runs the bundled action the way the Actions runner does: `node dist/index.js` with INPUT_*,
// GITHUB_*, RUNNER_TEMP, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and
// returns what the runner would see. The end-to-end tests and the demo both use it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type EventName = 'schedule' | 'repository_dispatch' | 'workflow_dispatch' | 'pull_request';

export interface RunActionOptions {
  /** Where GitHub is: the simulator's REST base and GraphQL endpoint. */
  api: { url: string; graphqlUrl: string; token: string };
  /** `owner/name` of the repository that runs the action. */
  repository: string;
  /** Action inputs by their action.yml names (`policy-path`, `dry-run`, …); `token` defaults to api.token. */
  inputs?: Record<string, string>;
  event?: { name: EventName; payload?: Record<string, unknown> };
  /** Files to write into a fresh workspace (path relative to it → content). */
  files?: Record<string, string>;
  /** Use this workspace instead of a fresh one. */
  workspace?: string;
  /** The action's clock (OFFBOARDING_SENTINEL_NOW), so runs against a scenario are reproducible. */
  now?: string;
  sha?: string;
  env?: Record<string, string>;
  /** Defaults to the committed bundle. */
  entry?: string;
  /** Send SIGTERM after this many milliseconds, as the runner does when a job is cancelled. */
  cancelAfterMs?: number;
}

export interface ActionRun {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report at `report-path`, parsed, when it was written. */
  report: Record<string, unknown> | null;
  stdout: string;
  stderr: string;
  workspace: string;
  runnerTemp: string;
  /** Workflow-command annotations (`::error file=…,line=…::message`) from stdout. */
  annotations: { level: string; properties: Record<string, string>; message: string }[];
}

interface WebhookExample {
  name: string;
  examples: Record<string, unknown>[];
}

/** A real payload shape from @octokit/webhooks-examples, pointed at our repository. */
export function eventPayload(name: EventName, repository: string, overrides: Record<string, unknown> = {}) {
  const [owner, repo] = repository.split('/');
  if (name === 'schedule') return { schedule: '0 3 * * *', ...overrides };
  const examples = require('@octokit/webhooks-examples') as WebhookExample[];
  const example = examples.find((entry) => entry.name === name)?.examples[0];
  if (!example) throw new Error(`no webhook example for ${name}`);
  const payload = structuredClone(example);
  const repositoryPayload = payload.repository as Record<string, unknown> | undefined;
  if (repositoryPayload) {
    repositoryPayload.name = repo;
    repositoryPayload.full_name = repository;
    (repositoryPayload.owner as Record<string, unknown>).login = owner;
  }
  return deepMerge(payload, overrides);
}

function deepMerge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(extra)) {
    const current = base[key];
    if (value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object') {
      base[key] = deepMerge(current as Record<string, unknown>, value as Record<string, unknown>);
    } else {
      base[key] = value;
    }
  }
  return base;
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[index]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (index++; index < lines.length && lines[index] !== delimiter; index++) value.push(lines[index]);
      outputs[name] = value.join('\n');
    } else if (lines[index].includes('=')) {
      const at = lines[index].indexOf('=');
      outputs[lines[index].slice(0, at)] = lines[index].slice(at + 1);
    }
  }
  return outputs;
}

function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const annotations: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1).replace(/%2C/g, ','));
    }
    annotations.push({ level: match[1], properties, message: match[3].replace(/%0A/g, '\n').replace(/%25/g, '%') });
  }
  return annotations;
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const root = mkdtempSync(join(tmpdir(), 'sentinel-run-'));
  const workspace = options.workspace ?? join(root, 'workspace');
  const runnerTemp = join(root, 'runner-temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  for (const [path, content] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }

  const event = options.event ?? { name: 'schedule' as const };
  const eventPath = join(root, 'event.json');
  writeFileSync(eventPath, JSON.stringify(eventPayload(event.name, options.repository, event.payload ?? {})));
  const outputPath = join(root, 'output.txt');
  const summaryPath = join(root, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const inputs: Record<string, string> = { token: options.api.token, ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_API_URL: options.api.url,
    GITHUB_GRAPHQL_URL: options.api.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: options.repository.split('/')[0],
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerTemp,
    ...(options.now ? { OFFBOARDING_SENTINEL_NOW: options.now } : {}),
    // The simulator has no secondary rate limits: no need to space issue and comment writes.
    OFFBOARDING_SENTINEL_CONTENT_INTERVAL_MS: '0',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const entry = options.entry ?? join(projectRoot, 'dist', 'index.js');
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>(
    (resolvePromise, reject) => {
      // Asynchronous on purpose: the simulator usually runs in this same process.
      const child = spawn(process.execPath, [entry], { cwd: workspace, env });
      const cancel = options.cancelAfterMs === undefined ? null : setTimeout(() => child.kill('SIGTERM'), options.cancelAfterMs);
      child.on('close', () => {
        if (cancel) clearTimeout(cancel);
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolvePromise({ exitCode: code ?? 1, stdout: out, stderr: err }));
    },
  );

  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'));
  const reportPath = outputs['report-path'];
  const report =
    reportPath && existsSync(reportPath)
      ? (JSON.parse(readFileSync(reportPath, 'utf8')) as Record<string, unknown>)
      : null;
  return {
    exitCode,
    outputs,
    summary: readFileSync(summaryPath, 'utf8'),
    report,
    stdout,
    stderr,
    workspace,
    runnerTemp,
    annotations: parseAnnotations(stdout),
  };
}
