import { describe, expect, it } from '@jest/globals';
import { fingerprint } from '../../../src/fingerprint.js';
import { fixedClock, type Finding, type RuleName } from '../../../src/model.js';
import {
  applyExemptions,
  checkPolicyAgainst,
  expiringExemptions,
  loadPolicyFromTexts,
  unusedExemptions,
  type Policy,
} from '../../../src/policy/index.js';

function policyWith(exemptions: string): Policy {
  const loaded = loadPolicyFromTexts([
    { path: 'policies/exemptions.yml', text: `version: 1\nexemptions:\n${exemptions}` },
  ]);
  expect(loaded.errors).toEqual([]);
  return loaded.policy;
}

function finding(rule: RuleName, resource: string, subject: string | null): Finding {
  return {
    rule,
    severity: 'low',
    subject,
    resource,
    fingerprint: fingerprint(rule, resource, subject),
    message: 'm',
    evidence: {},
  };
}

const writeKey = finding('write-deploy-key', 'deploy-key:acme/api/4021', 'deploy-bot');
const staleKey = finding('stale-deploy-key', 'deploy-key:acme/api/4021', 'deploy-bot');
const otherRepoKey = finding('write-deploy-key', 'deploy-key:acme/web/7', 'deploy-bot');

const keyExemption = `  - resources: ["deploy-key:acme/api/*"]
    rules: [write-deploy-key]
    reason: CD pipeline pushes tags
    expires: 2027-03-31
`;

describe('applyExemptions', () => {
  it('exempts a matching finding through its expiry day (inclusive, UTC)', () => {
    const policy = policyWith(keyExemption);
    const outcome = applyExemptions(
      [writeKey, staleKey, otherRepoKey],
      policy,
      fixedClock('2027-03-31T23:59:59Z'),
    );
    expect(outcome.exempted).toEqual([
      {
        ...writeKey,
        exemption: {
          reason: 'CD pipeline pushes tags',
          expires: '2027-03-31',
          location: { path: 'policies/exemptions.yml', line: 3, column: 5, endLine: 7, endColumn: 1 },
        },
      },
    ]);
    // Another rule on the same key and the same rule on another repository are not covered.
    expect(outcome.findings).toEqual([staleKey, otherRepoKey]);
    expect(outcome.expired).toEqual([]);
  });

  it('the day after expiry it stops applying and is reported as one policy-invalid finding', () => {
    const policy = policyWith(keyExemption);
    const outcome = applyExemptions([writeKey], policy, fixedClock('2027-04-01T00:00:00Z'));
    expect(outcome.findings).toEqual([writeKey]);
    expect(outcome.exempted).toEqual([]);
    expect(outcome.expired).toHaveLength(1);
    const [expired] = outcome.expired;
    expect(expired).toMatchObject({
      rule: 'policy-invalid',
      severity: 'low',
      subject: null,
      resource: 'policy:policies/exemptions.yml',
      location: { path: 'policies/exemptions.yml', line: 3, column: 5 },
    });
    expect(expired.message).toBe(
      'An exemption expired on 2027-03-31 and no longer applies (it exempted resources deploy-key:acme/api/*; rules write-deploy-key; reason: CD pipeline pushes tags). Renew it with a new date or remove it.',
    );
    expect(expired.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    // Stable across runs, and independent of where in the file the exemption sits.
    const moved = policyWith(
      `  - { subjects: [someone], reason: other, expires: 2028-01-01 }\n${keyExemption}`,
    );
    const again = applyExemptions([], moved, fixedClock('2027-04-01T00:00:00Z')).expired;
    expect(again.map((item) => item.fingerprint)).toEqual([expired.fingerprint]);
  });

  it('subject globs match logins; a finding without a subject is not covered by a subject exemption', () => {
    const policy = policyWith('  - { subjects: ["*-bot"], reason: bots, expires: 2027-01-01 }\n');
    const human = finding('stale-token', 'pat:1', 'alice');
    const orphan = finding('stale-secret', 'secret:acme/NPM_TOKEN', null);
    const outcome = applyExemptions([writeKey, human, orphan], policy, fixedClock('2026-11-27T03:00:00Z'));
    expect(outcome.exempted.map((item) => item.fingerprint)).toEqual([writeKey.fingerprint]);
    expect(outcome.findings).toEqual([human, orphan]);
  });

  it('subjects and resources together must both match', () => {
    const policy = policyWith(
      '  - { subjects: [deploy-bot], resources: ["deploy-key:acme/web/*"], reason: r, expires: 2027-01-01 }\n',
    );
    const outcome = applyExemptions([writeKey, otherRepoKey], policy, fixedClock('2026-11-27T03:00:00Z'));
    expect(outcome.exempted.map((item) => item.resource)).toEqual(['deploy-key:acme/web/7']);
    expect(outcome.findings).toEqual([writeKey]);
  });
});

describe('unusedExemptions', () => {
  it('warns at an exemption that matches no finding, not at one that matches', () => {
    const policy = policyWith(
      `${keyExemption}  - { subjects: [ghost], reason: left, expires: 2027-01-01 }\n`,
    );
    const warnings = unusedExemptions(policy, [writeKey]);
    expect(warnings).toEqual([
      {
        path: 'policies/exemptions.yml',
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 61,
        message: 'exemption matches no finding (subjects ghost; every rule)',
        fix: 'Check the patterns against the resource ids in the report, or remove the exemption if it is no longer needed.',
      },
    ]);
  });

  it('with a clock, skips expired exemptions (they are reported as expired instead)', () => {
    const policy = policyWith('  - { subjects: [ghost], reason: left, expires: 2026-01-01 }\n');
    expect(unusedExemptions(policy, [])).toHaveLength(1);
    expect(unusedExemptions(policy, [], fixedClock('2026-11-27T00:00:00Z'))).toEqual([]);
  });
});

describe('exemptions and coverage gaps', () => {
  const patGap = finding('audit-coverage-gap', 'org:acme/personal-access-tokens', null);
  const clock = fixedClock('2026-11-27T03:00:00Z');

  it('a broad exemption never accepts a coverage gap; one naming the rule and the resource does', () => {
    const broad = policyWith('  - resources: ["**"]\n    reason: all\n    expires: 2027-01-31\n');
    expect(applyExemptions([patGap, writeKey], broad, clock).findings).toEqual([patGap]);
    const kindOnly = policyWith('  - resources: ["org:*"]\n    rules: [audit-coverage-gap]\n    reason: r\n    expires: 2027-01-31\n');
    expect(applyExemptions([patGap], kindOnly, clock).exempted).toEqual([]);
    const named = policyWith(
      '  - resources: ["org:acme/personal-access-tokens"]\n    rules: [audit-coverage-gap]\n    reason: no App token yet\n    expires: 2027-01-31\n',
    );
    expect(applyExemptions([patGap], named, clock).exempted.map((f) => f.resource)).toEqual(['org:acme/personal-access-tokens']);
  });
});

describe('exemption expiry bounds', () => {
  const clock = fixedClock('2026-11-27T03:00:00Z');

  it('an expiry beyond a year ahead does not apply and is reported; the bound is configurable', () => {
    const forever = policyWith('  - subjects: [deploy-bot]\n    reason: forever\n    expires: 9999-12-31\n');
    const outcome = applyExemptions([writeKey], forever, clock);
    expect(outcome.findings).toEqual([writeKey]);
    expect(outcome.expired).toHaveLength(1);
    expect(outcome.expired[0].message).toMatch(/later than the policy allows \(2027-11-28\)/);
    const nearMiss = policyWith('  - subjects: [deploy-bot]\n    reason: a year\n    expires: 2027-11-28\n');
    expect(applyExemptions([writeKey], nearMiss, clock).exempted).toHaveLength(1);
    const loaded = loadPolicyFromTexts([
      {
        path: 'policies/x.yml',
        text: 'version: 1\nrules:\n  policy-invalid: { exemption-max-days: 1000 }\nexemptions:\n  - subjects: [deploy-bot]\n    reason: r\n    expires: 2029-01-01\n',
      },
    ]);
    expect(loaded.errors).toEqual([]);
    expect(applyExemptions([writeKey], loaded.policy, clock).exempted).toHaveLength(1);
  });

  it('lists active exemptions within the warning window, not later ones or expired ones', () => {
    const policy = policyWith(
      [
        '  - subjects: [a]\n    reason: soon\n    expires: 2026-12-05\n',
        '  - subjects: [b]\n    reason: later\n    expires: 2027-03-01\n',
        '  - subjects: [c]\n    reason: gone\n    expires: 2026-11-01\n',
      ].join(''),
    );
    expect(expiringExemptions(policy, clock)).toEqual([
      { expires: '2026-12-05', daysLeft: 8, scope: 'subjects a; every rule', reason: 'soon', location: expect.objectContaining({ path: 'policies/exemptions.yml' }) },
    ]);
  });
});

describe('validate refuses an expiry beyond the bound', () => {
  it('as an error at the exemption', async () => {
    const forever = policyWith('  - subjects: [deploy-bot]\n    reason: forever\n    expires: 9999-12-31\n');
    const result = await checkPolicyAgainst(forever, { clock: fixedClock('2026-11-27T03:00:00Z') });
    expect(result.errors.map((error) => `${error.line}: ${error.message}`)).toEqual([
      expect.stringMatching(/^3: exemption expires on 9999-12-31, later than the policy allows \(2027-11-28\)/),
    ]);
  });
});
