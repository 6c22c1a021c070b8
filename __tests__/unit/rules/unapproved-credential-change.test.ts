import { describe, expect, it } from '@jest/globals';
import {
  findBursts,
  isCredentialChange,
  unapprovedCredentialChange,
} from '../../../src/rules/unapproved-credential-change.js';
import type { AuditEvent } from '../../../src/model.js';
import {
  anAuditEvent,
  aPolicy,
  aRuleContext,
  aSnapshot,
  daysAgo,
  minutesAfter,
} from '../../builders/snapshot.js';

const evaluate = (events: AuditEvent[], policy = aPolicy()) =>
  unapprovedCredentialChange.evaluate(aRuleContext({ snapshot: aSnapshot({ auditEvents: events }), policy }));

describe('unapproved-credential-change', () => {
  it.each([
    'public_key.delete',
    'public_key.update',
    'personal_access_token.access_revoked',
    'org_credential_authorization.revoke',
    'org_credential_authorization.deauthorize',
    'repo.remove_actions_secret',
    'org.update_actions_secret',
    'environment.remove_actions_secret',
    'org.remove_integration_secret',
    'repo.update_integration_secret',
  ])('treats %s as a credential change', (action) => {
    expect(isCredentialChange(action)).toBe(true);
  });

  it.each([
    'public_key.create',
    'repo.create_actions_secret',
    'org.create_integration_secret',
    'repo.create',
    'remove_actions_secret',
  ])('does not treat %s as a change', (action) => {
    expect(isCredentialChange(action)).toBe(false);
  });

  it('fires once per change by an unapproved actor', () => {
    const findings = evaluate([
      anAuditEvent('repo.remove_actions_secret', {
        id: 'c1',
        actor: 'mallory',
        repo: 'acme/api',
        fields: { key: 'AWS_KEY' },
      }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'unapproved-credential-change',
      severity: 'high',
      subject: 'mallory',
      resource: 'event:c1',
      evidence: { action: 'repo.remove_actions_secret', actor: 'mallory', workflow: null },
    });
    expect(findings[0].message).toContain('AWS_KEY on acme/api');
  });

  it('does not fire for approved actors or approved workflows, nor for creations', () => {
    const policy = aPolicy({
      approvedChangers: { actors: ['secrets-bot', 'sec-*'], workflows: ['acme/ops/.github/workflows/*.yml'] },
    });
    const events = [
      anAuditEvent('public_key.delete', { actor: 'secrets-bot' }),
      anAuditEvent('public_key.delete', { actor: 'sec-oncall' }),
      anAuditEvent('org.update_actions_secret', {
        actor: 'github-actions[bot]',
        fields: { workflow: 'acme/ops/.github/workflows/rotate.yml' },
      }),
      anAuditEvent('public_key.create', { actor: 'mallory' }),
    ];
    expect(evaluate(events, policy)).toEqual([]);
    // Near miss: a workflow in another repository is not approved.
    const other = anAuditEvent('org.update_actions_secret', {
      actor: 'github-actions[bot]',
      fields: { workflow: 'acme/app/.github/workflows/rotate.yml' },
    });
    expect(evaluate([other], policy)).toHaveLength(1);
  });

  it('adds one burst finding for burst-count changes by one actor within the window', () => {
    const start = daysAgo(1);
    const events = [0, 1, 2, 3, 4].map((minute) =>
      anAuditEvent('public_key.delete', {
        id: `k${minute}`,
        actor: 'mallory',
        at: minutesAfter(minute * 2, start),
      }),
    );
    const findings = evaluate(events);
    const bursts = findings.filter((f) => f.evidence.count !== undefined);
    expect(findings).toHaveLength(6);
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toMatchObject({
      subject: 'mallory',
      resource: 'event:k0',
      evidence: { count: 5, burstCount: 5, burstWindowMinutes: 10 },
    });
    // The burst and the per-event finding share a resource but not a fingerprint.
    const single = findings.find((f) => f.resource === 'event:k0' && f.evidence.count === undefined);
    expect(single?.fingerprint).not.toBe(bursts[0].fingerprint);
  });

  it('no burst for four changes, for five spread over more than the window, or across actors', () => {
    const start = daysAgo(1);
    const four = [0, 1, 2, 3].map((m) =>
      anAuditEvent('public_key.delete', { actor: 'mallory', at: minutesAfter(m, start) }),
    );
    expect(evaluate(four).filter((f) => f.evidence.count !== undefined)).toEqual([]);
    const spread = [0, 3, 6, 9, 12].map((m) =>
      anAuditEvent('public_key.delete', { actor: 'mallory', at: minutesAfter(m, start) }),
    );
    expect(evaluate(spread).filter((f) => f.evidence.count !== undefined)).toEqual([]);
    const mixed = [0, 1, 2, 3, 4].map((m) =>
      anAuditEvent('public_key.delete', { actor: m % 2 ? 'eve' : 'mallory', at: minutesAfter(m, start) }),
    );
    expect(evaluate(mixed).filter((f) => f.evidence.count !== undefined)).toEqual([]);
  });

  it('reads burst thresholds from the policy', () => {
    const start = daysAgo(1);
    const three = [0, 10, 20].map((m) =>
      anAuditEvent('public_key.delete', { actor: 'mallory', at: minutesAfter(m, start) }),
    );
    const policy = aPolicy({
      rules: {
        'unapproved-credential-change': { thresholds: { 'burst-count': 3, 'burst-window-minutes': 30 } },
      },
    });
    expect(evaluate(three, policy).filter((f) => f.evidence.count !== undefined)).toHaveLength(1);
  });

  it('splits a long run into non-overlapping bursts', () => {
    const start = daysAgo(1);
    const events = Array.from({ length: 10 }, (_, i) =>
      anAuditEvent('public_key.delete', { id: `r${i}`, actor: 'm', at: minutesAfter(i, start) }),
    );
    expect(findBursts(events, 5, 4).map((burst) => burst.map((e) => e.id))).toEqual([
      ['r0', 'r1', 'r2', 'r3', 'r4'],
      ['r5', 'r6', 'r7', 'r8', 'r9'],
    ]);
  });

  it('stays silent when switched off', () => {
    const policy = aPolicy({ rules: { 'unapproved-credential-change': { enabled: false } } });
    expect(evaluate([anAuditEvent('public_key.delete', { actor: 'mallory' })], policy)).toEqual([]);
  });
});
