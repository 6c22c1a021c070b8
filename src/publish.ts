// The one place that writes: the JSON report (always), SARIF, the job summary, the check run,
// issues and the audit history, then the step's outputs. Each reporter's plan is built first;
// a dry run writes the plans into the report and applies nothing — the dry-run branch is here
// and nowhere else.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from './model.js';
import type { ModeOutcome } from './modes/outcome.js';
import { locationOf, type PolicyError } from './policy/index.js';
import { annotationAt, applyCheckRun, planCheckRun, type CheckRunHandle } from './reporters/check-run.js';
import { applyIssuePlan, listManagedIssues, planIssueSync, type IssuePlan } from './reporters/issue-sync.js';
import { buildReport, conclusionFor, writeJsonReport, type Conclusion, type Report } from './reporters/report.js';
import { describeError } from './reporters/request-error.js';
import { writeSarif } from './reporters/sarif.js';
import { renderSummary } from './reporters/summary.js';
import { isHistoryGap } from './rules/audit-coverage-gap.js';
import { diffRuns, nextState } from './state/history.js';
import type { RunContext } from './run-context.js';

export const CHECK_RUN_NAME = 'Offboarding Sentinel';

export interface Published {
  report: Report;
  reportPath: string;
  sarifPath: string | null;
  conclusion: Conclusion;
  /** Writes that failed (the step fails after everything else was done). */
  publishErrors: string[];
}

/** The loader's errors in the report's shape (file:line:column kept for annotations). */
export function reportPolicyErrors(errors: readonly PolicyError[]): Report['policy']['errors'] {
  return errors.map((error) => ({ message: `${error.message} — ${error.fix}`, location: locationOf(error) }));
}

async function planIssues(ctx: RunContext, outcome: ModeOutcome, report: Report): Promise<IssuePlan | null> {
  if (!outcome.issues || !ctx.inputs.reporters.has('issues')) return null;
  const { keyPrefix, label, keepOpen } = outcome.issues;
  const managed = outcome.issues.existing ?? (await listManagedIssues(ctx.client, ctx.actionRepo, label));
  const existing = managed.filter((issue) => issue.key.startsWith(keyPrefix));
  // "Could not read" is not "fixed": an issue is closed for being absent only when what it
  // listed was readable this time (per issue with history, else only with no gap at all).
  const readable = keepOpen !== undefined || outcome.gaps.every(isHistoryGap);
  const plan = planIssueSync(existing, outcome.issues.desired(report), {
    closeMissing: outcome.issues.closeMissing && readable,
    managedLabel: label,
  });
  if (keepOpen) {
    plan.actions = plan.actions.filter(
      (action) => !(action.kind === 'close' && action.reason !== 'duplicate' && keepOpen.has(action.key)),
    );
  }
  return plan;
}

export async function publish(
  ctx: RunContext,
  outcome: ModeOutcome,
  started: CheckRunHandle | null,
  startedAt: number,
): Promise<Published> {
  const { inputs, clock, client } = ctx;
  const previous = outcome.history?.previous ?? null;
  // Without a stored run nothing is "new": the first audit says so instead of calling all new.
  const diff = outcome.history && previous ? diffRuns(previous, outcome.findings, outcome.gaps) : null;
  const policyErrors = reportPolicyErrors(ctx.loaded.errors);

  const buildWith = (plans?: Report['plans']) =>
    buildReport({
      organization: inputs.organization,
      mode: inputs.mode,
      generatedAt: clock.now().toISOString(),
      findings: outcome.findings,
      gaps: outcome.gaps,
      ...(outcome.freshness ? { freshness: outcome.freshness } : {}),
      exempted: outcome.exempted,
      changes: diff
        ? { new: diff.new.map((f) => f.fingerprint), resolved: diff.resolved.map((r) => r.fingerprint) }
        : null,
      offboarding: outcome.offboarding ?? [],
      policy: { sources: ctx.loaded.policy.sources, errors: policyErrors },
      dryRun: inputs.dryRun,
      ...(outcome.policyDiff !== undefined ? { policyDiff: outcome.policyDiff } : {}),
      stats: {
        restRequests: client.stats.restRequests,
        graphqlRequests: client.stats.graphqlRequests,
        graphqlCost: client.stats.graphqlCost,
        durationMs: Date.now() - startedAt,
      },
      ...(plans ? { plans } : {}),
    });

  let report = buildWith();
  const conclusion = conclusionFor(report.findings, inputs.failOn);
  const wantsCheckRun = inputs.reporters.has('check-run');
  const checkRunPlan = wantsCheckRun
    ? planCheckRun({
        name: CHECK_RUN_NAME,
        headSha: ctx.headSha,
        report,
        failOn: inputs.failOn,
        previous,
        annotations: (outcome.warnings ?? []).map((warning) =>
          annotationAt(locationOf(warning), 'warning', `${warning.message} — ${warning.fix}`, 'policy warning'),
        ),
        ...(outcome.extraMarkdown ? { preface: outcome.extraMarkdown } : {}),
      })
    : null;
  for (const warning of outcome.warnings ?? []) {
    core.warning(`${warning.message} — ${warning.fix}`, { file: warning.path, startLine: warning.line, startColumn: warning.column });
  }
  // One reporter failing (a rate limit, a permission) must not lose the others: it is
  // reported, the rest still runs, and the step fails at the end with what went wrong.
  const publishErrors: string[] = [];
  const attempt = async <T>(what: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (error) {
      const message = `${what} failed: ${describeError(error)}`;
      core.warning(message);
      publishErrors.push(message);
      return null;
    }
  };

  // Reading the existing issues is not a write: a dry run shows the real plan.
  const issuePlan = ctx.readOnly ? null : await attempt('Reading the managed issues', () => planIssues(ctx, outcome, report));

  if (inputs.dryRun || ctx.readOnly) {
    const plans: Report['plans'] = { ...(outcome.plans ?? {}) };
    if (checkRunPlan) plans.checkRun = checkRunPlan;
    if (issuePlan) plans.issues = issuePlan;
    report = buildWith(plans);
  } else if (outcome.plans) {
    report = buildWith(outcome.plans);
  }

  const reportPath = await writeJsonReport(report, ctx.outDir);
  const sarifPath = inputs.reporters.has('sarif') ? await writeSarif(report, ctx.outDir) : null;

  let summaryFallback = false;
  if (!inputs.dryRun && !ctx.readOnly) {
    if (checkRunPlan) {
      await attempt('The check run', async () => {
        const result = await applyCheckRun(client, ctx.actionRepo, checkRunPlan, started ?? undefined);
        if ('skipped' in result) summaryFallback = true;
      });
      if (publishErrors.length > 0) summaryFallback = true;
    }
    if (issuePlan) {
      await attempt('Updating the issues', async () => {
        const applied = await applyIssuePlan(client, ctx.actionRepo, issuePlan);
        ctx.logger.info(
          `Issues: ${applied.created.length} opened, ${applied.updated.length} updated, ${applied.reopened.length} reopened, ` +
            `${applied.closed.length} closed, ${issuePlan.unchanged.length} unchanged.`,
        );
      });
    }
    if (outcome.history) {
      const history = outcome.history;
      await attempt('Storing the audit history', () =>
        history.store.write(
          nextState(previous, outcome.findings, clock.now().toISOString(), { ...history.run, gaps: outcome.gaps }),
        ),
      );
    }
  } else if (wantsCheckRun) {
    summaryFallback = true;
  }

  if (inputs.reporters.has('summary') || summaryFallback) {
    const rendered = renderSummary(report, previous);
    const markdown = outcome.extraMarkdown ? `${rendered}\n${outcome.extraMarkdown}\n` : rendered;
    // Also a file beside the report, so a local run (no GITHUB_STEP_SUMMARY) keeps it too.
    await writeFile(join(ctx.outDir, 'summary.md'), markdown);
    if (process.env.GITHUB_STEP_SUMMARY) {
      await attempt('Writing the job summary', async () => {
        await core.summary.addRaw(markdown).write();
      });
    }
  }
  if (inputs.dryRun) await writePlan(ctx.outDir, report);
  return { report, reportPath, sarifPath, conclusion, publishErrors };
}

async function writePlan(dir: string, report: Report): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'plan.json'), `${JSON.stringify(report.plans ?? {}, null, 2)}\n`);
  core.info(`Dry run: nothing was posted; the planned writes are in ${join(dir, 'plan.json')}.`);
}

export function setOutputs(published: Published): void {
  core.setOutput('findings', String(published.report.findings.length));
  core.setOutput('report-path', published.reportPath);
  if (published.sarifPath) core.setOutput('sarif-path', published.sarifPath);
  core.setOutput('conclusion', published.conclusion);
}

/** Findings at or above `fail-on` fail the step, with the count in the message. */
export function failureMessage(findings: readonly Finding[], published: Published): string | null {
  if (published.conclusion !== 'failure') return null;
  return `${findings.length} finding${findings.length === 1 ? '' : 's'}; the run fails at the configured fail-on severity. See ${published.reportPath}.`;
}
