// stale-member: a member or owner with no activity in the organization for longer than
// `inactive-days`. Activity is any contribution or any audit-log event with them as actor.
// Absence is only knowledge when every activity source was read for them and the activity
// window reaches back `inactive-days`; otherwise the rule stays silent (the gap is reported).
import type { Finding } from '../model.js';
import { resourceId } from '../resource-id.js';
import { activityIndex } from './activity.js';
import { activityReadFor, windowCovers } from './coverage.js';
import { defineRule, makeFinding, threshold } from './finding.js';
import { isBot, isMember, isServiceAccount } from './people.js';
import { isOlderThan, isoDay, wholeDays } from './time.js';

export const staleMember = defineRule('stale-member', ({ snapshot, policy, clock }) => {
  const now = clock.now();
  const inactiveDays = threshold(policy, 'stale-member', 'inactive-days');
  if (!windowCovers(snapshot, inactiveDays, now)) return [];
  const activity = activityIndex(snapshot);
  const findings: Finding[] = [];

  for (const person of snapshot.people) {
    if (!isMember(person) || isBot(person.login, person)) continue;
    if (isServiceAccount(person.login, policy.serviceAccounts)) continue;
    if (!activityReadFor(snapshot, person.login)) continue;

    const latest = activity.latestOf(person.login);
    if (latest && !isOlderThan(latest.at, inactiveDays, now)) continue;

    const role = person.orgRole === 'owner' ? 'Owner' : 'Member';
    const message = latest
      ? `${role} ${person.login} was last active in ${snapshot.organization} on ${isoDay(latest.at)} ` +
        `(${wholeDays(latest.at, now)} days ago, ${latest.source}; policy: ${inactiveDays})`
      : `${role} ${person.login} has no activity in ${snapshot.organization} since ` +
        `${isoDay(snapshot.activityWindow?.from ?? now)}, when the record starts (policy: ${inactiveDays} days)`;
    findings.push(
      makeFinding(policy, 'stale-member', {
        subject: person.login,
        resource: resourceId.organization(snapshot.organization),
        message,
        evidence: {
          role: person.orgRole,
          lastActivityAt: latest?.at ?? null,
          lastActivitySource: latest?.source ?? null,
          daysInactive: latest ? wholeDays(latest.at, now) : null,
          activityWindow: snapshot.activityWindow,
          inactiveDays,
        },
      }),
    );
  }
  return findings;
});
