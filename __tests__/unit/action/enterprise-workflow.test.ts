// The enterprise example workflow: valid against GitHub's published workflow schema
// (@action-validator/core), and shaped as the README describes it (list → matrix → merge).
import { describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const { validateWorkflow } = require('@action-validator/core') as typeof import('@action-validator/core');

const root = join(import.meta.dirname, '..', '..', '..');
const source = readFileSync(join(root, 'docs/workflows/enterprise-matrix.yml'), 'utf8');

interface Step {
  uses?: string;
  id?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  strategy?: { matrix: Record<string, unknown>; 'fail-fast'?: boolean };
  permissions?: Record<string, string>;
  steps: Step[];
}

describe('docs/workflows/enterprise-matrix.yml', () => {
  it('passes the workflow schema check', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('the schema check can fail (a job without runs-on or uses)', () => {
    expect(validateWorkflow(source.replace(/runs-on: ubuntu-latest\n/, '')).errors.length).toBeGreaterThan(0);
  });

  it('lists the organizations, audits each with its own installation token, then merges', () => {
    const jobs = (parse(source) as { jobs: Record<string, Job> }).jobs;
    expect(Object.keys(jobs)).toEqual(['organizations', 'audit', 'merge']);
    expect(jobs.audit.strategy?.matrix.org).toBe('${{ fromJSON(needs.organizations.outputs.list) }}');
    expect(jobs.audit.strategy?.['fail-fast']).toBe(false);
    const token = jobs.audit.steps.find((s) => s.uses?.startsWith('actions/create-github-app-token'));
    expect(token?.with?.owner).toBe('${{ matrix.org }}');
    const audit = jobs.audit.steps.find((s) => s.uses?.includes('offboarding-sentinel'));
    expect(audit?.with).toMatchObject({
      mode: 'audit',
      organization: '${{ matrix.org }}',
      token: '${{ steps.app.outputs.token }}',
    });
    expect(jobs.audit.steps.some((s) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true);
    const merge = jobs.merge.steps.find((s) => s.uses?.includes('offboarding-sentinel'));
    expect(merge?.with).toMatchObject({ mode: 'merge', reports: 'reports' });
    expect(jobs.merge.needs).toEqual(['organizations', 'audit']);
    expect(jobs.merge.permissions).toMatchObject({ issues: 'write', checks: 'write' });
  });
});
