// What a merge reads: the per-organization reports named by `reports` (files in the workspace,
// downloaded artifacts), which organizations must be among them (`organizations`, or the
// enterprise's), and the managed audit issues it keeps in step.
import type { MergeGathered } from '../evaluate/merge.js';
import { readReports } from '../merge/read-reports.js';
import type { RunContext } from '../run-context.js';
import { gatherFindingsIssues } from './audit.js';
import { gatherScope } from './scope.js';

export async function gatherMerge(ctx: RunContext): Promise<MergeGathered> {
  const { inputs } = ctx;
  const read = await readReports(inputs.workspace, inputs.reports ?? '');
  // Without `organizations` or `enterprise`, the reports given are the whole scope.
  const scope =
    inputs.organizations.length > 0 || inputs.enterprise
      ? await gatherScope(ctx)
      : { enterprise: null, organizations: [], gaps: [] };
  // Issues of every organization expected or reported.
  const organizations = [...new Set([...scope.organizations, ...read.reports.map((r) => r.report.organization)].map((o) => o.toLowerCase()))].sort();
  const { issues } = await gatherFindingsIssues(ctx, organizations);
  return { ...read, scope, issues };
}
