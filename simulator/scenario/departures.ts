// The people leaving at the end of the scenario: still fully present at "now", each with an
// `offboarded_at` a few hours earlier. Each kind exercises one offboarding path in the tests.
import type { SimRepo, SimRepoPermission, SimTeam } from '../state.js';
import { addCredential, addPatGrant, newSecret } from './credentials.js';
import { ACTION_REPO_NAME, addEvent, emailOf, ORG_LOGIN, type Builder } from './builder.js';
import { CAST, EMAIL_ONLY_ADDRESS } from './cast.js';
import { HOUR_MS, isoAt } from './clock.js';
import { sshKeyFor } from './ids.js';

export type DepartureKind = 'clean' | 'leftovers' | 'email-only' | 'no-pre' | 'remediate';

/** Days before now that each person joined, for people who joined recently (the health pass respects it). */
export type JoinDates = Map<string, number>;

export function plantDepartures(b: Builder): JoinDates {
  const joined: JoinDates = new Map();
  const repos = b.rng.shuffle(b.org.repos.filter((repo) => !repo.archived && repo.name !== ACTION_REPO_NAME));
  let cursor = 0;
  const nextRepo = (predicate: (repo: SimRepo) => boolean = () => true): SimRepo => {
    for (let i = 0; i < repos.length; i++) {
      const repo = repos[(cursor + i) % repos.length];
      if (predicate(repo)) {
        cursor = (cursor + i + 1) % repos.length;
        return repo;
      }
    }
    throw new Error('scenario: no repository fits a departure');
  };

  // clean: some of everything; the test revokes all of it.
  {
    const login = CAST.departClean;
    joinTeams(b, login, 1);
    const repo = nextRepo();
    grantDirect(repo, login, 'push');
    addPatGrant(b, login, {
      name: 'laptop-cli',
      grantedAgo: 20,
      lifetimeDays: 90,
      lastUsedAgo: 1,
      repos: [repo.name],
    });
    addCredential(b, login, 'personal access token', {
      authorizedAgo: 120,
      accessedAgo: 2,
      expiresInDays: 60,
    });
    addDeployKey(b, repo, login, 'nwhite sandbox', 50, 2);
    addRepoInvitation(b, nextRepo(), login, 'write');
    addDeparture(b, login, emailOf(login), 3, 'clean');
  }

  // leftovers: at least one of every kind, and activity after offboarded_at from a known IP.
  {
    const login = CAST.departLeftovers;
    joinTeams(b, login, 2);
    const home = nextRepo((repo) => repo.environments.length > 0);
    grantDirect(home, login, 'admin');
    if (home.secrets.length === 0) home.secrets.push(newSecret(b, 'RELEASE_TOKEN', 40));
    const selected = b.org.org_secrets.find((secret) => secret.visibility === 'selected');
    if (selected && !selected.selected_repositories.includes(home.name))
      selected.selected_repositories.push(home.name);
    addOrgInvitation(b, emailOf(login));
    addRepoInvitation(b, nextRepo(), login, 'admin');
    addPatGrant(b, login, {
      name: 'release-script',
      grantedAgo: 40,
      lifetimeDays: 180,
      lastUsedAgo: 0.5,
      repos: null,
    });
    addCredential(b, login, 'personal access token', {
      authorizedAgo: 200,
      accessedAgo: 1,
      expiresInDays: null,
    });
    addCredential(b, login, 'SSH key', { authorizedAgo: 300, accessedAgo: 1 });
    addDeployKey(b, home, login, 'oyilmaz release key', 90, 1);
    // A secret she wrote on a repository she can only read: "last wrote" makes it hers to rotate.
    const readOnly = nextRepo(
      (repo) => !repo.collaborators.some((collaborator) => collaborator.login === login),
    );
    const written = newSecret(b, 'OYILMAZ_SMOKE_TEST_TOKEN', 30);
    written.created_at = written.updated_at;
    readOnly.secrets.push(written);
    addEvent(b, {
      atMs: Date.parse(written.updated_at),
      action: 'repo.create_actions_secret',
      actor: login,
      repo: readOnly.name,
      fields: { key: written.name },
    });
    const offboardedMs = addDeparture(b, login, emailOf(login), 4, 'leftovers');
    for (const ago of [5, 2]) {
      addEvent(b, {
        atMs: b.clock.msDaysAgo(ago),
        action: 'repo.download_zip',
        actor: login,
        repo: home.name,
      });
    }
    addEvent(b, { atMs: offboardedMs + 3 * HOUR_MS, action: 'git.clone', actor: login, repo: home.name });
  }

  // email-only: HR sends only an address that differs from the login.
  {
    const login = CAST.departEmailOnly;
    joinTeams(b, login, 1);
    addPatGrant(b, login, {
      name: 'notebook',
      grantedAgo: 15,
      lifetimeDays: 30,
      lastUsedAgo: 1,
      repos: null,
    });
    addDeparture(b, login, EMAIL_ONLY_ADDRESS, 5, 'email-only');
  }

  // no-pre: joined 60 days ago, every grant is in the audit log for post to reconstruct.
  {
    const login = CAST.departNoPre;
    joined.set(login, 60);
    const { clock } = b;
    addEvent(b, {
      atMs: clock.msDaysAgo(60),
      action: 'org.add_member',
      actor: CAST.secopsLead,
      user: login,
      fields: { permission: 'read' },
    });
    for (const team of joinTeams(b, login, 1)) {
      addEvent(b, {
        atMs: clock.msDaysAgo(59.9),
        action: 'team.add_member',
        actor: CAST.secopsLead,
        user: login,
        fields: { team: `${ORG_LOGIN}/${team.slug}` },
      });
    }
    const repo = nextRepo();
    grantDirect(repo, login, 'push');
    addEvent(b, {
      atMs: clock.msDaysAgo(59),
      action: 'repo.add_member',
      actor: CAST.secopsLead,
      user: login,
      repo: repo.name,
      fields: { permission: 'write' },
    });
    const pat = addPatGrant(b, login, {
      name: 'onboarding',
      grantedAgo: 50,
      lifetimeDays: 90,
      lastUsedAgo: 3,
      repos: [repo.name],
    });
    addEvent(b, {
      atMs: clock.msDaysAgo(50),
      action: 'personal_access_token.access_granted',
      actor: login,
      user: login,
      fields: {
        token_id: pat.token_id,
        user_programmatic_access_name: pat.token_name,
        repository_selection: 'subset',
      },
    });
    const credential = addCredential(b, login, 'SSH key', { authorizedAgo: 58, accessedAgo: 1 });
    addEvent(b, {
      atMs: clock.msDaysAgo(58),
      action: 'org_credential_authorization.grant',
      actor: login,
      user: login,
      fields: {
        credential_id: credential.credential_id,
        credential_type: 'SSH key',
        fingerprint: credential.fingerprint,
      },
    });
    const key = addDeployKey(b, repo, login, 'qadams preview deploys', 40, 2);
    addEvent(b, {
      atMs: clock.msDaysAgo(40),
      action: 'public_key.create',
      actor: login,
      repo: repo.name,
      fields: {
        key_id: key.id,
        title: key.title,
        read_only: true,
        fingerprint: sshKeyFor(`${repo.name}/${key.id}`).fingerprint,
      },
    });
    addDeparture(b, login, emailOf(login), 6, 'no-pre');
  }

  // remediate: several kinds, for the action's opt-in revocation to remove.
  {
    const login = CAST.departRemediate;
    joinTeams(b, login, 1);
    const repo = nextRepo();
    grantDirect(repo, login, 'maintain');
    addPatGrant(b, login, {
      name: 'dashboards',
      grantedAgo: 10,
      lifetimeDays: 60,
      lastUsedAgo: 1,
      repos: null,
    });
    addCredential(b, login, 'SSH key', { authorizedAgo: 90, accessedAgo: 1 });
    addDeployKey(b, repo, login, 'rsingh metrics exporter', 30, 1);
    addRepoInvitation(b, nextRepo(), login, 'read');
    addDeparture(b, login, emailOf(login), 2, 'remediate');
  }
  return joined;
}

function addDeparture(
  b: Builder,
  login: string,
  email: string,
  hoursBeforeNow: number,
  kind: DepartureKind,
): number {
  const offboardedMs = b.clock.nowMs - hoursBeforeNow * HOUR_MS;
  b.departures.push({ login, email, offboarded_at: isoAt(offboardedMs), kind });
  return offboardedMs;
}

function joinTeams(b: Builder, login: string, count: number): SimTeam[] {
  const teams = b.rng.sample(b.org.teams, count);
  for (const team of teams) team.members.push({ login, role: 'member' });
  return teams;
}

function grantDirect(repo: SimRepo, login: string, permission: SimRepoPermission): void {
  repo.collaborators.push({ login, permission });
}

function addDeployKey(
  b: Builder,
  repo: SimRepo,
  login: string,
  title: string,
  createdAgo: number,
  lastUsedAgo: number,
) {
  const id = b.ids.id('deploy-key');
  const key = {
    id,
    key: sshKeyFor(`${repo.name}/${id}`).key,
    title,
    read_only: true,
    verified: true,
    created_at: b.clock.daysAgo(createdAgo),
    last_used: b.clock.daysAgo(lastUsedAgo),
    added_by: login,
    enabled: true,
  };
  repo.deploy_keys.push(key);
  return key;
}

function addOrgInvitation(b: Builder, email: string): void {
  const id = b.ids.id('invitation');
  b.org.invitations.push({
    id,
    node_id: b.ids.nodeId('invitation', id),
    login: null,
    email,
    role: 'admin',
    created_at: b.clock.daysAgo(3),
    inviter: CAST.secopsLead,
    team_slugs: [],
    invitation_source: 'member',
    failed_at: null,
    failed_reason: null,
  });
}

function addRepoInvitation(
  b: Builder,
  repo: SimRepo,
  login: string,
  permissions: 'read' | 'write' | 'admin',
): void {
  const id = b.ids.id('repo-invitation');
  const createdAt = b.clock.daysAgo(4);
  repo.invitations.push({
    id,
    node_id: b.ids.nodeId('repo-invitation', id),
    invitee: login,
    inviter: CAST.secopsLead,
    permissions,
    created_at: createdAt,
    expired: false,
  });
  // As GitHub logs every invitation it makes (the audit reads invitations where the log shows one).
  addEvent(b, {
    atMs: Date.parse(createdAt),
    action: 'repository_invitation.create',
    actor: CAST.secopsLead,
    repo: repo.name,
    fields: { invitee: login, permission: permissions },
  });
}
