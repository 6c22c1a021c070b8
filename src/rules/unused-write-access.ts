// unused-write-access: write, maintain or admin on a non-archived repository where the holder
// has not contributed within `window-days`. Owners whose only source is their ownership are
// left to stale-member; bots are automation. Silent where contributions were not read or the
// activity window does not reach back `window-days`.
import type { Finding, Grant, GrantSource, Person } from '../model.js';
import { resourceId } from '../resource-id.js';
import { activityIndex, loginKey } from './activity.js';
import { contributionsReadFor, windowCovers } from './coverage.js';
import { defineRule, makeFinding, threshold } from './finding.js';
import { isBot } from './people.js';
import { isOlderThan, isoDay, wholeDays } from './time.js';

const WRITE_PERMISSIONS = new Set(['write', 'maintain', 'admin']);

export function describeSource(source: GrantSource): string {
  const name = source.kind === 'team' ? `team:${source.team}` : source.kind;
  return source.permission ? `${name} (${source.permission})` : name;
}

/** The sources that give write or more (a source of unknown permission counts). */
function writeSources(grant: Grant): GrantSource[] {
  return grant.sources.filter((s) => !s.permission || WRITE_PERMISSIONS.has(s.permission));
}

/** An owner's write comes from ownership alone when every write-giving source is the organization. */
function onlyThroughOwnership(grant: Grant, person: Person | undefined): boolean {
  const writing = writeSources(grant);
  return person?.orgRole === 'owner' && writing.length > 0 && writing.every((s) => s.kind === 'organization');
}

export const unusedWriteAccess = defineRule('unused-write-access', ({ snapshot, policy, clock }) => {
  const now = clock.now();
  const windowDays = threshold(policy, 'unused-write-access', 'window-days');
  if (!windowCovers(snapshot, windowDays, now)) return [];
  const activity = activityIndex(snapshot);
  const people = new Map(snapshot.people.map((person) => [loginKey(person.login), person]));
  const archived = new Set(
    snapshot.repositories.filter((r) => r.archived).map((r) => r.nameWithOwner.toLowerCase()),
  );
  const seen = new Set<string>();
  const findings: Finding[] = [];

  for (const grant of snapshot.grants) {
    if (!WRITE_PERMISSIONS.has(grant.permission)) continue;
    if (archived.has(grant.repo.toLowerCase())) continue;
    const person = people.get(loginKey(grant.login));
    if (isBot(grant.login, person) || onlyThroughOwnership(grant, person)) continue;
    const key = `${loginKey(grant.login)}\u0000${grant.repo.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!contributionsReadFor(snapshot, grant.login, grant.repo)) continue;

    const latest = activity.latestContributionTo(grant.login, grant.repo);
    if (latest && !isOlderThan(latest.lastAt, windowDays, now)) continue;

    // Name the sources that give write first: they are what must change.
    const sources = [...writeSources(grant), ...grant.sources.filter((s) => !writeSources(grant).includes(s))].map(describeSource);
    const since = latest
      ? `has not contributed since ${isoDay(latest.lastAt)} (${wholeDays(latest.lastAt, now)} days ago)`
      : `has no contribution on record`;
    findings.push(
      makeFinding(policy, 'unused-write-access', {
        subject: grant.login,
        resource: resourceId.repository(grant.repo),
        message:
          `${grant.login} holds ${grant.permission} on ${grant.repo} (via ${sources.join(', ') || 'unknown source'}) ` +
          `but ${since} (policy: ${windowDays} days)`,
        evidence: {
          permission: grant.permission,
          sources,
          outsideCollaborator: grant.outsideCollaborator,
          lastContributionAt: latest?.lastAt ?? null,
          lastContributionKind: latest?.kind ?? null,
          windowDays,
        },
      }),
    );
  }
  return findings;
});
