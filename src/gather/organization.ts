// The whole organization in one snapshot, with the people its tracking issues record as
// offboarded: what audit and validate both evaluate. An audit over several organizations
// collects each on its own (its own snapshot, its own coverage) and reads the tracking issues,
// which live in the one repository that runs the action, once.
import { collectOrganization } from '../collectors/collect-organization.js';
import type { ReadRecord } from '../coverage/read-record.js';
import type { ActivityRecord } from '../collectors/activity-record.js';
import type { AuditLogRecord } from '../coverage/audit-log-record.js';
import { combinedWindows } from '../evaluate/activity-windows.js';
import type { Snapshot } from '../model.js';
import type { Policy } from '../policy/types.js';
import type { RunContext } from '../run-context.js';
import { readOffboarded, type Offboarded } from './tracking-issues.js';

/** Read far enough back for every policy given (validate evaluates two on one snapshot). */
export async function gatherOrganization(
  ctx: RunContext,
  policies: readonly Policy[],
  options: {
    org?: string;
    offboarded?: Offboarded;
    previousReads?: ReadRecord;
    previousActivity?: ActivityRecord;
    previousAuditLog?: AuditLogRecord | null;
  } = {},
): Promise<Snapshot> {
  const windows = combinedWindows(policies);
  const snapshot = await collectOrganization(ctx.client, {
    org: options.org ?? ctx.inputs.organization,
    now: ctx.clock.now(),
    activityWindowDays: windows.days,
    activityThresholds: windows.thresholds,
    // Which stored deploy-key lists the stale-deploy-key rule could judge from a stale copy.
    deployKeyThresholds: {
      unusedDays: policies.map((policy) => policy.rules['stale-deploy-key'].thresholds['unused-days']),
      neverUsedDays: policies.map((policy) => policy.rules['stale-deploy-key'].thresholds['never-used-days']),
    },
    // Where the last audit stopped and what it read when: the reading order and the deltas.
    ...(options.previousReads ? { previousReads: options.previousReads } : {}),
    ...(options.previousActivity ? { previousActivity: options.previousActivity } : {}),
    ...(options.previousAuditLog ? { previousAuditLog: options.previousAuditLog } : {}),
    logger: ctx.logger,
  });
  const offboarded = options.offboarded ?? (await readOffboarded(ctx));
  return {
    ...snapshot,
    offboarded: offboarded.people,
    coverage: offboarded.gap ? [...snapshot.coverage, offboarded.gap] : snapshot.coverage,
  };
}
