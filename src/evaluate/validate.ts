// Evaluating a policy change: its errors as findings at file:line:column, and — when the
// organization could be read — the findings the base branch's policy and the PR's policy give
// on the same snapshot, compared. Pure.
import type { CoverageGap, Finding, Snapshot } from '../model.js';
import { applyExemptions, unusedExemptions, type LoadedPolicy, type PolicyCheckResult, type PolicyError } from '../policy/index.js';
import type { Policy } from '../policy/types.js';
import { auditRules, runRules } from '../rules/index.js';
import { policyInvalidFindings } from '../rules/policy-invalid.js';
import type { Evaluation } from '../modes/mode.js';
import { emptyEvaluation } from '../modes/mode.js';
import type { RunContext } from '../run-context.js';
import { diffFindings, renderPolicyDiff, type PolicyDiff } from './policy-diff.js';

/** What validate read: the checks that need GitHub, and what the comparison needs. */
export interface ValidateGathered {
  /** Label and team lookups of the PR's routing (and the loader's other semantic checks). */
  semantic: PolicyCheckResult;
  comparison:
    | { kind: 'skipped'; note: string; gaps: CoverageGap[] }
    | { kind: 'read'; base: LoadedPolicy; snapshot: Snapshot }
    | null;
}

/** Findings before and after the policy's exemptions. */
function findingsOf(snapshot: Snapshot, policy: Policy, ctx: RunContext): { raw: Finding[]; findings: Finding[] } {
  const raw = runRules(auditRules, { snapshot, policy, clock: ctx.clock, history: null });
  return { raw, findings: applyExemptions(raw, policy, ctx.clock).findings };
}

/** The organization could not be read at all (no members visible, members unreadable): no diff. */
function organizationUnreadable(snapshot: Snapshot): string | null {
  const org = `org:${snapshot.organization}`;
  const gap = snapshot.coverage.find((entry) => entry.resource === org || entry.resource.startsWith(`${org}/members`));
  return snapshot.people.length === 0 && gap ? gap.reason : null;
}

/** What `validate` covers when it does not compare against the organization. */
export const POLICY_FILES_ONLY =
  'the policy files only were in scope (no comparison with the organization was made), and all of them were read';

interface Comparison {
  diff: PolicyDiff | null;
  note: string | null;
  gaps: CoverageGap[];
  /** What was in scope when the organization was not compared; null when it was. */
  scope: string | null;
  /** The PR's exemptions that match nothing (known when the org was read). */
  unused: PolicyError[];
}

function compare(comparison: NonNullable<ValidateGathered['comparison']>, ctx: RunContext): Comparison {
  if (comparison.kind === 'skipped') return { diff: null, note: comparison.note, gaps: comparison.gaps, unused: [], scope: POLICY_FILES_ONLY };
  const { snapshot, base } = comparison;
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
  const policy = ctx.loaded.policy;
  const head = findingsOf(snapshot, policy, ctx);
  return {
    diff: diffFindings(findingsOf(snapshot, base.policy, ctx).findings, head.findings),
    note: null,
    gaps: snapshot.coverage,
    unused: unusedExemptions(policy, head.raw, ctx.clock),
    scope: null,
  };
}

export function evaluateValidate(gathered: ValidateGathered, ctx: RunContext): Evaluation<{ policyDiff?: PolicyDiff }> {
  const { loaded } = ctx;
  const { semantic } = gathered;
  const errors = [...loaded.errors, ...semantic.errors];
  const findings = policyInvalidFindings(loaded.policy, errors);
  // A routing target that could not be looked up was not read: a gap, whatever the mode.
  const unchecked: CoverageGap[] = semantic.unchecked.map((target) => ({
    resource:
      target.kind === 'label'
        ? `repo:${ctx.actionRepo.owner}/${ctx.actionRepo.repo}/labels/${target.name}`
        : `team:${ctx.inputs.organization}/${target.name}`,
    reason: `the routing ${target.kind} could not be looked up (${target.reason})`,
  }));
  if (errors.length > 0 || !gathered.comparison) {
    return {
      ...emptyEvaluation(),
      findings,
      exempted: [],
      gaps: unchecked,
      scope: POLICY_FILES_ONLY,
      warnings: [...loaded.warnings, ...semantic.warnings],
      preface: '_The policy has errors; fix them to see which findings the change would add or silence._',
    };
  }
  const { diff, note, gaps, unused, scope } = compare(gathered.comparison, ctx);
  return {
    ...emptyEvaluation(),
    findings,
    exempted: [],
    gaps: [...unchecked, ...gaps],
    scope,
    // Warnings do not fail the check: an exemption that matches nothing today may be ahead of time.
    warnings: [...loaded.warnings, ...semantic.warnings, ...unused],
    preface: diff ? renderPolicyDiff(diff) : `_${note ?? 'No comparison.'}_`,
    section: diff ? { policyDiff: diff } : {},
  };
}
