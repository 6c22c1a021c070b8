// `mode: validate` — the PR check for policy changes. Errors are findings at file:line:column
// (annotations on the check run); when the token can read the organization, the base branch's
// policy and the PR's policy are evaluated against the same snapshot and the difference is shown.
import { collectOrganization } from '../collectors/collect-organization.js';
import type { CoverageGap, Finding, Snapshot } from '../model.js';
import {
  applyExemptions,
  checkPolicyAgainst,
  loadPolicyFromTexts,
  unusedExemptions,
  type PolicyError,
  type PolicyText,
} from '../policy/index.js';
import type { Policy } from '../policy/types.js';
import { describeError, statusOf } from '../reporters/request-error.js';
import { auditRules, runRules } from '../rules/index.js';
import { policyInvalidFindings } from '../rules/policy-invalid.js';
import type { RunContext } from '../run-context.js';
import { activityThresholds, activityWindowDays } from './audit.js';
import { readOffboarded } from './tracking.js';
import { POLICY_FILES_ONLY, type ModeOutcome } from './outcome.js';
import { diffFindings, renderPolicyDiff, type PolicyDiff } from './policy-diff.js';

/** The base branch's policy files, read through the contents API (no second checkout needed). */
export async function readBasePolicy(ctx: RunContext, ref: string): Promise<PolicyText[] | { gap: CoverageGap }> {
  const { repoClient: client, actionRepo, inputs } = ctx;
  const folder = inputs.policyPath.replace(/^\.?\/*/, '').replace(/\/+$/, '');
  try {
    const listing = await client.rest.request('GET /repos/{owner}/{repo}/contents/{path}', { ...actionRepo, path: folder, ref });
    const entries = Array.isArray(listing.data) ? (listing.data as { type: string; name: string; path: string }[]) : [];
    const files = entries.filter((entry) => entry.type === 'file' && /\.ya?ml$/i.test(entry.name));
    const texts: PolicyText[] = [];
    for (const file of files) {
      const content = await client.rest.request('GET /repos/{owner}/{repo}/contents/{path}', { ...actionRepo, path: file.path, ref });
      const data = content.data as { content?: string; encoding?: string };
      texts.push({ path: file.path, text: Buffer.from(data.content ?? '', 'base64').toString('utf8') });
    }
    return texts;
  } catch (error) {
    // No policy folder on the base branch: the PR adds the first policy; compare with defaults.
    if (statusOf(error) === 404) return [];
    return { gap: { resource: `repo:${actionRepo.owner}/${actionRepo.repo}/contents/${folder}`, reason: `cannot read the base branch's policy (${describeError(error)})` } };
  }
}

/** Findings before and after the policy's exemptions. */
function evaluate(snapshot: Snapshot, policy: Policy, ctx: RunContext): { raw: Finding[]; findings: Finding[] } {
  const raw = runRules(auditRules, { snapshot, policy, clock: ctx.clock, history: null });
  return { raw, findings: applyExemptions(raw, policy, ctx.clock).findings };
}

/** The organization could not be read at all (no members visible, members unreadable): no diff. */
function organizationUnreadable(snapshot: Snapshot): string | null {
  const org = `org:${snapshot.organization}`;
  const gap = snapshot.coverage.find((entry) => entry.resource === org || entry.resource.startsWith(`${org}/members`));
  return snapshot.people.length === 0 && gap ? gap.reason : null;
}

interface Comparison {
  diff: PolicyDiff | null;
  note: string | null;
  gaps: CoverageGap[];
  /** Exemptions of the PR's policy that match no finding (only known when the org was read). */
  unused: PolicyError[];
  /** What was in scope when the organization was not compared. */
  scope?: string;
}

async function policyDiff(ctx: RunContext): Promise<Comparison> {
  const pr = ctx.inputs.pullRequest;
  if (!pr?.baseSha) return { diff: null, note: 'No pull request base to compare with.', gaps: [], unused: [], scope: POLICY_FILES_ONLY };
  const base = await readBasePolicy(ctx, pr.baseSha);
  if ('gap' in base) return { diff: null, note: base.gap.reason, gaps: [base.gap], unused: [] };
  const baseLoaded = loadPolicyFromTexts(base);
  if (baseLoaded.errors.length > 0) {
    return { diff: null, note: 'The base branch policy itself has errors; no comparison.', gaps: [], unused: [] };
  }

  const policy = ctx.loaded.policy;
  const snapshot = await collectOrganization(ctx.client, {
    org: ctx.inputs.organization,
    now: ctx.clock.now(),
    activityWindowDays: Math.max(activityWindowDays(policy), activityWindowDays(baseLoaded.policy)),
    activityThresholds: {
      person: [...activityThresholds(policy).person, ...activityThresholds(baseLoaded.policy).person],
      repository: [...activityThresholds(policy).repository, ...activityThresholds(baseLoaded.policy).repository],
    },
    logger: ctx.logger,
  });
  const unreadable = organizationUnreadable(snapshot);
  if (unreadable) {
    // Still gaps: what could not be read is never dropped, whatever the mode.
    return {
      diff: null,
      note: `The token cannot read the organization (${unreadable}); only the files were checked.`,
      gaps: snapshot.coverage,
      unused: [],
      scope: POLICY_FILES_ONLY,
    };
  }
  const offboarded = await readOffboarded(ctx);
  snapshot.offboarded = offboarded.people;
  if (offboarded.gap) snapshot.coverage.push(offboarded.gap);
  const head = evaluate(snapshot, policy, ctx);
  return {
    diff: diffFindings(evaluate(snapshot, baseLoaded.policy, ctx).findings, head.findings),
    note: null,
    gaps: snapshot.coverage,
    unused: unusedExemptions(policy, head.raw, ctx.clock),
  };
}

export async function runValidate(ctx: RunContext): Promise<ModeOutcome> {
  const { loaded, client, repoClient, actionRepo, inputs } = ctx;
  const semantic = await checkPolicyAgainst(loaded.policy, {
    clock: ctx.clock,
    lookups: {
      labelExists: async (name) => exists(() => repoClient.rest.request('GET /repos/{owner}/{repo}/labels/{name}', { ...actionRepo, name })),
      teamExists: async (slug) =>
        exists(() => client.rest.request('GET /orgs/{org}/teams/{team_slug}', { org: inputs.organization, team_slug: slug })),
    },
  });
  const errors = [...loaded.errors, ...semantic.errors];
  // A routing target that could not be looked up was not read: a gap, whatever the mode.
  const unchecked: CoverageGap[] = semantic.unchecked.map((target) => ({
    resource:
      target.kind === 'label'
        ? `repo:${actionRepo.owner}/${actionRepo.repo}/labels/${target.name}`
        : `team:${inputs.organization}/${target.name}`,
    reason: `the routing ${target.kind} could not be looked up (${target.reason})`,
  }));
  const findings = policyInvalidFindings(loaded.policy, errors);

  if (errors.length > 0) {
    return {
      findings,
      exempted: [],
      gaps: unchecked,
      scope: POLICY_FILES_ONLY,
      warnings: [...loaded.warnings, ...semantic.warnings],
      extraMarkdown: '_The policy has errors; fix them to see which findings the change would add or silence._',
    };
  }
  const { diff, note, gaps, unused, scope } = await policyDiff(ctx);
  return {
    findings,
    exempted: [],
    gaps: [...unchecked, ...gaps],
    ...(scope ? { scope } : {}),
    // Warnings do not fail the check: an exemption that matches nothing today may be ahead of time.
    warnings: [...loaded.warnings, ...semantic.warnings, ...unused],
    extraMarkdown: diff ? renderPolicyDiff(diff) : `_${note ?? 'No comparison.'}_`,
    ...(diff ? { policyDiff: diff } : {}),
  };
}

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
