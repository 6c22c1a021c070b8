import { describe, expect, it } from '@jest/globals';
import { fixedClock } from '../../../src/model.js';
import {
  checkPolicyAgainst,
  formatPolicyError,
  loadPolicyFromTexts,
  type Policy,
} from '../../../src/policy/index.js';

const routed: Policy = (() => {
  const text = [
    'version: 1',
    'exemptions:',
    '  - { subjects: [old-bot], reason: migration, expires: 2026-11-26 }',
    '  - { subjects: [ci-bot], reason: ci, expires: 2026-11-27 }',
    'routing:',
    '  - { destination: issue, labels: [security, typo-label], teams: [secops, ghosts] }',
    '  - { destination: check-run }',
    '',
  ].join('\n');
  const loaded = loadPolicyFromTexts([{ path: 'policies/routes.yml', text }]);
  expect(loaded.errors).toEqual([]);
  return loaded.policy;
})();

describe('checkPolicyAgainst', () => {
  it('unknown labels and teams are errors at the route; known ones are not', async () => {
    const looked: string[] = [];
    const result = await checkPolicyAgainst(routed, {
      lookups: {
        labelExists: (name) => {
          looked.push(`label:${name}`);
          return Promise.resolve(name === 'security');
        },
        teamExists: (slug) => {
          looked.push(`team:${slug}`);
          return Promise.resolve(slug === 'secops');
        },
      },
    });
    expect(result.errors.map(formatPolicyError)).toEqual([
      'policies/routes.yml:6:5: routing label `typo-label` does not exist in the repository',
      'policies/routes.yml:6:5: routing team `ghosts` does not exist in the organization',
    ]);
    expect(result.warnings).toEqual([]);
    expect(looked).toEqual(['label:security', 'label:typo-label', 'team:secops', 'team:ghosts']);
  });

  it('without lookups, says the targets were not checked (a warning, not a pass)', async () => {
    const result = await checkPolicyAgainst(routed, {});
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatPolicyError)).toEqual([
      'policies/routes.yml:6:5: routing labels and teams were not checked: no token could read the repository labels and organization teams',
    ]);
  });

  it('a failing lookup is a "not checked" warning, never a silent pass or a false error', async () => {
    const result = await checkPolicyAgainst(routed, {
      lookups: {
        labelExists: () => Promise.reject(new Error('HTTP 403')),
        teamExists: () => Promise.resolve(true),
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatPolicyError)).toEqual([
      'policies/routes.yml:6:5: routing label `security` was not checked: HTTP 403',
      'policies/routes.yml:6:5: routing label `typo-label` was not checked: HTTP 403',
    ]);
  });

  it('with a clock, warns at expired exemptions only (expiry day itself still applies)', async () => {
    const result = await checkPolicyAgainst(routed, {
      clock: fixedClock('2026-11-27T12:00:00Z'),
      lookups: okLookups,
    });
    expect(result.warnings.map(formatPolicyError)).toEqual([
      'policies/routes.yml:3:5: exemption expired on 2026-11-26 and no longer applies (subjects old-bot; every rule)',
    ]);
  });

  it('with findings, warns at exemptions that match none', async () => {
    const finding = {
      rule: 'stale-member' as const,
      severity: 'low' as const,
      subject: 'ci-bot',
      resource: 'org:acme',
      fingerprint: 'f',
      message: 'm',
      evidence: {},
    };
    const result = await checkPolicyAgainst(routed, {
      findings: [finding],
      clock: fixedClock('2026-11-01T00:00:00Z'),
      lookups: okLookups,
    });
    expect(result.warnings.map(formatPolicyError)).toEqual([
      'policies/routes.yml:3:5: exemption matches no finding (subjects old-bot; every rule)',
    ]);
  });
});

const okLookups = { labelExists: () => Promise.resolve(true), teamExists: () => Promise.resolve(true) };

describe('routing targets that cannot be looked up', () => {
  it('are listed as unchecked (gaps for the caller), not as fine', async () => {
    const result = await checkPolicyAgainst(routed, {
      lookups: {
        labelExists: () => Promise.reject(new Error('connect ECONNREFUSED')),
        teamExists: (slug) => Promise.resolve(slug === 'secops'),
      },
    });
    expect(result.unchecked).toEqual([
      { kind: 'label', name: 'security', reason: 'connect ECONNREFUSED' },
      { kind: 'label', name: 'typo-label', reason: 'connect ECONNREFUSED' },
    ]);
  });
});
