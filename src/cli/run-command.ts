// `audit`, `offboard` and `merge` on the command line: find the token, run the same pipeline as the
// action with the CLI host, then print the findings table on stdout (progress and logs went to
// stderr). Exit 0 or 1 by --fail-on, 2 for what is wrong before anything is read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, parseInputs, type Env, type RawInputs } from '../inputs.js';
import { runPipeline } from '../pipeline/run.js';
import type { Conclusion, Report } from '../reporters/report.js';
import { cliHost } from './cli-host.js';
import { EXIT } from './exit-codes.js';
import { colorWanted, displayPath, renderReportTable } from './findings-table.js';
import type { CliIo } from './main.js';
import type { CliCommand } from './program.js';
import { Progress } from './progress.js';
import { resolveToken, tokenNeededFor } from './token.js';

const OUTPUT_FILES: [string, string][] = [
  ['report-path', 'JSON report'],
  ['sarif-path', 'SARIF'],
  ['jsonl-path', 'JSON Lines'],
  ['ocsf-path', 'OCSF events'],
];

export async function runPipelineCommand(command: Extract<CliCommand, { command: 'audit' | 'offboard' | 'merge' }>, io: CliIo, out: string): Promise<number> {
  const token = await resolveToken(command.github.token, io.env, command.github.apiUrl, io.gh);
  const needed = token ? null : tokenNeededFor(command);
  if (needed) {
    io.stderr.write(`error: no token. Pass --token, set GH_TOKEN or GITHUB_TOKEN, or log in with \`gh auth login\`; ${needed}.\n`);
    return EXIT.usage;
  }
  const [owner] = command.repo ? command.repo.split('/') : [command.inputs.organization];
  const env: Env = {
    ...io.env,
    GITHUB_API_URL: command.github.apiUrl,
    GITHUB_GRAPHQL_URL: command.github.graphqlUrl,
    // Without --repo nothing reads or writes a repository of the organization (no issues
    // reporter, local state); the pipeline still wants an owner/name.
    GITHUB_REPOSITORY: command.repo ?? `${owner}/(no --repo)`,
    GITHUB_WORKSPACE: io.cwd,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: '',
    GITHUB_SHA: '',
    GITHUB_RUN_ID: '',
  };
  const raw: RawInputs = { ...command.inputs, ...(token ? { token: token.token } : {}) };
  try {
    parseInputs(raw, env, undefined, { tokenOptional: true });
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`error: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }

  io.stderr.write(
    token
      ? `Reading ${command.inputs.organization} at ${command.github.apiUrl} (token from ${token.from})…\n`
      : 'Merging the reports without a token: nothing is read from GitHub.\n',
  );
  const progress = new Progress({ stream: io.stderr, live: Boolean(io.stderr.isTTY) && io.env.CI === undefined });
  const host = cliHost({ inputs: raw, env, outDir: out, stateDir: path.resolve(io.cwd, command.stateDir), progress });
  try {
    await runPipeline(host);
  } finally {
    progress.stop();
  }

  const reportPath = host.outputs.get('report-path');
  if (!reportPath) {
    for (const failure of host.failures) io.stderr.write(`error: ${failure}\n`);
    return EXIT.findings;
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
  const conclusion = (host.outputs.get('conclusion') ?? 'failure') as Conclusion;
  const color = colorWanted(io.stdout, io.env);
  io.stdout.write(`${renderReportTable(report, conclusion, { color, width: io.stdout.columns ?? (Number(io.env.COLUMNS) || 160), limit: 50 })}\n\n`);
  for (const [name, label] of OUTPUT_FILES) {
    const file = host.outputs.get(name);
    if (file) io.stdout.write(`${label.padEnd(12)} ${displayPath(io.cwd, file)}\n`);
  }
  const summary = path.join(out, 'summary.md');
  if (command.inputs.report.includes('summary')) io.stdout.write(`${'Markdown'.padEnd(12)} ${displayPath(io.cwd, summary)}\n`);
  if (!command.publish) io.stdout.write('Nothing was written to GitHub (add --publish to post issues).\n');
  for (const failure of host.failures) io.stderr.write(`${failure}\n`);
  return host.failures.length > 0 ? EXIT.findings : EXIT.ok;
}
