// Audit-log deltas: after a complete read, the audit log since the last run says which
// per-repository lists can have changed. Those are read again, and so is a rolling share of the
// organization each night, one REVALIDATION_NIGHTS-th (a change GitHub did not log cannot hide
// for longer than that cycle); the state's copy serves the rest. Pure: which repositories each
// part must read.
import type { AuditEvent, Repository } from '../model.js';
import type { RepositoryPart } from '../coverage/read-record.js';
import { DAY_MS } from '../rules/time.js';

/**
 * Every repository is re-validated at least this often (in nights), logged change or not. The
 * cycle is the budget: each night re-reads 1/28 of the organization's lists (conditionally, so
 * unchanged ones are 304s, free of the primary budget) — about 600 requests at 5,000
 * repositories, 6,000 at 50,000, which keeps the nightly run within the 1,500-request and
 * one-hour targets. A shorter cycle catches an unlogged change sooner at a linear cost (a week
 * would be 2,400 requests a night at 5,000 repositories). Four weeks, as the README states.
 */
export const REVALIDATION_NIGHTS = 28;

/** Which parts an audit-log action can change (a new or renamed repository changes them all). */
export function partsChangedBy(action: string): RepositoryPart[] {
  if (/^repo\.(create|transfer|rename|unarchived|access)$/.test(action)) return ['deploy-keys', 'secrets', 'invitations'];
  if (/^(public_key|deploy_key)\./.test(action)) return ['deploy-keys'];
  // Actions, Dependabot (integration) and environment secrets; a new or deleted environment.
  if (/^(repo|environment)\.[a-z_]*secret$/.test(action) || /^environment\.(create|delete)$/.test(action)) return ['secrets'];
  if (/^repository_invitation\./.test(action) || /^repo\.(add|remove)_member$/.test(action)) return ['invitations'];
  return [];
}

/**
 * A repository invitation expires 7 days after it was made, and its making is logged
 * (`repository_invitation.create`; github-api-map.md). An expired invitation grants nothing and
 * can no longer be accepted.
 */
export const INVITATION_LIFETIME_DAYS = 7;

/** The oldest a pending invitation can be made tonight. */
export function invitationLifetimeStart(now: Date): Date {
  return new Date(now.getTime() - INVITATION_LIFETIME_DAYS * DAY_MS);
}

/**
 * The repositories that can hold a pending invitation tonight, from the audit log: those with an
 * event of the invitations part (an invitation, a member added, a new, renamed or transferred
 * repository) in the invitations' lifetime, as live names. Every other repository has none, so
 * its list needs no read; the rolling re-validation adds nothing here, since an invitation
 * GitHub did not log is gone within the lifetime, sooner than the cycle comes round. Null when
 * the audit log cannot say: it does not reach back a lifetime, or a repository renamed or
 * transferred in that time is named in an event by a name no repository has now.
 */
export function invitationCandidates(
  repositories: readonly Repository[],
  changes: ReadonlyMap<RepositoryPart, ReadonlyMap<string, string>>,
  events: readonly AuditEvent[],
  options: { now: Date; auditFrom: string },
): Set<string> | null {
  const since = invitationLifetimeStart(options.now).toISOString();
  if (options.auditFrom > since) return null;
  const live = new Map(repositories.map((r) => [r.nameWithOwner.toLowerCase(), r.nameWithOwner]));
  const moved = events.some(
    (event) =>
      event.at >= since &&
      /^repo\.(rename|transfer)$/.test(event.action) &&
      (!event.repo || !live.has(event.repo.toLowerCase())),
  );
  if (moved) return null;
  const candidates = new Set<string>();
  for (const [repo, at] of changes.get('invitations') ?? []) {
    const name = live.get(repo);
    if (name && at >= since) candidates.add(name);
  }
  return candidates;
}

/** Per part, each repository's latest event that can have changed it (lower-case names). */
export function latestChanges(events: readonly AuditEvent[]): Map<RepositoryPart, Map<string, string>> {
  const changed = new Map<RepositoryPart, Map<string, string>>();
  for (const event of events) {
    if (!event.repo) continue;
    for (const part of partsChangedBy(event.action)) {
      let repos = changed.get(part);
      if (!repos) changed.set(part, (repos = new Map<string, string>()));
      const repo = event.repo.toLowerCase();
      const before = repos.get(repo);
      if (!before || before < event.at) repos.set(repo, event.at);
    }
  }
  return changed;
}

/** FNV-1a: a stable spread of names over the nights, the same on every run. */
function slotOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i += 1) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % REVALIDATION_NIGHTS;
}

/** Whether tonight re-validates this repository whatever the audit log says. */
export function inRollingSlice(repo: string, now: Date): boolean {
  return slotOf(repo.toLowerCase()) === Math.floor(now.getTime() / DAY_MS) % REVALIDATION_NIGHTS;
}

/**
 * The repositories whose part may come from the state's copy: read before (`lastRead`), since
 * the audit log's reach (`auditFrom`), no event since that read, not in tonight's slice, and
 * not older than the re-validation period (a slice missed on a skipped night catches up).
 */
export function reusableRepositories(
  part: RepositoryPart,
  repositories: readonly Repository[],
  lastRead: ReadonlyMap<string, string>,
  changes: ReadonlyMap<RepositoryPart, ReadonlyMap<string, string>>,
  options: { now: Date; auditFrom: string },
): Set<string> {
  const reusable = new Set<string>();
  const oldest = new Date(options.now.getTime() - REVALIDATION_NIGHTS * DAY_MS).toISOString();
  const changed = changes.get(part);
  for (const repository of repositories) {
    const repo = repository.nameWithOwner;
    const at = lastRead.get(repo);
    if (!at || at < options.auditFrom || at < oldest) continue;
    if (inRollingSlice(repo, options.now)) continue;
    // An event at or after this repository's own read could have changed it.
    const latest = changed?.get(repo.toLowerCase());
    if (latest !== undefined && latest >= at) continue;
    reusable.add(repo);
  }
  return reusable;
}

/**
 * The owners whose fine-grained PAT grants can have changed since `since`: a
 * `personal_access_token.*` event (granted, revoked, requested) about them. Their grants'
 * repository lists are read again; the others come from the state's copy unless tonight
 * re-validates them (`inRollingSlice` on `pat:<grant id>`). Lower-case logins.
 */
export function tokenOwnersChangedSince(events: readonly AuditEvent[], since: string): Set<string> {
  const owners = new Set<string>();
  for (const event of events) {
    if (!event.action.startsWith('personal_access_token.') || event.at < since) continue;
    for (const login of [event.user, event.actor]) if (login) owners.add(login.toLowerCase());
  }
  return owners;
}

/** The time of the last run the read record knows (the latest read of any part), or null. */
export function lastRunOf(reads: Partial<Record<string, Record<string, string[]>>> | undefined): string | null {
  let latest: string | null = null;
  for (const byTime of Object.values(reads ?? {})) {
    for (const at of Object.keys(byTime ?? {})) if (!latest || at > latest) latest = at;
  }
  return latest;
}

/** The stale-deploy-key rule's thresholds in days, of every policy the run evaluates. */
export interface DeployKeyThresholds {
  unusedDays: number[];
  neverUsedDays: number[];
}

/**
 * Whether a stored deploy-key list could make the stale-deploy-key rule fire. A key's
 * `last_used` changes without an audit-log event, so the state's copy may be older than the
 * truth, but only in one direction: a key used since looks staler in the copy, never fresher.
 * So a copy in which no key looks stale gives the rule's verdict as a read would, and a copy in
 * which one does is read again, so that a finding (and its evidence) is never made from the
 * copy. Without thresholds every copy counts as stale.
 */
export function deployKeysLookStale(
  keys: readonly unknown[],
  now: Date,
  thresholds: DeployKeyThresholds | undefined,
): boolean {
  if (!thresholds) return true;
  const unused = Math.min(...thresholds.unusedDays);
  const neverUsed = Math.min(...thresholds.neverUsedDays);
  return keys.some((entry) => {
    const key = entry as { last_used?: unknown; created_at?: unknown } | null;
    const lastUsed = typeof key?.last_used === 'string' ? Date.parse(key.last_used) : null;
    const created = typeof key?.created_at === 'string' ? Date.parse(key.created_at) : Number.NaN;
    const since = lastUsed ?? created;
    const days = lastUsed !== null ? unused : neverUsed;
    return Number.isNaN(since) || now.getTime() - since >= days * DAY_MS;
  });
}
