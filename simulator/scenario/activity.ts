// Activity that keeps the background healthy, and the audit-log events that record how the
// background's objects came to be (creations inside the audit window, rotations by approved
// actors). Planted people (`manualActivity`) get only what their planted case gives them.
import type { SimSecret } from '../state.js';
import { archivedRepoNames, buildAccessIndex, writableRepos } from './access.js';
import { addContribution, addEvent, type Builder } from './builder.js';
import { CAST } from './cast.js';
import type { JoinDates } from './departures.js';
import { sshKeyFor } from './ids.js';

const AUDIT_WINDOW_DAYS = 365;
const ACTIVITY_ACTIONS = ['repo.download_zip', 'pull_request.create', 'pull_request.merge'];

/**
 * Everyone not planted gets a contribution to each repository they can write within 150 days
 * (unused-write-access looks back 180) and, for members, activity within 60 days (stale-member: 90).
 */
export function addHealthyActivity(b: Builder, joined: JoinDates): void {
  const { rng, clock } = b;
  const index = buildAccessIndex(b.org);
  const archived = archivedRepoNames(b.org);
  const activeNames = b.org.repos.filter((repo) => !repo.archived).map((repo) => repo.name);
  const members = new Set(b.org.members.map((member) => member.login));
  for (const login of [...b.org.members.map((member) => member.login), ...b.org.outside_collaborators]) {
    if (b.manualActivity.has(login) || login.endsWith('[bot]')) continue;
    // Whole days of at least one keep everything before any departure's offboarded_at.
    const maxAgo = Math.max(2, Math.min(150, (joined.get(login) ?? 400) - 2));
    const writable = writableRepos(index, login, archived);
    for (const repo of writable) {
      addContribution(
        b,
        login,
        repo,
        rng.chance(0.7) ? 'commit' : 'pull-request',
        rng.int(1, maxAgo - 1) + rng.next(),
        rng.int(1, 6),
      );
    }
    if (!members.has(login)) continue;
    const recentMax = Math.min(60, maxAgo);
    const home = writable.length > 0 ? rng.pick(writable) : rng.pick(activeNames);
    addContribution(
      b,
      login,
      home,
      rng.pick(['commit', 'issue', 'pull-request', 'review'] as const),
      rng.int(1, recentMax - 1) + rng.next(),
    );
    for (let n = rng.int(1, 3); n > 0; n--) {
      addEvent(b, {
        atMs: clock.msDaysAgo(rng.int(1, Math.min(80, maxAgo) - 1) + rng.next()),
        action: rng.pick(ACTIVITY_ACTIONS),
        actor: login,
        repo: writable.length > 0 ? rng.pick(writable) : rng.pick(activeNames),
      });
    }
    if (rng.chance(0.3)) {
      addEvent(b, {
        atMs: clock.msDaysAgo(rng.int(1, 6) + rng.next()),
        action: 'git.clone',
        actor: login,
        repo: home,
      });
    }
  }
}

/** Audit events for the background's creations and rotations inside the audit window. */
export function addLifecycleEvents(b: Builder): void {
  const { clock, rng } = b;
  const windowStart = clock.msDaysAgo(AUDIT_WINDOW_DAYS);
  const inWindow = (iso: string) => Date.parse(iso) >= windowStart;
  const recordable = (login: string | null): login is string =>
    login !== null && !b.manualActivity.has(login);

  for (const repo of b.org.repos) {
    for (const key of repo.deploy_keys) {
      if (recordable(key.added_by) && inWindow(key.created_at)) {
        addEvent(b, {
          atMs: Date.parse(key.created_at),
          action: 'public_key.create',
          actor: key.added_by,
          repo: repo.name,
          fields: {
            key_id: key.id,
            title: key.title,
            read_only: key.read_only,
            fingerprint: sshKeyFor(`${repo.name}/${key.id}`).fingerprint,
          },
        });
      }
    }
    for (const secret of repo.secrets) secretEvents(b, secret, 'repo', 'actions_secret', { repo: repo.name });
    for (const secret of repo.dependabot_secrets) {
      secretEvents(b, secret, 'repo', 'integration_secret', {
        repo: repo.name,
        fields: { integration: 'Dependabot' },
      });
    }
    for (const environment of repo.environments) {
      for (const secret of environment.secrets) {
        secretEvents(b, secret, 'environment', 'actions_secret', {
          repo: repo.name,
          fields: { environment_name: environment.name },
        });
      }
    }
    for (const invitation of repo.invitations) {
      addEvent(b, {
        atMs: Date.parse(invitation.created_at),
        action: 'repository_invitation.create',
        actor: invitation.inviter,
        repo: repo.name,
        fields: { invitee: invitation.invitee, permission: invitation.permissions },
      });
    }
  }
  for (const secret of b.org.org_secrets) secretEvents(b, secret, 'org', 'actions_secret', {});
  for (const secret of b.org.org_dependabot_secrets) {
    secretEvents(b, secret, 'org', 'integration_secret', { fields: { integration: 'Dependabot' } });
  }
  for (const grant of b.org.pat_grants) {
    if (recordable(grant.owner) && inWindow(grant.access_granted_at)) {
      addEvent(b, {
        atMs: Date.parse(grant.access_granted_at),
        action: 'personal_access_token.access_granted',
        actor: grant.owner,
        user: grant.owner,
        fields: {
          token_id: grant.token_id,
          user_programmatic_access_name: grant.token_name,
          repository_selection: grant.repository_selection,
        },
      });
    }
  }
  for (const credential of b.org.credential_authorizations) {
    if (recordable(credential.login) && inWindow(credential.credential_authorized_at)) {
      addEvent(b, {
        atMs: Date.parse(credential.credential_authorized_at),
        action: 'org_credential_authorization.grant',
        actor: credential.login,
        user: credential.login,
        fields: { credential_id: credential.credential_id, credential_type: credential.credential_type },
      });
    }
  }
  for (const invitation of b.org.invitations) {
    addEvent(b, {
      atMs: Date.parse(invitation.created_at),
      action: 'org.invite_member',
      actor: invitation.inviter,
      fields: { email: invitation.email, role: invitation.role },
    });
  }
  // A GitHub App acting through the audit log now and then (never a member).
  const runs = Math.max(3, Math.round(b.org.members.length / 50));
  const repos = b.org.repos.filter((repo) => !repo.archived);
  for (let n = 0; n < runs; n++) {
    addEvent(b, {
      atMs: clock.msDaysAgo(rng.int(1, 300) + rng.next()),
      action: 'workflows.completed_workflow_run',
      actor: CAST.appBot,
      repo: rng.pick(repos).name,
      ip: null,
    });
  }
}

/** Creation and last update of a secret, by the approved changers only. */
function secretEvents(
  b: Builder,
  secret: SimSecret,
  scope: 'org' | 'repo' | 'environment',
  kind: 'actions_secret' | 'integration_secret',
  where: { repo?: string; fields?: Record<string, unknown> },
): void {
  const windowStart = b.clock.msDaysAgo(AUDIT_WINDOW_DAYS);
  const created = Date.parse(secret.created_at);
  const updated = Date.parse(secret.updated_at);
  const fields = { key: secret.name, ...(where.fields ?? {}) };
  if (created >= windowStart) {
    addEvent(b, {
      atMs: created,
      action: `${scope}.create_${kind}`,
      actor: CAST.secopsLead,
      repo: where.repo,
      fields,
    });
  }
  if (updated > created && updated >= windowStart) {
    addEvent(b, {
      atMs: updated,
      action: `${scope}.update_${kind}`,
      actor: CAST.sentinelBot,
      repo: where.repo,
      fields,
    });
  }
}
