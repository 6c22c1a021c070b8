// `mode: audit` — the nightly scan: the whole organization into one snapshot, every audit rule,
// the policy's exemptions, one issue per rule (by default), and the history on the state branch.
import { collectOrganization } from '../collectors/collect-organization.js';
import { EtagCache } from '../github/etag-cache.js';
import type { CoverageGap, Finding, Snapshot } from '../model.js';
import { isHistoryGap } from '../rules/audit-coverage-gap.js';
import { applyExemptions, unusedExemptions } from '../policy/index.js';
import type { Policy } from '../policy/types.js';
import { AUDIT_LABEL, desiredAuditIssues, groupFindings } from '../reporters/issues.js';
import { driftGap, offboardingStepTally } from '../rules/offboarding-drift.js';
import { auditRules, runRules } from '../rules/index.js';
import { ContentsApiStateStore } from '../state/contents-api-store.js';
import { gapCovers } from '../state/history.js';
import type { RunState } from '../state/types.js';
import type { RunContext } from '../run-context.js';
import type { ModeOutcome } from './outcome.js';
import { readOffboarded } from './tracking.js';

/** The inactivity windows the rules judge: where approximate activity dates would decide. */
export function activityThresholds(policy: Policy): { person: number[]; repository: number[] } {
  return {
    person: [policy.rules['stale-member'].thresholds['inactive-days']],
    repository: [policy.rules['unused-write-access'].thresholds['window-days']],
  };
}

/** Contributions must reach back as far as the longest inactivity window any rule judges. */
export function activityWindowDays(policy: Policy): number {
  const { person, repository } = activityThresholds(policy);
  return Math.max(1, ...person, ...repository);
}

/**
 * Issue groups that must not close this run: a finding they held last time sits on a resource
 * that could not be read now. Null without history (then any gap keeps every issue open).
 */
export function issuesToKeepOpen(previous: RunState | null, gaps: readonly CoverageGap[], policy: Policy): Set<string> | null {
  if (!previous) return null;
  const unread = gaps.filter((gap) => !isHistoryGap(gap));
  const hidden: Finding[] = Object.entries(previous.fingerprints)
    .filter(([, record]) => unread.some((gap) => gapCovers(gap, record)))
    .map(([fingerprint, record]) => ({ ...record, fingerprint, severity: 'info', message: '', evidence: {} }));
  return new Set(groupFindings(hidden, policy.routing).map((group) => group.key));
}

/**
 * Only the organization's data is worth keeping between runs: the state file itself (which would
 * then contain its previous version, and so on) and the action's own issues are read fresh.
 */
export function isOrganizationRead(cacheKey: string): boolean {
  return !/\/repos\/[^/]+\/[^/]+\/(contents|git|issues|labels|check-runs|commits)(\/|\?|$)/.test(cacheKey);
}

export async function runAudit(ctx: RunContext): Promise<ModeOutcome> {
  const { inputs, client, clock, logger } = ctx;
  const policy = ctx.loaded.policy;
  const store = new ContentsApiStateStore(client, {
    ...ctx.actionRepo,
    branch: inputs.stateBranch,
    warn: (message: string) => logger.warning(message),
  });
  const previous: RunState | null = await store.read();
  // Last run's ETags: unchanged lists answer 304, which GitHub does not count against the limit.
  for (const [key, entry] of Object.entries(EtagCache.unpack(previous?.etags).toJSON().entries)) {
    ctx.etagCache.set(key, entry);
  }

  const snapshot: Snapshot = await collectOrganization(client, {
    org: inputs.organization,
    now: clock.now(),
    activityWindowDays: activityWindowDays(policy),
    activityThresholds: activityThresholds(policy),
    logger,
  });
  const offboarded = await readOffboarded(ctx);
  snapshot.offboarded = offboarded.people;
  if (offboarded.gap) snapshot.coverage.push(offboarded.gap);

  const history = previous ? { runs: previous.runs.filter((run) => run.mode === 'audit') } : null;
  const context = { snapshot, policy, clock, history };
  const drift = driftGap(context);
  if (drift) snapshot.coverage.push(drift);

  const raw = runRules(auditRules, context);
  const { findings, exempted, expired } = applyExemptions(raw, policy, clock);
  const tally = offboardingStepTally(snapshot, policy, clock.now());
  const keepOpen = issuesToKeepOpen(previous, snapshot.coverage, policy);
  logger.info(
    `Audit of ${inputs.organization}: ${snapshot.people.length} people, ${snapshot.repositories.length} repositories, ` +
      `${snapshot.teams.length} teams; ${findings.length} findings, ${exempted.length} exempted, ${snapshot.coverage.length} coverage gaps.`,
  );

  return {
    findings: [...findings, ...expired],
    exempted,
    gaps: snapshot.coverage,
    warnings: [...ctx.loaded.warnings, ...unusedExemptions(policy, raw, clock)],
    issues: {
      label: AUDIT_LABEL,
      keyPrefix: 'audit:',
      closeMissing: true,
      ...(keepOpen ? { keepOpen } : {}),
      desired: (report) =>
        desiredAuditIssues(report, {
          routing: policy.routing,
          organization: inputs.organization,
          ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        }),
    },
    history: {
      store,
      previous,
      run: {
        mode: 'audit',
        offboardingStepsExpected: tally.expected,
        offboardingStepsMissing: tally.missing,
        etags: ctx.etagCache.pack(isOrganizationRead),
      },
    },
  };
}
