// Applying the plan: the JSON report and SARIF (always files), the GitHub writes (only with a
// writer), the summary (through the host, and a file beside the report), the dry run's plan
// file. One write failing (a rate limit, a permission) must not lose the others: it is
// reported, the rest still runs, and the step fails at the end with what went wrong.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Host } from '../host/port.js';
import type { PublishPlan } from '../plan/publish-plan.js';
import type { CheckRunHandle } from '../reporters/check-run.js';
import { writeJsonReport, type Conclusion, type Report } from '../reporters/report.js';
import { describeError } from '../reporters/request-error.js';
import { writeJsonl } from '../reporters/jsonl.js';
import { writeOcsf } from '../reporters/ocsf.js';
import { writeSarif } from '../reporters/sarif.js';
import type { RunContext } from '../run-context.js';
import type { GitHubWriter } from './github-writer.js';
import { describeCheckRunPlan, describeIssuePlan, PLAN_FILE } from '../reporters/dry-run.js';
import { plainText } from '../reporters/text.js';

export interface Published {
  report: Report;
  reportPath: string;
  sarifPath: string | null;
  /** `report: jsonl` and `report: ocsf`: one line per finding (and gap) for a SIEM. */
  jsonlPath: string | null;
  ocsfPath: string | null;
  conclusion: Conclusion;
  /** Writes that failed (the step fails after everything else was done). */
  publishErrors: string[];
}

export async function applyPublishPlan(
  ctx: RunContext,
  host: Host,
  plan: PublishPlan,
  writer: GitHubWriter | null,
  started: CheckRunHandle | null,
  /**
   * Progress while the run goes on (offboard, after each person): the report, the summary file and
   * the issues only — the check run, the history, the job summary and the annotations wait for the end.
   */
  progress = false,
): Promise<Published> {
  const { inputs, logger } = ctx;
  const publishErrors: string[] = [];
  const fail = (what: string, error: string) => {
    const message = `${what} failed: ${error}`;
    logger.warning(message);
    publishErrors.push(message);
  };
  const attempt = async <T>(what: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (error) {
      fail(what, describeError(error));
      return null;
    }
  };
  if (!progress) for (const annotation of plan.annotations) host.annotate(annotation);
  if (plan.issuesError) fail('Reading the managed issues', plan.issuesError);

  const { report } = plan;
  const reportPath = await writeJsonReport(report, ctx.outDir);
  const sarifPath = inputs.reporters.has('sarif') ? await writeSarif(report, ctx.outDir) : null;
  const jsonlPath = inputs.reporters.has('jsonl') ? await writeJsonl(report, ctx.outDir) : null;
  const ocsfPath = inputs.reporters.has('ocsf') ? await writeOcsf(report, ctx.outDir) : null;

  let summaryFallback = false;
  if (writer) {
    const checkRun = progress ? null : plan.checkRun;
    if (checkRun) {
      await attempt('The check run', async () => {
        if ((await writer.completeCheckRun(checkRun, started)).skipped) summaryFallback = true;
      });
      if (publishErrors.length > 0) summaryFallback = true;
    }
    const issues = plan.issues;
    if (issues) {
      await attempt('Updating the issues', async () => {
        const applied = await writer.syncIssues(issues);
        logger.info(
          `Issues: ${applied.created.length} opened, ${applied.updated.length} updated, ${applied.reopened.length} reopened, ` +
            `${applied.closed.length} closed, ${issues.unchanged.length} unchanged.`,
        );
      });
    }
    const history = progress ? null : plan.history;
    if (history) await attempt('Storing the audit history', () => writer.storeHistory(history));
  } else {
    if (inputs.reporters.has('check-run')) summaryFallback = true;
    // A local history (the command line's folder) is not a write to GitHub: keep it on a dry run.
    const history = plan.history;
    if (history && ctx.store.local) await attempt('Storing the audit history', () => ctx.store.write(history));
  }
  if (progress) {
    await writeFile(join(ctx.outDir, 'summary.md'), plan.summary);
    return { report, reportPath, sarifPath, jsonlPath, ocsfPath, conclusion: plan.conclusion, publishErrors };
  }

  if (inputs.reporters.has('summary') || summaryFallback) {
    // Also a file beside the report, so a local run (no job summary) keeps it too.
    await writeFile(join(ctx.outDir, 'summary.md'), plan.summary);
    await attempt('Writing the job summary', () => host.writeSummary(plan.summary));
  }
  if (inputs.dryRun) await writePlanFile(ctx, report);
  return { report, reportPath, sarifPath, jsonlPath, ocsfPath, conclusion: plan.conclusion, publishErrors };
}

async function writePlanFile(ctx: RunContext, report: Report): Promise<void> {
  await mkdir(ctx.outDir, { recursive: true });
  await writeFile(join(ctx.outDir, PLAN_FILE), `${JSON.stringify(report.plans ?? {}, null, 2)}\n`);
  const { plans } = report;
  const lines = [
    ...(plans?.checkRun ? describeCheckRunPlan(plans.checkRun) : []),
    ...(plans?.issues ? describeIssuePlan(plans.issues) : []),
    ...(plans?.remediation ?? []).map((action) => `would ${action.type === 'manual' ? 'ask for' : 'make'}: ${plainText(action.description, 200)}`),
  ];
  for (const line of lines) ctx.logger.info(`[dry run] ${line}`);
  ctx.logger.info(`Dry run: nothing was posted; the planned writes are in ${join(ctx.outDir, PLAN_FILE)}.`);
}

export function setOutputs(host: Host, published: Published): void {
  host.setOutput('findings', String(published.report.findings.length));
  host.setOutput('report-path', published.reportPath);
  if (published.sarifPath) host.setOutput('sarif-path', published.sarifPath);
  if (published.jsonlPath) host.setOutput('jsonl-path', published.jsonlPath);
  if (published.ocsfPath) host.setOutput('ocsf-path', published.ocsfPath);
  host.setOutput('conclusion', published.conclusion);
}

/** Findings at or above `fail-on` fail the step, with the count in the message. */
export function failureMessage(published: Published): string | null {
  if (published.conclusion !== 'failure') return null;
  const count = published.report.findings.length;
  return `${count} finding${count === 1 ? '' : 's'}; the run fails at the configured fail-on severity. See ${published.reportPath}.`;
}
