import { describe, expect, it } from '@jest/globals';
import { staleSecret } from '../../../src/rules/stale-secret.js';
import type { Snapshot } from '../../../src/model.js';
import {
  anEnvironmentSecret,
  anOrgSecret,
  aPolicy,
  aRuleContext,
  aSecret,
  aSnapshot,
  daysAgo,
} from '../../builders/snapshot.js';

const evaluate = (snapshot: Snapshot, policy = aPolicy()) =>
  staleSecret.evaluate(aRuleContext({ snapshot, policy }));

describe('stale-secret', () => {
  it('fires for organization, repository and environment secrets older than rotation-days', () => {
    const snapshot = aSnapshot({
      secrets: [
        anOrgSecret('NPM_TOKEN', { updatedAt: daysAgo(400) }),
        aSecret('AWS_KEY', { repo: 'acme/api', updatedAt: daysAgo(366) }),
        anEnvironmentSecret('DB_PASSWORD', {
          repo: 'acme/api',
          environment: 'production',
          updatedAt: daysAgo(700),
        }),
      ],
    });
    const findings = evaluate(snapshot);
    expect(findings.map((f) => f.resource)).toEqual([
      'secret:acme/NPM_TOKEN',
      'secret:acme/api/AWS_KEY',
      'secret:acme/api/env/production/DB_PASSWORD',
    ]);
    expect(findings.every((f) => f.subject === null && f.severity === 'medium')).toBe(true);
    expect(findings[1].evidence).toMatchObject({ updatedAt: daysAgo(366), rotationDays: 365 });
    expect(findings[1].message).toContain('366 days ago');
  });

  it('does not fire for a secret rotated yesterday, nor at 364 days', () => {
    const snapshot = aSnapshot({
      secrets: [aSecret('A', { updatedAt: daysAgo(1) }), aSecret('B', { updatedAt: daysAgo(364) })],
    });
    expect(evaluate(snapshot)).toEqual([]);
  });

  it('reads rotation-days from the policy and honours enabled', () => {
    const snapshot = aSnapshot({ secrets: [aSecret('A', { updatedAt: daysAgo(100) })] });
    expect(evaluate(snapshot)).toEqual([]);
    expect(
      evaluate(snapshot, aPolicy({ rules: { 'stale-secret': { thresholds: { 'rotation-days': 90 } } } })),
    ).toHaveLength(1);
    expect(
      evaluate(
        snapshot,
        aPolicy({ rules: { 'stale-secret': { enabled: false, thresholds: { 'rotation-days': 90 } } } }),
      ),
    ).toEqual([]);
  });
});
