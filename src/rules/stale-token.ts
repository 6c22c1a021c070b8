// stale-token: a non-expired fine-grained PAT grant, or a non-expired SSO credential
// authorization, unused for more than `unused-days`. Never used counts from when access was
// granted (PAT) or the credential was authorized.
import type { CredentialAuthorization, Finding } from '../model.js';
import { resourceId } from '../resource-id.js';
import { defineRule, makeFinding, threshold } from './finding.js';
import { patExpired } from './long-lived-token.js';
import { isAfter, isOlderThan, isoDay, wholeDays } from './time.js';

export function credentialExpired(credential: CredentialAuthorization, now: Date): boolean {
  return credential.expiresAt !== null && !isAfter(credential.expiresAt, now);
}

export const staleToken = defineRule('stale-token', ({ snapshot, policy, clock }) => {
  const now = clock.now();
  const unusedDays = threshold(policy, 'stale-token', 'unused-days');
  const findings: Finding[] = [];

  for (const grant of snapshot.patGrants) {
    if (patExpired(grant, now)) continue;
    const since = grant.lastUsedAt ?? grant.accessGrantedAt;
    if (!isOlderThan(since, unusedDays, now)) continue;
    const usage = grant.lastUsedAt
      ? `was last used ${isoDay(grant.lastUsedAt)}`
      : `has not been used since access was granted ${isoDay(grant.accessGrantedAt)}`;
    findings.push(
      makeFinding(policy, 'stale-token', {
        subject: grant.owner,
        resource: resourceId.pat(grant.tokenId),
        message: `Fine-grained token “${grant.tokenName}” of ${grant.owner} ${usage} (${wholeDays(since, now)} days ago; policy: ${unusedDays})`,
        evidence: {
          kind: 'fine-grained-pat',
          grantId: grant.id,
          tokenId: grant.tokenId,
          tokenName: grant.tokenName,
          lastUsedAt: grant.lastUsedAt,
          accessGrantedAt: grant.accessGrantedAt,
          expiresAt: grant.expiresAt,
          unusedDays,
        },
      }),
    );
  }

  for (const credential of snapshot.credentialAuthorizations) {
    if (credentialExpired(credential, now)) continue;
    const since = credential.accessedAt ?? credential.authorizedAt;
    if (!isOlderThan(since, unusedDays, now)) continue;
    const name = credential.title ? `${credential.type} “${credential.title}”` : credential.type;
    const usage = credential.accessedAt
      ? `was last used ${isoDay(credential.accessedAt)}`
      : `has not been used since it was authorized ${isoDay(credential.authorizedAt)}`;
    findings.push(
      makeFinding(policy, 'stale-token', {
        subject: credential.login,
        resource: resourceId.credential(credential.id),
        message: `SSO-authorized ${name} of ${credential.login} ${usage} (${wholeDays(since, now)} days ago; policy: ${unusedDays})`,
        evidence: {
          kind: 'credential-authorization',
          credentialType: credential.type,
          accessedAt: credential.accessedAt,
          authorizedAt: credential.authorizedAt,
          expiresAt: credential.expiresAt,
          tokenLastEight: credential.tokenLastEight,
          fingerprint: credential.fingerprint,
          unusedDays,
        },
      }),
    );
  }
  return findings;
});
