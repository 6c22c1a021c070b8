import { describe, expect, it } from '@jest/globals';
import { belongsTo, managedIssuesOf } from '../../../src/evaluate/legacy-issues.js';
import { buildInventory } from '../../../src/offboarding/inventory.js';
import { initialTrackingState, renderTrackingIssue } from '../../../src/offboarding/tracking-issue.js';
import { auditIssueKey, scopeLegacyKey, trackingKey } from '../../../src/reporters/issue-keys.js';
import { marker, type ListedIssue } from '../../../src/reporters/issue-sync.js';
import { aSnapshot } from '../../builders/snapshot.js';

function listed(number: number, key: string, text = ''): ListedIssue {
  return { number, title: 't', body: `${text}\n\n${marker(key, 'h')}`, state: 'open', created_at: '2026-01-01T00:00:00Z', labels: ['offboarding-sentinel'] };
}

function trackingBody(org: string): string {
  const inventory = buildInventory(aSnapshot({ organization: org }), 'alice', '2026-11-01T00:00:00Z', { emails: [] });
  return renderTrackingIssue(initialTrackingState({ ...inventory, organization: org }, [], new Date('2026-11-01T00:00:00Z'))).body;
}

describe('issue keys scoped by organization', () => {
  it('carry the organization, and map the previous version\'s keys onto it', () => {
    expect(auditIssueKey('Acme', 'audit:rule:stale-token')).toBe('audit/acme:rule:stale-token');
    expect(trackingKey('Acme', 'Alice')).toBe('offboard/acme:alice');
    expect(scopeLegacyKey('audit:rule:stale-token', 'acme')).toBe('audit/acme:rule:stale-token');
    expect(scopeLegacyKey('offboard:alice', 'acme')).toBe('offboard/acme:alice');
    expect(scopeLegacyKey('audit/acme:rule:stale-token', 'acme')).toBeNull();
  });

  it('an organization\'s own issues are its, another\'s are not', () => {
    expect(belongsTo(listed(1, 'audit/acme:rule:x'), 'acme')).toBe(true);
    expect(belongsTo(listed(1, 'audit/globex:rule:x'), 'acme')).toBe(false);
    // A tracking issue filed by hand (no marker) is read by the organization it names.
    expect(belongsTo({ body: trackingBody('acme') }, 'acme')).toBe(true);
    expect(belongsTo({ body: trackingBody('acme') }, 'globex')).toBe(false);
  });

  it('a legacy audit issue goes to the organization its resources name, or to anyone when they name none', () => {
    const named = listed(2, 'audit:rule:stale-deploy-key', '| `deploy-key:acme/api/4` | stale |');
    expect(belongsTo(named, 'acme')).toBe(true);
    expect(belongsTo(named, 'globex')).toBe(false);
    const anonymous = listed(3, 'audit:rule:long-lived-token', '| `pat:12` | long-lived |');
    expect(belongsTo(anonymous, 'globex')).toBe(true);
  });

  it('a legacy tracking issue goes to the organization its state records', () => {
    const issue = listed(4, 'offboard:alice', trackingBody('acme'));
    expect(belongsTo(issue, 'acme')).toBe(true);
    expect(belongsTo(issue, 'globex')).toBe(false);
  });

  it('adopted issues take the new key and remember the old one', () => {
    const managed = managedIssuesOf(
      [listed(2, 'audit:rule:stale-deploy-key', '`repo:acme/api`'), listed(5, 'audit/acme:rule:stale-member'), listed(6, 'audit/globex:rule:stale-member')],
      'acme',
    );
    expect(managed.map((issue) => [issue.number, issue.key, issue.migratedFrom])).toEqual([
      [2, 'audit/acme:rule:stale-deploy-key', 'audit:rule:stale-deploy-key'],
      [5, 'audit/acme:rule:stale-member', undefined],
    ]);
  });
});
