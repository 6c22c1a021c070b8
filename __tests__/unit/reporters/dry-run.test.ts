import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { planCheckRun } from '../../../src/reporters/check-run.js';
import {
  applyUnlessDryRun,
  describeCheckRunPlan,
  describeIssuePlan,
} from '../../../src/reporters/dry-run.js';
import { planIssueSync } from '../../../src/reporters/issue-sync.js';
import { appendStepSummary } from '../../../src/reporters/summary-file.js';
import { finding, report } from './fixtures.js';

const issuePlan = planIssueSync(
  [],
  [{ key: 'k', title: '@everyone <b>', body: 'b', labels: [], assignees: [], state: 'open' }],
  { closeMissing: true },
);

describe('dry run', () => {
  it('describes the plan and applies nothing', async () => {
    const lines: string[] = [];
    let applied = 0;
    const result = await applyUnlessDryRun(
      true,
      issuePlan,
      describeIssuePlan,
      () => Promise.resolve(++applied),
      { info: (m) => lines.push(m) },
    );
    expect(result).toBeNull();
    expect(applied).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(/^\[dry run\] would open an issue "＠everyone ‹b›" \(offboarding-sentinel\)$/),
    ]);
  });

  it('applies when it is not a dry run, without describing', async () => {
    const lines: string[] = [];
    const result = await applyUnlessDryRun(
      false,
      issuePlan,
      describeIssuePlan,
      () => Promise.resolve('done'),
      { info: (m) => lines.push(m) },
    );
    expect(result).toBe('done');
    expect(lines).toEqual([]);
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

describe('appendStepSummary', () => {
  it('appends to the step summary file and reports when there is none', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'summary-')), 'summary.md');
    expect(await appendStepSummary('# one', file)).toBe(true);
    expect(await appendStepSummary('# two\n', file)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('# one\n# two\n');
    expect(await appendStepSummary('x', '')).toBe(false);
  });
});
