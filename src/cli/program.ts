// The command line's grammar (commander): `audit`, `offboard`, `merge`, `validate` and their options,
// each turned into one `CliCommand` — the action's inputs by their action.yml names, where GitHub
// is, where files go — so the same pipeline runs as in the action. Parsing only: nothing here
// reads the network or the disk.
import { Command, InvalidArgumentError, Option } from 'commander';
import { SEVERITIES } from '../model.js';
import { VERSION } from '../version.js';
import { EXIT_CODES_HELP } from './exit-codes.js';

export const DEFAULT_OUT = './offboarding-sentinel-out';

/** The action's inputs, by their action.yml names. */
export type ActionInputs = Record<string, string>;

export interface GitHubTarget {
  apiUrl: string;
  graphqlUrl: string;
  /** From --token; the caller falls back to GH_TOKEN, GITHUB_TOKEN, `gh auth token`. */
  token?: string;
}

export type CliCommand =
  | {
      command: 'audit' | 'offboard' | 'merge';
      inputs: ActionInputs;
      github: GitHubTarget;
      /** `owner/name` of the operations repository (issues, tracking issues), when given. */
      repo: string | null;
      out: string;
      stateDir: string;
      publish: boolean;
      policyPath: string;
    }
  | { command: 'validate'; policyPath: string; out: string };

interface CommonOptions {
  org?: string;
  token?: string;
  apiUrl: string;
  graphqlUrl?: string;
  policy: string;
  out: string;
  stateDir?: string;
  failOn: string;
  report?: string;
  repo?: string;
  publish?: boolean;
  enterprise?: string;
  organizations?: string;
}

const REPORT_FILES = ['json', 'sarif', 'summary', 'jsonl', 'ocsf'] as const;

function parseReport(value: string): string {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(REPORT_FILES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown ${unknown.join(', ')}; use any of ${REPORT_FILES.join(', ')}.`);
  return names.join(',');
}

function parseRepo(value: string): string {
  if (!/^[\w.-]+\/[\w.-]+$/.test(value)) throw new InvalidArgumentError('use OWNER/NAME, for example acme/offboarding-ops.');
  return value;
}

function parseTime(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(new Date(value).getTime())) {
    throw new InvalidArgumentError('use an ISO-8601 time such as 2026-11-27T17:00:00Z.');
  }
  return value;
}

/** GraphQL is at <api>/graphql on github.com and at <host>/api/graphql on GitHub Enterprise Server. */
export function graphqlUrlFor(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return base.endsWith('/api/v3') ? `${base.slice(0, -'/v3'.length)}/graphql` : `${base}/graphql`;
}

function withCommonOptions(command: Command): Command {
  return command
    .option('--org <login>', 'the organization to read (required)')
    .option('--token <token>', 'token that reads the organization (default: GH_TOKEN, GITHUB_TOKEN, then `gh auth token`)')
    .addOption(
      new Option('--api-url <url>', 'REST API base; for GitHub Enterprise Server https://HOST/api/v3').default('https://api.github.com').env('GITHUB_API_URL'),
    )
    .addOption(new Option('--graphql-url <url>', 'GraphQL endpoint (default: derived from --api-url)').env('GITHUB_GRAPHQL_URL'))
    .option('--policy <dir>', 'folder with the *.yml policy files', 'policies')
    .option('--out <dir>', 'where the JSON, SARIF and Markdown files go', DEFAULT_OUT)
    .option('--state-dir <dir>', 'folder that keeps the audit history between runs (default: <out>/state)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['none', ...SEVERITIES]).default('high'))
    .option('--report <files>', `files to write besides the JSON report: any of ${REPORT_FILES.join(', ')}`, parseReport, 'json,sarif,summary')
    .option('--repo <owner/name>', 'the operations repository (issues, tracking issues): read, and written with --publish', parseRepo)
    .option('--publish', 'write to GitHub (issues, tracking issues, remediation when the policy opts in); without it nothing is written', false)
    .addHelpText('after', EXIT_CODES_HELP);
}

/** The enterprise scope (inputs `enterprise`, `organizations`): audit and offboard cover it, merge expects it. */
function withScopeOptions(command: Command): Command {
  return command
    .option('--enterprise <slug>', "the enterprise: every organization of it (listing them needs an enterprise member's token with read:enterprise)")
    .option('--organizations <logins>', 'organizations to cover instead of --org alone (or of every organization of --enterprise), comma separated');
}

function scopeInputs(options: CommonOptions): ActionInputs {
  return {
    ...(options.enterprise ? { enterprise: options.enterprise } : {}),
    ...(options.organizations ? { organizations: options.organizations } : {}),
  };
}

function common(options: CommonOptions, mode: 'audit' | 'offboard' | 'merge', extra: ActionInputs, command: Command): CliCommand {
  const organization = options.org;
  if (!organization) command.error('error: --org <login> is required', { exitCode: 2 });
  if (options.publish && !options.repo) command.error('error: --publish needs --repo OWNER/NAME: the repository that holds the issues', { exitCode: 2 });
  const reporters = options.report ?? 'json,sarif,summary';
  const inputs: ActionInputs = {
    organization,
    mode,
    'policy-path': options.policy,
    'fail-on': options.failOn,
    // With --repo the issues are read and planned (plan.json); they are written only with --publish.
    report: options.repo ? `${reporters},issues` : reporters,
    'dry-run': options.publish ? 'false' : 'true',
    ...scopeInputs(options),
    ...extra,
  };
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  return {
    command: mode,
    inputs,
    github: { apiUrl, graphqlUrl: options.graphqlUrl ?? graphqlUrlFor(apiUrl), ...(options.token ? { token: options.token } : {}) },
    repo: options.repo ?? null,
    out: options.out,
    stateDir: options.stateDir ?? `${options.out.replace(/\/+$/, '')}/state`,
    publish: options.publish === true,
    policyPath: options.policy,
  };
}

/**
 * Parses argv (without `node` and the script). Resolves to the command, or rejects with
 * commander's error (its exitCode: 0 for --help and --version, 2 for usage errors).
 */
export function buildProgram(onCommand: (command: CliCommand) => void): Command {
  const program = new Command('offboarding-sentinel')
    .description('Checks that departed people\'s GitHub access is really gone, and flags stale, unused and anomalous access.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText('after', EXIT_CODES_HELP);

  withScopeOptions(withCommonOptions(program.command('audit').description('audit the whole organization (the nightly audit), or every organization of --enterprise'))).action(
    (options: CommonOptions, command: Command) => onCommand(common(options, 'audit', {}, command)),
  );

  withScopeOptions(withCommonOptions(
    program
      .command('offboard')
      .description('inventory (pre) or verify (post) the access of departing people')
      .argument('<subject...>', 'GitHub logins or e-mail addresses')
      .addOption(new Option('--phase <phase>', 'pre: inventory before access is removed; post: verify it is gone').choices(['pre', 'post']).makeOptionMandatory())
      .option('--offboarded-at <time>', 'termination time, ISO-8601 (default: now)', parseTime),
  )).action((subjects: string[], options: CommonOptions & { phase: string; offboardedAt?: string }, command: Command) => {
    if (!options.repo) {
      command.error('error: offboard needs --repo OWNER/NAME: the operations repository whose tracking issues keep each inventory (read; written only with --publish)', { exitCode: 2 });
    }
    const extra: ActionInputs = { subjects: subjects.join(','), phase: options.phase };
    if (options.offboardedAt) extra['offboarded-at'] = options.offboardedAt;
    onCommand(common(options, 'offboard', extra, command));
  });

  withScopeOptions(
    withCommonOptions(
      program
        .command('merge')
        .description('merge per-organization JSON reports into one report, summary, SARIF file and (with --repo) set of issues, as `mode: merge`')
        .argument('<reports...>', 'report files, folders (every *.json under them) or globs, inside the current folder'),
    ),
  ).action((reports: string[], options: CommonOptions, command: Command) => {
    // One pattern a line: a glob may hold commas (`{a,b}`).
    onCommand(common(options, 'merge', { reports: reports.join('\n') }, command));
  });

  program
    .command('validate')
    .description('check the policy files against the schema, offline (no token, no network)')
    .option('--policy <dir>', 'folder with the *.yml policy files', 'policies')
    .option('--out <dir>', 'where the JSON report goes', DEFAULT_OUT)
    .addHelpText('after', EXIT_CODES_HELP)
    .action((options: { policy: string; out: string }) => onCommand({ command: 'validate', policyPath: options.policy, out: options.out }));

  // Subcommands inherit the error handling: usage errors exit 2, help and version 0.
  for (const sub of program.commands) sub.exitOverride().showHelpAfterError('(run with --help for usage)');
  return program;
}
