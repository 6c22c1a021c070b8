import { describe, expect, it } from '@jest/globals';
import type { CopilotSeat, ScimIdentity, Snapshot } from '../../../src/model.js';
import { deprovisionedIdentityAccess } from '../../../src/rules/deprovisioned-identity-access.js';
import { idleCopilotSeat } from '../../../src/rules/idle-copilot-seat.js';
import { aGrant, aPerson, aPolicy, aRuleContext, aSnapshot, daysAgo } from '../../builders/snapshot.js';

export const seat = (login: string, overrides: Partial<CopilotSeat> = {}): CopilotSeat => ({
  org: 'acme',
  login,
  createdAt: daysAgo(200),
  lastActivityAt: daysAgo(1),
  lastActivityEditor: 'vscode',
  lastAuthenticatedAt: daysAgo(1),
  pendingCancellationDate: null,
  assigningTeam: null,
  ...overrides,
});

const scim = (login: string | null, active: boolean): ScimIdentity => ({
  id: `scim-${login}`,
  userName: `${login}@acme.example`,
  externalId: null,
  emails: [`${login}@acme.example`],
  active,
  login,
});

const idle = (snapshot: Snapshot, policy = aPolicy()) =>
  idleCopilotSeat.evaluate(aRuleContext({ snapshot, policy }));
const deprovisioned = (snapshot: Snapshot, policy = aPolicy()) =>
  deprovisionedIdentityAccess.evaluate(aRuleContext({ snapshot, policy }));

describe('idle-copilot-seat', () => {
  it('fires for a seat unused for longer than idle-days, and for one never used since an old assignment', () => {
    const findings = idle(
      aSnapshot({
        copilotSeats: [
          seat('ivan', { lastActivityAt: daysAgo(45) }),
          seat('nora', { lastActivityAt: null, createdAt: daysAgo(31) }),
        ],
      }),
    );
    expect(findings.map((f) => [f.resource, f.subject, f.severity])).toEqual([
      ['copilot-seat:acme/ivan', 'ivan', 'low'],
      ['copilot-seat:acme/nora', 'nora', 'low'],
    ]);
    expect(findings[0].message).toContain('45 days ago; policy: 30');
    expect(findings[1].message).toContain('has not been used since it was assigned');
  });

  it('near-misses: used within idle-days, assigned recently and unused, or already cancelled', () => {
    const snapshot = aSnapshot({
      copilotSeats: [
        seat('jane', { lastActivityAt: daysAgo(29) }),
        seat('newbie', { lastActivityAt: null, createdAt: daysAgo(10) }),
        seat('leaving', { lastActivityAt: daysAgo(90), pendingCancellationDate: '2026-12-01' }),
      ],
    });
    expect(idle(snapshot)).toEqual([]);
  });

  it('honours the policy threshold', () => {
    const snapshot = aSnapshot({ copilotSeats: [seat('jane', { lastActivityAt: daysAgo(29) })] });
    expect(
      idle(snapshot, aPolicy({ rules: { 'idle-copilot-seat': { thresholds: { 'idle-days': 14 } } } })),
    ).toHaveLength(1);
  });
});

describe('deprovisioned-identity-access', () => {
  it('fires for a member whose SCIM identity is deprovisioned', () => {
    const findings = deprovisioned(
      aSnapshot({ people: [aPerson('frank')], scimIdentities: [scim('frank', false)] }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'deprovisioned-identity-access',
      severity: 'high',
      subject: 'frank',
      resource: 'org:acme',
    });
    expect(findings[0].message).toContain('deprovisioned the SCIM identity frank@acme.example');
  });

  it('fires for a linked account whose SAML identity is gone, and for an outside collaborator with a grant', () => {
    const findings = deprovisioned(
      aSnapshot({
        people: [aPerson('hank'), aPerson('olga', { orgRole: null, outsideCollaborator: true })],
        grants: [aGrant('olga', 'acme/api', 'write')],
        identityLinks: [
          { login: 'hank', samlNameId: null, scimUserName: 'hank@acme.example' },
          { login: 'olga', samlNameId: null, scimUserName: null },
        ],
      }),
    );
    expect(findings.map((f) => f.subject)).toEqual(['hank', 'olga']);
    expect(findings[1].message).toContain('an outside collaborator');
  });

  it('fires for a roster-terminated member matched by e-mail, with the row in the message', () => {
    const findings = deprovisioned(
      aSnapshot({
        people: [aPerson('karl', { verifiedEmails: ['Karl@acme.example'] })],
        roster: [
          {
            email: 'karl@acme.example',
            status: 'terminated',
            terminatedAt: '2026-11-20',
            source: 'hr/roster.csv:2',
          },
        ],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('terminated on 2026-11-20 (hr/roster.csv:2)');
  });

  it('near-misses: active SCIM identity, deprovisioned but no longer holding access, SAML present, active in the roster', () => {
    const snapshot = aSnapshot({
      people: [
        aPerson('jane', { verifiedEmails: ['jane@acme.example'] }),
        aPerson('gina', { orgRole: null }),
      ],
      scimIdentities: [scim('jane', true), scim('gina', false)],
      identityLinks: [{ login: 'jane', samlNameId: 'jane@acme.example', scimUserName: 'jane@acme.example' }],
      roster: [{ email: 'jane@acme.example', status: 'active', terminatedAt: null, source: 'roster.csv:2' }],
    });
    expect(deprovisioned(snapshot)).toEqual([]);
  });

  it('lists members the roster does not know at low severity, apart from bots and service accounts', () => {
    const snapshot = aSnapshot({
      people: [aPerson('stranger'), aPerson('deploy-bot[bot]'), aPerson('ci-robot')],
      roster: [
        { email: 'someone@acme.example', status: 'active', terminatedAt: null, source: 'roster.csv:2' },
      ],
    });
    const findings = deprovisioned(snapshot, aPolicy({ serviceAccounts: ['ci-*'] }));
    expect(findings.map((f) => [f.subject, f.severity, f.evidence.rosterUnmatched])).toEqual([
      ['stranger', 'low', true],
    ]);
    // Without a roster nobody is "unknown to HR".
    expect(deprovisioned(aSnapshot({ people: [aPerson('stranger')] }))).toEqual([]);
  });

  it('is silent when switched off', () => {
    const policy = aPolicy({ rules: { 'deprovisioned-identity-access': { enabled: false } } });
    expect(
      deprovisioned(
        aSnapshot({ people: [aPerson('frank')], scimIdentities: [scim('frank', false)] }),
        policy,
      ),
    ).toEqual([]);
  });
});
