// What goes wrong in real organizations: hostile names, tokens that may not write checks,
// permissions missing on some resources, a rate limit that runs out.
import { describe, expect, it } from '@jest/globals';
import { harness, reportOf } from './harness.js';

const HOSTILE = `@everyone <img src=x onerror=alert(1)> | \`tick\` [x](http://evil.example) ![i](http://evil.example/i.png) \u202Egnp.exe ${'A'.repeat(10_000)}`;

describe('hostile text from the organization', () => {
  it('is escaped in the issues, the check run and the summary', async () => {
    const h = await harness();
    try {
      for (const repo of h.scenario.org.repos) for (const key of repo.deploy_keys) if (!key.read_only) key.title = HOSTILE;
      for (const grant of h.scenario.org.pat_grants) if (grant.token_expires_at === null) grant.token_name = HOSTILE;
      const run = await h.run({ inputs: { mode: 'audit' } });
      expect(reportOf(run).findings.some((f) => f.message.includes('@everyone'))).toBe(true);

      const written = [
        run.summary,
        ...h.scenario.org.issues.flatMap((issue) => [issue.title, issue.body ?? '', ...issue.comments.map((c) => c.body)]),
        ...h.scenario.org.check_runs.flatMap((check) => [check.output.summary ?? '', check.output.text ?? '']),
      ].join('\n');
      expect(written).not.toMatch(/(^|[^`\\])@everyone/m);
      expect(written).not.toContain('<img');
      expect(written).not.toContain('](http://evil.example');
      expect(written).not.toContain('\u202E');
      expect(written).not.toContain('A'.repeat(1000));
      for (const issue of h.scenario.org.issues) expect((issue.body ?? '').length).toBeLessThan(65_536);
    } finally {
      await h.close();
    }
  });
});

describe('a token that cannot create check runs', () => {
  it('says so, falls back to the job summary and still audits and opens issues', async () => {
    const h = await harness();
    try {
      h.sim.switches.denials.push({ match: /^POST \/repos\/acme\/offboarding-ops\/check-runs/, status: 403 });
      const run = await h.run({ inputs: { mode: 'audit', report: 'check-run,issues,json' } });
      expect(run.stdout).toMatch(/::warning::.*cannot create check runs/);
      expect(run.summary).toContain('Offboarding Sentinel');
      expect(reportOf(run).findings.length).toBeGreaterThan(0);
      expect(h.scenario.org.issues.some((issue) => issue.labels.includes('offboarding-sentinel'))).toBe(true);
      expect(run.outputs.conclusion).toBe('failure');
    } finally {
      await h.close();
    }
  });
});

describe('resources the token may not read', () => {
  it('become coverage gaps with the reason, and everything else is still audited', async () => {
    const h = await harness();
    try {
      h.sim.switches.denials.push(
        { match: /^GET \/orgs\/acme\/personal-access-tokens/, status: 403 },
        { match: /^GET \/orgs\/acme\/credential-authorizations/, status: 404, message: 'Not Found' },
      );
      const report = reportOf(await h.run({ inputs: { mode: 'audit', report: 'json' } }));
      const gaps = report.coverage.gaps.map((gap) => gap.resource);
      expect(gaps).toEqual(expect.arrayContaining(['org:acme/personal-access-tokens', 'org:acme/credential-authorizations']));
      expect(report.coverage.complete).toBe(false);
      // Not "no tokens": no token finding at all, and a gap finding for each unreadable list.
      expect(report.findings.some((f) => f.rule === 'long-lived-token' || f.rule === 'stale-token')).toBe(false);
      expect(report.findings.filter((f) => f.rule === 'audit-coverage-gap').map((f) => f.resource)).toEqual(
        expect.arrayContaining(['org:acme/personal-access-tokens', 'org:acme/credential-authorizations']),
      );
      // The rest of the organization was read.
      expect(report.findings.some((f) => f.rule === 'stale-deploy-key')).toBe(true);
    } finally {
      await h.close();
    }
  });
});

describe('a rate limit that runs out', () => {
  it('stops reading with a coverage gap that names the reset, and the run still reports', async () => {
    const h = await harness();
    try {
      const reset = Math.floor(Date.now() / 1000) + 3600;
      h.sim.switches.rateLimit.core = { limit: 5000, remaining: 40, resetAt: reset };
      const run = await h.run({ inputs: { mode: 'audit', report: 'json', 'fail-on': 'none' } });
      const report = reportOf(run);
      expect(report.coverage.complete).toBe(false);
      expect(report.coverage.gaps.some((gap) => /rate.limit|budget/i.test(gap.reason))).toBe(true);
      expect(run.outputs['report-path']).toBeTruthy();
    } finally {
      await h.close();
    }
  });
});
