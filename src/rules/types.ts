// A rule is a pure function of what was collected, what the policy says and the time.
import type { Clock, Finding, RuleName, Snapshot } from '../model.js';
import type { BaselineExtension } from '../baseline/actor-baseline.js';
import type { Policy } from '../policy/types.js';

/** Past runs, for rules that judge a trend (offboarding-drift). */
export interface RunHistory {
  /** Oldest first. */
  runs: { at: string; offboardingStepsExpected: number; offboardingStepsMissing: number }[];
}

export interface RuleContext {
  snapshot: Snapshot;
  policy: Policy;
  clock: Clock;
  history: RunHistory | null;
  /** What feedback taught the anomaly rules (stored in the state), by lower-case login. */
  baselines?: { extensions: Record<string, BaselineExtension> } | null;
}

export interface Rule {
  name: RuleName;
  evaluate(context: RuleContext): Finding[];
}
