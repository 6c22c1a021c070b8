// Reading the issues a mode keeps in step, before planning what to change. Reading is not a
// write: a dry run lists them too and shows the real plan.
import { managedIssuesOf } from '../evaluate/legacy-issues.js';
import { listIssuesByLabel, type ManagedIssue } from '../reporters/issue-sync.js';
import { describeError } from '../reporters/request-error.js';
import type { RunContext } from '../run-context.js';

/**
 * The organization's managed issues of `label` (other organizations' are not ours to touch),
 * null when issues are not reported, or why they could not be read.
 */
export async function gatherManagedIssues(ctx: RunContext, label: string): Promise<ManagedIssue[] | { error: string } | null> {
  if (!ctx.inputs.reporters.has('issues') || ctx.readOnly) return null;
  try {
    return managedIssuesOf(await listIssuesByLabel(ctx.repoClient, ctx.actionRepo, label), ctx.inputs.organization);
  } catch (error) {
    return { error: describeError(error) };
  }
}
