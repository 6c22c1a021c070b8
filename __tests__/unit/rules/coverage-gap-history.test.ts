import { describe, expect, it } from '@jest/globals';
import { coverageGapFindings } from '../../../src/rules/audit-coverage-gap.js';
import { policyInvalidFindings } from '../../../src/rules/policy-invalid.js';
import { aPolicy } from '../../builders/snapshot.js';

describe('audit-coverage-gap', () => {
  it('reports each unreadable resource once, its reasons joined', () => {
    const gaps = [
      { resource: 'org:acme/credential-authorizations', reason: 'needs SAML SSO' },
      { resource: 'org:acme/credential-authorizations', reason: '403' },
    ];
    const findings = coverageGapFindings(aPolicy(), gaps);
    expect(findings.map((f) => [f.resource, f.evidence.reason])).toEqual([['org:acme/credential-authorizations', 'needs SAML SSO; 403']]);
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
