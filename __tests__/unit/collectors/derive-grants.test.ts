import { describe, expect, it } from '@jest/globals';
import { deriveGrants } from '../../../src/collectors/derive-grants.js';
import type { Team } from '../../../src/model.js';

const teams: Team[] = [
  {
    slug: 'platform',
    name: 'Platform',
    parentSlug: null,
    members: [{ login: 'bob', role: 'maintainer' }],
    repositories: [{ repo: 'acme/api', permission: 'write' }],
  },
  {
    slug: 'platform-sre',
    name: 'SRE',
    parentSlug: 'platform',
    members: [{ login: 'carol', role: 'member' }],
    repositories: [{ repo: 'acme/ops', permission: 'admin' }],
  },
];

describe('deriveGrants', () => {
  it('a direct collaborator gets a direct source with the edge permission', () => {
    const grants = deriveGrants({
      collaborators: [
        {
          login: 'alice',
          repo: 'acme/api',
          permission: 'admin',
          sources: [{ kind: 'direct', permission: 'admin' }],
        },
      ],
      teams: [],
      members: new Set(['alice']),
      defaultRepositoryPermission: 'none',
    });
    expect(grants).toEqual([
      {
        login: 'alice',
        repo: 'acme/api',
        permission: 'admin',
        sources: [{ kind: 'direct', permission: 'admin' }],
        outsideCollaborator: false,
      },
    ]);
  });

  it('team members get their team’s repositories, and child-team members inherit the parent’s', () => {
    const grants = deriveGrants({
      collaborators: [],
      teams,
      members: new Set(['bob', 'carol']),
      defaultRepositoryPermission: 'none',
    });
    const byKey = Object.fromEntries(grants.map((g) => [`${g.login} ${g.repo}`, g]));
    expect(byKey['bob acme/api']).toMatchObject({
      permission: 'write',
      sources: [{ kind: 'team', team: 'platform' }],
    });
    expect(byKey['carol acme/ops']).toMatchObject({
      permission: 'admin',
      sources: [{ kind: 'team', team: 'platform-sre' }],
    });
    expect(byKey['carol acme/api']).toMatchObject({
      permission: 'write',
      sources: [{ kind: 'team', team: 'platform' }],
    });
    // Near miss: a parent-team member does not get the child team's repositories.
    expect(byKey['bob acme/ops']).toBeUndefined();
  });

  it('merges sources and keeps the strongest permission; base permission is added for members only', () => {
    const grants = deriveGrants({
      collaborators: [
        {
          login: 'bob',
          repo: 'acme/api',
          permission: 'read',
          sources: [
            { kind: 'direct', permission: 'read' },
            { kind: 'team', team: 'platform', permission: 'write' },
          ],
        },
        { login: 'dana', repo: 'acme/api', permission: 'write', sources: [] },
      ],
      teams,
      members: new Set(['bob', 'carol']),
      defaultRepositoryPermission: 'read',
    });
    const bob = grants.find((g) => g.login === 'bob' && g.repo === 'acme/api');
    expect(bob?.permission).toBe('write');
    // Each source says what it gives: the direct grant is only read, the team gives write.
    expect(bob?.sources).toEqual([
      { kind: 'direct', permission: 'read' },
      { kind: 'team', team: 'platform', permission: 'write' },
      { kind: 'organization', permission: 'read' },
    ]);
    const dana = grants.find((g) => g.login === 'dana');
    expect(dana).toEqual({
      login: 'dana',
      repo: 'acme/api',
      permission: 'write',
      sources: [{ kind: 'direct', permission: 'write' }],
      outsideCollaborator: true,
    });
  });

  it('an organization source reported by GitHub is kept, a NONE base is not a source', () => {
    const grants = deriveGrants({
      collaborators: [
        {
          login: 'erin',
          repo: 'acme/api',
          permission: 'write',
          sources: [{ kind: 'organization', permission: 'write' }],
        },
        {
          login: 'fay',
          repo: 'acme/api',
          permission: 'read',
          sources: [
            { kind: 'organization', permission: 'none' },
            { kind: 'direct', permission: 'read' },
          ],
        },
      ],
      teams: [],
      members: new Set(['erin', 'fay']),
      defaultRepositoryPermission: null,
    });
    expect(grants.find((g) => g.login === 'erin')?.sources).toEqual([{ kind: 'organization', permission: 'write' }]);
    expect(grants.find((g) => g.login === 'fay')?.sources).toEqual([{ kind: 'direct', permission: 'read' }]);
  });
});
