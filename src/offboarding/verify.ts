// The post phase: compare what the person held (the inventory) with what a fresh, subject-scoped
// snapshot shows now, and turn what is left into the contract's offboarding findings, the
// per-item checklist, the journey's step statuses and the metrics.
import type { AuditEvent, Clock, Finding, RuleName, Snapshot } from '../model.js';
import { KINDS_OF_STEP, stepDueAt } from '../policy/journey.js';
import type { JourneyStep, Policy } from '../policy/types.js';
import { activityAfterOffboardingFindings } from '../rules/activity-after-offboarding.js';
import { makeFinding, settingsOf, threshold } from '../rules/finding.js';
import { resourceId } from '../resource-id.js';
import { buildInventory, findPerson, personEmails, readableSecrets, sameLogin, writtenSecrets } from './inventory.js';
import { enterpriseHoldingMessage } from './enterprise-items.js';
import { gapFor } from './item-gap.js';
import { offboardingMetrics, type OffboardingMetrics } from './metrics.js';
import { revocationEvent } from './revocation-events.js';
import type { Inventory, InventoryItem, InventoryKind, ItemStatus, StepStatus } from './types.js';

export interface VerifyInput {
  subject: string;
  offboardedAt: string;
  inventory: Inventory;
  /** Fresh, subject-scoped collection. */
  snapshot: Snapshot;
  policy: Policy;
  clock: Clock;
  /** Ids of manual journey steps ticked in the tracking issue. */
  manualStepsDone: string[];
}

export interface Verification {
  findings: Finding[];
  items: ItemStatus[];
  steps: StepStatus[];
  metrics: OffboardingMetrics;
}

const RULE_OF: Record<InventoryKind, RuleName> = {
  'org-membership': 'retained-org-membership',
  'team-membership': 'retained-team-membership',
  'repo-access': 'retained-repo-access',
  invitation: 'pending-invitation',
  pat: 'retained-token',
  credential: 'retained-token',
  'deploy-key': 'retained-deploy-key',
  secret: 'unrotated-secret',
  'enterprise-membership': 'retained-enterprise-membership',
  'copilot-seat': 'retained-copilot-seat',
};


/** The resource id is the token id; the detail's ids also match an item whose id was the grant's. */
function samePat(a: InventoryItem, b: InventoryItem): boolean {
  if (a.resource === b.resource) return true;
  return a.detail.tokenId != null && a.detail.tokenId === b.detail.tokenId;
}

/** The grant behind a PAT item when it is still listed but expired. */
function expiredPat(snapshot: Snapshot, item: InventoryItem) {
  if (item.kind !== 'pat') return undefined;
  return snapshot.patGrants.find(
    (grant) =>
      grant.tokenExpired &&
      (resourceId.pat(grant.tokenId) === item.resource ||
        (item.detail.tokenId != null && grant.tokenId === item.detail.tokenId)),
  );
}

function findHeld(held: InventoryItem[], item: InventoryItem): InventoryItem | undefined {
  return held.find(
    (now) =>
      now.kind === item.kind && (item.kind === 'pat' ? samePat(item, now) : now.resource === item.resource),
  );
}

/** What the subject holds now, apart from secrets (judged by rotation, not by holding). */
function currentHoldings(snapshot: Snapshot, subject: string, inventory: Inventory): InventoryItem[] {
  return buildInventory(snapshot, subject, inventory.offboardedAt, { emails: inventory.emails }).items.filter(
    // An expired PAT no longer reaches the organization: not a retained token.
    (item) => item.kind !== 'secret' && !(item.kind === 'pat' && item.detail.expired === true),
  );
}

/**
 * Every secret the subject could read or wrote, from the inventory and, for repositories the
 * inventory shows they could write (reconstructed inventories list no secrets of their own), from
 * the fresh snapshot.
 */
function secretsToJudge(input: VerifyInput): InventoryItem[] {
  const { inventory, snapshot, subject } = input;
  const writable = new Set<string>();
  for (const item of inventory.items) {
    const permission = item.detail.permission;
    const canWrite =
      permission === null ||
      permission === undefined ||
      ['admin', 'maintain', 'write'].includes(String(permission));
    if (item.kind === 'repo-access' && typeof item.detail.repo === 'string' && canWrite)
      writable.add(item.detail.repo);
  }
  const owner = inventory.items.some(
    (item) => item.kind === 'org-membership' && item.detail.role === 'owner',
  );
  const fromNow = buildInventory(snapshot, subject, input.offboardedAt).items.filter(
    (item) => item.kind === 'secret',
  );
  const all = [
    ...inventory.items.filter((item) => item.kind === 'secret'),
    ...readableSecrets(snapshot, writable, owner),
    ...writtenSecrets(snapshot, subject),
    ...fromNow,
  ];
  const unique = new Map<string, InventoryItem>();
  for (const item of all) if (!unique.has(item.resource)) unique.set(item.resource, item);
  return [...unique.values()];
}

function statusOf(
  item: InventoryItem,
  state: ItemStatus['status'],
  isNew: boolean,
  event: AuditEvent | null,
  extra: Partial<ItemStatus> = {},
): ItemStatus {
  return {
    kind: item.kind,
    resource: item.resource,
    label: item.label,
    status: state,
    at: event?.at ?? null,
    by: event?.actor ?? null,
    new: isNew,
    ...extra,
  };
}

function holdingMessage(subject: string, org: string, item: InventoryItem): string {
  switch (item.kind) {
    case 'org-membership':
      return `${subject} is still ${item.detail.role === 'owner' ? 'an owner' : 'a member'} of ${org}`;
    case 'team-membership':
      return `${subject} is still in team ${String(item.detail.team)}`;
    case 'repo-access':
      return `${subject} still has ${String(item.detail.permission)} access to ${String(item.detail.repo)} as a ${item.detail.outsideCollaborator ? 'outside' : 'direct'} collaborator`;
    case 'invitation':
      return `An invitation to ${String(item.detail.target)} for ${subject} is still open`;
    case 'pat':
      return `${item.label} of ${subject} still has access to ${org}`;
    case 'credential':
      return `${item.label} of ${subject} is still authorized for ${org}`;
    case 'deploy-key':
      return `${item.label}, added by ${subject}, is still present`;
    case 'secret':
      return `${item.label}, which ${subject} could read or wrote, has not been updated since they were offboarded`;
    case 'enterprise-membership':
    case 'copilot-seat':
      return enterpriseHoldingMessage(subject, item);
  }
}

export function verifyOffboarding(input: VerifyInput): Verification {
  const { offboardedAt, inventory, snapshot, policy } = input;
  // GitHub's spelling of the login (from the fresh snapshot, else the inventory), whatever case
  // the subject was given in, so findings and their fingerprints do not depend on HR's typing.
  const subject =
    findPerson(snapshot, input.subject)?.login ??
    (sameLogin(inventory.subject, input.subject) ? inventory.subject : input.subject);
  const now = input.clock.now();
  const org = snapshot.organization;
  const emails = [...new Set([...personEmails(findPerson(snapshot, subject)), ...inventory.emails])];
  const events = snapshot.auditEvents;
  const items: ItemStatus[] = [];
  const retained: { item: InventoryItem; isNew: boolean }[] = [];

  // Holdings: in the inventory and still held, gone, or not readable; plus anything new.
  const held = currentHoldings(snapshot, subject, { ...inventory, offboardedAt });
  for (const item of inventory.items.filter((entry) => entry.kind !== 'secret')) {
    const stillHeld = findHeld(held, item);
    const gap = stillHeld ? null : gapFor(snapshot, item, subject);
    const expired = stillHeld || gap ? undefined : expiredPat(snapshot, item);
    if (stillHeld) {
      retained.push({ item: stillHeld, isNew: false });
      items.push(statusOf(item, 'retained', false, null));
    } else if (gap) {
      items.push(statusOf(item, 'unknown', false, null, { reason: gap.reason }));
    } else if (expired) {
      items.push({
        ...statusOf(item, 'revoked', false, null),
        at: expired.expiresAt,
        reason: 'the token expired',
      });
    } else {
      items.push(statusOf(item, 'revoked', false, revocationEvent(events, item, subject, org, emails)));
    }
  }
  for (const item of held) {
    if (findHeld(inventory.items, item)) continue;
    retained.push({ item, isNew: true });
    items.push(statusOf(item, 'retained', true, null));
  }

  // Secrets: rotated when updated at or after offboarded-at, or deleted.
  const secrets = new Map(snapshot.secrets.map((secret) => [resourceId.secret(org, secret), secret]));
  const inInventory = new Set(inventory.items.map((item) => item.resource));
  for (const item of secretsToJudge(input)) {
    const secret = secrets.get(item.resource);
    const isNew = !inInventory.has(item.resource);
    const event = revocationEvent(events, item, subject, org, emails);
    if (!secret) {
      const gap = gapFor(snapshot, item, subject);
      items.push(
        gap
          ? statusOf(item, 'unknown', isNew, null, { reason: gap.reason })
          : statusOf(item, 'revoked', isNew, event),
      );
    } else if (new Date(secret.updatedAt).getTime() >= new Date(offboardedAt).getTime()) {
      items.push({ ...statusOf(item, 'rotated', isNew, event), at: secret.updatedAt });
    } else {
      retained.push({ item: { ...item, detail: { ...item.detail, updatedAt: secret.updatedAt } }, isNew });
      items.push(statusOf(item, 'retained', isNew, null));
    }
  }

  const findings: Finding[] = [];
  const enabled = (rule: RuleName) => settingsOf(policy, rule).enabled;
  for (const { item, isNew } of retained) {
    const rule = RULE_OF[item.kind];
    if (!enabled(rule)) continue;
    findings.push(
      makeFinding(policy, rule, {
        subject,
        resource: item.resource,
        message: holdingMessage(subject, org, item),
        evidence: { ...item.detail, label: item.label, offboardedAt, inInventory: !isNew },
      }),
    );
  }

  const person = { login: subject, offboardedAt, knownIps: inventory.knownIps };
  if (enabled('activity-after-offboarding'))
    findings.push(...activityAfterOffboardingFindings(policy, events, person));
  // offboarded-ip-activity is judged by the rule runner (evaluate/offboard.ts), over these events
  // and every actor's since offboarded-at: one place judges it.

  const steps = policy.offboarding.journey.map((step) => stepStatus(step, items, input, now));
  if (enabled('offboarding-step-missing')) {
    for (const step of steps.filter((entry) => entry.status === 'missing')) {
      const left = items.filter(
        (item) => item.status === 'retained' && kindsOf(step, policy).includes(item.kind),
      );
      findings.push(
        makeFinding(policy, 'offboarding-step-missing', {
          subject,
          resource: `offboarding-step:${subject}/${step.id}`,
          message: `Offboarding step "${step.title}" for ${subject} was due by ${step.dueAt} and is not done`,
          evidence: {
            step: step.id,
            title: step.title,
            check: step.check,
            dueAt: step.dueAt,
            offboardedAt,
            left: left.map((item) => item.resource),
          },
        }),
      );
    }
  }

  const metrics = offboardingMetrics({ subject, offboardedAt, now, items, steps });
  return { findings, items, steps, metrics };
}

function kindsOf(step: StepStatus, policy: Policy): readonly InventoryKind[] {
  const spec = policy.offboarding.journey.find((entry) => entry.id === step.id);
  return spec?.check.kind === 'github' ? KINDS_OF_STEP[spec.check.what] : [];
}

function stepStatus(step: JourneyStep, items: ItemStatus[], input: VerifyInput, now: Date): StepStatus {
  const dueAt = stepDueAt(input.offboardedAt, step.deadlineHours, threshold(input.policy, 'offboarding-step-missing', 'deadline-hours'));
  const overdue = now.getTime() > new Date(dueAt).getTime();
  const base = { id: step.id, title: step.title, check: step.check.kind, dueAt };
  if (step.check.kind === 'manual') {
    const done = input.manualStepsDone.includes(step.id);
    return { ...base, status: done ? 'done' : overdue ? 'missing' : 'pending', doneAt: null };
  }
  const kinds = KINDS_OF_STEP[step.check.what];
  const relevant = items.filter((item) => kinds.includes(item.kind));
  if (relevant.some((item) => item.status === 'retained')) {
    return { ...base, status: overdue ? 'missing' : 'pending', doneAt: null };
  }
  // Not being able to read a kind is not proof that it is gone; the gap is its own finding.
  if (relevant.some((item) => item.status === 'unknown')) return { ...base, status: 'unknown', doneAt: null };
  const times = relevant.map((item) => item.at);
  const doneAt = times.length > 0 && times.every((at) => at !== null) ? (times.sort().at(-1) ?? null) : null;
  return { ...base, status: 'done', doneAt };
}
