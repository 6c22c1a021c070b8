// Evaluating a merge: the per-organization reports as one — their findings (each run already
// applied its policy and exemptions), their gaps, a gap for every expected organization without
// a report, a section per organization and the total, and the audit issues for all of them. Pure.
import type { Scope } from '../gather/scope.js';
import { mergeReports, type ReadReport, type UnreadableReport } from '../merge/merge-reports.js';
import { scopeTotal } from '../merge/organization-sections.js';
import { sectionsMarkdown } from '../merge/sections-markdown.js';
import type { Evaluation } from '../modes/mode.js';
import { emptyEvaluation } from '../modes/mode.js';
import { auditIssueIntent, originOf } from './audit-issues.js';
import type { ManagedIssue } from '../reporters/issue-sync.js';
import type { ScopeSection } from '../reporters/report.js';
import type { RunContext } from '../run-context.js';

export interface MergeGathered {
  reports: ReadReport[];
  unreadable: UnreadableReport[];
  scope: Scope;
  issues: ManagedIssue[] | { error: string } | null;
}

export function evaluateMerge(
  gathered: MergeGathered,
  ctx: RunContext,
): Evaluation<{ organizations: ScopeSection }> {
  const { inputs } = ctx;
  const merged = mergeReports({
    reports: gathered.reports,
    unreadable: gathered.unreadable,
    expected: gathered.scope.organizations,
  });
  const gaps = [...gathered.scope.gaps, ...merged.gaps];
  // Each finding's organization is the report it came from: its issue is that organization's.
  const origin = {
    ...originOf(
      gathered.reports.map(({ report }) => ({ organization: report.organization.toLowerCase(), findings: report.findings })),
    ),
    organizations: merged.sections.map((section) => section.organization.toLowerCase()),
  };
  const organizations: ScopeSection = {
    enterprise: gathered.scope.enterprise,
    sections: merged.sections,
    total: scopeTotal(merged.sections, merged.findings, gaps),
  };
  ctx.logger.info(
    `Merged ${gathered.reports.length} report(s) (${gathered.unreadable.length} unreadable): ${merged.findings.length} findings, ${gaps.length} coverage gaps.`,
  );
  return {
    ...emptyEvaluation(),
    findings: merged.findings,
    exempted: merged.exempted,
    gaps,
    section: { organizations },
    preface: sectionsMarkdown(
      gathered.scope.enterprise ?? inputs.organization,
      organizations.sections,
      organizations.total,
    ),
    // No `keepOpen`: with a gap (a missing organization), every open issue stays open.
    issues: auditIssueIntent(ctx, gathered.issues, origin, null),
  };
}
