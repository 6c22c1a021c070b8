import { createHash } from 'node:crypto';
import type { RuleName } from './model.js';

/**
 * A finding's identity across runs. It hashes only what names the access (rule, resource,
 * subject and an optional discriminator), never the message, the severity or the order in
 * which things were collected, so re-wording a message or re-grading a rule keeps the issue.
 */
export function fingerprint(rule: RuleName, resource: string, subject: string | null, key = ''): string {
  return createHash('sha256')
    .update([rule, resource, subject ?? '', key].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}
