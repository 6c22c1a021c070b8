// When and by whom a holding went away, read from the audit log. The REST item lists only say
// that something is gone; the audit log says who removed it, which the tracking issue shows.
import type { AuditEvent } from '../model.js';
import { sameLogin, secretResourceFromEvent } from './inventory.js';
import type { InventoryItem } from './types.js';

/** Ids arrive as numbers or numeric strings depending on the source; compare them as text. */
function asId(value: unknown): string | null {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : null;
}

function fieldEquals(event: AuditEvent, names: string[], value: unknown): boolean {
  const wanted = asId(value);
  return wanted !== null && names.some((name) => asId(event.fields[name]) === wanted);
}

function sameRepo(event: AuditEvent, repo: unknown): boolean {
  return typeof repo === 'string' && event.repo !== null && event.repo.toLowerCase() === repo.toLowerCase();
}

function teamMatches(event: AuditEvent, slug: unknown): boolean {
  const team = event.fields.team;
  if (typeof team !== 'string' || typeof slug !== 'string') return false;
  return team.slice(team.lastIndexOf('/') + 1).toLowerCase() === slug.toLowerCase();
}

/** Does `event` remove (or, for a secret, rotate or delete) `item` of `subject`? */
export function removes(
  event: AuditEvent,
  item: InventoryItem,
  subject: string,
  org: string,
  emails: string[],
): boolean {
  const aboutSubject = sameLogin(event.user, subject);
  const d = item.detail;
  switch (item.kind) {
    case 'org-membership':
      return aboutSubject && event.action === 'org.remove_member';
    case 'team-membership':
      return (
        aboutSubject &&
        (event.action === 'org.remove_member' ||
          (event.action === 'team.remove_member' && teamMatches(event, d.team)))
      );
    case 'repo-access':
      return (
        aboutSubject &&
        ((event.action === 'repo.remove_member' && sameRepo(event, d.repo)) ||
          (event.action === 'org.remove_outside_collaborator' && d.outsideCollaborator === true))
      );
    case 'invitation': {
      if (
        !['org.cancel_invitation', 'repository_invitation.cancel', 'repository_invitation.reject'].includes(
          event.action,
        )
      ) {
        return false;
      }
      if (fieldEquals(event, ['invitation_id'], d.invitationId)) return true;
      const email = event.fields.email;
      return aboutSubject || (typeof email === 'string' && emails.includes(email.toLowerCase()));
    }
    case 'pat':
      if (event.action !== 'personal_access_token.access_revoked') return false;
      if (fieldEquals(event, ['pat_id'], d.grantId) || fieldEquals(event, ['token_id'], d.tokenId))
        return true;
      // Without ids in the event, a revocation for the subject is the best evidence there is.
      return aboutSubject && event.fields.pat_id === undefined && event.fields.token_id === undefined;
    case 'credential':
      if (
        !['org_credential_authorization.revoke', 'org_credential_authorization.deauthorize'].includes(
          event.action,
        )
      ) {
        return false;
      }
      if (event.fields.credential_id !== undefined)
        return fieldEquals(event, ['credential_id'], d.credentialId);
      return aboutSubject;
    case 'deploy-key':
      if (event.action !== 'public_key.delete' || !sameRepo(event, d.repo)) return false;
      return event.fields.key_id === undefined && event.fields.id === undefined
        ? true
        : fieldEquals(event, ['key_id', 'id'], d.keyId);
    case 'secret': {
      const rotated = secretResourceFromEvent(org, event);
      if (rotated === item.resource) return true;
      if (!/\.remove_(actions|integration)_secret$/.test(event.action)) return false;
      return (
        secretResourceFromEvent(org, { ...event, action: event.action.replace('remove_', 'update_') }) ===
        item.resource
      );
    }
    case 'copilot-seat':
      // GitHub's audit-log names for a seat taken away (GHEC organization audit log).
      return (
        aboutSubject &&
        [
          'copilot.cfb_seat_cancelled',
          'copilot.cfb_seat_assignment_unassigned',
          'copilot.cfb_seat_cancelled_by_staff',
        ].includes(event.action)
      );
    case 'enterprise-membership':
      // Removal from the enterprise is in the enterprise's audit log, which this run does not read.
      return false;
  }
}

/** The latest audit event that removed `item`, if the audit log shows one. */
export function revocationEvent(
  events: readonly AuditEvent[],
  item: InventoryItem,
  subject: string,
  org: string,
  emails: string[],
): AuditEvent | null {
  let latest: AuditEvent | null = null;
  for (const event of events) {
    if (!removes(event, item, subject, org, emails)) continue;
    if (!latest || new Date(event.at).getTime() > new Date(latest.at).getTime()) latest = event;
  }
  return latest;
}
