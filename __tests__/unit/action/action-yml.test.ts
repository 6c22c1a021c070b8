// action.yml is the contract's inputs and outputs; renaming or dropping one breaks users.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..', '..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; required?: boolean; description: string }>;
  outputs: Record<string, { description: string }>;
};

describe('action.yml', () => {
  it('declares every input of the contract with its default', () => {
    const contract: Record<string, string | undefined> = {
      token: undefined,
      'github-token': '${{ github.token }}',
      organization: '',
      mode: 'audit',
      'policy-path': 'policies',
      subjects: '',
      phase: '',
      'offboarded-at': '',
      report: 'check-run,issues,summary,json',
      'dry-run': 'false',
      'fail-on': 'high',
    };
    for (const [name, value] of Object.entries(contract)) {
      expect(action.inputs[name]).toBeDefined();
      expect(action.inputs[name].description.length).toBeGreaterThan(10);
      if (value !== undefined) expect(action.inputs[name].default).toBe(value);
    }
    expect(action.inputs.token.required).toBe(true);
  });

  it('declares every output of the contract and runs the committed bundle on node24', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['conclusion', 'findings', 'jsonl-path', 'ocsf-path', 'report-path', 'sarif-path']);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('the workflows the README shows', () => {
  it.each(['docs/workflows/enterprise-matrix.yml', 'docs/workflows/nightly-audit.yml', 'docs/workflows/offboarding.yml', 'docs/workflows/policy-check.yml', '.github/workflows/ci.yml'])(
    '%s is valid YAML with jobs that use the action with inputs it declares',
    (file) => {
      const workflow = parse(readFileSync(join(root, file), 'utf8')) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      const ours = steps.filter((step) => step.uses === './' || step.uses?.includes('offboarding-sentinel'));
      expect(ours.length).toBeGreaterThan(0);
      for (const step of ours) {
        for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
      }
    },
  );
});
