import { describe, expect, it } from '@jest/globals';
import { BaselineIndex, episodesOf, credentialChanges } from '../../../src/baseline/actor-baseline.js';
import { credentialChange, isCredentialChange } from '../../../src/baseline/credential-change.js';
import type { AuditEvent } from '../../../src/model.js';
import { aContribution, aGrant, anAuditEvent, daysAgo, minutesAfter, NOW } from '../../builders/snapshot.js';

const window = { from: daysAgo(180), to: NOW };
const rotate = (daysBack: number, overrides: Partial<AuditEvent> = {}) =>
  anAuditEvent('repo.update_actions_secret', {
    at: daysAgo(daysBack),
    repo: 'acme/api',
    ip: '192.0.2.1',
    fields: { key: 'TOKEN' },
    ...overrides,
  });

function index(events: AuditEvent[], extra: Partial<ConstructorParameters<typeof BaselineIndex>[0]> = {}) {
  return new BaselineIndex({
    events,
    contributions: [],
    grants: [],
    window,
    burstWindowMinutes: 10,
    ...extra,
  });
}

describe('credential changes', () => {
  it('classifies kinds and targets', () => {
    expect(
      credentialChange(anAuditEvent('org.update_actions_secret', { fields: { key: 'NPM' } })),
    ).toMatchObject({
      kind: 'actions-secret',
      target: { kind: 'org-secret', name: 'NPM' },
    });
    expect(
      credentialChange(anAuditEvent('environment.remove_actions_secret', { repo: 'acme/api' })),
    ).toMatchObject({
      kind: 'environment-secret',
      operation: 'delete',
      target: { kind: 'repository', repo: 'acme/api' },
    });
    expect(credentialChange(anAuditEvent('repo.update_integration_secret', { repo: 'acme/api' }))?.kind).toBe(
      'dependabot-secret',
    );
    expect(
      credentialChange(anAuditEvent('personal_access_token.access_revoked', { user: 'bob' }))?.target,
    ).toEqual({ kind: 'person', login: 'bob' });
    expect(
      credentialChange(anAuditEvent('org_credential_authorization.revoke', { user: 'alice' }))?.target,
    ).toEqual({ kind: 'own' });
    expect(credentialChange(anAuditEvent('public_key.delete', { repo: 'acme/api' }))?.kind).toBe(
      'deploy-key',
    );
  });

  it.each(['public_key.create', 'repo.create_actions_secret', 'repo.create', 'remove_actions_secret'])(
    '%s is not a change',
    (action) => {
      expect(isCredentialChange(action)).toBe(false);
    },
  );
});

describe('episodes', () => {
  it('groups one actor\u2019s changes with no pause longer than the window', () => {
    const start = daysAgo(2);
    const events = [0, 4, 8, 30].map((minutes, i) =>
      rotate(0, { id: `e${i}`, at: minutesAfter(minutes, start) }),
    );
    const episodes = episodesOf(credentialChanges(events), 10);
    expect(episodes.map((episode) => episode.changes.map((c) => c.event.id))).toEqual([
      ['e0', 'e1', 'e2'],
      ['e3'],
    ]);
  });

  it('keeps actors apart and drops unknown actors', () => {
    const at = daysAgo(1);
    const events = [
      rotate(0, { at, actor: 'alice' }),
      rotate(0, { at, actor: 'bob' }),
      rotate(0, { at, actor: null }),
    ];
    expect(
      episodesOf(credentialChanges(events), 10)
        .map((e) => e.actor)
        .sort(),
    ).toEqual(['alice', 'bob']);
  });
});

describe('actor baseline', () => {
  const monthly = [150, 120, 90, 60, 30].map((d, i) => rotate(d, { id: `m${i}` }));

  it('rate per day, largest burst and kinds, leaving the judged episode out', () => {
    const idx = index(monthly);
    const judged = idx.episodes[0];
    const baseline = idx.baselineFor('alice', judged);
    expect(baseline.changes).toBe(4);
    expect(baseline.episodes).toBe(4);
    expect(baseline.ratePerDay).toBeCloseTo(4 / 180, 5);
    expect(baseline.largestBurst).toBe(1);
    expect(baseline.kinds).toEqual({ 'actions-secret': 4 });
    expect(baseline.burstSizes).toMatchObject({ median: 1 });
  });

  it('an actor with no other changes has an empty baseline (no burst sizes)', () => {
    const idx = index([rotate(3)]);
    const baseline = idx.baselineFor('alice', idx.episodes[0]);
    expect(baseline).toMatchObject({ changes: 0, episodes: 0, largestBurst: 0, burstSizes: null });
  });

  it('scope: contributions, admin grants and earlier changes, not write grants', () => {
    const idx = index([rotate(100, { repo: 'acme/old' }), rotate(1, { repo: 'acme/new' })], {
      contributions: [aContribution('alice', 'acme/web')],
      grants: [aGrant('alice', 'acme/ops', 'admin'), aGrant('alice', 'acme/wiki', 'write')],
    });
    const baseline = idx.baselineFor('alice', idx.episodes[1]);
    expect([...baseline.repos].sort()).toEqual(['acme/old', 'acme/ops', 'acme/web']);
  });

  it('addresses are causal: only events before the episode count', () => {
    const events = [
      anAuditEvent('git.clone', { at: daysAgo(50), ip: '192.0.2.1' }),
      anAuditEvent('git.clone', {
        at: daysAgo(40),
        ip: '192.0.2.1',
        fields: { actor_location: { country_code: 'DE' } },
      }),
      anAuditEvent('git.clone', { at: daysAgo(30), ip: '192.0.2.2' }),
      rotate(10, { ip: '198.51.100.7' }),
      anAuditEvent('git.clone', { at: daysAgo(5), ip: '198.51.100.7' }),
    ];
    const idx = index(events);
    const baseline = idx.baselineFor('alice', idx.episodes[0]);
    expect([...baseline.ips].sort()).toEqual(['192.0.2.1', '192.0.2.2']);
    expect([...baseline.countries]).toEqual(['DE']);
    expect(baseline.enoughAddresses).toBe(true);
  });

  it('too little data: under 3 earlier addressed events, or under 30 days of log', () => {
    const idx = index([anAuditEvent('git.clone', { at: daysAgo(20), ip: '192.0.2.1' }), rotate(10)], {
      window: { from: daysAgo(20), to: NOW },
    });
    const baseline = idx.baselineFor('alice', idx.episodes[0]);
    expect(baseline.enoughAddresses).toBe(false);
    expect(baseline.enoughHistory).toBe(false);
  });

  it('feedback extensions widen the baseline', () => {
    const idx = index([rotate(1, { repo: 'acme/new', ip: '203.0.113.9' })], {
      extensions: {
        alice: {
          repos: ['acme/new'],
          orgSecrets: [],
          people: [],
          ips: ['203.0.113.9'],
          kinds: ['deploy-key'],
          largestBurst: 6,
        },
      },
    });
    const baseline = idx.baselineFor('alice', idx.episodes[0]);
    expect(baseline.repos.has('acme/new')).toBe(true);
    expect(baseline.ips.has('203.0.113.9')).toBe(true);
    expect(baseline.largestBurst).toBe(6);
    expect(baseline.kinds['deploy-key']).toBe(1);
  });

  it('the usual circle of an organization secret', () => {
    const events = [
      anAuditEvent('org.update_actions_secret', { at: daysAgo(60), actor: 'ops', fields: { key: 'NPM' } }),
      anAuditEvent('org.update_actions_secret', { at: daysAgo(1), actor: 'mallory', fields: { key: 'NPM' } }),
    ];
    const idx = index(events);
    const mallorys = idx.episodes.find((e) => e.actor === 'mallory')!;
    expect([...idx.orgSecretCircle('NPM', mallorys)]).toEqual(['ops']);
  });
});
