// The healthy organization around the planted cases: people, repositories, teams, grants,
// deploy keys, tokens, credentials, secrets and invitations, all inside the default thresholds
// (keys read-only and recently used, tokens short-lived and recently used, secrets rotated).
// Activity (contributions, audit events) is added later by the health pass.
import { emptySimRepo, type SimEnvironment, type SimRepo, type SimRepoPermission } from '../state.js';
import { buildAccessIndex, isWritePermission } from './access.js';
import {
  ACTION_REPO_NAME,
  activeRepos,
  addMember,
  addRepo,
  addUser,
  EMAIL_DOMAIN,
  type Builder,
} from './builder.js';
import { CAST, CAST_PEOPLE, ORDINARY_CAST } from './cast.js';
import { generateCredentials, generatePatGrants, generateSecrets } from './credentials.js';
import { sshKeyFor } from './ids.js';
import { personNames, repoNames, teamName, teamSlugs } from './names.js';

export interface OrgSize {
  repos: number;
  people: number;
  teams: number;
}

export const MIN_SIZE: OrgSize = { repos: 30, people: CAST_PEOPLE + 15, teams: 4 };

const ENVIRONMENT_NAMES = ['production', 'staging', 'preview'];

export function generateBackground(b: Builder, size: OrgSize): void {
  if (size.repos < MIN_SIZE.repos || size.people < MIN_SIZE.people || size.teams < MIN_SIZE.teams) {
    throw new Error(
      `scenario: size too small (need at least ${MIN_SIZE.repos} repos, ${MIN_SIZE.people} people, ${MIN_SIZE.teams} teams)`,
    );
  }
  generateRepos(b, size.repos);
  const people = generatePeople(b, size.people - CAST_PEOPLE);
  generateTeams(b, size.teams, [...people.members, ...ORDINARY_CAST]);
  generateDirectGrants(b, people.members, people.outside);
  const holders = [...people.members, ...ORDINARY_CAST];
  generateDeployKeys(b);
  generatePatGrants(b, holders);
  generateCredentials(b, holders);
  generateSecrets(b);
  generateInvitations(b, Math.max(2, Math.round(size.people / 100)));
}

function generateRepos(b: Builder, count: number): void {
  const { rng, clock, ids } = b;
  const names = [ACTION_REPO_NAME, ...repoNames(rng, count - 1, new Set([ACTION_REPO_NAME]))];
  const archived = new Set(rng.sample(names.slice(1), Math.max(3, Math.round(count * 0.08))));
  for (const name of names) {
    const id = ids.id('repo');
    const isArchived = archived.has(name);
    const pushedAt = isArchived
      ? clock.daysAgo(rng.int(400, 900))
      : clock.daysAgo(rng.int(0, 30) + rng.next());
    const roll = rng.next();
    addRepo(
      b,
      emptySimRepo(id, name, clock.daysAgo(rng.int(950, 1800)), {
        node_id: ids.nodeId('repo', id),
        visibility:
          name === ACTION_REPO_NAME ? 'private' : roll < 0.1 ? 'public' : roll < 0.3 ? 'internal' : 'private',
        archived: isArchived,
        updated_at: pushedAt,
        pushed_at: pushedAt,
      }),
    );
  }
  const withEnvironments = rng.sample(
    activeRepos(b).filter((repo) => repo.name !== ACTION_REPO_NAME),
    Math.max(4, Math.round(count * 0.1)),
  );
  for (const repo of withEnvironments) {
    const envCount = rng.int(1, 2);
    for (const name of ENVIRONMENT_NAMES.slice(0, envCount)) repo.environments.push(newEnvironment(b, name));
  }
}

export function newEnvironment(b: Builder, name: string): SimEnvironment {
  const createdAgo = b.rng.int(100, 900);
  return {
    id: b.ids.id('environment'),
    name,
    created_at: b.clock.daysAgo(createdAgo),
    updated_at: b.clock.daysAgo(b.rng.int(1, 90)),
    secrets: [],
  };
}

function generatePeople(b: Builder, count: number): { members: string[]; outside: string[] } {
  const { rng } = b;
  const taken = new Set(b.users.keys());
  const names = personNames(rng, count, taken);
  const ownerCount = Math.max(2, Math.ceil(count * 0.05));
  const outsideCount = Math.max(2, Math.ceil(count * 0.06));
  const members: string[] = [];
  const outside: string[] = [];
  names.forEach((person, i) => {
    if (i < ownerCount) {
      addMember(b, person.login, person.name, 'admin');
      members.push(person.login);
    } else if (i < ownerCount + outsideCount) {
      addUser(b, person.login, person.name);
      b.org.outside_collaborators.push(person.login);
      outside.push(person.login);
    } else {
      addMember(b, person.login, person.name, 'member');
      members.push(person.login);
    }
  });
  return { members, outside };
}

function pickPermission(b: Builder): SimRepoPermission {
  const roll = b.rng.next();
  if (roll < 0.35) return 'pull';
  if (roll < 0.4) return 'triage';
  if (roll < 0.8) return 'push';
  if (roll < 0.92) return 'maintain';
  return 'admin';
}

function generateTeams(b: Builder, count: number, candidates: string[]): void {
  const { rng, clock, ids } = b;
  const slugs = teamSlugs(rng, count);
  const repos = b.org.repos;
  slugs.forEach((slug, i) => {
    const id = ids.id('team');
    // Team 1 is nested under team 0 in every scenario; large organizations nest a few more.
    let parent: string | null = i === 1 ? slugs[0] : null;
    if (i > 2 && count > 20 && rng.chance(0.1)) {
      const roots = b.org.teams.filter((team) => team.parent_slug === null);
      parent = rng.pick(roots).slug;
    }
    const teamRepos = rng.sample(repos, rng.int(2, 6)).map((repo) => ({
      repo: repo.name,
      // Archived repositories are read-only; teams keep read access to them only.
      permission: repo.archived ? ('pull' as const) : pickPermission(b),
    }));
    b.org.teams.push({
      id,
      node_id: ids.nodeId('team', id),
      slug,
      name: teamName(slug),
      privacy: rng.chance(0.1) ? 'secret' : 'closed',
      parent_slug: parent,
      created_at: clock.daysAgo(rng.int(400, 1500)),
      members: [],
      repos: teamRepos,
    });
  });
  const teams = b.org.teams;
  for (const login of candidates) {
    const roll = rng.next();
    const howMany = roll < 0.1 ? 0 : roll < 0.7 ? 1 : 2;
    for (const team of rng.sample(teams, howMany)) {
      team.members.push({ login, role: rng.chance(0.15) ? 'maintainer' : 'member' });
    }
  }
  for (const team of teams) {
    if (team.members.length === 0) team.members.push({ login: rng.pick(candidates), role: 'maintainer' });
  }
}

function generateDirectGrants(b: Builder, members: string[], outside: string[]): void {
  const { rng } = b;
  const active = activeRepos(b);
  const grant = (login: string, repo: SimRepo, permission: SimRepoPermission): void => {
    if (!repo.collaborators.some((collaborator) => collaborator.login === login)) {
      repo.collaborators.push({ login, permission });
    }
  };
  for (const login of members) {
    if (rng.chance(0.2))
      grant(login, rng.pick(active), rng.pick(['push', 'admin', 'pull', 'triage', 'maintain'] as const));
  }
  for (const login of outside) {
    for (const repo of rng.sample(active, rng.int(1, 2)))
      grant(login, repo, rng.chance(0.6) ? 'push' : 'pull');
  }
}

function generateDeployKeys(b: Builder): void {
  const { rng, clock, ids } = b;
  const index = buildAccessIndex(b.org);
  const writersByRepo = new Map<string, string[]>();
  for (const [login, repos] of index) {
    if (b.reserved.has(login)) continue;
    for (const [repo, access] of repos) {
      if (!isWritePermission(access.permission)) continue;
      const writers = writersByRepo.get(repo) ?? [];
      writers.push(login);
      writersByRepo.set(repo, writers);
    }
  }
  const repos = rng.sample(activeRepos(b), Math.max(3, Math.round(b.org.repos.length * 0.15)));
  for (const repo of repos) {
    const keyCount = rng.chance(0.3) ? 2 : 1;
    for (let n = 0; n < keyCount; n++) {
      const writers = writersByRepo.get(repo.name) ?? [];
      const roll = rng.next();
      // ci-bot's keys predate the audit window: ci-bot stays without any activity.
      const addedBy =
        roll < 0.35 || writers.length === 0 ? CAST.ciBot : roll < 0.5 ? null : rng.pick(writers);
      const createdAgo = addedBy === CAST.ciBot || addedBy === null ? rng.int(400, 900) : rng.int(20, 700);
      const id = ids.id('deploy-key');
      repo.deploy_keys.push({
        id,
        key: sshKeyFor(`${repo.name}/${id}`).key,
        title: n === 0 ? `${repo.name} deploy` : `${repo.name} mirror`,
        read_only: true,
        verified: true,
        created_at: clock.daysAgo(createdAgo),
        last_used: clock.daysAgo(rng.int(0, 60) + rng.next()),
        added_by: addedBy,
        enabled: true,
      });
    }
  }
}

function generateInvitations(b: Builder, count: number): void {
  const { rng, clock, ids } = b;
  const owners = b.org.members
    .filter((member) => member.role === 'admin' && !b.manualActivity.has(member.login))
    .map((member) => member.login);
  const hires = personNames(rng, count, new Set(b.users.keys()));
  const seenEmails = new Set<string>();
  for (const hire of hires) {
    let email = `${hire.name.toLowerCase().replace(/ /g, '.')}@${EMAIL_DOMAIN}`;
    for (let n = 2; seenEmails.has(email); n++) email = email.replace('@', `${n}@`);
    seenEmails.add(email);
    const id = ids.id('invitation');
    b.org.invitations.push({
      id,
      node_id: ids.nodeId('invitation', id),
      login: null,
      email,
      role: 'direct_member',
      created_at: clock.daysAgo(rng.int(1, 25) + rng.next()),
      inviter: rng.pick(owners),
      team_slugs: [rng.pick(b.org.teams).slug],
      invitation_source: 'member',
      failed_at: null,
      failed_reason: null,
    });
  }
  const failedId = ids.id('invitation');
  b.org.failed_invitations.push({
    id: failedId,
    node_id: ids.nodeId('invitation', failedId),
    login: null,
    email: `contractor.${b.rng.int(100, 999)}@example.com`,
    role: 'direct_member',
    created_at: clock.daysAgo(20),
    inviter: rng.pick(owners),
    team_slugs: [],
    invitation_source: 'member',
    failed_at: clock.daysAgo(13),
    failed_reason: 'Invitation expired',
  });
  // People outside the organization with a repository invitation (pending, or expired and still listed).
  const externals = personNames(rng, 2 + Math.floor(b.org.users.length / 1000), new Set(b.users.keys()));
  const active = activeRepos(b);
  for (const external of externals) {
    const login = `ext-${external.login}`;
    addUser(b, login, external.name);
    const repo = rng.pick(active);
    const id = ids.id('repo-invitation');
    // In the order the generator has always drawn them, so the scenarios stay as they were.
    const inviter = rng.pick(owners);
    const permissions = rng.chance(0.5) ? 'write' : 'read';
    const age = rng.int(1, 20) + rng.next();
    repo.invitations.push({
      id,
      node_id: ids.nodeId('repo-invitation', id),
      invitee: login,
      inviter,
      permissions,
      created_at: clock.daysAgo(age),
      // As GitHub: an invitation expires after 7 days and stays listed until deleted.
      expired: age > 7,
    });
  }
}
