// A denied field under a repository (issue 10, item 2): the repository stays in the snapshot,
// named, with everything else that could be read, and one gap for that repository and part
// that says which permission would fix it. Each field the repository query asks for is denied
// in turn, on every repository and on one only.
import { afterEach, describe, expect, it } from '@jest/globals';
import { fixtureScenario } from './fixture-org.js';
import { simulatedClient } from './sim-helpers.js';
import { collectRepositories } from '../../../src/collectors/collect-repositories.js';
import { Coverage } from '../../../src/collectors/coverage.js';
import { quietLogger, type CollectContext } from '../../../src/collectors/context.js';
import { REPOSITORY_FIELDS } from '../../../src/collectors/queries/repositories.js';
import type { Simulator } from '../../../simulator/index.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function context(): Promise<CollectContext> {
  const started = await simulatedClient(fixtureScenario());
  sim = started.sim;
  return { client: started.client, org: 'acme', coverage: new Coverage(), logger: quietLogger };
}

const PART: Record<(typeof REPOSITORY_FIELDS)[number], string> = {
  databaseId: 'database-id',
  visibility: 'visibility',
  isArchived: 'archived',
  pushedAt: 'pushed-at',
  deployKeys: 'deploy-keys',
  environments: 'environments',
  collaborators: 'collaborators',
};

const NAMES = ['acme/api', 'acme/service-1', 'acme/service-2'];

describe('a denied field under a repository', () => {
  it.each(REPOSITORY_FIELDS)('%s: every repository stays, each with its own gap naming the permission', async (field) => {
    const ctx = await context();
    sim!.switches.denials = [{ match: `graphql:Repository.${field}` }];
    const result = await collectRepositories(ctx);
    expect(result.repositories.map((r) => r.nameWithOwner).sort()).toEqual(NAMES);
    const resources = ctx.coverage.gaps.map((g) => g.resource).sort();
    expect(resources).toEqual(NAMES.map((name) => `repo:${name}/${PART[field]}`));
    for (const gap of ctx.coverage.gaps) expect(gap.reason).toMatch(/^GraphQL FORBIDDEN: .* — the token needs the .* permission/);
    // What was not denied is still read: alice's admin grant on acme/api unless collaborators were denied.
    const aliceOnApi = result.collaborators.some((c) => c.login === 'alice' && c.repo === 'acme/api');
    expect(aliceOnApi).toBe(field !== 'collaborators');
    const api = result.repositories.find((r) => r.nameWithOwner === 'acme/api');
    expect(api?.environments).toEqual(field === 'environments' ? [] : ['production']);
    expect(api?.deployKeyCount).toBe(field === 'deployKeys' ? 0 : 1);
  });

  it('a denial on one repository leaves the others whole', async () => {
    const ctx = await context();
    sim!.switches.denials = [{ match: 'graphql:Repository.deployKeys', on: 'acme/service-1' }];
    const result = await collectRepositories(ctx);
    expect(result.repositories.map((r) => r.nameWithOwner).sort()).toEqual(NAMES);
    expect(ctx.coverage.gaps.map((g) => g.resource)).toEqual(['repo:acme/service-1/deploy-keys']);
    expect(result.repositories.find((r) => r.nameWithOwner === 'acme/api')?.deployKeyCount).toBe(1);
  });

  it('two denied fields are both left out, and both named', async () => {
    const ctx = await context();
    sim!.switches.denials = [{ match: 'graphql:Repository.deployKeys' }, { match: 'graphql:Repository.environments' }];
    const result = await collectRepositories(ctx);
    expect(result.repositories).toHaveLength(3);
    expect(ctx.coverage.gaps.map((g) => g.resource).filter((r) => r.startsWith('repo:acme/api/')).sort()).toEqual([
      'repo:acme/api/deploy-keys',
      'repo:acme/api/environments',
    ]);
  });

  it('a denied name cannot be recovered: the repository list is marked incomplete', async () => {
    const ctx = await context();
    sim!.switches.denials = [{ match: 'graphql:Repository.nameWithOwner' }];
    const result = await collectRepositories(ctx);
    expect(result.repositories).toHaveLength(0);
    expect([...new Set(ctx.coverage.gaps.map((g) => g.resource))]).toEqual(['org:acme/repositories']);
    expect(ctx.coverage.gaps[0].reason).toMatch(/that repository is missing/);
  });

  it('per-person collection recovers the same way', async () => {
    const ctx = await context();
    sim!.switches.denials = [{ match: 'graphql:Repository.deployKeys' }];
    const result = await collectRepositories(ctx, 'dana');
    expect(result.repositories).toHaveLength(3);
    expect(result.collaborators.filter((c) => c.login === 'dana').map((c) => c.repo)).toEqual(['acme/api']);
    expect(ctx.coverage.gaps.map((g) => g.resource)).toContain('repo:acme/api/deploy-keys');
  });
});
