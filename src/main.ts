// run(): the pipeline — inputs, policy, the mode (collect → rules → exemptions), publishing,
// outputs. Every stage below is a function of the previous one's output; only collectors read
// GitHub and only publish.ts (and opt-in remediation) writes to it.
import * as core from '@actions/core';
import { readRateLimits, describeRateLimits } from './github/budget.js';
import { unreachableReason } from './github/reachability.js';
import { createClient } from './github/client.js';
import { EtagCache } from './github/etag-cache.js';
import { readInputs, type Inputs } from './inputs.js';
import { runAudit } from './modes/audit.js';
import { runOffboard } from './modes/offboard.js';
import { unreachableOutcome, type ModeOutcome } from './modes/outcome.js';
import { runValidate } from './modes/validate.js';
import { loadPolicy } from './policy/index.js';
import { startCheckRun, type CheckRunHandle } from './reporters/check-run.js';
import { CHECK_RUN_NAME, failureMessage, publish, setOutputs } from './publish.js';
import { policyInvalidFindings } from './rules/policy-invalid.js';
import { actionsLogger, clockFrom, outputDirectory, runUrlOf, type RunContext } from './run-context.js';

const MODES: Record<Inputs['mode'], (ctx: RunContext) => Promise<ModeOutcome>> = {
  audit: runAudit,
  offboard: runOffboard,
  validate: runValidate,
};

/**
 * OFFBOARDING_SENTINEL_CONTENT_INTERVAL_MS overrides the pause between issue and comment
 * writes; only for GitHub-compatible servers without GitHub's secondary limits (the simulator).
 */
function contentPacing(env: Record<string, string | undefined>): { contentCreationIntervalMs?: number } {
  const value = Number(env.OFFBOARDING_SENTINEL_CONTENT_INTERVAL_MS);
  return env.OFFBOARDING_SENTINEL_CONTENT_INTERVAL_MS && Number.isFinite(value) && value >= 0
    ? { contentCreationIntervalMs: value }
    : {};
}

export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  const startedAt = Date.now();
  try {
    const inputs = readInputs(env);
    core.setSecret(inputs.token);
    core.setSecret(inputs.githubToken);
    const clock = clockFrom(env);
    const etagCache = new EtagCache();
    const clientFor = (token: string) =>
      createClient({
        token,
        apiUrl: inputs.apiUrl,
        graphqlUrl: inputs.graphqlUrl,
        etagCache,
        logger: actionsLogger,
        ...contentPacing(env),
      });
    const client = clientFor(inputs.token);
    const repoClient = inputs.githubToken === inputs.token ? client : clientFor(inputs.githubToken);
    const loaded = await loadPolicy({ workspace: inputs.workspace, policyPath: inputs.policyPath });
    const ctx: RunContext = {
      inputs,
      client,
      repoClient,
      etagCache,
      clock,
      loaded,
      logger: actionsLogger,
      outDir: outputDirectory(inputs),
      actionRepo: inputs.repository,
      headSha: inputs.sha,
      runUrl: runUrlOf(inputs),
      // A fork's pull request has a read-only token: report through the summary and exit code.
      readOnly: inputs.mode === 'validate' && inputs.pullRequest?.fromFork === true,
    };
    for (const error of loaded.errors) {
      core.error(`${error.message} — ${error.fix}`, {
        file: error.path,
        startLine: error.line,
        startColumn: error.column,
        title: 'policy-invalid',
      });
    }

    if (loaded.errors.length > 0 && inputs.mode !== 'validate') {
      // A broken policy must not close issues or report "clean": report the errors, write
      // nothing to GitHub, fail.
      const published = await publish(
        { ...ctx, readOnly: true },
        { findings: policyInvalidFindings(loaded.policy, loaded.errors), exempted: [], gaps: [] },
        null,
        startedAt,
      );
      setOutputs(published);
      core.setFailed(
        `The policy in ${inputs.policyPath} has ${loaded.errors.length} error(s); nothing was audited or posted. Fix the files and run again.`,
      );
      return;
    }

    const unreachable = await unreachableReason(inputs.apiUrl);
    if (unreachable) {
      // Fail fast: nothing can be read or posted. The report still says what was (not) covered.
      const published = await publish({ ...ctx, readOnly: true }, unreachableOutcome(ctx, unreachable), null, startedAt);
      setOutputs(published);
      core.setFailed(`GitHub could not be reached: ${unreachable}. Nothing was read from or posted to the organization.`);
      return;
    }

    const limits = await readRateLimits(client).catch(() => null);
    if (limits) core.info(`Rate limit at start: ${describeRateLimits(limits)}`);

    let started: CheckRunHandle | null = null;
    if (inputs.reporters.has('check-run') && !inputs.dryRun && !ctx.readOnly && ctx.headSha) {
      started = await startCheckRun(repoClient, ctx.actionRepo, { name: CHECK_RUN_NAME, headSha: ctx.headSha }).catch(
        (error: unknown) => {
          // The audit matters more than its progress indicator: complete it later, or fall back.
          core.warning(`Could not start the check run: ${error instanceof Error ? error.message : String(error)}`);
          return null;
        },
      );
    }

    const outcome = await MODES[inputs.mode](ctx);
    const published = await publish(ctx, outcome, started, startedAt);
    setOutputs(published);

    const after = await readRateLimits(client).catch(() => null);
    if (after) core.info(`Rate limit at end: ${describeRateLimits(after)}`);
    core.info(
      `${published.report.findings.length} findings (${published.conclusion}); ${client.stats.restRequests} REST ` +
        `(${client.stats.notModified} not modified) and ${client.stats.graphqlRequests} GraphQL requests, cost ${client.stats.graphqlCost}.`,
    );
    const failed = (outcome.failures ?? []).map((entry) => `${entry.subject}: ${entry.reason}`);
    for (const problem of failed) core.error(problem);
    const failure = failureMessage(published.report.findings, published);
    if (failed.length > 0) {
      core.setFailed(`${failed.length} subject(s) could not be processed: ${failed.join('; ')}`);
    } else if (published.publishErrors.length > 0) {
      core.setFailed(`Results could not all be posted: ${published.publishErrors.join('; ')}`);
    } else if (failure) {
      core.setFailed(failure);
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
