// What a mode hands to the publishing step: the findings and everything the reporters need.
import type { CoverageGap, ExemptedFinding, Finding, PartFreshness } from '../model.js';
import type { PolicyError } from '../policy/index.js';
import type { DesiredIssue, ManagedIssue } from '../reporters/issue-sync.js';
import type { Report } from '../reporters/report.js';
import type { RunSummary } from '../state/history.js';
import type { RunState, StateStore } from '../state/types.js';

export interface IssueSet {
  /** The label every issue of this set carries (found by it on the next run). */
  label: string;
  /** Only managed issues whose key starts with this belong to the set. */
  keyPrefix: string;
  /** The managed issues, when the mode already listed them; otherwise publishing lists them. */
  existing?: ManagedIssue[];
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

export interface ModeOutcome {
  /** After exemptions. */
  findings: Finding[];
  exempted: ExemptedFinding[];
  gaps: CoverageGap[];
  /** How fresh each per-repository part is (partial reads under the budget). */
  freshness?: PartFreshness[];
  /** Per-subject offboarding results (JSON report `offboarding`). */
  offboarding?: unknown[];
  /** Issues this mode keeps in step (audit findings issues, offboarding tracking issues). */
  issues?: IssueSet;
  /** Extra Markdown of our own (already escaped) for the summary and the check run text. */
  extraMarkdown?: string;
  /** Audit history: stored after publishing, never on a dry run. */
  history?: { store: StateStore; previous: RunState | null; run: RunSummary };
  /** Policy problems that do not fail the run: annotated as warnings at their file and line. */
  warnings?: PolicyError[];
  /** `validate`: the difference the policy change makes (JSON report `policyDiff`). */
  policyDiff?: unknown;
  /** Problems that fail the step although the run went on (an e-mail that matches no one). */
  failures?: string[];
  /** Writes a mode planned but did not make (dry run, or remediation without opt-in). */
  plans?: Record<string, unknown>;
}
