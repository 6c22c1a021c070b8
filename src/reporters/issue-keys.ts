// The labels and keys that make an issue one of ours and say which set — and which
// organization — it belongs to, so several organizations can report into one repository.
// Pure: the modes build keys here, never by hand.
//
// Keys: `audit/<org>:<group-by>:<value>` and `offboard/<org>:<login>` (organization logins
// never contain `/` or `:`). The version before wrote `audit:<group-by>:<value>` and
// `offboard:<login>`; those are adopted (see legacy-issues.ts), never duplicated.

/** Every tracking issue carries this label (audit and validate learn from them who left). */
export const TRACKING_LABEL = 'offboarding';

const scope = (org: string) => org.toLowerCase();

/** Every audit issue key of the organization starts with this. */
export function auditKeyPrefix(org: string): string {
  return `audit/${scope(org)}:`;
}

/** An audit issue's key from its group (`audit:<group-by>:<value>`, as the grouping builds it). */
export function auditIssueKey(org: string, groupKey: string): string {
  return `${auditKeyPrefix(org)}${groupKey.replace(/^audit:/, '')}`;
}

/** Every tracking key of the organization starts with this. */
export function trackingKeyPrefix(org: string): string {
  return `offboard/${scope(org)}:`;
}

/** A person's tracking issue in the organization. */
export function trackingKey(org: string, login: string): string {
  return `${trackingKeyPrefix(org)}${login.toLowerCase()}`;
}

/** The organization's key for a key the previous version wrote (no organization), else null. */
export function scopeLegacyKey(key: string, org: string): string | null {
  if (key.startsWith('audit:')) return `${auditKeyPrefix(org)}${key.slice('audit:'.length)}`;
  if (key.startsWith('offboard:')) return `${trackingKeyPrefix(org)}${key.slice('offboard:'.length)}`;
  return null;
}
