// Who can reach a repository, and through what: direct grants, teams (a child team inherits
// its parent's repositories), the organization's base permission and owner rights. Shared by
// the REST collaborator list and GraphQL `collaborators(affiliation: ALL)`.

import { findBy, indexBy } from '../indexes.js';
import type { SimOrg, SimRepo, SimRepoPermission, SimTeam } from '../state.js';

export const PERMISSION_ORDER: SimRepoPermission[] = ['pull', 'triage', 'push', 'maintain', 'admin'];

export function higher(a: SimRepoPermission, b: SimRepoPermission): SimRepoPermission {
  return PERMISSION_ORDER.indexOf(a) >= PERMISSION_ORDER.indexOf(b) ? a : b;
}

export type AccessSource =
  | { kind: 'repository'; permission: SimRepoPermission }
  | { kind: 'team'; permission: SimRepoPermission; team: SimTeam }
  | { kind: 'organization'; permission: SimRepoPermission };

export interface RepoAccess {
  login: string;
  permission: SimRepoPermission;
  sources: AccessSource[];
  direct: boolean;
  outside: boolean;
}

export function childTeams(org: SimOrg, slug: string): SimTeam[] {
  const children = org.teams.filter((t) => t.parent_slug === slug);
  return children.flatMap((c) => [c, ...childTeams(org, c.slug)]);
}

/** Team members; with `includeChildren` also the members of every descendant team (GitHub's `membership: ALL`). */
export function teamMembers(org: SimOrg, team: SimTeam, includeChildren: boolean): SimTeam['members'] {
  const teams = includeChildren ? [team, ...childTeams(org, team.slug)] : [team];
  const seen = new Map<string, SimTeam['members'][number]>();
  for (const t of teams)
    for (const m of t.members)
      if (!seen.has(m.login)) seen.set(m.login, t === team ? m : { login: m.login, role: 'member' });
  return [...seen.values()];
}

function basePermission(org: SimOrg): SimRepoPermission | null {
  switch (org.default_repository_permission) {
    case 'read':
      return 'pull';
    case 'write':
      return 'push';
    case 'admin':
      return 'admin';
    default:
      return null;
  }
}

/**
 * Everyone with access to the repo, each with the highest permission and every source.
 * `directOnly` limits the answer to direct collaborators (still with all their sources), which
 * keeps `affiliation=direct|outside` cheap in large orgs where the base permission reaches everyone.
 */
export function repoAccess(org: SimOrg, repo: SimRepo, directOnly = false): RepoAccess[] {
  const byLogin = new Map<string, RepoAccess>();
  const outside = new Set(org.outside_collaborators.map((o) => o.toLowerCase()));
  const direct = directOnly ? new Set(repo.collaborators.map((c) => c.login.toLowerCase())) : undefined;
  const add = (login: string, source: AccessSource, isDirect: boolean): void => {
    if (direct && !direct.has(login.toLowerCase())) return;
    const entry = byLogin.get(login) ?? {
      login,
      permission: source.permission,
      sources: [],
      direct: false,
      outside: outside.has(login.toLowerCase()),
    };
    entry.permission = higher(entry.permission, source.permission);
    entry.sources.push(source);
    entry.direct ||= isDirect;
    byLogin.set(login, entry);
  };
  for (const c of repo.collaborators) add(c.login, { kind: 'repository', permission: c.permission }, true);
  for (const team of org.teams) {
    // A team's repositories reach its members and, by inheritance, the members of its child teams.
    const ancestors: SimTeam[] = [];
    let current: SimTeam | undefined = team;
    while (current) {
      ancestors.push(current);
      const parentSlug: string | null = current.parent_slug;
      // By index (a scan per parent is quadratic in teams).
      current = parentSlug
        ? findBy(org.teams, 'slug', (t) => t.slug, parentSlug, (t) => t.slug === parentSlug)
        : undefined;
    }
    for (const granting of ancestors) {
      // By index: a team's grants are added and removed (the index follows the length), never
      // renamed in place, so a miss is a miss.
      const grant = indexBy(granting.repos, 'repo', (r) => r.repo)
        .get(repo.name)
        ?.find((r) => r.repo === repo.name);
      if (!grant) continue;
      for (const m of team.members)
        add(m.login, { kind: 'team', permission: grant.permission, team: granting }, false);
    }
  }
  const base = basePermission(org);
  // Only the direct collaborators can be added: look their memberships up instead of going
  // through every member for every repository (each login's sources come out in the same order).
  const members = direct
    ? [...direct].flatMap(
        (login) => indexBy(org.members, 'lowerLogin', (m) => m.login.toLowerCase()).get(login)?.filter((m) => m.login.toLowerCase() === login) ?? [],
      )
    : org.members;
  for (const m of members) {
    if (m.role === 'admin') add(m.login, { kind: 'organization', permission: 'admin' }, false);
    else if (base) add(m.login, { kind: 'organization', permission: base }, false);
  }
  // One source per team even when a member sits in several child teams of it.
  for (const entry of byLogin.values()) {
    const seen = new Set<string>();
    entry.sources = entry.sources.filter((s) => {
      const key = s.kind === 'team' ? `team:${s.team.slug}:${s.permission}` : `${s.kind}:${s.permission}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return [...byLogin.values()].sort((a, b) => a.login.localeCompare(b.login));
}
