// What an audit reads: the stored history (and its ETags), the organization, the tracking
// issues and the managed audit issues.
import { randomUUID } from 'node:crypto';
import type { AuditGathered } from '../evaluate/audit.js';
import { AUDIT_LABEL } from '../reporters/issues.js';
import type { RunContext } from '../run-context.js';
import { upgradePatFingerprints } from '../state/pat-fingerprints.js';
import { managedIssuesOf } from '../evaluate/legacy-issues.js';
import { listIssuesByLabel } from '../reporters/issue-sync.js';
import { describeError } from '../reporters/request-error.js';
import { gatherOrganization } from './organization.js';
import { etagsToKeep, gatherHistory } from './state.js';

export async function gatherAudit(ctx: RunContext): Promise<AuditGathered> {
  const history = await gatherHistory(ctx);
  const snapshot = await gatherOrganization(ctx, [ctx.loaded.policy], history?.reads);
  // A v0.1.0 history names PAT findings by grant id; this run's grants give their token ids.
  const previous = history && upgradePatFingerprints(history, snapshot.patGrants);
  const etags = etagsToKeep(ctx);
  const { issues, feedbackIssues } = await gatherFindingsIssues(ctx);
  return { snapshot, previous, issues, feedbackIssues, etags, runId: randomUUID() };
}

/**
 * The findings issues, listed once: as managed issues for the sync (null when issues are not
 * reported) and as they are, for the feedback people gave on them (labels, who closed them).
 */
async function gatherFindingsIssues(
  ctx: RunContext,
): Promise<Pick<AuditGathered, 'issues' | 'feedbackIssues'>> {
  if (!ctx.inputs.reporters.has('issues') || ctx.readOnly) return { issues: null, feedbackIssues: [] };
  try {
    const listed = await listIssuesByLabel(ctx.repoClient, ctx.actionRepo, AUDIT_LABEL);
    // This organization's issues, and the legacy ones (no organization in their key) it adopts.
    return { issues: managedIssuesOf(listed, ctx.inputs.organization), feedbackIssues: listed };
  } catch (error) {
    return { issues: { error: describeError(error) }, feedbackIssues: [] };
  }
}
