// Who can reach which repository, computed from the SimOrg the way GitHub resolves it:
// direct collaborator grants plus team grants, where a child team inherits its parent's
// repositories. Ownership and the base permission are left out on purpose: the rules treat
// them separately (stale-member reviews owners, the base permission here is `read`).
import type { SimOrg, SimRepoPermission } from '../state.js';

const RANK: Record<SimRepoPermission, number> = { pull: 0, triage: 1, push: 2, maintain: 3, admin: 4 };

export function isWritePermission(permission: SimRepoPermission): boolean {
  return RANK[permission] >= RANK.push;
}

export function strongerPermission(a: SimRepoPermission, b: SimRepoPermission): SimRepoPermission {
  return RANK[a] >= RANK[b] ? a : b;
}

export interface RepoAccess {
  permission: SimRepoPermission;
  /** `direct` or `team:<slug>` */
  sources: string[];
}

/** login → repository name → strongest permission and where it comes from. */
export type AccessIndex = Map<string, Map<string, RepoAccess>>;

export function buildAccessIndex(org: SimOrg): AccessIndex {
  const index: AccessIndex = new Map();
  const grant = (login: string, repo: string, permission: SimRepoPermission, source: string): void => {
    let repos = index.get(login);
    if (!repos) {
      repos = new Map();
      index.set(login, repos);
    }
    const existing = repos.get(repo);
    if (existing) {
      existing.permission = strongerPermission(existing.permission, permission);
      if (!existing.sources.includes(source)) existing.sources.push(source);
    } else {
      repos.set(repo, { permission, sources: [source] });
    }
  };
  for (const repo of org.repos) {
    for (const collaborator of repo.collaborators)
      grant(collaborator.login, repo.name, collaborator.permission, 'direct');
  }
  const teams = new Map(org.teams.map((team) => [team.slug, team]));
  for (const team of org.teams) {
    // The team's own repositories and those of every ancestor reach its immediate members.
    const reachable: { repo: string; permission: SimRepoPermission; slug: string }[] = [];
    const seen = new Set<string>();
    let current: SimOrg['teams'][number] | undefined = team;
    while (current && !seen.has(current.slug)) {
      seen.add(current.slug);
      for (const teamRepo of current.repos) reachable.push({ ...teamRepo, slug: current.slug });
      current = current.parent_slug ? teams.get(current.parent_slug) : undefined;
    }
    for (const member of team.members) {
      for (const teamRepo of reachable)
        grant(member.login, teamRepo.repo, teamRepo.permission, `team:${teamRepo.slug}`);
    }
  }
  return index;
}

export function archivedRepoNames(org: SimOrg): Set<string> {
  return new Set(org.repos.filter((repo) => repo.archived).map((repo) => repo.name));
}

/** Repositories on which the login holds write, maintain or admin, leaving out `skip` (archived ones). */
export function writableRepos(
  index: AccessIndex,
  login: string,
  skip: ReadonlySet<string> = new Set(),
): string[] {
  const result: string[] = [];
  for (const [repo, access] of index.get(login) ?? []) {
    if (isWritePermission(access.permission) && !skip.has(repo)) result.push(repo);
  }
  return result;
}
