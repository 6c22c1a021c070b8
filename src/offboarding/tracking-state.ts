// The state an offboarding keeps in its tracking issue, and how a run moves it forward.
// Rendering and parsing the issue body live in tracking-issue.ts.
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

/** What a tracking issue's body gave: not a tracking issue, its state, or a damaged state. */
export type TrackingRead =
  | { kind: 'none' }
  | { kind: 'state'; state: TrackingState }
  | { kind: 'damaged'; subject: string; reason: string };

/** Why a decoded hidden block is not a usable tracking state for `subject`, or null when it is. */
export function trackingStateProblem(value: unknown, subject: string): string | null {
  if (typeof value !== 'object' || value === null) return 'the hidden state is not an object';
  const state = value as Partial<TrackingState>;
  if (state.v !== 1) return `the hidden state has version ${JSON.stringify(state.v)}, not 1`;
  if (state.subject !== subject) return 'the hidden state names another person than the issue’s first line';
  if (!Array.isArray(state.inventory?.items)) return 'the hidden state has no inventory';
  if (!Array.isArray(state.items) || !Array.isArray(state.steps)) return 'the hidden state has no item or step statuses';
  return null;
}

/**
 * The error for a person whose tracking issue is damaged: where it is and how to repair it. The
 * issue is not rewritten and no inventory is rebuilt over it — what `pre` recorded and what
 * people ticked would be lost.
 */
export function damagedTrackingMessage(reason: string, issueUrl: string): string {
  return (
    `the tracking issue ${issueUrl} cannot be read: ${reason}. It was left unchanged and nothing was verified. ` +
    'Restore the issue body from its edit history (the "edited" menu on the issue) so the last line is the ' +
    '`<!-- offboarding-sentinel:state … -->` block again, or close the issue and run `pre` again to record a new inventory.'
  );
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
      dueAt: new Date(new Date(offboardedAt).getTime() + step.deadlineHours * 3_600_000).toISOString(),
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
