// write-deploy-key: a deploy key that can push (`read_only: false`). Keys that are meant to
// write are allowed through policy exemptions, applied after the rules.
import { resourceId } from '../resource-id.js';
import { defineRule, makeFinding } from './finding.js';
import { isoDay } from './time.js';

export const writeDeployKey = defineRule('write-deploy-key', ({ snapshot, policy }) =>
  snapshot.deployKeys
    .filter((key) => !key.readOnly)
    .map((key) =>
      makeFinding(policy, 'write-deploy-key', {
        subject: key.addedBy,
        resource: resourceId.deployKey(key.repo, key.id),
        message:
          `Deploy key “${key.title}” on ${key.repo} has write access` +
          `${key.addedBy ? ` (added by ${key.addedBy}` : ' (added'} ${isoDay(key.createdAt)})`,
        evidence: { title: key.title, readOnly: false, createdAt: key.createdAt, addedBy: key.addedBy },
      }),
    ),
);
