// The whole organization in one snapshot, with the people its tracking issues record as
// offboarded: what audit and validate both evaluate.
import { collectOrganization } from '../collectors/collect-organization.js';
import { combinedWindows } from '../evaluate/activity-windows.js';
import type { Snapshot } from '../model.js';
import type { Policy } from '../policy/types.js';
import type { RunContext } from '../run-context.js';
import { readOffboarded } from './tracking-issues.js';

/** Read far enough back for every policy given (validate evaluates two on one snapshot). */
export async function gatherOrganization(ctx: RunContext, policies: readonly Policy[]): Promise<Snapshot> {
  const windows = combinedWindows(policies);
  const snapshot = await collectOrganization(ctx.client, {
    org: ctx.inputs.organization,
    now: ctx.clock.now(),
    activityWindowDays: windows.days,
    activityThresholds: windows.thresholds,
    logger: ctx.logger,
  });
  const offboarded = await readOffboarded(ctx);
  return {
    ...snapshot,
    offboarded: offboarded.people,
    coverage: offboarded.gap ? [...snapshot.coverage, offboarded.gap] : snapshot.coverage,
  };
}
