// Time arithmetic shared by the rules. Every instant is an ISO-8601 string; "now" always comes
// from the rule context's clock so a rule gives the same answer for the same input.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Days (fractional) from `earlier` to `later`; negative when `later` is before `earlier`. */
export function daysBetween(earlier: string | Date, later: string | Date): number {
  return (new Date(later).getTime() - new Date(earlier).getTime()) / DAY_MS;
}

/** True when `at` lies strictly more than `days` days before `now` ("more than N days ago"). */
export function isOlderThan(at: string | Date, days: number, now: Date): boolean {
  return daysBetween(at, now) > days;
}

/** The instant `days` days before `now`. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Whole days elapsed, for messages ("210 days ago"). */
export function wholeDays(earlier: string | Date, later: string | Date): number {
  return Math.floor(daysBetween(earlier, later));
}

/** `YYYY-MM-DD` of an instant, for messages. */
export function isoDay(at: string | Date): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** True when `at` is strictly after `reference`. */
export function isAfter(at: string | Date, reference: string | Date): boolean {
  return new Date(at).getTime() > new Date(reference).getTime();
}

/** How long something granted (a seat, a token's access) has gone unused, for a rule's finding. */
export interface Unused {
  /** The last use, or the grant when it was never used: what the days are counted from. */
  since: string;
  /** The tail of the finding's message: "was last used 2026-01-02 (210 days ago; policy: 90)". */
  description: string;
}

/**
 * Unused for more than `days` days, counted from the last use or, never used, from when it was
 * granted, so something granted last week is not stale yet. Null when it was used or granted
 * within `days`, or when neither instant is known. `granted` names the grant in the message
 * ("it was assigned", "access was granted").
 */
export function unusedFor(
  use: { lastUsedAt: string | null; grantedAt: string | null },
  granted: string,
  days: number,
  now: Date,
): Unused | null {
  const since = use.lastUsedAt ?? use.grantedAt;
  if (!since || !isOlderThan(since, days, now)) return null;
  const usage = use.lastUsedAt ? `was last used ${isoDay(use.lastUsedAt)}` : `has not been used since ${granted} ${isoDay(since)}`;
  return { since, description: `${usage} (${wholeDays(since, now)} days ago; policy: ${days})` };
}
