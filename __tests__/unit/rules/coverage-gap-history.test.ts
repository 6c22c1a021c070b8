import { describe, expect, it } from '@jest/globals';
import { DEFERRED_REASON } from '../../../src/coverage/read-record.js';
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

  it('folds the repositories a budget deferred into one finding per part, naming and counting them', () => {
    const deferred = (repo: string, part: string) => ({ resource: `repo:acme/${repo}/${part}`, reason: DEFERRED_REASON });
    const names = Array.from({ length: 25 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    const gaps = [
      ...names.map((name) => deferred(name, 'secrets')),
      deferred('r00', 'secrets'),
      deferred('api', 'deploy-keys'),
      { resource: 'repo:acme/web/secrets', reason: 'HTTP 403' },
    ];
    const findings = coverageGapFindings(aPolicy(), gaps);
    expect(findings.map((f) => f.resource).sort()).toEqual(['org:acme/deploy-keys', 'org:acme/repository-secrets', 'repo:acme/web/secrets']);
    const secrets = findings.find((f) => f.resource === 'org:acme/repository-secrets');
    expect(secrets?.evidence).toMatchObject({ part: 'secrets', repositoryCount: 25, repositories: names.map((n) => `acme/${n}`) });
    expect(secrets?.message).toContain('secrets of 25 repositories');
    expect(secrets?.message).toContain('and 5 more');
    // The same part deferred over other repositories is the same finding (one issue, not churn).
    const again = coverageGapFindings(aPolicy(), [deferred('other', 'secrets')]);
    expect(again[0].fingerprint).toBe(secrets?.fingerprint);
  });

  it('near miss: a gap with another reason on a repository part stays its own finding', () => {
    const findings = coverageGapFindings(aPolicy(), [{ resource: 'repo:acme/api/secrets', reason: 'deferred, but by hand' }]);
    expect(findings.map((f) => f.resource)).toEqual(['repo:acme/api/secrets']);
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
