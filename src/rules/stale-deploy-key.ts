// stale-deploy-key: a key never used and older than `never-used-days`, or last used more than
// `unused-days` ago. The subject is whoever added it (null when GitHub does not say).
import type { Finding } from '../model.js';
import { resourceId } from '../resource-id.js';
import { defineRule, makeFinding, threshold } from './finding.js';
import { isOlderThan, isoDay, wholeDays } from './time.js';

export const staleDeployKey = defineRule('stale-deploy-key', ({ snapshot, policy, clock }) => {
  const now = clock.now();
  const neverUsedDays = threshold(policy, 'stale-deploy-key', 'never-used-days');
  const unusedDays = threshold(policy, 'stale-deploy-key', 'unused-days');
  const findings: Finding[] = [];

  for (const key of snapshot.deployKeys) {
    const lastUsedAt = key.lastUsedAt;
    const neverUsed = lastUsedAt === null;
    const stale = neverUsed
      ? isOlderThan(key.createdAt, neverUsedDays, now)
      : isOlderThan(lastUsedAt, unusedDays, now);
    if (!stale) continue;
    const message = neverUsed
      ? `Deploy key “${key.title}” on ${key.repo} was created ${isoDay(key.createdAt)} ` +
        `(${wholeDays(key.createdAt, now)} days ago) and never used (policy: ${neverUsedDays})`
      : `Deploy key “${key.title}” on ${key.repo} was last used ${isoDay(lastUsedAt)} ` +
        `(${wholeDays(lastUsedAt, now)} days ago; policy: ${unusedDays})`;
    findings.push(
      makeFinding(policy, 'stale-deploy-key', {
        subject: key.addedBy,
        resource: resourceId.deployKey(key.repo, key.id),
        message,
        evidence: {
          title: key.title,
          readOnly: key.readOnly,
          createdAt: key.createdAt,
          lastUsedAt: key.lastUsedAt,
          addedBy: key.addedBy,
          ...(neverUsed ? { neverUsedDays } : { unusedDays }),
        },
      }),
    );
  }
  return findings;
});
