// Bad input from outside, end to end through the bundle: an event that asks for people who are
// not people, or accounts that do not exist, opens no tracking issue.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { harness, reportOf, type Harness } from './harness.js';

describe('subjects that are not people', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  const trackingIssues = () => h.scenario.org.issues.filter((issue) => issue.labels.includes('offboarding'));

  it('a dispatch with subjects [null, 42, true] is refused, naming the field; no issue is opened', async () => {
    const before = trackingIssues().length;
    const run = await h.run({
      inputs: { mode: 'offboard' },
      event: { name: 'repository_dispatch', payload: { action: 'offboard', client_payload: { subjects: [null, 42, true], phase: 'pre' } } },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::.*`client_payload\.subjects\[0\]` is null; every subject must be a GitHub login or an e-mail address/);
    expect(trackingIssues()).toHaveLength(before);
  });

  it('logins that are no GitHub account are failed subjects, not tracking issues; a real one still runs', async () => {
    const person = h.scenario.departures[0];
    const ghosts = Array.from({ length: 5 }, (_, i) => `no-such-person-${i}`);
    const before = trackingIssues().length;
    const run = await h.run({
      inputs: { mode: 'offboard', phase: 'pre', subjects: [...ghosts, person.login].join(','), 'offboarded-at': person.offboarded_at, report: 'issues,json' },
    });
    expect(run.exitCode).toBe(1);
    for (const ghost of ghosts) expect(run.stdout).toContain(`${ghost}: no GitHub account has the login ${ghost}`);
    const opened = trackingIssues().slice(before);
    expect(opened.map((issue) => issue.title)).toEqual([expect.stringContaining(person.login)]);
    const report = reportOf(run);
    expect(report.offboarding.map((result) => result.subject)).toEqual([person.login]);
  });
});

describe('remediation safety, end to end', () => {
  const remediating = (extra = '') => (text: string) => text.replace('remediate: false', `remediate: true${extra}`);
  const departure = (h: Harness) => {
    const person = h.scenario.departures.find((d) => d.kind === 'remediate');
    if (!person) throw new Error('no remediate departure');
    return person;
  };
  const inputs = (login: string, at: string, phase: 'pre' | 'post') => ({ mode: 'offboard', subjects: login, phase, 'offboarded-at': at });
  const deletes = (h: Harness, from: number) =>
    h.writes(from).filter((w) => w.method === 'DELETE' || (w.method === 'POST' && w.route.includes('personal-access-tokens')));

  it('refuses an organization owner, sends nothing, and says so in the tracking issue', async () => {
    const h = await harness({ repositoryPolicy: remediating() });
    try {
      const person = departure(h);
      const member = h.scenario.org.members.find((m) => m.login === person.login);
      if (!member) throw new Error('the departure is no member');
      member.role = 'admin';
      await h.run({ inputs: inputs(person.login, person.offboarded_at, 'pre') });
      const from = h.sim.log.length;
      await h.run({ inputs: inputs(person.login, person.offboarded_at, 'post') });
      expect(deletes(h, from)).toEqual([]);
      expect(h.scenario.org.members.some((m) => m.login === person.login)).toBe(true);
      const issue = h.scenario.org.issues.find((i) => i.labels.includes('offboarding') && i.title.includes(person.login));
      expect(issue?.body).toMatch(/\*\*not done\*\*, refused\\: .* is an owner of the organization/);
    } finally {
      await h.close();
    }
  });

  it('stops at offboarding.max-revocations and leaves the rest, recorded, for the next run', async () => {
    const h = await harness({ repositoryPolicy: remediating('\n  max-revocations: 1') });
    try {
      const person = departure(h);
      await h.run({ inputs: inputs(person.login, person.offboarded_at, 'pre') });
      const from = h.sim.log.length;
      const post = await h.run({ inputs: inputs(person.login, person.offboarded_at, 'post') });
      expect(deletes(h, from)).toHaveLength(1);
      const result = reportOf(post).offboarding[0] as { remediation: { ok: boolean; refused?: boolean; error: string | null }[] };
      expect(result.remediation.filter((r) => r.ok)).toHaveLength(1);
      expect(result.remediation.filter((r) => r.refused).length).toBeGreaterThan(0);
      expect(result.remediation.find((r) => r.refused)?.error).toMatch(/cap of 1 revocations/);
    } finally {
      await h.close();
    }
  });
});
