// unapproved-credential-change: a token, key or secret deleted or changed by an actor the
// policy does not approve (approved-changers.actors), not from an approved workflow
// (approved-changers.workflows, matched against the event's `workflow` field). One finding per
// event, plus one `burst` finding when one unapproved actor makes `burst-count` or more such
// changes within `burst-window-minutes`. Creations are not changes.
import type { AuditEvent, Finding } from '../model.js';
import type { Policy } from '../policy/types.js';
import { resourceId } from '../resource-id.js';
import { loginKey } from './activity.js';
import { byTime } from './activity-after-offboarding.js';
import { defineRule, makeFinding, settingsOf } from './finding.js';
import { matchAnyGlob } from '../policy/glob.js';

const CHANGE_ACTIONS = new Set([
  'public_key.delete',
  'public_key.update',
  'personal_access_token.access_revoked',
  'org_credential_authorization.revoke',
  'org_credential_authorization.deauthorize',
]);
/** `<category>.<operation>` where any category counts (org., repo., environment., …). */
const CHANGE_OPERATIONS = new Set([
  'remove_actions_secret',
  'update_actions_secret',
  'remove_integration_secret',
  'update_integration_secret',
]);

export function isCredentialChange(action: string): boolean {
  if (CHANGE_ACTIONS.has(action)) return true;
  const dot = action.lastIndexOf('.');
  return dot > 0 && CHANGE_OPERATIONS.has(action.slice(dot + 1));
}

export function isApprovedChange(event: AuditEvent, policy: Policy): boolean {
  const { actors, workflows } = policy.approvedChangers;
  if (event.actor !== null && matchAnyGlob(actors, event.actor)) return true;
  const workflow = event.fields.workflow;
  return typeof workflow === 'string' && workflow !== '' && matchAnyGlob(workflows, workflow);
}

/** Credential changes in `events` that no approved actor or workflow made, oldest first. */
export function unapprovedChanges(events: readonly AuditEvent[], policy: Policy): AuditEvent[] {
  return events
    .filter((event) => isCredentialChange(event.action) && !isApprovedChange(event, policy))
    .sort(byTime);
}

/**
 * Non-overlapping bursts per actor: a run of at least `count` changes whose first and last are
 * at most `windowMinutes` apart. Greedy from the earliest change, so each change is in at most
 * one burst and the same input always yields the same bursts.
 */
export function findBursts(
  changes: readonly AuditEvent[],
  count: number,
  windowMinutes: number,
): AuditEvent[][] {
  const byActor = new Map<string, AuditEvent[]>();
  for (const event of changes) {
    if (event.actor === null) continue; // an unknown actor is not "one actor"
    const key = loginKey(event.actor);
    byActor.set(key, [...(byActor.get(key) ?? []), event]);
  }
  const windowMs = windowMinutes * 60_000;
  const bursts: AuditEvent[][] = [];
  for (const events of byActor.values()) {
    const sorted = [...events].sort(byTime);
    let start = 0;
    while (start < sorted.length) {
      const startMs = new Date(sorted[start].at).getTime();
      let end = start;
      while (end + 1 < sorted.length && new Date(sorted[end + 1].at).getTime() - startMs <= windowMs) end++;
      if (end - start + 1 >= count) {
        bursts.push(sorted.slice(start, end + 1));
        start = end + 1;
      } else {
        start++;
      }
    }
  }
  return bursts;
}

function burstThresholds(policy: Policy): { count: number; windowMinutes: number } {
  const thresholds = settingsOf(policy, 'unapproved-credential-change').thresholds;
  return {
    count: thresholds['burst-count'] ?? policy.approvedChangers.burstCount,
    windowMinutes: thresholds['burst-window-minutes'] ?? policy.approvedChangers.burstWindowMinutes,
  };
}

function target(event: AuditEvent): string {
  const key = event.fields.key ?? event.fields.name ?? event.fields.title ?? event.fields.token_id;
  const what = typeof key === 'string' || typeof key === 'number' ? ` ${key}` : '';
  return `${what}${event.repo ? ` on ${event.repo}` : ''}`;
}

/** Per-event and burst findings for the given events (audit: all; offboard: the subject's). */
export function unapprovedCredentialChangeFindings(policy: Policy, events: readonly AuditEvent[]): Finding[] {
  const changes = unapprovedChanges(events, policy);
  const findings = changes.map((event) =>
    makeFinding(policy, 'unapproved-credential-change', {
      subject: event.actor,
      resource: resourceId.event(event.id),
      message:
        `${event.actor ?? 'An unknown actor'} performed ${event.action}${target(event)} at ${event.at}, ` +
        `and the policy does not approve that actor${typeof event.fields.workflow === 'string' ? ' or workflow' : ''} for credential changes`,
      evidence: {
        action: event.action,
        at: event.at,
        actor: event.actor,
        repo: event.repo,
        workflow: typeof event.fields.workflow === 'string' ? event.fields.workflow : null,
        ip: event.ip,
      },
    }),
  );
  const { count, windowMinutes } = burstThresholds(policy);
  for (const burst of findBursts(changes, count, windowMinutes)) {
    const first = burst[0];
    const last = burst[burst.length - 1];
    findings.push(
      makeFinding(policy, 'unapproved-credential-change', {
        subject: first.actor,
        resource: resourceId.event(first.id),
        key: 'burst',
        message:
          `${first.actor ?? 'An unknown actor'} made ${burst.length} unapproved credential changes between ${first.at} ` +
          `and ${last.at} (policy: ${count} within ${windowMinutes} minutes is a burst)`,
        evidence: {
          count: burst.length,
          from: first.at,
          to: last.at,
          events: burst.map((event) => resourceId.event(event.id)),
          actions: [...new Set(burst.map((event) => event.action))].sort(),
          burstCount: count,
          burstWindowMinutes: windowMinutes,
        },
      }),
    );
  }
  return findings;
}

export const unapprovedCredentialChange = defineRule('unapproved-credential-change', ({ snapshot, policy }) =>
  unapprovedCredentialChangeFindings(policy, snapshot.auditEvents),
);
