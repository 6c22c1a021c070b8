// The labels and keys that make an issue one of ours and say which set — and which
// organization — it belongs to, so several organizations can report into one repository.
// Pure: the modes build keys here, never by hand.
//
// Keys: `audit/<org>:<group-by>:<value>` and `offboard/<org>:<login>` (organization logins
// never contain `/` or `:`). An offboarding across an enterprise has one tracking issue per
// person for the whole enterprise: `offboard/enterprise/<slug>:<login>` — the `/` keeps it apart
// from every organization's keys. The version before wrote `audit:<group-by>:<value>` and
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

/** The tracking scope of an offboarding across an enterprise (never an organization login: it holds `/`). */
function enterpriseScope(enterprise: string): string {
  return `enterprise/${enterprise}`;
}

/** Whose tracking issues an offboarding keeps: the enterprise's when it covers one, else the organization's. */
export function trackingScope(organization: string, enterprise: string | null): string {
  return enterprise ? enterpriseScope(enterprise) : organization;
}

/** Whether a key is an enterprise-wide tracking key (any enterprise). */
export function isEnterpriseTrackingKey(key: string): boolean {
  return key.startsWith('offboard/enterprise/');
}

/** A person's tracking issue in the organization (or the enterprise scope, `enterpriseScope`). */
export function trackingKey(org: string, login: string): string {
  return `${trackingKeyPrefix(org)}${login.toLowerCase()}`;
}

/** The organization's key for a key the previous version wrote (no organization), else null. */
export function scopeLegacyKey(key: string, org: string): string | null {
  if (key.startsWith('audit:')) return `${auditKeyPrefix(org)}${key.slice('audit:'.length)}`;
  if (key.startsWith('offboard:')) return `${trackingKeyPrefix(org)}${key.slice('offboard:'.length)}`;
  return null;
}
