// Offboarding in proportion to the person: the last audit left in the state the bodies of every
// per-repository list it read (the ETag cache) and when it read each repository's part
// (`reads`). From those, with the audit log since, only the repositories that can hold
// something of one person are read live: deploy keys where the snapshot shows one they added,
// where the audit log shows them adding one and where the snapshot has none listed (never read,
// deferred); invitations where the snapshot or the audit log of the last 7 days (an invitation's
// lifetime) shows one to them. Pure: the plan, not the reads.
import { EtagCache } from '../github/etag-cache.js';
import type { AuditEvent, Repository } from '../model.js';
import type { RunState } from '../state/types.js';
import { lastReadOf } from '../coverage/read-record.js';
import { DAY_MS } from '../rules/time.js';

/** The audit log keeps 180 days: a snapshot older than that cannot be brought up to date. */
const AUDIT_LOG_RETENTION_DAYS = 180;

type RestRecord = Record<string, unknown>;

export interface AuditSnapshot {
  /** When the snapshot's most recent reads were made. */
  at: string;
  /** Repository → the deploy keys the last audit listed (one entry per repository read). */
  deployKeys: Map<string, RestRecord[]>;
  /** Repository → the invitations the last audit listed. */
  invitations: Map<string, RestRecord[]>;
}

const LIST = /\/repos\/([^/]+)\/([^/?]+)\/(keys|invitations)(?:\?|$)/;

/** The snapshot the state holds, or why there is none to use. */
export function auditSnapshotOf(state: RunState | null, now: Date): AuditSnapshot | { unusable: string } {
  if (!state) return { unusable: 'no audit state could be read' };
  const keysRead = lastReadOf(state.reads, 'deploy-keys');
  const invitationsRead = lastReadOf(state.reads, 'invitations');
  const secretsRead = lastReadOf(state.reads, 'secrets');
  // An audit reads invitations only where the audit log shows one (delta-plan.ts), and deploy
  // keys only where there are any: the secrets, read everywhere, say that it read at all.
  if (secretsRead.size + keysRead.size + invitationsRead.size === 0) {
    return { unusable: 'the last audit recorded no per-repository reads' };
  }
  const at = [...keysRead.values(), ...invitationsRead.values(), ...secretsRead.values()].sort()[0];
  if (now.getTime() - Date.parse(at) > AUDIT_LOG_RETENTION_DAYS * DAY_MS) {
    return { unusable: `the last audit's reads (${at.slice(0, 10)}) are older than the audit log reaches` };
  }
  const snapshot: AuditSnapshot = { at, deployKeys: new Map(), invitations: new Map() };
  for (const [key, entry] of Object.entries(EtagCache.unpack(state.etags).toJSON().entries)) {
    const match = LIST.exec(key);
    if (!match || !Array.isArray(entry.data)) continue;
    const repo = `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`;
    // Only lists the record says were read: an entry alone may be older than the record.
    const [target, read] =
      match[3] === 'keys' ? [snapshot.deployKeys, keysRead] : [snapshot.invitations, invitationsRead];
    if (!read.has(repo)) continue;
    target.set(repo, [...(target.get(repo) ?? []), ...(entry.data as RestRecord[])]);
  }
  if (keysRead.size + invitationsRead.size > 0 && snapshot.deployKeys.size + snapshot.invitations.size === 0) {
    return { unusable: 'the audit state holds none of the lists it recorded' };
  }
  return snapshot;
}

const same = (a: unknown, login: string) => typeof a === 'string' && a.toLowerCase() === login.toLowerCase();
const inviteeOf = (record: RestRecord): unknown => (record.invitee as { login?: unknown } | null | undefined)?.login;

export interface SubjectReadPlan {
  /** Repositories whose deploy keys to read live. */
  deployKeys: string[];
  /** Repositories whose invitations to read live. */
  invitations: string[];
}

/**
 * What to read live for `login`. `events` are the audit-log events by or about them (their key
 * additions); `invitationEvents` the organization's invitation events of the last 7 days.
 */
export function planSubjectReads(
  snapshot: AuditSnapshot,
  login: string,
  repositories: readonly Repository[],
  events: readonly AuditEvent[],
  invitationEvents: readonly AuditEvent[],
): SubjectReadPlan {
  const keyed = new Set<string>();
  const invited = new Set<string>();
  const live = new Map(repositories.map((r) => [r.nameWithOwner.toLowerCase(), r.nameWithOwner]));
  const invitationsToThem = invitationEvents.filter((event) => {
    if (!event.repo || !event.action.startsWith('repository_invitation.')) return false;
    const invitee = event.fields.invitee ?? event.user;
    // An event that does not say whom it invited could be them.
    return invitee === undefined || invitee === null || same(invitee, login);
  });
  // A pending invitation was made in the last 7 days, so the invitation events of that span say
  // where one can be. One in a repository no longer under that name (renamed, transferred)
  // cannot be placed: then every repository the snapshot has no list of is read.
  const unplaced = invitationsToThem.some((event) => !live.has((event.repo ?? '').toLowerCase()));
  for (const repository of repositories) {
    const repo = repository.nameWithOwner;
    // What the snapshot never saw must be read: never listed (deferred, new) counts as unknown.
    if (repository.deployKeyCount > 0 && !snapshot.deployKeys.has(repo)) keyed.add(repo);
    if (unplaced && !snapshot.invitations.has(repo)) invited.add(repo);
  }
  for (const [repo, keys] of snapshot.deployKeys) {
    if (keys.some((key) => same(key.added_by, login))) keyed.add(repo);
  }
  for (const [repo, invitations] of snapshot.invitations) {
    if (invitations.some((invitation) => same(inviteeOf(invitation), login))) invited.add(repo);
  }
  for (const event of events) {
    if (event.repo && /^(public_key|deploy_key)\./.test(event.action) && same(event.actor, login)) keyed.add(event.repo);
  }
  for (const event of invitationsToThem) if (event.repo) invited.add(event.repo);
  // The live name for each (the audit log's case may differ); a repository deleted since cannot
  // hold anything any more.
  const existing = (repos: Set<string>) =>
    [...new Set([...repos].flatMap((repo) => live.get(repo.toLowerCase()) ?? []))].sort();
  return { deployKeys: existing(keyed), invitations: existing(invited) };
}
