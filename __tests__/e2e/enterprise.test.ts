// The enterprise, end to end: the bundled action against the simulated enterprise `acme-corp`
// (acme, acme-labs, acme-eu), through the runner emulation.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ENTERPRISE_CAST as C,
  EU,
  LABS,
  generateEnterpriseScenario,
} from '../../simulator/scenario/enterprise.js';
import { harness, keyOf, reportOf, type Harness } from './harness.js';

describe('leavers the identity provider already removed, and Copilot seats (audit of one organization)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ scenario: generateEnterpriseScenario() });
  });
  afterAll(() => h.close());

  const planted = (org: string) =>
    h.scenario.expected
      .filter((e) => e.mode === 'audit' && e.resource.includes(org))
      .map(keyOf)
      .sort();
  const nearMisses = (org: string) => h.scenario.nearMisses.filter((m) => m.resource.includes(org));

  it('a deprovisioned SCIM identity that still has access is a high finding; the removed one is not', async () => {
    const run = await h.run({
      inputs: { mode: 'audit', organization: EU, report: 'json', 'dry-run': 'true' },
    });
    const report = reportOf(run);
    const found = report.findings.filter((f) => f.rule === 'deprovisioned-identity-access');
    expect(found.map(keyOf).sort()).toEqual(planted(EU).filter((k) => k.startsWith('deprovisioned')));
    expect(found[0]).toMatchObject({ subject: C.deprovisioned, severity: 'high', resource: `org:${EU}` });
    expect(found[0].message).toContain('deprovisioned the SCIM identity');
    for (const miss of nearMisses(EU)) {
      expect(
        report.findings.find((f) => f.rule === miss.rule && f.subject === miss.subject) ?? null,
      ).toBeNull();
    }
    expect(report.coverage.gaps.filter((g) => /scim|copilot/.test(g.resource))).toEqual([]);
  });

  it('an idle Copilot seat and a SAML identity gone from the IdP; busy and new seats are near-misses', async () => {
    const run = await h.run({
      inputs: { mode: 'audit', organization: LABS, report: 'json', 'dry-run': 'true' },
    });
    const report = reportOf(run);
    const ours = report.findings.filter((f) =>
      ['idle-copilot-seat', 'deprovisioned-identity-access'].includes(f.rule),
    );
    expect(ours.map(keyOf).sort()).toEqual(planted(LABS));
    for (const miss of nearMisses(LABS)) {
      expect(
        report.findings.find((f) => f.rule === miss.rule && f.resource === miss.resource) ?? null,
      ).toBeNull();
    }
  });

  it('a refused SCIM read is a named coverage gap, and the identity is not judged clean', async () => {
    h.sim.switches.denials = [{ match: `GET /scim/v2/organizations/${EU}/Users` }];
    const run = await h.run({
      inputs: { mode: 'audit', organization: EU, report: 'json', 'dry-run': 'true' },
    });
    h.sim.switches.denials = [];
    const report = reportOf(run);
    expect(report.findings.filter((f) => f.rule === 'deprovisioned-identity-access')).toEqual([]);
    expect(report.coverage.gaps).toContainEqual({
      resource: `org:${EU}/scim-identities`,
      reason: expect.stringMatching(/Members read/),
    });
    expect(report.coverage.complete).toBe(false);
  });
});
