// Evaluating an offboarding, per person: at `pre`, the inventory and a fresh tracking state; at
// `post`, what of that inventory (or one rebuilt from the audit log when no `pre` ran) is left,
// what to revoke, and the tracking issue. Then every person's findings together, with the
// coverage gaps and the policy's exemptions. Pure.
import type { SubjectFailure } from '../reporters/report.js';
import type { CoverageGap, Finding, Snapshot } from '../model.js';
import { buildInventory } from '../offboarding/inventory.js';
import { runOffboardingMetrics, type RunOffboardingMetrics } from '../offboarding/metrics.js';
import { reconstructInventory } from '../offboarding/reconstruct.js';
import { planRemediation, type RemediationAction, type RemediationResult } from '../offboarding/remediation.js';
import type { SubjectResult } from '../offboarding/subject-result.js';
import {
  initialTrackingState,
  nextTrackingState,
  nothingLeft,
  parseTrackingIssue,
  renderTrackingIssue,
  type TrackingState,
} from '../offboarding/tracking-issue.js';
import type { Inventory } from '../offboarding/types.js';
import { verifyOffboarding } from '../offboarding/verify.js';
import { applyExemptions } from '../policy/index.js';
import { TRACKING_KEY_PREFIX, TRACKING_LABEL, trackingKey } from '../reporters/issue-keys.js';
import { toManagedIssues, type DesiredIssue, type ListedIssue } from '../reporters/issue-sync.js';
import { coverageGapFindings } from '../rules/audit-coverage-gap.js';
import { unapprovedCredentialChangeFindings } from '../rules/unapproved-credential-change.js';
import type { Evaluation, RemediationBatch } from '../modes/mode.js';
import { emptyEvaluation } from '../modes/mode.js';
import type { RunContext } from '../run-context.js';

export interface Tracked {
  number: number;
  open: boolean;
  state: TrackingState;
}

/** One person's reads. */
export interface SubjectGathered {
  /** As given (a login or an e-mail). */
  input: string;
  login: string;
  tracked: Tracked | undefined;
  /** What is checked: read after the revocations when some were made. */
  snapshot: Snapshot;
  /** The first read, from which an inventory is rebuilt when no `pre` ran. */
  firstSnapshot: Snapshot;
  /** Revocations made this run; null when none were attempted. */
  remediation: RemediationResult[] | null;
}

export interface OffboardGathered {
  /** Every tracking issue, open and closed. */
  listed: ListedIssue[];
  identityGaps: CoverageGap[];
  /** In the order given: a person's reads, or why they could not be made. */
  subjects: ({ gathered: SubjectGathered } | { failure: SubjectFailure })[];
}

/** Every person's tracking state, from the tracking issues (open and closed), oldest first. */
export function trackingStates(issues: readonly ListedIssue[]): Map<string, Tracked> {
  const tracked = new Map<string, Tracked>();
  // Oldest first, so a later offboarding of the same login (a re-hire) wins.
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const state = issue.body ? parseTrackingIssue(issue.body) : null;
    if (state) tracked.set(state.subject.toLowerCase(), { number: issue.number, open: issue.state === 'open', state });
  }
  return tracked;
}

/** When the person left: the input, else what their tracking issue says, else now. */
export function offboardedAtOf(ctx: RunContext, tracked: Tracked | undefined): string {
  return ctx.inputs.offboardedAt ?? tracked?.state.offboardedAt ?? ctx.clock.now().toISOString();
}

/** What the person held: from `pre`, else rebuilt from the audit log of the first read. */
export function inventoryOf(subject: SubjectGathered, ctx: RunContext): Inventory {
  return (
    subject.tracked?.state.inventory ??
    reconstructInventory(subject.firstSnapshot.auditEvents, subject.login, ctx.inputs.organization, {
      offboardedAt: offboardedAtOf(ctx, subject.tracked),
      builtAt: ctx.clock.now().toISOString(),
    })
  );
}

interface SubjectOutcome {
  result: SubjectResult;
  findings: Finding[];
  gaps: CoverageGap[];
  issue: DesiredIssue;
  remediation: RemediationAction[];
}

function evaluateSubject(ctx: RunContext, subject: SubjectGathered): SubjectOutcome {
  const { inputs, clock, loaded } = ctx;
  const policy = loaded.policy;
  const now = clock.now();
  const { input, login, tracked, snapshot } = subject;
  const offboardedAt = offboardedAtOf(ctx, tracked);

  if (inputs.phase === 'pre') {
    const emails = input.includes('@') ? [input] : [];
    const inventory = buildInventory(snapshot, login, offboardedAt, { emails: [...emails, ...(tracked?.state.inventory.emails ?? [])] });
    const fresh = initialTrackingState(inventory, policy.offboarding.journey, now);
    // A repeated `pre` refreshes the inventory and keeps what people ticked and what was revoked.
    const state: TrackingState = tracked
      ? { ...fresh, manualStepsDone: tracked.state.manualStepsDone, remediation: tracked.state.remediation }
      : fresh;
    return { result: resultOf(input, 'pre', state, 0, false, []), findings: [], gaps: snapshot.coverage, issue: trackingIssue(state, 'open'), remediation: [] };
  }

  const inventory = inventoryOf(subject, ctx);
  const base = tracked?.state ?? initialTrackingState(inventory, policy.offboarding.journey, now);
  const verification = verifyOffboarding({ subject: login, offboardedAt, inventory, snapshot, policy, clock, manualStepsDone: base.manualStepsDone });
  // After revocations the plan is spent: what is left is what the second read found.
  const plan = subject.remediation ? [] : planRemediation(verification.findings, snapshot, inputs.organization);
  const state = nextTrackingState(base, verification, subject.remediation ?? [], now);
  const closed = nothingLeft(state) && verification.findings.length === 0;
  // Who changed the person's credentials, or which the person changed on the way out.
  const changes = unapprovedCredentialChangeFindings(policy, snapshot.auditEvents);
  return {
    result: resultOf(input, 'post', state, verification.findings.length, closed, plan),
    findings: [...verification.findings, ...changes],
    gaps: snapshot.coverage,
    issue: trackingIssue(state, closed ? 'closed' : 'open'),
    remediation: plan,
  };
}

function trackingIssue(state: TrackingState, issueState: 'open' | 'closed'): DesiredIssue {
  const { title, body } = renderTrackingIssue(state);
  return {
    key: trackingKey(state.subject),
    title,
    body,
    labels: [TRACKING_LABEL],
    assignees: [],
    state: issueState,
    closeComment: 'Closed: nothing of this person’s access is left, and every step of the journey is done.',
    changeComment: 'Updated by the latest offboarding run.',
  };
}

function resultOf(
  input: string,
  phase: 'pre' | 'post',
  state: TrackingState,
  findings: number,
  closed: boolean,
  remediationPlan: RemediationAction[],
): SubjectResult {
  return {
    subject: state.subject,
    input,
    phase,
    offboardedAt: state.offboardedAt,
    inventorySource: state.inventory.source,
    itemsHeld: state.inventory.items.length,
    itemsLeft: state.items.filter((item) => item.status === 'retained' || item.status === 'unknown').length,
    findings,
    closed,
    items: state.items,
    steps: state.steps,
    metrics: state.metrics,
    remediation: state.remediation,
    remediationPlan,
  };
}

export function evaluateOffboard(gathered: OffboardGathered, ctx: RunContext): Evaluation<{ offboarding: SubjectResult[] }> {
  const { inputs, logger, loaded, clock } = ctx;
  const findings: Finding[] = [];
  const gaps: CoverageGap[] = [...gathered.identityGaps];
  const issues: DesiredIssue[] = [];
  const results: SubjectResult[] = [];
  const failures: SubjectFailure[] = [];
  const batches: RemediationBatch[] = [];
  for (const entry of gathered.subjects) {
    if ('failure' in entry) {
      failures.push(entry.failure);
      continue;
    }
    const outcome = evaluateSubject(ctx, entry.gathered);
    findings.push(...outcome.findings);
    gaps.push(...outcome.gaps);
    issues.push(outcome.issue);
    results.push(outcome.result);
    if (loaded.policy.offboarding.remediate && outcome.remediation.length > 0) {
      batches.push({ subject: entry.gathered.login.toLowerCase(), actions: outcome.remediation });
    }
    logger.info(
      `${entry.gathered.login} (${inputs.phase}): ${outcome.result.itemsHeld} held, ${outcome.result.itemsLeft} left, ` +
        `${outcome.findings.length} findings${outcome.result.closed ? '; tracking issue closed' : ''}.`,
    );
  }

  const uniqueGaps = [...new Map(gaps.map((gap) => [`${gap.resource}\u0000${gap.reason}`, gap])).values()];
  const all = [...findings, ...coverageGapFindings(loaded.policy, uniqueGaps)];
  const exemption = applyExemptions(all, loaded.policy, clock);
  const metrics = runOffboardingMetrics(results.flatMap((result) => (result.metrics ? [result.metrics] : [])));
  const plannedRevocations = results.flatMap((result) => result.remediationPlan);
  return {
    ...emptyEvaluation(),
    findings: [...exemption.findings, ...exemption.expired],
    exempted: exemption.exempted,
    gaps: uniqueGaps,
    section: { offboarding: results },
    failures,
    issues: inputs.reporters.has('issues')
      ? {
          label: TRACKING_LABEL,
          keyPrefix: TRACKING_KEY_PREFIX,
          existing: toManagedIssues(gathered.listed),
          closeMissing: false,
          desired: () => issues,
        }
      : null,
    preface: inputs.phase === 'post' ? metricsMarkdown(metrics, plannedRevocations.length) : null,
    remediation: batches,
    plannedRemediation: plannedRevocations,
  };
}

function metricsMarkdown(metrics: RunOffboardingMetrics, planned: number): string {
  const lines = [
    '## Offboarding metrics',
    '',
    '| subjects | steps done | steps missing | items still held | tokens active 24 h after | median hours to revocation |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${metrics.subjects} | ${metrics.stepsDone}/${metrics.stepsExpected} | ${metrics.stepsMissing} | ${metrics.itemsRetained} | ${metrics.tokensActiveAfter24h} | ${metrics.medianHoursToRevocation ?? '—'} |`,
  ];
  if (planned > 0) {
    lines.push('', `_${planned} revocation(s) planned but not made: set \`offboarding.remediate: true\` in the policy to let the action revoke them._`);
  }
  return lines.join('\n');
}
