// Who can reach which repository and why. Three sources, merged per (person, repository):
// direct collaboration (GraphQL permissionSources), team membership (team repositories × team
// members, child teams inheriting their parents' repositories, as GitHub does), and the
// organization's base permission.
//
// Base-permission grants are only attached to (person, repository) pairs that already have a
// direct or team grant: materialising members × repositories would be 50 million grants for a
// 10,000-person, 5,000-repository organization. `Snapshot.defaultRepositoryPermission` carries
// the base permission for rules that need the rest.
import { REPO_PERMISSIONS, type Grant, type GrantSource, type RepoPermission, type Team } from '../model.js';
import type { CollaboratorRecord } from './collect-repositories.js';

export interface GrantInputs {
  collaborators: CollaboratorRecord[];
  teams: Team[];
  /** Organization members; a LoginSet where logins may differ in case from the lists. */
  members: { has(login: string): boolean };
  defaultRepositoryPermission: RepoPermission | 'none' | null;
}

function stronger(a: RepoPermission, b: RepoPermission): RepoPermission {
  return REPO_PERMISSIONS.indexOf(a) <= REPO_PERMISSIONS.indexOf(b) ? a : b;
}

function sameSource(a: GrantSource, b: GrantSource): boolean {
  return a.kind === b.kind && (a.kind !== 'team' || (b.kind === 'team' && a.team === b.team));
}

/** Repositories each team reaches, its ancestors' included. */
function effectiveTeamRepositories(
  teams: Team[],
): Map<string, { repo: string; permission: RepoPermission; team: string }[]> {
  const bySlug = new Map(teams.map((t) => [t.slug, t]));
  const result = new Map<string, { repo: string; permission: RepoPermission; team: string }[]>();
  for (const team of teams) {
    const reach: { repo: string; permission: RepoPermission; team: string }[] = [];
    const seen = new Set<string>();
    for (
      let current: Team | undefined = team;
      current && !seen.has(current.slug);
      current = bySlug.get(current.parentSlug ?? '')
    ) {
      seen.add(current.slug);
      for (const r of current.repositories)
        reach.push({ repo: r.repo, permission: r.permission, team: current.slug });
    }
    result.set(team.slug, reach);
  }
  return result;
}

export function deriveGrants(inputs: GrantInputs): Grant[] {
  const grants = new Map<string, Grant>();
  const add = (login: string, repo: string, permission: RepoPermission, source: GrantSource) => {
    const key = `${login}\u0000${repo}`;
    const grant = grants.get(key);
    if (!grant) {
      grants.set(key, {
        login,
        repo,
        permission,
        sources: [{ ...source }],
        outsideCollaborator: !inputs.members.has(login),
      });
      return;
    }
    grant.permission = stronger(grant.permission, permission);
    const known = grant.sources.find((s) => sameSource(s, source));
    if (!known) grant.sources.push(source);
    else if (source.permission) known.permission = known.permission ? stronger(known.permission, source.permission) : source.permission;
  };

  for (const c of inputs.collaborators) {
    if (c.sources.length === 0) add(c.login, c.repo, c.permission, { kind: 'direct', permission: c.permission });
    for (const s of c.sources) {
      const permission = s.permission === 'none' ? c.permission : s.permission;
      if (s.kind === 'team' && s.team) add(c.login, c.repo, permission, { kind: 'team', team: s.team, permission });
      else if (s.kind === 'organization') {
        if (s.permission !== 'none') add(c.login, c.repo, permission, { kind: 'organization', permission });
      } else add(c.login, c.repo, permission, { kind: 'direct', permission });
    }
  }

  const reach = effectiveTeamRepositories(inputs.teams);
  for (const team of inputs.teams) {
    for (const member of team.members) {
      for (const r of reach.get(team.slug) ?? [])
        add(member.login, r.repo, r.permission, { kind: 'team', team: r.team, permission: r.permission });
    }
  }

  const base = inputs.defaultRepositoryPermission;
  if (base && base !== 'none') {
    for (const grant of grants.values()) {
      if (inputs.members.has(grant.login)) add(grant.login, grant.repo, base, { kind: 'organization', permission: base });
    }
  }
  return [...grants.values()];
}
