// offboarding-drift: per journey step, the recent offboardings against the step's normal over
// past offboardings (src/baseline/journey-baseline.ts). It fires when a step starts being
// skipped (missed in most of the recent offboardings, beyond the past miss rate by more than
// `max-deviation-percent` points) or slows down (most recent offboardings took longer than the
// past's median + 3 scaled MADs: "`tokens` took 9 days in the last 3 offboardings; usual 4
// hours"). A step with fewer than `min-past-offboardings` past outcomes is not judged;
// `driftInsufficient` says so for the report's `history.insufficient` (not a coverage gap:
// nothing went unread), and the policy's deadline (offboarding-step-missing)
// judges it meanwhile.
//
// `offboardingStepTally` is the per-run share of missing steps kept in the stored history for
// the summary's trend (revocation success rate): for every person recorded as offboarded whose
// step deadline has passed, each GitHub-checked step is expected, and missing when what it
// removes is still in the snapshot.
import {
  journeyObservations,
  stepNormal,
  type StepNormal,
  type StepObservation,
} from '../baseline/journey-baseline.js';
import { round2, upperFence } from '../baseline/stats.js';
import type { Snapshot } from '../model.js';
import type { InsufficientHistory } from '../reporters/report.js';
import { stepDueAt, type GithubCheck } from '../policy/journey.js';
import type { Policy } from '../policy/types.js';
import { resourceId } from '../resource-id.js';
import { loginKey } from './activity.js';
import type { CoveredKind } from '../coverage/covers.js';
import { hidden } from './coverage.js';
import { defineRule, makeFinding, settingsOf, threshold } from './finding.js';
import { patExpired } from './long-lived-token.js';
import { isMember } from './people.js';
import { credentialExpired } from './stale-token.js';
import type { RuleContext } from './types.js';


export interface StepTally {
  expected: number;
  missing: number;
}

function same(a: string | null, b: string): boolean {
  return a !== null && loginKey(a) === loginKey(b);
}

/** Whether what the step removes is still there; null when the snapshot cannot say. */
function stepMissing(what: GithubCheck, login: string, snapshot: Snapshot, now: Date): boolean | null {
  // The person's holdings of a kind, wherever they are: any list of that kind unread hides them.
  const unread = (...kinds: CoveredKind[]) => kinds.some((kind) => hidden(snapshot, { kind, subject: login }));
  switch (what) {
    case 'org-membership':
      if (unread('org-membership')) return null;
      return snapshot.people.some((p) => same(p.login, login) && isMember(p));
    case 'repo-access':
      if (unread('repo-access')) return null;
      return snapshot.grants.some(
        (g) => same(g.login, login) && (g.outsideCollaborator || g.sources.some((s) => s.kind === 'direct')),
      );
    case 'team-membership':
      if (unread('team-membership')) return null;
      return snapshot.teams.some((t) => t.members.some((m) => same(m.login, login)));
    case 'invitations':
      if (unread('invitation')) return null;
      return snapshot.invitations.some((i) => same(i.login, login));
    case 'tokens':
      if (unread('pat', 'credential')) return null;
      return (
        snapshot.patGrants.some((g) => same(g.owner, login) && !patExpired(g, now)) ||
        snapshot.credentialAuthorizations.some((c) => same(c.login, login) && !credentialExpired(c, now))
      );
    case 'deploy-keys':
      if (unread('deploy-key')) return null;
      return snapshot.deployKeys.some((k) => same(k.addedBy, login));
    case 'secrets-rotated':
      return null;
  }
}

/** Expected and missing offboarding steps across everyone offboarded, as of `now`. */
export function offboardingStepTally(snapshot: Snapshot, policy: Policy, now: Date): StepTally {
  const tally: StepTally = { expected: 0, missing: 0 };
  const defaultDeadline = settingsOf(policy, 'offboarding-step-missing').thresholds['deadline-hours'] ?? 24;
  for (const person of snapshot.offboarded) {
    for (const step of policy.offboarding.journey) {
      if (step.check.kind !== 'github' || now.getTime() <= Date.parse(stepDueAt(person.offboardedAt, step.deadlineHours, defaultDeadline)))
        continue;
      const missing = stepMissing(step.check.what, person.login, snapshot, now);
      if (missing === null) continue;
      tally.expected++;
      if (missing) tally.missing++;
    }
  }
  return tally;
}

// The gap, the rule and the summary all ask for the same normals of one snapshot.
const normalsCache = new WeakMap<Snapshot, { policy: Policy; at: number; normals: StepNormal[] }>();

/** Each GitHub-checked journey step's normal over the offboardings the audit log reaches back to. */
export function journeyNormals(snapshot: Snapshot, policy: Policy, now: Date): StepNormal[] {
  const cached = normalsCache.get(snapshot);
  if (cached && cached.policy === policy && cached.at === now.getTime()) return cached.normals;
  const normals = computeNormals(snapshot, policy, now);
  normalsCache.set(snapshot, { policy, at: now.getTime(), normals });
  return normals;
}

function computeNormals(snapshot: Snapshot, policy: Policy, now: Date): StepNormal[] {
  const minPast = threshold(policy, 'offboarding-drift', 'min-past-offboardings');
  const steps = journeyObservations({
    offboarded: snapshot.offboarded,
    events: snapshot.auditEvents,
    journey: policy.offboarding.journey,
    organization: snapshot.organization,
    defaultDeadlineHours: threshold(policy, 'offboarding-step-missing', 'deadline-hours'),
    now,
    since: snapshot.activityWindow?.from ?? null,
  });
  return steps.map((step) => stepNormal(step, minPast));
}

/** What drift cannot judge yet for lack of past offboardings (the report's `history.insufficient`): one entry per step. */
export function driftInsufficient(context: RuleContext): InsufficientHistory[] {
  if (!settingsOf(context.policy, 'offboarding-drift').enabled) return [];
  return journeyNormals(context.snapshot, context.policy, context.clock.now())
    .filter((normal) => normal.insufficient !== null)
    .map((normal) => ({ rule: 'offboarding-drift', reason: normal.insufficient as string }));
}

/** "9 days", "4 hours", "35 minutes" */
export function formatHours(hours: number): string {
  if (hours >= 48) return `${round2(hours / 24)} days`;
  if (hours >= 1) return `${round2(hours)} hours`;
  return `${Math.round(hours * 60)} minutes`;
}

export interface StepDrift {
  normal: StepNormal;
  skipped: { missed: number; of: number; missPercent: number; usualPercent: number } | null;
  slow: {
    slow: number;
    of: number;
    recentMedianHours: number;
    usualHours: number;
    fenceHours: number;
  } | null;
}

/** Most of the recent ones: 2 of 3. One bad offboarding is not drift. */
function most(count: number, of: number): boolean {
  return of > 0 && count >= Math.max(2, Math.ceil((of * 2) / 3));
}

export function stepDrift(normal: StepNormal, maxDeviationPercent: number): StepDrift {
  const result: StepDrift = { normal, skipped: null, slow: null };
  if (normal.insufficient !== null || normal.missRate === null) return result;
  const decided = normal.recent.filter((o) => o.decided);
  const missed = decided.filter((o) => o.missed).length;
  const missPercent = decided.length > 0 ? (missed / decided.length) * 100 : 0;
  const usualPercent = normal.missRate * 100;
  if (most(missed, decided.length) && missPercent - usualPercent > maxDeviationPercent)
    result.skipped = {
      missed,
      of: decided.length,
      missPercent: round2(missPercent),
      usualPercent: round2(usualPercent),
    };

  if (normal.hours) {
    const fence = upperFence(normal.hours, 3, 1);
    // An open step already past the fence is slow whatever its final time will be.
    const slow = normal.recent.filter((o: StepObservation) => o.hours > fence);
    if (most(slow.length, normal.recent.length)) {
      const hours = [...normal.recent.map((o) => o.hours)].sort((a, b) => a - b);
      result.slow = {
        slow: slow.length,
        of: normal.recent.length,
        recentMedianHours: round2(hours[Math.floor(hours.length / 2)]),
        usualHours: round2(normal.hours.median),
        fenceHours: round2(fence),
      };
    }
  }
  return result;
}

export const offboardingDrift = defineRule('offboarding-drift', (context) => {
  const { snapshot, policy, clock } = context;
  const maxDeviation = threshold(policy, 'offboarding-drift', 'max-deviation-percent');
  return journeyNormals(snapshot, policy, clock.now())
    .map((normal) => stepDrift(normal, maxDeviation))
    .filter((drift) => drift.skipped || drift.slow)
    .map(({ normal, skipped, slow }) => {
      const parts: string[] = [];
      if (skipped)
        parts.push(
          `was missed in ${skipped.missed} of the last ${skipped.of} offboardings; usual ${skipped.usualPercent}% over ${normal.past.length}`,
        );
      if (slow)
        parts.push(
          `took ${formatHours(slow.recentMedianHours)} in the last ${slow.of} offboardings (${slow.slow} beyond ${formatHours(slow.fenceHours)}); usual ${formatHours(slow.usualHours)}`,
        );
      const score = round2(
        (skipped ? skipped.missed / Math.max(1, skipped.of) : 0) +
          (slow ? slow.recentMedianHours / Math.max(1, slow.fenceHours) : 0),
      );
      return makeFinding(policy, 'offboarding-drift', {
        subject: null,
        resource: resourceId.organization(snapshot.organization),
        key: `step:${normal.step}`,
        message: `Offboarding step \`${normal.step}\` ${parts.join('; ')}`,
        evidence: {
          step: normal.step,
          title: normal.title,
          score,
          baseline: {
            pastOffboardings: normal.past.length,
            missRatePercent: round2((normal.missRate ?? 0) * 100),
            medianHours: normal.hours ? round2(normal.hours.median) : null,
            spreadHours: normal.hours ? round2(normal.hours.spread) : null,
            deadlineHours: normal.deadlineHours,
          },
          recent: normal.recent.map((o) => ({
            login: o.login,
            offboardedAt: o.offboardedAt,
            hours: o.hours,
            done: o.done,
            missed: o.missed,
          })),
          skipped,
          slow,
          maxDeviationPercent: maxDeviation,
        },
      });
    });
});
