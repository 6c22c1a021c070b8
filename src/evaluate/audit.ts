// Evaluating an audit: every audit rule over each organization's snapshot, the policy's
// exemptions, the offboarding steps tallied for the history, and which issues must stay open;
// with several organizations (an enterprise), a section per organization and the total. Pure.
import type { ManagedIssue } from '../reporters/issue-sync.js';
import type { CoverageGap, Finding, Snapshot } from '../model.js';
import { compareFindings } from '../model.js';
import { applyExemptions, unusedExemptions } from '../policy/index.js';
import { auditRules, runRules } from '../rules/index.js';
import { applyFeedback, exemptionYaml, widenBaselines } from '../feedback/apply-feedback.js';
import { mergeFeedback, readFeedback, type FeedbackIssue } from '../feedback/read-feedback.js';
import { anomalyReport, anomalySections, type AnomalyReport } from '../reporters/anomaly-summary.js';
import { driftInsufficient, journeyNormals, offboardingStepTally } from '../rules/offboarding-drift.js';
import { activityOf, reviewCredentialChanges } from '../rules/unapproved-credential-change.js';
import { describeFreshness } from '../coverage/read-record.js';
import { carriedReads } from '../state/carried-reads.js';
import type { Scope } from '../gather/scope.js';
import { scopeTotal, sectionFor } from '../merge/organization-sections.js';
import { sectionsMarkdown } from '../merge/sections-markdown.js';
import type { ScopeSection } from '../reporters/report.js';
import type { RunState } from '../state/types.js';
import type { Evaluation } from '../modes/mode.js';
import { emptyEvaluation } from '../modes/mode.js';
import { isPrimary, type RunContext } from '../run-context.js';
import { auditIssueIntent, originOf, type FindingOrigin } from './audit-issues.js';
import { issuesToKeepOpen } from './keep-open.js';

export interface AuditGathered {
  /** Every organization of the scope, each collected on its own, in the scope's order. */
  snapshots: Snapshot[];
  scope: Scope;
  /** The stored history of the action's organization (`organization`). */
  previous: RunState | null;
  /** The managed issues, null when issues are not reported. */
  issues: ManagedIssue[] | { error: string } | null;
  /** The findings issues as listed, for the feedback given on them (empty when not read). */
  feedbackIssues: FeedbackIssue[];
  /** The client's ETags of organization reads, to store with the history. */
  etags: unknown;
  /** This run's id in the stored history (two concurrent runs merge by it). */
  runId: string;
}

/** Each organization's own findings, by the collection that produced them (ids such as `pat:` name none). */
function byOrganization(findings: readonly Finding[], origin: FindingOrigin): Map<string, Finding[]> {
  const grouped = new Map<string, Finding[]>();
  for (const finding of findings) {
    const org = origin.byFingerprint.get(finding.fingerprint);
    if (org === undefined) continue;
    let own = grouped.get(org);
    if (!own) grouped.set(org, (own = []));
    own.push(finding);
  }
  return grouped;
}

/** A section per organization and the total, when the run covers more than one (or an enterprise). */
function scopeSection(
  scope: Scope,
  snapshots: readonly Snapshot[],
  origin: FindingOrigin,
  findings: readonly Finding[],
  gaps: readonly CoverageGap[],
): ScopeSection | null {
  if (snapshots.length < 2 && !scope.enterprise) return null;
  const own = byOrganization(findings, origin);
  const sections = snapshots.map((s) =>
    sectionFor(s.organization, own.get(s.organization) ?? [], s.coverage, { generatedAt: s.collectedAt }),
  );
  return { enterprise: scope.enterprise, sections, total: scopeTotal(sections, findings, gaps) };
}

export function evaluateAudit(
  gathered: AuditGathered,
  ctx: RunContext,
): Evaluation<{ anomaly?: AnomalyReport; organizations?: ScopeSection }> {
  const { inputs, clock, logger } = ctx;
  const policy = ctx.loaded.policy;
  const { previous, snapshots, scope } = gathered;
  // The stored history, baselines and feedback are the action's organization's: its snapshot is
  // judged with them; another organization of the scope is judged on tonight's read alone.
  const primary = snapshots.find((s) => isPrimary(ctx, s.organization)) ?? null;
  const history = previous ? { runs: previous.runs.filter((run) => run.mode === 'audit') } : null;
  const baselines = previous?.baselines ?? null;
  const contextOf = (snapshot: Snapshot) =>
    snapshot === primary
      ? { snapshot, policy, clock, history, baselines }
      : { snapshot, policy, clock, history: null, baselines: null };

  const perOrganization = snapshots.map((snapshot) => ({
    organization: snapshot.organization,
    findings: runRules(auditRules, contextOf(snapshot)),
  }));
  const origin = originOf(perOrganization);
  const raw = perOrganization.flatMap((p) => p.findings).sort(compareFindings);
  const exemption = applyExemptions(raw, policy, clock);
  const { exempted, expired } = exemption;
  // Feedback given on the findings issues since the last run, added to what the state remembers.
  const feedback = mergeFeedback(
    previous?.feedback,
    readFeedback(gathered.feedbackIssues, clock.now().toISOString()),
  );
  const { findings, suppressed } = applyFeedback(exemption.findings, feedback);
  const anomaly = primary
    ? anomalyReport({
        review: reviewCredentialChanges(policy, activityOf(primary, baselines?.extensions)),
        normals: journeyNormals(primary, policy, clock.now()),
        suppressed,
        exemption: exemptionYaml(suppressed, clock.now()),
      })
    : null;
  const tally = primary ? offboardingStepTally(primary, policy, clock.now()) : null;
  const gaps = [...scope.gaps, ...snapshots.flatMap((s) => s.coverage)];
  // Per issue only with one organization: its history knows what each issue held.
  const keepOpen =
    snapshots.length === 1 && primary ? issuesToKeepOpen(previous, gaps, policy, inputs.organization) : null;
  const organizations = scopeSection(scope, snapshots, origin, [...findings, ...expired], gaps);
  const own = byOrganization(findings, origin);
  for (const s of snapshots) {
    logger.info(
      `Audit of ${s.organization}: ${s.people.length} people, ${s.repositories.length} repositories, ` +
        `${s.teams.length} teams; ${own.get(s.organization)?.length ?? 0} findings, ${s.coverage.length} coverage gaps.`,
    );
  }
  logger.info(
    `${findings.length} findings in all, ${exempted.length} exempted, ${gaps.length} coverage gaps.`,
  );

  const freshness = primary?.freshness ?? [];
  // Parts not read in full tonight: deferred by the budget, or kept from the state's copy.
  const stale = freshness.filter((part) => part.deferred.length > 0 || (part.fromState?.length ?? 0) > 0);
  // Only when a part was not read in full: a complete fresh read needs no freshness note.
  // Our own words and numbers only (part names, counts, dates): nothing to escape.
  const freshnessNote = stale.length
    ? `**Freshness** of the per-repository reads and activity (lists no audit-log event touched come from the state, activity from the stored read with the span since, the audit log from the stored events with the day before the last run and since; what the budget deferred, the next run reads first):\n\n${freshness
        .map((part) => `- ${describeFreshness(part)}`)
        .join('\n')}\n`
    : null;
  const scopeTable = organizations
    ? sectionsMarkdown(
        organizations.enterprise ?? inputs.organization,
        organizations.sections,
        organizations.total,
      )
    : null;
  return {
    ...emptyEvaluation(),
    findings: [...findings, ...expired],
    exempted,
    gaps,
    section: { ...(anomaly ? { anomaly } : {}), ...(organizations ? { organizations } : {}) },
    ...(freshness.length ? { freshness } : {}),
    preface:
      [scopeTable, anomaly ? anomalySections(anomaly, previous) : null, freshnessNote]
        .filter((part): part is string => Boolean(part))
        .join('\n') || null,
    insufficient: primary ? driftInsufficient(contextOf(primary)) : [],
    warnings: [...ctx.loaded.warnings, ...unusedExemptions(policy, raw, clock)],
    issues: auditIssueIntent(ctx, gathered.issues, origin, keepOpen),
    // Without the action's organization in the scope, this run is none of its history.
    history: primary
      ? {
          previous,
          run: {
            mode: 'audit',
            id: gathered.runId,
            offboardingStepsExpected: tally ? tally.expected : 0,
            offboardingStepsMissing: tally ? tally.missing : 0,
            etags: gathered.etags,
            feedback,
            baselines: { extensions: widenBaselines(baselines?.extensions, suppressed) },
            ...carriedReads(previous, primary),
          },
        }
      : null,
  };
}
