// Evaluating an audit: every audit rule over the snapshot, the policy's exemptions, the
// offboarding steps tallied for the history, and which issues must stay open. Pure.
import type { ManagedIssue } from '../reporters/issue-sync.js';
import type { Snapshot } from '../model.js';
import { applyExemptions, unusedExemptions } from '../policy/index.js';
import { auditKeyPrefix } from '../reporters/issue-keys.js';
import { AUDIT_LABEL, desiredAuditIssues } from '../reporters/issues.js';
import { auditRules, runRules } from '../rules/index.js';
import { driftHistoryShortfall, offboardingStepTally } from '../rules/offboarding-drift.js';
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
  /** The client's ETags of organization reads, to store with the history. */
  etags: unknown;
  /** This run's id in the stored history (two concurrent runs merge by it). */
  runId: string;
}

export function evaluateAudit(gathered: AuditGathered, ctx: RunContext): Evaluation<Record<never, never>> {
  const { inputs, clock, logger } = ctx;
  const policy = ctx.loaded.policy;
  const { previous } = gathered;
  const history = previous ? { runs: previous.runs.filter((run) => run.mode === 'audit') } : null;
  const snapshot = gathered.snapshot;
  const shortfall = driftHistoryShortfall({ snapshot, policy, clock, history });

  const raw = runRules(auditRules, { snapshot, policy, clock, history });
  const { findings, exempted, expired } = applyExemptions(raw, policy, clock);
  const tally = offboardingStepTally(snapshot, policy, clock.now());
  const keepOpen = issuesToKeepOpen(previous, snapshot.coverage, policy, inputs.organization);
  logger.info(
    `Audit of ${inputs.organization}: ${snapshot.people.length} people, ${snapshot.repositories.length} repositories, ` +
      `${snapshot.teams.length} teams; ${findings.length} findings, ${exempted.length} exempted, ${snapshot.coverage.length} coverage gaps.`,
  );

  return {
    ...emptyEvaluation(),
    findings: [...findings, ...expired],
    exempted,
    gaps: snapshot.coverage,
    insufficient: shortfall ? [shortfall] : [],
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
      },
    },
  };
}
