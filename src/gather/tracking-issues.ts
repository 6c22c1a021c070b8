// Reading the tracking issues: offboard mode keeps them, and audit and validate learn from them
// who was offboarded, and when.
import { belongsTo } from '../evaluate/legacy-issues.js';
import type { CoverageGap, OffboardedPerson } from '../model.js';
import { readOffboardedPeople } from '../offboarding/tracking-issue.js';
import { TRACKING_LABEL } from '../reporters/issue-keys.js';
import { listIssuesByLabel, type ListedIssue } from '../reporters/issue-sync.js';
import { describeError } from '../reporters/request-error.js';
import type { RunContext } from '../run-context.js';

/**
 * The organization's tracking issues, open and closed (another organization's people are not
 * this one's): one listing serves the state readers and the issue sync.
 */
export async function listTrackingIssues(ctx: RunContext): Promise<ListedIssue[]> {
  const listed = await listIssuesByLabel(ctx.repoClient, ctx.actionRepo, TRACKING_LABEL);
  return listed.filter((issue) => belongsTo(issue, ctx.inputs.organization));
}

/** People recorded as offboarded by their tracking issues (open or closed). */
export async function readOffboarded(ctx: RunContext): Promise<{ people: OffboardedPerson[]; gap: CoverageGap | null }> {
  try {
    const issues = await listTrackingIssues(ctx);
    return { people: readOffboardedPeople(issues.map((issue) => ({ body: issue.body ?? null }))), gap: null };
  } catch (error) {
    return {
      people: [],
      gap: {
        resource: `repo:${ctx.actionRepo.owner}/${ctx.actionRepo.repo}/issues`,
        reason: `cannot read the offboarding tracking issues (${describeError(error)}): offboarded people are unknown to this audit`,
      },
    };
  }
}
