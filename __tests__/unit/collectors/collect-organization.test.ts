import { afterEach, describe, expect, it } from '@jest/globals';
import { fixtureScenario, NOW } from './fixture-org.js';
import { simulatedClient } from './sim-helpers.js';
import { collectOrganization } from '../../../src/collectors/collect-organization.js';
import { createClient } from '../../../src/github/client.js';
import { EtagCache } from '../../../src/github/etag-cache.js';
import type { Simulator } from '../../../simulator/index.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const options = { org: 'acme', now: new Date(NOW), activityWindowDays: 180 };

describe('collectOrganization', () => {
  it('assembles people, teams, grants with their sources, credentials, secrets and activity', async () => {
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    const snapshot = await collectOrganization(started.client, options);
    expect(snapshot.coverage).toEqual([]);
    expect(snapshot.defaultRepositoryPermission).toBe('read');

    const person = (login: string) => snapshot.people.find((p) => p.login === login);
    expect(person('alice')).toMatchObject({
      orgRole: 'owner',
      outsideCollaborator: false,
      verifiedEmails: ['alice@acme.example'],
    });
    expect(person('alice')?.samlIdentity).toEqual({
      nameId: 'alice@acme.example',
      username: 'alice@acme.example',
      emails: ['alice@acme.example'],
    });
    expect(person('dana')).toMatchObject({ orgRole: null, outsideCollaborator: true });
    expect(person('deploy-bot[bot]')?.bot).toBe(true);
    expect(person('bob')?.bot).toBe(false);

    const grant = (login: string) => snapshot.grants.find((g) => g.login === login && g.repo === 'acme/api');
    expect(grant('alice')).toMatchObject({
      permission: 'admin',
      sources: expect.arrayContaining([{ kind: 'direct', permission: 'admin' }, { kind: 'organization', permission: 'admin' }]),
    });
    expect(grant('bob')?.sources).toEqual(
      expect.arrayContaining([{ kind: 'team', team: 'platform', permission: 'write' }, { kind: 'organization', permission: 'read' }]),
    );
    expect(grant('bob')?.sources.some((source) => source.kind === 'direct')).toBe(false);
    expect(grant('bob')?.permission).toBe('write');
    expect(grant('carol')?.sources).toContainEqual({ kind: 'team', team: 'platform', permission: 'write' });
    expect(grant('dana')).toMatchObject({ permission: 'write', outsideCollaborator: true });
    expect(grant('dana')?.sources).toEqual([{ kind: 'direct', permission: 'write' }]);

    expect(snapshot.teams.find((t) => t.slug === 'platform-sre')).toMatchObject({
      parentSlug: 'platform',
      members: [{ login: 'carol', role: 'member' }],
    });
    expect(snapshot.repositories.find((r) => r.nameWithOwner === 'acme/api')).toMatchObject({
      deployKeyCount: 1,
      environments: ['production'],
    });
    expect(snapshot.deployKeys.map((k) => k.id)).toEqual([4021]);
    expect(snapshot.invitations.map((i) => `${i.kind}:${i.id}`).sort()).toEqual([
      'organization:301',
      'repository:501',
    ]);
    expect(snapshot.patGrants.map((g) => g.id).sort()).toEqual([71, 72]);
    expect(snapshot.credentialAuthorizations.map((c) => c.id)).toEqual([81]);
    expect(snapshot.secrets.map((s) => `${s.scope}:${s.name}`).sort()).toEqual([
      'environment:DEPLOY_KEY',
      'organization:SHARED',
      'repository:NPM_TOKEN',
    ]);
    expect(snapshot.auditEvents.map((e) => e.id).sort()).toEqual(['doc-1', 'doc-2']);
    const bobCommit = snapshot.contributions.find((c) => c.login === 'bob' && c.kind === 'commit');
    expect(bobCommit?.repo).toBe('acme/api');
    // Presence windows: the date is the end of the 30-day window holding the commit, never earlier.
    expect(bobCommit!.lastAt >= '2026-11-10T12:00:00Z').toBe(true);
    expect(snapshot.contributions.find((c) => c.login === 'carol')?.kind).toBe('pull-request');
    expect(started.client.stats.graphqlCost).toBeGreaterThan(0);
  });

  it('pages through more than 250 members, more than 250 repositories and more than 100 collaborators', async () => {
    const started = await simulatedClient(
      fixtureScenario({ members: 260, repos: 260, extraApiCollaborators: 120 }),
    );
    sim = started.sim;
    const snapshot = await collectOrganization(started.client, options);
    expect(snapshot.people.filter((p) => p.orgRole !== null)).toHaveLength(264);
    expect(snapshot.repositories).toHaveLength(260);
    expect(
      snapshot.grants.filter((g) => g.repo === 'acme/api' && g.sources.some((s) => s.kind === 'direct')),
    ).toHaveLength(122);
    expect(sim.log.filter((l) => l.operationName === 'RepositoryCollaborators')).toHaveLength(1);
    expect(snapshot.coverage).toEqual([]);
  });

  it('a denied GraphQL field becomes a gap for that resource while the rest of the page is kept', async () => {
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    sim.switches.denials = [
      { match: 'graphql:Repository.collaborators' },
      { match: 'graphql:User.organizationVerifiedDomainEmails' },
    ];
    const snapshot = await collectOrganization(started.client, options);
    const resources = snapshot.coverage.map((g) => g.resource);
    expect(resources).toEqual(
      expect.arrayContaining(['repo:acme/api/collaborators', 'org:acme/verified-emails']),
    );
    expect(snapshot.repositories).toHaveLength(3);
    expect(snapshot.people.filter((p) => p.orgRole !== null)).toHaveLength(7);
    // Team grants are still derived; direct ones could not be read.
    expect(snapshot.grants.find((g) => g.login === 'bob')).toBeDefined();
    expect(snapshot.grants.find((g) => g.login === 'dana')).toBeUndefined();
  });

  it('a denied non-null field loses its team (the list is marked incomplete), but a repository is read again without it', async () => {
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    // Both are non-null connections: GitHub nulls the whole node that holds them.
    sim.switches.denials = [{ match: 'graphql:Team.members' }, { match: 'graphql:Repository.deployKeys' }];
    const snapshot = await collectOrganization(started.client, options);
    const teams = snapshot.coverage.find((g) => g.resource === 'org:acme/teams');
    expect(teams?.reason).toMatch(
      /^GraphQL FORBIDDEN: .* \(at organization\.teams\.nodes\.\d\.members; that team is missing\)$/,
    );
    expect(snapshot.coverage.some((g) => g.resource === 'org:acme/repositories')).toBe(false);
    expect(snapshot.repositories.map((r) => r.nameWithOwner)).toContain('acme/api');
    expect(snapshot.coverage.find((g) => g.resource === 'repo:acme/api/deploy-keys')?.reason).toMatch(
      /FORBIDDEN.*Administration read/,
    );
    expect(snapshot.grants.some((g) => g.repo === 'acme/api' && g.login === 'dana')).toBe(true);
    expect(snapshot.people.length).toBeGreaterThan(0);
  });

  it('reads a per-repository part as far as the budget allows and defers the rest by name', async () => {
    const started = await simulatedClient(fixtureScenario({ repos: 40 }));
    sim = started.sim;
    // Enough for the deploy keys (1) and the secrets (2 × 40 + 1) but not all the invitations too
    // (every repository's: without the audit log, there is no telling where one can be).
    sim.switches.rateLimit.core.remaining = 110;
    sim.switches.denials = [{ match: 'GET /orgs/acme/audit-log' }];
    const snapshot = await collectOrganization(started.client, { ...options, restReserve: 0 });
    const gaps = snapshot.coverage.filter((g) => g.resource !== 'org:acme/audit-log');
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      expect(gap.resource).toMatch(/^repo:acme\/[^/]+\/invitations$/);
      expect(gap.reason).toBe('deferred by the rate-limit budget; next run');
    }
    const invitationReads = sim.log.filter((l) => /\/repos\/acme\/[^/]+\/invitations/.test(l.path)).length;
    expect(invitationReads).toBeGreaterThan(0);
    expect(invitationReads + gaps.length).toBe(40);
    expect(snapshot.freshness?.find((f) => f.part === 'invitations')).toMatchObject({
      readThisRun: invitationReads,
      deferred: [{ lastReadAt: null, repositories: gaps.length }],
    });
    expect(snapshot.repositories).toHaveLength(40);
    expect(snapshot.deployKeys).toHaveLength(1);
    expect(snapshot.secrets.some((s) => s.scope === 'repository')).toBe(true);
  });

  it('keeps the reserve for reporting: the same budget with the default reserve reads no invitation', async () => {
    const started = await simulatedClient(fixtureScenario({ repos: 40 }));
    sim = started.sim;
    sim.switches.rateLimit.core.remaining = 110;
    const snapshot = await collectOrganization(started.client, options);
    expect(sim.log.some((l) => /\/repos\/acme\/[^/]+\/(actions\/secrets|invitations)/.test(l.path))).toBe(false);
    expect(snapshot.coverage.filter((g) => g.resource.endsWith('/secrets'))).toHaveLength(40);
  });

  it('goes on where the last run stopped: the repositories it deferred are read first', async () => {
    const started = await simulatedClient(fixtureScenario({ repos: 40 }));
    sim = started.sim;
    const all = (await collectOrganization(started.client, options)).repositories.map((r) => r.nameWithOwner).sort();
    const readBefore = all.slice(0, 30);
    const previousReads = { invitations: { '2026-11-01T00:00:00Z': readBefore } };
    sim.switches.rateLimit.core.remaining = 110;
    sim.switches.denials = [{ match: 'GET /orgs/acme/audit-log' }];
    sim.log.length = 0;
    const snapshot = await collectOrganization(started.client, { ...options, restReserve: 0, previousReads });
    const read = sim.log
      .map((l) => /\/repos\/(acme\/[^/]+)\/invitations/.exec(l.path)?.[1])
      .filter((name): name is string => name !== undefined);
    // The ten never read come first; whatever else fits follows.
    expect(read.length).toBeGreaterThanOrEqual(10);
    expect(new Set(read.slice(0, 10))).toEqual(new Set(all.slice(30)));
    const deferred = snapshot.coverage.filter((g) => g.resource !== 'org:acme/audit-log');
    expect(deferred.every((g) => readBefore.includes(g.resource.slice('repo:'.length, -'/invitations'.length)))).toBe(true);
  });

  it('reads invitations only where the audit log shows one made in the last 7 days; none can be pending elsewhere', async () => {
    const scenario = fixtureScenario({ repos: 6 });
    const at = (days: number) => Date.parse(NOW) - days * 86_400_000;
    const invitation = (id: string, repo: string, days: number) => ({
      _document_id: id,
      '@timestamp': at(days),
      created_at: at(days),
      action: 'repository_invitation.create',
      actor: 'alice',
      repo: `acme/${repo}`,
      org: 'acme',
    });
    // service-1: invited 2 days ago; service-2: 8 days ago (expired by now, a near miss).
    scenario.org.audit_log.push(invitation('inv-1', 'service-1', 2), invitation('inv-2', 'service-2', 8));
    const started = await simulatedClient(scenario);
    sim = started.sim;
    const snapshot = await collectOrganization(started.client, options);
    const read = sim.log
      .map((l) => /\/repos\/(acme\/[^/]+)\/invitations/.exec(l.path)?.[1])
      .filter((name): name is string => name !== undefined)
      .sort();
    // api: a member added 7 days ago, within the lifetime.
    expect(read).toEqual(['acme/api', 'acme/service-1']);
    expect(snapshot.freshness?.find((f) => f.part === 'invitations')).toMatchObject({
      readThisRun: 2,
      clearedByAuditLog: { since: new Date(at(7)).toISOString(), repositories: 4 },
    });
    expect(snapshot.invitations.map((i) => i.target)).toContain('repo:acme/api');
  });

  it('reads every repository’s invitations when a repository renamed in the last 7 days cannot be placed', async () => {
    const scenario = fixtureScenario({ repos: 4 });
    scenario.org.audit_log.push({
      _document_id: 'rename-1',
      '@timestamp': Date.parse(NOW) - 86_400_000,
      created_at: Date.parse(NOW) - 86_400_000,
      action: 'repo.rename',
      actor: 'alice',
      repo: 'acme/old-name',
      org: 'acme',
    });
    const started = await simulatedClient(scenario);
    sim = started.sim;
    const snapshot = await collectOrganization(started.client, options);
    expect(sim.log.filter((l) => /\/repos\/acme\/[^/]+\/invitations/.test(l.path))).toHaveLength(4);
    expect(snapshot.freshness?.find((f) => f.part === 'invitations')?.clearedByAuditLog).toBeUndefined();
  });

  it('leaves out an expired invitation: it is still listed, but grants nothing', async () => {
    const scenario = fixtureScenario();
    scenario.org.repos[0].invitations[0].expired = true;
    const started = await simulatedClient(scenario);
    sim = started.sim;
    const snapshot = await collectOrganization(started.client, options);
    expect(snapshot.invitations.filter((i) => i.kind === 'repository')).toEqual([]);
  });

  it('an exhausted GraphQL limit is a gap naming the reset; REST reads go on', async () => {
    const started = await simulatedClient(fixtureScenario(), { maxRateLimitWaitSeconds: 1 });
    sim = started.sim;
    sim.switches.rateLimit.graphql.remaining = 0;
    const snapshot = await collectOrganization(started.client, options);
    const members = snapshot.coverage.find((g) => g.resource === 'org:acme/members');
    expect(members?.reason).toMatch(/^GraphQL rate limit exhausted; resets at \d{4}-/);
    expect(snapshot.people).toEqual([]);
    expect(snapshot.patGrants.length).toBe(2);
    expect(snapshot.coverage.map((g) => g.resource)).toContain('org:acme/contributions');
  });

  it('a rerun with the ETag cache gets 304s and the same snapshot', async () => {
    const cache = new EtagCache();
    const started = await simulatedClient(fixtureScenario(), { etagCache: cache });
    sim = started.sim;
    const first = await collectOrganization(started.client, options);
    const again = createClient({
      token: sim.token,
      apiUrl: sim.url,
      graphqlUrl: sim.graphqlUrl,
      etagCache: cache,
    });
    const second = await collectOrganization(again, options);
    expect(again.stats.notModified).toBeGreaterThan(0);
    expect(again.stats.notModified / again.stats.restRequests).toBeGreaterThan(0.5);
    expect(second).toEqual(first);
  });
});
