// What HR's automation does when someone leaves, applied to a SimOrg the way GitHub applies it,
// with the audit-log events GitHub records. `keep` names what the automation "forgot".
import type { SimAuditEvent, SimOrg, SimUser } from '../state.js';
import { buildEvent, type EventSpec } from './builder.js';
import { digest, sshKeyFor } from './ids.js';
import { emailsOf } from './identity.js';

export type AccessKind =
  'org-membership' | 'repo-access' | 'team-membership' | 'invitations' | 'tokens' | 'deploy-keys';
export type Keep = Partial<Record<AccessKind, boolean>>;

export function revokeAccess(org: SimOrg, login: string, at: string, actor: string, keep: Keep = {}): void {
  const atMs = Date.parse(at);
  if (Number.isNaN(atMs)) throw new Error(`revokeAccess: not an ISO time: ${at}`);
  const events: Omit<EventSpec, 'atMs' | 'actor'>[] = [];

  if (!keep['org-membership']) {
    const before = org.members.length;
    org.members = org.members.filter((member) => member.login !== login);
    if (org.members.length < before) {
      events.push({ action: 'org.remove_member', user: login });
      // GitHub drops every team membership together with the organization membership.
      for (const team of org.teams) team.members = team.members.filter((member) => member.login !== login);
    }
  }
  if (!keep['team-membership']) {
    for (const team of org.teams) {
      if (team.members.some((member) => member.login === login)) {
        team.members = team.members.filter((member) => member.login !== login);
        events.push({
          action: 'team.remove_member',
          user: login,
          fields: { team: `${org.login}/${team.slug}` },
        });
      }
    }
  }
  if (!keep['repo-access']) {
    for (const repo of org.repos) {
      if (repo.collaborators.some((collaborator) => collaborator.login === login)) {
        repo.collaborators = repo.collaborators.filter((collaborator) => collaborator.login !== login);
        events.push({ action: 'repo.remove_member', user: login, repo: repo.name });
      }
    }
    if (org.outside_collaborators.includes(login)) {
      org.outside_collaborators = org.outside_collaborators.filter((outside) => outside !== login);
      events.push({ action: 'org.remove_outside_collaborator', user: login });
    }
  }
  if (!keep.invitations) {
    const emails = new Set(emailsOf(org, login).map((email) => email.toLowerCase()));
    const isTheirs = (invitation: { login: string | null; email: string | null }) =>
      invitation.login === login || (invitation.email !== null && emails.has(invitation.email.toLowerCase()));
    for (const invitation of org.invitations.filter(isTheirs)) {
      events.push({
        action: 'org.cancel_invitation',
        user: invitation.login ?? undefined,
        fields: { email: invitation.email, invitation_id: invitation.id },
      });
    }
    org.invitations = org.invitations.filter((invitation) => !isTheirs(invitation));
    for (const repo of org.repos) {
      for (const invitation of repo.invitations.filter((candidate) => candidate.invitee === login)) {
        events.push({
          action: 'repository_invitation.cancel',
          repo: repo.name,
          fields: { invitee: login, repository_invitation_id: invitation.id },
        });
      }
      repo.invitations = repo.invitations.filter((invitation) => invitation.invitee !== login);
    }
  }
  if (!keep.tokens) {
    for (const grant of org.pat_grants.filter((candidate) => candidate.owner === login)) {
      events.push({
        action: 'personal_access_token.access_revoked',
        user: login,
        fields: { token_id: grant.token_id, user_programmatic_access_name: grant.token_name },
      });
    }
    org.pat_grants = org.pat_grants.filter((grant) => grant.owner !== login);
    for (const credential of org.credential_authorizations.filter((candidate) => candidate.login === login)) {
      events.push({
        action: 'org_credential_authorization.revoke',
        user: login,
        fields: { credential_id: credential.credential_id, credential_type: credential.credential_type },
      });
    }
    org.credential_authorizations = org.credential_authorizations.filter(
      (credential) => credential.login !== login,
    );
  }
  if (!keep['deploy-keys']) {
    for (const repo of org.repos) {
      for (const key of repo.deploy_keys.filter((candidate) => candidate.added_by === login)) {
        events.push({
          action: 'public_key.delete',
          repo: repo.name,
          fields: {
            key_id: key.id,
            title: key.title,
            read_only: key.read_only,
            fingerprint: sshKeyFor(`${repo.name}/${key.id}`).fingerprint,
          },
        });
      }
      repo.deploy_keys = repo.deploy_keys.filter((key) => key.added_by !== login);
    }
  }
  appendEvents(org, atMs, actor, events);
}

function appendEvents(
  org: SimOrg,
  atMs: number,
  actor: string,
  specs: Omit<EventSpec, 'atMs' | 'actor'>[],
): void {
  if (specs.length === 0) return;
  const users = new Map<string, SimUser>(org.users.map((user) => [user.login, user]));
  const ids = new Set(org.audit_log.map((event) => event._document_id));
  // The actor acts from the address they last used, as a person at a desk would.
  let actorIp: string | undefined;
  for (const event of org.audit_log) {
    if (event.actor === actor && typeof event.actor_ip === 'string') actorIp = event.actor_ip;
  }
  let seq = 0;
  for (const spec of specs) {
    let documentId: string;
    do documentId = digest(`${org.login}:revoke:${actor}:${atMs}:${seq++}`).slice(0, 22);
    while (ids.has(documentId));
    ids.add(documentId);
    const event = buildEvent(
      org.login,
      documentId,
      { ...spec, atMs, actor },
      (name) => users.get(name),
      () => actorIp,
    );
    insertByTime(org.audit_log, event);
  }
}

/** Keeps the log in ascending `@timestamp` order; equal times stay in insertion order. */
export function insertByTime(log: SimAuditEvent[], event: SimAuditEvent): void {
  let low = 0;
  let high = log.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (log[mid]['@timestamp'] <= event['@timestamp']) low = mid + 1;
    else high = mid;
  }
  log.splice(low, 0, event);
}
