// stale-secret: an organization, repository or environment secret not updated for more than
// `rotation-days`. Secrets have no owner on GitHub, so the subject is null.
import type { Finding, Secret } from '../model.js';
import { resourceId } from '../resource-id.js';
import { defineRule, makeFinding, threshold } from './finding.js';
import { isOlderThan, isoDay, wholeDays } from './time.js';

function describeSecret(org: string, secret: Secret): string {
  const kind = secret.kind === 'dependabot' ? 'Dependabot secret' : 'Actions secret';
  switch (secret.scope) {
    case 'organization':
      return `Organization ${kind} ${secret.name} of ${org}`;
    case 'repository':
      return `Repository ${kind} ${secret.name} on ${secret.repo}`;
    case 'environment':
      return `Environment ${kind} ${secret.name} on ${secret.repo} (environment ${secret.environment})`;
  }
}

export const staleSecret = defineRule('stale-secret', ({ snapshot, policy, clock }) => {
  const now = clock.now();
  const rotationDays = threshold(policy, 'stale-secret', 'rotation-days');
  const findings: Finding[] = [];
  for (const secret of snapshot.secrets) {
    if (!isOlderThan(secret.updatedAt, rotationDays, now)) continue;
    findings.push(
      makeFinding(policy, 'stale-secret', {
        subject: null,
        resource: resourceId.secret(snapshot.organization, secret),
        message:
          `${describeSecret(snapshot.organization, secret)} was last updated ${isoDay(secret.updatedAt)} ` +
          `(${wholeDays(secret.updatedAt, now)} days ago; policy: rotate every ${rotationDays})`,
        evidence: {
          scope: secret.scope,
          kind: secret.kind,
          createdAt: secret.createdAt,
          updatedAt: secret.updatedAt,
          rotationDays,
        },
      }),
    );
  }
  return findings;
});
