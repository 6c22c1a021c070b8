// Issues written before keys carried the organization: found and adopted by the organization
// they belong to, so an upgrade neither duplicates them nor lets another organization close
// them. A tracking issue says its organization; an audit issue names it in the resources it
// lists. One that names no organization (every finding on a token, say) is adopted by whichever
// organization runs first — with one organization per repository, as that version required,
// that is always the right one.
import { parseTrackingIssue } from '../offboarding/tracking-issue.js';
import { scopeLegacyKey, trackingKeyPrefix, auditKeyPrefix } from '../reporters/issue-keys.js';
import { parseMarker, toManagedIssues, type ListedIssue, type ManagedIssue } from '../reporters/issue-sync.js';

/** Resource kinds whose identifier starts with the organization (`repo:<org>/…`, `org:<org>`). */
const OWNED_RESOURCE = /`(?:org:([A-Za-z0-9-]+)|(?:repo|team|deploy-key|secret):([A-Za-z0-9-]+)\/)/g;

/** The organizations a legacy issue names (lower case); empty when it names none. */
export function organizationsNamed(issue: Pick<ListedIssue, 'body'>): Set<string> {
  const body = issue.body ?? '';
  const tracking = parseTrackingIssue(body);
  if (tracking?.organization) return new Set([tracking.organization.toLowerCase()]);
  const named = new Set<string>();
  for (const match of body.matchAll(OWNED_RESOURCE)) named.add((match[1] ?? match[2]).toLowerCase());
  return named;
}

/**
 * Whether an issue is the organization's: its key is scoped to it, or it was written before keys
 * carried the organization (or not by the sync at all, a tracking issue filed by hand) and names
 * no other organization.
 */
export function belongsTo(issue: Pick<ListedIssue, 'body'>, org: string): boolean {
  const key = parseMarker(issue.body)?.key;
  if (key !== undefined) {
    if (key.startsWith(auditKeyPrefix(org)) || key.startsWith(trackingKeyPrefix(org))) return true;
    // Scoped to another organization.
    if (scopeLegacyKey(key, org) === null) return false;
  }
  const named = organizationsNamed(issue);
  return named.size === 0 || named.has(org.toLowerCase());
}

/**
 * The organization's managed issues among those listed: its own, and the legacy ones it adopts
 * under their new key (`migratedFrom` makes the sync rewrite the marker).
 */
export function managedIssuesOf(listed: readonly ListedIssue[], org: string): ManagedIssue[] {
  const managed = toManagedIssues(listed.filter((issue) => belongsTo(issue, org)));
  return managed.map((issue) => {
    const scoped = scopeLegacyKey(issue.key, org);
    return scoped ? { ...issue, key: scoped, migratedFrom: issue.key } : issue;
  });
}
