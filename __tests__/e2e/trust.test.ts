// Issue 10, end to end: what the report says is true — PAT ids are token ids (also for tracking
// issues written with grant ids), what was not read is "could not check" and never "revoked" or
// "resolved", and a login's case does not matter.
import { describe, expect, it } from '@jest/globals';
import { revokeAccess } from '../../simulator/scenario/index.js';
import type { Scenario, SimIssue } from '../../simulator/state.js';
import { parseTrackingIssue, renderTrackingIssue } from '../../src/offboarding/tracking-issue.js';
import { harness, reportOf, type Harness } from './harness.js';

interface ItemReport {
  kind: string;
  resource: string;
  status: string;
  reason?: string;
}

function departure(scenario: Scenario, kind: string) {
  const person = scenario.departures.find((d) => d.kind === kind);
  if (!person) throw new Error(`no ${kind} departure`);
  return person;
}

function trackingIssue(scenario: Scenario, login: string): SimIssue {
  const issue = scenario.org.issues.find(
    (i) => i.labels.includes('offboarding') && i.title.toLowerCase().includes(login.toLowerCase()),
  );
  if (!issue) throw new Error(`no tracking issue for ${login}`);
  return issue;
}

const offboard = (subjects: string, offboardedAt: string, phase: 'pre' | 'post') => ({
  mode: 'offboard',
  subjects,
  phase,
  'offboarded-at': offboardedAt,
});

async function withHarness(run: (h: Harness) => Promise<void>, seed = 1): Promise<void> {
  const h = await harness({ seed });
  try {
    await run(h);
  } finally {
    await h.close();
  }
}

describe('fine-grained PAT ids', () => {
  it('are token ids, and a tracking issue written with grant ids is verified the same way', () =>
    withHarness(async (h) => {
      const person = departure(h.scenario, 'leftovers');
      const grants = h.scenario.org.pat_grants.filter((g) => g.owner === person.login && !g.token_expired);
      expect(grants.length).toBeGreaterThan(0);
      for (const grant of grants) expect(grant.token_id).not.toBe(grant.id);
      await h.run({ inputs: offboard(person.login, person.offboarded_at, 'pre') });

      // What today's main writes: the same issue with `pat:<grant id>`.
      const issue = trackingIssue(h.scenario, person.login);
      const state = parseTrackingIssue(issue.body ?? '')!;
      const tokenToGrant = new Map(grants.map((g) => [`pat:${g.token_id}`, `pat:${g.id}`]));
      expect(state.inventory.items.filter((i) => i.kind === 'pat').map((i) => i.resource).sort()).toEqual(
        [...tokenToGrant.keys()].sort(),
      );
      const old = {
        ...state,
        inventory: {
          ...state.inventory,
          items: state.inventory.items.map((i) => ({ ...i, resource: tokenToGrant.get(i.resource) ?? i.resource })),
        },
      };
      issue.body = renderTrackingIssue(old).body;
      // Read back, the old ids become token ids.
      expect(parseTrackingIssue(issue.body)!.inventory.items.map((i) => i.resource)).toEqual(
        expect.arrayContaining([...tokenToGrant.keys()]),
      );

      revokeAccess(h.scenario.org, person.login, h.scenario.org.now, 'secops-lead', { tokens: true });
      const report = reportOf(await h.run({ inputs: offboard(person.login, person.offboarded_at, 'post') }));
      const tokens = report.findings.filter((f) => f.rule === 'retained-token' && f.resource.startsWith('pat:'));
      expect(tokens.map((f) => f.resource).sort()).toEqual([...tokenToGrant.keys()].sort());
      for (const finding of tokens) {
        const grant = grants.find((g) => `pat:${g.token_id}` === finding.resource)!;
        expect(finding.evidence).toMatchObject({ grantId: grant.id, tokenId: grant.token_id, inInventory: true });
      }
      const items = (report.offboarding[0] as { items: ItemReport[] }).items.filter((i) => i.kind === 'pat');
      expect(items.map((i) => [i.resource, i.status]).sort()).toEqual(
        [...tokenToGrant.keys()].sort().map((resource) => [resource, 'retained']),
      );
      // Nothing listed twice under two ids.
      expect(items.some((i) => [...tokenToGrant.values()].includes(i.resource))).toBe(false);
    }));

  it('in an audit, the token rules name the token', () =>
    withHarness(async (h) => {
      const report = reportOf(await h.run({ inputs: { mode: 'audit', report: 'json' } }));
      const tokenIds = new Set(h.scenario.org.pat_grants.map((g) => `pat:${g.token_id}`));
      const patFindings = report.findings.filter((f) => f.resource.startsWith('pat:'));
      expect(patFindings.length).toBeGreaterThan(0);
      for (const finding of patFindings) {
        expect(tokenIds.has(finding.resource)).toBe(true);
        expect(finding.evidence).toHaveProperty('grantId');
      }
    }));
});

describe('what could not be read is never ticked revoked', () => {
  it.each([
    ['a repository whose deploy keys are denied', { match: 'graphql:Repository.deployKeys' }, ['deploy-key']],
    ['the repository list', { match: 'graphql:Organization.repositories' }, ['deploy-key', 'secret', 'repo-access']],
  ])('behind %s: could not check, and the issue stays open', (_, denial, kinds) =>
    withHarness(async (h) => {
      const person = departure(h.scenario, 'leftovers');
      const pre = reportOf(await h.run({ inputs: offboard(person.login, person.offboarded_at, 'pre') }));
      const held = (pre.offboarding[0] as { items: { kind: string; resource: string }[] }).items;
      for (const kind of kinds) expect(held.some((i) => i.kind === kind && i.resource.split('/').length > 2 || i.kind === kind && kind === 'repo-access')).toBe(true);

      revokeAccess(h.scenario.org, person.login, h.scenario.org.now, 'secops-lead');
      h.sim.switches.denials.push(denial);
      const post = reportOf(await h.run({ inputs: offboard(person.login, person.offboarded_at, 'post') }));
      const items = (post.offboarding[0] as { items: ItemReport[] }).items;
      for (const kind of kinds) {
        // Organization secrets are read from their own list, which stays readable.
        const inRepository = (resource: string) => !resource.startsWith('secret:') || resource.split('/').length > 2;
        const ofKind = items.filter(
          (i) => i.kind === kind && inRepository(i.resource) && held.some((h2) => h2.resource === i.resource),
        );
        expect(ofKind.length).toBeGreaterThan(0);
        for (const item of ofKind) expect([item.resource, item.status]).toEqual([item.resource, 'unknown']);
      }
      expect(post.coverage.complete).toBe(false);
      if (denial.match === 'graphql:Repository.deployKeys') {
        // The repositories are still there, each named with its part and the permission to grant.
        const keyRepos = held.filter((i) => i.kind === 'deploy-key').map((i) => i.resource.split(':')[1].split('/').slice(0, 2).join('/'));
        const gapsNamed = post.coverage.gaps.map((g) => g.resource);
        for (const repo of keyRepos) expect(gapsNamed).toContain(`repo:${repo}/deploy-keys`);
        expect(gapsNamed).not.toContain('org:acme/repositories');
        expect(post.coverage.gaps.find((g) => g.resource.endsWith('/deploy-keys'))?.reason).toMatch(/Administration read/);
      }
      expect(trackingIssue(h.scenario, person.login).state).toBe('open');
    }),
  );
});

describe('an unreadable audit log', () => {
  it('holds back stale-member, keeps its issue open and counts nothing resolved', () =>
    withHarness(async (h) => {
      const first = reportOf(await h.run({ inputs: { mode: 'audit' } }));
      const stale = first.findings.filter((f) => f.rule === 'stale-member');
      expect(stale.length).toBeGreaterThan(0);
      const issue = () => h.scenario.org.issues.find((i) => i.title.includes('stale-member'));
      expect(issue()?.state).toBe('open');

      h.sim.switches.denials.push({ match: /^GET \/orgs\/acme\/audit-log/, status: 403 });
      const second = await h.run({ inputs: { mode: 'audit' } });
      const report = reportOf(second);
      expect(report.coverage.gaps.map((g) => g.resource)).toContain('org:acme/audit-log');
      expect(report.findings.some((f) => f.rule === 'stale-member')).toBe(false);
      expect(issue()?.state).toBe('open');
      const resolved = (report as unknown as { changes: { resolved: string[] } | null }).changes?.resolved ?? [];
      for (const finding of stale) expect(resolved).not.toContain(finding.fingerprint);
      expect(second.summary).not.toMatch(/stale-member[^\n]*resolved/i);
    }));
});

describe('a login in another case', () => {
  it('gets the same full verification as the login GitHub spells', async () => {
    // `pre` tracks the person as GitHub spells them; `post` is then given the login in capitals
    // (HR's spelling): the tracked issue is found, and nothing they hold may be lost to case.
    const leftoversOf = (spell: (login: string) => string) =>
      new Promise<string[]>((resolve, reject) => {
        withHarness(async (h) => {
          const person = departure(h.scenario, 'leftovers');
          await h.run({ inputs: offboard(person.login, person.offboarded_at, 'pre') });
          const post = reportOf(await h.run({ inputs: offboard(spell(person.login), person.offboarded_at, 'post') }));
          resolve(post.findings.filter((f) => f.rule.startsWith('retained-')).map((f) => `${f.rule} ${f.subject ?? '-'} ${f.resource}`).sort());
        }).catch(reject);
      });
    const lower = await leftoversOf((login) => login);
    const upper = await leftoversOf((login) => login.toUpperCase());
    expect(new Set(lower.map((key) => key.split(' ')[0])).size).toBeGreaterThanOrEqual(4);
    expect(upper).toEqual(lower);
  }, 240_000);
});
