// The pipeline: inputs and policy from the host, then every mode the same way —
//   gather   (src/gather/, src/collectors/): every read of GitHub;
//   evaluate (src/evaluate/, src/rules/): pure — rules, exemptions, verification, history diff;
//   plan     (src/plan/): pure — what each reporter would write;
//   apply    (src/apply/): every write, including remediation.
// A dry run (or a read-only token, or a broken policy) gets no GitHub writer: it stops before
// the writes of the apply stage, and that is decided here, once.
import { POLICY_FILES_ONLY } from '../evaluate/validate.js';
import { createClient } from '../github/client.js';
import { unreachableReason } from '../github/reachability.js';
import { EtagCache } from '../github/etag-cache.js';
import { githubWriter } from '../apply/github-writer.js';
import { applyPublishPlan, failureMessage, setOutputs } from '../apply/publish.js';
import { logRateLimits } from '../gather/rate-limits.js';
import type { Host } from '../host/port.js';
import { emptyEvaluation, type Evaluation } from '../modes/mode.js';
import { MODE_DEFINITIONS } from '../modes/index.js';
import { loadPolicy, type LoadedPolicy } from '../policy/index.js';
import { planPublish, policyAnnotation } from '../plan/publish-plan.js';
import { policyInvalidFindings } from '../rules/policy-invalid.js';
import { outputDirectory, runUrlOf, type RunContext } from '../run-context.js';
import { stoppedReport, writeStoppedReport, type StoppedRun } from '../apply/stopped-report.js';
import { InputError, type Inputs } from '../inputs.js';
import type { Report, RunStop } from '../reporters/report.js';
import { noTokenClient } from './no-token-client.js';
import { watchStopSignals } from './stop-signals.js';

/**
 * GitHub cannot be reached at all: `validate` still reports the policy files' own errors (they
 * need no network); the organization is one gap — never "complete".
 */
function unreachableEvaluation(ctx: RunContext, reason: string): Evaluation {
  const validate = ctx.inputs.mode === 'validate';
  return {
    ...emptyEvaluation(),
    findings: validate ? policyInvalidFindings(ctx.loaded.policy, ctx.loaded.errors) : [],
    exempted: [],
    gaps: [{ resource: `org:${ctx.inputs.organization}`, reason: `GitHub cannot be reached: ${reason}` }],
    scope: validate ? POLICY_FILES_ONLY : null,
  };
}

/**
 * A policy that does not load must not close issues or report "clean": its errors are the
 * findings, and the organization, which was not read, is one gap — never "complete".
 */
function brokenPolicyEvaluation(loaded: LoadedPolicy, organization: string): Evaluation {
  const errors = `${loaded.errors.length} error${loaded.errors.length === 1 ? '' : 's'}`;
  return {
    ...emptyEvaluation(),
    findings: policyInvalidFindings(loaded.policy, loaded.errors),
    exempted: [],
    gaps: [{ resource: `org:${organization}`, reason: `not read: the policy has ${errors}` }],
  };
}

/** Where a stopped run's report goes: from the inputs once parsed, else from the host's raw view. */
function stopTarget(host: Host, inputs: Inputs | null): Omit<StoppedRun, 'generatedAt' | 'durationMs' | 'stop'> | null {
  if (inputs) return { outDir: host.outputDirectory?.(inputs) ?? outputDirectory(inputs), organization: inputs.organization, mode: inputs.mode };
  return host.stoppedRunTarget?.() ?? null;
}

function stoppedOutputs(host: Host, reportPath: string): void {
  host.setOutput('findings', '0');
  host.setOutput('report-path', reportPath);
  host.setOutput('conclusion', 'failure');
}

export async function runPipeline(host: Host): Promise<void> {
  const startedAt = Date.now();
  let parsedInputs: Inputs | null = null;
  // Once the real report is written, a stop leaves it as it is.
  let reportWritten = false;
  // The report of what was finished so far (offboard publishes after each person).
  let progressReport: { report: Report; outDir: string } | null = null;
  const stopped = (stop: RunStop): StoppedRun | null => {
    const target = reportWritten ? null : stopTarget(host, parsedInputs);
    return target ? { ...target, generatedAt: new Date().toISOString(), durationMs: Date.now() - startedAt, stop } : null;
  };
  const unwatch = watchStopSignals(
    () => {
      if (reportWritten) return null;
      const cancelled = { kind: 'cancelled' as const, message: 'the job was cancelled or timed out' };
      // What was finished is reported as it was published; what was not is not claimed.
      if (progressReport) {
        const done = progressReport.report.offboarding.length + progressReport.report.failures.length;
        const message = `${cancelled.message} after ${done} subject(s); subjects not listed here were not processed`;
        return { ...progressReport, report: { ...progressReport.report, stopped: { kind: 'cancelled', message } } };
      }
      const run = stopped({ ...cancelled, message: `${cancelled.message}; the run stopped before publishing` });
      return run ? { report: stoppedReport(run), outDir: run.outDir } : null;
    },
    (path, signal) => {
      // @actions/core writes outputs synchronously: they are there before the process exits.
      if (path) stoppedOutputs(host, path);
      host.fail(`Stopped by ${signal}${path ? `; the report of what was done is ${path}` : ''}.`);
    },
  );
  try {
    const inputs = host.readInputs();
    parsedInputs = inputs;
    if (inputs.token) host.maskSecret(inputs.token);
    if (inputs.githubToken) host.maskSecret(inputs.githubToken);
    // Without a token (the command line's merge of report files) nothing is read on GitHub: no
    // reachability probe, no rate limit (none is pretended), no writer.
    const readsGitHub = inputs.token !== null;
    const clock = host.readClock();
    const mode = MODE_DEFINITIONS[inputs.mode];
    const etagCache = new EtagCache();
    const clientFor = (token: string) =>
      createClient({
        token,
        apiUrl: inputs.apiUrl,
        graphqlUrl: inputs.graphqlUrl,
        etagCache,
        logger: host.logger,
        ...(host.observeResponse ? { onResponse: host.observeResponse } : {}),
        ...(host.contentCreationIntervalMs !== undefined ? { contentCreationIntervalMs: host.contentCreationIntervalMs } : {}),
      });
    const client = readsGitHub && inputs.token !== null ? clientFor(inputs.token) : noTokenClient();
    // The repository that runs the action is written with `github-token` (the job's GITHUB_TOKEN by default).
    const repoClient =
      inputs.githubToken === null || inputs.githubToken === inputs.token ? client : clientFor(inputs.githubToken);
    const outDir = host.outputDirectory?.(inputs) ?? outputDirectory(inputs);
    const loaded = await loadPolicy({ workspace: inputs.workspace, policyPath: inputs.policyPath });
    const ctx: RunContext = {
      inputs,
      client,
      repoClient,
      etagCache,
      clock,
      loaded,
      logger: host.logger,
      store: host.stateStore({
        client: repoClient,
        repository: inputs.repository,
        branch: inputs.stateBranch,
        organization: inputs.organization,
        // An unreadable stored state is never written over: this run's state is kept beside the report.
        keepDir: outDir,
        warn: (message) => host.logger.warning(message),
      }),
      outDir,
      actionRepo: inputs.repository,
      headSha: inputs.sha,
      runUrl: runUrlOf(inputs),
      readOnly: mode.readOnly(inputs),
    };
    for (const error of loaded.errors) host.annotate(policyAnnotation('error', error, 'policy-invalid'));
    const brokenPolicy = loaded.errors.length > 0 && !mode.reportsPolicyErrors;

    // The one dry-run decision: without a writer, nothing reaches GitHub.
    const unreachable = brokenPolicy || !readsGitHub ? null : await unreachableReason(inputs.apiUrl);
    const writer = inputs.dryRun || ctx.readOnly || brokenPolicy || unreachable || !readsGitHub ? null : githubWriter(ctx);

    const publish = async (
      evaluation: Evaluation,
      started: Awaited<ReturnType<NonNullable<typeof writer>['startCheckRun']>>,
      progress = false,
    ) => {
      const plan = planPublish({
        inputs,
        loaded,
        evaluation,
        headSha: ctx.headSha,
        now: clock.now(),
        stats: {
          restRequests: client.stats.restRequests,
          graphqlRequests: client.stats.graphqlRequests,
          graphqlCost: client.stats.graphqlCost,
          durationMs: Date.now() - startedAt,
        },
        writes: writer !== null,
        stateStatus: evaluation.history ? ctx.store.status() : null,
      });
      const result = await applyPublishPlan(ctx, host, plan, writer, started, progress);
      if (progress) {
        progressReport = { report: { ...result.report, coverage: { ...result.report.coverage, complete: false } }, outDir: ctx.outDir };
        return result;
      }
      reportWritten = true;
      setOutputs(host, result);
      return result;
    };

    if (brokenPolicy) {
      await publish(brokenPolicyEvaluation(loaded, inputs.organization), null);
      host.fail(
        `The policy in ${inputs.policyPath} has ${loaded.errors.length} error(s); nothing was audited or posted. Fix the files and run again.`,
      );
      return;
    }

    if (unreachable) {
      // Fail fast: nothing can be read or posted (no retries and back-off per request). The
      // report still says what was not covered.
      await publish(unreachableEvaluation(ctx, unreachable), null);
      host.fail(`GitHub could not be reached: ${unreachable}. Nothing was read from or posted to the organization.`);
      return;
    }

    if (readsGitHub) await logRateLimits(client, host.logger, 'start');
    const started = writer ? await writer.startCheckRun() : null;
    const evaluation = await mode.run(ctx, writer, async (sofar) => {
      await publish(sofar, started, true);
    });
    const published = await publish(evaluation, started);
    if (readsGitHub) await logRateLimits(client, host.logger, 'end');
    host.logger.info(
      `${published.report.findings.length} findings (${published.conclusion}); ${client.stats.restRequests} REST ` +
        `(${client.stats.notModified} not modified) and ${client.stats.graphqlRequests} GraphQL requests, cost ${client.stats.graphqlCost}.`,
    );
    const failed = evaluation.failures.map((entry) => `${entry.subject}: ${entry.reason}`);
    for (const problem of failed) host.logger.error(problem);
    const failure = failureMessage(published);
    if (failed.length > 0) {
      host.fail(`${failed.length} subject(s) could not be processed: ${failed.join('; ')}`);
    } else if (published.publishErrors.length > 0) {
      host.fail(`Results could not all be posted: ${published.publishErrors.join('; ')}`);
    } else if (failure) {
      host.fail(failure);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // `report-path` is always written: a refused input or a failure leaves a report that says so.
    const run = stopped({ kind: error instanceof InputError ? 'input' : 'error', message });
    if (run) {
      try {
        stoppedOutputs(host, await writeStoppedReport(run));
      } catch (writeError) {
        host.logger.warning(`Could not write the report: ${writeError instanceof Error ? writeError.message : String(writeError)}`);
      }
    }
    host.fail(message);
  } finally {
    unwatch();
  }
}
