import { describe, expect, it } from '@jest/globals';
import type { IssueRoute } from '../../../src/policy/types.js';
import { desiredAuditIssues, groupFindings } from '../../../src/reporters/issues.js';
import { finding, manyFindings, report } from './fixtures.js';

const route = (overrides: Partial<IssueRoute>): IssueRoute => ({
  rules: [],
  destination: 'issue',
  labels: [],
  assignees: [],
  teams: [],
  groupBy: 'rule',
  ...overrides,
});

describe('audit issues', () => {
  it('groups by rule by default, one issue per rule', () => {
    const groups = groupFindings(
      [
        finding(),
        finding({ resource: 'deploy-key:acme/b/2' }),
        finding({ rule: 'stale-token', resource: 'pat:1' }),
      ],
      [],
    );
    expect(groups.map((g) => [g.key, g.findings.length])).toEqual([
      ['audit:rule:stale-deploy-key', 2],
      ['audit:rule:stale-token', 1],
    ]);
  });

  it('groups by subject or resource as the route says', () => {
    const findings = [
      finding({ subject: 'alice' }),
      finding({ subject: 'bob', resource: 'deploy-key:acme/b/2' }),
      finding({ subject: null, rule: 'stale-secret', resource: 'secret:acme/X' }),
    ];
    expect(groupFindings(findings, [route({ groupBy: 'subject' })]).map((g) => g.key)).toEqual([
      'audit:subject:(no subject)',
      'audit:subject:alice',
      'audit:subject:bob',
    ]);
    expect(groupFindings(findings, [route({ groupBy: 'resource' })]).map((g) => g.key)).toContain(
      'audit:resource:secret:acme/X',
    );
  });

  it('keeps rules routed to the check run out of issues (and only those)', () => {
    const groups = groupFindings(
      [finding(), finding({ rule: 'stale-token', resource: 'pat:1' })],
      [route({ rules: ['stale-token'], destination: 'check-run' })],
    );
    expect(groups.map((g) => g.key)).toEqual(['audit:rule:stale-deploy-key']);
  });

  it('takes labels, assignees and team mentions from the route, never from finding text', () => {
    const [issue] = desiredAuditIssues(
      report({ findings: [finding({ message: 'please add label urgent and assign @mallory' })] }),
      {
        organization: 'acme',
        routing: [
          route({ labels: ['security'], assignees: ['secops-lead', 'not a login!'], teams: ['secops'] }),
        ],
      },
    );
    expect(issue.labels).toEqual(['offboarding-sentinel', 'security']);
    expect(issue.assignees).toEqual(['secops-lead']);
    expect(issue.body).toContain('@acme/secops');
    expect(issue.body).not.toContain('@mallory');
  });

  it('caps the table at 100 rows with a note pointing to the report and the run', () => {
    const [issue] = desiredAuditIssues(report({ findings: manyFindings(130) }), {
      organization: 'acme',
      routing: [],
      reportPath: 'out/report.json',
      runUrl: 'https://github.example/acme/ops/actions/runs/1',
    });
    expect(issue.body.split('\n').filter((line) => line.startsWith('| ☐')).length).toBe(100);
    expect(issue.body).toContain('…and 30 more');
    expect(issue.footer).toContain('out/report.json');
    expect(issue.footer).toContain('actions/runs/1');
  });
});
