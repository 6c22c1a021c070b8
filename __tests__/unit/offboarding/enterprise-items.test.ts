import { describe, expect, it } from '@jest/globals';
import type { CopilotSeat, EnterpriseAccess, Snapshot } from '../../../src/model.js';
import { fixedClock } from '../../../src/model.js';
import { buildInventory } from '../../../src/offboarding/inventory.js';
import {
  renderTrackingIssue,
  initialTrackingState,
  nextTrackingState,
} from '../../../src/offboarding/tracking-issue.js';
import { verifyOffboarding } from '../../../src/offboarding/verify.js';
import { aPolicy, aSnapshot, daysAgo, NOW } from '../../builders/snapshot.js';

const OFFBOARDED = daysAgo(2);

const seat = (login: string, org: string, overrides: Partial<CopilotSeat> = {}): CopilotSeat => ({
  org,
  login,
  createdAt: daysAgo(100),
  lastActivityAt: daysAgo(3),
  lastActivityEditor: null,
  lastAuthenticatedAt: null,
  pendingCancellationDate: null,
  assigningTeam: null,
  ...overrides,
});

const enterprise = (members: EnterpriseAccess['members']): EnterpriseAccess => ({
  slug: 'acme-corp',
  organizations: ['acme', 'acme-labs'],
  members,
});

function verify(pre: Snapshot, post: Snapshot, subject = 'erin') {
  const inventory = buildInventory(pre, subject, OFFBOARDED);
  return {
    inventory,
    ...verifyOffboarding({
      subject,
      offboardedAt: OFFBOARDED,
      inventory,
      snapshot: post,
      policy: aPolicy(),
      clock: fixedClock(NOW),
      manualStepsDone: [],
    }),
  };
}

describe('enterprise access in offboarding', () => {
  it('inventories enterprise membership (unaffiliated) and Copilot seats, and reports what is still held', () => {
    const held: Partial<Snapshot> = {
      enterprise: enterprise([{ login: 'erin', affiliation: 'unaffiliated', roles: [] }]),
      copilotSeats: [seat('erin', 'acme-corp'), seat('erin', 'acme'), seat('jane', 'acme')],
    };
    const { inventory, findings, items } = verify(aSnapshot(held), aSnapshot(held));
    expect(inventory.items.map((item) => [item.kind, item.resource])).toEqual([
      ['enterprise-membership', 'enterprise:acme-corp'],
      ['copilot-seat', 'copilot-seat:acme-corp/erin'],
      ['copilot-seat', 'copilot-seat:acme/erin'],
    ]);
    expect(
      findings
        .filter((f) => f.rule !== 'offboarding-step-missing')
        .map((f) => [f.rule, f.resource, f.severity]),
    ).toEqual([
      ['retained-enterprise-membership', 'enterprise:acme-corp', 'high'],
      ['retained-copilot-seat', 'copilot-seat:acme-corp/erin', 'medium'],
      ['retained-copilot-seat', 'copilot-seat:acme/erin', 'medium'],
    ]);
    expect(findings[0].message).toBe(
      'erin is still an unaffiliated member (in no organization, still licensable) of the enterprise acme-corp',
    );
    expect(items.every((item) => item.status === 'retained')).toBe(true);
  });

  it('names owners and billing managers', () => {
    const roles = aSnapshot({
      enterprise: enterprise([{ login: 'erin', affiliation: 'member', roles: ['owner', 'billing-manager'] }]),
    });
    const { findings } = verify(roles, roles);
    expect(findings[0].message).toBe(
      'erin is still a member and an enterprise owner and a billing manager of the enterprise acme-corp',
    );
  });

  it('near-miss: removed from the enterprise and the seat cancelled — revoked, the seat with the audit event', () => {
    const pre = aSnapshot({
      enterprise: enterprise([{ login: 'erin', affiliation: 'unaffiliated', roles: [] }]),
      copilotSeats: [seat('erin', 'acme')],
    });
    const post = aSnapshot({
      enterprise: enterprise([]),
      copilotSeats: [seat('jane', 'acme')],
      auditEvents: [
        {
          id: 'c1',
          at: daysAgo(1.9),
          action: 'copilot.cfb_seat_cancelled',
          actor: 'admin',
          user: 'erin',
          repo: null,
          ip: null,
          fields: {},
        },
      ],
    });
    const { findings, items } = verify(pre, post);
    expect(findings.filter((f) => f.rule.startsWith('retained-'))).toEqual([]);
    expect(items.map((item) => [item.resource, item.status, item.by])).toEqual([
      ['enterprise:acme-corp', 'revoked', null],
      ['copilot-seat:acme/erin', 'revoked', 'admin'],
    ]);
  });

  it('an enterprise membership that could not be read is unknown, never revoked', () => {
    const pre = aSnapshot({
      enterprise: enterprise([{ login: 'erin', affiliation: 'unaffiliated', roles: [] }]),
    });
    const post = aSnapshot({
      enterprise: enterprise([]),
      coverage: [
        {
          resource: 'enterprise:acme-corp/members',
          reason: "403 — enterprise membership is readable only with an enterprise owner's token",
        },
      ],
    });
    const { items } = verify(pre, post);
    expect(items).toEqual([
      expect.objectContaining({
        resource: 'enterprise:acme-corp',
        status: 'unknown',
        reason: expect.stringMatching(/enterprise owner/),
      }),
    ]);
  });

  it('lists them in the tracking issue under their own headings', () => {
    const held = aSnapshot({
      enterprise: enterprise([{ login: 'erin', affiliation: 'unaffiliated', roles: [] }]),
      copilotSeats: [seat('erin', 'acme')],
    });
    const { inventory, ...verification } = verify(held, held);
    const state = nextTrackingState(
      initialTrackingState(inventory, aPolicy().offboarding.journey, new Date(NOW)),
      verification,
      [],
      new Date(NOW),
    );
    const { body } = renderTrackingIssue(state);
    expect(body).toContain('Enterprise membership and roles');
    expect(body).toContain('Copilot seats');
    expect(body).toContain('Copilot seat in acme');
  });
});
