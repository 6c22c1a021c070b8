// Evaluating an offboarding, per person: at `pre`, the inventory and a fresh tracking state; at
// `post`, what of that inventory (or one rebuilt from the audit log when no `pre` ran) is left,
// what to revoke, and the tracking issue. Then every person's findings together, with the
// coverage gaps and the policy's exemptions. Pure.
import type { SubjectFailure } from '../reporters/report.js';
import type { CoverageGap, Finding, IdentityCandidate, Snapshot } from '../model.js';
import type { SubjectInput } from '../offboarding/subjects.js';
import { buildInventory } from '../offboarding/inventory.js';
import { runOffboardingMetrics, type RunOffboardingMetrics } from '../offboarding/metrics.js';
import { reconstructInventory } from '../offboarding/reconstruct.js';
import {
  guardRemediation,
  newRefusals,
  planRemediation,
  remediationGuard,
  revocationsSent,
  type RemediationAction,
  type RemediationGuard,
  type RemediationResult,
} from '../offboarding/remediation.js';
import type { SubjectResult } from '../offboarding/subject-result.js';
import {
  initialTrackingState,
  nextTrackingState,
  nothingLeft,
  readTrackingIssue,
  renderTrackingIssue,
  type TrackingState,
} from '../offboarding/tracking-issue.js';
import type { Inventory } from '../offboarding/types.js';
import { verifyOffboarding } from '../offboarding/verify.js';
import { applyExemptions } from '../policy/index.js';
import { TRACKING_LABEL, trackingKey, trackingKeyPrefix, trackingScope } from '../reporters/issue-keys.js';
import { toManagedIssues, type DesiredIssue, type ListedIssue } from '../reporters/issue-sync.js';
import { combineInventories, combineVerifications, inventoryFor, scopeName } from '../offboarding/scope.js';
import type { OrgEvents } from '../collectors/collect-org-events.js';
import { emptySnapshot } from '../model.js';
import { damagedTrackingMessage } from '../offboarding/tracking-state.js';
import { auditCoverageGap } from '../rules/audit-coverage-gap.js';
import { runRules, type Rule } from '../rules/index.js';
import { offboardedIpActivity } from '../rules/offboarded-ip-activity.js';
import { unapprovedCredentialChange } from '../rules/unapproved-credential-change.js';
import type { Evaluation, RemediationBatch } from '../modes/mode.js';
import { emptyEvaluation } from '../modes/mode.js';
import { managedIssuesOf } from './legacy-issues.js';
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
  /**
   * `post`: every actor's audit-log events since `offboarded-at` (for `offboarded-ip-activity`),
   * one read per organization of the scope; null when not read (at `pre`, the rule disabled, or
   * no address of the person known).
   */
  orgEvents: OrgEvents[] | null;
  /** The scope's other organizations (`enterprise` / `organizations`), each read on its own. */
  others?: { organization: string; snapshot: Snapshot }[];
  /** When HR's roster started this verification: the termination date it gives. */
  rosterTerminatedAt?: string;
}

export interface OffboardGathered {
  /** Every tracking issue of the organization, open and closed (legacy ones it adopts included). */
  listed: ListedIssue[];
  identityGaps: CoverageGap[];
  /** The scope's organizations besides the action's, read for every person (absent: none). */
  otherOrganizations?: string[];
  /** In the order given: a person's reads, or why they could not be made. */
  subjects: ({ gathered: SubjectGathered } | { failure: SubjectFailure })[];
  /** The token's own login (GET /user), read when remediation may run; null when unknown. */
  tokenIdentity: string | null;
  /** Subjects still to read, one by one (null or absent: all read). */
  pending?: {
    subjects: SubjectInput[];
    candidates: IdentityCandidate[];
    overCap: { failure: SubjectFailure }[];
    /** Logins (lower case) whose verification HR's roster started → the roster's termination date. */
    rosterStarted?: Record<string, string>;
  } | null;
}

/** A tracking issue whose hidden state cannot be read: reported, never rewritten. */
export interface Damaged {
  number: number;
  open: boolean;
  subject: string;
  reason: string;
}

/**
 * Every person's tracking state, from the tracking issues (open and closed); the latest issue of
 * a person wins (a re-hire's later offboarding), and when that one is damaged, so is the person.
 */
export function trackingStates(issues: readonly ListedIssue[]): {
  tracked: Map<string, Tracked>;
  damaged: Map<string, Damaged>;
} {
  const tracked = new Map<string, Tracked>();
  const damaged = new Map<string, Damaged>();
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const read = issue.body ? readTrackingIssue(issue.body) : { kind: 'none' as const };
    if (read.kind === 'none') continue;
    const open = issue.state === 'open';
    const key = (read.kind === 'state' ? read.state.subject : read.subject).toLowerCase();
    if (read.kind === 'state') {
      tracked.set(key, { number: issue.number, open, state: read.state });
      damaged.delete(key);
    } else {
      damaged.set(key, { number: issue.number, open, subject: read.subject, reason: read.reason });
      tracked.delete(key);
    }
  }
  return { tracked, damaged };
}

/** The failure for a person whose tracking issue is damaged, with the issue's address. */
export function damagedFailure(ctx: RunContext, login: string, damaged: Damaged): SubjectFailure {
  const url = `${ctx.inputs.serverUrl}/${ctx.actionRepo.owner}/${ctx.actionRepo.repo}/issues/${damaged.number}`;
  return { subject: login, reason: damagedTrackingMessage(damaged.reason, url), link: url };
}

/** Rules run the one way, through the rule runner (a disabled rule gives nothing), on a partial snapshot. */
function evaluateRules(ctx: RunContext, rules: readonly Rule[], parts: Partial<Snapshot>): Finding[] {
  const snapshot: Snapshot = {
    ...emptySnapshot(ctx.inputs.organization, ctx.clock.now().toISOString()),
    ...parts,
  };
  return runRules(rules, { snapshot, policy: ctx.loaded.policy, clock: ctx.clock, history: null });
}

/**
 * `offboarded-ip-activity` in `post`, judged here only: the person's own events and every actor's
 * since `offboarded-at` (when read), matched against the addresses the person used before it —
 * recorded at `pre` in the tracking issue (the audit log forgets them), plus any in their events.
 */
function activityFromTheirAddresses(
  ctx: RunContext,
  subject: SubjectGathered,
  inventory: Inventory,
  offboardedAt: string,
): Finding[] {
  const events = [
    ...new Map(
      [
        ...subject.snapshot.auditEvents,
        ...(subject.others ?? []).flatMap((other) => other.snapshot.auditEvents),
        ...(subject.orgEvents ?? []).flatMap((read) => read.events),
      ].map((event) => [event.id, event]),
    ).values(),
  ];
  const person = { login: subject.login, offboardedAt, knownIps: inventory.knownIps };
  return evaluateRules(ctx, [offboardedIpActivity], { offboarded: [person], auditEvents: events });
}

/** When the person left: the input, else what their tracking issue says, else HR's roster, else now. */
export function offboardedAtOf(ctx: RunContext, subject: Pick<SubjectGathered, 'tracked' | 'rosterTerminatedAt'>): string {
  return (
    ctx.inputs.offboardedAt ??
    subject.tracked?.state.offboardedAt ??
    subject.rosterTerminatedAt ??
    ctx.clock.now().toISOString()
  );
}

/** Every organization's read of the person, the action's organization first. */
function readsOf(ctx: RunContext, subject: SubjectGathered): { organization: string; snapshot: Snapshot; first: Snapshot }[] {
  return [
    { organization: ctx.inputs.organization, snapshot: subject.snapshot, first: subject.firstSnapshot },
    ...(subject.others ?? []).map((other) => ({ ...other, first: other.snapshot })),
  ];
}

/** The tracking issue's scope in its title: the enterprise, or the organizations read. */
function scopeOf(ctx: RunContext, subject: SubjectGathered): string {
  return scopeName(
    readsOf(ctx, subject).map((read) => read.organization),
    ctx.inputs.enterprise,
  );
}

/**
 * What the person held: from `pre`, else rebuilt from the audit log of the first read — of every
 * organization of the scope, joined into one inventory whose items say where they were found.
 */
export function inventoryOf(subject: SubjectGathered, ctx: RunContext): Inventory {
  if (subject.tracked) return subject.tracked.state.inventory;
  const options = { offboardedAt: offboardedAtOf(ctx, subject), builtAt: ctx.clock.now().toISOString() };
  const inventories = readsOf(ctx, subject).map(({ organization, first }) =>
    reconstructInventory(first.auditEvents, subject.login, organization, options),
  );
  return inventories.length === 1 ? inventories[0] : combineInventories(scopeOf(ctx, subject), inventories);
}

interface SubjectOutcome {
  result: SubjectResult;
  findings: Finding[];
  gaps: CoverageGap[];
  issue: DesiredIssue;
  /** Actions to send: what the safety rules allow of the plan. */
  remediation: RemediationAction[];
  /** What they held back, for the tracking issue (not yet recorded there). */
  refused: RemediationResult[];
}

function evaluateSubject(
  ctx: RunContext,
  subject: SubjectGathered,
  guard: RemediationGuard | null,
): SubjectOutcome {
  const { inputs, clock, loaded } = ctx;
  const policy = loaded.policy;
  const now = clock.now();
  const { input, login, tracked, snapshot } = subject;
  const offboardedAt = offboardedAtOf(ctx, subject);

  const reads = readsOf(ctx, subject);
  const scoped = reads.length > 1;
  const gaps = reads.flatMap((read) => read.snapshot.coverage);
  if (inputs.phase === 'pre') {
    const emails = [...(input.includes('@') ? [input] : []), ...(tracked?.state.inventory.emails ?? [])];
    const inventories = reads.map((read) => buildInventory(read.snapshot, login, offboardedAt, { emails }));
    const inventory = scoped ? combineInventories(scopeOf(ctx, subject), inventories) : inventories[0];
    const fresh = initialTrackingState(inventory, policy.offboarding.journey, now);
    // A repeated `pre` refreshes the inventory and keeps what people ticked and what was revoked.
    const state: TrackingState = tracked
      ? { ...fresh, manualStepsDone: tracked.state.manualStepsDone, remediation: tracked.state.remediation }
      : fresh;
    return { result: { ...resultOf(input, 'pre', state, 0, false, []), readBasis: snapshot.readBasis }, findings: [], gaps, issue: trackingIssue(ctx, state, 'open'), remediation: [], refused: [] };
  }

  const inventory = inventoryOf(subject, ctx);
  const base = tracked?.state ?? initialTrackingState(inventory, policy.offboarding.journey, now);
  // Each organization verified against its part of the inventory; one verification for the person.
  const verifications = reads.map((read) => ({
    organization: read.organization,
    verification: verifyOffboarding({
      subject: login,
      offboardedAt,
      inventory: scoped ? inventoryFor(inventory, read.organization, inputs.organization) : inventory,
      snapshot: read.snapshot,
      policy,
      clock,
      manualStepsDone: base.manualStepsDone,
    }),
  }));
  const verification = scoped
    ? combineVerifications(login, offboardedAt, now, verifications)
    : verifications[0].verification;
  // After revocations the plan is spent: what is left is what the second read found. Revocation
  // reaches the action's organization only (its token); the others' leftovers are reported.
  const plan = subject.remediation
    ? []
    : planRemediation(verifications[0].verification.findings, snapshot, inputs.organization);
  // Owners, bots, the token's own account, a partial read and the run's cap hold actions back.
  const guarded = guard
    ? guardRemediation(plan, {
        subject: login,
        snapshot,
        gapCount: snapshot.coverage.length,
        guard,
        at: now.toISOString(),
      })
    : { allowed: plan, refused: [] };
  const refused = newRefusals(base.remediation, guarded.refused);
  // After revocations their results (refusals included) come with the second read.
  // A tracking issue of the organization alone grows into the scope's when the scope widens.
  const scopedBase = scoped ? { ...base, organization: scopeOf(ctx, subject) } : base;
  const state = nextTrackingState(scopedBase, verification, subject.remediation ?? refused, now);
  const closed = nothingLeft(state) && verification.findings.length === 0;
  // Who changed the person's credentials, or which the person changed on the way out.
  // Changes to this person's own holdings after offboarded-at are this journey, not anomalies.
  const departing = {
    login,
    offboardedAt,
    knownIps: [],
    inventory: inventory.items,
    emails: inventory.emails,
  };
  const changes = reads.flatMap((read) =>
    evaluateRules(ctx, [unapprovedCredentialChange], {
      organization: read.organization,
      auditEvents: read.snapshot.auditEvents,
      contributions: read.snapshot.contributions,
      grants: read.snapshot.grants,
      activityWindow: read.snapshot.activityWindow,
      offboarded: [...read.snapshot.offboarded, departing],
    }),
  );
  const addresses = activityFromTheirAddresses(ctx, subject, inventory, offboardedAt);
  const findings = [...verification.findings, ...changes, ...addresses];
  return {
    result: { ...resultOf(input, 'post', state, verification.findings.length, closed, plan), readBasis: snapshot.readBasis },
    findings,
    gaps: [...gaps, ...(subject.orgEvents ?? []).flatMap((read) => (read.gap ? [read.gap] : []))],
    issue: trackingIssue(ctx, state, closed ? 'closed' : 'open'),
    remediation: guarded.allowed,
    refused,
  };
}

/** The run's tracking scope: the enterprise's issues with `enterprise` set, else the organization's. */
function runTrackingScope(ctx: RunContext): string {
  return trackingScope(ctx.inputs.organization, ctx.inputs.enterprise);
}

function trackingIssue(ctx: RunContext, state: TrackingState, issueState: 'open' | 'closed'): DesiredIssue {
  const { title, body } = renderTrackingIssue(state);
  return {
    key: trackingKey(runTrackingScope(ctx), state.subject),
    title,
    body,
    labels: [TRACKING_LABEL],
    assignees: [],
    state: issueState,
    closeComment: 'Closed: nothing of this person’s access is left, and every step of the journey is done.',
    changeComment: 'Updated by the latest offboarding run.',
  };
}

/** Says where invitations and deploy keys came from: the audit snapshot, or a full read and why. */
function readBasisMarkdown(results: readonly SubjectResult[]): string {
  const lines = results.flatMap((result) => {
    const basis = result.readBasis;
    if (!basis) return [];
    // Our own words, dates and counts; the login is a GitHub login (no Markdown in it).
    return basis.kind === 'audit-snapshot'
      ? [
          `- ${result.subject}: from the audit snapshot of ${basis.at.slice(0, 10)} and the audit log since; invitations of ${basis.invitationRepositories} and deploy keys of ${basis.deployKeyRepositories} repositories read live`,
        ]
      : [`- ${result.subject}: invitations and deploy keys read for the whole organization (${basis.reason})`];
  });
  return lines.length ? `**What was read live**\n\n${lines.join('\n')}` : '';
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

export function evaluateOffboard(
  gathered: OffboardGathered,
  ctx: RunContext,
): Evaluation<{ offboarding: SubjectResult[] }> {
  const { inputs, logger, loaded, clock } = ctx;
  const findings: Finding[] = [];
  const gaps: CoverageGap[] = [...gathered.identityGaps];
  // A report written while people are still to be read (after each person) says so.
  const pending = gathered.pending?.subjects.length ?? 0;
  if (pending > 0) {
    gaps.push({
      resource: `org:${inputs.organization}/offboarding`,
      reason: `not read yet: ${pending} subject(s) still to process when this report was written`,
    });
  }
  const issues: DesiredIssue[] = [];
  const results: SubjectResult[] = [];
  const failures: SubjectFailure[] = [];
  const batches: RemediationBatch[] = [];
  // One guard for the run: the revocation cap counts over every subject.
  const spent = gathered.subjects.reduce(
    (sum, entry) => sum + ('gathered' in entry ? revocationsSent(entry.gathered.remediation ?? []) : 0),
    0,
  );
  const guard = loaded.policy.offboarding.remediate
    ? remediationGuard(loaded.policy.offboarding, gathered.tokenIdentity, spent)
    : null;
  for (const entry of gathered.subjects) {
    if ('failure' in entry) {
      failures.push(entry.failure);
      continue;
    }
    const outcome = evaluateSubject(ctx, entry.gathered, guard);
    findings.push(...outcome.findings);
    gaps.push(...outcome.gaps);
    issues.push(outcome.issue);
    results.push(outcome.result);
    if (loaded.policy.offboarding.remediate && outcome.remediation.length > 0) {
      batches.push({
        subject: entry.gathered.login.toLowerCase(),
        actions: outcome.remediation,
        refused: outcome.refused,
      });
    }
    logger.info(
      // At `pre` nothing was removed yet: what is held is what is to remove, as the tracking issue says.
      `${entry.gathered.login} (${inputs.phase}): ${outcome.result.itemsHeld} held, ${outcome.result.itemsLeft} ${inputs.phase === 'pre' ? 'to remove' : 'left'}, ` +
        `${outcome.findings.length} findings${outcome.result.closed ? '; tracking issue closed' : ''}.`,
    );
  }

  const uniqueGaps = [...new Map(gaps.map((gap) => [`${gap.resource}\u0000${gap.reason}`, gap])).values()];
  const all = [...findings, ...evaluateRules(ctx, [auditCoverageGap], { coverage: uniqueGaps })];
  const exemption = applyExemptions(all, loaded.policy, clock);
  const metrics = runOffboardingMetrics(
    results.flatMap((result) => (result.metrics ? [result.metrics] : [])),
  );
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
          keyPrefixes: [trackingKeyPrefix(runTrackingScope(ctx))],
          // The enterprise's issues carry their key already; an organization adopts its legacy ones.
          existing: inputs.enterprise ? toManagedIssues(gathered.listed) : managedIssuesOf(gathered.listed, inputs.organization),
          closeMissing: false,
          desired: () => issues,
        }
      : null,
    preface:
      [inputs.phase === 'post' ? metricsMarkdown(metrics, plannedRevocations.length) : '', readBasisMarkdown(results)]
        .filter(Boolean)
        .join('\n\n') || null,
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
    lines.push(
      '',
      `_${planned} revocation(s) planned but not made: set \`offboarding.remediate: true\` in the policy to let the action revoke them._`,
    );
  }
  return lines.join('\n');
}
