// offboarded-ip-activity: after someone's `offboarded-at`, an audit-log event by ANOTHER actor
// from an IP address the offboarded person used at or before it — a sign they act through a
// colleague's account or a shared credential. Their own events are activity-after-offboarding.
// Offboard mode reuses `knownIpsOf` and `eventsFromKnownIps`.
import type { AuditEvent, Finding, OffboardedPerson } from '../model.js';
import type { Policy } from '../policy/types.js';
import { resourceId } from '../resource-id.js';
import { loginKey } from './activity.js';
import { byTime } from './activity-after-offboarding.js';
import { defineRule, makeFinding } from './finding.js';
import { isAfter } from './time.js';

export type IpSubject = Pick<OffboardedPerson, 'login' | 'offboardedAt'> & { knownIps?: readonly string[] };

/** IPs the person used in events at or before their offboarding, plus those already recorded. */
export function knownIpsOf(person: IpSubject, allEvents: readonly AuditEvent[]): Set<string> {
  const login = loginKey(person.login);
  const ips = new Set(person.knownIps ?? []);
  for (const event of allEvents) {
    if (
      event.ip &&
      event.actor !== null &&
      loginKey(event.actor) === login &&
      !isAfter(event.at, person.offboardedAt)
    ) {
      ips.add(event.ip);
    }
  }
  return ips;
}

/**
 * Events in `events` after the person's offboarding, by someone else, from an IP the person
 * used before (learned from `person.knownIps` and `allEvents`), oldest first.
 */
export function eventsFromKnownIps(
  events: readonly AuditEvent[],
  person: IpSubject,
  allEvents: readonly AuditEvent[],
): AuditEvent[] {
  const ips = knownIpsOf(person, allEvents);
  if (ips.size === 0) return [];
  const login = loginKey(person.login);
  return events
    .filter(
      (event) =>
        event.ip !== null &&
        ips.has(event.ip) &&
        (event.actor === null || loginKey(event.actor) !== login) &&
        isAfter(event.at, person.offboardedAt),
    )
    .sort(byTime);
}

export function offboardedIpActivityFindings(
  policy: Policy,
  events: readonly AuditEvent[],
  person: IpSubject,
  allEvents: readonly AuditEvent[],
): Finding[] {
  return eventsFromKnownIps(events, person, allEvents).map((event) =>
    makeFinding(policy, 'offboarded-ip-activity', {
      subject: person.login,
      resource: resourceId.event(event.id),
      message:
        `${event.actor ?? 'An unknown actor'} performed ${event.action}${event.repo ? ` on ${event.repo}` : ''} at ${event.at} ` +
        `from ${event.ip}, an address ${person.login} used before being offboarded ${person.offboardedAt}`,
      evidence: {
        actor: event.actor,
        action: event.action,
        at: event.at,
        ip: event.ip,
        offboardedAt: person.offboardedAt,
        repo: event.repo,
      },
    }),
  );
}

export const offboardedIpActivity = defineRule('offboarded-ip-activity', ({ snapshot, policy }) =>
  snapshot.offboarded.flatMap((person) =>
    offboardedIpActivityFindings(policy, snapshot.auditEvents, person, snapshot.auditEvents),
  ),
);
