// offboarding-drift: with at least `min-history-runs` stored runs, the share of missing
// offboarding steps in this run exceeds the historical mean share by more than
// `max-deviation-percent` points. Too little history is not "no drift": `driftHistoryShortfall`
// says so for the report's `history.insufficient` (not a coverage gap: nothing went unread).
//
// This run's share comes from `offboardingStepTally`: for every person recorded as offboarded
// whose step deadline has passed, each GitHub-checked journey step is expected, and missing
// when what it removes is still in the snapshot. Manual steps and `secrets-rotated` (which
// needs the person's pre-offboarding inventory) cannot be judged from an audit snapshot and
// are left out, as are steps whose data has a coverage gap. The pipeline stores the tally as
// the next history run.
import type { OffboardedPerson, Snapshot } from '../model.js';
import type { InsufficientHistory } from '../reporters/report.js';
import type { JourneyStep, Policy } from '../policy/types.js';
import { resourceId } from '../resource-id.js';
import { loginKey } from './activity.js';
import type { CoveredKind } from '../coverage/covers.js';
import { hidden } from './coverage.js';
import { defineRule, makeFinding, settingsOf, threshold } from './finding.js';
import { patExpired } from './long-lived-token.js';
import { isMember } from './people.js';
import { credentialExpired } from './stale-token.js';
import type { RuleContext } from './types.js';

type GithubCheck = Extract<JourneyStep['check'], { kind: 'github' }>['what'];

export interface StepTally {
  expected: number;
  missing: number;
}

const HOUR_MS = 3_600_000;

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
      if (step.check.kind !== 'github' || !deadlinePassed(person, step.deadlineHours || defaultDeadline, now))
        continue;
      const missing = stepMissing(step.check.what, person.login, snapshot, now);
      if (missing === null) continue;
      tally.expected++;
      if (missing) tally.missing++;
    }
  }
  return tally;
}

function deadlinePassed(person: OffboardedPerson, hours: number, now: Date): boolean {
  return now.getTime() > new Date(person.offboardedAt).getTime() + hours * HOUR_MS;
}

/** What to report in `history.insufficient` when drift cannot be judged for lack of history, else null. */
export function driftHistoryShortfall(context: RuleContext): InsufficientHistory | null {
  if (!settingsOf(context.policy, 'offboarding-drift').enabled) return null;
  const needed = threshold(context.policy, 'offboarding-drift', 'min-history-runs');
  const stored = context.history?.runs.length ?? 0;
  if (stored >= needed) return null;
  return {
    rule: 'offboarding-drift',
    reason: `offboarding-drift needs ${needed} stored runs of history, found ${stored}`,
  };
}

const percent = (part: number, whole: number) => (part / whole) * 100;
const round = (value: number) => Math.round(value * 100) / 100;

export const offboardingDrift = defineRule('offboarding-drift', (context) => {
  const { snapshot, policy, clock, history } = context;
  if (!history || driftHistoryShortfall(context)) return [];
  const maxDeviation = threshold(policy, 'offboarding-drift', 'max-deviation-percent');
  const rated = history.runs.filter((run) => run.offboardingStepsExpected > 0);
  const current = offboardingStepTally(snapshot, policy, clock.now());
  if (rated.length === 0 || current.expected === 0) return [];

  const mean =
    rated.reduce((sum, run) => sum + percent(run.offboardingStepsMissing, run.offboardingStepsExpected), 0) /
    rated.length;
  const share = percent(current.missing, current.expected);
  if (share - mean <= maxDeviation) return [];

  return [
    makeFinding(policy, 'offboarding-drift', {
      subject: null,
      resource: resourceId.organization(snapshot.organization),
      message:
        `${round(share)}% of due offboarding steps are missing in ${snapshot.organization} (${current.missing} of ${current.expected}), ` +
        `against ${round(mean)}% over the last ${history.runs.length} runs (policy: at most ${maxDeviation} points above)`,
      evidence: {
        missingPercent: round(share),
        missing: current.missing,
        expected: current.expected,
        historicalMeanPercent: round(mean),
        historyRuns: history.runs.length,
        maxDeviationPercent: maxDeviation,
      },
    }),
  ];
});
