// What an audit reads: the stored history (and its ETags), the organization, the tracking
// issues and the managed audit issues.
import { randomUUID } from 'node:crypto';
import type { AuditGathered } from '../evaluate/audit.js';
import { AUDIT_LABEL } from '../reporters/issues.js';
import type { RunContext } from '../run-context.js';
import { gatherManagedIssues } from './managed-issues.js';
import { gatherOrganization } from './organization.js';
import { etagsToKeep, gatherHistory } from './state.js';

export async function gatherAudit(ctx: RunContext): Promise<AuditGathered> {
  const previous = await gatherHistory(ctx);
  const snapshot = await gatherOrganization(ctx, [ctx.loaded.policy]);
  const etags = etagsToKeep(ctx);
  const issues = await gatherManagedIssues(ctx, AUDIT_LABEL);
  return { snapshot, previous, issues, etags, runId: randomUUID() };
}
