import { describe, expect, it } from '@jest/globals';
import {
  activityAfterOffboarding,
  eventsAfterOffboarding,
} from '../../../src/rules/activity-after-offboarding.js';
import {
  eventsFromKnownIps,
  knownIpsOf,
  offboardedIpActivity,
} from '../../../src/rules/offboarded-ip-activity.js';
import {
  anAuditEvent,
  anOffboardedPerson,
  aPolicy,
  aRuleContext,
  aSnapshot,
  daysAgo,
} from '../../builders/snapshot.js';

const gone = anOffboardedPerson('gina', { offboardedAt: daysAgo(10) });

describe('activity-after-offboarding', () => {
  it('fires once per event acted by the offboarded person after offboarded-at', () => {
    const events = [
      anAuditEvent('git.clone', {
        id: 'e1',
        actor: 'gina',
        repo: 'acme/api',
        at: daysAgo(5),
        ip: '198.51.100.7',
      }),
      anAuditEvent('repo.download_zip', { id: 'e2', actor: 'Gina', at: daysAgo(2) }),
    ];
    const findings = activityAfterOffboarding.evaluate(
      aRuleContext({ snapshot: aSnapshot({ offboarded: [gone], auditEvents: events }) }),
    );
    expect(findings.map((f) => [f.resource, f.subject, f.severity])).toEqual([
      ['event:e1', 'gina', 'critical'],
      ['event:e2', 'gina', 'critical'],
    ]);
    expect(findings[0].evidence).toMatchObject({
      action: 'git.clone',
      offboardedAt: gone.offboardedAt,
      ip: '198.51.100.7',
    });
    expect(findings[0].message).toContain('gina, offboarded');
  });

  it('does not fire for events before offboarded-at, or where the person is only the user acted upon', () => {
    const events = [
      anAuditEvent('git.clone', { actor: 'gina', at: daysAgo(11) }),
      anAuditEvent('org.remove_member', { actor: 'admin', user: 'gina', at: daysAgo(9) }),
      anAuditEvent('git.clone', { actor: 'hank', at: daysAgo(1) }),
    ];
    const snapshot = aSnapshot({ offboarded: [gone], auditEvents: events });
    expect(activityAfterOffboarding.evaluate(aRuleContext({ snapshot }))).toEqual([]);
  });

  it('exposes the per-person core for offboard mode', () => {
    const events = [
      anAuditEvent('a', { id: 'late', actor: 'gina', at: daysAgo(1) }),
      anAuditEvent('b', { id: 'early', actor: 'gina', at: daysAgo(3) }),
    ];
    expect(eventsAfterOffboarding(events, gone).map((e) => e.id)).toEqual(['early', 'late']);
  });

  it('stays silent when switched off', () => {
    const snapshot = aSnapshot({
      offboarded: [gone],
      auditEvents: [anAuditEvent('git.clone', { actor: 'gina', at: daysAgo(1) })],
    });
    const policy = aPolicy({ rules: { 'activity-after-offboarding': { enabled: false } } });
    expect(activityAfterOffboarding.evaluate(aRuleContext({ snapshot, policy }))).toEqual([]);
  });
});

describe('offboarded-ip-activity', () => {
  const before = anAuditEvent('git.push', { id: 'b1', actor: 'gina', ip: '203.0.113.5', at: daysAgo(20) });

  it('fires for another actor’s event after offboarded-at from an IP the person used before', () => {
    const after = anAuditEvent('git.clone', {
      id: 'x1',
      actor: 'hank',
      ip: '203.0.113.5',
      at: daysAgo(3),
      repo: 'acme/api',
    });
    const snapshot = aSnapshot({ offboarded: [gone], auditEvents: [before, after] });
    const findings = offboardedIpActivity.evaluate(aRuleContext({ snapshot }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'offboarded-ip-activity',
      severity: 'high',
      subject: 'gina',
      resource: 'event:x1',
      evidence: { actor: 'hank', ip: '203.0.113.5' },
    });
  });

  it('learns IPs from the recorded knownIps too, and an event exactly at offboarded-at counts as before', () => {
    const atOffboarding = anAuditEvent('org.remove_member', {
      actor: 'gina',
      ip: '192.0.2.9',
      at: gone.offboardedAt,
    });
    const person = { ...gone, knownIps: ['198.51.100.1'] };
    expect([...knownIpsOf(person, [atOffboarding])].sort()).toEqual(['192.0.2.9', '198.51.100.1']);
    const events = [
      anAuditEvent('x', { id: 'k1', actor: 'ivan', ip: '198.51.100.1', at: daysAgo(1) }),
      anAuditEvent('x', { id: 'k2', actor: 'ivan', ip: '192.0.2.9', at: daysAgo(1) }),
    ];
    expect(eventsFromKnownIps(events, person, [atOffboarding, ...events]).map((e) => e.id)).toEqual([
      'k1',
      'k2',
    ]);
  });

  it('does not fire for other IPs, events before offboarded-at, or the person’s own events', () => {
    const events = [
      before,
      anAuditEvent('git.clone', { actor: 'hank', ip: '203.0.113.6', at: daysAgo(3) }),
      anAuditEvent('git.clone', { actor: 'hank', ip: '203.0.113.5', at: daysAgo(15) }),
      anAuditEvent('git.clone', { actor: 'gina', ip: '203.0.113.5', at: daysAgo(3) }),
    ];
    const snapshot = aSnapshot({ offboarded: [gone], auditEvents: events });
    expect(offboardedIpActivity.evaluate(aRuleContext({ snapshot }))).toEqual([]);
  });

  it('does not treat an IP first used after offboarding as known', () => {
    const events = [
      anAuditEvent('git.clone', { actor: 'gina', ip: '203.0.113.77', at: daysAgo(5) }),
      anAuditEvent('git.clone', { actor: 'hank', ip: '203.0.113.77', at: daysAgo(4) }),
    ];
    const snapshot = aSnapshot({ offboarded: [gone], auditEvents: events });
    expect(offboardedIpActivity.evaluate(aRuleContext({ snapshot }))).toEqual([]);
  });

  it('stays silent when switched off', () => {
    const after = anAuditEvent('git.clone', { actor: 'hank', ip: '203.0.113.5', at: daysAgo(3) });
    const snapshot = aSnapshot({ offboarded: [gone], auditEvents: [before, after] });
    const policy = aPolicy({ rules: { 'offboarded-ip-activity': { enabled: false } } });
    expect(offboardedIpActivity.evaluate(aRuleContext({ snapshot, policy }))).toEqual([]);
  });
});
