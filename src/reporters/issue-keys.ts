// The labels and keys that make an issue one of ours and say which set it belongs to.
// Pure: the sync engine and the modes build keys here, never by hand.

/** Every tracking issue carries this label (audit and validate learn from them who left). */
export const TRACKING_LABEL = 'offboarding';

/** A person's tracking issue. */
export function trackingKey(login: string): string {
  return `offboard:${login.toLowerCase()}`;
}

/** Every tracking key starts with this. */
export const TRACKING_KEY_PREFIX = 'offboard:';

/** Every audit issue key starts with this. */
export const AUDIT_KEY_PREFIX = 'audit:';
