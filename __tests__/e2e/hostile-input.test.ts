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
