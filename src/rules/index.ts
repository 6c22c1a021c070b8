// The audit-mode rules and the one way to run a set of rules: deterministic order, and one
// failing rule becomes a reported gap instead of taking the whole scan down with it.
import type { Finding } from '../model.js';
import { severityRank } from '../model.js';
import { activityAfterOffboarding } from './activity-after-offboarding.js';
import { auditCoverageGap } from './audit-coverage-gap.js';
import { deprovisionedIdentityAccess } from './deprovisioned-identity-access.js';
import { makeFinding } from './finding.js';
import { idleCopilotSeat } from './idle-copilot-seat.js';
import { longLivedToken } from './long-lived-token.js';
import { offboardedIpActivity } from './offboarded-ip-activity.js';
import { offboardingDrift } from './offboarding-drift.js';
import { staleDeployKey } from './stale-deploy-key.js';
import { staleMember } from './stale-member.js';
import { staleSecret } from './stale-secret.js';
import { staleToken } from './stale-token.js';
import type { Rule, RuleContext } from './types.js';
import { unapprovedCredentialChange } from './unapproved-credential-change.js';
import { unusedWriteAccess } from './unused-write-access.js';
import { writeDeployKey } from './write-deploy-key.js';

export type { Rule, RuleContext, RunHistory } from './types.js';

export const auditRules: Rule[] = [
  staleMember,
  unusedWriteAccess,
  staleDeployKey,
  writeDeployKey,
  longLivedToken,
  staleToken,
  staleSecret,
  activityAfterOffboarding,
  offboardedIpActivity,
  unapprovedCredentialChange,
  offboardingDrift,
  idleCopilotSeat,
  deprovisionedIdentityAccess,
  auditCoverageGap,
];

/** Severity (most severe first), then rule, resource, subject and fingerprint. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    compareText(a.rule, b.rule) ||
    compareText(a.resource, b.resource) ||
    compareText(a.subject ?? '', b.subject ?? '') ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

// Code-unit order, not locale order, so the result is the same on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function runRules(rules: readonly Rule[], context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      findings.push(...rule.evaluate(context));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      findings.push(
        makeFinding(context.policy, 'audit-coverage-gap', {
          subject: null,
          resource: `rule:${rule.name}`,
          message: `Rule ${rule.name} could not be evaluated: ${reason}`,
          evidence: { reason: `rule ${rule.name} failed: ${reason}` },
        }),
      );
    }
  }
  return findings.sort(compareFindings);
}
