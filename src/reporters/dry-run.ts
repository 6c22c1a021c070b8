// What a dry run would have written, in words for the log: the apply stage describes the plans
// it was not allowed to apply (they are also in the JSON report's `plans` and in plan.json).
import type { CheckRunPlan } from './check-run.js';
import type { IssuePlan } from './issue-sync.js';
import { plainText } from './text.js';

/** The dry run's file of planned writes, written beside the report (never a report itself). */
export const PLAN_FILE = 'plan.json';

/** One line per planned issue write; titles are plain-texted since logs end up in the UI too. */
export function describeIssuePlan(plan: IssuePlan): string[] {
  const lines = plan.actions.map((action) => {
    switch (action.kind) {
      case 'create':
        return `would open an issue "${plainText(action.title, 120)}" (${action.labels.join(', ')})`;
      case 'update':
        return `would update #${action.number} "${plainText(action.title, 120)}"${action.comment ? ' and comment once' : ''}`;
      case 'reopen':
        return `would reopen #${action.number} "${plainText(action.title, 120)}"`;
      case 'close':
        return `would close #${action.number} (${action.reason}) with a comment`;
    }
  });
  if (plan.unchanged.length > 0) lines.push(`${plan.unchanged.length} issue(s) unchanged: nothing to do`);
  return lines.length > 0 ? lines : ['no issue changes'];
}

export function describeCheckRunPlan(plan: CheckRunPlan): string[] {
  const batches = Math.max(1, Math.ceil(plan.annotations.length / 50));
  return [
    `would complete check run "${plainText(plan.name, 120)}" on ${plan.headSha.slice(0, 12)} as ${plan.conclusion}: ${plan.output.title}`,
    `with ${plan.annotations.length} annotation(s) in ${batches} request(s)${plan.truncated.length > 0 ? `; cut: ${plan.truncated.join(', ')}` : ''}`,
  ];
}
