// What validate reads: whether the labels and teams the PR's routing names exist, the base
// branch's policy, and — when both policies load — the organization to evaluate them on.
import type { ValidateGathered } from '../evaluate/validate.js';
import { checkPolicyAgainst, loadPolicyFromTexts } from '../policy/index.js';
import { statusOf } from '../reporters/request-error.js';
import type { RunContext } from '../run-context.js';
import { gatherOrganization } from './organization.js';
import { readBasePolicy } from './policy-base.js';

/** 404 means "does not exist"; any other failure is rethrown so the check says "not checked". */
async function exists(request: () => Promise<unknown>): Promise<boolean> {
  try {
    await request();
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

export async function gatherValidate(ctx: RunContext): Promise<ValidateGathered> {
  const { loaded, client, repoClient, actionRepo, inputs } = ctx;
  const semantic = await checkPolicyAgainst(loaded.policy, {
    clock: ctx.clock,
    lookups: {
      labelExists: async (name) => exists(() => repoClient.rest.request('GET /repos/{owner}/{repo}/labels/{name}', { ...actionRepo, name })),
      teamExists: async (slug) =>
        exists(() => client.rest.request('GET /orgs/{org}/teams/{team_slug}', { org: inputs.organization, team_slug: slug })),
    },
  });
  // A broken policy is compared with nothing: the errors come first.
  if (loaded.errors.length > 0 || semantic.errors.length > 0) return { semantic, comparison: null };

  const pr = inputs.pullRequest;
  if (!pr?.baseSha) return { semantic, comparison: { kind: 'skipped', note: 'No pull request base to compare with.', gaps: [] } };
  const base = await readBasePolicy(ctx, pr.baseSha);
  if ('gap' in base) return { semantic, comparison: { kind: 'skipped', note: base.gap.reason, gaps: [base.gap] } };
  const baseLoaded = loadPolicyFromTexts(base);
  if (baseLoaded.errors.length > 0) {
    return { semantic, comparison: { kind: 'skipped', note: 'The base branch policy itself has errors; no comparison.', gaps: [] } };
  }
  return { semantic, comparison: { kind: 'read', base: baseLoaded, snapshot: await gatherOrganization(ctx, [loaded.policy, baseLoaded.policy]) } };
}
