// Every write to GitHub: the check run, the issues, the stored history and opt-in revocations.
// The pipeline builds this writer only when the run may write — a dry run and a read-only token
// get none, so nothing here needs to ask.
import { applyRemediation, type RemediationResult } from '../offboarding/remediation.js';
import { applyCheckRun, startCheckRun, type CheckRunHandle, type CheckRunPlan } from '../reporters/check-run.js';
import { applyIssuePlan, type IssueApplyResult, type IssuePlan } from '../reporters/issue-sync.js';
import type { RemediationBatch, RemediationWriter } from '../modes/mode.js';
import type { RunState } from '../state/types.js';
import type { RunContext } from '../run-context.js';
import { CHECK_RUN_NAME } from '../plan/publish-plan.js';

export interface GitHubWriter extends RemediationWriter {
  /** The check run `in_progress`, so the PR shows it running; null when it could not be started. */
  startCheckRun(): Promise<CheckRunHandle | null>;
  /** Completes the check run; `skipped` when the token may not write checks. */
  completeCheckRun(plan: CheckRunPlan, started: CheckRunHandle | null): Promise<{ skipped: boolean }>;
  syncIssues(plan: IssuePlan): Promise<IssueApplyResult>;
  storeHistory(state: RunState): Promise<void>;
}

export function githubWriter(ctx: RunContext): GitHubWriter {
  // The action's repository is written with `github-token`; revocations use the organization's token.
  const { client, repoClient, actionRepo, logger } = ctx;
  const warn = (message: string) => logger.warning(message);
  return {
    startCheckRun: async () => {
      if (!ctx.inputs.reporters.has('check-run') || !ctx.headSha) return null;
      return startCheckRun(repoClient, actionRepo, { name: CHECK_RUN_NAME, headSha: ctx.headSha }, { warn }).catch((error: unknown) => {
        // The audit matters more than its progress indicator: complete it later, or fall back.
        logger.warning(`Could not start the check run: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      });
    },
    remediate: async (batches: readonly RemediationBatch[]) => {
      const applied = new Map<string, RemediationResult[]>();
      for (const batch of batches) {
        applied.set(batch.subject, [...batch.refused, ...(await applyRemediation(client, batch.actions, ctx.clock))]);
      }
      return applied;
    },
    completeCheckRun: async (plan, started) => {
      const result = await applyCheckRun(repoClient, actionRepo, plan, started ?? undefined, { warn });
      return { skipped: 'skipped' in result };
    },
    // Serialized with concurrent runs through a lease on the state branch (issue-lock.ts).
    syncIssues: (plan) =>
      applyIssuePlan(repoClient, actionRepo, plan, {
        lock: { branch: ctx.inputs.stateBranch, holder: `run ${ctx.inputs.runId ?? 'local'} (${ctx.inputs.mode})`, warn },
      }),
    storeHistory: (state) => ctx.store.write(state),
  };
}
