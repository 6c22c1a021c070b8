import { describe, expect, it } from '@jest/globals';
import type { AuditEvent, Contribution, OffboardedPerson } from '../../../src/model.js';
import { densestWindow } from '../../../src/baseline/anomaly-score.js';
import { credentialChanges } from '../../../src/baseline/actor-baseline.js';
import {
  severityForScore,
  unapprovedCredentialChange,
  unapprovedCredentialChangeFindings,
  activityOf,
} from '../../../src/rules/unapproved-credential-change.js';
import {
  anAuditEvent,
  aContribution,
  aPolicy,
  aRuleContext,
  aSnapshot,
  daysAgo,
  minutesAfter,
  anOffboardedPerson,
} from '../../builders/snapshot.js';

// Alice works in acme/api and clones it from her usual address; the background every case shares.
const usual = [90, 60, 45, 30, 20].map((d, i) =>
  anAuditEvent('git.clone', { id: `clone-${i}`, at: daysAgo(d), repo: 'acme/api', ip: '192.0.2.1' }),
);
const works: Contribution[] = [aContribution('alice', 'acme/api')];

function evaluate(
  events: AuditEvent[],
  options: {
    contributions?: Contribution[];
    offboarded?: OffboardedPerson[];
    policy?: ReturnType<typeof aPolicy>;
  } = {},
) {
  const snapshot = aSnapshot({
    auditEvents: [...usual, ...events],
    contributions: options.contributions ?? works,
    activityWindow: { from: daysAgo(180), to: daysAgo(0) },
    offboarded: options.offboarded ?? [],
  });
  return unapprovedCredentialChange.evaluate(aRuleContext({ snapshot, policy: options.policy ?? aPolicy() }));
}

const secretUpdate = (at: string, overrides: Partial<AuditEvent> = {}) =>
  anAuditEvent('repo.update_actions_secret', {
    at,
    repo: 'acme/api',
    ip: '192.0.2.1',
    fields: { key: 'DEPLOY_TOKEN' },
    ...overrides,
  });

describe('unapproved-credential-change: absolute exceptions', () => {
  it('an approved actor never fires, even for a burst from a new address elsewhere', () => {
    const start = daysAgo(1);
    const burst = [0, 1, 2, 3, 4, 5].map((m, i) =>
      anAuditEvent('public_key.delete', {
        id: `k${i}`,
        at: minutesAfter(m, start),
        repo: `acme/r${i}`,
        ip: '198.51.100.7',
      }),
    );
    expect(evaluate(burst)).toHaveLength(1);
    expect(evaluate(burst, { policy: aPolicy({ approvedChangers: { actors: ['ali*'] } }) })).toEqual([]);
  });

  it('an approved workflow never fires', () => {
    const event = secretUpdate(daysAgo(1), {
      repo: 'acme/other',
      fields: { key: 'X', workflow: 'acme/ops/.github/workflows/rotate.yml' },
    });
    expect(evaluate([event])).toHaveLength(1);
    expect(
      evaluate([event], {
        policy: aPolicy({ approvedChangers: { workflows: ['acme/ops/.github/workflows/*.yml'] } }),
      }),
    ).toEqual([]);
  });

  it('an offboarding\u2019s own revocations are journey evidence, not anomalies', () => {
    const start = daysAgo(3);
    const revocations = [0, 1, 2, 3, 4, 5].map((m, i) =>
      anAuditEvent('personal_access_token.access_revoked', {
        id: `r${i}`,
        actor: 'secops',
        user: 'bob',
        at: minutesAfter(m, start),
        fields: { token_id: i },
      }),
    );
    expect(evaluate(revocations)).toHaveLength(1);
    expect(
      evaluate(revocations, { offboarded: [anOffboardedPerson('bob', { offboardedAt: daysAgo(4) })] }),
    ).toEqual([]);
    // Before the offboarding (beyond the day of advance removal), the same changes are judged.
    expect(
      evaluate(revocations, { offboarded: [anOffboardedPerson('bob', { offboardedAt: daysAgo(1) })] }),
    ).toHaveLength(1);
  });

  it('a deploy key the offboarded person held, deleted after offboarded-at, is journey evidence', () => {
    const deletion = anAuditEvent('public_key.delete', {
      actor: 'secops',
      repo: 'acme/tools',
      at: daysAgo(2),
      fields: { key_id: 77 },
    });
    const held = anOffboardedPerson('bob', {
      offboardedAt: daysAgo(3),
      inventory: [
        {
          kind: 'deploy-key',
          resource: 'deploy-key:acme/tools/77',
          label: 'k',
          detail: { repo: 'acme/tools', keyId: 77 },
        },
      ],
    });
    expect(evaluate([deletion], { contributions: [] })).toHaveLength(1);
    expect(evaluate([deletion], { contributions: [], offboarded: [held] })).toEqual([]);
  });
});

describe('unapproved-credential-change: scoring', () => {
  it('burst: beyond the policy floor for an actor who never did that', () => {
    const start = daysAgo(2);
    const burst = [0, 1, 2, 3, 4, 4].map((m, i) =>
      anAuditEvent('public_key.delete', {
        id: `k${i}`,
        at: minutesAfter(m, start),
        repo: 'acme/api',
        ip: '192.0.2.1',
      }),
    );
    const [finding] = evaluate(burst);
    expect(finding.message).toContain(
      "alice deleted 6 deploy keys in 4 minutes; this actor's usual: none in 180 days",
    );
    expect(finding.resource).toBe('event:k0');
    expect(finding.evidence).toMatchObject({
      score: expect.any(Number),
      baseline: { changes: 0, largestBurst: 0 },
      count: 6,
    });
    expect((finding.evidence.signals as { name: string }[]).map((s) => s.name)).toContain('burst');
  });

  it('near miss: four changes, under the floor, in her own repository', () => {
    const start = daysAgo(2);
    const few = [0, 1, 2, 3].map((m, i) =>
      secretUpdate(minutesAfter(m, start), { id: `s${i}`, fields: { key: `K${i}` } }),
    );
    expect(evaluate([...few, secretUpdate(daysAgo(100), { id: 'old' })])).toEqual([]);
  });

  it('near miss: a bot that replaces its keys on schedule in bursts of its own size', () => {
    const rounds = [150, 120, 90, 60, 30, 1].flatMap((d) =>
      [0, 1, 2, 3, 4, 5].map((m) =>
        anAuditEvent('public_key.delete', {
          actor: 'deploy-bot',
          at: minutesAfter(m, daysAgo(d)),
          repo: `acme/svc${m}`,
          ip: '192.0.2.9',
        }),
      ),
    );
    expect(evaluate(rounds)).toEqual([]);
  });

  it('out of scope: a repository they do not work in', () => {
    const [finding] = evaluate([secretUpdate(daysAgo(1), { id: 'x', repo: 'acme/payments' })]);
    expect(finding.message).toContain('acme/payments, a repository they do not work in');
  });

  it('near miss: a developer updating a secret of the repository they work in', () => {
    expect(evaluate([secretUpdate(daysAgo(1))])).toEqual([]);
  });

  it('out of scope: an organization secret outside its usual circle; near miss: the circle itself', () => {
    const rotations = [150, 120, 90, 60, 30].map((d) =>
      anAuditEvent('org.update_actions_secret', { actor: 'ops', at: daysAgo(d), fields: { key: 'NPM' } }),
    );
    const byOps = anAuditEvent('org.update_actions_secret', {
      actor: 'ops',
      at: daysAgo(1),
      fields: { key: 'NPM' },
    });
    expect(evaluate([...rotations, byOps])).toEqual([]);
    const byAlice = anAuditEvent('org.update_actions_secret', {
      id: 'a',
      at: daysAgo(1),
      ip: '192.0.2.1',
      fields: { key: 'NPM' },
    });
    const [finding] = evaluate([...rotations, byAlice]);
    expect(finding).toMatchObject({ subject: 'alice', resource: 'event:a' });
    expect(finding.message).toContain('organization secret NPM, usually changed by ops');
  });

  it('out of scope: another person\u2019s credentials; near miss: an administrator who routinely revokes', () => {
    const revoke = (actor: string, user: string, d: number) =>
      anAuditEvent('org_credential_authorization.revoke', { actor, user, at: daysAgo(d), ip: '192.0.2.1' });
    expect(evaluate([revoke('alice', 'carol', 1)])).toHaveLength(1);
    expect(
      evaluate([
        revoke('admin', 'p1', 100),
        revoke('admin', 'p2', 80),
        revoke('admin', 'p3', 50),
        revoke('admin', 'carol', 1),
      ]),
    ).toEqual([]);
  });

  it('new address: the first change from an address the actor never used; near miss: a known one', () => {
    const [finding] = evaluate([secretUpdate(daysAgo(1), { ip: '198.51.100.7' })]);
    expect(finding.message).toContain('first change from 198.51.100.7');
    expect(evaluate([secretUpdate(daysAgo(1), { ip: '192.0.2.1' })])).toEqual([]);
  });

  it('too little data on addresses: a new address is not judged, and the evidence says so', () => {
    const snapshot = aSnapshot({
      auditEvents: [secretUpdate(daysAgo(1), { actor: 'newbie', repo: 'acme/x', ip: '198.51.100.7' })],
      activityWindow: { from: daysAgo(180), to: daysAgo(0) },
    });
    const [finding] = unapprovedCredentialChangeFindings(aPolicy(), activityOf(snapshot));
    expect((finding.evidence.signals as { name: string }[]).map((s) => s.name)).not.toContain('new-address');
    expect(JSON.stringify(finding.evidence.insufficient)).toContain('earlier events with an address');
  });

  it('a short audit log: the policy floor judges bursts, and kinds are not judged', () => {
    const snapshot = aSnapshot({
      auditEvents: [secretUpdate(daysAgo(1), { repo: 'acme/x' })],
      activityWindow: { from: daysAgo(10), to: daysAgo(0) },
    });
    const [finding] = unapprovedCredentialChangeFindings(aPolicy(), activityOf(snapshot));
    expect(JSON.stringify(finding.evidence.insufficient)).toMatch(
      /burst-count 5 within 10 minutes is the fence/,
    );
    expect(JSON.stringify(finding.evidence.insufficient)).toMatch(/10 days of audit log/);
  });

  it('severity follows the score around the policy\u2019s severity', () => {
    expect(severityForScore('high', 1)).toBe('medium');
    expect(severityForScore('high', 2)).toBe('high');
    expect(severityForScore('high', 3.5)).toBe('critical');
    expect(severityForScore('critical', 5)).toBe('critical');
    expect(severityForScore('info', 1)).toBe('info');
  });

  it('the densest window counts changes inside the burst window only', () => {
    const start = daysAgo(1);
    const changes = credentialChanges([0, 5, 9, 30, 31].map((m) => secretUpdate(minutesAfter(m, start))));
    expect(densestWindow(changes, 10)).toEqual({ count: 3, minutes: 9 });
  });
});
