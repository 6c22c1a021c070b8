// Offboarding end to end: pre (inventory, tracking issue), HR's automation removing access,
// post (what is left, activity after termination), through the runner emulation.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AMBIGUOUS_EMAIL, EMAIL_ONLY_ADDRESS, UNKNOWN_EMAIL, expectedLeftovers, revokeAccess } from '../../simulator/scenario/index.js';
import type { Scenario, SimIssue } from '../../simulator/state.js';
import { harness, keyOf, reportOf, type Harness } from './harness.js';

const OFFBOARDING_RULES = new Set([
  'retained-org-membership',
  'retained-repo-access',
  'retained-team-membership',
  'pending-invitation',
  'retained-token',
  'retained-deploy-key',
  'unrotated-secret',
  'activity-after-offboarding',
  'offboarded-ip-activity',
]);

function departure(scenario: Scenario, kind: string) {
  const person = scenario.departures.find((d) => d.kind === kind);
  if (!person) throw new Error(`no ${kind} departure`);
  return person;
}

function trackingIssue(scenario: Scenario, login: string): SimIssue | undefined {
  return scenario.org.issues.find((issue) => issue.labels.includes('offboarding') && issue.title.includes(login));
}

function offboardInputs(login: string, offboardedAt: string, phase: 'pre' | 'post') {
  return { mode: 'offboard', subjects: login, phase, 'offboarded-at': offboardedAt };
}

/** Rotate the secrets the inventory lists: what a clean offboarding does besides revoking. */
function rotateSecrets(scenario: Scenario, resources: string[], at: string) {
  const org = scenario.org.login;
  const wanted = new Set(resources.filter((resource) => resource.startsWith('secret:')));
  for (const secret of [...scenario.org.org_secrets, ...scenario.org.org_dependabot_secrets]) {
    if (wanted.has(`secret:${org}/${secret.name}`)) secret.updated_at = at;
  }
  for (const repo of scenario.org.repos) {
    for (const secret of [...repo.secrets, ...repo.dependabot_secrets]) {
      if (wanted.has(`secret:${org}/${repo.name}/${secret.name}`)) secret.updated_at = at;
    }
    for (const environment of repo.environments) {
      for (const secret of environment.secrets) {
        if (wanted.has(`secret:${org}/${repo.name}/env/${environment.name}/${secret.name}`)) secret.updated_at = at;
      }
    }
  }
}

describe('mode: offboard', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('a clean offboarding: pre opens the tracking issue, post finds nothing and closes it', async () => {
    const person = departure(h.scenario, 'clean');
    const pre = await h.run({ inputs: offboardInputs(person.login, person.offboarded_at, 'pre') });
    expect(pre.exitCode).toBe(0);
    // Nothing was removed at `pre`: the log says what is to remove, not what is "left".
    expect(pre.stdout).toMatch(new RegExp(`${person.login} \\(pre\\): \\d+ held, \\d+ to remove`));
    const opened = trackingIssue(h.scenario, person.login);
    expect(opened?.state).toBe('open');
    expect(opened?.body?.split('\n')[0]).toContain(`"subject":"${person.login}"`);
    expect(opened?.body).toContain('- [ ]');

    revokeAccess(h.scenario.org, person.login, h.scenario.org.now, 'secops-lead');
    const held = (reportOf(pre).offboarding[0] as { items: { resource: string }[] }).items.map((item) => item.resource);
    expect(held.some((resource) => resource.startsWith('secret:'))).toBe(true);
    rotateSecrets(h.scenario, held, h.scenario.org.now);
    const post = await h.run({ inputs: offboardInputs(person.login, person.offboarded_at, 'post') });
    const report = reportOf(post);
    expect(report.findings.filter((f) => OFFBOARDING_RULES.has(f.rule))).toEqual([]);
    expect(post.exitCode).toBe(0);
    const closed = trackingIssue(h.scenario, person.login);
    expect(closed?.state).toBe('closed');
    expect(closed?.body).not.toContain('- [ ]');
    expect(closed?.body).toMatch(/revoked .* by secops\\?-lead/);
  });

  it('leftovers of every kind are each reported, and activity after termination too', async () => {
    const person = departure(h.scenario, 'leftovers');
    await h.run({ inputs: offboardInputs(person.login, person.offboarded_at, 'pre') });
    const keep = { 'org-membership': true, 'repo-access': true, 'team-membership': true, invitations: true, tokens: true, 'deploy-keys': true };
    revokeAccess(h.scenario.org, person.login, h.scenario.org.now, 'secops-lead', keep);
    const post = await h.run({ inputs: offboardInputs(person.login, person.offboarded_at, 'post') });
    const report = reportOf(post);

    const expected = expectedLeftovers(h.scenario, person.login, keep).map(keyOf).sort();
    const actual = report.findings.filter((f) => OFFBOARDING_RULES.has(f.rule)).map(keyOf).sort();
    expect(actual).toEqual(expected);
    const rules = new Set(actual.map((key) => key.split(' ')[0]));
    const missing = [...OFFBOARDING_RULES].filter((rule) => rule !== 'offboarded-ip-activity' && !rules.has(rule));
    expect(missing).toEqual([]);
    expect(post.exitCode).toBe(1);
    expect(trackingIssue(h.scenario, person.login)?.state).toBe('open');
    expect(post.summary).toContain('Offboarding metrics');
  });

  it('a person known to HR only by e-mail is resolved through SAML and verified e-mails', async () => {
    const person = departure(h.scenario, 'email-only');
    expect(person.email).toBe(EMAIL_ONLY_ADDRESS);
    const pre = await h.run({ inputs: offboardInputs(EMAIL_ONLY_ADDRESS, person.offboarded_at, 'pre') });
    expect(pre.exitCode).toBe(0);
    expect(trackingIssue(h.scenario, person.login)?.state).toBe('open');

    const keep = { tokens: true };
    revokeAccess(h.scenario.org, person.login, h.scenario.org.now, 'secops-lead', keep);
    // After removal the SAML link is gone: the e-mail recorded at `pre` still resolves it.
    const post = await h.run({ inputs: offboardInputs(EMAIL_ONLY_ADDRESS, person.offboarded_at, 'post') });
    const report = reportOf(post);
    const expected = expectedLeftovers(h.scenario, person.login, keep).map(keyOf).sort();
    expect(report.findings.filter((f) => OFFBOARDING_RULES.has(f.rule)).map(keyOf).sort()).toEqual(expected);
    expect(report.findings.some((f) => f.rule === 'retained-token' && f.subject === person.login)).toBe(true);
  });

  it('without a pre phase, post reconstructs what the person held from the audit log', async () => {
    const person = departure(h.scenario, 'no-pre');
    const keep = { 'repo-access': true, tokens: true, 'deploy-keys': true };
    revokeAccess(h.scenario.org, person.login, h.scenario.org.now, 'secops-lead', keep);
    const post = await h.run({ inputs: offboardInputs(person.login, person.offboarded_at, 'post') });
    const report = reportOf(post);
    const expected = expectedLeftovers(h.scenario, person.login, keep)
      .filter((e) => e.rule !== 'unrotated-secret')
      .map(keyOf)
      .sort();
    const actual = report.findings
      .filter((f) => OFFBOARDING_RULES.has(f.rule) && f.rule !== 'unrotated-secret')
      .map(keyOf)
      .sort();
    expect(actual).toEqual(expected);
    const result = report.offboarding[0];
    expect(result.inventorySource).toBe('audit-log');
    expect(trackingIssue(h.scenario, person.login)?.body).toMatch(/audit log/i);
  });

  it('several subjects in one run: an unknown or ambiguous e-mail fails only itself', async () => {
    const person = departure(h.scenario, 'clean');
    const run = await h.run({
      inputs: { mode: 'offboard', phase: 'post', subjects: `${UNKNOWN_EMAIL}\n${person.login}, ${AMBIGUOUS_EMAIL}` },
    });
    const report = reportOf(run);
    expect(report.offboarding.map((result) => result.subject)).toEqual([person.login]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(UNKNOWN_EMAIL);
    expect(run.stdout).toMatch(/tjones-admin/);
  });
});

describe('mode: offboard with remediation', () => {
  it('revokes what is left, records every action in the tracking issue, and lists secrets to rotate', async () => {
    const h = await harness({ repositoryPolicy: (text) => text.replace('remediate: false', 'remediate: true') });
    try {
      const person = departure(h.scenario, 'remediate');
      await h.run({ inputs: offboardInputs(person.login, person.offboarded_at, 'pre') });
      const post = await h.run({ inputs: offboardInputs(person.login, person.offboarded_at, 'post') });
      const report = reportOf(post);
      const left = report.findings.filter((f) => OFFBOARDING_RULES.has(f.rule) && f.rule !== 'unrotated-secret' && f.rule !== 'activity-after-offboarding' && f.rule !== 'offboarded-ip-activity');
      expect(left).toEqual([]);
      expect(h.scenario.org.members.some((m) => m.login === person.login)).toBe(false);
      expect(h.scenario.org.pat_grants.some((g) => g.owner === person.login)).toBe(false);
      expect(h.scenario.org.credential_authorizations.some((c) => c.login === person.login)).toBe(false);
      const issue = trackingIssue(h.scenario, person.login);
      expect(issue?.body).toMatch(/Remediation log/);
      expect(issue?.body).toMatch(/DELETE|revoke/i);
      const result = report.offboarding[0] as { remediation: { ok: boolean }[] };
      expect(result.remediation.length).toBeGreaterThan(0);
      expect(result.remediation.every((entry) => entry.ok)).toBe(true);
    } finally {
      await h.close();
    }
  });

  it('without the opt-in, plans the revocations and changes nothing', async () => {
    const h = await harness();
    try {
      const person = departure(h.scenario, 'remediate');
      const from = h.sim.log.length;
      const post = await h.run({ inputs: { ...offboardInputs(person.login, person.offboarded_at, 'post'), report: 'json' } });
      expect(h.writes(from)).toEqual([]);
      expect(h.scenario.org.members.some((m) => m.login === person.login)).toBe(true);
      const plans = reportOf(post).plans as { remediation?: unknown[] };
      expect(plans.remediation?.length).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });
});

describe('HR events', () => {
  it('reads subjects, phase and offboarded_at from repository_dispatch and workflow_dispatch', async () => {
    const h = await harness();
    try {
      const person = departure(h.scenario, 'clean');
      const dispatch = await h.run({
        inputs: { mode: 'offboard', report: 'json' },
        event: {
          name: 'repository_dispatch',
          payload: { action: 'offboarding', client_payload: { subjects: [person.login], phase: 'pre', offboarded_at: person.offboarded_at } },
        },
      });
      const result = reportOf(dispatch).offboarding[0];
      expect(result).toMatchObject({ subject: person.login, phase: 'pre', offboardedAt: new Date(person.offboarded_at).toISOString() });

      const manual = await h.run({
        inputs: { mode: 'offboard', report: 'json' },
        event: { name: 'workflow_dispatch', payload: { inputs: { subjects: person.login, phase: 'post', offboarded_at: person.offboarded_at } } },
      });
      expect(reportOf(manual).offboarding[0]).toMatchObject({ subject: person.login, phase: 'post' });
    } finally {
      await h.close();
    }
  });
});

describe('the offboarding journey', () => {
  it('reports each step not done by its deadline, and no step that is done or not yet due', async () => {
    const h = await harness();
    try {
      const person = departure(h.scenario, 'leftovers');
      const threeDaysAgo = new Date(new Date(h.scenario.org.now).getTime() - 72 * 3_600_000).toISOString();
      await h.run({ inputs: offboardInputs(person.login, threeDaysAgo, 'pre') });
      // Everything removed except the tokens.
      revokeAccess(h.scenario.org, person.login, h.scenario.org.now, 'secops-lead', { tokens: true });
      const post = await h.run({ inputs: offboardInputs(person.login, threeDaysAgo, 'post') });
      const missing = reportOf(post).findings.filter((f) => f.rule === 'offboarding-step-missing');
      const steps = missing.map((f) => f.resource).sort();
      expect(steps).toContain(`offboarding-step:${person.login}/revoke-tokens`);
      expect(steps).not.toContain(`offboarding-step:${person.login}/remove-org-membership`);
      expect(steps).not.toContain(`offboarding-step:${person.login}/remove-deploy-keys`);

      // The same leftovers one hour after termination: nothing is overdue yet.
      const h2 = await harness();
      try {
        const recent = new Date(new Date(h2.scenario.org.now).getTime() - 3_600_000).toISOString();
        await h2.run({ inputs: offboardInputs(person.login, recent, 'pre') });
        revokeAccess(h2.scenario.org, person.login, h2.scenario.org.now, 'secops-lead', { tokens: true });
        const early = await h2.run({ inputs: offboardInputs(person.login, recent, 'post') });
        expect(reportOf(early).findings.filter((f) => f.rule === 'offboarding-step-missing')).toEqual([]);
      } finally {
        await h2.close();
      }
    } finally {
      await h.close();
    }
  });
});

describe('the scheduled re-verification', () => {
  it('checks every open offboarding without being told whom, and closes the ones now clean', async () => {
    const h = await harness();
    try {
      const clean = departure(h.scenario, 'clean');
      const leftovers = departure(h.scenario, 'leftovers');
      const pre = await h.run({ inputs: offboardInputs(clean.login, clean.offboarded_at, 'pre') });
      await h.run({ inputs: offboardInputs(leftovers.login, leftovers.offboarded_at, 'pre') });
      revokeAccess(h.scenario.org, clean.login, h.scenario.org.now, 'secops-lead');
      const held = (reportOf(pre).offboarding[0] as { items: { resource: string }[] }).items.map((item) => item.resource);
      rotateSecrets(h.scenario, held, h.scenario.org.now);

      const scheduled = await h.run({ inputs: { mode: 'offboard' }, event: { name: 'schedule' } });
      const report = reportOf(scheduled);
      expect(report.offboarding.map((result) => result.subject).sort()).toEqual([clean.login, leftovers.login].sort());
      expect(trackingIssue(h.scenario, clean.login)?.state).toBe('closed');
      expect(trackingIssue(h.scenario, leftovers.login)?.state).toBe('open');

      // The next scheduled run no longer looks at the closed one.
      const next = reportOf(await h.run({ inputs: { mode: 'offboard', report: 'json' }, event: { name: 'schedule' } }));
      expect(next.offboarding.map((result) => result.subject)).toEqual([leftovers.login]);
    } finally {
      await h.close();
    }
  });
});
