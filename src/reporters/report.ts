// The contract's JSON report (report-path) and the one conclusion function that the check run,
// the `conclusion` output and the step outcome all share.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CoverageGap, ExemptedFinding, Finding, Mode, PartFreshness, Severity, SourceLocation } from '../model.js';
import { severityRank } from '../model.js';
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

/** A policy file problem, as the policy loader reports it. */
export interface PolicyError {
  message: string;
  location?: SourceLocation;
}

/** The writes a dry run would have made (also recorded on real runs when the caller wants). */
export interface ReportPlans {
  checkRun?: CheckRunPlan;
  issues?: IssuePlan;
  /** Other planned writes (tracking issues, remediation) the caller adds under its own key. */
  [other: string]: unknown;
}

/**
 * `schemaVersion`, `organization`, `mode`, `generatedAt`, `findings`, `coverage` and `stats`
 * are the contract; the rest are additions (never renames). `Offboarding` is the lead's
 * per-subject result type.
 */
export interface Report<Offboarding = unknown> {
  schemaVersion: 1;
  organization: string;
  mode: Mode;
  generatedAt: string;
  findings: Finding[];
  /** `freshness`: per-repository parts read under the budget, how many this run read and what waits. */
  coverage: { complete: boolean; gaps: CoverageGap[]; freshness?: PartFreshness[] };
  stats: ReportStats;
  /** Findings an exemption covered, each with its reason and expiry. */
  exempted: ExemptedFinding[];
  /** Fingerprints new and resolved since the last stored run; null when there is no history. */
  changes: { new: string[]; resolved: string[] } | null;
  offboarding: Offboarding[];
  policy: { sources: string[]; errors: PolicyError[] };
  dryRun: boolean;
  /** The planned writes; filled in dry runs. */
  plans?: ReportPlans;
  /** `validate` mode: the findings the policy change adds, silences or re-grades. */
  policyDiff?: unknown;
}

export interface ReportInput<Offboarding = unknown> {
  organization: string;
  mode: Mode;
  generatedAt: string;
  findings: Finding[];
  gaps?: CoverageGap[];
  freshness?: PartFreshness[];
  stats?: Partial<ReportStats>;
  exempted?: ExemptedFinding[];
  changes?: { new: string[]; resolved: string[] } | null;
  offboarding?: Offboarding[];
  policy?: { sources: string[]; errors: PolicyError[] };
  dryRun?: boolean;
  plans?: ReportPlans;
  policyDiff?: unknown;
}

/** Most severe first, then by rule, resource and subject, so reports diff cleanly between runs. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    a.rule.localeCompare(b.rule) ||
    a.resource.localeCompare(b.resource) ||
    (a.subject ?? '').localeCompare(b.subject ?? '') ||
    a.fingerprint.localeCompare(b.fingerprint)
  );
}

export function buildReport<Offboarding = unknown>(input: ReportInput<Offboarding>): Report<Offboarding> {
  const gaps = [...(input.gaps ?? [])].sort(
    (a, b) => a.resource.localeCompare(b.resource) || a.reason.localeCompare(b.reason),
  );
  const report: Report<Offboarding> = {
    schemaVersion: 1,
    organization: input.organization,
    mode: input.mode,
    generatedAt: input.generatedAt,
    findings: [...input.findings].sort(compareFindings),
    // "Complete" only when nothing was unreadable: a gap is never silently "clean".
    coverage: { complete: gaps.length === 0, gaps },
    stats: {
      restRequests: input.stats?.restRequests ?? 0,
      graphqlRequests: input.stats?.graphqlRequests ?? 0,
      graphqlCost: input.stats?.graphqlCost ?? 0,
      durationMs: input.stats?.durationMs ?? 0,
    },
    exempted: [...(input.exempted ?? [])].sort(compareFindings),
    changes: input.changes ?? null,
    offboarding: input.offboarding ?? [],
    policy: input.policy ?? { sources: [], errors: [] },
    dryRun: input.dryRun ?? false,
  };
  if (input.freshness) report.coverage.freshness = input.freshness;
  if (input.plans) report.plans = input.plans;
  if (input.policyDiff !== undefined) report.policyDiff = input.policyDiff;
  return report;
}

/** Writes `offboarding-sentinel-report.json` into `dir` (created if needed) and returns its path. */
export async function writeJsonReport(report: Report, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'offboarding-sentinel-report.json');
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
