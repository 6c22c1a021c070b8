import { afterEach, describe, expect, it } from '@jest/globals';
import { fixtureScenario, NOW } from './fixture-org.js';
import { simulatedClient } from './sim-helpers.js';
import { collectOrganization } from '../../../src/collectors/collect-organization.js';
import { collectSubjects } from '../../../src/collectors/collect-subjects.js';
import { findPeopleByEmail } from '../../../src/collectors/find-people-by-email.js';
import type { Simulator } from '../../../simulator/index.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const base = { org: 'acme', now: new Date(NOW), activityWindowDays: 180 };

describe('collectSubjects', () => {
  it('collects what one person holds', async () => {
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    const snapshot = await collectSubjects(started.client, { ...base, logins: ['bob'] });
    expect(snapshot.scope).toEqual({ kind: 'subjects', logins: ['bob'] });
    expect(snapshot.coverage).toEqual([]);
    expect(snapshot.people).toEqual([
      expect.objectContaining({
        login: 'bob',
        orgRole: 'member',
        verifiedEmails: ['bob@acme.example'],
        samlIdentity: expect.objectContaining({ nameId: 'bob@acme.example' }),
      }),
    ]);
    expect(snapshot.teams.map((t) => t.slug)).toEqual(['platform']);
    expect(snapshot.grants).toEqual([
      expect.objectContaining({
        login: 'bob',
        repo: 'acme/api',
        permission: 'write',
        sources: [{ kind: 'team', team: 'platform', permission: 'write' }, { kind: 'organization', permission: 'read' }],
      }),
    ]);
    expect(snapshot.patGrants.map((g) => g.id)).toEqual([71]);
    expect(snapshot.credentialAuthorizations.map((c) => c.id)).toEqual([81]);
    // bob did not add the api deploy key (alice did): read, then filtered out.
    expect(snapshot.deployKeys).toEqual([]);
    expect(snapshot.secrets.map((s) => s.name).sort()).toEqual(['DEPLOY_KEY', 'NPM_TOKEN', 'SHARED']);
    expect(snapshot.auditEvents.map((e) => e.id)).toEqual(['doc-2']);
    expect(snapshot.contributions).toEqual([
      { login: 'bob', repo: 'acme/api', kind: 'commit', lastAt: '2026-11-10T12:00:00Z' },
    ]);
  });

  it('a former member is "not a member" (404), not a coverage gap; their direct grant still shows', async () => {
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    const snapshot = await collectSubjects(started.client, { ...base, logins: ['dana'] });
    expect(snapshot.invitations).toEqual([]);
    // The event that made dana a collaborator names her as `user`, not as `actor`.
    expect(snapshot.auditEvents.map((e) => e.id)).toEqual(['doc-1']);
    expect(snapshot.people[0]).toMatchObject({ login: 'dana', orgRole: null, outsideCollaborator: true });
    expect(snapshot.grants).toEqual([
      expect.objectContaining({ login: 'dana', repo: 'acme/api', sources: [{ kind: 'direct', permission: 'write' }] }),
    ]);
    expect(snapshot.coverage).toEqual([]);
  });

  it('a deleted account is simply absent: no membership, no grants, no coverage gap', async () => {
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    const snapshot = await collectSubjects(started.client, { ...base, logins: ['ghost-user'] });
    expect(snapshot.people).toEqual([
      expect.objectContaining({ login: 'ghost-user', orgRole: null, nodeId: null }),
    ]);
    expect(snapshot.grants).toEqual([]);
    expect(snapshot.coverage).toEqual([]);
  });

  it('a denied membership read is a gap, not "not a member"', async () => {
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    sim.switches.denials = [{ match: 'GET /orgs/acme/memberships/bob' }];
    const snapshot = await collectSubjects(started.client, { ...base, logins: ['bob'] });
    expect(snapshot.people[0].orgRole).toBeNull();
    expect(snapshot.coverage).toEqual([
      {
        resource: 'org:acme/membership/bob',
        reason:
          '403 Resource not accessible by integration — the token needs the organization Members read permission',
      },
    ]);
  });

  it('finds a repository invitation for the subject (and only theirs)', async () => {
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    const snapshot = await collectSubjects(started.client, { ...base, logins: ['erin'] });
    expect(snapshot.invitations.map((i) => `${i.target} ${i.id}`)).toEqual(['repo:acme/api 501']);
    const limited = await collectSubjects(started.client, {
      ...base,
      logins: ['erin'],
      invitationRepositories: ['acme/service-1'],
    });
    expect(limited.invitations).toEqual([]);
  });

  it('uses far fewer requests than the organization collection', async () => {
    const started = await simulatedClient(fixtureScenario({ members: 120, repos: 150 }));
    sim = started.sim;
    await collectOrganization(started.client, base);
    const orgRequests = sim.log.length;
    sim.log.length = 0;
    await collectSubjects(started.client, { ...base, logins: ['bob'] });
    // Repository invitations have no per-person filter: reading them everywhere is the one
    // per-repository cost left, so the default run is cheaper but not by an order of magnitude…
    expect(sim.log.length * 2).toBeLessThan(orgRequests);
    sim.log.length = 0;
    // …and a post-phase run that checks only the repositories of its inventory is.
    await collectSubjects(started.client, { ...base, logins: ['bob'], invitationRepositories: ['acme/api'] });
    const subjectRequests = sim.log.length;
    expect(subjectRequests * 10).toBeLessThan(orgRequests);
  });
});

describe('findPeopleByEmail', () => {
  it('returns candidates with how each matched; unknown e-mails match nobody', async () => {
    const scenario = fixtureScenario();
    // A verified-domain e-mail that no SAML identity carries.
    scenario.org.verified_domain_emails['member-1'] = ['m.one@acme.example'];
    const started = await simulatedClient(scenario);
    sim = started.sim;
    const found = await findPeopleByEmail(started.client, 'acme', [
      'Carol@acme.example',
      'm.one@acme.example',
      'nobody@acme.example',
    ]);
    expect(found.coverage).toEqual([]);
    expect(found.candidates).toEqual(
      expect.arrayContaining([
        { login: 'carol', matchedBy: 'saml-name-id', value: 'carol@acme.example' },
        { login: 'carol', matchedBy: 'saml-username', value: 'carol@acme.example' },
        { login: 'carol', matchedBy: 'saml-email', value: 'carol@acme.example' },
        { login: 'member-1', matchedBy: 'verified-email', value: 'm.one@acme.example' },
      ]),
    );
    expect(found.candidates.some((c) => c.value.startsWith('nobody'))).toBe(false);
  });
});
