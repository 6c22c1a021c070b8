import { describe, expect, it } from '@jest/globals';
import { staleDeployKey } from '../../../src/rules/stale-deploy-key.js';
import { writeDeployKey } from '../../../src/rules/write-deploy-key.js';
import type { Snapshot } from '../../../src/model.js';
import { aDeployKey, aPolicy, aRuleContext, aSnapshot, daysAgo } from '../../builders/snapshot.js';

const stale = (snapshot: Snapshot, policy = aPolicy()) =>
  staleDeployKey.evaluate(aRuleContext({ snapshot, policy }));
const write = (snapshot: Snapshot, policy = aPolicy()) =>
  writeDeployKey.evaluate(aRuleContext({ snapshot, policy }));

describe('stale-deploy-key', () => {
  it('fires for a key last used more than unused-days ago, with a readable message', () => {
    const key = aDeployKey({ id: 4021, title: 'ci deploy', lastUsedAt: daysAgo(210), addedBy: 'alice' });
    const findings = stale(aSnapshot({ deployKeys: [key] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'stale-deploy-key',
      severity: 'medium',
      subject: 'alice',
      resource: 'deploy-key:acme/api/4021',
      evidence: { lastUsedAt: daysAgo(210), unusedDays: 90 },
    });
    expect(findings[0].message).toBe(
      `Deploy key “ci deploy” on acme/api was last used ${daysAgo(210).slice(0, 10)} (210 days ago; policy: 90)`,
    );
  });

  it('does not fire for a key used 10 days ago', () => {
    expect(stale(aSnapshot({ deployKeys: [aDeployKey({ lastUsedAt: daysAgo(10) })] }))).toEqual([]);
  });

  it('fires for a never-used key older than never-used-days, with a null subject when nobody is known', () => {
    const findings = stale(
      aSnapshot({ deployKeys: [aDeployKey({ lastUsedAt: null, createdAt: daysAgo(31), addedBy: null })] }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subject: null, evidence: { lastUsedAt: null, neverUsedDays: 30 } });
  });

  it('does not fire for a never-used key younger than never-used-days', () => {
    expect(
      stale(aSnapshot({ deployKeys: [aDeployKey({ lastUsedAt: null, createdAt: daysAgo(29) })] })),
    ).toEqual([]);
  });

  it('reads both thresholds from the policy', () => {
    const snapshot = aSnapshot({
      deployKeys: [
        aDeployKey({ id: 1, lastUsedAt: daysAgo(40) }),
        aDeployKey({ id: 2, lastUsedAt: null, createdAt: daysAgo(10) }),
      ],
    });
    expect(stale(snapshot)).toEqual([]);
    const policy = aPolicy({
      rules: { 'stale-deploy-key': { thresholds: { 'unused-days': 30, 'never-used-days': 7 } } },
    });
    expect(stale(snapshot, policy).map((f) => f.resource)).toEqual([
      'deploy-key:acme/api/1',
      'deploy-key:acme/api/2',
    ]);
  });

  it('stays silent when switched off', () => {
    const snapshot = aSnapshot({ deployKeys: [aDeployKey({ lastUsedAt: daysAgo(500) })] });
    expect(stale(snapshot, aPolicy({ rules: { 'stale-deploy-key': { enabled: false } } }))).toEqual([]);
  });
});

describe('write-deploy-key', () => {
  it('fires for a key with write access', () => {
    const findings = write(
      aSnapshot({ deployKeys: [aDeployKey({ id: 7, repo: 'acme/web', readOnly: false, addedBy: 'bob' })] }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'write-deploy-key',
      severity: 'low',
      subject: 'bob',
      resource: 'deploy-key:acme/web/7',
    });
    expect(findings[0].message).toContain('has write access');
  });

  it('does not fire for a read-only key', () => {
    expect(write(aSnapshot({ deployKeys: [aDeployKey({ readOnly: true })] }))).toEqual([]);
  });

  it('takes its severity from the policy and stays silent when switched off', () => {
    const snapshot = aSnapshot({ deployKeys: [aDeployKey()] });
    expect(
      write(snapshot, aPolicy({ rules: { 'write-deploy-key': { severity: 'critical' } } }))[0].severity,
    ).toBe('critical');
    expect(write(snapshot, aPolicy({ rules: { 'write-deploy-key': { enabled: false } } }))).toEqual([]);
  });
});
