// The words of an offboarding: what a person held (the inventory), what became of each holding
// (item status) and of each journey step (step status). All of it is serialised into the
// tracking issue, so every field is plain JSON.

/** What kind of access an inventory item is; also how the journey's github steps group them. */
export type InventoryKind =
  | 'org-membership'
  | 'team-membership'
  | 'repo-access'
  | 'invitation'
  | 'pat'
  | 'credential'
  | 'deploy-key'
  | 'secret'
  | 'enterprise-membership'
  | 'copilot-seat';

export const INVENTORY_KINDS: readonly InventoryKind[] = [
  'org-membership',
  'team-membership',
  'repo-access',
  'invitation',
  'pat',
  'credential',
  'deploy-key',
  'secret',
  'enterprise-membership',
  'copilot-seat',
];

export type DetailValue = string | number | boolean | null;

export interface InventoryItem {
  kind: InventoryKind;
  /** The contract resource identifier (`org:acme`, `pat:12`, `secret:acme/api/TOKEN`, …). */
  resource: string;
  /** Human text (untrusted parts included: escape before Markdown). */
  label: string;
  /** Facts about the holding: role, permission, why a secret is listed, ids for revocation… */
  detail: Record<string, DetailValue>;
}

export interface Inventory {
  subject: string;
  organization: string;
  offboardedAt: string;
  /** `snapshot` when built from a pre-phase collection, `audit-log` when reconstructed. */
  source: 'snapshot' | 'audit-log';
  builtAt: string;
  items: InventoryItem[];
  /**
   * E-mail addresses that identify the person (SAML, verified domain, the e-mail HR gave):
   * kept so invitations to them are still recognised once the identity itself is gone.
   */
  emails: string[];
  /** IP addresses the person used at or before `offboardedAt` (for `offboarded-ip-activity`). */
  knownIps: string[];
  /** Resources that could not be read while building it: the inventory may miss what they hold. */
  gaps: { resource: string; reason: string }[];
  /** What this inventory cannot know, in words (reconstruction limits). */
  limits: string[];
}

export type ItemState = 'revoked' | 'rotated' | 'retained' | 'unknown';

export interface ItemStatus {
  kind: InventoryKind;
  resource: string;
  label: string;
  status: ItemState;
  /** When and by whom it was revoked or rotated, from the audit log (null when not seen there). */
  at: string | null;
  by: string | null;
  /** Held now but not in the inventory: granted after `pre`, or missed by the reconstruction. */
  new: boolean;
  /** Why: the coverage gap behind `unknown`, or how something went without a removal (expiry). */
  reason?: string;
}

export type StepState = 'done' | 'pending' | 'missing' | 'unknown';

export interface StepStatus {
  id: string;
  title: string;
  check: 'github' | 'manual';
  status: StepState;
  dueAt: string;
  /** When a github step became done (the last revocation it needed), when known. */
  doneAt: string | null;
}
