// What an audit reads: the stored history (and its ETags), every organization of the scope
// (each collected on its own, with its own coverage), HR's roster, the tracking issues and the
// managed audit issues.
import { randomUUID } from 'node:crypto';
import type { AuditGathered } from '../evaluate/audit.js';
import { AUDIT_LABEL } from '../reporters/issues.js';
import { readRoster } from '../roster/read-roster.js';
import type { RunContext } from '../run-context.js';
import { upgradePatFingerprints } from '../state/pat-fingerprints.js';
import { managedIssuesOf } from '../evaluate/legacy-issues.js';
import { listIssuesByLabel } from '../reporters/issue-sync.js';
import { describeError } from '../reporters/request-error.js';
import { carriedFrom } from '../state/carried-reads.js';
import { gatherOrganization } from './organization.js';
import { gatherScope } from './scope.js';
import { isPrimary } from '../run-context.js';
import { etagsToKeep, gatherHistory } from './state.js';
import { readOffboarded } from './tracking-issues.js';

export async function gatherAudit(ctx: RunContext): Promise<AuditGathered> {
  // A roster with bad rows stops the run before anything is read: half of HR's list is no list.
  const roster = ctx.inputs.roster ? await readRoster(ctx.inputs.workspace, ctx.inputs.roster) : null;
  const history = await gatherHistory(ctx);
  const scope = await gatherScope(ctx);
  const offboarded = await readOffboarded(ctx, scope.organizations);
  const snapshots = [];
  for (const org of scope.organizations) {
    if (scope.organizations.length > 1) ctx.logger.info(`Collecting ${org}`);
    // The stored history is the action's organization's: only its reads plan tonight's deltas.
    const carried = isPrimary(ctx, org) ? carriedFrom(history) : {};
    const snapshot = await gatherOrganization(ctx, [ctx.loaded.policy], { org, offboarded, ...carried });
    snapshots.push({ ...snapshot, roster });
  }
  // A v0.1.0 history names PAT findings by grant id; this run's grants (the action's
  // organization's, whose history it is) give their token ids.
  const primary = snapshots.find((s) => isPrimary(ctx, s.organization));
  const previous = history && upgradePatFingerprints(history, primary?.patGrants ?? []);
  const etags = etagsToKeep(ctx);
  const { issues, feedbackIssues } = await gatherFindingsIssues(ctx, scope.organizations);
  return { snapshots, scope, previous, issues, feedbackIssues, etags, runId: randomUUID() };
}

/**
 * The findings issues, listed once: as managed issues for the sync (null when issues are not
 * reported) and as they are, for the feedback people gave on them (labels, who closed them).
 */
export async function gatherFindingsIssues(
  ctx: RunContext,
  organizations: readonly string[],
): Promise<Pick<AuditGathered, 'issues' | 'feedbackIssues'>> {
  if (!ctx.inputs.reporters.has('issues') || ctx.readOnly) return { issues: null, feedbackIssues: [] };
  try {
    const listed = await listIssuesByLabel(ctx.repoClient, ctx.actionRepo, AUDIT_LABEL);
    // Each organization's issues, and the legacy ones (no organization in their key) it adopts.
    const issues = organizations.flatMap((org) => managedIssuesOf(listed, org));
    const unique = [...new Map(issues.map((issue) => [issue.number, issue])).values()];
    return { issues: unique, feedbackIssues: listed };
  } catch (error) {
    return { issues: { error: describeError(error) }, feedbackIssues: [] };
  }
}
