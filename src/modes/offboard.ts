// `mode: offboard` — for each departing person: `pre` inventories what they hold and opens their
// tracking issue; `post` collects again, compares with that inventory (or one rebuilt from the
// audit log when no `pre` ran), reports what is left, optionally revokes it, and updates the
// issue — closing it when nothing is left. One person's failure never stops the others.
import { auditSnapshotOf, type AuditSnapshot } from '../collectors/audit-snapshot.js';
import { collectSubjects } from '../collectors/collect-subjects.js';
import { EtagCache } from '../github/etag-cache.js';
import { ContentsApiStateStore } from '../state/contents-api-store.js';
import { findPeopleByEmail } from '../collectors/find-people-by-email.js';
import type { CoverageGap, Finding, IdentityCandidate, Snapshot } from '../model.js';
import { buildInventory } from '../offboarding/inventory.js';
import { runOffboardingMetrics, type OffboardingMetrics } from '../offboarding/metrics.js';
import { reconstructInventory } from '../offboarding/reconstruct.js';
import { applyRemediation, planRemediation, type RemediationAction, type RemediationResult } from '../offboarding/remediation.js';
import { parseSubjects, resolveSubject, type SubjectInput } from '../offboarding/subjects.js';
import {
  initialTrackingState,
  nextTrackingState,
  nothingLeft,
  parseTrackingIssue,
  renderTrackingIssue,
  type TrackingState,
} from '../offboarding/tracking-issue.js';
import type { Inventory, InventoryKind, ItemStatus, StepStatus } from '../offboarding/types.js';
import { verifyOffboarding } from '../offboarding/verify.js';
import { applyExemptions } from '../policy/index.js';
import { toManagedIssues, type DesiredIssue, type ListedIssue } from '../reporters/issue-sync.js';
import { describeError } from '../reporters/request-error.js';
import { coverageGapFindings } from '../rules/audit-coverage-gap.js';
import { unapprovedCredentialChangeFindings } from '../rules/unapproved-credential-change.js';
import type { RunContext } from '../run-context.js';
import { activityWindowDays } from './audit.js';
import type { ModeOutcome } from './outcome.js';
import { listTrackingIssues, TRACKING_LABEL, trackingKey } from './tracking.js';

/** What the JSON report and the summary say about one person. */
export interface SubjectResult {
  subject: string;
  input: string;
  phase: 'pre' | 'post';
  offboardedAt: string;
  inventorySource: Inventory['source'];
  itemsHeld: number;
  itemsLeft: number;
  findings: number;
  closed: boolean;
  items: ItemStatus[];
  steps: StepStatus[];
  metrics: OffboardingMetrics | null;
  remediation: RemediationResult[];
  /** Planned revocations that were not made (no opt-in, or a dry run). */
  remediationPlan: RemediationAction[];
  /** Whether invitations and deploy keys came from the last audit's snapshot or a full read, and why. */
  readBasis?: Snapshot['readBasis'];
}

interface Tracked {
  number: number;
  open: boolean;
  state: TrackingState;
}

/** Every person's tracking state, from the tracking issues (open and closed), oldest first. */
function trackingStates(issues: readonly ListedIssue[]): Map<string, Tracked> {
  const tracked = new Map<string, Tracked>();
  // Oldest first, so a later offboarding of the same login (a re-hire) wins.
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const state = issue.body ? parseTrackingIssue(issue.body) : null;
    if (state) tracked.set(state.subject.toLowerCase(), { number: issue.number, open: issue.state === 'open', state });
  }
  return tracked;
}

/**
 * Candidates for e-mail subjects: first the e-mails recorded at `pre` (after removal the
 * SAML link and verified e-mails are gone), then the organization's identities.
 */
async function emailCandidates(
  ctx: RunContext,
  subjects: SubjectInput[],
  tracked: Map<string, Tracked>,
): Promise<{ candidates: IdentityCandidate[]; gaps: CoverageGap[] }> {
  const emails = subjects.filter((s) => s.kind === 'email').map((s) => s.value.toLowerCase());
  const candidates: IdentityCandidate[] = [];
  for (const { state } of tracked.values()) {
    for (const email of state.inventory.emails) {
      if (emails.includes(email.toLowerCase())) candidates.push({ login: state.subject, matchedBy: 'recorded-email', value: email });
    }
  }
  const unknown = emails.filter((email) => !candidates.some((c) => c.value.toLowerCase() === email));
  if (unknown.length === 0) return { candidates, gaps: [] };
  const found = await findPeopleByEmail(ctx.client, ctx.inputs.organization, unknown);
  return { candidates: [...candidates, ...found.candidates], gaps: found.coverage };
}

/** Repositories the inventory ties to items of these kinds (from each item's `repo` or `target`). */
function repositoriesOf(inventory: Inventory, kinds: readonly InventoryKind[]): string[] {
  const repos = new Set<string>();
  for (const item of inventory.items) {
    if (!kinds.includes(item.kind)) continue;
    const { repo, target } = item.detail;
    if (typeof repo === 'string') repos.add(repo);
    else if (typeof target === 'string' && target.startsWith('repo:')) repos.add(target.slice('repo:'.length));
  }
  return [...repos];
}

/**
 * The last audit's snapshot from the state (read only; the audit owns it). Its ETags go into the
 * client's cache, so what is read live is asked conditionally.
 */
async function readAuditSnapshot(ctx: RunContext): Promise<AuditSnapshot | { unusable: string }> {
  const store = new ContentsApiStateStore(ctx.client, {
    ...ctx.actionRepo,
    branch: ctx.inputs.stateBranch,
    warn: (message: string) => ctx.logger.warning(message),
  });
  const state = await store.read();
  for (const [key, entry] of Object.entries(EtagCache.unpack(state?.etags).toJSON().entries)) {
    ctx.etagCache.set(key, entry);
  }
  return auditSnapshotOf(state, ctx.clock.now());
}

function collect(
  ctx: RunContext,
  login: string,
  inventory: Inventory | null,
  audit: AuditSnapshot | { unusable: string },
): Promise<Snapshot> {
  return collectSubjects(ctx.client, {
    auditSnapshot: audit,
    org: ctx.inputs.organization,
    logins: [login],
    now: ctx.clock.now(),
    activityWindowDays: activityWindowDays(ctx.loaded.policy),
    logger: ctx.logger,
    // With an inventory, repository invitations are read only where the person had access.
    ...(inventory
      ? {
          invitationRepositories: repositoriesOf(inventory, ['invitation', 'repo-access']),
          secretRepositories: repositoriesOf(inventory, ['secret']),
          deployKeyRepositories: repositoriesOf(inventory, ['deploy-key']),
        }
      : {}),
  });
}

interface SubjectOutcome {
  result: SubjectResult;
  findings: Finding[];
  gaps: CoverageGap[];
  issue: DesiredIssue;
}

async function offboardOne(
  ctx: RunContext,
  input: string,
  login: string,
  tracked: Tracked | undefined,
  audit: AuditSnapshot | { unusable: string },
): Promise<SubjectOutcome> {
  const { inputs, clock, loaded } = ctx;
  const policy = loaded.policy;
  const now = clock.now();
  const org = inputs.organization;
  const offboardedAt = inputs.offboardedAt ?? tracked?.state.offboardedAt ?? now.toISOString();
  const emails = input.includes('@') ? [input] : [];

  if (inputs.phase === 'pre') {
    const snapshot = await collect(ctx, login, null, audit);
    const inventory = buildInventory(snapshot, login, offboardedAt, { emails: [...emails, ...(tracked?.state.inventory.emails ?? [])] });
    const fresh = initialTrackingState(inventory, policy.offboarding.journey, now);
    // A repeated `pre` refreshes the inventory and keeps what people ticked and what was revoked.
    const state: TrackingState = tracked
      ? { ...fresh, manualStepsDone: tracked.state.manualStepsDone, remediation: tracked.state.remediation }
      : fresh;
    return {
      result: { ...resultOf(input, 'pre', state, 0, false, []), readBasis: snapshot.readBasis },
      findings: [],
      gaps: snapshot.coverage,
      issue: trackingIssue(state, 'open'),
    };
  }

  let snapshot = await collect(ctx, login, tracked?.state.inventory ?? null, audit);
  const inventory =
    tracked?.state.inventory ??
    reconstructInventory(snapshot.auditEvents, login, org, { offboardedAt, builtAt: now.toISOString() });
  const base = tracked?.state ?? initialTrackingState(inventory, policy.offboarding.journey, now);
  const verify = (from: Snapshot) =>
    verifyOffboarding({ subject: login, offboardedAt, inventory, snapshot: from, policy, clock, manualStepsDone: base.manualStepsDone });
  let verification = verify(snapshot);

  const plan = planRemediation(verification.findings, snapshot, org);
  let remediation: RemediationResult[] = [];
  let unapplied: RemediationAction[] = plan;
  if (policy.offboarding.remediate && !inputs.dryRun && plan.length > 0) {
    remediation = await applyRemediation(ctx.client, plan, clock);
    unapplied = [];
    // Verify what is really left after revoking: the report must describe GitHub, not the plan.
    snapshot = await collect(ctx, login, inventory, audit);
    verification = verify(snapshot);
  }

  const state = nextTrackingState(base, verification, remediation, now);
  const closed = nothingLeft(state) && verification.findings.length === 0;
  // Who changed the person's credentials, or which the person changed on the way out.
  const changes = unapprovedCredentialChangeFindings(policy, snapshot.auditEvents);
  return {
    result: {
      ...resultOf(input, 'post', state, verification.findings.length, closed, unapplied),
      readBasis: snapshot.readBasis,
    },
    findings: [...verification.findings, ...changes],
    gaps: snapshot.coverage,
    issue: trackingIssue(state, closed ? 'closed' : 'open'),
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

export async function runOffboard(ctx: RunContext): Promise<ModeOutcome> {
  const { inputs, logger, loaded, clock } = ctx;
  const listed = await listTrackingIssues(ctx);
  const tracked = trackingStates(listed);
  // No subjects (a scheduled `post`): every offboarding whose tracking issue is still open.
  const subjects = parseSubjects(
    inputs.subjects.length > 0 ? inputs.subjects : [...tracked.values()].filter((t) => t.open).map((t) => t.state.subject),
  );
  if (subjects.length === 0) logger.info('No subjects given and no open tracking issue: nothing to verify.');
  const identities = await emailCandidates(ctx, subjects, tracked);
  const audit: AuditSnapshot | { unusable: string } =
    subjects.length > 0 ? await readAuditSnapshot(ctx) : { unusable: 'no subjects' };

  const findings: Finding[] = [];
  const gaps: CoverageGap[] = [...identities.gaps];
  const issues: DesiredIssue[] = [];
  const results: SubjectResult[] = [];
  const failures: string[] = [];
  for (const subject of subjects) {
    const resolution = resolveSubject(subject, identities.candidates);
    if ('error' in resolution) {
      failures.push(`${subject.value}: ${resolution.error}`);
      continue;
    }
    try {
      const outcome = await offboardOne(
        ctx,
        subject.value,
        resolution.login,
        tracked.get(resolution.login.toLowerCase()),
        audit,
      );
      findings.push(...outcome.findings);
      gaps.push(...outcome.gaps);
      issues.push(outcome.issue);
      results.push(outcome.result);
      logger.info(
        `${resolution.login} (${inputs.phase}): ${outcome.result.itemsHeld} held, ${outcome.result.itemsLeft} left, ` +
          `${outcome.findings.length} findings${outcome.result.closed ? '; tracking issue closed' : ''}.`,
      );
    } catch (error) {
      failures.push(`${resolution.login}: ${describeError(error)}`);
    }
  }

  const uniqueGaps = [...new Map(gaps.map((gap) => [`${gap.resource}\u0000${gap.reason}`, gap])).values()];
  const all = [...findings, ...coverageGapFindings(loaded.policy, uniqueGaps)];
  const exemption = applyExemptions(all, loaded.policy, clock);
  const metrics = runOffboardingMetrics(results.flatMap((result) => (result.metrics ? [result.metrics] : [])));
  const plannedRevocations = results.flatMap((result) => result.remediationPlan);
  return {
    findings: [...exemption.findings, ...exemption.expired],
    exempted: exemption.exempted,
    gaps: uniqueGaps,
    offboarding: results,
    failures,
    issues: {
      label: TRACKING_LABEL,
      keyPrefix: 'offboard:',
      existing: toManagedIssues(listed),
      closeMissing: false,
      desired: () => issues,
    },
    extraMarkdown:
      [inputs.phase === 'post' ? metricsMarkdown(metrics, plannedRevocations.length) : '', readBasisMarkdown(results)]
        .filter(Boolean)
        .join('\n\n') || undefined,
    ...(plannedRevocations.length > 0 ? { plans: { remediation: plannedRevocations } } : {}),
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

function metricsMarkdown(metrics: ReturnType<typeof runOffboardingMetrics>, planned: number): string {
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
