// Planning every write from the evaluation, without making any: the JSON report, the check run,
// the issues, the next history state and the summary. Pure; the apply stage makes the writes,
// and a dry run (or a read-only token) records these plans in the report instead.
import type { Annotation } from '../host/port.js';
import type { Inputs } from '../inputs.js';
import type { Evaluation } from '../modes/mode.js';
import { fixedClock } from '../model.js';
import { expiringExemptions, locationOf, reportedPolicyError, type LoadedPolicy, type PolicyError } from '../policy/index.js';
import { annotationAt, planCheckRun, type CheckRunPlan } from '../reporters/check-run.js';
import { planIssueSync, type IssuePlan } from '../reporters/issue-sync.js';
import { buildReport, reportConclusion, type Conclusion, type Report, type ReportPlans, type ReportStats } from '../reporters/report.js';
import { renderSummary } from '../reporters/summary.js';
import { diffRuns, nextState } from '../state/history.js';
import type { RunState, StoreStatus } from '../state/types.js';

export const CHECK_RUN_NAME = 'Offboarding Sentinel';

export interface PlanInput {
  inputs: Inputs;
  loaded: LoadedPolicy;
  evaluation: Evaluation;
  headSha: string;
  now: Date;
  stats: ReportStats;
  /** False on a dry run and with a read-only token: the plans go into the report instead. */
  writes: boolean;
  /** How the stored state was read (absent, read, unreadable), for modes that keep history. */
  stateStatus: StoreStatus | null;
}

export interface PublishPlan {
  report: Report;
  conclusion: Conclusion;
  checkRun: CheckRunPlan | null;
  issues: IssuePlan | null;
  /** Why the issues could not be planned (their listing failed). */
  issuesError: string | null;
  /** The history to store; null when the mode keeps none. */
  history: RunState | null;
  /** The last stored run, for the summary's trend and "resolved". */
  previous: RunState | null;
  summary: string;
  /** The policy's warnings at their file and line, for the host to show. */
  annotations: Annotation[];
}

/** A policy error or warning where the host shows it, at its file, line and column. */
export function policyAnnotation(level: Annotation['level'], problem: PolicyError, title?: string): Annotation {
  return {
    level,
    message: `${problem.message} — ${problem.fix}`,
    file: problem.path,
    line: problem.line,
    column: problem.column,
    ...(title ? { title } : {}),
  };
}

/** The loader's errors in the report's shape (file:line:column kept for annotations). */
function planIssues(evaluation: Evaluation, report: Report, inputs: Inputs): IssuePlan | null {
  const intent = evaluation.issues;
  if (!intent || !inputs.reporters.has('issues') || 'error' in intent.existing) return null;
  const { keyPrefixes, label, keepOpen } = intent;
  const existing = intent.existing.filter((issue) => keyPrefixes.some((prefix) => issue.key.startsWith(prefix)));
  // "Could not read" is not "fixed": an issue is closed for being absent only when what it
  // listed was readable this time (per issue with history, else only with no gap at all).
  const readable = keepOpen !== undefined || evaluation.gaps.length === 0;
  const plan = planIssueSync(existing, intent.desired(report), {
    closeMissing: intent.closeMissing && readable,
    managedLabel: label,
  });
  if (keepOpen) {
    plan.actions = plan.actions.filter(
      (action) => !(action.kind === 'close' && action.reason !== 'duplicate' && keepOpen.has(action.key)),
    );
  }
  return plan;
}

export function planPublish(input: PlanInput): PublishPlan {
  const { inputs, loaded, evaluation } = input;
  const previous = evaluation.history?.previous ?? null;
  // Without a stored run nothing is "new": the first audit says so instead of calling all new.
  const diff = evaluation.history && previous ? diffRuns(previous, evaluation.findings, evaluation.gaps) : null;

  const buildWith = (plans?: ReportPlans) =>
    buildReport({
      organization: inputs.organization,
      mode: inputs.mode,
      generatedAt: input.now.toISOString(),
      findings: evaluation.findings,
      gaps: evaluation.gaps,
      ...(evaluation.freshness ? { freshness: evaluation.freshness } : {}),
      ...(evaluation.scope ? { scope: evaluation.scope } : {}),
      insufficient: evaluation.insufficient,
      ...(evaluation.history && input.stateStatus ? { state: input.stateStatus } : {}),
      failures: evaluation.failures,
      expiringExemptions: expiringExemptions(loaded.policy, fixedClock(input.now)),
      exempted: evaluation.exempted,
      changes: diff ? { new: diff.new.map((f) => f.fingerprint), resolved: diff.resolved.map((r) => r.fingerprint) } : null,
      ...evaluation.section,
      policy: { sources: loaded.policy.sources, errors: loaded.errors.map(reportedPolicyError) },
      dryRun: inputs.dryRun,
      stats: input.stats,
      ...(plans ? { plans } : {}),
    });

  const first = buildWith();
  const checkRun = inputs.reporters.has('check-run')
    ? planCheckRun({
        name: CHECK_RUN_NAME,
        headSha: input.headSha,
        report: first,
        failOn: inputs.failOn,
        previous,
        annotations: evaluation.warnings.map((warning) =>
          annotationAt(locationOf(warning), 'warning', `${warning.message} — ${warning.fix}`, 'policy warning'),
        ),
        ...(evaluation.preface ? { preface: evaluation.preface } : {}),
      })
    : null;
  const issues = planIssues(evaluation, first, inputs);
  const issuesError = evaluation.issues && 'error' in evaluation.issues.existing ? evaluation.issues.existing.error : null;

  const plans: ReportPlans = evaluation.plannedRemediation.length > 0 ? { remediation: evaluation.plannedRemediation } : {};
  if (!input.writes) {
    if (checkRun) plans.checkRun = checkRun;
    if (issues) plans.issues = issues;
  }
  const report = input.writes && Object.keys(plans).length === 0 ? first : buildWith(plans);
  const rendered = renderSummary(report, previous);
  return {
    report,
    conclusion: reportConclusion(report, inputs.failOn),
    checkRun,
    issues,
    issuesError,
    history: evaluation.history
      ? nextState(previous, evaluation.findings, input.now.toISOString(), { ...evaluation.history.run, gaps: evaluation.gaps })
      : null,
    previous,
    summary: evaluation.preface ? `${rendered}\n${evaluation.preface}\n` : rendered,
    annotations: evaluation.warnings.map((warning) => policyAnnotation('warning', warning)),
  };
}
