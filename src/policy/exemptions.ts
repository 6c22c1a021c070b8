// Applies a policy's exemptions to findings. An exemption applies through its `expires` day
// (UTC, inclusive); after that it stops applying and becomes a `policy-invalid` finding of its
// own, so an accepted risk cannot outlive its review date silently. An expiry further ahead
// than `policy-invalid.exemption-max-days` (a year by default) is refused the same way, so
// `expires: 9999-12-31` cannot make an exemption permanent.
//
// A coverage gap is not a risk someone looked at: only an exemption that names the rule
// `audit-coverage-gap` and the resource itself accepts one; a broad `resources: ["**"]` for
// other rules never hides what could not be read.
import { fingerprint } from '../fingerprint.js';
import type { Clock, ExemptedFinding, Finding } from '../model.js';
import type { ExpiringExemption } from '../reporters/report.js';
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

const DAY_MS = 86_400_000;

function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The latest `expires` the policy allows today. */
export function latestAllowedExpiry(policy: Policy, today: string): string {
  return addDays(today, policy.rules['policy-invalid'].thresholds['exemption-max-days']);
}

/** Expires further ahead than the policy allows: it never applies. */
export function isExpiryTooFar(exemption: Exemption, policy: Policy, today: string): boolean {
  return exemption.expires > latestAllowedExpiry(policy, today);
}

/**
 * Whether a pattern names a resource rather than matching everything: something literal after
 * the kind (`repo:acme/api/deploy-keys`, `org:acme/*`), not `**`, `*` or `repo:*`.
 */
function namesResource(pattern: string): boolean {
  const literal = pattern.split('*', 1)[0];
  const colon = literal.indexOf(':');
  return colon > 0 && literal.length > colon + 1;
}

export function exemptionMatches(exemption: Exemption, finding: Finding): boolean {
  if (finding.rule === 'audit-coverage-gap') {
    // Accepting a gap takes naming the rule and the resource: broad exemptions do not reach here.
    if (!exemption.rules.includes('audit-coverage-gap')) return false;
    if (!exemption.resources.some((pattern) => namesResource(pattern) && matchAnyGlob([pattern], finding.resource))) {
      return false;
    }
  }
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

/** The same exemption refused for an expiry beyond the policy's bound. */
export function tooFarExemptionFinding(exemption: Exemption, latest: string): Finding {
  const expired = expiredExemptionFinding(exemption);
  return {
    ...expired,
    fingerprint: fingerprint('policy-invalid', expired.resource, null, `too-far\u0001${expired.fingerprint}`),
    message: `An exemption expires on ${exemption.expires}, later than the policy allows (${latest}), and does not apply (it would exempt ${describeExemptionScope(exemption)}; reason: ${exemption.reason}). Set an expiry within the bound (\`rules.policy-invalid.exemption-max-days\`), and renew it after review.`,
    evidence: { ...expired.evidence, latestAllowed: latest },
  };
}

/** Active exemptions that expire within `policy-invalid.exemption-warn-days`, soonest first. */
export function expiringExemptions(policy: Policy, clock: Clock): ExpiringExemption[] {
  const today = utcDay(clock);
  const window = policy.rules['policy-invalid'].thresholds['exemption-warn-days'];
  return policy.exemptions
    .filter((exemption) => isExemptionActive(exemption, today) && !isExpiryTooFar(exemption, policy, today))
    .map((exemption) => ({ exemption, daysLeft: daysBetween(today, exemption.expires) }))
    .filter(({ daysLeft }) => daysLeft <= window)
    .sort((a, b) => a.exemption.expires.localeCompare(b.exemption.expires))
    .map(({ exemption, daysLeft }) => ({
      expires: exemption.expires,
      daysLeft,
      scope: describeExemptionScope(exemption),
      reason: exemption.reason,
      location: exemption.location,
    }));
}

export interface ExemptionOutcome {
  /** Findings no active exemption covers. */
  findings: Finding[];
  /** Findings an active exemption covers, with the exemption that did. */
  exempted: ExemptedFinding[];
  /** One `policy-invalid` finding per expired exemption, or one whose expiry is too far ahead. */
  expired: Finding[];
}

export function applyExemptions(
  findings: readonly Finding[],
  policy: Policy,
  clock: Clock,
): ExemptionOutcome {
  const today = utcDay(clock);
  const latest = latestAllowedExpiry(policy, today);
  const active = policy.exemptions.filter(
    (exemption) => isExemptionActive(exemption, today) && !isExpiryTooFar(exemption, policy, today),
  );
  const outcome: ExemptionOutcome = {
    findings: [],
    exempted: [],
    expired: policy.exemptions.flatMap((exemption) =>
      !isExemptionActive(exemption, today)
        ? [expiredExemptionFinding(exemption)]
        : isExpiryTooFar(exemption, policy, today)
          ? [tooFarExemptionFinding(exemption, latest)]
          : [],
    ),
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
