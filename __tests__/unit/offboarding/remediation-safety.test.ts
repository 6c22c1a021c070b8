// Remediation never acts on its own on an owner, the token's own account or a bot, never on a
// partial picture, and never more than the run's cap; every refusal is recorded.
import { describe, expect, it } from '@jest/globals';
import { aGrant, aPerson, aPolicy, aSnapshot } from '../../builders/snapshot.js';
import {
  guardRemediation,
  newRefusals,
  planRemediation,
  remediationGuard,
} from '../../../src/offboarding/remediation.js';
import { buildInventory } from '../../../src/offboarding/inventory.js';
import { initialTrackingState, renderTrackingIssue } from '../../../src/offboarding/tracking-issue.js';
import { makeFinding } from '../../../src/rules/finding.js';
import type { Finding, RuleName } from '../../../src/model.js';
import { loadPolicyFromTexts } from '../../../src/policy/index.js';

const policy = aPolicy();
const AT = '2026-11-27T03:00:00.000Z';
const finding = (rule: RuleName, resource: string, subject: string, evidence: Record<string, unknown> = {}): Finding =>
  makeFinding(policy, rule, { subject, resource, message: 'm', evidence });

const snapshot = aSnapshot({
  people: [
    aPerson('alice'),
    aPerson('olivia', { orgRole: 'owner' }),
    aPerson('deploy-bot[bot]', { bot: true }),
    aPerson('sentinel'),
  ],
  grants: [aGrant('alice', 'acme/api'), aGrant('olivia', 'acme/api'), aGrant('sentinel', 'acme/api')],
});

const planFor = (subject: string) =>
  planRemediation(
    [
      finding('retained-org-membership', 'org:acme', subject),
      finding('retained-repo-access', 'repo:acme/api', subject),
    ],
    snapshot,
    'acme',
  );

const guard = (options: { privileged?: string[]; max?: number; identity?: string | null } = {}) =>
  remediationGuard(
    { remediatePrivileged: options.privileged ?? [], maxRevocations: options.max ?? 25 },
    options.identity ?? 'sentinel',
  );

const run = (subject: string, g = guard(), gapCount = 0) =>
  guardRemediation(planFor(subject), { subject, snapshot, gapCount, guard: g, at: AT });

describe('guardRemediation', () => {
  it('lets an ordinary member through (near miss for every refusal below)', () => {
    const { allowed, refused } = run('alice');
    expect(allowed.map((a) => a.kind)).toEqual(['remove-repo-collaborator', 'remove-org-member']);
    expect(refused).toEqual([]);
  });

  it('refuses an organization owner without a policy line, and allows one with it', () => {
    const refused = run('olivia').refused;
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatchObject({ ok: false, status: null, refused: true, at: AT });
    expect(refused[0].error).toMatch(
      /^refused: olivia is an owner of the organization; list it under `offboarding\.remediate-privileged`/,
    );
    expect(run('olivia', guard({ privileged: ['Olivia'] })).allowed).toHaveLength(2);
  });

  it('refuses a bot account without a policy line', () => {
    const plan = planRemediation(
      [finding('retained-org-membership', 'org:acme', 'deploy-bot[bot]')],
      snapshot,
      'acme',
    );
    const outcome = guardRemediation(plan, {
      subject: 'deploy-bot[bot]',
      snapshot,
      gapCount: 0,
      guard: guard(),
      at: AT,
    });
    expect(outcome.allowed).toEqual([]);
    expect(outcome.refused[0].error).toMatch(/deploy-bot\[bot\] is a bot account/);
  });

  it('never touches the token’s own account, even with a policy line', () => {
    const outcome = run('Sentinel', guard({ privileged: ['sentinel'] }));
    expect(outcome.allowed).toEqual([]);
    expect(outcome.refused[0].error).toMatch(/is the account of the token this run uses/);
  });

  it('refuses a subject whose coverage is incomplete', () => {
    const outcome = run('alice', guard(), 2);
    expect(outcome.allowed).toEqual([]);
    expect(outcome.refused.map((r) => r.error)).toEqual([
      'refused: what alice holds could not all be read (2 coverage gaps); remediation runs only on a complete picture',
      'refused: what alice holds could not all be read (2 coverage gaps); remediation runs only on a complete picture',
    ]);
  });

  it('caps revocations per run across subjects; a bulk PAT revocation counts each grant', () => {
    const g = guard({ max: 3 });
    expect(run('alice', g).allowed).toHaveLength(2);
    const pats = planRemediation(
      [
        finding('retained-token', 'pat:9001', 'bob', { grantId: 1, tokenId: 9001 }),
        finding('retained-token', 'pat:9002', 'bob', { grantId: 2, tokenId: 9002 }),
      ],
      snapshot,
      'acme',
    );
    const second = guardRemediation(pats, { subject: 'bob', snapshot, gapCount: 0, guard: g, at: AT });
    expect(second.allowed).toEqual([]);
    expect(second.refused[0].error).toMatch(
      /the run's cap of 3 revocations \(`offboarding\.max-revocations`\) is reached/,
    );
    expect(g.remaining).toBe(1);
  });

  it('records each refusal once, however many runs repeat it', () => {
    const first = run('olivia').refused;
    expect(newRefusals([], first)).toHaveLength(2);
    expect(newRefusals(first, run('olivia').refused)).toEqual([]);
  });

  it('a refusal shows in the tracking issue as not done, with the reason', () => {
    const refused = run('olivia').refused;
    const inventory = buildInventory(snapshot, 'olivia', AT, { emails: [] });
    const state = { ...initialTrackingState(inventory, [], new Date(AT)), remediation: refused };
    const { body } = renderTrackingIssue(state);
    expect(body).toMatch(
      /Remove olivia from acme — \*\*not done\*\*, refused\\: olivia is an owner of the organization/,
    );
  });
});

describe('the policy lines', () => {
  it('reads offboarding.remediate-privileged and offboarding.max-revocations (default 25)', () => {
    const loaded = loadPolicyFromTexts([
      {
        path: 'p.yml',
        text: 'version: 1\noffboarding:\n  remediate-privileged: [Olivia]\n  max-revocations: 5\n',
      },
    ]);
    expect(loaded.errors).toEqual([]);
    expect(loaded.policy.offboarding).toMatchObject({ remediatePrivileged: ['olivia'], maxRevocations: 5 });
    expect(loadPolicyFromTexts([]).policy.offboarding.maxRevocations).toBe(25);
    expect(
      loadPolicyFromTexts([{ path: 'p.yml', text: 'version: 1\noffboarding:\n  max-revocations: 0\n' }])
        .errors,
    ).toHaveLength(1);
  });
});
