import { describe, expect, it } from '@jest/globals';
import { coverageGapFindings, isHistoryGap } from '../../../src/rules/audit-coverage-gap.js';
import { policyInvalidFindings } from '../../../src/rules/policy-invalid.js';
import { aPolicy } from '../../builders/snapshot.js';

describe('audit-coverage-gap and history gaps', () => {
  it('reports an unreadable resource but not a rule waiting for history', () => {
    const gaps = [
      { resource: 'org:acme/credential-authorizations', reason: 'needs SAML SSO' },
      { resource: 'history:offboarding-drift', reason: 'needs 5 runs' },
    ];
    const findings = coverageGapFindings(aPolicy(), gaps);
    expect(findings.map((f) => f.resource)).toEqual(['org:acme/credential-authorizations']);
    expect(isHistoryGap(gaps[1])).toBe(true);
    expect(isHistoryGap(gaps[0])).toBe(false);
  });
});

describe('policy-invalid findings', () => {
  it('carry the file location and a fingerprint stable for the same error', () => {
    const error = { path: 'policies/a.yml', line: 4, column: 5, message: 'unknown key', fix: 'remove it' };
    const [finding] = policyInvalidFindings(aPolicy(), [error]);
    expect(finding).toMatchObject({ rule: 'policy-invalid', severity: 'high', resource: 'policy:policies/a.yml', location: { path: 'policies/a.yml', line: 4, column: 5 } });
    expect(policyInvalidFindings(aPolicy(), [error])[0].fingerprint).toBe(finding.fingerprint);
    expect(policyInvalidFindings(aPolicy(), [{ ...error, line: 9 }])[0].fingerprint).not.toBe(finding.fingerprint);
  });
});
