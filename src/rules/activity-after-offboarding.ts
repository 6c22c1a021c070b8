// activity-after-offboarding: an audit-log event whose actor is a person recorded as
// offboarded, after their `offboarded-at`; one finding per event. Being the `user` acted upon
// (e.g. their own removal) is not activity. Offboard mode reuses `eventsAfterOffboarding`.
import type { AuditEvent, Finding, OffboardedPerson } from '../model.js';
import type { Policy } from '../policy/types.js';
import { resourceId } from '../resource-id.js';
import { loginKey } from './activity.js';
import { defineRule, makeFinding } from './finding.js';
import { isAfter } from './time.js';

export type OffboardedSubject = Pick<OffboardedPerson, 'login' | 'offboardedAt'>;

/** Events acted by `person` strictly after their offboarding, oldest first. */
export function eventsAfterOffboarding(
  events: readonly AuditEvent[],
  person: OffboardedSubject,
): AuditEvent[] {
  const login = loginKey(person.login);
  return events
    .filter(
      (event) =>
        event.actor !== null && loginKey(event.actor) === login && isAfter(event.at, person.offboardedAt),
    )
    .sort(byTime);
}

export function byTime(a: AuditEvent, b: AuditEvent): number {
  // Ties broken by id in code-unit order (not locale order) so every machine agrees.
  return new Date(a.at).getTime() - new Date(b.at).getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The findings for one offboarded person (audit and offboard mode share this). */
export function activityAfterOffboardingFindings(
  policy: Policy,
  events: readonly AuditEvent[],
  person: OffboardedSubject,
): Finding[] {
  return eventsAfterOffboarding(events, person).map((event) =>
    makeFinding(policy, 'activity-after-offboarding', {
      subject: person.login,
      resource: resourceId.event(event.id),
      message:
        `${person.login}, offboarded ${person.offboardedAt}, performed ${event.action}` +
        `${event.repo ? ` on ${event.repo}` : ''} at ${event.at}${event.ip ? ` from ${event.ip}` : ''}`,
      evidence: {
        action: event.action,
        at: event.at,
        offboardedAt: person.offboardedAt,
        repo: event.repo,
        ip: event.ip,
      },
    }),
  );
}

export const activityAfterOffboarding = defineRule('activity-after-offboarding', ({ snapshot, policy }) =>
  snapshot.offboarded.flatMap((person) =>
    activityAfterOffboardingFindings(policy, snapshot.auditEvents, person),
  ),
);
