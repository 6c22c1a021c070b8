// Revocation endpoints (remediation): each removes the access from the org's state and
// appends the audit-log event GitHub records for it, with the token's user as actor and the
// scenario clock (advanced one second per write) as `@timestamp`.

import type { SimOrg } from '../state.js';
import type { RestHandler, RestRequest } from './context.js';
import {
  notFound,
  requireBody,
  requireOrg,
  requireRepo,
  sameLogin,
  tick,
  userByLogin,
  validationFailed,
} from './context.js';
import { requireTeam } from './org-reads.js';

function audit(req: RestRequest, action: string, fields: Record<string, unknown>): void {
  const org = req.org;
  const now = tick(org);
  const ms = Date.parse(now);
  org.audit_log.push({
    _document_id: `sim-${org.audit_log.length + 1}-${ms}`,
    '@timestamp': ms,
    created_at: ms,
    action,
    actor: req.viewer,
    actor_id: userByLogin(org, req.viewer).id,
    org: org.login,
    org_id: org.id,
    ...fields,
  });
}

const noContent = { status: 204 };

function removeFromTeams(org: SimOrg, login: string): void {
  for (const t of org.teams) t.members = t.members.filter((m) => !sameLogin(m.login, login));
}

function removeFromRepos(org: SimOrg, login: string): void {
  for (const r of org.repos) r.collaborators = r.collaborators.filter((c) => !sameLogin(c.login, login));
}

const removeMember: RestHandler = (req) => {
  const org = requireOrg(req);
  const login = req.params.username;
  const member = org.members.find((m) => sameLogin(m.login, login));
  if (!member) throw notFound();
  org.members = org.members.filter((m) => m !== member);
  // Removing a member also removes them from every team.
  removeFromTeams(org, login);
  audit(req, 'org.remove_member', { user: member.login, user_id: userByLogin(org, member.login).id });
  return noContent;
};

const removeMembership: RestHandler = (req) => {
  const org = requireOrg(req);
  const login = req.params.username;
  const member = org.members.find((m) => sameLogin(m.login, login));
  const invitation = org.invitations.find((i) => sameLogin(i.login, login));
  if (!member && !invitation) throw notFound();
  if (member) {
    org.members = org.members.filter((m) => m !== member);
    removeFromTeams(org, login);
    audit(req, 'org.remove_member', { user: member.login });
  }
  if (invitation) {
    org.invitations = org.invitations.filter((i) => i !== invitation);
    audit(req, 'org.cancel_invitation', { user: invitation.login, invitation_id: invitation.id });
  }
  return noContent;
};

const removeOutsideCollaborator: RestHandler = (req) => {
  const org = requireOrg(req);
  const login = req.params.username;
  if (org.members.some((m) => sameLogin(m.login, login))) {
    throw validationFailed('You cannot specify an organization member to remove as an outside collaborator.');
  }
  if (!org.outside_collaborators.some((o) => sameLogin(o, login))) throw notFound();
  org.outside_collaborators = org.outside_collaborators.filter((o) => !sameLogin(o, login));
  removeFromRepos(org, login);
  audit(req, 'org.remove_outside_collaborator', { user: login });
  return noContent;
};

const removeCollaborator: RestHandler = (req) => {
  const repo = requireRepo(req);
  const login = req.params.username;
  const before = repo.collaborators.length;
  repo.collaborators = repo.collaborators.filter((c) => !sameLogin(c.login, login));
  // GitHub answers 204 even when the user was not a collaborator; only a real removal is audited.
  if (repo.collaborators.length < before)
    audit(req, 'repo.remove_member', { user: login, repo: `${req.org.login}/${repo.name}` });
  // An outside collaborator left with no repository is no longer an outside collaborator.
  const org = req.org;
  if (!org.repos.some((r) => r.collaborators.some((c) => sameLogin(c.login, login)))) {
    org.outside_collaborators = org.outside_collaborators.filter((o) => !sameLogin(o, login));
  }
  return noContent;
};

const removeTeamMembership: RestHandler = (req) => {
  const team = requireTeam(req);
  const login = req.params.username;
  if (!team.members.some((m) => sameLogin(m.login, login))) throw notFound();
  team.members = team.members.filter((m) => !sameLogin(m.login, login));
  audit(req, 'team.remove_member', { user: login, team: `${req.org.login}/${team.slug}` });
  return noContent;
};

const cancelOrgInvitation: RestHandler = (req) => {
  const org = requireOrg(req);
  const invitation = org.invitations.find((i) => String(i.id) === req.params.invitation_id);
  if (!invitation) throw notFound();
  org.invitations = org.invitations.filter((i) => i !== invitation);
  audit(req, 'org.cancel_invitation', {
    user: invitation.login,
    invitation_id: invitation.id,
    email: invitation.email,
  });
  return noContent;
};

const cancelRepoInvitation: RestHandler = (req) => {
  const repo = requireRepo(req);
  const invitation = repo.invitations.find((i) => String(i.id) === req.params.invitation_id);
  if (!invitation) throw notFound();
  repo.invitations = repo.invitations.filter((i) => i !== invitation);
  audit(req, 'repo.remove_member', {
    user: invitation.invitee,
    repo: `${req.org.login}/${repo.name}`,
    invitation_id: invitation.id,
  });
  return noContent;
};

const deleteDeployKey: RestHandler = (req) => {
  const repo = requireRepo(req);
  const key = repo.deploy_keys.find((k) => String(k.id) === req.params.key_id);
  if (!key) throw notFound();
  repo.deploy_keys = repo.deploy_keys.filter((k) => k !== key);
  audit(req, 'public_key.delete', {
    repo: `${req.org.login}/${repo.name}`,
    title: key.title,
    key_id: key.id,
    read_only: key.read_only,
  });
  return noContent;
};

function revokePatGrants(req: RestRequest, ids: number[]): void {
  const org = req.org;
  const grants = ids.map((id) => org.pat_grants.find((g) => g.id === id));
  if (grants.some((g) => !g)) throw notFound();
  for (const g of grants) {
    org.pat_grants = org.pat_grants.filter((x) => x !== g);
    audit(req, 'personal_access_token.access_revoked', {
      user: g!.owner,
      token_id: g!.token_id,
      user_programmatic_access_name: g!.token_name,
      repository_selection: g!.repository_selection,
    });
  }
}

const revokePatGrantsBulk: RestHandler = (req) => {
  requireOrg(req);
  const body = requireBody(req);
  if (body.action !== 'revoke') throw validationFailed('Invalid request.\n\n"action" must be "revoke".');
  if (!Array.isArray(body.pat_ids) || body.pat_ids.length < 1 || body.pat_ids.length > 100) {
    throw validationFailed('Invalid request.\n\n"pat_ids" must hold between 1 and 100 ids.');
  }
  revokePatGrants(req, body.pat_ids.map(Number));
  return { status: 202, body: {} };
};

const revokePatGrant: RestHandler = (req) => {
  requireOrg(req);
  const body = requireBody(req);
  if (body.action !== 'revoke') throw validationFailed('Invalid request.\n\n"action" must be "revoke".');
  revokePatGrants(req, [Number(req.params.pat_id)]);
  return noContent;
};

const revokeCredential: RestHandler = (req) => {
  const org = requireOrg(req);
  if (!org.enterprise_cloud || !org.saml_sso) throw notFound();
  const credential = org.credential_authorizations.find(
    (c) => String(c.credential_id) === req.params.credential_id,
  );
  if (!credential) throw notFound();
  org.credential_authorizations = org.credential_authorizations.filter((c) => c !== credential);
  audit(req, 'org_credential_authorization.revoke', {
    user: credential.login,
    credential_id: credential.credential_id,
    credential_type: credential.credential_type,
  });
  return noContent;
};

export const revocationRoutes: Record<string, RestHandler> = {
  'DELETE /orgs/{org}/members/{username}': removeMember,
  'DELETE /orgs/{org}/memberships/{username}': removeMembership,
  'DELETE /orgs/{org}/outside_collaborators/{username}': removeOutsideCollaborator,
  'DELETE /repos/{owner}/{repo}/collaborators/{username}': removeCollaborator,
  'DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}': removeTeamMembership,
  'DELETE /orgs/{org}/invitations/{invitation_id}': cancelOrgInvitation,
  'DELETE /repos/{owner}/{repo}/invitations/{invitation_id}': cancelRepoInvitation,
  'DELETE /repos/{owner}/{repo}/keys/{key_id}': deleteDeployKey,
  'POST /orgs/{org}/personal-access-tokens': revokePatGrantsBulk,
  'POST /orgs/{org}/personal-access-tokens/{pat_id}': revokePatGrant,
  'DELETE /orgs/{org}/credential-authorizations/{credential_id}': revokeCredential,
};
