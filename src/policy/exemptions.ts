// Applies a policy's exemptions to findings. An exemption applies through its `expires` day
// (UTC, inclusive); after that it stops applying and becomes a `policy-invalid` finding of its
// own, so an accepted risk cannot outlive its review date silently.
import { fingerprint } from '../fingerprint.js';
import type { Clock, ExemptedFinding, Finding } from '../model.js';
import { matchAnyGlob } from './glob.js';
import { policyError, type PolicyError } from './policy-error.js';
import type { Exemption, Policy } from './types.js';

/** `YYYY-MM-DD` of the clock's current UTC day. */
export function utcDay(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

export function isExemptionActive(exemption: Exemption, today: string): boolean {
  // Both are YYYY-MM-DD, so string order is date order.
  return today <= exemption.expires;
}

export function exemptionMatches(exemption: Exemption, finding: Finding): boolean {
  if (exemption.rules.length > 0 && !exemption.rules.includes(finding.rule)) return false;
  if (
    exemption.subjects.length > 0 &&
    (finding.subject === null || !matchAnyGlob(exemption.subjects, finding.subject))
  ) {
    return false;
  }
  if (exemption.resources.length > 0 && !matchAnyGlob(exemption.resources, finding.resource)) return false;
  return true;
}

/** "subjects deploy-bot; resources deploy-key:acme/api/*; rules write-deploy-key" */
export function describeExemptionScope(exemption: Exemption): string {
  const parts: string[] = [];
  if (exemption.subjects.length > 0) parts.push(`subjects ${exemption.subjects.join(', ')}`);
  if (exemption.resources.length > 0) parts.push(`resources ${exemption.resources.join(', ')}`);
  parts.push(exemption.rules.length > 0 ? `rules ${exemption.rules.join(', ')}` : 'every rule');
  return parts.join('; ');
}

export function expiredExemptionFinding(exemption: Exemption): Finding {
  const resource = `policy:${exemption.location.path}`;
  // Keyed by what the exemption says, not its line, so moving it in the file keeps the finding.
  const key = [
    'expired-exemption',
    exemption.expires,
    ...exemption.subjects,
    '|',
    ...exemption.resources,
    '|',
    ...exemption.rules,
  ].join('\u0001');
  return {
    rule: 'policy-invalid',
    severity: 'low',
    subject: null,
    resource,
    fingerprint: fingerprint('policy-invalid', resource, null, key),
    message: `An exemption expired on ${exemption.expires} and no longer applies (it exempted ${describeExemptionScope(exemption)}; reason: ${exemption.reason}). Renew it with a new date or remove it.`,
    evidence: {
      expires: exemption.expires,
      reason: exemption.reason,
      subjects: exemption.subjects,
      resources: exemption.resources,
      rules: exemption.rules,
    },
    location: exemption.location,
  };
}

export interface ExemptionOutcome {
  /** Findings no active exemption covers. */
  findings: Finding[];
  /** Findings an active exemption covers, with the exemption that did. */
  exempted: ExemptedFinding[];
  /** One `policy-invalid` finding per expired exemption. */
  expired: Finding[];
}

export function applyExemptions(
  findings: readonly Finding[],
  policy: Policy,
  clock: Clock,
): ExemptionOutcome {
  const today = utcDay(clock);
  const active = policy.exemptions.filter((exemption) => isExemptionActive(exemption, today));
  const outcome: ExemptionOutcome = {
    findings: [],
    exempted: [],
    expired: policy.exemptions
      .filter((exemption) => !isExemptionActive(exemption, today))
      .map(expiredExemptionFinding),
  };
  for (const finding of findings) {
    const exemption = active.find((candidate) => exemptionMatches(candidate, finding));
    if (exemption) {
      outcome.exempted.push({
        ...finding,
        exemption: { reason: exemption.reason, expires: exemption.expires, location: exemption.location },
      });
    } else {
      outcome.findings.push(finding);
    }
  }
  return outcome;
}

/**
 * Warnings for exemptions that match none of the findings (before exemptions): a misspelt
 * pattern or an exemption no longer needed. With a clock, expired exemptions are skipped (they
 * are reported as expired instead).
 */
export function unusedExemptions(
  policy: Policy,
  findingsBeforeExemptions: readonly Finding[],
  clock?: Clock,
): PolicyError[] {
  const today = clock ? utcDay(clock) : undefined;
  return policy.exemptions
    .filter((exemption) => today === undefined || isExemptionActive(exemption, today))
    .filter((exemption) => !findingsBeforeExemptions.some((finding) => exemptionMatches(exemption, finding)))
    .map((exemption) =>
      policyError(
        exemption.location,
        `exemption matches no finding (${describeExemptionScope(exemption)})`,
        'Check the patterns against the resource ids in the report, or remove the exemption if it is no longer needed.',
      ),
    );
}
