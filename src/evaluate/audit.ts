// Evaluating an audit: every audit rule over the snapshot, the policy's exemptions, the
// offboarding steps tallied for the history, and which issues must stay open. Pure.
import type { ManagedIssue } from '../reporters/issue-sync.js';
import type { Snapshot } from '../model.js';
import { applyExemptions, unusedExemptions } from '../policy/index.js';
import { auditKeyPrefix } from '../reporters/issue-keys.js';
import { AUDIT_LABEL, desiredAuditIssues } from '../reporters/issues.js';
import { auditRules, runRules } from '../rules/index.js';
import { applyFeedback, exemptionYaml, widenBaselines } from '../feedback/apply-feedback.js';
import { mergeFeedback, readFeedback, type FeedbackIssue } from '../feedback/read-feedback.js';
import { anomalyReport, anomalySections, type AnomalyReport } from '../reporters/anomaly-summary.js';
import { driftInsufficient, journeyNormals, offboardingStepTally } from '../rules/offboarding-drift.js';
import { activityOf, reviewCredentialChanges } from '../rules/unapproved-credential-change.js';
import { describeFreshness, nextReadRecord } from '../coverage/read-record.js';
import type { RunState } from '../state/types.js';
import type { Evaluation } from '../modes/mode.js';
import { emptyEvaluation } from '../modes/mode.js';
import type { RunContext } from '../run-context.js';
import { issuesToKeepOpen } from './keep-open.js';

export interface AuditGathered {
  snapshot: Snapshot;
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

export function evaluateAudit(
  gathered: AuditGathered,
  ctx: RunContext,
): Evaluation<{ anomaly: AnomalyReport }> {
  const { inputs, clock, logger } = ctx;
  const policy = ctx.loaded.policy;
  const { previous } = gathered;
  const history = previous ? { runs: previous.runs.filter((run) => run.mode === 'audit') } : null;
  const snapshot = gathered.snapshot;
  const baselines = previous?.baselines ?? null;
  const context = { snapshot, policy, clock, history, baselines };

  const raw = runRules(auditRules, context);
  const exemption = applyExemptions(raw, policy, clock);
  const { exempted, expired } = exemption;
  // Feedback given on the findings issues since the last run, added to what the state remembers.
  const feedback = mergeFeedback(
    previous?.feedback,
    readFeedback(gathered.feedbackIssues, clock.now().toISOString()),
  );
  const { findings, suppressed } = applyFeedback(exemption.findings, feedback);
  const anomaly = anomalyReport({
    review: reviewCredentialChanges(policy, activityOf(snapshot, baselines?.extensions)),
    normals: journeyNormals(snapshot, policy, clock.now()),
    suppressed,
    exemption: exemptionYaml(suppressed, clock.now()),
  });
  const tally = offboardingStepTally(snapshot, policy, clock.now());
  const keepOpen = issuesToKeepOpen(previous, snapshot.coverage, policy, inputs.organization);
  logger.info(
    `Audit of ${inputs.organization}: ${snapshot.people.length} people, ${snapshot.repositories.length} repositories, ` +
      `${snapshot.teams.length} teams; ${findings.length} findings, ${exempted.length} exempted, ${snapshot.coverage.length} coverage gaps.`,
  );

  const reads = nextReadRecord(
    previous?.reads,
    snapshot.collectedAt,
    snapshot.partsRead ?? {},
    new Set(snapshot.repositories.map((r) => r.nameWithOwner)),
  );
  const freshness = snapshot.freshness ?? [];
  // Parts not read in full tonight: deferred by the budget, or kept from the state's copy.
  const stale = freshness.filter((part) => part.deferred.length > 0 || (part.fromState?.length ?? 0) > 0);
  // Only when a part was not read in full: a complete fresh read needs no freshness note.
  // Our own words and numbers only (part names, counts, dates): nothing to escape.
  const freshnessNote = stale.length
    ? `**Freshness** of the per-repository reads (lists no audit-log event touched come from the state; what the budget deferred, the next run reads first):\n\n${freshness
        .map((part) => `- ${describeFreshness(part)}`)
        .join('\n')}\n`
    : null;
  return {
    ...emptyEvaluation(),
    findings: [...findings, ...expired],
    exempted,
    gaps: snapshot.coverage,
    section: { anomaly },
    ...(freshness.length ? { freshness } : {}),
    preface: [anomalySections(anomaly, previous), freshnessNote].filter((part): part is string => Boolean(part)).join('\n') || null,
    insufficient: driftInsufficient(context),
    warnings: [...ctx.loaded.warnings, ...unusedExemptions(policy, raw, clock)],
    issues: gathered.issues
      ? {
          label: AUDIT_LABEL,
          keyPrefix: auditKeyPrefix(inputs.organization),
          existing: gathered.issues,
          closeMissing: true,
          ...(keepOpen ? { keepOpen } : {}),
          desired: (report) =>
            desiredAuditIssues(report, {
              routing: policy.routing,
              organization: inputs.organization,
              ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
            }),
        }
      : null,
    history: {
      previous,
      run: {
        mode: 'audit',
        id: gathered.runId,
        offboardingStepsExpected: tally.expected,
        offboardingStepsMissing: tally.missing,
        etags: gathered.etags,
        feedback,
        baselines: { extensions: widenBaselines(baselines?.extensions, suppressed) },
        reads,
      },
    },
  };
}
