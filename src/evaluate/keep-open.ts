// Which issues must not close although their findings are gone: the findings sat on resources
// that could not be read this time, and "not read" is not "fixed".
import type { CoverageGap, Finding } from '../model.js';
import type { Policy } from '../policy/types.js';
import { auditIssueKey } from '../reporters/issue-keys.js';
import { groupFindings } from '../reporters/issues.js';
import { gapCovers } from '../state/history.js';
import type { RunState } from '../state/types.js';

/**
 * Issue groups that must not close this run: a finding they held last time sits on a resource
 * that could not be read now. Null without history (then any gap keeps every issue open).
 */
export function issuesToKeepOpen(
  previous: RunState | null,
  gaps: readonly CoverageGap[],
  policy: Policy,
  organization: string,
): Set<string> | null {
  if (!previous) return null;
  const hidden: Finding[] = Object.entries(previous.fingerprints)
    .filter(([, record]) => gaps.some((gap) => gapCovers(gap, record, organization)))
    .map(([fingerprint, record]) => ({ ...record, fingerprint, severity: 'info', message: '', evidence: {} }));
  return new Set(groupFindings(hidden, policy.routing).map((group) => auditIssueKey(organization, group.key)));
}
