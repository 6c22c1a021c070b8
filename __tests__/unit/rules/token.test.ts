import { describe, expect, it } from '@jest/globals';
import { longLivedToken } from '../../../src/rules/long-lived-token.js';
import { staleToken } from '../../../src/rules/stale-token.js';
import type { Snapshot } from '../../../src/model.js';
import {
  aCredential,
  aPatGrant,
  aPolicy,
  aRuleContext,
  aSnapshot,
  daysAgo,
} from '../../builders/snapshot.js';

const longLived = (snapshot: Snapshot, policy = aPolicy()) =>
  longLivedToken.evaluate(aRuleContext({ snapshot, policy }));
const stale = (snapshot: Snapshot, policy = aPolicy()) =>
  staleToken.evaluate(aRuleContext({ snapshot, policy }));

describe('long-lived-token', () => {
  it('fires for a token without expiry', () => {
    const grant = aPatGrant('erin', { id: 77, tokenId: 9077, expiresAt: null, tokenName: 'laptop' });
    const findings = longLived(aSnapshot({ patGrants: [grant] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      subject: 'erin',
      resource: 'pat:9077',
      evidence: { grantId: 77, tokenId: 9077, expiresAt: null, maxLifetimeDays: 366 },
    });
    expect(findings[0].message).toContain('never expires');
  });

  it('fires for a lifetime above max-lifetime-days', () => {
    const grant = aPatGrant('erin', { accessGrantedAt: daysAgo(10), expiresAt: daysAgo(-360) });
    const findings = longLived(aSnapshot({ patGrants: [grant] }));
    expect(findings).toHaveLength(1);
    expect(findings[0].evidence).toMatchObject({ lifetimeDays: 370 });
  });

  it('does not fire for a token that expires within policy', () => {
    const grant = aPatGrant('erin', { accessGrantedAt: daysAgo(10), expiresAt: daysAgo(-356) });
    expect(longLived(aSnapshot({ patGrants: [grant] }))).toEqual([]);
  });

  it('does not fire for expired tokens (flag or date)', () => {
    const snapshot = aSnapshot({
      patGrants: [
        aPatGrant('erin', { tokenExpired: true, expiresAt: null }),
        aPatGrant('erin', { accessGrantedAt: daysAgo(800), expiresAt: daysAgo(1) }),
      ],
    });
    expect(longLived(snapshot)).toEqual([]);
  });

  it('reads max-lifetime-days from the policy and honours enabled', () => {
    const snapshot = aSnapshot({
      patGrants: [aPatGrant('erin', { accessGrantedAt: daysAgo(10), expiresAt: daysAgo(-80) })],
    });
    expect(longLived(snapshot)).toEqual([]);
    expect(
      longLived(
        snapshot,
        aPolicy({ rules: { 'long-lived-token': { thresholds: { 'max-lifetime-days': 30 } } } }),
      ),
    ).toHaveLength(1);
    const off = aSnapshot({ patGrants: [aPatGrant('erin', { expiresAt: null })] });
    expect(longLived(off, aPolicy({ rules: { 'long-lived-token': { enabled: false } } }))).toEqual([]);
  });
});

describe('stale-token', () => {
  it('fires for a PAT grant last used more than unused-days ago', () => {
    const findings = stale(
      aSnapshot({ patGrants: [aPatGrant('erin', { id: 5, tokenId: 9005, lastUsedAt: daysAgo(100) })] }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'stale-token',
      subject: 'erin',
      resource: 'pat:9005',
      evidence: { grantId: 5, tokenId: 9005, unusedDays: 90 },
    });
  });

  it('counts a never-used PAT from when access was granted', () => {
    const snapshot = aSnapshot({
      patGrants: [
        aPatGrant('erin', { id: 1, tokenId: 9001, lastUsedAt: null, accessGrantedAt: daysAgo(91) }),
        aPatGrant('erin', { id: 2, lastUsedAt: null, accessGrantedAt: daysAgo(89) }),
      ],
    });
    expect(stale(snapshot).map((f) => f.resource)).toEqual(['pat:9001']);
  });

  it('fires for an SSO credential not accessed for more than unused-days, or never accessed since authorization', () => {
    const snapshot = aSnapshot({
      credentialAuthorizations: [
        aCredential('frank', { id: 11, accessedAt: daysAgo(95) }),
        aCredential('frank', {
          id: 12,
          type: 'SSH key',
          accessedAt: null,
          authorizedAt: daysAgo(120),
          title: 'laptop',
        }),
        aCredential('frank', { id: 13, accessedAt: null, authorizedAt: daysAgo(20) }),
      ],
    });
    const findings = stale(snapshot);
    expect(findings.map((f) => f.resource)).toEqual(['credential:11', 'credential:12']);
    expect(findings[1].message).toContain('SSH key “laptop” of frank');
  });

  it('does not fire for tokens used within unused-days', () => {
    const snapshot = aSnapshot({
      patGrants: [aPatGrant('erin', { lastUsedAt: daysAgo(10) })],
      credentialAuthorizations: [aCredential('frank', { accessedAt: daysAgo(10) })],
    });
    expect(stale(snapshot)).toEqual([]);
  });

  it('does not fire for expired tokens and credentials', () => {
    const snapshot = aSnapshot({
      patGrants: [aPatGrant('erin', { tokenExpired: true, lastUsedAt: daysAgo(300) })],
      credentialAuthorizations: [aCredential('frank', { accessedAt: daysAgo(300), expiresAt: daysAgo(2) })],
    });
    expect(stale(snapshot)).toEqual([]);
  });

  it('reads unused-days from the policy and honours enabled', () => {
    const snapshot = aSnapshot({ patGrants: [aPatGrant('erin', { lastUsedAt: daysAgo(40) })] });
    expect(stale(snapshot)).toEqual([]);
    expect(
      stale(snapshot, aPolicy({ rules: { 'stale-token': { thresholds: { 'unused-days': 30 } } } })),
    ).toHaveLength(1);
    expect(
      stale(
        snapshot,
        aPolicy({ rules: { 'stale-token': { enabled: false, thresholds: { 'unused-days': 30 } } } }),
      ),
    ).toEqual([]);
  });
});
