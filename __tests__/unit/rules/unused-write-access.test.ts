import { describe, expect, it } from '@jest/globals';
import { unusedWriteAccess } from '../../../src/rules/unused-write-access.js';
import {
  aContribution,
  aGrant,
  anAuditEvent,
  aPerson,
  aPolicy,
  aRepository,
  aRuleContext,
  aSnapshot,
  daysAgo,
  NOW,
} from '../../builders/snapshot.js';
import type { Snapshot } from '../../../src/model.js';

const evaluate = (snapshot: Snapshot, policy = aPolicy()) =>
  unusedWriteAccess.evaluate(aRuleContext({ snapshot, policy }));

describe('unused-write-access', () => {
  it('fires once per person and repository, listing every source of the grant', () => {
    const snapshot = aSnapshot({
      people: [aPerson('dave')],
      repositories: [aRepository('acme/api')],
      grants: [
        aGrant('dave', 'acme/api', 'maintain', {
          sources: [{ kind: 'direct' }, { kind: 'team', team: 'platform' }],
        }),
        aGrant('dave', 'acme/api', 'maintain', { sources: [{ kind: 'direct' }] }),
      ],
      contributions: [aContribution('dave', 'acme/api', { lastAt: daysAgo(200) })],
    });
    const findings = evaluate(snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'unused-write-access',
      subject: 'dave',
      resource: 'repo:acme/api',
      evidence: {
        permission: 'maintain',
        sources: ['direct', 'team:platform'],
        lastContributionAt: daysAgo(200),
        windowDays: 180,
      },
    });
    expect(findings[0].message).toMatch(/dave holds maintain on acme\/api .*direct, team:platform/);
  });

  it.each(['write', 'maintain', 'admin'] as const)('fires for %s without any contribution', (permission) => {
    const snapshot = aSnapshot({
      people: [aPerson('dave')],
      grants: [aGrant('dave', 'acme/api', permission)],
    });
    expect(evaluate(snapshot)).toHaveLength(1);
  });

  it.each(['read', 'triage'] as const)('does not fire for %s access without contributions', (permission) => {
    const snapshot = aSnapshot({
      people: [aPerson('dave')],
      grants: [aGrant('dave', 'acme/api', permission)],
    });
    expect(evaluate(snapshot)).toEqual([]);
  });

  it('does not fire for an archived repository', () => {
    const snapshot = aSnapshot({
      people: [aPerson('dave')],
      repositories: [aRepository('acme/old', { archived: true })],
      grants: [aGrant('dave', 'acme/old')],
    });
    expect(evaluate(snapshot)).toEqual([]);
  });

  it('does not fire for someone who contributed to that repository inside the window (a review counts)', () => {
    const snapshot = aSnapshot({
      people: [aPerson('dave')],
      grants: [aGrant('dave', 'acme/api')],
      contributions: [aContribution('dave', 'acme/api', { kind: 'review', lastAt: daysAgo(179) })],
    });
    expect(evaluate(snapshot)).toEqual([]);
  });

  it('counts only contributions to that repository, not elsewhere and not audit events', () => {
    const snapshot = aSnapshot({
      people: [aPerson('dave')],
      grants: [aGrant('dave', 'acme/api')],
      contributions: [aContribution('dave', 'acme/web', { lastAt: daysAgo(1) })],
      auditEvents: [anAuditEvent('git.push', { actor: 'dave', repo: 'acme/api', at: daysAgo(1) })],
    });
    expect(evaluate(snapshot).map((f) => f.resource)).toEqual(['repo:acme/api']);
  });

  it('leaves owners whose only source is ownership to stale-member, but not their direct grants', () => {
    const snapshot = aSnapshot({
      people: [aPerson('olga', { orgRole: 'owner' }), aPerson('mia')],
      grants: [
        aGrant('olga', 'acme/api', 'admin', { sources: [{ kind: 'organization' }] }),
        aGrant('olga', 'acme/web', 'admin', { sources: [{ kind: 'organization' }, { kind: 'direct' }] }),
        // A plain member with write through the organization base permission is reported.
        aGrant('mia', 'acme/api', 'write', { sources: [{ kind: 'organization' }] }),
      ],
    });
    expect(evaluate(snapshot).map((f) => `${f.subject} ${f.resource}`)).toEqual([
      'olga repo:acme/web',
      'mia repo:acme/api',
    ]);
  });

  it('ignores bots', () => {
    const snapshot = aSnapshot({ grants: [aGrant('dependabot[bot]', 'acme/api', 'write')] });
    expect(evaluate(snapshot)).toEqual([]);
  });

  it('reads window-days from the policy', () => {
    const snapshot = aSnapshot({
      people: [aPerson('dave')],
      grants: [aGrant('dave', 'acme/api')],
      contributions: [aContribution('dave', 'acme/api', { lastAt: daysAgo(60) })],
    });
    expect(evaluate(snapshot)).toEqual([]);
    expect(
      evaluate(
        snapshot,
        aPolicy({ rules: { 'unused-write-access': { thresholds: { 'window-days': 30 } } } }),
      ),
    ).toHaveLength(1);
  });

  it('stays silent when switched off', () => {
    const snapshot = aSnapshot({ grants: [aGrant('dave', 'acme/api')] });
    expect(evaluate(snapshot, aPolicy({ rules: { 'unused-write-access': { enabled: false } } }))).toEqual([]);
  });

  describe('coverage honesty', () => {
    const base = { people: [aPerson('dave')], grants: [aGrant('dave', 'acme/api')] };

    it.each([
      'org:acme/contributions',
      'org:acme/contributions/dave',
      'repo:acme/api/contributions',
      'repo:acme/api',
    ])('does not fire when %s could not be read', (resource) => {
      expect(evaluate(aSnapshot({ ...base, coverage: [{ resource, reason: 'HTTP 502' }] }))).toEqual([]);
    });

    it('does not fire when the activity window is shorter than window-days', () => {
      expect(evaluate(aSnapshot({ ...base, activityWindow: { from: daysAgo(90), to: NOW } }))).toEqual([]);
    });

    it('a gap on another repository does not silence this one', () => {
      expect(
        evaluate(
          aSnapshot({ ...base, coverage: [{ resource: 'repo:acme/web/contributions', reason: 'x' }] }),
        ),
      ).toHaveLength(1);
    });
  });
});

describe('unused-write-access and the permission of each source', () => {
  it('ignores an owner whose write comes only from ownership, even with a read-level direct grant', () => {
    const owner = aPerson('olga', { orgRole: 'owner' });
    const grant = aGrant('olga', 'acme/web', 'admin', {
      sources: [{ kind: 'direct', permission: 'triage' }, { kind: 'organization', permission: 'admin' }],
    });
    const snapshot = aSnapshot({ people: [owner], grants: [grant] });
    expect(unusedWriteAccess.evaluate(aRuleContext({ snapshot }))).toEqual([]);
  });

  it('fires for an owner who also holds write through a team', () => {
    const owner = aPerson('olga', { orgRole: 'owner' });
    const grant = aGrant('olga', 'acme/web', 'admin', {
      sources: [{ kind: 'organization', permission: 'admin' }, { kind: 'team', team: 'web', permission: 'write' }],
    });
    const [finding] = unusedWriteAccess.evaluate(aRuleContext({ snapshot: aSnapshot({ people: [owner], grants: [grant] }) }));
    expect(finding?.evidence.sources).toEqual(['organization (admin)', 'team:web (write)']);
  });
});
