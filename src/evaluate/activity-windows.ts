// How far back activity must be read: as far as the longest inactivity window a rule judges.
// Pure, so gather (which asks for the reads) and the rules agree on one answer.
import type { Policy } from '../policy/types.js';

export interface ActivityWindows {
  person: number[];
  repository: number[];
}

/** The inactivity windows the rules judge: where approximate activity dates would decide. */
export function activityThresholds(policy: Policy): ActivityWindows {
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

/** The windows of several policies at once (validate reads once for the base and the head). */
export function combinedWindows(policies: readonly Policy[]): { days: number; thresholds: ActivityWindows } {
  return {
    days: Math.max(...policies.map(activityWindowDays)),
    thresholds: {
      person: policies.flatMap((policy) => activityThresholds(policy).person),
      repository: policies.flatMap((policy) => activityThresholds(policy).repository),
    },
  };
}
