// When no `pre` phase ran, the inventory is rebuilt from the audit log: what the person was
// given and not yet seen removed. It is a lower bound, never proof of absence; its limits are
// written into the inventory so the tracking issue says them out loud.
import type { AuditEvent } from '../model.js';
import { resourceId } from '../resource-id.js';
import { knownIpsOf } from '../rules/offboarded-ip-activity.js';
import { sameLogin, secretResourceFromEvent } from './inventory.js';
import type { Inventory, InventoryItem } from './types.js';

export const RECONSTRUCTION_LIMITS: readonly string[] = [
  'Reconstructed from the audit log, which keeps web events for 180 days: anything granted earlier is missing.',
  'Secrets the person could read are known only for repositories the audit log shows them added to directly; team, base-permission and owner access to secrets cannot be reconstructed.',
  'Pending invitations are not reconstructed (the audit log does not carry invitation ids).',
  'Fine-grained PATs are identified by the token id the audit log gives, not the grant id.',
  'Deploy keys are known only when the `public_key.create` event names the key id.',
];

function idField(event: AuditEvent, ...names: string[]): string | null {
  for (const name of names) {
    const value = event.fields[name];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'string' && /^\d+$/.test(value)) return value;
  }
  return null;
}

/** `team` may be `org/slug` or just the slug. */
function teamSlug(event: AuditEvent): string | null {
  const team = event.fields.team;
  if (typeof team !== 'string' || team === '') return null;
  return team.includes('/') ? team.slice(team.lastIndexOf('/') + 1) : team;
}

/**
 * The inventory the audit log implies for `login` in `org`: additions (`org.add_member`,
 * `team.add_member`, `repo.add_member`, `org.add_outside_collaborator`,
 * `personal_access_token.access_granted`, `org_credential_authorization.grant`,
 * `public_key.create` on a repository, secret writes) minus the matching removals.
 */
export function reconstructInventory(
  events: AuditEvent[],
  login: string,
  org: string,
  options: { offboardedAt?: string; builtAt?: string } = {},
): Inventory {
  const held = new Map<string, InventoryItem>();
  const ordered = [...events].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  const isTarget = (event: AuditEvent) => sameLogin(event.user, login);
  const isTargetOrActor = (event: AuditEvent) =>
    sameLogin(event.user, login) || sameLogin(event.actor, login);
  const removeWhere = (predicate: (item: InventoryItem) => boolean) => {
    for (const [resource, item] of held) if (predicate(item)) held.delete(resource);
  };
  const add = (item: InventoryItem) => held.set(item.resource, item);

  for (const event of ordered) {
    const repo = event.repo;
    const slug = teamSlug(event);
    switch (event.action) {
      case 'org.add_member':
        if (isTarget(event)) {
          const role = typeof event.fields.permission === 'string' ? event.fields.permission : null;
          add({
            kind: 'org-membership',
            resource: resourceId.organization(org),
            label: `Member of ${org}`,
            detail: { role },
          });
        }
        break;
      case 'org.remove_member':
        // GitHub removes a member from every team together with the organization.
        if (isTarget(event))
          removeWhere((item) => item.kind === 'org-membership' || item.kind === 'team-membership');
        break;
      case 'team.add_member':
        if (isTarget(event) && slug) {
          add({
            kind: 'team-membership',
            resource: resourceId.team(org, slug),
            label: `Team ${slug}`,
            detail: { team: slug, role: null },
          });
        }
        break;
      case 'team.remove_member':
        if (isTarget(event) && slug) held.delete(resourceId.team(org, slug));
        break;
      case 'repo.add_member':
      case 'org.add_outside_collaborator':
        if (isTarget(event) && repo) {
          const outside = event.action === 'org.add_outside_collaborator';
          const permission = typeof event.fields.permission === 'string' ? event.fields.permission : null;
          add({
            kind: 'repo-access',
            resource: resourceId.repository(repo),
            label: `${repo}${permission ? `: ${permission}` : ''}${outside ? ' (outside collaborator)' : ''}`,
            detail: { repo, permission, outsideCollaborator: outside },
          });
        }
        break;
      case 'repo.remove_member':
        if (isTarget(event) && repo) held.delete(resourceId.repository(repo));
        break;
      case 'org.remove_outside_collaborator':
        if (isTarget(event))
          removeWhere((item) => item.kind === 'repo-access' && item.detail.outsideCollaborator === true);
        break;
      case 'personal_access_token.access_granted':
      case 'personal_access_token.access_revoked': {
        // The events carry the token id, which is the resource id (`pat:<token id>`); the grant
        // id, when present, is what a revocation addresses.
        const grantId = idField(event, 'pat_id');
        const tokenId = idField(event, 'token_id');
        if (!isTargetOrActor(event) || (!tokenId && !grantId)) break;
        if (event.action === 'personal_access_token.access_revoked') {
          removeWhere(
            (item) =>
              item.kind === 'pat' &&
              ((tokenId !== null && String(item.detail.tokenId) === tokenId) ||
                (grantId !== null && String(item.detail.grantId) === grantId)),
          );
          break;
        }
        const name = event.fields.user_programmatic_access_name;
        add({
          kind: 'pat',
          // Without a token id (not seen in GitHub's events, but possible) the grant id stands in.
          resource: `pat:${tokenId ?? grantId}`,
          label: `Fine-grained PAT${typeof name === 'string' ? ` "${name}"` : ''}`,
          detail: {
            grantId: grantId === null ? null : Number(grantId),
            tokenId: tokenId === null ? null : Number(tokenId),
          },
        });
        break;
      }
      case 'org_credential_authorization.grant':
      case 'org_credential_authorization.revoke':
      case 'org_credential_authorization.deauthorize': {
        const id = idField(event, 'credential_id');
        if (!isTargetOrActor(event) || !id) break;
        if (event.action === 'org_credential_authorization.grant') {
          add({
            kind: 'credential',
            resource: `credential:${id}`,
            label: 'SSO credential authorization',
            detail: { credentialId: Number(id) },
          });
        } else held.delete(`credential:${id}`);
        break;
      }
      case 'public_key.create':
      case 'public_key.delete': {
        // Without a repository the key is a user's own SSH key, not a deploy key.
        const keyId = idField(event, 'key_id', 'id');
        if (!repo || !keyId) break;
        const resource = resourceId.deployKey(repo, Number(keyId));
        if (event.action === 'public_key.delete') held.delete(resource);
        else if (sameLogin(event.actor, login)) {
          const title = typeof event.fields.title === 'string' ? ` "${event.fields.title}"` : '';
          add({
            kind: 'deploy-key',
            resource,
            label: `Deploy key${title} on ${repo}`,
            detail: { repo, keyId: Number(keyId) },
          });
        }
        break;
      }
      default: {
        const secret = secretResourceFromEvent(org, event);
        if (secret && sameLogin(event.actor, login)) {
          const name = String(event.fields.key);
          add({
            kind: 'secret',
            resource: secret,
            label: `Secret ${name} (${repo ?? org})`,
            detail: { name, repo, updatedAt: event.at, reason: `last written by ${login} at ${event.at}` },
          });
        } else if (/\.remove_(actions|integration)_secret$/.test(event.action)) {
          const removed = secretResourceFromEvent(org, {
            ...event,
            action: event.action.replace('remove_', 'update_'),
          });
          if (removed) held.delete(removed);
        }
      }
    }
  }

  const builtAt = options.builtAt ?? ordered.at(-1)?.at ?? new Date(0).toISOString();
  return {
    subject: login,
    organization: org,
    offboardedAt: options.offboardedAt ?? builtAt,
    source: 'audit-log',
    builtAt,
    items: [...held.values()],
    emails: [],
    knownIps: options.offboardedAt
      ? [...knownIpsOf({ login, offboardedAt: options.offboardedAt }, events)].sort()
      : [],
    gaps: [],
    limits: [...RECONSTRUCTION_LIMITS],
  };
}
