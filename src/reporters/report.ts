// The contract's JSON report (report-path) and the one conclusion function that the check run,
// the `conclusion` output and the step outcome all share.
import type { AnomalyReport } from './anomaly-summary.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CoverageGap, ExemptedFinding, Finding, Mode, PartFreshness, Severity, SourceLocation } from '../model.js';
import { compareFindings, severityRank } from '../model.js';
import type { PolicyDiff } from '../evaluate/policy-diff.js';
import type { RemediationAction } from '../offboarding/remediation.js';
import type { SubjectResult } from '../offboarding/subject-result.js';
import type { OrganizationSection, ScopeTotal } from '../merge/organization-sections.js';
import type { CheckRunPlan } from './check-run.js';
import type { IssuePlan } from './issue-sync.js';

export type FailOn = Severity | 'none';
export type Conclusion = 'success' | 'neutral' | 'failure';

export interface ReportStats {
  restRequests: number;
  graphqlRequests: number;
  graphqlCost: number;
  durationMs: number;
}

/**
 * A policy file problem as the report carries it: the loader's PolicyError (policy/policy-error.ts)
 * with its message and fix joined, and its position as a location.
 */
export interface ReportedPolicyError {
  message: string;
  location?: SourceLocation;
}

/** A rule that could not judge yet for lack of stored history (not a coverage gap: nothing went unread). */
export interface InsufficientHistory {
  rule: string;
  reason: string;
}

/**
 * What became of the stored history: `read`, `absent` (a first run), or `unreadable` (the store
 * failed; the run's state is kept at `keptAt` and the stored file is not written over).
 */
export interface StateStatus {
  status: 'read' | 'absent' | 'unreadable';
  where: string;
  reason?: string;
  keptAt?: string;
}

/** A subject (a login or an e-mail) that could not be resolved or checked: the run failed for it. */
export interface SubjectFailure {
  subject: string;
  reason: string;
  /** Where to repair it (a damaged tracking issue), when there is a place. */
  link?: string;
}

/** An active exemption whose `expires` is within the policy's warning window. */
export interface ExpiringExemption {
  expires: string;
  daysLeft: number;
  scope: string;
  reason: string;
  location: SourceLocation;
}

/** The writes a dry run would have made (also recorded on real runs when the caller wants). */
export interface ReportPlans {
  checkRun?: CheckRunPlan;
  issues?: IssuePlan;
  /** Revocations planned but not made (no opt-in, or a dry run). */
  remediation?: RemediationAction[];
}

/** The parts of the report one mode fills: each mode's description says which it fills. */
export interface ReportSections {
  /** `offboard`: one result per person. */
  offboarding: SubjectResult[];
  /** `validate`: the findings the policy change adds, silences or re-grades. */
  policyDiff: PolicyDiff;
  /** `audit`: the anomaly baselines used and the findings suppressed by feedback. */
  anomaly: AnomalyReport;
  /** A run over several organizations (an enterprise audit, a merge): one section each and the total. */
  organizations: ScopeSection;
}

export interface ScopeSection {
  /** The enterprise slug, when the scope is an enterprise. */
  enterprise: string | null;
  sections: OrganizationSection[];
  total: ScopeTotal;
}

/**
 * `schemaVersion`, `organization`, `mode`, `generatedAt`, `findings`, `coverage` and `stats`
 * are the contract; the rest are additions (never renames).
 */
/** Why a run stopped before it finished: set only on such a run's report. */
export interface RunStop {
  /** `input`: refused inputs; `error`: an unexpected failure; `cancelled`: the job was cancelled or timed out. */
  kind: 'input' | 'error' | 'cancelled';
  message: string;
}

export interface Report {
  schemaVersion: 1;
  organization: string;
  mode: Mode;
  generatedAt: string;
  findings: Finding[];
  /**
   * `complete` exactly when `gaps` is empty and no subject failed. `scope` says what was in scope
   * when that is not the organization (a `validate` run without a pull request: the policy files).
   */
  coverage: { complete: boolean; gaps: CoverageGap[]; scope?: string; freshness?: PartFreshness[] };
  stats: ReportStats;
  /** What rules could not judge for lack of stored history, and what became of the stored state. */
  history: { insufficient: InsufficientHistory[]; state?: StateStatus };
  /** Subjects that could not be resolved or checked; each fails the run. */
  failures: SubjectFailure[];
  /** Active exemptions close to their expiry. */
  expiringExemptions: ExpiringExemption[];
  /** Findings an exemption covered, each with its reason and expiry. */
  exempted: ExemptedFinding[];
  /** Fingerprints new and resolved since the last stored run; null when there is no history. */
  changes: { new: string[]; resolved: string[] } | null;
  offboarding: SubjectResult[];
  policy: { sources: string[]; errors: ReportedPolicyError[] };
  dryRun: boolean;
  /** The planned writes; filled in dry runs. */
  plans?: ReportPlans;
  /** `validate` mode: the findings the policy change adds, silences or re-grades. */
  policyDiff?: PolicyDiff;
  anomaly?: AnomalyReport;
  /** Present only when the run stopped early: what stopped it. Nothing in this report is claimed beyond it. */
  stopped?: RunStop;
  /** Several organizations (an enterprise audit, a merge): a section per organization and the total. */
  organizations?: ScopeSection;
}

export interface ReportInput {
  organization: string;
  mode: Mode;
  generatedAt: string;
  findings: Finding[];
  gaps?: CoverageGap[];
  freshness?: PartFreshness[];
  scope?: string;
  stats?: Partial<ReportStats>;
  insufficient?: InsufficientHistory[];
  state?: StateStatus;
  failures?: SubjectFailure[];
  expiringExemptions?: ExpiringExemption[];
  exempted?: ExemptedFinding[];
  changes?: { new: string[]; resolved: string[] } | null;
  offboarding?: SubjectResult[];
  policy?: { sources: string[]; errors: ReportedPolicyError[] };
  dryRun?: boolean;
  plans?: ReportPlans;
  policyDiff?: PolicyDiff;
  anomaly?: AnomalyReport;
  organizations?: ScopeSection;
}

export function buildReport(input: ReportInput): Report {
  const gaps = [...(input.gaps ?? [])].sort(
    (a, b) => a.resource.localeCompare(b.resource) || a.reason.localeCompare(b.reason),
  );
  const failures = [...(input.failures ?? [])].sort((a, b) => a.subject.localeCompare(b.subject));
  const report: Report = {
    schemaVersion: 1,
    organization: input.organization,
    mode: input.mode,
    generatedAt: input.generatedAt,
    findings: [...input.findings].sort(compareFindings),
    // "Complete" only when nothing was unreadable: a gap is never silently "clean", and a
    // subject that could not be checked is not covered either.
    coverage: {
      complete: gaps.length === 0 && failures.length === 0,
      gaps,
      ...(input.scope ? { scope: input.scope } : {}),
    },
    stats: {
      restRequests: input.stats?.restRequests ?? 0,
      graphqlRequests: input.stats?.graphqlRequests ?? 0,
      graphqlCost: input.stats?.graphqlCost ?? 0,
      durationMs: input.stats?.durationMs ?? 0,
    },
    history: {
      insufficient: [...(input.insufficient ?? [])].sort((a, b) => a.rule.localeCompare(b.rule)),
      ...(input.state ? { state: input.state } : {}),
    },
    failures,
    expiringExemptions: [...(input.expiringExemptions ?? [])].sort((a, b) =>
      a.expires.localeCompare(b.expires),
    ),
    exempted: [...(input.exempted ?? [])].sort(compareFindings),
    changes: input.changes ?? null,
    offboarding: input.offboarding ?? [],
    policy: input.policy ?? { sources: [], errors: [] },
    dryRun: input.dryRun ?? false,
  };
  if (input.freshness) report.coverage.freshness = input.freshness;
  if (input.plans) report.plans = input.plans;
  if (input.policyDiff !== undefined) report.policyDiff = input.policyDiff;
  if (input.anomaly !== undefined) report.anomaly = input.anomaly;
  if (input.organizations !== undefined) report.organizations = input.organizations;
  return report;
}

export const REPORT_FILE = 'offboarding-sentinel-report.json';

/** Writes `offboarding-sentinel-report.json` into `dir` (created if needed) and returns its path. */
export async function writeJsonReport(report: Report, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, REPORT_FILE);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  return file;
}

/**
 * failure when any finding is at least `failOn`; neutral when findings exist below it (or
 * `failOn` is `none`); success when there are none.
 */
export function conclusionFor(findings: readonly Pick<Finding, 'severity'>[], failOn: FailOn): Conclusion {
  if (findings.length === 0) return 'success';
  if (failOn !== 'none' && findings.some((f) => severityRank(f.severity) >= severityRank(failOn))) {
    return 'failure';
  }
  return 'neutral';
}

/**
 * The run's conclusion: `conclusionFor` over the findings, but a subject that failed is a
 * failure, and incomplete coverage is at best `neutral` — a run that did not read everything
 * never says `success`.
 */
export function reportConclusion(
  report: Pick<Report, 'findings' | 'coverage' | 'failures'>,
  failOn: FailOn,
): Conclusion {
  if (report.failures.length > 0) return 'failure';
  const byFindings = conclusionFor(report.findings, failOn);
  if (byFindings === 'success' && !report.coverage.complete) return 'neutral';
  return byFindings;
}

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Rules with their finding counts, most findings first. */
export function countByRule(findings: readonly Finding[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
