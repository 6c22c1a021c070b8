// Times in a scenario are offsets from its fixed "now"; the generator never reads the wall clock.

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

/** ISO-8601 in UTC without milliseconds, the way GitHub writes timestamps. */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface ScenarioClock {
  nowMs: number;
  /** ISO time `days` (may be fractional) before now. */
  daysAgo(days: number): string;
  /** Epoch ms `days` before now. */
  msDaysAgo(days: number): number;
}

export function scenarioClock(now: string): ScenarioClock {
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new Error(`scenario clock: not an ISO time: ${now}`);
  return {
    nowMs,
    daysAgo: (days) => isoAt(nowMs - Math.round(days * DAY_MS)),
    msDaysAgo: (days) => nowMs - Math.round(days * DAY_MS),
  };
}
