// The audit issues of a run over one or several organizations: each organization's findings
// grouped into its own issues under its own key (`audit/<org>:…`), so an enterprise audit, a
// merge of per-organization reports and a single organization's run keep the same issues —
// and an issue mentions only its organization's teams. Pure.
import type { Finding } from '../model.js';
import type { IssueIntent } from '../modes/mode.js';
import { auditKeyPrefix } from '../reporters/issue-keys.js';
import type { ManagedIssue } from '../reporters/issue-sync.js';
import { AUDIT_LABEL, desiredAuditIssues } from '../reporters/issues.js';
import type { RunContext } from '../run-context.js';

/** Which organization each finding belongs to (by fingerprint), and the organizations of the run. */
export interface FindingOrigin {
  organizations: readonly string[];
  /** Fingerprint → organization; a finding absent from it is the action's organization's. */
  byFingerprint: ReadonlyMap<string, string>;
}

export function originOf(perOrganization: readonly { organization: string; findings: readonly Finding[] }[]): FindingOrigin {
  return {
    organizations: perOrganization.map((p) => p.organization),
    byFingerprint: new Map(perOrganization.flatMap((p) => p.findings.map((f) => [f.fingerprint, p.organization] as const))),
  };
}

export function auditIssueIntent(
  ctx: RunContext,
  existing: ManagedIssue[] | { error: string } | null,
  origin: FindingOrigin,
  keepOpen: ReadonlySet<string> | null,
): IssueIntent | null {
  if (!existing) return null;
  const { inputs } = ctx;
  const policy = ctx.loaded.policy;
  const organizations = origin.organizations.length > 0 ? origin.organizations : [inputs.organization];
  const ownerOf = (finding: Finding) => (origin.byFingerprint.get(finding.fingerprint) ?? inputs.organization).toLowerCase();
  return {
    label: AUDIT_LABEL,
    keyPrefixes: organizations.map(auditKeyPrefix),
    existing,
    closeMissing: true,
    ...(keepOpen ? { keepOpen } : {}),
    desired: (report) =>
      organizations.flatMap((organization) =>
        desiredAuditIssues(
          { ...report, findings: report.findings.filter((f) => ownerOf(f) === organization.toLowerCase()) },
          { routing: policy.routing, organization, ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}) },
        ),
      ),
  };
}
