// The report never claims more than was read: incomplete coverage is never `success`, a failed
// subject is a failure and makes coverage incomplete, and the check run and the summary say why.
import { describe, expect, it } from '@jest/globals';
import { planCheckRun } from '../../../src/reporters/check-run.js';
import { reportConclusion } from '../../../src/reporters/report.js';
import { renderSummary } from '../../../src/reporters/summary.js';
import { finding, report } from './fixtures.js';

const gap = { resource: 'org:acme/personal-access-tokens', reason: '403 only a GitHub App can list them' };

describe('reportConclusion', () => {
  it('is success only with no finding, complete coverage and no failed subject', () => {
    expect(reportConclusion(report(), 'high')).toBe('success');
    expect(reportConclusion(report({ gaps: [gap] }), 'high')).toBe('neutral');
    expect(reportConclusion(report({ gaps: [gap], findings: [finding({ severity: 'high' })] }), 'high')).toBe('failure');
    expect(reportConclusion(report({ failures: [{ subject: 'x@acme.example', reason: 'matches no one' }] }), 'none')).toBe('failure');
  });
});

describe('the report fields for what was not read or judged', () => {
  it('a failed subject makes coverage incomplete; history shortfalls do not', () => {
    const failed = report({ failures: [{ subject: 'x@acme.example', reason: 'matches no one' }] });
    expect(failed.coverage).toEqual({ complete: false, gaps: [] });
    const first = report({ insufficient: [{ rule: 'offboarding-drift', reason: 'needs 5 runs, found 0' }] });
    expect(first.coverage.complete).toBe(true);
    expect(first.history.insufficient).toHaveLength(1);
  });

  it('the check run text carries the gaps and the failed subjects; the summary the history and expiring exemptions', () => {
    const input = {
      gaps: [gap],
      failures: [{ subject: 'x@acme.example', reason: 'matches no one' }],
      insufficient: [{ rule: 'offboarding-drift', reason: 'needs 5 runs, found 0' }],
      expiringExemptions: [
        { expires: '2026-12-05', daysLeft: 8, scope: 'subjects deploy-bot; every rule', reason: 'CD', location: { path: 'policies/a.yml', line: 3, column: 5 } },
      ],
    };
    const plan = planCheckRun({ name: 'x', headSha: 'a'.repeat(40), report: report(input), failOn: 'high', previous: null });
    expect(plan.conclusion).toBe('failure');
    expect(plan.output.text).toContain('org:acme/personal-access-tokens');
    expect(plan.output.text).toContain('x@acme.example');
    const summary = renderSummary(report(input));
    expect(summary).toMatch(/1 subject failed/);
    expect(summary).toMatch(/offboarding-drift.*not judged yet/);
    expect(summary).toMatch(/1 exemption expires soon[\s\S]*2026-12-05/);
  });

  it('names the scope when it is not the organization', () => {
    expect(renderSummary(report({ scope: 'the policy files only were in scope' }))).toContain(
      'Coverage: **complete** — the policy files only were in scope.',
    );
  });
});
