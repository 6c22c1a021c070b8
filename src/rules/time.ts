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
