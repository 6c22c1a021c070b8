// Every input and the event payload, read once into one typed, validated object, so no step
// reads `core.getInput` on its own and no input can be forgotten or parsed twice.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Mode, Phase, Severity } from './model.js';
import { MODES, SEVERITIES } from './model.js';
import { parseInstant } from './offboarding/instant.js';
import { clockFrom } from './run-context.js';

export type ReporterName = 'check-run' | 'issues' | 'summary' | 'json' | 'sarif' | 'jsonl' | 'ocsf';
export const REPORTERS: readonly ReporterName[] = ['check-run', 'issues', 'summary', 'json', 'sarif', 'jsonl', 'ocsf'];

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /** A fork's pull request gets a read-only token: nothing can be posted. */
  fromFork: boolean;
}

export interface Inputs {
  /**
   * Reads the organization (a GitHub App installation token). Null only for the command line's
   * `merge` of report files, which reads nothing on GitHub (see `ParseOptions.tokenOptional`).
   */
  token: string | null;
  /**
   * Writes to the repository that runs the action (check run, issues, state branch) and reads
   * it; `github-token`, the workflow's GITHUB_TOKEN by default, else `token`.
   */
  githubToken: string | null;
  organization: string;
  /** An enterprise slug: the run covers every organization of the enterprise (or `organizations`). */
  enterprise: string | null;
  /** Organizations to cover instead of `organization`; empty when not given. */
  organizations: string[];
  /** Workspace path of HR's roster (CSV or JSON), compared with the members in audit. */
  roster: string | null;
  /** `merge`: a folder or glob of per-organization JSON reports. */
  reports: string | null;
  mode: Mode;
  policyPath: string;
  /** Raw subjects (logins or e-mails) for `offboard`. */
  subjects: string[];
  phase: Phase;
  /** ISO-8601; null means "now" (resolved with the clock by the caller). */
  offboardedAt: string | null;
  reporters: Set<ReporterName>;
  dryRun: boolean;
  failOn: Severity | 'none';
  stateBranch: string;
  /** `offboard`: at most this many subjects per run; the rest are failed subjects (send them again). */
  maxSubjects: number;
  // From the runner's environment
  repository: { owner: string; repo: string };
  workspace: string;
  runnerTemp: string;
  apiUrl: string;
  graphqlUrl: string;
  serverUrl: string;
  runId: string | null;
  sha: string;
  eventName: string;
  pullRequest: PullRequestInfo | null;
}

export class InputError extends Error {
  override name = 'InputError';
}

export type Env = Record<string, string | undefined>;

/** The action's inputs by their names in action.yml; a host fills them from wherever it reads them. */
export const INPUT_NAMES = [
  'token',
  'github-token',
  'organization',
  'enterprise',
  'organizations',
  'roster',
  'reports',
  'mode',
  'policy-path',
  'subjects',
  'phase',
  'offboarded-at',
  'max-subjects',
  'report',
  'dry-run',
  'fail-on',
  'state-branch',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];
export type RawInputs = Partial<Record<InputName, string>>;

/** `core.getInput`'s naming: upper case, spaces to `_`, dashes kept. */
export function actionInputs(env: Env): RawInputs {
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) {
    const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    if (value !== undefined) raw[name] = value;
  }
  return raw;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Input \`${name}\` is "${value}"; use one of: ${allowed.join(', ')}.`);
}

function parseBoolean(name: string, value: string): boolean {
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (value === '' || /^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(`Input \`${name}\` is "${value}"; use true or false.`);
}

export const DEFAULT_MAX_SUBJECTS = 50;

function parseCount(name: string, value: string, fallback: number, max: number): number {
  if (value === '') return fallback;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > max) {
    throw new InputError(`Input \`${name}\` is "${value.slice(0, 40)}"; use a whole number from 1 to ${max} (default ${fallback}).`);
  }
  return count;
}

function parseTime(field: string, value: unknown, now: Date, allowEpoch: boolean): string {
  const parsed = parseInstant(field, value, now, { allowEpoch });
  if (!parsed.ok) throw new InputError(parsed.error);
  return parsed.iso;
}

/** Comma or newline separated; also accepts a JSON array from an event payload. */
export function splitList(value: unknown): string[] {
  const parts = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[,\n]/) : [];
  return [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
}

type EventPayload = Record<string, unknown>;

function readEvent(env: Env): EventPayload {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch (error) {
    throw new InputError(`Cannot read the event payload at ${path}: ${(error as Error).message}`);
  }
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/**
 * The subjects of an event: a comma/newline separated string, or a list of strings. Anything
 * else (a number, `null` in the list) is refused: it is not a person, and turning it into the
 * text "null" used to open a tracking issue called "Offboarding: null".
 */
function eventSubjects(field: string, value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string') return splitList(value);
  if (!Array.isArray(value)) {
    throw new InputError(
      `\`${field}\` is ${describeJson(value)}; send a list of GitHub logins or e-mail addresses, or one comma-separated string.`,
    );
  }
  value.forEach((entry, index) => {
    if (typeof entry !== 'string' || entry.trim() === '') {
      throw new InputError(
        `\`${field}[${index}]\` is ${describeJson(entry)}; every subject must be a GitHub login or an e-mail address (a non-empty string).`,
      );
    }
  });
  return splitList(value);
}

function describeJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** What HR's automation sends: `repository_dispatch` client_payload or `workflow_dispatch` inputs. */
function eventOffboarding(eventName: string, event: EventPayload, now: Date) {
  const prefix = eventName === 'repository_dispatch' ? 'client_payload' : eventName === 'workflow_dispatch' ? 'inputs' : null;
  if (prefix === 'client_payload' && event.client_payload !== undefined && (typeof event.client_payload !== 'object' || event.client_payload === null || Array.isArray(event.client_payload))) {
    throw new InputError(`\`client_payload\` is ${describeJson(event.client_payload)}; send an object such as {"subjects": ["alice"], "offboarded_at": "2026-11-27T17:00:00Z"}.`);
  }
  const source = prefix ? record(event[prefix]) : {};
  const text = (key: string) => {
    const value = source[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  const timeKey = source.offboarded_at !== undefined ? 'offboarded_at' : 'offboarded-at';
  const time = source[timeKey];
  return {
    subjects: eventSubjects(`${prefix}.subjects`, source.subjects),
    phase: text('phase'),
    offboardedAt:
      time === undefined || time === null || time === ''
        ? null
        : parseTime(`${prefix}.${timeKey}`, time, now, true),
  };
}

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function pullRequestInfo(event: EventPayload): PullRequestInfo | null {
  const pr = record(event.pull_request);
  if (!pr.head) return null;
  const head = record(pr.head);
  const base = record(pr.base);
  const headRepo = record(head.repo);
  const baseRepo = record(base.repo);
  return {
    number: Number(pr.number),
    headSha: str(head.sha),
    baseSha: str(base.sha),
    baseRef: str(base.ref),
    fromFork: Boolean(headRepo.fork) || (headRepo.full_name !== undefined && headRepo.full_name !== baseRepo.full_name),
  };
}

/** The Actions way: inputs from INPUT_*, the rest from the runner's environment. */
export function readInputs(env: Env = process.env, now: Date = clockFrom(env).now()): Inputs {
  return parseInputs(actionInputs(env), env, now);
}

/** Enterprise slugs and organization logins: letters, digits and single hyphens. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

function enterpriseSlug(value: string): string | null {
  if (!value) return null;
  if (!LOGIN.test(value)) throw new InputError(`Input \`enterprise\` is "${value}"; use the enterprise's slug (github.com/enterprises/<slug>).`);
  return value;
}

function organizationLogin(value: string): string {
  if (!LOGIN.test(value)) throw new InputError(`Input \`organizations\` lists "${value}", which is not an organization login.`);
  return value;
}

export interface ParseOptions {
  /**
   * A host whose `merge` may run without a token (the command line, which refuses a token-less
   * merge that would read or write GitHub: --publish, --repo, --enterprise). The action always
   * requires `token`, and every other mode reads the organization.
   */
  tokenOptional?: boolean;
}

/**
 * Inputs from a plain object of raw values (as a workflow gives them: strings) and the runner's
 * environment (GITHUB_REPOSITORY, the event payload, URLs). `now` bounds the dates it accepts.
 */
export function parseInputs(raw: RawInputs, env: Env, now: Date = clockFrom(env).now(), options: ParseOptions = {}): Inputs {
  const input = (name: InputName): string => (raw[name] ?? '').trim();
  const token = input('token') || null;
  if (!token && !(options.tokenOptional && input('mode') === 'merge')) {
    throw new InputError('Input `token` is required: a GitHub App installation token or a PAT that can read the organization.');
  }

  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new InputError('GITHUB_REPOSITORY is not set (expected owner/name); run the action inside GitHub Actions.');

  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const event = readEvent(env);
  const fromEvent = eventOffboarding(eventName, event, now);

  const mode = oneOf('mode', input('mode') || 'audit', MODES);
  const subjects = splitList(input('subjects'));
  const phase = oneOf('phase', input('phase') || fromEvent.phase || 'post', ['pre', 'post'] as const);
  const offboardedAtText = input('offboarded-at');

  const reporters = splitList(input('report') || 'check-run,issues,summary,json').map((name) =>
    oneOf('report', name, REPORTERS),
  );
  // The JSON report is always written (the contract's `report-path`), whatever `report` says.
  const reporterSet = new Set<ReporterName>([...reporters, 'json']);

  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
  const pullRequest = pullRequestInfo(event);

  const inputs: Inputs = {
    token,
    // Without a token nothing reads GitHub, not even with `github-token`.
    githubToken: token === null ? null : input('github-token') || token,
    organization: input('organization') || owner,
    enterprise: enterpriseSlug(input('enterprise')),
    organizations: splitList(input('organizations')).map((org) => organizationLogin(org)),
    roster: input('roster') || null,
    reports: input('reports') || null,
    mode,
    policyPath: input('policy-path') || 'policies',
    subjects: subjects.length > 0 ? subjects : fromEvent.subjects,
    phase,
    offboardedAt: offboardedAtText ? parseTime('offboarded-at', offboardedAtText, now, false) : fromEvent.offboardedAt,
    reporters: reporterSet,
    dryRun: parseBoolean('dry-run', input('dry-run')),
    failOn: oneOf('fail-on', input('fail-on') || 'high', ['none', ...SEVERITIES] as const),
    stateBranch: input('state-branch') || 'offboarding-sentinel-state',
    maxSubjects: parseCount('max-subjects', input('max-subjects'), DEFAULT_MAX_SUBJECTS, 1000),
    repository: { owner, repo },
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    // Outside a runner, the system's temporary folder: never the repository being checked.
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
    runId: env.GITHUB_RUN_ID || null,
    sha: pullRequest?.headSha || env.GITHUB_SHA || '',
    eventName,
    pullRequest,
  };

  if (inputs.mode === 'merge' && !inputs.reports) {
    throw new InputError('mode `merge` needs `reports`: a folder or glob (in the workspace) of the per-organization JSON reports to merge.');
  }
  // A scheduled `post` re-verifies every open offboarding (the people come from their tracking
  // issues); an HR event without subjects is a mistake worth failing on.
  const fromHr = eventName === 'repository_dispatch' || eventName === 'workflow_dispatch';
  if (inputs.mode === 'offboard' && inputs.subjects.length === 0 && (fromHr || inputs.phase === 'pre')) {
    throw new InputError(
      'mode `offboard` needs subjects: set the `subjects` input, or send `client_payload.subjects` (repository_dispatch) or `inputs.subjects` (workflow_dispatch). Only a scheduled `post` run takes them from the open tracking issues.',
    );
  }
  return inputs;
}
