// idle-copilot-seat: a Copilot seat with no activity for more than `idle-days`. A seat never
// used counts from when it was assigned, so a seat given last week is not idle yet; a seat
// already cancelled (it ends with the billing cycle) needs nothing more.
import type { Finding } from '../model.js';
import { resourceId } from '../resource-id.js';
import { defineRule, makeFinding, threshold } from './finding.js';
import { isOlderThan, isoDay, wholeDays } from './time.js';

export const idleCopilotSeat = defineRule('idle-copilot-seat', ({ snapshot, policy, clock }) => {
  const now = clock.now();
  const idleDays = threshold(policy, 'idle-copilot-seat', 'idle-days');
  const findings: Finding[] = [];
  for (const seat of snapshot.copilotSeats) {
    if (seat.pendingCancellationDate) continue;
    const since = seat.lastActivityAt ?? seat.createdAt;
    if (!since || !isOlderThan(since, idleDays, now)) continue;
    const usage = seat.lastActivityAt
      ? `was last used ${isoDay(seat.lastActivityAt)}`
      : `has not been used since it was assigned ${isoDay(seat.createdAt)}`;
    findings.push(
      makeFinding(policy, 'idle-copilot-seat', {
        subject: seat.login,
        resource: resourceId.copilotSeat(seat.org, seat.login),
        message: `The Copilot seat of ${seat.login} in ${seat.org} ${usage} (${wholeDays(since, now)} days ago; policy: ${idleDays})`,
        evidence: {
          organization: seat.org,
          assignedAt: seat.createdAt,
          lastActivityAt: seat.lastActivityAt,
          lastActivityEditor: seat.lastActivityEditor,
          assigningTeam: seat.assigningTeam,
          idleDays,
        },
      }),
    );
  }
  return findings;
});
