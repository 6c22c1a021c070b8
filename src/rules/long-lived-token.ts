// long-lived-token: a fine-grained PAT grant, not expired, with no expiry or with a lifetime
// (expiry minus grant) above `max-lifetime-days`.
import type { Finding, PatGrant } from '../model.js';
import { resourceId } from '../resource-id.js';
import { defineRule, makeFinding, threshold } from './finding.js';
import { daysBetween, isAfter, isoDay } from './time.js';

/** Expired by GitHub's flag or by its expiry date having passed. */
export function patExpired(grant: PatGrant, now: Date): boolean {
  return grant.tokenExpired || (grant.expiresAt !== null && !isAfter(grant.expiresAt, now));
}

export const longLivedToken = defineRule('long-lived-token', ({ snapshot, policy, clock }) => {
  const now = clock.now();
  const maxLifetimeDays = threshold(policy, 'long-lived-token', 'max-lifetime-days');
  const findings: Finding[] = [];

  for (const grant of snapshot.patGrants) {
    if (patExpired(grant, now)) continue;
    const expiresAt = grant.expiresAt;
    const lifetimeDays = expiresAt === null ? null : daysBetween(grant.accessGrantedAt, expiresAt);
    if (lifetimeDays !== null && lifetimeDays <= maxLifetimeDays) continue;
    const message =
      expiresAt === null || lifetimeDays === null
        ? `Fine-grained token “${grant.tokenName}” of ${grant.owner} never expires (policy: at most ${maxLifetimeDays} days)`
        : `Fine-grained token “${grant.tokenName}” of ${grant.owner} lives ${Math.round(lifetimeDays)} days, ` +
          `until ${isoDay(expiresAt)} (policy: at most ${maxLifetimeDays})`;
    findings.push(
      makeFinding(policy, 'long-lived-token', {
        subject: grant.owner,
        resource: resourceId.pat(grant.tokenId),
        message,
        evidence: {
          grantId: grant.id,
          tokenId: grant.tokenId,
          tokenName: grant.tokenName,
          accessGrantedAt: grant.accessGrantedAt,
          expiresAt: grant.expiresAt,
          lifetimeDays: lifetimeDays === null ? null : Math.round(lifetimeDays * 100) / 100,
          maxLifetimeDays,
        },
      }),
    );
  }
  return findings;
});
