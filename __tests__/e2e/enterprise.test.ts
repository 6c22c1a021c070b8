// The enterprise, end to end: the bundled action against the simulated enterprise `acme-corp`
// (acme, acme-labs, acme-eu), through the runner emulation.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { interpolate } from '../../simulator/workflow.js';
import {
  ENTERPRISE_CAST as C,
  ENTERPRISE_SLUG,
  EU,
  LABS,
  generateEnterpriseScenario,
  rosterCsv,
} from '../../simulator/scenario/enterprise.js';
import { harness, keyOf, reportOf, type Harness } from './harness.js';

/** A run with one read refused, the refusal lifted afterwards whatever happens. */
async function withDenial<T>(h: Harness, match: string, run: () => Promise<T>): Promise<T> {
  h.sim.switches.denials = [{ match }];
  try {
    return await run();
  } finally {
    h.sim.switches.denials = [];
  }
}

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
    const run = await withDenial(h, `GET /scim/v2/organizations/${EU}/Users`, () =>
      h.run({ inputs: { mode: 'audit', organization: EU, report: 'json', 'dry-run': 'true' } }),
    );
    const report = reportOf(run);
    expect(report.findings.filter((f) => f.rule === 'deprovisioned-identity-access')).toEqual([]);
    expect(report.coverage.gaps).toContainEqual({
      resource: `org:${EU}/scim-identities`,
      reason: expect.stringMatching(/Members read/),
    });
    expect(report.coverage.complete).toBe(false);
  });
});

interface ScopeReport {
  organizations?: {
    enterprise: string | null;
    sections: { organization: string; status: string; findings: number; coverageComplete: boolean }[];
    total: { organizations: number; findings: number };
  };
}

describe('an enterprise audit across three organizations, with HR’s roster', () => {
  let h: Harness;
  let run: Awaited<ReturnType<Harness['run']>>;
  beforeAll(async () => {
    const scenario = generateEnterpriseScenario();
    h = await harness({ scenario });
    h.files['hr/roster.csv'] = rosterCsv(scenario);
    run = await h.run({
      inputs: {
        mode: 'audit',
        enterprise: ENTERPRISE_SLUG,
        roster: 'hr/roster.csv',
        report: 'json,summary',
        'dry-run': 'true',
      },
    });
  });
  afterAll(() => h.close());

  it('collects every organization of the enterprise, each with its own section, and the total', () => {
    const report = reportOf(run) as unknown as ReturnType<typeof reportOf> & ScopeReport;
    expect(report.organizations?.enterprise).toBe(ENTERPRISE_SLUG);
    expect(report.organizations?.sections.map((s) => [s.organization, s.status])).toEqual([
      ['acme', 'read'],
      [EU, 'read'],
      [LABS, 'read'],
    ]);
    const sum = report.organizations!.sections.reduce((n, s) => n + s.findings, 0);
    expect(report.organizations?.total).toMatchObject({ organizations: 3, findings: report.findings.length });
    expect(sum).toBe(report.findings.length);
    expect(run.summary).toContain(`Organizations of ${ENTERPRISE_SLUG.replace('-', '\\-')}`);
  });

  it('reports the planted enterprise cases of every organization, and none of their near-misses', () => {
    const report = reportOf(run);
    const keys = new Set(report.findings.map(keyOf));
    for (const expected of h.scenario.expected.filter(
      (e) => e.mode === 'audit' && /acme-(labs|eu)/.test(e.resource),
    )) {
      expect([expected.why, keys.has(keyOf(expected))]).toEqual([expected.why, true]);
    }
    for (const miss of h.scenario.nearMisses.filter((m) => /acme-(labs|eu)/.test(m.resource))) {
      const hit = report.findings.find(
        (f) =>
          f.rule === miss.rule &&
          f.resource === miss.resource &&
          f.subject === miss.subject &&
          f.severity !== 'low',
      );
      expect(hit ? `${miss.why}: ${hit.message}` : null).toBeNull();
    }
  });

  it('a member the roster lists as terminated is a high finding naming the roster row', () => {
    const report = reportOf(run);
    const karl = report.findings.find(
      (f) => f.rule === 'deprovisioned-identity-access' && f.subject === C.terminated,
    );
    expect(karl).toMatchObject({ severity: 'high', resource: `org:${EU}` });
    expect(karl?.message).toContain("HR's roster lists karl@acme.example as terminated");
    expect(karl?.message).toContain('hr/roster.csv:2');
    // Active in the roster: nothing; unknown to the roster: low, for review.
    expect(
      report.findings.filter(
        (f) => f.rule === 'deprovisioned-identity-access' && f.subject === C.rosterActive,
      ),
    ).toEqual([]);
    const unknown = report.findings.filter(
      (f) => f.rule === 'deprovisioned-identity-access' && f.evidence.rosterUnmatched === true,
    );
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((f) => f.severity === 'low')).toBe(true);
  });

  it('a roster with a bad row stops the run, naming file:line', async () => {
    h.files['hr/bad.csv'] = 'email,status,termination_date\nkarl@acme.example,gone,2026-11-20\n';
    const bad = await h.run({
      inputs: { mode: 'audit', organization: EU, roster: 'hr/bad.csv', report: 'json', 'dry-run': 'true' },
    });
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain('hr/bad.csv:2: unknown status "gone"');
  });
});

describe('the matrix-and-merge workflow through the runner emulation: three organization runs, then one merge', () => {
  const workflow = parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'docs/workflows/enterprise-matrix.yml'), 'utf8'),
  ) as {
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
  };
  const sentinelStep = (job: string) =>
    workflow.jobs[job].steps.find((s) => s.uses?.includes('offboarding-sentinel'))!;
  const withInputs = (job: string, context: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(sentinelStep(job).with ?? {}).map(([k, v]) => [k, interpolate(String(v), context)]),
    );

  let h: Harness;
  let reports: Record<string, string>;
  const orgs = ['acme', LABS, EU];
  beforeAll(async () => {
    h = await harness({ scenario: generateEnterpriseScenario() });
    reports = {};
    for (const org of orgs) {
      const inputs = withInputs('audit', {
        matrix: { org },
        steps: { app: { outputs: { token: h.sim.token } } },
      });
      const run = await h.run({ inputs });
      expect(run.exitCode).toBe(0);
      // upload-artifact / download-artifact: each report lands in its own folder under `reports/`.
      reports[`reports/offboarding-sentinel-report-${org}/offboarding-sentinel-report.json`] = readFileSync(
        run.outputs['report-path'],
        'utf8',
      );
    }
  });
  afterAll(() => h.close());

  const merge = (files: Record<string, string>, list: string[]) =>
    h.run({
      files: { ...h.files, ...files },
      inputs: withInputs('merge', {
        needs: { organizations: { outputs: { list: JSON.stringify(list) } } },
        github: { token: h.sim.token },
      }),
    });

  it('merges the three reports into one report, summary, SARIF and issues', async () => {
    const before = h.sim.log.length;
    const run = await merge(reports, orgs);
    const report = reportOf(run) as unknown as ReturnType<typeof reportOf> & ScopeReport & { mode: string };
    expect(report.mode).toBe('merge');
    const parts = Object.values(reports).map(
      (text) => JSON.parse(text) as { findings: { fingerprint: string }[] },
    );
    const union = new Set(parts.flatMap((p) => p.findings.map((f) => f.fingerprint)));
    expect(new Set(report.findings.map((f) => f.fingerprint))).toEqual(union);
    expect(report.organizations?.sections.map((s) => s.organization)).toEqual(['acme', EU, LABS]);
    expect(report.findings.some((f) => f.rule === 'idle-copilot-seat')).toBe(true);
    expect(run.outputs['sarif-path']).toMatch(/\.sarif$/);
    expect(run.summary).toContain('**total** (3 organizations');
    // The merge posts: one check run and the audit issues.
    const writes = h.writes(before).map((w) => w.route);
    expect(writes).toContain('POST /repos/{owner}/{repo}/check-runs');
    expect(writes).toContain('POST /repos/{owner}/{repo}/issues');
  });

  it('is idempotent: merging the same reports again changes no issue and gives the same findings', async () => {
    const first = reportOf(await merge(reports, orgs));
    const before = h.sim.log.length;
    const again = reportOf(await merge(reports, orgs));
    expect(again.findings).toEqual(first.findings);
    expect(h.writes(before).filter((w) => w.route.includes('/issues'))).toEqual([]);
  });

  it('an organization whose report is missing is a coverage gap of the merged report, never a silent hole', async () => {
    const withoutEu = Object.fromEntries(
      Object.entries(reports).filter(([path]) => !path.includes(`-${EU}/`)),
    );
    const run = await merge(withoutEu, orgs);
    const report = reportOf(run) as unknown as ReturnType<typeof reportOf> & ScopeReport;
    expect(report.coverage.complete).toBe(false);
    expect(report.coverage.gaps).toContainEqual({
      resource: `org:${EU}`,
      reason: expect.stringMatching(/no audit report for acme-eu/),
    });
    expect(report.organizations?.sections.find((s) => s.organization === EU)).toMatchObject({
      status: 'missing',
      coverageComplete: false,
    });
  });
});

describe('offboarding with enterprise access', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ scenario: generateEnterpriseScenario() });
  });
  afterAll(() => h.close());
  /** One subject's `post` across the enterprise. */
  const post = (subjects: string, inputs: Record<string, string>) =>
    h.run({ inputs: { mode: 'offboard', phase: 'post', subjects, enterprise: ENTERPRISE_SLUG, report: 'json', ...inputs } });

  it('an unaffiliated enterprise member keeping an enterprise Copilot seat: both reported, the tracking issue lists them', async () => {
    const run = await post(C.unaffiliated, { report: 'json,issues', 'offboarded-at': '2026-11-20T00:00:00Z' });
    const report = reportOf(run);
    const ours = report.findings
      .filter((f) => f.rule.startsWith('retained-'))
      .map((f) => [f.rule, f.resource]);
    expect(ours).toEqual([
      ['retained-enterprise-membership', `enterprise:${ENTERPRISE_SLUG}`],
      ['retained-copilot-seat', `copilot-seat:${ENTERPRISE_SLUG}/${C.unaffiliated}`],
    ]);
    const issue = h.sim.scenario.org.issues.find((i) => i.title === `Offboarding: ${C.unaffiliated}`);
    expect(issue?.body).toContain('Enterprise membership and roles');
    expect(issue?.body).toContain('Copilot seats');
    expect(issue?.state).toBe('open');
  });

  it('across the enterprise: leftovers in two organizations, one tracking issue listing both', async () => {
    const run = await post(C.leaver, { report: 'json,issues', 'offboarded-at': '2026-11-25T00:00:00Z' });
    const report = reportOf(run);
    const ours = report.findings
      .filter((f) => f.rule.startsWith('retained-'))
      .map((f) => f.resource)
      .sort();
    expect(ours).toEqual(
      [
        `copilot-seat:${LABS}/${C.leaver}`,
        `enterprise:${ENTERPRISE_SLUG}`,
        `org:${EU}`,
        `org:${LABS}`,
        `repo:${LABS}/prototypes`,
      ].sort(),
    );
    // Gone from acme: nothing reported there.
    expect(
      report.findings.some((f) => f.resource === 'org:acme' && f.rule === 'retained-org-membership'),
    ).toBe(false);
    // Still in the enterprise team `platform`: named on the enterprise finding.
    const enterprise = report.findings.find((f) => f.rule === 'retained-enterprise-membership');
    expect(enterprise?.message).toContain('enterprise team(s) platform');
    expect(enterprise?.evidence.teams).toBe('platform');
    const issues = h.sim.scenario.org.issues.filter((i) => i.title === `Offboarding: ${C.leaver}`);
    expect(issues).toHaveLength(1);
    expect(issues[0].body).toContain(`offboard/enterprise/${ENTERPRISE_SLUG}:${C.leaver}`);
    expect(issues[0].body).toContain('in acme\\-corp');
    expect(issues[0].body).toContain('Member of acme\\-labs');
    expect(issues[0].body).toContain('Member of acme\\-eu');
    expect(issues[0].state).toBe('open');
  });

  it('post reads every organization’s log for the leaver’s addresses: someone else using one in another organization is reported', async () => {
    const organizations = h.sim.scenario.organizations ?? [];
    const labs = organizations.find((o) => o.login === LABS);
    const eu = organizations.find((o) => o.login === EU);
    if (!labs || !eu) throw new Error('the enterprise scenario has acme-labs and acme-eu');
    const departedAt = Date.parse('2026-11-25T00:00:00Z');
    const ip = '198.51.100.23';
    // The leaver's own event in acme-labs gives the address; someone else uses it in acme-eu.
    labs.audit_log.push({ _document_id: 'labs-own-before', '@timestamp': departedAt - 86_400_000, created_at: departedAt - 86_400_000, action: 'git.clone', actor: C.leaver, org: LABS, actor_ip: ip });
    const someone = eu.members.find((m) => m.login.toLowerCase() !== C.leaver.toLowerCase())?.login ?? 'someone-else';
    eu.audit_log.push({ _document_id: 'eu-other-after', '@timestamp': departedAt + 3_600_000, created_at: departedAt + 3_600_000, action: 'git.clone', actor: someone, org: EU, actor_ip: ip });
    // A near-miss: the same actor from another address.
    eu.audit_log.push({ _document_id: 'eu-other-elsewhere', '@timestamp': departedAt + 7_200_000, created_at: departedAt + 7_200_000, action: 'git.clone', actor: someone, org: EU, actor_ip: '198.51.100.99' });
    try {
      const report = reportOf(await post(C.leaver, { 'offboarded-at': '2026-11-25T00:00:00Z' }));
      const found = report.findings.filter((f) => f.rule === 'offboarded-ip-activity');
      expect(found.map((f) => f.resource)).toEqual(['event:eu-other-after']);
      expect(found[0].evidence).toMatchObject({ actor: someone, ip });
    } finally {
      labs.audit_log = labs.audit_log.filter((e) => e._document_id !== 'labs-own-before');
      eu.audit_log = eu.audit_log.filter((e) => !String(e._document_id).startsWith('eu-other-'));
    }
  });

  it('without an enterprise owner’s token the enterprise teams are a named gap saying which token reads them', async () => {
    const run = await withDenial(h, `GET /enterprises/${ENTERPRISE_SLUG}/teams`, () =>
      post(C.leaver, { 'dry-run': 'true', 'offboarded-at': '2026-11-25T00:00:00Z' }),
    );
    const report = reportOf(run);
    expect(report.coverage.gaps).toContainEqual({
      resource: `enterprise:${ENTERPRISE_SLUG}/teams`,
      reason: expect.stringMatching(/enterprise teams are readable only with an enterprise owner's token \(classic PAT with read:enterprise\)/),
    });
    // The membership itself was read: still reported, without the teams.
    const enterprise = report.findings.find((f) => f.rule === 'retained-enterprise-membership');
    expect(enterprise?.evidence.teams).toBeUndefined();
  });

  it('without an enterprise owner’s token the enterprise membership is a named gap, not "removed"', async () => {
    const run = await withDenial(h, 'graphql:Enterprise.members', () => post(C.unaffiliated, { 'dry-run': 'true' }));
    const report = reportOf(run);
    expect(report.findings.some((f) => f.rule === 'retained-enterprise-membership')).toBe(false);
    expect(report.coverage.gaps).toContainEqual({
      resource: `enterprise:${ENTERPRISE_SLUG}/members`,
      reason: expect.stringMatching(/enterprise owner's token/),
    });
  });
});

describe('a roster match starts a verification', () => {
  let h: Harness;
  beforeAll(async () => {
    const scenario = generateEnterpriseScenario();
    h = await harness({ scenario });
    h.files['hr/roster.csv'] = rosterCsv(scenario);
  });
  afterAll(() => h.close());

  it('a scheduled post with the roster opens the tracking issue of a terminated person still in the organization, at the roster date', async () => {
    const run = await h.run({
      inputs: {
        mode: 'offboard',
        phase: 'post',
        organization: EU,
        roster: 'hr/roster.csv',
        report: 'json,issues',
      },
    });
    const report = reportOf(run) as unknown as ReturnType<typeof reportOf> & {
      offboarding: { subject: string; offboardedAt: string }[];
    };
    const karl = report.offboarding.find((r) => r.subject === C.terminated);
    expect(karl?.offboardedAt).toBe(
      new Date(Date.parse(h.scenario.org.now) - 7 * 86_400_000).toISOString().slice(0, 10) + 'T00:00:00.000Z',
    );
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'retained-org-membership',
        subject: C.terminated,
        resource: `org:${EU}`,
      }),
    );
    expect(h.sim.scenario.org.issues.map((i) => i.title)).toContain(`Offboarding: ${C.terminated}`);
    // Active in the roster: no verification.
    expect(report.offboarding.some((r) => r.subject === C.rosterActive)).toBe(false);
  });
});
