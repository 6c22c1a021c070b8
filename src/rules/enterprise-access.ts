// Offboarding across the enterprise: what of a departing person remains beyond the
// organizations — enterprise membership (also as an unaffiliated user), enterprise roles, and
// Copilot seats, in any organization of the scope or assigned by the enterprise.
import type { CopilotSeat, EnterpriseAccess, Finding } from '../model.js';
import type { Policy } from '../policy/types.js';
import { resourceId } from '../resource-id.js';
import { makeFinding, settingsOf } from './finding.js';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function retainedEnterpriseMembership(
  policy: Policy,
  enterprise: EnterpriseAccess,
  subject: string,
): Finding[] {
  if (!settingsOf(policy, 'retained-enterprise-membership').enabled) return [];
  const member = enterprise.members.find((m) => same(m.login, subject));
  if (!member || (member.affiliation === null && member.roles.length === 0)) return [];
  const held = [
    ...(member.affiliation === 'unaffiliated'
      ? ['an unaffiliated member (in no organization, still licensable)']
      : member.affiliation === 'member'
        ? ['a member']
        : []),
    ...member.roles.map((role) => (role === 'owner' ? 'an enterprise owner' : 'a billing manager')),
  ];
  return [
    makeFinding(policy, 'retained-enterprise-membership', {
      subject: member.login,
      resource: resourceId.enterprise(enterprise.slug),
      message: `${member.login} is still ${held.join(' and ')} of the enterprise ${enterprise.slug}`,
      evidence: { enterprise: enterprise.slug, affiliation: member.affiliation, roles: member.roles },
    }),
  ];
}

export function retainedCopilotSeats(
  policy: Policy,
  seats: readonly CopilotSeat[],
  subject: string,
): Finding[] {
  if (!settingsOf(policy, 'retained-copilot-seat').enabled) return [];
  return seats
    .filter((seat) => same(seat.login, subject))
    .map((seat) =>
      makeFinding(policy, 'retained-copilot-seat', {
        subject: seat.login,
        resource: resourceId.copilotSeat(seat.org, seat.login),
        message:
          `${seat.login} still holds a Copilot seat in ${seat.org}` +
          (seat.pendingCancellationDate ? ` (cancelled, billed until ${seat.pendingCancellationDate})` : ''),
        evidence: {
          organization: seat.org,
          assignedAt: seat.createdAt,
          lastActivityAt: seat.lastActivityAt,
          assigningTeam: seat.assigningTeam,
          pendingCancellationDate: seat.pendingCancellationDate,
        },
      }),
    );
}
