// The state an offboarding keeps in its tracking issue, and how a run moves it forward.
// Rendering and parsing the issue body live in tracking-issue.ts.
import { stepDueAt } from '../policy/journey.js';
import type { JourneyStep } from '../policy/types.js';
import type { OffboardingMetrics } from './metrics.js';
import type { RemediationResult } from './remediation.js';
import type { Inventory, ItemStatus, StepStatus } from './types.js';
import type { Verification } from './verify.js';

export interface TrackingState {
  v: 1;
  subject: string;
  organization: string;
  offboardedAt: string;
  inventory: Inventory;
  /** Status of every item at the last `post` run; empty right after `pre`. */
  items: ItemStatus[];
  steps: StepStatus[];
  /** Ids of manual steps ticked in the issue (read back from the checkboxes). */
  manualStepsDone: string[];
  /** Every remediation request ever sent for this person, oldest first. */
  remediation: RemediationResult[];
  metrics: OffboardingMetrics | null;
  updatedAt: string;
}

/** The first step of a tracking state, right after `pre`: everything held, every step open. */
export function initialTrackingState(
  inventory: Inventory,
  journey: readonly JourneyStep[],
  now: Date,
): TrackingState {
  const offboardedAt = inventory.offboardedAt;
  return {
    v: 1,
    subject: inventory.subject,
    organization: inventory.organization,
    offboardedAt,
    inventory,
    items: inventory.items.map((item) => ({
      kind: item.kind,
      resource: item.resource,
      label: item.label,
      status: 'retained',
      at: null,
      by: null,
      new: false,
    })),
    steps: journey.map((step) => ({
      id: step.id,
      title: step.title,
      check: step.check.kind,
      status: 'pending',
      dueAt: stepDueAt(offboardedAt, step.deadlineHours),
      doneAt: null,
    })),
    manualStepsDone: [],
    remediation: [],
    metrics: null,
    updatedAt: now.toISOString(),
  };
}

/** The state after a `post` run: the inventory stays, statuses and metrics are replaced, the log grows. */
export function nextTrackingState(
  previous: TrackingState,
  verification: Verification,
  remediation: readonly RemediationResult[],
  now: Date,
): TrackingState {
  return {
    ...previous,
    items: verification.items,
    steps: verification.steps,
    manualStepsDone: previous.manualStepsDone,
    remediation: [...previous.remediation, ...remediation],
    metrics: verification.metrics,
    updatedAt: now.toISOString(),
  };
}

/**
 * True when the issue can be closed: nothing is still held or unreadable, and every journey step
 * is done (a manual step left unticked keeps the issue open).
 */
export function nothingLeft(state: TrackingState): boolean {
  return (
    state.items.every((item) => item.status === 'revoked' || item.status === 'rotated') &&
    state.steps.every((step) => step.status === 'done')
  );
}
