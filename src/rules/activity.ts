// Latest activity per person and per (person, repository), computed once per snapshot.
// Activity (contract): a commit, pull request, review, issue or comment in the organization
// (contributions), or an audit-log event with the person as actor. Logins are compared
// case-insensitively because GitHub treats them so and sources disagree on case.
import type { Contribution, Snapshot } from '../model.js';
import { loginKey } from '../identity.js';

export interface LatestActivity {
  at: string;
  /** `contribution:<kind>` or `audit-log:<action>`. */
  source: string;
  repo: string | null;
}

export interface ActivityIndex {
  /** Latest contribution or audit-log event per person. */
  latestOf(login: string): LatestActivity | null;
  /** Latest contribution (only contributions) of a person to one repository. */
  latestContributionTo(login: string, repo: string): Contribution | null;
}

const cache = new WeakMap<Snapshot, ActivityIndex>();

const later = (a: string, b: string) => new Date(a).getTime() > new Date(b).getTime();

export { loginKey };

export function activityIndex(snapshot: Snapshot): ActivityIndex {
  const cached = cache.get(snapshot);
  if (cached) return cached;

  const byPerson = new Map<string, LatestActivity>();
  const byPersonRepo = new Map<string, Contribution>();
  const offer = (login: string, activity: LatestActivity) => {
    const key = loginKey(login);
    const current = byPerson.get(key);
    if (!current || later(activity.at, current.at)) byPerson.set(key, activity);
  };

  for (const contribution of snapshot.contributions) {
    offer(contribution.login, {
      at: contribution.lastAt,
      source: `contribution:${contribution.kind}`,
      repo: contribution.repo,
    });
    const key = `${loginKey(contribution.login)}\u0000${contribution.repo.toLowerCase()}`;
    const current = byPersonRepo.get(key);
    if (!current || later(contribution.lastAt, current.lastAt)) byPersonRepo.set(key, contribution);
  }
  for (const event of snapshot.auditEvents) {
    if (event.actor)
      offer(event.actor, { at: event.at, source: `audit-log:${event.action}`, repo: event.repo });
  }

  const index: ActivityIndex = {
    latestOf: (login) => byPerson.get(loginKey(login)) ?? null,
    latestContributionTo: (login, repo) =>
      byPersonRepo.get(`${loginKey(login)}\u0000${repo.toLowerCase()}`) ?? null,
  };
  cache.set(snapshot, index);
  return index;
}
