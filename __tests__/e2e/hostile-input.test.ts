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
      event: {
        name: 'repository_dispatch',
        payload: { action: 'offboard', client_payload: { subjects: [null, 42, true], phase: 'pre' } },
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::.*`client_payload\.subjects\[0\]` is null; every subject must be a GitHub login or an e-mail address/,
    );
    expect(trackingIssues()).toHaveLength(before);
  });

  it('logins that are no GitHub account are failed subjects, not tracking issues; a real one still runs', async () => {
    const person = h.scenario.departures[0];
    const ghosts = Array.from({ length: 5 }, (_, i) => `no-such-person-${i}`);
    const before = trackingIssues().length;
    const run = await h.run({
      inputs: {
        mode: 'offboard',
        phase: 'pre',
        subjects: [...ghosts, person.login].join(','),
        'offboarded-at': person.offboarded_at,
        report: 'issues,json',
      },
    });
    expect(run.exitCode).toBe(1);
    for (const ghost of ghosts)
      expect(run.stdout).toContain(`${ghost}: no GitHub account has the login ${ghost}`);
    const opened = trackingIssues().slice(before);
    expect(opened.map((issue) => issue.title)).toEqual([expect.stringContaining(person.login)]);
    const report = reportOf(run);
    expect(report.offboarding.map((result) => result.subject)).toEqual([person.login]);
  });
});

describe('remediation safety, end to end', () => {
  const remediating =
    (extra = '') =>
    (text: string) =>
      text.replace('remediate: false', `remediate: true${extra}`);
  const departure = (h: Harness) => {
    const person = h.scenario.departures.find((d) => d.kind === 'remediate');
    if (!person) throw new Error('no remediate departure');
    return person;
  };
  const inputs = (login: string, at: string, phase: 'pre' | 'post') => ({
    mode: 'offboard',
    subjects: login,
    phase,
    'offboarded-at': at,
  });
  const deletes = (h: Harness, from: number) =>
    h
      .writes(from)
      .filter(
        (w) => w.method === 'DELETE' || (w.method === 'POST' && w.route.includes('personal-access-tokens')),
      );

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
      const issue = h.scenario.org.issues.find(
        (i) => i.labels.includes('offboarding') && i.title.includes(person.login),
      );
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
      const result = reportOf(post).offboarding[0] as {
        remediation: { ok: boolean; refused?: boolean; error: string | null }[];
      };
      expect(result.remediation.filter((r) => r.ok)).toHaveLength(1);
      expect(result.remediation.filter((r) => r.refused).length).toBeGreaterThan(0);
      expect(result.remediation.find((r) => r.refused)?.error).toMatch(/cap of 1 revocations/);
    } finally {
      await h.close();
    }
  });
});

describe('a run that stops early still writes its report', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it.each([
    ['no client_payload', { action: 'offboard' }, /needs subjects/],
    [
      'subjects: 42',
      { action: 'offboard', client_payload: { subjects: 42 } },
      /`client_payload\.subjects` is 42/,
    ],
    [
      'offboarded_at: "yesterday"',
      { action: 'offboard', client_payload: { subjects: ['alice'], offboarded_at: 'yesterday' } },
      /"yesterday", which is not an ISO-8601 time/,
    ],
  ])(
    'refused input (%s): the report has the error and the mode, and claims nothing',
    async (_name, payload, message) => {
      const run = await h.run({
        inputs: { mode: 'offboard' },
        event: { name: 'repository_dispatch', payload },
      });
      expect(run.exitCode).toBe(1);
      const report = run.report as Record<string, unknown> & { stopped?: { kind: string; message: string } };
      expect(report).not.toBeNull();
      expect(report.stopped?.kind).toBe('input');
      expect(report.stopped?.message).toMatch(message);
      expect(report).toMatchObject({
        mode: 'offboard',
        organization: 'acme',
        findings: [],
        offboarding: [],
        coverage: { complete: false },
      });
      expect(run.outputs).toMatchObject({ conclusion: 'failure', findings: '0' });
    },
  );

  it('a cancelled job (SIGTERM) leaves a report that says it stopped and claims nothing', async () => {
    h.sim.switches.latencyMs = 200;
    try {
      const run = await h.run({ inputs: { mode: 'audit', report: 'json' }, cancelAfterMs: 2500 });
      expect(run.exitCode).not.toBe(0);
      const report = run.report as Record<string, unknown> & { stopped?: { kind: string } };
      expect(report?.stopped?.kind).toBe('cancelled');
      expect(report).toMatchObject({ mode: 'audit', findings: [], coverage: { complete: false } });
    } finally {
      h.sim.switches.latencyMs = 0;
    }
  });
});

describe('the work one event can ask for', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('takes at most max-subjects subjects, in order; the rest are failed subjects, not dropped', async () => {
    const people = h.scenario.departures.slice(0, 3).map((d) => d.login);
    const run = await h.run({
      inputs: {
        mode: 'offboard',
        phase: 'pre',
        subjects: people.join(','),
        'max-subjects': '2',
        report: 'json',
      },
    });
    expect(run.exitCode).toBe(1);
    const report = reportOf(run) as unknown as {
      offboarding: { subject: string }[];
      failures: { subject: string; reason: string }[];
    };
    expect(report.offboarding.map((r) => r.subject)).toEqual(people.slice(0, 2));
    expect(report.failures).toEqual([
      { subject: people[2], reason: expect.stringMatching(/at most 2 subjects \(input `max-subjects`\)/) },
    ]);
  });

  it('refuses a max-subjects that is not a whole number from 1 to 1000', async () => {
    const run = await h.run({ inputs: { mode: 'offboard', subjects: 'alice', 'max-subjects': '0' } });
    expect(run.stdout).toMatch(/Input `max-subjects` is "0"; use a whole number from 1 to 1000/);
  });

  it('writes each person’s tracking issue and the report as they finish: a cancelled run keeps what it did', async () => {
    const people = h.scenario.departures.slice(0, 4).map((d) => d.login);
    const before = h.scenario.org.issues.filter((i) => i.labels.includes('offboarding')).map((i) => i.number);
    h.sim.switches.latencyMs = 30;
    try {
      // Long enough for the first person, too short for all four.
      const probeStarted = Date.now();
      const probe = await h.run({
        inputs: { mode: 'offboard', phase: 'pre', subjects: people[0], report: 'issues,json' },
      });
      const perPerson = Number(
        probe.report?.stats && (probe.report.stats as { durationMs: number }).durationMs,
      );
      // The process's own start (loading the bundle) is not in durationMs: measured, not guessed.
      const startup = Math.max(0, Date.now() - probeStarted - perPerson);
      const run = await h.run({
        inputs: {
          mode: 'offboard',
          phase: 'pre',
          subjects: people.slice(1).join(','),
          report: 'issues,json',
        },
        cancelAfterMs: startup + Math.round(perPerson * 1.5),
      });
      const report = run.report as unknown as {
        stopped?: { kind: string; message: string };
        offboarding: { subject: string }[];
        coverage: { complete: boolean };
      };
      expect(report.stopped?.kind).toBe('cancelled');
      const done = report.offboarding.map((r) => r.subject);
      // How far it got depends on the machine's load; whatever it finished is reported, in order.
      expect(done.length).toBeLessThan(3);
      expect(done).toEqual(people.slice(1, 1 + done.length));
      expect(report.coverage.complete).toBe(false);
      const opened = h.scenario.org.issues.filter(
        (i) => i.labels.includes('offboarding') && !before.includes(i.number),
      );
      for (const login of done) expect(opened.some((issue) => issue.title.includes(login))).toBe(true);
    } finally {
      h.sim.switches.latencyMs = 0;
    }
  });
});
