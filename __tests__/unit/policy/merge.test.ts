import { describe, expect, it } from '@jest/globals';
import { defaultPolicy, formatPolicyError, loadPolicyFromTexts } from '../../../src/policy/index.js';

describe('merging policy files', () => {
  it('a setting given differently in two files is an error at both places', () => {
    const { errors } = loadPolicyFromTexts([
      { path: 'policies/b.yml', text: 'version: 1\nrules:\n  stale-member:\n    inactive-days: 60\n' },
      { path: 'policies/a.yml', text: 'version: 1\nrules:\n  stale-member: { inactive-days: 90 }\n' },
    ]);
    const message =
      '`stale-member.inactive-days` is 90 in policies/a.yml:3:34 and 60 in policies/b.yml:4:20; set it in one file';
    expect(errors.map(formatPolicyError)).toEqual([
      `policies/a.yml:3:34: ${message}`,
      `policies/b.yml:4:20: ${message}`,
    ]);
  });

  it('identical repeats are fine, and settings from different files combine', () => {
    const { policy, errors } = loadPolicyFromTexts([
      {
        path: 'policies/a.yml',
        text: 'version: 1\nrules:\n  stale-member: { inactive-days: 60, severity: medium }\n',
      },
      {
        path: 'policies/b.yml',
        text: 'version: 1\nrules:\n  stale-member: { inactive-days: 60, enabled: false }\n',
      },
    ]);
    expect(errors).toEqual([]);
    expect(policy.rules['stale-member']).toEqual({
      enabled: false,
      severity: 'medium',
      thresholds: { 'inactive-days': 60 },
      location: { path: 'policies/a.yml', line: 3, column: 3, endLine: 3, endColumn: 15 },
    });
    expect(policy.sources).toEqual(['policies/a.yml', 'policies/b.yml']);
  });

  it('offboarding.remediate contradicting across files is an error; agreeing is not', () => {
    const a = { path: 'policies/a.yml', text: 'version: 1\noffboarding: { remediate: true }\n' };
    const b = { path: 'policies/b.yml', text: 'version: 1\noffboarding:\n  remediate: false\n' };
    expect(loadPolicyFromTexts([a, b]).errors.map(formatPolicyError)).toEqual([
      'policies/a.yml:2:27: `offboarding.remediate` is true in policies/a.yml:2:27 and false in policies/b.yml:3:14; set it in one file',
      'policies/b.yml:3:14: `offboarding.remediate` is true in policies/a.yml:2:27 and false in policies/b.yml:3:14; set it in one file',
    ]);
    const agreed = loadPolicyFromTexts([a, { ...b, text: 'version: 1\noffboarding: { remediate: true }\n' }]);
    expect(agreed.errors).toEqual([]);
    expect(agreed.policy.offboarding.remediate).toBe(true);
  });

  it('later files add exemptions, routes, service accounts, approved changers and journey steps, in name order', () => {
    const { policy, errors } = loadPolicyFromTexts([
      {
        path: 'policies/20-extra.yaml',
        text: [
          'version: 1',
          'service-accounts: ["*-automation", ci-bot]',
          'exemptions:',
          '  - { subjects: [b], reason: two, expires: 2027-01-01 }',
          'offboarding:',
          '  journey:',
          '    - { id: laptop-returned, title: Laptop returned, check: manual, deadline-hours: 72 }',
          'routing:',
          '  - { destination: check-run }',
          '',
        ].join('\n'),
      },
      {
        path: 'policies/10-base.yml',
        text: [
          'version: 1',
          'service-accounts: [ci-bot]',
          'approved-changers: { actors: [secops-lead] }',
          'exemptions:',
          '  - { subjects: [a], reason: one, expires: 2027-01-01 }',
          'offboarding:',
          '  journey:',
          '    - { id: remove-org-membership, title: Removed, check: org-membership }',
          'routing:',
          '  - { rules: [retained-token], destination: issue, labels: [security], group-by: subject }',
          '',
        ].join('\n'),
      },
    ]);
    expect(errors).toEqual([]);
    expect(policy.sources).toEqual(['policies/10-base.yml', 'policies/20-extra.yaml']);
    expect(
      policy.exemptions.map((exemption) => [
        exemption.reason,
        exemption.location.path,
        exemption.location.line,
      ]),
    ).toEqual([
      ['one', 'policies/10-base.yml', 5],
      ['two', 'policies/20-extra.yaml', 4],
    ]);
    expect(policy.serviceAccounts).toEqual(['ci-bot', '*-automation']);
    expect(policy.approvedChangers).toEqual({
      actors: ['secops-lead'],
      workflows: [],
      burstCount: 5,
      burstWindowMinutes: 10,
    });
    expect(policy.offboarding.journey.map((step) => [step.id, step.deadlineHours, step.check])).toEqual([
      ['remove-org-membership', 24, { kind: 'github', what: 'org-membership' }],
      ['laptop-returned', 72, { kind: 'manual' }],
    ]);
    expect(policy.routing).toEqual([
      {
        rules: ['retained-token'],
        destination: 'issue',
        labels: ['security'],
        assignees: [],
        teams: [],
        groupBy: 'subject',
        location: { path: 'policies/10-base.yml', line: 10, column: 5, endLine: 10, endColumn: 91 },
      },
      {
        rules: [],
        destination: 'check-run',
        labels: [],
        assignees: [],
        teams: [],
        groupBy: 'rule',
        location: { path: 'policies/20-extra.yaml', line: 9, column: 5, endLine: 9, endColumn: 31 },
      },
    ]);
  });

  it('a journey step id defined differently twice is an error at both; an identical repeat is not', () => {
    const a = {
      path: 'policies/a.yml',
      text: 'version: 1\noffboarding:\n  journey:\n    - { id: laptop, title: Laptop, check: manual }\n',
    };
    const b = {
      path: 'policies/b.yml',
      text: 'version: 1\noffboarding:\n  journey:\n    - { id: laptop, title: Laptop, check: manual, deadline-hours: 48 }\n',
    };
    expect(loadPolicyFromTexts([a, b]).errors.map(formatPolicyError)).toEqual([
      'policies/a.yml:4:7: journey step `laptop` is defined differently in policies/a.yml:4:7 and policies/b.yml:4:7',
      'policies/b.yml:4:7: journey step `laptop` is defined differently in policies/a.yml:4:7 and policies/b.yml:4:7',
    ]);
    const same = loadPolicyFromTexts([a, { ...a, path: 'policies/c.yml' }]);
    expect(same.errors).toEqual([]);
    expect(same.policy.offboarding.journey).toHaveLength(1);
  });

  it('the rule deadline sets the default journey and steps without their own deadline', () => {
    const { policy } = loadPolicyFromTexts([
      {
        path: 'policies/a.yml',
        text: 'version: 1\nrules:\n  offboarding-step-missing: { deadline-hours: 8 }\n',
      },
    ]);
    expect(policy.offboarding.journey).toHaveLength(7);
    expect(new Set(policy.offboarding.journey.map((step) => step.deadlineHours))).toEqual(new Set([8]));
  });
});

describe('defaults', () => {
  it('every rule has settings from the catalogue, the default journey covers every GitHub check', () => {
    const policy = defaultPolicy();
    expect(policy.rules['stale-member']).toEqual({
      enabled: true,
      severity: 'low',
      thresholds: { 'inactive-days': 90 },
    });
    expect(policy.rules['stale-deploy-key'].thresholds).toEqual({ 'never-used-days': 30, 'unused-days': 90 });
    expect(policy.rules['retained-token']).toEqual({ enabled: true, severity: 'critical', thresholds: {} });
    expect(policy.offboarding).toMatchObject({ remediate: false });
    expect(
      policy.offboarding.journey
        .map((step) => (step.check.kind === 'github' ? step.check.what : 'manual'))
        .sort(),
    ).toEqual([
      'deploy-keys',
      'invitations',
      'org-membership',
      'repo-access',
      'secrets-rotated',
      'team-membership',
      'tokens',
    ]);
    expect(policy.offboarding.journey.every((step) => step.deadlineHours === 24)).toBe(true);
    expect(policy.sources).toEqual([]);
  });
});
