// Reading the tracking issues: offboard mode keeps them, and audit and validate learn from them
// who was offboarded, and when.
import { belongsTo } from '../evaluate/legacy-issues.js';
import type { CoverageGap, OffboardedPerson } from '../model.js';
import { readOffboardedPeople } from '../offboarding/tracking-issue.js';
import { isEnterpriseTrackingKey, TRACKING_LABEL, trackingKeyPrefix, trackingScope } from '../reporters/issue-keys.js';
import { listIssuesByLabel, parseMarker, type ListedIssue } from '../reporters/issue-sync.js';
import { describeError } from '../reporters/request-error.js';
import type { RunContext } from '../run-context.js';

/**
 * The run's tracking issues, open and closed: the organization's (another organization's people
 * are not this one's), or with `enterprise` set the enterprise-wide ones (`offboard/enterprise/<slug>:`).
 * One listing serves the state readers and the issue sync.
 */
export async function listTrackingIssues(ctx: RunContext): Promise<ListedIssue[]> {
  const listed = await listIssuesByLabel(ctx.repoClient, ctx.actionRepo, TRACKING_LABEL);
  const { organization, enterprise } = ctx.inputs;
  if (!enterprise) return listed.filter((issue) => belongsTo(issue, organization));
  const prefix = trackingKeyPrefix(trackingScope(organization, enterprise));
  return listed.filter((issue) => parseMarker(issue.body)?.key.startsWith(prefix) === true);
}

export interface Offboarded {
  people: OffboardedPerson[];
  gap: CoverageGap | null;
}

/**
 * People recorded as offboarded by tracking issues (open or closed): those of the organizations
 * given and every enterprise-wide one (a person who left the enterprise left each organization).
 */
export async function readOffboarded(
  ctx: RunContext,
  organizations: readonly string[] = [ctx.inputs.organization],
): Promise<Offboarded> {
  try {
    const listed = await listIssuesByLabel(ctx.repoClient, ctx.actionRepo, TRACKING_LABEL);
    const issues = listed.filter(
      (issue) =>
        isEnterpriseTrackingKey(parseMarker(issue.body)?.key ?? '') || organizations.some((org) => belongsTo(issue, org)),
    );
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
