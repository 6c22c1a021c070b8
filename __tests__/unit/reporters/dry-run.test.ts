import { describe, expect, it } from '@jest/globals';
import { planCheckRun } from '../../../src/reporters/check-run.js';
import { describeCheckRunPlan, describeIssuePlan } from '../../../src/reporters/dry-run.js';
import { planIssueSync } from '../../../src/reporters/issue-sync.js';
import { finding, report } from './fixtures.js';

const issuePlan = planIssueSync(
  [],
  [{ key: 'k', title: '@everyone <b>', body: 'b', labels: [], assignees: [], state: 'open' }],
  { closeMissing: true },
);

describe('dry run', () => {
  it('describes the issue plan in plain text', () => {
    expect(describeIssuePlan(issuePlan)).toEqual([
      expect.stringMatching(/^would open an issue "＠everyone ‹b›" \(offboarding-sentinel\)$/),
    ]);
  });

  it('describes a check run plan with its conclusion and request count', () => {
    const plan = planCheckRun({
      name: 'x',
      headSha: 'abcdef0123456789',
      failOn: 'high',
      report: report({ findings: [finding({ severity: 'high' })] }),
    });
    expect(describeCheckRunPlan(plan).join('\n')).toMatch(/as failure[\s\S]*0 annotation\(s\) in 1 request/);
  });
});
