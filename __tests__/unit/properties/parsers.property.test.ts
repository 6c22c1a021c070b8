// The date and subject parsers on any input: an answer, never an exception; what they accept is
// exactly what they should (every real past date-time round-trips, no impossible date passes).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MAX_FUTURE_SKEW_MS, parseInstant } from '../../../src/offboarding/instant.js';
import { classifySubject, parseSubjects } from '../../../src/offboarding/subjects.js';

const NOW = new Date('2026-11-27T12:00:00Z');
const past = fc.date({ min: new Date('2001-09-10T00:00:00Z'), max: NOW, noInvalidDate: true });

describe('parseInstant', () => {
  it('never throws, and an error always names the field', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything(), fc.double(), fc.integer()), (value) => {
        const result = parseInstant('client_payload.offboarded_at', value, NOW, { allowEpoch: true });
        if (!result.ok) expect(result.error.startsWith('`client_payload.offboarded_at` is ')).toBe(true);
        else expect(Date.parse(result.iso)).toBeLessThanOrEqual(NOW.getTime() + MAX_FUTURE_SKEW_MS);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every past instant written as ISO-8601 (UTC or with an offset) or epoch seconds, exactly', () => {
    fc.assert(
      fc.property(past, fc.integer({ min: -12 * 60, max: 14 * 60 }), (date, offsetMinutes) => {
        expect(parseInstant('t', date.toISOString(), NOW)).toEqual({ ok: true, iso: date.toISOString() });
        const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const local = `${shifted.toISOString().slice(0, 23)}${zone}`;
        expect(parseInstant('t', local, NOW)).toEqual({ ok: true, iso: date.toISOString() });
        const seconds = Math.floor(date.getTime() / 1000);
        expect(parseInstant('t', seconds, NOW, { allowEpoch: true })).toEqual({ ok: true, iso: new Date(seconds * 1000).toISOString() });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses every day past the end of its month, and every instant beyond the clock skew', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (year, month, beyond) => {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const day = last + beyond;
        if (day > 31 && beyond > 1) return;
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(parseInstant('t', text, NOW)).toMatchObject({ ok: false });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: MAX_FUTURE_SKEW_MS + 1000, max: 1000 * 365 * 86_400_000 }), (ahead) => {
        const text = new Date(NOW.getTime() + ahead).toISOString();
        expect(parseInstant('t', text, NOW)).toMatchObject({ ok: false, error: expect.stringContaining('in the future') });
      }),
    );
  });
});

describe('subjects', () => {
  it('parseSubjects never throws, keeps no blanks or duplicates, and every accepted subject is a login or an e-mail', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.anything())), fc.anything()), (raw) => {
        const subjects = parseSubjects(raw);
        const valid = subjects.filter((s) => s.kind !== 'invalid').map((s) => s.value.toLowerCase());
        expect(new Set(valid).size).toBe(valid.length);
        for (const subject of subjects) {
          if (subject.kind === 'invalid') continue;
          expect(subject.value).toBe(subject.value.trim());
          expect(subject.value.length).toBeGreaterThan(0);
          if (subject.kind === 'login') expect(subject.value).toMatch(/^[A-Za-z0-9-]{1,39}(\[bot\])?$/);
          else expect(subject.value).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
        }
        if (Array.isArray(raw)) {
          const nonStrings = raw.filter((entry) => typeof entry !== 'string').length;
          expect(subjects.filter((s) => s.kind === 'invalid').length).toBeGreaterThanOrEqual(nonStrings);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a valid login is classified as a login, whatever its case', () => {
    // Alphanumeric runs joined by single hyphens, at most 39 characters.
    const login = fc
      .array(fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), { minLength: 1, maxLength: 5 })
      .map((parts) => parts.join("-").slice(0, 39).replace(/-+$/, ""));
    fc.assert(fc.property(login, (value) => expect(classifySubject(value)).toEqual({ kind: 'login', value })));
  });

  it('text with spaces, markup or mentions is never a subject', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(' ', '<', '>', '@everyone ', '\n', '"', '`'), fc.string(), (before, bad, after) => {
        const value = `${before}x${bad}y${after}`.trim();
        if (!/[\s<>"`]/.test(value)) return;
        expect(classifySubject(value).kind).toBe('invalid');
      }),
    );
  });
});
