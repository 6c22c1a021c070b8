// audit-coverage-gap: every resource the collectors could not read, so a scan never passes
// for clean over what it did not see. One finding per gap resource (repeated gaps for the same
// resource are merged, their reasons kept).
import type { CoverageGap, Finding } from '../model.js';
import type { Policy } from '../policy/types.js';
import { defineRule, makeFinding } from './finding.js';

export function coverageGapFindings(policy: Policy, gaps: readonly CoverageGap[]): Finding[] {
  const reasons = new Map<string, string[]>();
  for (const gap of gaps) {
    const list = reasons.get(gap.resource) ?? [];
    if (!list.includes(gap.reason)) list.push(gap.reason);
    reasons.set(gap.resource, list);
  }
  return [...reasons].map(([resource, list]) =>
    makeFinding(policy, 'audit-coverage-gap', {
      subject: null,
      resource,
      message: `Could not read ${resource}: ${list.join('; ')}`,
      evidence: { reason: list.join('; ') },
    }),
  );
}

export const auditCoverageGap = defineRule('audit-coverage-gap', ({ snapshot, policy }) =>
  coverageGapFindings(policy, snapshot.coverage),
);
