import { describe, expect, it } from '@jest/globals';
import { staleMember } from '../../../src/rules/stale-member.js';
import {
  aContribution,
  anAuditEvent,
  aPerson,
  aPolicy,
  aRuleContext,
  aSnapshot,
  daysAgo,
  NOW,
} from '../../builders/snapshot.js';

const evaluate = (...args: Parameters<typeof aRuleContext>) => staleMember.evaluate(aRuleContext(...args));

describe('stale-member', () => {
  it('fires for a member whose latest activity is older than inactive-days', () => {
    const snapshot = aSnapshot({
      people: [aPerson('carol')],
      contributions: [aContribution('carol', 'acme/api', { lastAt: daysAgo(120) })],
      auditEvents: [anAuditEvent('repo.create', { actor: 'carol', at: daysAgo(100) })],
    });
    const findings = evaluate({ snapshot });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'stale-member',
      severity: 'low',
      subject: 'carol',
      resource: 'org:acme',
      evidence: { lastActivityAt: daysAgo(100), daysInactive: 100, inactiveDays: 90 },
    });
    expect(findings[0].message).toContain('carol');
    expect(findings[0].message).toContain('100 days ago');
  });

  it('fires for an owner with no activity at all while the window covers the threshold', () => {
    const findings = evaluate({ snapshot: aSnapshot({ people: [aPerson('olga', { orgRole: 'owner' })] }) });
    expect(findings).toHaveLength(1);
    expect(findings[0].evidence).toMatchObject({ lastActivityAt: null, role: 'owner' });
  });

  it('does not fire for a member active only through a recent review', () => {
    const snapshot = aSnapshot({
      people: [aPerson('carol')],
      contributions: [
        aContribution('carol', 'acme/api', { lastAt: daysAgo(300) }),
        aContribution('carol', 'acme/web', { kind: 'review', lastAt: daysAgo(3) }),
      ],
    });
    expect(evaluate({ snapshot })).toEqual([]);
  });

  it('does not fire for a member active only through audit-log events', () => {
    const snapshot = aSnapshot({
      people: [aPerson('carol')],
      auditEvents: [anAuditEvent('org.update_member', { actor: 'carol', at: daysAgo(2) })],
    });
    expect(evaluate({ snapshot })).toEqual([]);
  });

  it('does not count being the user acted upon as activity', () => {
    const snapshot = aSnapshot({
      people: [aPerson('carol')],
      auditEvents: [anAuditEvent('org.update_member', { actor: 'admin', user: 'carol', at: daysAgo(2) })],
    });
    expect(evaluate({ snapshot }).map((f) => f.subject)).toEqual(['carol']);
  });

  it('uses the exact threshold: 89 days inactive is fine, 91 is not', () => {
    const people = [aPerson('ann'), aPerson('ben')];
    const contributions = [
      aContribution('ann', 'acme/api', { lastAt: daysAgo(89) }),
      aContribution('ben', 'acme/api', { lastAt: daysAgo(91) }),
    ];
    expect(evaluate({ snapshot: aSnapshot({ people, contributions }) }).map((f) => f.subject)).toEqual([
      'ben',
    ]);
  });

  it('ignores bots, service accounts and outside collaborators', () => {
    const snapshot = aSnapshot({
      people: [
        aPerson('renovate[bot]'),
        aPerson('flagged', { bot: true }),
        aPerson('svc-deploy'),
        aPerson('olivia', { orgRole: null, outsideCollaborator: true }),
      ],
    });
    const policy = aPolicy({ serviceAccounts: ['svc-*'] });
    expect(evaluate({ snapshot, policy })).toEqual([]);
    // The near miss: without the service-account pattern, svc-deploy is a stale member.
    expect(evaluate({ snapshot }).map((f) => f.subject)).toEqual(['svc-deploy']);
  });

  it('reads inactive-days and severity from the policy', () => {
    const snapshot = aSnapshot({
      people: [aPerson('carol')],
      contributions: [aContribution('carol', 'acme/api', { lastAt: daysAgo(40) })],
    });
    expect(evaluate({ snapshot })).toEqual([]);
    const policy = aPolicy({
      rules: { 'stale-member': { severity: 'high', thresholds: { 'inactive-days': 30 } } },
    });
    const findings = evaluate({ snapshot, policy });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'high', evidence: { inactiveDays: 30 } });
  });

  it('stays silent when switched off', () => {
    const snapshot = aSnapshot({ people: [aPerson('carol')] });
    const policy = aPolicy({ rules: { 'stale-member': { enabled: false } } });
    expect(evaluate({ snapshot, policy })).toEqual([]);
  });

  describe('coverage honesty', () => {
    const people = [aPerson('carol')];

    it('does not call someone inactive for 90 days when the window read covers only 30', () => {
      const snapshot = aSnapshot({ people, activityWindow: { from: daysAgo(30), to: NOW } });
      expect(evaluate({ snapshot })).toEqual([]);
    });

    it('does not judge when no activity window is known', () => {
      expect(evaluate({ snapshot: aSnapshot({ people, activityWindow: null }) })).toEqual([]);
    });

    it.each([
      ['org:acme/contributions'],
      ['org:acme/contributions/carol'],
      ['org:acme/audit-log'],
      ['org:acme'],
    ])('does not judge when %s could not be read', (resource) => {
      const snapshot = aSnapshot({ people, coverage: [{ resource, reason: 'HTTP 403' }] });
      expect(evaluate({ snapshot })).toEqual([]);
    });

    it('still judges others when only one person’s contributions are missing', () => {
      const snapshot = aSnapshot({
        people: [aPerson('carol'), aPerson('dave')],
        coverage: [{ resource: 'org:acme/contributions/carol', reason: 'timeout' }],
      });
      expect(evaluate({ snapshot }).map((f) => f.subject)).toEqual(['dave']);
    });
  });
});
