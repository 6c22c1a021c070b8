// What an HR system sends is checked, not coerced: subjects must be people (non-empty strings),
// and times must be real times in the past. Each refusal names the field and the fix.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../../src/inputs.js';

const NOW = '2026-11-27T12:00:00Z';
const base = { INPUT_TOKEN: 't0ken', GITHUB_REPOSITORY: 'acme/offboarding-ops', INPUT_MODE: 'offboard', OFFBOARDING_SENTINEL_NOW: NOW };

function dispatch(payload: unknown) {
  const path = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return { ...base, GITHUB_EVENT_NAME: 'repository_dispatch', GITHUB_EVENT_PATH: path };
}

describe('subjects from an event', () => {
  it.each([
    [[null, 42, true], /`client_payload\.subjects\[0\]` is null; every subject must be a GitHub login or an e-mail address/],
    [['alice', 42], /`client_payload\.subjects\[1\]` is 42;/],
    [['alice', '  '], /`client_payload\.subjects\[1\]` is " {2}";/],
    [42, /`client_payload\.subjects` is 42; send a list of GitHub logins or e-mail addresses/],
    [{ login: 'alice' }, /`client_payload\.subjects` is \{"login":"alice"\};/],
  ])('refuses %j', (subjects, message) => {
    expect(() => readInputs(dispatch({ client_payload: { subjects } }))).toThrow(message);
  });

  it('refuses a client_payload that is not an object', () => {
    expect(() => readInputs(dispatch({ client_payload: 'alice' }))).toThrow(/`client_payload` is "alice"; send an object/);
  });

  it('near miss: a list of strings and a comma-separated string are read', () => {
    expect(readInputs(dispatch({ client_payload: { subjects: ['alice', 'bob@acme.example'] } })).subjects).toEqual(['alice', 'bob@acme.example']);
    expect(readInputs(dispatch({ client_payload: { subjects: 'alice, bob' } })).subjects).toEqual(['alice', 'bob']);
  });
});

describe('offboarded_at from an event or input', () => {
  const at = (offboarded_at: unknown) => readInputs(dispatch({ client_payload: { subjects: ['alice'], offboarded_at } })).offboardedAt;

  it('reads whole epoch seconds exactly (a number used to be replaced by "now")', () => {
    expect(at(1764000000)).toBe('2025-11-24T16:00:00.000Z');
  });

  it.each([
    ['2026-02-30', /`client_payload\.offboarded_at` is "2026-02-30", an impossible date \(February 2026 has 28 days\)/],
    ['2025-02-29', /February 2025 has 28 days/],
    ['2026-11-27T25:00:00Z', /25:00:00 is not a time of day/],
    ['3000-01-01', /`client_payload\.offboarded_at` is "3000-01-01", 3000-01-01T00:00:00\.000Z, which is in the future/],
    ['yesterday', /is "yesterday", which is not an ISO-8601 time; use an ISO-8601 time with a zone/],
    ['2026-11-20T10:00:00', /a time without a zone/],
    [1764000000000, /whole seconds between .* \(milliseconds are not accepted\)/],
    [1764000000.5, /whole seconds/],
    [true, /is true, not a time/],
  ])('refuses %j naming the field and the fix', (value, message) => {
    expect(() => at(value)).toThrow(message);
  });

  it('near misses: a leap day, a date, an offset, a time within the clock skew', () => {
    expect(at('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
    expect(at('2026-11-20T18:00:00+01:00')).toBe('2026-11-20T17:00:00.000Z');
    expect(at('2026-11-27T12:04:00Z')).toBe('2026-11-27T12:04:00.000Z');
  });

  it('the input is strict too, and names itself', () => {
    expect(() => readInputs({ ...base, INPUT_SUBJECTS: 'alice', 'INPUT_OFFBOARDED-AT': '2026-02-30' })).toThrow(
      /`offboarded-at` is "2026-02-30", an impossible date/,
    );
    expect(() => readInputs({ ...base, INPUT_SUBJECTS: 'alice', 'INPUT_OFFBOARDED-AT': '1764000000' })).toThrow(/not an ISO-8601 time/);
  });
});
