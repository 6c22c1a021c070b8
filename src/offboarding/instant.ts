// When someone was offboarded, read strictly. A date that is not a date must never quietly
// become another one: `new Date('2026-02-30')` is 2 March, a number used to be replaced by
// "now", and the year 3000 was stored. Accepted, exactly:
//   - an RFC 3339 / ISO-8601 date-time with a zone: 2026-11-27T17:00:00Z, 2026-11-27T18:00:00+01:00
//   - a calendar date, 2026-11-27, meaning its first instant in UTC
//   - (from an event payload only) a JSON integer of Unix epoch seconds, 1795885200
// Calendar validity (days in the month, leap years) is checked by ajv-formats, the library
// that already checks the policy's dates.
import * as formatsModule from 'ajv-formats/dist/formats.js';

interface FormatDefinition {
  validate: (text: string) => boolean;
}

function interopFormats(module: unknown): Record<string, FormatDefinition> {
  const candidate = module as { fullFormats?: unknown; default?: { fullFormats?: unknown } | null };
  return (candidate.fullFormats ?? candidate.default?.fullFormats) as Record<string, FormatDefinition>;
}

const formats = interopFormats(formatsModule);

/** How far ahead of the runner's clock a time may be (clock skew between systems). */
export const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;

/** Epoch seconds from 2001-09-09 to 2286: smaller or larger numbers are milliseconds or mistakes. */
const EPOCH_SECONDS = { min: 1_000_000_000, max: 9_999_999_999 };

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

const ZONELESS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

export type InstantResult = { ok: true; iso: string } | { ok: false; error: string };

const EXAMPLE = 'an ISO-8601 time with a zone such as 2026-11-27T17:00:00Z, a date such as 2026-11-27 (midnight UTC)';

function describeGiven(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return JSON.stringify(value) ?? typeof value;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a text of the right shape is still not a time, in words. */
function impossible(match: RegExpExecArray): string {
  const [, y, mo, d, h, mi, s] = match;
  const year = Number(y);
  const month = Number(mo);
  if (month < 1 || month > 12) return `there is no month ${mo}`;
  const days = daysIn(year, month);
  if (Number(d) < 1 || Number(d) > days) {
    const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    return `${name} ${y} has ${days} days`;
  }
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return `${h}:${mi}${s ? `:${s}` : ''} is not a time of day`;
  return 'it is not a valid date-time';
}

/**
 * Parses one time value. `field` names where it came from (`offboarded-at`,
 * `client_payload.offboarded_at`) so the error says which value to fix; `allowEpoch` admits
 * integers of epoch seconds (event payloads, which JSON senders fill with numbers).
 */
export function parseInstant(
  field: string,
  value: unknown,
  now: Date,
  options: { allowEpoch?: boolean } = {},
): InstantResult {
  const fix = `use ${EXAMPLE}${options.allowEpoch ? ', or whole Unix epoch seconds' : ''}`;
  let millis: number;
  if (typeof value === 'number' && options.allowEpoch) {
    if (!Number.isInteger(value) || value < EPOCH_SECONDS.min || value > EPOCH_SECONDS.max) {
      return {
        ok: false,
        error: `\`${field}\` is ${describeGiven(value)}: epoch times must be whole seconds between ${EPOCH_SECONDS.min} and ${EPOCH_SECONDS.max} (milliseconds are not accepted); ${fix}.`,
      };
    }
    millis = value * 1000;
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (ZONELESS.test(text)) {
      return { ok: false, error: `\`${field}\` is ${describeGiven(value)}, a time without a zone, which could be any of 26 hours; add \`Z\` (UTC) or an offset such as \`+01:00\`.` };
    }
    const match = SHAPE.exec(text);
    const valid = match && (match[4] === undefined ? formats.date.validate(text) : formats['date-time'].validate(withSeconds(text)));
    if (!match) return { ok: false, error: `\`${field}\` is ${describeGiven(value)}, which is not an ISO-8601 time; ${fix}.` };
    if (!valid) return { ok: false, error: `\`${field}\` is ${describeGiven(value)}, an impossible date (${impossible(match)}); ${fix}.` };
    millis = Date.parse(match[4] === undefined ? `${text}T00:00:00Z` : text);
  } else {
    return { ok: false, error: `\`${field}\` is ${describeGiven(value)}, not a time; ${fix}.` };
  }
  if (!Number.isFinite(millis)) return { ok: false, error: `\`${field}\` is ${describeGiven(value)}, out of range; ${fix}.` };
  if (millis > now.getTime() + MAX_FUTURE_SKEW_MS) {
    return {
      ok: false,
      error: `\`${field}\` is ${describeGiven(value)}, ${new Date(millis).toISOString()}, which is in the future (now is ${now.toISOString()}); give the time the person was actually offboarded, or run the offboarding after it.`,
    };
  }
  return { ok: true, iso: new Date(millis).toISOString() };
}

/** RFC 3339 requires seconds; ISO-8601 lets them out (`17:00Z`). */
function withSeconds(text: string): string {
  return text.replace(/T(\d{2}:\d{2})(Z|[+-])/, 'T$1:00$2');
}
