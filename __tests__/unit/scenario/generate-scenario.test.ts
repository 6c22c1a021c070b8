import { describe, expect, it } from '@jest/globals';
import {
  AMBIGUOUS_EMAIL,
  CAST,
  EMAIL_ONLY_ADDRESS,
  generateScenario,
  loginsForEmail,
  UNKNOWN_EMAIL,
} from '../../../simulator/scenario/index.js';
import type { Scenario } from '../../../simulator/state.js';
import { auditOracle, findingKey, resourceExists } from './audit-oracle.js';

const demo = generateScenario({ seed: 1, size: 'demo' });

const auditKeys = (scenario: Scenario) =>
  new Set(
    scenario.expected
      .filter((finding) => finding.mode === 'audit')
      .map((finding) =>
        findingKey({ ...finding, key: finding.why.startsWith('burst:') ? 'burst' : undefined }),
      ),
  );

describe('generateScenario: determinism', () => {
  it('gives a deep-equal scenario for the same options', () => {
    expect(generateScenario({ seed: 1, size: 'demo' })).toEqual(demo);
  });

  it('gives a different organization for a different seed', () => {
    const other = generateScenario({ seed: 2, size: 'demo' });
    expect(other.org.users.map((user) => user.login)).not.toEqual(demo.org.users.map((user) => user.login));
  });

  it('follows the given clock', () => {
    const later = generateScenario({ seed: 1, size: 'demo', now: '2027-03-01T12:00:00Z' });
    expect(later.org.now).toBe('2027-03-01T12:00:00Z');
    expect(later.departures.every((departure) => departure.offboarded_at.startsWith('2027-03-01'))).toBe(
      true,
    );
  });

  it('gives unique ids', () => {
    const unique = <T>(values: T[]) => new Set(values).size === values.length;
    const { org } = demo;
    expect(unique(org.users.map((user) => user.id))).toBe(true);
    expect(unique(org.users.map((user) => user.node_id))).toBe(true);
    expect(unique(org.repos.map((repo) => repo.id))).toBe(true);
    expect(unique(org.teams.map((team) => team.id))).toBe(true);
    expect(unique(org.repos.flatMap((repo) => repo.deploy_keys.map((key) => key.id)))).toBe(true);
    expect(unique(org.pat_grants.map((grant) => grant.id))).toBe(true);
    expect(unique(org.pat_grants.map((grant) => grant.token_id))).toBe(true);
    expect(unique(org.credential_authorizations.map((credential) => credential.credential_id))).toBe(true);
    expect(unique(org.audit_log.map((event) => event._document_id))).toBe(true);
    expect(
      unique([
        ...org.invitations.map((i) => i.id),
        ...org.repos.flatMap((r) => r.invitations.map((i) => i.id)),
      ]),
    ).toBe(true);
  });
});

describe('generateScenario: the demo organization', () => {
  const { org } = demo;

  it('has the demo size and GitHub Enterprise Cloud settings', () => {
    const people = new Set([
      ...org.members.map((m) => m.login),
      ...org.outside_collaborators,
      CAST.formerEmployee,
    ]);
    expect(people.size).toBeGreaterThanOrEqual(45);
    expect(people.size).toBeLessThanOrEqual(55);
    expect(org.repos).toHaveLength(60);
    expect(org.teams).toHaveLength(8);
    expect(org.teams.filter((team) => team.parent_slug !== null)).toHaveLength(1);
    expect(org).toMatchObject({
      login: 'acme',
      enterprise_cloud: true,
      saml_sso: true,
      default_repository_permission: 'read',
    });
    expect(org.now).toBe('2026-11-27T03:00:00Z');
    expect(demo.actionRepo).toBe('acme/offboarding-ops');
    expect(org.repos.some((repo) => `acme/${repo.name}` === demo.actionRepo)).toBe(true);
  });

  it('has every kind of data', () => {
    expect(org.members.filter((m) => m.role === 'admin').length).toBeGreaterThanOrEqual(3);
    expect(org.outside_collaborators.length).toBeGreaterThanOrEqual(2);
    expect(org.repos.filter((repo) => repo.archived).length).toBeGreaterThanOrEqual(3);
    expect(org.repos.filter((repo) => repo.environments.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(new Set(org.org_secrets.map((secret) => secret.visibility))).toEqual(
      new Set(['all', 'private', 'selected']),
    );
    expect(org.invitations.length).toBeGreaterThan(0);
    expect(org.repos.some((repo) => repo.invitations.length > 0)).toBe(true);
    expect(org.credential_authorizations.some((c) => c.credential_type === 'SSH key')).toBe(true);
    expect(org.credential_authorizations.some((c) => c.credential_type === 'personal access token')).toBe(
      true,
    );
    expect(org.users.some((user) => user.type === 'Bot' && user.login.endsWith('[bot]'))).toBe(true);
    expect(org.audit_log.some((event) => event.actor === CAST.appBot)).toBe(true);
    expect(org.members.some((member) => member.login === CAST.appBot)).toBe(false);
  });

  it('keeps the audit log sorted, inside about a year, with IPs from documentation ranges', () => {
    const now = Date.parse(org.now);
    const times = org.audit_log.map((event) => event['@timestamp']);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(now - 366 * 86_400_000);
    expect(times[0]).toBeLessThan(now - 300 * 86_400_000);
    expect(times[times.length - 1]).toBeLessThanOrEqual(now);
    for (const event of org.audit_log) {
      expect(event.created_at).toBe(event['@timestamp']);
      if (event.actor_ip !== undefined)
        expect(String(event.actor_ip)).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/);
    }
  });

  it('gives members SAML identities and verified e-mails, and plants unknown and ambiguous e-mails', () => {
    expect(org.saml_identities.find((identity) => identity.login === CAST.departClean)?.name_id).toBe(
      'nwhite@acme.example',
    );
    expect(loginsForEmail(org, EMAIL_ONLY_ADDRESS)).toEqual([CAST.departEmailOnly]);
    expect(loginsForEmail(org, AMBIGUOUS_EMAIL)).toEqual([CAST.twin, CAST.twinAdmin]);
    expect(loginsForEmail(org, UNKNOWN_EMAIL)).toEqual([]);
  });
});

describe('generateScenario: referential integrity', () => {
  for (const [label, scenario] of [
    ['demo', demo],
    ['custom', generateScenario({ seed: 9, size: { repos: 80, people: 120, teams: 12 } })],
  ] as const) {
    it(`${label}: everything named exists`, () => {
      const { org } = scenario;
      const users = new Set(org.users.map((user) => user.login));
      const repos = new Set(org.repos.map((repo) => repo.name));
      const teams = new Set(org.teams.map((team) => team.slug));
      for (const member of org.members) expect(users).toContain(member.login);
      for (const login of org.outside_collaborators) {
        expect(users).toContain(login);
        expect(org.members.some((member) => member.login === login)).toBe(false);
        expect(org.repos.some((repo) => repo.collaborators.some((c) => c.login === login))).toBe(true);
      }
      for (const team of org.teams) {
        if (team.parent_slug) expect(teams).toContain(team.parent_slug);
        for (const member of team.members) expect(org.members.map((m) => m.login)).toContain(member.login);
        for (const grant of team.repos) expect(repos).toContain(grant.repo);
      }
      for (const repo of org.repos) {
        for (const collaborator of repo.collaborators) expect(users).toContain(collaborator.login);
        for (const key of repo.deploy_keys) if (key.added_by) expect(users).toContain(key.added_by);
        for (const invitation of repo.invitations) {
          expect(users).toContain(invitation.invitee);
          expect(users).toContain(invitation.inviter);
        }
      }
      for (const grant of org.pat_grants) {
        expect(users).toContain(grant.owner);
        for (const repo of grant.repositories) expect(repos).toContain(repo);
      }
      for (const credential of org.credential_authorizations) expect(users).toContain(credential.login);
      for (const secret of org.org_secrets)
        for (const repo of secret.selected_repositories) expect(repos).toContain(repo);
      for (const identity of org.saml_identities) if (identity.login) expect(users).toContain(identity.login);
      for (const contribution of org.contributions) {
        expect(users).toContain(contribution.login);
        expect(repos).toContain(contribution.repo);
      }
      for (const event of org.audit_log) {
        if (event.actor) expect(users).toContain(event.actor);
        if (event.user) expect(users).toContain(event.user);
        if (event.repo) expect(repos).toContain(event.repo.replace(/^acme\//, ''));
      }
      for (const invitation of org.invitations) expect(users).toContain(invitation.inviter);
    });
  }
});

describe('generateScenario: planted audit cases', () => {
  const rulesExpected = new Set(
    demo.expected.filter((finding) => finding.mode === 'audit').map((finding) => finding.rule),
  );

  it('plants at least one finding for every audit rule that needs no history or gaps', () => {
    for (const rule of [
      'stale-member',
      'unused-write-access',
      'stale-deploy-key',
      'write-deploy-key',
      'long-lived-token',
      'stale-token',
      'stale-secret',
      'activity-after-offboarding',
      'offboarded-ip-activity',
      'unapproved-credential-change',
    ]) {
      expect(rulesExpected).toContain(rule);
    }
  });

  it('plants the listed cases', () => {
    const audit = demo.expected.filter((finding) => finding.mode === 'audit');
    const count = (rule: string, resourcePrefix = '') =>
      audit.filter((f) => f.rule === rule && f.resource.startsWith(resourcePrefix)).length;
    expect(count('stale-member')).toBe(2);
    expect(count('unused-write-access')).toBe(2);
    expect(count('stale-deploy-key')).toBe(2);
    expect(count('write-deploy-key')).toBe(1);
    expect(count('long-lived-token')).toBe(2);
    expect(count('stale-token', 'pat:')).toBe(1);
    expect(count('stale-token', 'credential:')).toBe(1);
    expect(count('stale-secret')).toBe(3);
    expect(audit.filter((f) => f.rule === 'stale-secret' && f.resource.includes('/env/'))).toHaveLength(1);
    // The secret removed outside the actor's scope, and the deletion burst (one finding per episode).
    expect(count('unapproved-credential-change')).toBe(2);
    expect(audit.filter((f) => f.why.startsWith('burst:'))).toHaveLength(1);
    const teamCase = audit.find((f) => f.rule === 'unused-write-access' && f.subject === CAST.teamWriter);
    expect(teamCase?.why).toMatch(/through team/);
  });

  it('records the earlier offboarding in a closed tracking issue in the action repository', () => {
    const issue = demo.org.issues.find((candidate) => candidate.labels.includes('offboarding'));
    expect(issue).toMatchObject({ state: 'closed', repo: 'offboarding-ops' });
    const marker = /<!-- offboarding-sentinel:tracking (\{.*\}) -->/.exec(issue?.body ?? '');
    expect(JSON.parse(marker![1])).toEqual({
      v: 1,
      subject: CAST.formerEmployee,
      offboardedAt: expect.any(String),
    });
  });

  it('plants near-misses that exist in the data', () => {
    const byRule = (rule: string) => demo.nearMisses.filter((miss) => miss.rule === rule);
    expect(byRule('stale-deploy-key')).toHaveLength(2);
    expect(byRule('write-deploy-key')).toHaveLength(2);
    expect(byRule('long-lived-token').length).toBeGreaterThanOrEqual(1);
    expect(
      byRule('stale-member')
        .map((miss) => miss.subject)
        .sort(),
    ).toEqual([CAST.ciBot, CAST.reviewOnly, CAST.auditOnly].sort());
    expect(byRule('stale-secret')).toHaveLength(1);
    expect(byRule('unapproved-credential-change')).toHaveLength(2);
    expect(byRule('unused-write-access')).toHaveLength(2);
    expect(byRule('activity-after-offboarding').length).toBeGreaterThanOrEqual(1);
    for (const miss of demo.nearMisses)
      expect({ miss, exists: resourceExists(demo.org, miss.resource) }).toEqual({ miss, exists: true });
    for (const finding of demo.expected) {
      expect({ finding, exists: resourceExists(demo.org, finding.resource) }).toEqual({
        finding,
        exists: true,
      });
    }
    const exemption = demo.policy.exemptions[0];
    expect(exemption.reason.length).toBeGreaterThan(10);
    expect(Date.parse(exemption.expires)).toBeGreaterThan(Date.parse(demo.org.now));
    expect(demo.policy.serviceAccounts).toContain(CAST.ciBot);
  });
});

describe('generateScenario: healthy background (independent check of the audit rules)', () => {
  for (const seed of [1, 2, 3, 11]) {
    it(`seed ${seed}: the audit findings are exactly the planted ones`, () => {
      const scenario = seed === 1 ? demo : generateScenario({ seed, size: 'demo' });
      const found = new Set(auditOracle(scenario).map(findingKey));
      const planted = auditKeys(scenario);
      expect([...found].filter((key) => !planted.has(key))).toEqual([]);
      expect([...planted].filter((key) => !found.has(key))).toEqual([]);
    });
  }

  it('near-misses are not reported by the independent check', () => {
    const found = new Set(
      auditOracle(demo).map((finding) => `${finding.rule}|${finding.resource}|${finding.subject}`),
    );
    for (const miss of demo.nearMisses)
      expect(found).not.toContain(`${miss.rule}|${miss.resource}|${miss.subject}`);
  });

  it('a planted case disappears when its data is fixed (the check can fail)', () => {
    const scenario = generateScenario({ seed: 1, size: 'demo' });
    const stale = scenario.expected.find(
      (finding) => finding.rule === 'stale-deploy-key' && finding.subject === null,
    )!;
    const [, repoName, id] = stale.resource.replace('deploy-key:', '').split('/');
    const key = scenario.org.repos
      .find((repo) => repo.name === repoName)!
      .deploy_keys.find((k) => k.id === Number(id))!;
    key.last_used = '2026-11-20T00:00:00Z';
    expect(auditOracle(scenario).map(findingKey)).not.toContain(findingKey(stale));
  });
});

describe('generateScenario: sizes', () => {
  it('rejects sizes too small to hold the planted cases', () => {
    expect(() => generateScenario({ seed: 1, size: { repos: 10, people: 10, teams: 2 } })).toThrow(
      /too small/,
    );
  });

  it('generates a large organization with the same kinds of data, bounded activity', () => {
    const large = generateScenario({ seed: 3, size: { repos: 5000, people: 10000, teams: 500 } });
    const { org } = large;
    const people = new Set([
      ...org.members.map((m) => m.login),
      ...org.outside_collaborators,
      CAST.formerEmployee,
    ]);
    expect(people.size).toBe(10000);
    expect(org.repos).toHaveLength(5000);
    expect(org.teams).toHaveLength(500);
    const withKeys = org.repos.filter((repo) => repo.deploy_keys.length > 0).length;
    expect(withKeys).toBeGreaterThan(600);
    expect(withKeys).toBeLessThan(900);
    expect(org.repos.filter((repo) => repo.environments.length > 0).length).toBeGreaterThanOrEqual(480);
    expect(org.contributions.length).toBeLessThan(10 * people.size);
    expect(org.audit_log.length).toBeLessThan(10 * people.size);
    expect(large.expected.filter((finding) => finding.mode === 'audit').length).toBe(
      demo.expected.filter((finding) => finding.mode === 'audit').length,
    );
  });
});
