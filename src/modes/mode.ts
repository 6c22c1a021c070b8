// What a mode is: a description of what it gathers (reads of GitHub) and how it evaluates
// them (pure), and the typed section of the report it fills. The pipeline (src/pipeline/run.ts)
// runs every mode the same way: gather → evaluate → plan → apply.
import type { CoverageGap, ExemptedFinding, Finding, Mode, PartFreshness } from '../model.js';
import type { Inputs } from '../inputs.js';
import type { RemediationAction, RemediationResult } from '../offboarding/remediation.js';
import type { PolicyError } from '../policy/index.js';
import type { DesiredIssue, ManagedIssue } from '../reporters/issue-sync.js';
import type { InsufficientHistory, Report, ReportSections, SubjectFailure } from '../reporters/report.js';
import type { RunSummary } from '../state/history.js';
import type { RunState } from '../state/types.js';
import type { RunContext } from '../run-context.js';

/** The issues a mode keeps in step with its findings (audit issues, tracking issues). */
export interface IssueIntent {
  /** The label every issue of this set carries (found by it on the next run). */
  label: string;
  /** Only managed issues whose key starts with one of these belong to the set (one per organization of the run). */
  keyPrefixes: readonly string[];
  /** The managed issues as gathered; an error message when they could not be listed (nothing is written then). */
  existing: ManagedIssue[] | { error: string };
  /** Built from the final report, whose `changes` the comments mention. */
  desired(report: Report): DesiredIssue[];
  /** Close managed issues of this label that are not desired any more. */
  closeMissing: boolean;
  /**
   * Keys that must stay open even if not desired: their findings sat on resources that could not
   * be read this time. When absent, any collection gap keeps every issue open.
   */
  keepOpen?: ReadonlySet<string>;
}

/** Revocations one person's verification calls for, applied only with the policy's opt-in. */
export interface RemediationBatch {
  /** The person (login, lower case) the actions are for. */
  subject: string;
  actions: RemediationAction[];
  /** Actions the safety rules held back: recorded with the results, never sent. */
  refused: RemediationResult[];
}

/** What evaluating a mode's gathered data gives: the findings and what the reporters need. */
export interface Evaluation<Section extends Partial<ReportSections> = Partial<ReportSections>> {
  /** After exemptions. */
  findings: Finding[];
  exempted: ExemptedFinding[];
  gaps: CoverageGap[];
  /** How fresh each per-repository part is (audit: partial reads and audit-log deltas). */
  freshness?: PartFreshness[];
  /** The mode's own part of the report. */
  section: Section;
  /** Policy problems that do not fail the run: annotated as warnings at their file and line. */
  warnings: PolicyError[];
  /** Subjects that could not be resolved or checked: each fails the run (JSON report `failures`). */
  failures: SubjectFailure[];
  /** What rules could not judge for lack of stored history (JSON report `history.insufficient`). */
  insufficient: InsufficientHistory[];
  /** What was in scope, when not the organization (a `validate` run without a pull request). */
  scope: string | null;
  issues: IssueIntent | null;
  /** The audit history to extend: stored after publishing, never on a dry run. */
  history: { previous: RunState | null; run: RunSummary } | null;
  /** Markdown of our own (already escaped) for the summary and the check run text. */
  preface: string | null;
  /** Revocations the policy opted into; the apply stage makes them unless this is a dry run. */
  remediation: RemediationBatch[];
  /** Revocations planned but not made (no opt-in, or a dry run): the report's `plans.remediation`. */
  plannedRemediation: RemediationAction[];
}

/** What the remediation step made, per person (lower-case login). */
export type AppliedRemediation = ReadonlyMap<string, RemediationResult[]>;

export interface ModeDefinition<Gathered, Section extends Partial<ReportSections>> {
  name: Mode;
  /** The mode reports a broken policy itself (validate); any other mode stops before gathering. */
  reportsPolicyErrors: boolean;
  /** The token cannot write (a fork's pull request): report through the summary and exit code. */
  readOnly(inputs: Inputs): boolean;
  /** Every read of GitHub the mode needs. */
  gather(ctx: RunContext): Promise<Gathered>;
  /** Pure: the gathered data, the policy and the clock in, the evaluation out. */
  evaluate(gathered: Gathered, ctx: RunContext): Evaluation<Section>;
  /** After revocations were made: read again what they touched, so the report describes GitHub, not the plan. */
  regather?(gathered: Gathered, applied: AppliedRemediation, ctx: RunContext): Promise<Gathered>;
  /**
   * Instead of `gather`, one step at a time (offboard: one person at a time): the reads before
   * any step, then the next step added to what was gathered, null when done. After each step the
   * evaluation so far is published, so a cancelled run leaves what it finished.
   */
  steps?: {
    start(ctx: RunContext): Promise<Gathered>;
    next(gathered: Gathered, ctx: RunContext): Promise<Gathered | null>;
  };
}

/** Called with the evaluation of everything gathered so far, after each step. */
export type ProgressListener = (evaluation: Evaluation) => Promise<void>;

/** The writes a mode may ask for between evaluating and reporting (only offboard's remediation). */
export interface RemediationWriter {
  remediate(batches: readonly RemediationBatch[]): Promise<Map<string, RemediationResult[]>>;
}

/** A mode with its gathered type erased, as the list of modes holds it. */
export interface RunnableMode {
  name: Mode;
  reportsPolicyErrors: boolean;
  readOnly(inputs: Inputs): boolean;
  /** Gather, evaluate, and — with a writer and an opt-in — remediate, gather again and evaluate again. */
  run(ctx: RunContext, writer: RemediationWriter | null, onProgress?: ProgressListener): Promise<Evaluation>;
}

export function defineMode<Gathered, Section extends Partial<ReportSections>>(
  mode: ModeDefinition<Gathered, Section>,
): RunnableMode {
  return {
    name: mode.name,
    reportsPolicyErrors: mode.reportsPolicyErrors,
    readOnly: (inputs) => mode.readOnly(inputs),
    run: async (ctx, writer, onProgress) => {
      const evaluateAndRemediate = async (from: Gathered) => {
        let gathered = from;
        let evaluation = mode.evaluate(gathered, ctx);
        if (writer && mode.regather && evaluation.remediation.length > 0) {
          const applied = await writer.remediate(evaluation.remediation);
          gathered = await mode.regather(gathered, applied, ctx);
          evaluation = mode.evaluate(gathered, ctx);
        }
        return { gathered, evaluation };
      };
      if (!mode.steps) return (await evaluateAndRemediate(await mode.gather(ctx))).evaluation;
      let current = await evaluateAndRemediate(await mode.steps.start(ctx));
      for (let next = await mode.steps.next(current.gathered, ctx); next; next = await mode.steps.next(current.gathered, ctx)) {
        current = await evaluateAndRemediate(next);
        await onProgress?.(current.evaluation);
      }
      return current.evaluation;
    },
  };
}

/** An evaluation with nothing mode-specific: the fields a mode does not fill. */
export function emptyEvaluation(): Omit<Evaluation<Record<never, never>>, 'findings' | 'exempted' | 'gaps'> {
  return { section: {}, warnings: [], failures: [], insufficient: [], scope: null, issues: null, history: null, preface: null, remediation: [], plannedRemediation: [] };
}
