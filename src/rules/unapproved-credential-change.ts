// unapproved-credential-change: a token, key or secret deleted or changed in a way that departs
// from its actor's learned normal (src/baseline/). Three kinds of change never fire:
//   - by an approved actor or workflow (`approved-changers`): absolute, never scored;
//   - an offboarding's own revocations: changes to the credentials, keys, grants (and rotations of
//     the secrets) of a person recorded as offboarded, after their `offboarded-at` — journey
//     evidence, not anomalies;
//   - routine work: an episode whose score stays below 1.
// Everything else is grouped into episodes (one actor, no pause longer than the burst window) and
// scored; one finding per unusual episode, its explanation in the message and in `evidence`
// (`score`, `baseline`, `signals`). Severity follows the score around the policy's severity.
import {
  BaselineIndex,
  credentialChanges,
  type BaselineExtension,
  type Episode,
} from '../baseline/actor-baseline.js';
import {
  baselineEvidence,
  describeChanges,
  FIRING_SCORE,
  scoreEpisode,
  type EpisodeScore,
} from '../baseline/anomaly-score.js';
import { describeTarget, type CredentialChange } from '../baseline/credential-change.js';
import type {
  AuditEvent,
  Contribution,
  Finding,
  Grant,
  OffboardedPerson,
  Severity,
  Snapshot,
} from '../model.js';
import { SEVERITIES, severityRank } from '../model.js';
import { removes } from '../offboarding/revocation-events.js';
import type { Policy } from '../policy/types.js';
import { resourceId } from '../resource-id.js';
import { loginKey } from './activity.js';
import { defineRule, makeFinding, settingsOf } from './finding.js';
import { matchAnyGlob } from '../policy/glob.js';

export { isCredentialChange } from '../baseline/credential-change.js';

/** A revocation this long before `offboarded-at` still belongs to the offboarding (access removed in advance). */
const ADVANCE_MS = 24 * 3_600_000;

export function isApprovedChange(event: AuditEvent, policy: Policy): boolean {
  const { actors, workflows } = policy.approvedChangers;
  if (event.actor !== null && matchAnyGlob(actors, event.actor)) return true;
  const workflow = event.fields.workflow;
  return typeof workflow === 'string' && workflow !== '' && matchAnyGlob(workflows, workflow);
}

/** The offboarded person whose journey this change carries out, or null. */
export function journeyOf(
  change: CredentialChange,
  offboarded: readonly OffboardedPerson[],
  organization: string,
): OffboardedPerson | null {
  const at = new Date(change.event.at).getTime();
  for (const person of offboarded) {
    if (at < new Date(person.offboardedAt).getTime() - ADVANCE_MS) continue;
    if (change.target.kind === 'person' && loginKey(change.target.login) === loginKey(person.login))
      return person;
    if (change.event.actor !== null && loginKey(change.event.actor) === loginKey(person.login)) continue;
    const emails = person.emails ?? [];
    if (
      (person.inventory ?? []).some((item) => removes(change.event, item, person.login, organization, emails))
    )
      return person;
  }
  return null;
}

export interface ActivityInput {
  organization: string;
  events: readonly AuditEvent[];
  contributions: readonly Contribution[];
  grants: readonly Grant[];
  window: { from: string; to: string } | null;
  offboarded: readonly OffboardedPerson[];
  /** Baseline widenings from feedback, by lower-case login. */
  extensions?: Readonly<Record<string, BaselineExtension>>;
}

export function activityOf(
  snapshot: Snapshot,
  extensions?: Readonly<Record<string, BaselineExtension>>,
): ActivityInput {
  return {
    organization: snapshot.organization,
    events: snapshot.auditEvents,
    contributions: snapshot.contributions,
    grants: snapshot.grants,
    window: snapshot.activityWindow,
    offboarded: snapshot.offboarded,
    ...(extensions ? { extensions } : {}),
  };
}

export interface JudgedEpisode {
  episode: Episode;
  judgement: EpisodeScore;
  baseline: ReturnType<typeof baselineEvidence>;
}

export interface ChangeReview {
  approved: CredentialChange[];
  /** The offboarding's own revocations, with whose journey they carry out. */
  journey: { change: CredentialChange; person: string }[];
  judged: JudgedEpisode[];
  burst: { count: number; windowMinutes: number };
}

function burstFloor(policy: Policy): { count: number; windowMinutes: number } {
  const thresholds = settingsOf(policy, 'unapproved-credential-change').thresholds;
  return {
    count: thresholds['burst-count'] ?? policy.approvedChangers.burstCount,
    windowMinutes: thresholds['burst-window-minutes'] ?? policy.approvedChangers.burstWindowMinutes,
  };
}

function spanOf(
  events: readonly AuditEvent[],
  window: ActivityInput['window'],
): { from: string; to: string } {
  if (window) return window;
  const times = events.map((event) => event.at).sort();
  return { from: times[0] ?? new Date(0).toISOString(), to: times.at(-1) ?? new Date(0).toISOString() };
}

// The rule and the summary review the same events of one run: once is enough.
const reviewCache = new WeakMap<
  readonly AuditEvent[],
  { policy: Policy; activity: ActivityInput; review: ChangeReview }
>();

function sameActivity(a: ActivityInput, b: ActivityInput): boolean {
  return (
    a.organization === b.organization &&
    a.contributions === b.contributions &&
    a.grants === b.grants &&
    a.window === b.window &&
    a.offboarded === b.offboarded &&
    a.extensions === b.extensions
  );
}

/** Every credential change sorted into approved, journey evidence, and scored episodes. */
export function reviewCredentialChanges(policy: Policy, activity: ActivityInput): ChangeReview {
  const cached = reviewCache.get(activity.events);
  if (cached && cached.policy === policy && sameActivity(cached.activity, activity)) return cached.review;
  const review = computeReview(policy, activity);
  reviewCache.set(activity.events, { policy, activity, review });
  return review;
}

function computeReview(policy: Policy, activity: ActivityInput): ChangeReview {
  const floor = burstFloor(policy);
  const approved: CredentialChange[] = [];
  const journey: ChangeReview['journey'] = [];
  const scored: CredentialChange[] = [];
  const all = credentialChanges(activity.events);
  for (const change of all) {
    if (isApprovedChange(change.event, policy)) {
      approved.push(change);
      continue;
    }
    const person = journeyOf(change, activity.offboarded, activity.organization);
    if (person) journey.push({ change, person: person.login });
    else scored.push(change);
  }
  // Baselines learn from every change but the approved ones' and the journeys': those are neither
  // the actor's habits nor anomalies.
  const index = new BaselineIndex(
    {
      events: activity.events,
      contributions: activity.contributions,
      grants: activity.grants,
      window: spanOf(activity.events, activity.window),
      burstWindowMinutes: floor.windowMinutes,
      ...(activity.extensions ? { extensions: activity.extensions } : {}),
    },
    scored,
  );
  const judged = index.episodes.map((episode) => {
    const baseline = index.baselineFor(episode.actor, episode);
    return {
      episode,
      judgement: scoreEpisode(episode, baseline, index, floor),
      baseline: baselineEvidence(baseline),
    };
  });
  return { approved, journey, judged, burst: floor };
}

/** One band below the policy's severity for a marginal score, one above for a strong one. */
export function severityForScore(base: Severity, score: number): Severity {
  const rank = severityRank(base);
  const shifted = score < 1.5 ? rank - 1 : score >= 3 ? rank + 1 : rank;
  return SEVERITIES[Math.min(SEVERITIES.length - 1, Math.max(0, shifted))];
}

function targets(changes: readonly CredentialChange[]): string {
  const names = [...new Set(changes.map((change) => describeTarget(change.target)))];
  return names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

export function episodeFinding(policy: Policy, judged: JudgedEpisode, windowMinutes: number): Finding {
  const { episode, judgement } = judged;
  const events = episode.changes.map((change) => change.event);
  const first = events[0];
  const burst = judgement.signals.find((signal) => signal.name === 'burst');
  const lead = burst
    ? burst.explanation
    : `${describeChanges(episode.changes)} (${targets(episode.changes)}) at ${first.at}`;
  const rest = judgement.signals.filter((signal) => signal !== burst).map((signal) => signal.explanation);
  const finding = makeFinding(policy, 'unapproved-credential-change', {
    subject: episode.actor,
    resource: resourceId.event(first.id),
    // One change keeps the fingerprint a single-event finding always had.
    ...(events.length > 1 ? { key: 'burst' } : {}),
    message: `${episode.actor} ${[lead, ...rest].join('; ')} (anomaly score ${judgement.score})`,
    evidence: {
      score: judgement.score,
      baseline: judged.baseline,
      signals: judgement.signals,
      insufficient: judgement.insufficient,
      count: events.length,
      from: episode.start,
      to: episode.end,
      events: events.map((event) => resourceId.event(event.id)),
      actions: [...new Set(events.map((event) => event.action))].sort(),
      repos: [...new Set(events.map((event) => event.repo).filter((repo) => repo !== null))].sort(),
      ips: [...new Set(events.map((event) => event.ip).filter((ip) => ip !== null))].sort(),
      orgSecrets: [
        ...new Set(episode.changes.flatMap((c) => (c.target.kind === 'org-secret' ? [c.target.name] : []))),
      ].sort(),
      people: [
        ...new Set(episode.changes.flatMap((c) => (c.target.kind === 'person' ? [c.target.login] : []))),
      ].sort(),
      workflow: typeof first.fields.workflow === 'string' ? first.fields.workflow : null,
      burstCount: judgement.burst.fence,
      burstWindowMinutes: windowMinutes,
    },
  });
  return { ...finding, severity: severityForScore(finding.severity, judgement.score) };
}

/** Findings for the unusual episodes among `activity`'s changes (audit: all; offboard: the subject's). */
export function unapprovedCredentialChangeFindings(policy: Policy, activity: ActivityInput): Finding[] {
  const review = reviewCredentialChanges(policy, activity);
  return review.judged
    .filter((judged) => judged.judgement.score >= FIRING_SCORE)
    .map((judged) => episodeFinding(policy, judged, review.burst.windowMinutes));
}

export const unapprovedCredentialChange = defineRule(
  'unapproved-credential-change',
  ({ snapshot, policy, baselines }) =>
    unapprovedCredentialChangeFindings(policy, activityOf(snapshot, baselines?.extensions)),
);
