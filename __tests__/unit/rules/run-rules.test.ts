import { describe, expect, it } from '@jest/globals';
import { auditCoverageGap } from '../../../src/rules/audit-coverage-gap.js';
import { auditRules, runRules } from '../../../src/rules/index.js';
import type { Rule } from '../../../src/rules/types.js';
import { RULES } from '../../../src/rules/catalogue.js';
import type { Snapshot } from '../../../src/model.js';
import {
  aContribution,
  aCredential,
  aDeployKey,
  aGrant,
  anAuditEvent,
  anOffboardedPerson,
  aPatGrant,
  aPerson,
  aPolicy,
  aRuleContext,
  aSecret,
  aSnapshot,
  daysAgo,
} from '../../builders/snapshot.js';

function busySnapshot(): Snapshot {
  return aSnapshot({
    people: [aPerson('carol'), aPerson('dave'), aPerson('zed')],
    grants: [aGrant('dave', 'acme/api'), aGrant('dave', 'acme/web'), aGrant('zed', 'acme/api', 'admin')],
    contributions: [
      aContribution('dave', 'acme/api', { lastAt: daysAgo(200) }),
      aContribution('zed', 'acme/web', { lastAt: daysAgo(1) }),
    ],
    deployKeys: [
      aDeployKey({ id: 1, lastUsedAt: daysAgo(200) }),
      aDeployKey({ id: 2, readOnly: true, lastUsedAt: null, createdAt: daysAgo(60), addedBy: 'bob' }),
    ],
    patGrants: [aPatGrant('erin', { id: 9, expiresAt: null, lastUsedAt: daysAgo(120) })],
    credentialAuthorizations: [aCredential('frank', { id: 8, accessedAt: daysAgo(100) })],
    secrets: [aSecret('OLD', { updatedAt: daysAgo(400) })],
    offboarded: [anOffboardedPerson('gina', { offboardedAt: daysAgo(10) })],
    copilotSeats: [
      {
        org: 'acme',
        login: 'zed',
        createdAt: daysAgo(300),
        lastActivityAt: daysAgo(60),
        lastActivityEditor: null,
        lastAuthenticatedAt: null,
        pendingCancellationDate: null,
        assigningTeam: null,
      },
    ],
    scimIdentities: [
      { id: 's1', userName: 'dave@acme.example', externalId: null, emails: [], active: false, login: 'dave' },
    ],
    auditEvents: [
      anAuditEvent('git.clone', { id: 'g1', actor: 'gina', at: daysAgo(2) }),
      anAuditEvent('public_key.delete', { id: 'p1', actor: 'mallory', at: daysAgo(3) }),
    ],
    coverage: [
      {
        resource: 'repo:acme/legacy/deploy-keys',
        reason: 'HTTP 403: Resource not accessible by integration',
      },
    ],
  });
}

function shuffled(snapshot: Snapshot): Snapshot {
  const reverse = <T>(list: T[]) => [...list].reverse();
  return {
    ...snapshot,
    people: reverse(snapshot.people),
    grants: reverse(snapshot.grants),
    contributions: reverse(snapshot.contributions),
    deployKeys: reverse(snapshot.deployKeys),
    auditEvents: reverse(snapshot.auditEvents),
    coverage: reverse(snapshot.coverage),
  };
}

describe('auditRules', () => {
  it('holds every audit-mode rule of the catalogue except policy-invalid, each once', () => {
    const expected = RULES.filter(
      (rule) => rule.modes.includes('audit') && rule.name !== 'policy-invalid',
    ).map((rule) => rule.name);
    expect(auditRules.map((rule) => rule.name).sort()).toEqual([...expected].sort());
  });
});

describe('runRules', () => {
  it('every rule fires on the busy organization', () => {
    const findings = runRules(auditRules, aRuleContext({ snapshot: busySnapshot() }));
    const fired = new Set(findings.map((f) => f.rule));
    for (const rule of auditRules) {
      if (
        rule.name === 'offboarding-drift' ||
        rule.name === 'stale-member' ||
        rule.name === 'offboarded-ip-activity'
      )
        continue;
      expect([rule.name, fired.has(rule.name)]).toEqual([rule.name, true]);
    }
    expect(findings.filter((f) => f.rule === 'stale-member').map((f) => f.subject)).toEqual([
      'carol',
      'dave',
    ]);
  });

  it('returns findings sorted by severity, rule, resource and subject, whatever the input order', () => {
    const snapshot = busySnapshot();
    const findings = runRules(auditRules, aRuleContext({ snapshot }));
    const again = runRules([...auditRules].reverse(), aRuleContext({ snapshot: shuffled(snapshot) }));
    expect(again).toEqual(findings);
    const ranks = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
    for (let i = 1; i < findings.length; i++) {
      const [a, b] = [findings[i - 1], findings[i]];
      const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
      const order =
        ranks[b.severity] - ranks[a.severity] || text(a.rule, b.rule) || text(a.resource, b.resource);
      expect(order).toBeLessThanOrEqual(0);
    }
    expect(findings[0]).toMatchObject({ rule: 'activity-after-offboarding', severity: 'critical' });
  });

  it('keeps fingerprints stable: same input in another order, or other message text, gives the same fingerprints', () => {
    const snapshot = busySnapshot();
    const first = runRules(auditRules, aRuleContext({ snapshot }));
    const second = runRules(auditRules, aRuleContext({ snapshot: shuffled(snapshot) }));
    expect(second.map((f) => f.fingerprint)).toEqual(first.map((f) => f.fingerprint));
    expect(new Set(first.map((f) => f.fingerprint)).size).toBe(first.length);
    // Thresholds change the message ("policy: 90") and severity, never the identity.
    const retuned = aPolicy({
      rules: { 'stale-deploy-key': { severity: 'high', thresholds: { 'unused-days': 100 } } },
    });
    const a = first.find((f) => f.rule === 'stale-deploy-key' && f.resource.endsWith('/1'))!;
    const b = runRules(auditRules, aRuleContext({ snapshot, policy: retuned })).find(
      (f) => f.rule === 'stale-deploy-key' && f.resource.endsWith('/1'),
    )!;
    expect(b.message).not.toBe(a.message);
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('turns a throwing rule into a coverage-gap finding and keeps the others', () => {
    const broken: Rule = {
      name: 'stale-secret',
      evaluate: () => {
        throw new Error('boom');
      },
    };
    const findings = runRules(
      [broken, ...auditRules.filter((r) => r.name !== 'stale-secret')],
      aRuleContext({ snapshot: busySnapshot() }),
    );
    expect(findings.find((f) => f.resource === 'rule:stale-secret')).toMatchObject({
      rule: 'audit-coverage-gap',
      subject: null,
      evidence: { reason: expect.stringContaining('boom') },
    });
    expect(findings.some((f) => f.rule === 'stale-deploy-key')).toBe(true);
  });
});

describe('coverage honesty across the catalogue', () => {
  it('an organization where nothing could be read yields only coverage gaps, never a clean or stale verdict', () => {
    const snapshot = aSnapshot({
      people: [aPerson('carol')],
      grants: [aGrant('carol', 'acme/api')],
      coverage: [
        { resource: 'org:acme/contributions', reason: 'HTTP 502' },
        { resource: 'org:acme/audit-log', reason: 'HTTP 404: needs GitHub Enterprise Cloud' },
        { resource: 'repo:acme/api/deploy-keys', reason: 'HTTP 403' },
        { resource: 'org:acme/personal-access-tokens', reason: 'HTTP 403' },
      ],
    });
    const findings = runRules(auditRules, aRuleContext({ snapshot }));
    expect(findings.map((f) => [f.rule, f.resource])).toEqual([
      ['audit-coverage-gap', 'org:acme/audit-log'],
      ['audit-coverage-gap', 'org:acme/contributions'],
      ['audit-coverage-gap', 'org:acme/personal-access-tokens'],
      ['audit-coverage-gap', 'repo:acme/api/deploy-keys'],
    ]);
  });
});

describe('audit-coverage-gap', () => {
  it('fires once per gap resource with the reason as evidence', () => {
    const snapshot = aSnapshot({
      coverage: [
        { resource: 'org:acme/audit-log', reason: 'HTTP 404: not GHEC' },
        { resource: 'repo:acme/api/secrets', reason: 'HTTP 403' },
        { resource: 'repo:acme/api/secrets', reason: 'HTTP 403' },
      ],
    });
    const findings = auditCoverageGap.evaluate(aRuleContext({ snapshot }));
    expect(findings.map((f) => [f.resource, f.subject, f.evidence])).toEqual([
      ['org:acme/audit-log', null, { reason: 'HTTP 404: not GHEC' }],
      ['repo:acme/api/secrets', null, { reason: 'HTTP 403' }],
    ]);
  });

  it('does not fire when everything was read, or when switched off', () => {
    expect(auditCoverageGap.evaluate(aRuleContext())).toEqual([]);
    const snapshot = aSnapshot({ coverage: [{ resource: 'org:acme/audit-log', reason: 'x' }] });
    const policy = aPolicy({ rules: { 'audit-coverage-gap': { enabled: false } } });
    expect(auditCoverageGap.evaluate(aRuleContext({ snapshot, policy }))).toEqual([]);
  });
});
