// Each journey step's normal over past offboardings: how long after `offboarded-at` it was done
// and how often it was missed. One observation per person and step, from what the tracking
// issue recorded (the inventory, and the step statuses of the last `post` run) and the audit
// log's revocation events. A step the person had nothing for is not observed (not "done in 0
// hours"); a step still open is observed with the time elapsed so far, which is a lower bound.
import type { AuditEvent, OffboardedPerson } from '../model.js';
import { revocationEvent } from '../offboarding/revocation-events.js';
import { KINDS_OF_STEP } from '../policy/journey.js';
import type { JourneyStep } from '../policy/types.js';
import { robustSummary, round2, type RobustSummary } from './stats.js';

const HOUR_MS = 3_600_000;
/** Every action revocation-events.ts recognises as removing a holding. */
const REVOCATION_ACTION =
  /^(org\.remove_member|team\.remove_member|repo\.remove_member|org\.remove_outside_collaborator|org\.cancel_invitation|repository_invitation\.(cancel|reject)|personal_access_token\.access_revoked|org_credential_authorization\.(revoke|deauthorize)|public_key\.delete|[a-z_]+\.(create|update|remove)_(actions|integration)_secret)$/;

export interface StepObservation {
  login: string;
  offboardedAt: string;
  /** Hours from `offboarded-at` to done, or elapsed so far when not done. */
  hours: number;
  done: boolean;
  /** Done after the deadline, or not done when the deadline has passed. */
  missed: boolean;
  /** The deadline has passed or the step is done: the outcome is known. */
  decided: boolean;
}

export interface StepBaseline {
  step: string;
  title: string;
  deadlineHours: number;
  /** Oldest first. */
  observations: StepObservation[];
}

/** The journey's github-checked steps with what each person's offboarding shows for them. */
export function journeyObservations(input: {
  offboarded: readonly OffboardedPerson[];
  events: readonly AuditEvent[];
  journey: readonly JourneyStep[];
  organization: string;
  defaultDeadlineHours: number;
  now: Date;
  /** Offboardings before this are outside the audit log: their revocations cannot be seen. */
  since: string | null;
}): StepBaseline[] {
  const { now } = input;
  // Only removals can be revocations: filter once, not once per person, step and item.
  const events = input.events.filter((event) => REVOCATION_ACTION.test(event.action));
  const people = [...input.offboarded]
    .filter((person) => input.since === null || person.offboardedAt >= input.since)
    .sort((a, b) => a.offboardedAt.localeCompare(b.offboardedAt) || a.login.localeCompare(b.login));
  return input.journey
    .filter((step) => step.check.kind === 'github')
    .map((step) => {
      const deadlineHours =
        Number.isFinite(step.deadlineHours) && step.deadlineHours > 0
          ? step.deadlineHours
          : input.defaultDeadlineHours;
      const observations: StepObservation[] = [];
      for (const person of people) {
        const observed = observe(person, step, deadlineHours, events, input.organization, now);
        if (observed) observations.push(observed);
      }
      return { step: step.id, title: step.title, deadlineHours, observations };
    });
}

function observe(
  person: OffboardedPerson,
  step: JourneyStep,
  deadlineHours: number,
  events: readonly AuditEvent[],
  organization: string,
  now: Date,
): StepObservation | null {
  if (step.check.kind !== 'github' || !person.inventory) return null;
  const offMs = new Date(person.offboardedAt).getTime();
  const elapsed = (now.getTime() - offMs) / HOUR_MS;
  if (elapsed < 0) return null;
  const deadlinePassed = elapsed > deadlineHours;
  const recorded = person.steps?.find((entry) => entry.id === step.id);
  const kinds = KINDS_OF_STEP[step.check.what];
  const items = person.inventory.filter((item) => kinds.includes(item.kind));
  const base = { login: person.login, offboardedAt: person.offboardedAt };
  if (items.length === 0) return null;

  const times = items.map(
    (item) => revocationEvent(events, item, person.login, organization, person.emails ?? [])?.at ?? null,
  );
  if (times.every((at) => at !== null)) {
    const last = Math.max(...times.map((at) => new Date(at).getTime()));
    const hours = round2(Math.max(0, (last - offMs) / HOUR_MS));
    return { ...base, hours, done: true, missed: hours > deadlineHours, decided: true };
  }
  // The audit log does not show every revocation (an expired token, a key removed with its
  // repository); the tracking issue's last verification saw them gone.
  if (recorded?.status === 'done' && recorded.doneAt) {
    const hours = round2(Math.max(0, (new Date(recorded.doneAt).getTime() - offMs) / HOUR_MS));
    return { ...base, hours, done: true, missed: hours > deadlineHours, decided: true };
  }
  if (recorded?.status === 'done') return null; // done, time unknown: nothing to learn from
  return { ...base, hours: round2(elapsed), done: false, missed: deadlinePassed, decided: deadlinePassed };
}

export const RECENT_OFFBOARDINGS = 3;
export const MIN_PAST_OFFBOARDINGS = 5;

export interface StepNormal {
  step: string;
  title: string;
  deadlineHours: number;
  recent: StepObservation[];
  past: StepObservation[];
  /** Hours to done over past offboardings; null when too few. */
  hours: RobustSummary | null;
  /** Share (0..1) of past decided offboardings in which the step was missed; null when too few. */
  missRate: number | null;
  /** Why the step's normal is not known, when it is not. */
  insufficient: string | null;
}

/**
 * Split a step's observations into the recent ones (the last `recent`, open ones included) and
 * the past ones the normal is learned from (decided only), and summarise the past robustly.
 */
export function stepNormal(
  baseline: StepBaseline,
  minPast = MIN_PAST_OFFBOARDINGS,
  recent = RECENT_OFFBOARDINGS,
): StepNormal {
  const latest = baseline.observations.slice(-recent);
  const past = baseline.observations.slice(0, -recent || undefined).filter((o) => o.decided);
  const doneHours = past.filter((o) => o.done).map((o) => o.hours);
  const enough = past.length >= minPast;
  return {
    step: baseline.step,
    title: baseline.title,
    deadlineHours: baseline.deadlineHours,
    recent: latest,
    past,
    hours: enough ? robustSummary(doneHours, Math.min(minPast, 3)) : null,
    missRate: enough ? past.filter((o) => o.missed).length / past.length : null,
    insufficient: enough
      ? null
      : `step ${baseline.step}: ${past.length} past offboardings with an outcome (${minPast} needed before the ${recent} most recent); ` +
        `until then the policy's deadline of ${baseline.deadlineHours} hours judges it (offboarding-step-missing)`,
  };
}
