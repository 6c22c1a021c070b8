// Tracking issues written before PAT items were named by their token id carry `pat:<grant id>`.
// Reading such a state renames those items (inventory and checklist alike) to `pat:<token id>`,
// which both ids in the item's detail allow, so an offboarding opened by an older version is
// verified, ticked and closed like a new one.
import { resourceId } from '../resource-id.js';
import type { TrackingState } from './tracking-state.js';
import type { InventoryItem } from './types.js';

function renamedPat(item: InventoryItem): string | null {
  const { grantId, tokenId } = item.detail;
  if (item.kind !== 'pat' || typeof tokenId !== 'number' || typeof grantId !== 'number') return null;
  const current = resourceId.pat(tokenId);
  return item.resource === `pat:${grantId}` && item.resource !== current ? current : null;
}

export function upgradePatIds(state: TrackingState): TrackingState {
  const renames = new Map<string, string>();
  const items = state.inventory.items.map((item) => {
    const renamed = renamedPat(item);
    if (!renamed) return item;
    renames.set(item.resource, renamed);
    return { ...item, resource: renamed };
  });
  if (renames.size === 0) return state;
  return {
    ...state,
    inventory: { ...state.inventory, items },
    items: state.items.map((status) =>
      status.kind === 'pat' && renames.has(status.resource)
        ? { ...status, resource: renames.get(status.resource) ?? status.resource }
        : status,
    ),
  };
}
