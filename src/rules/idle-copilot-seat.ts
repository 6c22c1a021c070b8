// idle-copilot-seat: a Copilot seat with no activity for more than `idle-days`. A seat never
// used counts from when it was assigned, so a seat given last week is not idle yet; a seat
// already cancelled (it ends with the billing cycle) needs nothing more.
import type { Finding } from '../model.js';
import { resourceId } from '../resource-id.js';
import { defineRule, makeFinding, threshold } from './finding.js';
import { unusedFor } from './time.js';

export const idleCopilotSeat = defineRule('idle-copilot-seat', ({ snapshot, policy, clock }) => {
  const now = clock.now();
  const idleDays = threshold(policy, 'idle-copilot-seat', 'idle-days');
  const findings: Finding[] = [];
  for (const seat of snapshot.copilotSeats) {
    if (seat.pendingCancellationDate) continue;
    const unused = unusedFor({ lastUsedAt: seat.lastActivityAt, grantedAt: seat.createdAt }, 'it was assigned', idleDays, now);
    if (!unused) continue;
    findings.push(
      makeFinding(policy, 'idle-copilot-seat', {
        subject: seat.login,
        resource: resourceId.copilotSeat(seat.org, seat.login),
        message: `The Copilot seat of ${seat.login} in ${seat.org} ${unused.description}`,
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
