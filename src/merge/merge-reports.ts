// `mode: merge`: combine the JSON reports of per-organization runs (one matrix job per
// organization, each with its own installation token and rate budget) into one report.
// Deterministic and idempotent: the same reports in any order, merged once or twice, give the
// same result — findings deduplicated by fingerprint, sorted, and `generatedAt` the newest
// input's. An organization expected but without a readable audit report is a coverage gap of
// the merged report (`org:<org>`), never a silent hole.
import type { CoverageGap, ExemptedFinding, Finding } from '../model.js';
import { compareFindings } from '../rules/index.js';
import { sectionFor, type OrganizationSection } from './organization-sections.js';

/** What a merge needs of a report: the contract's fields. */
export interface MergeableReport {
  organization: string;
  mode: string;
  generatedAt: string;
  findings: Finding[];
  exempted?: ExemptedFinding[];
  coverage: { complete: boolean; gaps: CoverageGap[] };
  stats?: { restRequests?: number; graphqlRequests?: number; graphqlCost?: number; durationMs?: number };
}

export interface ReadReport {
  source: string;
  report: MergeableReport;
}

/** A file that could not be read or validated as a report. */
export interface UnreadableReport {
  source: string;
  reason: string;
}

export interface MergeInput {
  reports: readonly ReadReport[];
  unreadable: readonly UnreadableReport[];
  /** Organizations that must be covered (the `organizations` input, or the enterprise's). */
  expected: readonly string[];
}

export interface MergedReports {
  generatedAt: string | null;
  findings: Finding[];
  exempted: ExemptedFinding[];
  gaps: CoverageGap[];
  sections: OrganizationSection[];
  stats: { restRequests: number; graphqlRequests: number; graphqlCost: number; durationMs: number };
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function dedupe<T extends Finding>(findings: readonly T[]): T[] {
  const byFingerprint = new Map<string, T>();
  for (const finding of [...findings].sort(compareFindings)) {
    if (!byFingerprint.has(finding.fingerprint)) byFingerprint.set(finding.fingerprint, finding);
  }
  return [...byFingerprint.values()].sort(compareFindings);
}

function dedupeGaps(gaps: readonly CoverageGap[]): CoverageGap[] {
  const unique = new Map(gaps.map((gap) => [`${gap.resource}\u0000${gap.reason}`, gap]));
  return [...unique.values()].sort((a, b) => text(a.resource, b.resource) || text(a.reason, b.reason));
}

export function mergeReports(input: MergeInput): MergedReports {
  // One report per organization: a re-run's newer report replaces the older one.
  const latest = new Map<string, ReadReport>();
  const problems: UnreadableReport[] = [...input.unreadable];
  for (const read of [...input.reports].sort((a, b) => text(a.source, b.source))) {
    if (read.report.mode !== 'audit') {
      problems.push({
        source: read.source,
        reason: `is a ${read.report.mode} report; only audit reports merge`,
      });
      continue;
    }
    const key = read.report.organization.toLowerCase();
    const held = latest.get(key);
    if (!held || read.report.generatedAt > held.report.generatedAt) latest.set(key, read);
  }

  const reports = [...latest.values()].sort((a, b) =>
    text(a.report.organization.toLowerCase(), b.report.organization.toLowerCase()),
  );
  const findings = dedupe(reports.flatMap((r) => r.report.findings));
  const exempted = dedupe(reports.flatMap((r) => r.report.exempted ?? []));
  const gaps: CoverageGap[] = reports.flatMap((r) => r.report.coverage.gaps);
  // Each section counts its own report's findings: ids such as `pat:` carry no organization.
  const sections: OrganizationSection[] = reports.map(({ source, report }) =>
    sectionFor(report.organization, dedupe(report.findings), report.coverage.gaps, {
      generatedAt: report.generatedAt,
      source,
    }),
  );

  const covered = new Set(latest.keys());
  for (const problem of problems) {
    gaps.push({
      resource: `report:${problem.source}`,
      reason: `the report ${problem.source} could not be merged: ${problem.reason}`,
    });
  }
  for (const org of [...new Set(input.expected.map((o) => o.toLowerCase()))].sort()) {
    if (covered.has(org)) continue;
    const reason = `no audit report for ${org} (its matrix job failed or its artifact is missing): nothing of it was read`;
    gaps.push({ resource: `org:${org}`, reason });
    sections.push(sectionFor(org, [], [{ resource: `org:${org}`, reason }], { status: 'missing', reason }));
  }
  sections.sort((a, b) => text(a.organization.toLowerCase(), b.organization.toLowerCase()));

  const sum = (key: keyof MergedReports['stats']) =>
    reports.reduce((n, r) => n + (r.report.stats?.[key] ?? 0), 0);
  return {
    generatedAt:
      reports
        .map((r) => r.report.generatedAt)
        .sort()
        .at(-1) ?? null,
    findings,
    exempted,
    gaps: dedupeGaps(gaps),
    sections,
    stats: {
      restRequests: sum('restRequests'),
      graphqlRequests: sum('graphqlRequests'),
      graphqlCost: sum('graphqlCost'),
      durationMs: sum('durationMs'),
    },
  };
}
