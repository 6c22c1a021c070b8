// The per-organization view of a run that covers several organizations (an enterprise audit, or
// a merge of per-organization reports): one section per organization and the enterprise total.
// Pure: findings and gaps in, sections out; the summary and the JSON report show them.
import type { CoverageGap, Finding, Severity } from '../model.js';

export interface OrganizationSection {
  organization: string;
  /** `read`: its findings are in; `missing`: no report came; `failed`: its run or report failed. */
  status: 'read' | 'missing' | 'failed';
  findings: number;
  bySeverity: Record<Severity, number>;
  coverageComplete: boolean;
  gaps: number;
  /** When its data was collected (a merge: its report's `generatedAt`). */
  generatedAt: string | null;
  /** A merge: the report file it came from. */
  source: string | null;
  /** Why it is missing or failed. */
  reason?: string;
}

export interface ScopeTotal {
  organizations: number;
  complete: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  gaps: number;
}

const emptyCounts = (): Record<Severity, number> => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

export function sectionFor(
  organization: string,
  findings: readonly Finding[],
  gaps: readonly CoverageGap[],
  extra: Partial<Pick<OrganizationSection, 'status' | 'generatedAt' | 'source' | 'reason'>> = {},
): OrganizationSection {
  const bySeverity = emptyCounts();
  for (const finding of findings) bySeverity[finding.severity] += 1;
  return {
    organization,
    status: extra.status ?? 'read',
    findings: findings.length,
    bySeverity,
    coverageComplete: gaps.length === 0 && (extra.status ?? 'read') === 'read',
    gaps: gaps.length,
    generatedAt: extra.generatedAt ?? null,
    source: extra.source ?? null,
    ...(extra.reason ? { reason: extra.reason } : {}),
  };
}

export function scopeTotal(
  sections: readonly OrganizationSection[],
  findings: readonly Finding[],
  gaps: readonly CoverageGap[],
): ScopeTotal {
  const bySeverity = emptyCounts();
  for (const finding of findings) bySeverity[finding.severity] += 1;
  return {
    organizations: sections.length,
    complete: sections.filter((s) => s.coverageComplete).length,
    findings: findings.length,
    bySeverity,
    gaps: gaps.length,
  };
}
