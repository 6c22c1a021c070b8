// One offboarding across several organizations (an enterprise): a person leaves the company,
// not one organization. Each organization is collected and verified on its own (its own
// snapshot, its own coverage); this module joins the per-organization inventories into the one
// inventory the person's single tracking issue keeps, splits it again for each organization's
// verification, and joins the verifications back into one. Every item carries the organization
// it was found in (`detail.organization`), since ids such as `pat:` or `invitation:` do not.
import { offboardingMetrics } from './metrics.js';
import type { Inventory, InventoryItem, ItemStatus, StepState, StepStatus } from './types.js';
import type { Verification } from './verify.js';

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

function tagged(item: InventoryItem, organization: string): InventoryItem {
  return typeof item.detail.organization === 'string'
    ? item
    : { ...item, detail: { ...item.detail, organization } };
}

/** The scope's name in titles: the enterprise slug, or the organizations themselves. */
export function scopeName(organizations: readonly string[], enterprise: string | null): string {
  return enterprise ?? organizations.join(', ');
}

export function combineInventories(scope: string, inventories: readonly Inventory[]): Inventory {
  if (inventories.length === 0) throw new Error('combineInventories: no inventory');
  const first = inventories[0];
  const items = new Map<string, InventoryItem>();
  for (const inventory of inventories) {
    for (const item of inventory.items) {
      // The enterprise's own holdings appear in every organization's collection: keep one.
      const key = `${item.kind}\u0000${item.resource}`;
      if (!items.has(key)) items.set(key, tagged(item, inventory.organization));
    }
  }
  return {
    subject: first.subject,
    organization: scope,
    offboardedAt: first.offboardedAt,
    source: inventories.some((i) => i.source === 'audit-log') ? 'audit-log' : 'snapshot',
    builtAt: inventories.map((i) => i.builtAt).sort()[inventories.length - 1],
    items: [...items.values()],
    emails: unique(inventories.flatMap((i) => i.emails)),
    knownIps: unique(inventories.flatMap((i) => i.knownIps)).sort(),
    gaps: inventories.flatMap((i) => i.gaps),
    limits: unique(inventories.flatMap((i) => i.limits)),
  };
}

/**
 * The part of a scope inventory one organization verifies. Items without an organization (an
 * inventory written before the scope widened) belong to `primary`, where they were found.
 */
export function inventoryFor(inventory: Inventory, organization: string, primary: string): Inventory {
  const org = organization.toLowerCase();
  const belongs = (item: InventoryItem) =>
    (typeof item.detail.organization === 'string' ? item.detail.organization : primary).toLowerCase() === org;
  return { ...inventory, organization, items: inventory.items.filter(belongs) };
}

const STEP_ORDER: readonly StepState[] = ['missing', 'pending', 'unknown', 'done'];
const ITEM_ORDER: readonly ItemStatus['status'][] = ['retained', 'unknown', 'rotated', 'revoked'];

/** A journey step is done for the person only when it is done in every organization. */
function combineStep(steps: readonly StepStatus[]): StepStatus {
  const status = STEP_ORDER.find((state) => steps.some((step) => step.status === state)) ?? 'done';
  const doneAts = steps.map((step) => step.doneAt);
  const doneAt =
    status === 'done' && doneAts.every((at) => at !== null) ? (doneAts.sort().at(-1) ?? null) : null;
  return { ...steps[0], status, doneAt };
}

export function combineVerifications(
  subject: string,
  offboardedAt: string,
  now: Date,
  verifications: readonly { organization: string; verification: Verification }[],
): Verification {
  // The same holding seen from two organizations (the enterprise's own): the worse status wins,
  // so one collection's "gone" never hides another's "still there".
  const byHolding = new Map<string, ItemStatus>();
  for (const item of verifications.flatMap(({ verification }) => verification.items)) {
    const key = `${item.kind}\u0000${item.resource}`;
    const held = byHolding.get(key);
    if (!held || ITEM_ORDER.indexOf(item.status) < ITEM_ORDER.indexOf(held.status)) byHolding.set(key, item);
  }
  const items = [...byHolding.values()];
  const stepIds = unique(
    verifications.flatMap(({ verification }) => verification.steps.map((step) => step.id)),
  );
  const steps = stepIds.map((id) =>
    combineStep(
      verifications.flatMap(({ verification }) => verification.steps.filter((step) => step.id === id)),
    ),
  );
  const fingerprints = new Set<string>();
  const findings = verifications
    .flatMap(({ verification }) => verification.findings)
    .filter(
      (finding) =>
        !fingerprints.has(finding.fingerprint) && fingerprints.add(finding.fingerprint) !== undefined,
    );
  return {
    findings,
    items,
    steps,
    metrics: offboardingMetrics({ subject, offboardedAt, now, items, steps }),
  };
}
