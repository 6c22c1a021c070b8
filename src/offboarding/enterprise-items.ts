// The inventory items of an offboarding beyond the organization: enterprise membership
// (through an organization, or unaffiliated — in none of its organizations, still licensable)
// and enterprise roles, and Copilot seats (the organization's, or the enterprise's own). They
// go through the same inventory → verification → tracking issue path as every other holding.
import type { Snapshot } from '../model.js';
import { resourceId } from '../resource-id.js';
import type { InventoryItem } from './types.js';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function enterpriseItems(snapshot: Snapshot, login: string): InventoryItem[] {
  const items: InventoryItem[] = [];
  const enterprise = snapshot.enterprise;
  const member = enterprise?.members.find((m) => same(m.login, login));
  const teams = member?.teams ?? [];
  if (enterprise && member && (member.affiliation !== null || member.roles.length > 0 || teams.length > 0)) {
    const roles = member.roles.map((role) => (role === 'owner' ? 'owner' : 'billing manager'));
    const affiliation =
      member.affiliation === 'unaffiliated'
        ? 'unaffiliated member'
        : member.affiliation === 'member'
          ? 'member'
          : null;
    items.push({
      kind: 'enterprise-membership',
      resource: resourceId.enterprise(enterprise.slug),
      label: `Enterprise ${enterprise.slug}: ${[affiliation, ...roles, ...(teams.length ? [`teams ${teams.join(', ')}`] : [])].filter(Boolean).join(', ')}`,
      detail: {
        enterprise: enterprise.slug,
        affiliation: member.affiliation,
        roles: member.roles.join(','),
        ...(teams.length ? { teams: teams.join(',') } : {}),
      },
    });
  }
  for (const seat of snapshot.copilotSeats) {
    if (!same(seat.login, login)) continue;
    items.push({
      kind: 'copilot-seat',
      resource: resourceId.copilotSeat(seat.org, seat.login),
      label: `Copilot seat in ${seat.org}${seat.pendingCancellationDate ? ` (cancelled, billed until ${seat.pendingCancellationDate})` : ''}`,
      detail: {
        seatScope: seat.org,
        assignedAt: seat.createdAt,
        lastActivityAt: seat.lastActivityAt,
        assigningTeam: seat.assigningTeam,
        pendingCancellationDate: seat.pendingCancellationDate,
      },
    });
  }
  return items;
}

export function enterpriseHoldingMessage(subject: string, item: InventoryItem): string {
  if (item.kind === 'copilot-seat')
    return `${subject} still holds a Copilot seat in ${String(item.detail.seatScope)}`;
  const affiliation = item.detail.affiliation;
  const roles = String(item.detail.roles ?? '')
    .split(',')
    .filter(Boolean)
    .map((role) => (role === 'owner' ? 'an enterprise owner' : 'a billing manager'));
  const held = [
    ...(affiliation === 'unaffiliated'
      ? ['an unaffiliated member (in no organization, still licensable)']
      : affiliation === 'member'
        ? ['a member']
        : []),
    ...roles,
  ];
  const teams = String(item.detail.teams ?? '').split(',').filter(Boolean);
  const inTeams = teams.length
    ? `; in the enterprise team(s) ${teams.join(', ')}, which give organization membership indirectly (it survives removal from the organization)`
    : '';
  const standing = held.length ? `${held.join(' and ')} of` : 'in';
  return `${subject} is still ${standing} the enterprise ${String(item.detail.enterprise)}${inTeams}`;
}
