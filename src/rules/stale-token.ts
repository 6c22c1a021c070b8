// stale-token: a non-expired fine-grained PAT grant, or a non-expired SSO credential
// authorization, unused for more than `unused-days`. Never used counts from when access was
// granted (PAT) or the credential was authorized.
import type { CredentialAuthorization, Finding } from '../model.js';
import { resourceId } from '../resource-id.js';
import { defineRule, makeFinding, threshold } from './finding.js';
import { patExpired } from './long-lived-token.js';
import { isAfter, unusedFor } from './time.js';

export function credentialExpired(credential: CredentialAuthorization, now: Date): boolean {
  return credential.expiresAt !== null && !isAfter(credential.expiresAt, now);
}

export const staleToken = defineRule('stale-token', ({ snapshot, policy, clock }) => {
  const now = clock.now();
  const unusedDays = threshold(policy, 'stale-token', 'unused-days');
  const findings: Finding[] = [];

  for (const grant of snapshot.patGrants) {
    if (patExpired(grant, now)) continue;
    const unused = unusedFor({ lastUsedAt: grant.lastUsedAt, grantedAt: grant.accessGrantedAt }, 'access was granted', unusedDays, now);
    if (!unused) continue;
    findings.push(
      makeFinding(policy, 'stale-token', {
        subject: grant.owner,
        resource: resourceId.pat(grant.tokenId),
        message: `Fine-grained token “${grant.tokenName}” of ${grant.owner} ${unused.description}`,
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
    const unused = unusedFor({ lastUsedAt: credential.accessedAt, grantedAt: credential.authorizedAt }, 'it was authorized', unusedDays, now);
    if (!unused) continue;
    const name = credential.title ? `${credential.type} “${credential.title}”` : credential.type;
    findings.push(
      makeFinding(policy, 'stale-token', {
        subject: credential.login,
        resource: resourceId.credential(credential.id),
        message: `SSO-authorized ${name} of ${credential.login} ${unused.description}`,
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
