import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { buildScenario } from './fixture.js';
import { graphql } from './http.js';
import type { Json } from './http.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ scenario: buildScenario({ extraMembers: 230 }) });
});
afterAll(() => sim.close());

describe('GraphQL validation against GitHub schema', () => {
  it('rejects a field GitHub lacks with GitHub wording and no data', async () => {
    const r = await graphql(sim, '{ organization(login: "acme") { login lastLoginAt } }');
    expect(r.status).toBe(200);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors[0].message).toBe("Field 'lastLoginAt' doesn't exist on type 'Organization'");
    expect(r.body.errors[0].extensions.code).toBe('undefinedField');
  });

  it('accepts the same query without the unknown field', async () => {
    const r = await graphql(sim, '{ organization(login: "acme") { login databaseId } }');
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.organization).toEqual({ login: 'acme', databaseId: 9000 });
  });

  it('rejects first: 101 and a connection without first/last', async () => {
    const over = await graphql(
      sim,
      '{ organization(login: "acme") { membersWithRole(first: 101) { totalCount } } }',
    );
    expect(over.body.errors[0].message).toBe(
      'Requesting 101 records on the `membersWithRole` connection exceeds the `first` limit of 100 records.',
    );
    expect(over.body.errors[0].type).toBe('EXCESSIVE_PAGINATION');
    const none = await graphql(sim, '{ organization(login: "acme") { membersWithRole { totalCount } } }');
    expect(none.body.errors[0].message).toBe(
      'You must provide a `first` or `last` value to properly paginate the `membersWithRole` connection.',
    );
    const ok = await graphql(
      sim,
      '{ organization(login: "acme") { membersWithRole(first: 100) { totalCount } } }',
    );
    expect(ok.body.data.organization.membersWithRole.totalCount).toBe(233);
  });

  it('checks bounds given through variables too', async () => {
    const q = 'query($n: Int!) { organization(login: "acme") { teams(first: $n) { totalCount } } }';
    expect((await graphql(sim, q, { n: 500 })).body.errors[0].type).toBe('EXCESSIVE_PAGINATION');
    expect((await graphql(sim, q, { n: 5 })).body.data.organization.teams.totalCount).toBe(2);
  });

  it('pages over more than 100 members with opaque cursors', async () => {
    const q = `query($after: String) { organization(login: "acme") { membersWithRole(first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor role hasTwoFactorEnabled node { login } } } } }`;
    const logins: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r = await graphql(sim, q, { after });
      const conn = r.body.data.organization.membersWithRole;
      logins.push(...conn.edges.map((e: Json) => e.node.login));
      pages += 1;
      expect(conn.pageInfo.endCursor).not.toMatch(/^\d+$/);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(logins).toHaveLength(233);
    expect(new Set(logins).size).toBe(233);
    expect(logins[0]).toBe('alice');
  });

  it('computes cost with the documented formula and charges the budget', async () => {
    const before = sim.switches.rateLimit.graphql.remaining;
    // 1 (repositories) + 100 (collaborators) + 100 (deployKeys) = 201 requests → 2 points.
    const q = `{ rateLimit { cost remaining nodeCount } organization(login: "acme") {
      repositories(first: 100) { nodes { name collaborators(first: 100) { totalCount } deployKeys(first: 100) { totalCount } } } } }`;
    const r = await graphql(sim, q);
    expect(r.body.data.rateLimit.cost).toBe(2);
    expect(r.body.data.rateLimit.nodeCount).toBe(100 + 10000 + 10000);
    expect(r.body.data.rateLimit.remaining).toBe(before - 2);
    expect(r.headers.get('x-ratelimit-resource')).toBe('graphql');
    expect(r.headers.get('x-ratelimit-remaining')).toBe(String(before - 2));
    expect(sim.log.at(-1)).toMatchObject({ route: 'POST /graphql', cost: 2, status: 200 });
    // A dry run reports the cost without spending it.
    const dry = await graphql(sim, q.replace('rateLimit {', 'rateLimit(dryRun: true) {'));
    expect(dry.body.data.rateLimit).toMatchObject({ cost: 2, remaining: before - 2 });
    expect(sim.switches.rateLimit.graphql.remaining).toBe(before - 2);
    // A small query costs the minimum of one point.
    const small = await graphql(sim, '{ rateLimit { cost } viewer { login } }');
    expect(small.body.data).toEqual({ rateLimit: { cost: 1 }, viewer: { login: 'sentinel-bot' } });
  });
});

describe('GraphQL data', () => {
  it('serves collaborators by affiliation with permission sources', async () => {
    const q = `query($aff: CollaboratorAffiliation) { repository(owner: "acme", name: "api") { collaborators(first: 50, affiliation: $aff) {
      edges { permission node { login } permissionSources { permission roleName source { __typename ... on Team { slug } ... on Organization { login } ... on Repository { nameWithOwner } } } } } } }`;
    const all = (await graphql(sim, q, { aff: 'ALL' })).body.data.repository.collaborators.edges;
    const byLogin = Object.fromEntries(all.map((e: Json) => [e.node.login, e]));
    expect(byLogin.alice.permission).toBe('ADMIN');
    expect(byLogin.bob.permission).toBe('ADMIN');
    expect(byLogin.bob.permissionSources.map((s: Json) => s.source.__typename).sort()).toEqual([
      'Organization',
      'Repository',
      'Team',
    ]);
    // carol sits in `platform`, a child of `eng`, so she inherits eng's write on api.
    expect(byLogin.carol.permission).toBe('WRITE');
    expect(
      byLogin.carol.permissionSources.find((s: Json) => s.source.__typename === 'Team').source.slug,
    ).toBe('eng');
    const direct = (await graphql(sim, q, { aff: 'DIRECT' })).body.data.repository.collaborators.edges.map(
      (e: Json) => e.node.login,
    );
    expect(direct.sort()).toEqual(['bob', 'dave']);
    const outside = (await graphql(sim, q, { aff: 'OUTSIDE' })).body.data.repository.collaborators.edges.map(
      (e: Json) => e.node.login,
    );
    expect(outside).toEqual(['dave']);
  });

  it('includes child-team members with membership ALL but not IMMEDIATE', async () => {
    const q = `query($m: TeamMembershipType) { organization(login: "acme") { team(slug: "eng") { members(first: 10, membership: $m) { edges { role node { login } } } } } }`;
    const all = (await graphql(sim, q, { m: 'ALL' })).body.data.organization.team.members.edges.map(
      (e: Json) => e.node.login,
    );
    const immediate = (await graphql(sim, q, { m: 'IMMEDIATE' })).body.data.organization.team.members.edges;
    expect(all.sort()).toEqual(['bob', 'carol']);
    expect(immediate).toEqual([{ role: 'MAINTAINER', node: { login: 'bob' } }]);
  });

  it('serves contributions inside a year and rejects a longer span', async () => {
    const q = `query($from: DateTime, $to: DateTime) { user(login: "bob") { contributionsCollection(organizationID: "O_9000", from: $from, to: $to) {
      hasAnyContributions totalCommitContributions commitContributionsByRepository(maxRepositories: 10) {
        repository { nameWithOwner } contributions(first: 1, orderBy: { field: OCCURRED_AT, direction: DESC }) { totalCount nodes { occurredAt commitCount } } }
      pullRequestContributionsByRepository { repository { nameWithOwner } contributions(first: 5) { nodes { occurredAt } } } } } }`;
    const r = await graphql(sim, q, { from: '2026-01-01T00:00:00Z', to: '2026-11-27T00:00:00Z' });
    const c = r.body.data.user.contributionsCollection;
    expect(c.totalCommitContributions).toBe(5);
    expect(c.commitContributionsByRepository[0]).toEqual({
      repository: { nameWithOwner: 'acme/api' },
      contributions: { totalCount: 2, nodes: [{ occurredAt: '2026-11-01T00:00:00Z', commitCount: 2 }] },
    });
    expect(c.pullRequestContributionsByRepository[0].repository.nameWithOwner).toBe('acme/web');
    const narrow = await graphql(sim, q, { from: '2026-11-02T00:00:00Z', to: '2026-11-27T00:00:00Z' });
    expect(narrow.body.data.user.contributionsCollection.hasAnyContributions).toBe(false);
    const exactlyAYear = await graphql(sim, q, { from: '2025-11-27T00:00:00Z', to: '2026-11-27T00:00:00Z' });
    expect(exactlyAYear.body.errors).toBeUndefined();
    const long = await graphql(sim, q, { from: '2025-11-26T23:59:59Z', to: '2026-11-27T00:00:00Z' });
    expect(long.body.data.user).toBeNull();
    expect(long.body.errors[0].message).toBe(
      "The total time spanned by 'from' and 'to' must not exceed 1 year",
    );
  });

  it('serves SAML identities, and null without SAML SSO', async () => {
    const q = `{ organization(login: "acme") { samlIdentityProvider { externalIdentities(first: 10) { nodes { guid user { login } samlIdentity { nameId emails { value primary } } } } } } }`;
    const nodes = (await graphql(sim, q)).body.data.organization.samlIdentityProvider.externalIdentities
      .nodes;
    expect(nodes[0]).toEqual({
      guid: 'g-1',
      user: { login: 'bob' },
      samlIdentity: { nameId: 'bob@acme.example', emails: [{ value: 'bob@acme.example', primary: true }] },
    });
    expect(nodes[1].user).toBeNull();
    const plain = await startSimulator({ scenario: buildScenario({ samlSso: false }) });
    try {
      expect((await graphql(plain, q)).body.data.organization.samlIdentityProvider).toBeNull();
    } finally {
      await plain.close();
    }
  });

  it('answers NOT_FOUND for another organization, and node() for known ids', async () => {
    const r = await graphql(sim, '{ organization(login: "other") { login } }');
    expect(r.body.data.organization).toBeNull();
    expect(r.body.errors[0].type).toBe('NOT_FOUND');
    const n = await graphql(
      sim,
      '{ node(id: "T_202") { __typename ... on Team { slug parentTeam { slug } } } }',
    );
    expect(n.body.data.node).toEqual({ __typename: 'Team', slug: 'platform', parentTeam: { slug: 'eng' } });
  });

  it('denies a field with FORBIDDEN and data null at that path', async () => {
    sim.switches.denials.push({ match: 'graphql:Repository.collaborators' });
    try {
      const r = await graphql(
        sim,
        '{ repository(owner: "acme", name: "api") { name collaborators(first: 5) { totalCount } } }',
      );
      expect(r.body.data).toEqual({ repository: { name: 'api', collaborators: null } });
      expect(r.body.errors[0]).toMatchObject({
        type: 'FORBIDDEN',
        path: ['repository', 'collaborators'],
        message: 'Resource not accessible by integration',
      });
      // A non-null field's error nulls its nearest nullable parent, as graphql (and GitHub) do.
      sim.switches.denials[0] = { match: 'graphql:Repository.deployKeys' };
      const keys = await graphql(
        sim,
        '{ repository(owner: "acme", name: "api") { name deployKeys(first: 5) { totalCount } } }',
      );
      expect(keys.body.data).toEqual({ repository: null });
      expect(keys.body.errors[0].type).toBe('FORBIDDEN');
    } finally {
      sim.switches.denials.length = 0;
    }
  });

  it('answers RATE_LIMITED when the GraphQL budget is spent', async () => {
    const budget = sim.switches.rateLimit.graphql;
    const saved = budget.remaining;
    budget.remaining = 0;
    try {
      const r = await graphql(sim, '{ viewer { login } }');
      expect(r.status).toBe(200);
      expect(r.body.errors[0].type).toBe('RATE_LIMITED');
      expect(r.body.data).toBeUndefined();
    } finally {
      budget.remaining = saved;
    }
  });
});
