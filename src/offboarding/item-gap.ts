// Which coverage gap (if any) hides an inventory item in a fresh snapshot. An item that is
// absent because it could not be read is `unknown`, never `revoked`. The lists each kind
// depends on are the one table in src/coverage/covers.ts.
import { coveringGap, itemFromResource, type CoveredItem } from '../coverage/covers.js';
import type { CoverageGap, Snapshot } from '../model.js';
import type { InventoryItem } from './types.js';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** An inventory item as the coverage table sees it: its id says where it lives, its detail the rest. */
export function coveredInventoryItem(item: InventoryItem, org: string, subject: string): CoveredItem {
  const fromId = itemFromResource(item.resource);
  return {
    ...fromId,
    kind: item.kind,
    org,
    subject,
    repo: fromId.repo ?? text(item.detail.repo),
    target: text(item.detail.target),
    assignedBy: text(item.kind === 'copilot-seat' ? item.detail.seatScope : item.detail.enterprise),
  };
}

export function gapFor(snapshot: Snapshot, item: InventoryItem, subject: string): CoverageGap | null {
  return coveringGap(snapshot.coverage, coveredInventoryItem(item, snapshot.organization, subject));
}
