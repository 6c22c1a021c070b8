import { describe, expect, it } from '@jest/globals';
import {
  CAST,
  expectedLeftovers,
  generateScenario,
  inventoryOf,
  revokeAccess,
} from '../../../simulator/scenario/index.js';
import type { Scenario } from '../../../simulator/state.js';

const AT = '2026-11-27T02:00:00Z';
const ALL_KINDS = [
  'org-membership',
  'repo-access',
  'team-membership',
  'invitations',
  'tokens',
  'deploy-keys',
] as const;

function fresh(): Scenario {
  return generateScenario({ seed: 4, size: 'demo' });
}

function holdings(scenario: Scenario, login: string) {
  const { org } = scenario;
  return {
    member: org.members.some((member) => member.login === login),
    teams: org.teams.filter((team) => team.members.some((member) => member.login === login)).length,
    direct: org.repos.filter((repo) => repo.collaborators.some((c) => c.login === login)).length,
    orgInvitations: org.invitations.filter((invitation) => invitation.email === `${login}@acme.example`)
      .length,
    repoInvitations: org.repos
      .flatMap((repo) => repo.invitations)
      .filter((invitation) => invitation.invitee === login).length,
    pats: org.pat_grants.filter((grant) => grant.owner === login).length,
    credentials: org.credential_authorizations.filter((credential) => credential.login === login).length,
    keys: org.repos.flatMap((repo) => repo.deploy_keys).filter((key) => key.added_by === login).length,
  };
}

describe('revokeAccess', () => {
  it('the leftovers departure holds at least one of every kind', () => {
    const scenario = fresh();
    const held = holdings(scenario, CAST.departLeftovers);
    expect(held).toEqual({
      member: true,
      teams: 2,
      direct: 1,
      orgInvitations: 1,
      repoInvitations: 1,
      pats: 1,
      credentials: 2,
      keys: 1,
    });
    expect(
      scenario.org.credential_authorizations
        .filter((c) => c.login === CAST.departLeftovers)
        .map((c) => c.credential_type)
        .sort(),
    ).toEqual(['SSH key', 'personal access token']);
  });

  it('removes everything of the person, leaves everyone else alone and never touches secrets', () => {
    const scenario = fresh();
    const before = structuredClone(scenario.org);
    const others = holdings(scenario, CAST.departClean);
    revokeAccess(scenario.org, CAST.departLeftovers, AT, CAST.secopsLead);
    expect(holdings(scenario, CAST.departLeftovers)).toEqual({
      member: false,
      teams: 0,
      direct: 0,
      orgInvitations: 0,
      repoInvitations: 0,
      pats: 0,
      credentials: 0,
      keys: 0,
    });
    expect(holdings(scenario, CAST.departClean)).toEqual(others);
    expect(scenario.org.org_secrets).toEqual(before.org_secrets);
    expect(scenario.org.repos.map((repo) => [repo.secrets, repo.environments])).toEqual(
      before.repos.map((repo) => [repo.secrets, repo.environments]),
    );
    expect(scenario.org.members.length).toBe(before.members.length - 1);
  });

  it('appends the matching audit events at the given time by the actor, keeping the log sorted', () => {
    const scenario = fresh();
    const count = scenario.org.audit_log.length;
    revokeAccess(scenario.org, CAST.departLeftovers, AT, CAST.secopsLead);
    const added = scenario.org.audit_log.filter(
      (event) => event.actor === CAST.secopsLead && event['@timestamp'] === Date.parse(AT),
    );
    expect(scenario.org.audit_log.length).toBe(count + added.length);
    // Org membership removal takes the two teams with it (no team events), then 1 repo, 2 invitations,
    // 1 PAT, 2 credentials, 1 deploy key.
    expect(added.map((event) => event.action).sort()).toEqual(
      [
        'org.cancel_invitation',
        'org.remove_member',
        'org_credential_authorization.revoke',
        'org_credential_authorization.revoke',
        'personal_access_token.access_revoked',
        'public_key.delete',
        'repo.remove_member',
        'repository_invitation.cancel',
      ].sort(),
    );
    expect(added.every((event) => event.user === undefined || event.user === CAST.departLeftovers)).toBe(
      true,
    );
    expect(new Set(scenario.org.audit_log.map((event) => event._document_id)).size).toBe(
      scenario.org.audit_log.length,
    );
    const times = scenario.org.audit_log.map((event) => event['@timestamp']);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('keeps what the automation forgot', () => {
    const scenario = fresh();
    revokeAccess(scenario.org, CAST.departLeftovers, AT, CAST.secopsLead, {
      tokens: true,
      'deploy-keys': true,
    });
    const held = holdings(scenario, CAST.departLeftovers);
    expect(held).toMatchObject({ member: false, teams: 0, pats: 1, credentials: 2, keys: 1 });
    const actions = scenario.org.audit_log
      .filter((event) => event.actor === CAST.secopsLead && event['@timestamp'] === Date.parse(AT))
      .map((e) => e.action);
    expect(actions).not.toContain('public_key.delete');
    expect(actions).not.toContain('personal_access_token.access_revoked');
  });

  it('removes team memberships explicitly when the organization membership is kept', () => {
    const scenario = fresh();
    revokeAccess(scenario.org, CAST.departLeftovers, AT, CAST.secopsLead, { 'org-membership': true });
    expect(holdings(scenario, CAST.departLeftovers)).toMatchObject({ member: true, teams: 0 });
    const teamEvents = scenario.org.audit_log.filter(
      (event) => event.action === 'team.remove_member' && event.user === CAST.departLeftovers,
    );
    expect(teamEvents).toHaveLength(2);
    expect(teamEvents[0].team).toMatch(/^acme\//);
  });

  it('is deterministic', () => {
    const a = fresh();
    const b = fresh();
    revokeAccess(a.org, CAST.departClean, AT, CAST.secopsLead);
    revokeAccess(b.org, CAST.departClean, AT, CAST.secopsLead);
    expect(a.org).toEqual(b.org);
  });
});

describe('expectedLeftovers', () => {
  it('expects nothing but secrets and anomalies when everything is revoked', () => {
    const scenario = fresh();
    const findings = expectedLeftovers(scenario, CAST.departClean, {});
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(['unrotated-secret']));
    expect(
      findings.every((finding) => finding.mode === 'offboard' && finding.subject === CAST.departClean),
    ).toBe(true);
  });

  it('expects every kind left behind for the leftovers departure, computed from the pre-revocation inventory', () => {
    const scenario = fresh();
    const keep = Object.fromEntries(ALL_KINDS.map((kind) => [kind, true]));
    const beforeRevoke = expectedLeftovers(scenario, CAST.departLeftovers, keep);
    revokeAccess(scenario.org, CAST.departLeftovers, AT, CAST.secopsLead);
    const afterRevoke = expectedLeftovers(scenario, CAST.departLeftovers, keep);
    expect(afterRevoke).toEqual(beforeRevoke);
    const rules = beforeRevoke.map((finding) => finding.rule);
    for (const rule of [
      'retained-org-membership',
      'retained-team-membership',
      'retained-repo-access',
      'pending-invitation',
      'retained-token',
      'retained-deploy-key',
      'unrotated-secret',
      'activity-after-offboarding',
    ]) {
      expect(rules).toContain(rule);
    }
    expect(rules.filter((rule) => rule === 'retained-team-membership')).toHaveLength(2);
    expect(rules.filter((rule) => rule === 'pending-invitation')).toHaveLength(2);
    expect(rules.filter((rule) => rule === 'retained-token')).toHaveLength(3);
    // The secret she last wrote on a repository she could only read.
    expect(
      beforeRevoke.some(
        (f) => f.rule === 'unrotated-secret' && f.resource.endsWith('/OYILMAZ_SMOKE_TEST_TOKEN'),
      ),
    ).toBe(true);
  });

  it('stops expecting a secret once it is rotated after offboarded_at', () => {
    const scenario = fresh();
    const findings = expectedLeftovers(scenario, CAST.departClean, {});
    const first = findings[0];
    const name = first.resource.split('/').pop()!;
    const secret =
      scenario.org.org_secrets.find((s) => `secret:acme/${s.name}` === first.resource) ??
      scenario.org.org_dependabot_secrets.find((s) => `secret:acme/${s.name}` === first.resource) ??
      scenario.org.repos
        .flatMap((repo) => [...repo.secrets, ...repo.environments.flatMap((env) => env.secrets)])
        .find((s) => s.name === name)!;
    secret.updated_at = scenario.org.now;
    expect(expectedLeftovers(scenario, CAST.departClean, {}).map((f) => f.resource)).not.toContain(
      first.resource,
    );
  });

  it('team leftovers need the organization membership kept too (GitHub removes teams with it)', () => {
    const scenario = fresh();
    const teamsOnly = expectedLeftovers(scenario, CAST.departLeftovers, { 'team-membership': true });
    expect(teamsOnly.some((finding) => finding.rule === 'retained-team-membership')).toBe(false);
  });

  it('matches what is really left after revokeAccess with keep', () => {
    for (const kind of ALL_KINDS) {
      const scenario = fresh();
      const keep =
        kind === 'team-membership' ? { 'team-membership': true, 'org-membership': true } : { [kind]: true };
      const expected = expectedLeftovers(scenario, CAST.departLeftovers, keep);
      revokeAccess(scenario.org, CAST.departLeftovers, AT, CAST.secopsLead, keep);
      const now = inventoryOf(scenario.org, CAST.departLeftovers);
      const left = [
        ...(now.member ? ['retained-org-membership'] : []),
        ...now.teams.map(() => 'retained-team-membership'),
        ...now.directRepos.map(() => 'retained-repo-access'),
        ...now.invitations.map(() => 'pending-invitation'),
        ...[...now.pats, ...now.credentials].map(() => 'retained-token'),
        ...now.deployKeys.map(() => 'retained-deploy-key'),
      ].sort();
      const expectedAccess = expected
        .map((finding) => finding.rule)
        .filter((rule) => rule.startsWith('retained-') || rule === 'pending-invitation')
        .sort();
      expect({ kind, left }).toEqual({ kind, left: expectedAccess });
    }
  });

  it('puts the departures default expectations into scenario.expected', () => {
    const scenario = fresh();
    const offboard = scenario.expected.filter((finding) => finding.mode === 'offboard');
    expect(new Set(offboard.map((finding) => finding.subject))).toEqual(
      new Set(scenario.departures.map((d) => d.login)),
    );
    expect(scenario.departures.map((d) => d.kind).sort()).toEqual([
      'clean',
      'email-only',
      'leftovers',
      'no-pre',
      'remediate',
    ]);
    for (const departure of scenario.departures) {
      const offboardedAt = Date.parse(departure.offboarded_at);
      const nowMs = Date.parse(scenario.org.now);
      expect(offboardedAt).toBeLessThan(nowMs);
      expect(offboardedAt).toBeGreaterThan(nowMs - 12 * 3_600_000);
    }
  });

  it('the no-pre departure can be reconstructed from the audit log', () => {
    const scenario = fresh();
    const events = scenario.org.audit_log.filter(
      (event) => event.user === CAST.departNoPre || event.actor === CAST.departNoPre,
    );
    const actions = new Set(events.map((event) => event.action));
    for (const action of [
      'org.add_member',
      'team.add_member',
      'repo.add_member',
      'personal_access_token.access_granted',
      'org_credential_authorization.grant',
      'public_key.create',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('rejects someone who is not a departure', () => {
    expect(() => expectedLeftovers(fresh(), CAST.staleMember)).toThrow(/not a departure/);
  });
});
