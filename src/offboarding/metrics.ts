// How well an offboarding went, as numbers for the JSON report, the job summary and the
// `offboarding-drift` history: steps done and missed, hours from termination to each
// revocation, and tokens that outlived the first day.
import type { InventoryKind, ItemStatus, StepStatus } from './types.js';
import { HOUR_MS } from '../rules/time.js';

const TOKEN_KINDS: readonly InventoryKind[] = ['pat', 'credential'];

export interface RevocationTiming {
  resource: string;
  kind: InventoryKind;
  at: string;
  by: string | null;
  /** Negative when it was revoked before `offboarded-at` (access removed in advance). */
  hoursAfterOffboarding: number;
}

export interface OffboardingMetrics {
  subject: string;
  offboardedAt: string;
  evaluatedAt: string;
  stepsExpected: number;
  stepsDone: number;
  stepsMissing: number;
  stepsPending: number;
  stepsUnknown: number;
  itemsTotal: number;
  itemsRevoked: number;
  itemsRetained: number;
  itemsUnknown: number;
  revocations: RevocationTiming[];
  /** Hours until the last revocation, when everything is gone and each revocation time is known. */
  hoursToFullRevocation: number | null;
  /** PATs and SSO credentials still active 24 h after `offboarded-at` (held then, or revoked later). */
  tokensActiveAfter24h: number;
}

export interface RunOffboardingMetrics {
  subjects: number;
  stepsExpected: number;
  stepsDone: number;
  stepsMissing: number;
  itemsRetained: number;
  tokensActiveAfter24h: number;
  /** Median over every revocation with a known time, across subjects. */
  medianHoursToRevocation: number | null;
}

function hoursBetween(from: string, to: string): number {
  return Math.round(((new Date(to).getTime() - new Date(from).getTime()) / HOUR_MS) * 100) / 100;
}

export function offboardingMetrics(input: {
  subject: string;
  offboardedAt: string;
  now: Date;
  items: readonly ItemStatus[];
  steps: readonly StepStatus[];
}): OffboardingMetrics {
  const { items, steps, offboardedAt } = input;
  const count = <T>(list: readonly T[], test: (entry: T) => boolean) => list.filter(test).length;
  const gone = (item: ItemStatus) => item.status === 'revoked' || item.status === 'rotated';
  const revocations: RevocationTiming[] = items
    .filter((item) => gone(item) && item.at !== null)
    .map((item) => ({
      resource: item.resource,
      kind: item.kind,
      at: item.at as string,
      by: item.by,
      hoursAfterOffboarding: hoursBetween(offboardedAt, item.at as string),
    }));
  const allGoneWithTimes = items.length > 0 && items.every((item) => gone(item) && item.at !== null);
  const dayAfter = new Date(offboardedAt).getTime() + 24 * HOUR_MS;
  const tokensActiveAfter24h = count(items, (item) => {
    if (!TOKEN_KINDS.includes(item.kind)) return false;
    if (item.status === 'retained') return input.now.getTime() > dayAfter;
    return gone(item) && item.at !== null && new Date(item.at).getTime() > dayAfter;
  });
  return {
    subject: input.subject,
    offboardedAt,
    evaluatedAt: input.now.toISOString(),
    stepsExpected: steps.length,
    stepsDone: count(steps, (step) => step.status === 'done'),
    stepsMissing: count(steps, (step) => step.status === 'missing'),
    stepsPending: count(steps, (step) => step.status === 'pending'),
    stepsUnknown: count(steps, (step) => step.status === 'unknown'),
    itemsTotal: items.length,
    itemsRevoked: count(items, gone),
    itemsRetained: count(items, (item) => item.status === 'retained'),
    itemsUnknown: count(items, (item) => item.status === 'unknown'),
    revocations,
    hoursToFullRevocation: allGoneWithTimes
      ? Math.max(...revocations.map((r) => r.hoursAfterOffboarding))
      : null,
    tokensActiveAfter24h,
  };
}

/** One run's totals over every subject it offboarded. */
export function runOffboardingMetrics(perSubject: readonly OffboardingMetrics[]): RunOffboardingMetrics {
  const sum = (pick: (m: OffboardingMetrics) => number) =>
    perSubject.reduce((total, m) => total + pick(m), 0);
  const hours = perSubject
    .flatMap((m) => m.revocations.map((r) => r.hoursAfterOffboarding))
    .sort((a, b) => a - b);
  const middle = Math.floor(hours.length / 2);
  const median =
    hours.length === 0
      ? null
      : hours.length % 2 === 1
        ? hours[middle]
        : (hours[middle - 1] + hours[middle]) / 2;
  return {
    subjects: perSubject.length,
    stepsExpected: sum((m) => m.stepsExpected),
    stepsDone: sum((m) => m.stepsDone),
    stepsMissing: sum((m) => m.stepsMissing),
    itemsRetained: sum((m) => m.itemsRetained),
    tokensActiveAfter24h: sum((m) => m.tokensActiveAfter24h),
    medianHoursToRevocation: median,
  };
}
