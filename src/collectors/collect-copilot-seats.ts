// Copilot seats of an organization (`GET /orgs/{org}/copilot/billing/seats`) or assigned by the
// enterprise itself (`GET /enterprises/{enterprise}/copilot/billing/seats`). The list comes as
// `{ total_seats, seats }`, which octokit's paginate does not unwrap, so pages are walked here.
import type { CopilotSeat } from '../model.js';
import { HINTS } from './coverage.js';
import type { CollectContext } from './context.js';
import { loginOf, str, type RestRecord } from './rest-list.js';
import { gaps } from '../coverage/gap-scope.js';

export function toCopilotSeat(raw: RestRecord, fallbackScope: string): CopilotSeat {
  const team = raw.assigning_team as { slug?: unknown } | null | undefined;
  return {
    org: loginOf(raw.organization) ?? fallbackScope,
    login: loginOf(raw.assignee) ?? '',
    createdAt: str(raw.created_at) ?? '',
    lastActivityAt: str(raw.last_activity_at),
    lastActivityEditor: str(raw.last_activity_editor),
    lastAuthenticatedAt: str(raw.last_authenticated_at),
    pendingCancellationDate: str(raw.pending_cancellation_date),
    assigningTeam: str(team?.slug),
  };
}

async function listSeats(
  ctx: CollectContext,
  route: string,
  params: Record<string, unknown>,
): Promise<RestRecord[]> {
  const iterate = ctx.client.rest.paginate.iterator as unknown as (
    route: string,
    params: Record<string, unknown>,
  ) => AsyncIterable<{ data: { seats?: RestRecord[] } }>;
  const seats: RestRecord[] = [];
  for await (const page of iterate(route, { per_page: 100, ...params }))
    seats.push(...(page.data.seats ?? []));
  return seats;
}

/** The organization's seats; `logins` keeps only those people's (the per-person collection). */
export async function collectCopilotSeats(
  ctx: CollectContext,
  logins?: readonly string[],
): Promise<CopilotSeat[]> {
  const raw = await ctx.coverage.read(
    gaps.organization(ctx.org, 'copilot-seats'),
    HINTS.copilotSeats,
    () => listSeats(ctx, 'GET /orgs/{org}/copilot/billing/seats', { org: ctx.org }),
  );
  return keep(
    (raw ?? []).map((seat) => toCopilotSeat(seat, ctx.org)).filter((seat) => seat.login),
    logins,
  );
}

/** Seats the enterprise assigns; a seat given through none of its organizations is the enterprise's. */
export async function collectEnterpriseCopilotSeats(
  ctx: CollectContext,
  slug: string,
  logins?: readonly string[],
): Promise<CopilotSeat[]> {
  const raw = await ctx.coverage.read(
    gaps.enterprise(slug, 'copilot-seats'),
    HINTS.enterpriseCopilotSeats,
    () => listSeats(ctx, 'GET /enterprises/{enterprise}/copilot/billing/seats', { enterprise: slug }),
  );
  return keep(
    (raw ?? []).map((seat) => toCopilotSeat(seat, slug)).filter((seat) => seat.login),
    logins,
  );
}

function keep(seats: CopilotSeat[], logins?: readonly string[]): CopilotSeat[] {
  if (!logins) return seats;
  const wanted = new Set(logins.map((login) => login.toLowerCase()));
  return seats.filter((seat) => wanted.has(seat.login.toLowerCase()));
}
