// A broken or hostile file yields a bounded number of errors, each quoting at most a short,
// escaped excerpt: a 240 KB list of numbers used to produce 120,000 errors (18 MB of log).
import { describe, expect, it } from '@jest/globals';
import { boundErrorsPerFile, excerpt, MAX_ERRORS_PER_FILE } from '../../../src/policy/bound-errors.js';
import { fileError, formatPolicyError, loadPolicyFromTexts } from '../../../src/policy/index.js';

const printableOnly = /^[\x20-\x7e…–—]*$/;

describe('errors per file are bounded', () => {
  it('reports the first 50 errors of a file and counts the rest in one more', () => {
    const text = `version: 1\nservice-accounts: [${Array(20_000).fill('1').join(',')}]\n`;
    const { errors } = loadPolicyFromTexts([{ path: 'policies/a.yml', text }]);
    expect(errors).toHaveLength(MAX_ERRORS_PER_FILE + 1);
    // The schema bounds the list (500 patterns), then each of the 20,000 items is wrong too.
    expect(errors[0].message).toMatch(/^service-accounts: must NOT have more than 500 items/);
    expect(errors[1].message).toBe('`service-accounts[0]` must be a string, got number 1');
    expect(errors.at(-1)?.message).toBe(
      '19951 more errors in `policies/a.yml` not shown (20001 in all; the first 50 are listed)',
    );
  });

  it('bounds each file on its own; a file at the limit gets no count line (near miss)', () => {
    const many = `version: 1\nservice-accounts: [${Array(60).fill('1').join(',')}]\n`;
    const exactly = `version: 1\nservice-accounts: [${Array(MAX_ERRORS_PER_FILE).fill('2').join(',')}]\n`;
    const { errors } = loadPolicyFromTexts([
      { path: 'policies/a.yml', text: many },
      { path: 'policies/b.yml', text: exactly },
    ]);
    expect(errors.filter((e) => e.path === 'policies/a.yml')).toHaveLength(MAX_ERRORS_PER_FILE + 1);
    expect(errors.filter((e) => e.path === 'policies/b.yml')).toHaveLength(MAX_ERRORS_PER_FILE);
    expect(errors.some((e) => e.path === 'policies/b.yml' && /more error/.test(e.message))).toBe(false);
  });

  it('keeps the order and the files as given', () => {
    const errors = [fileError('b', 'one', 'x'), fileError('a', 'two', 'x'), fileError('b', 'three', 'x')];
    expect(boundErrorsPerFile(errors, 1).map(formatPolicyError)).toEqual([
      'b:1:1: one',
      'b:1:1: 1 more error in `b` not shown (2 in all; the first 1 are listed)',
      'a:1:1: two',
    ]);
  });
});

describe('quoted text is a short escaped excerpt', () => {
  it('a 38 KB binary key is quoted as 40 escaped characters and its length', () => {
    const garbage = Array.from({ length: 38_000 }, (_, i) =>
      String.fromCharCode(0x01 + (i % 7), 0x202e),
    ).join('');
    const text = `version: 1\n? "${garbage}"\n: 1\n`;
    const { errors } = loadPolicyFromTexts([{ path: 'policies/bin.yml', text }]);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.message.length).toBeLessThan(600);
      expect(error.message).toMatch(printableOnly);
      expect(error.message).not.toContain('\u202e');
    }
    expect(errors[0].message).toMatch(
      /unknown key `"(\\u00\d\d\\u202e){20}"… \(76000 characters\)` in the top level/,
    );
  });

  it('a long string value is cut in the "got …" part', () => {
    const text = `version: 1\nrules:\n  stale-member:\n    inactive-days: "${'y'.repeat(3000)}"\n`;
    const { errors } = loadPolicyFromTexts([{ path: 'policies/a.yml', text }]);
    expect(errors.map((e) => e.message)).toEqual([
      `\`inactive-days\` must be a whole number, got string "${'y'.repeat(40)}"… (3000 characters)`,
    ]);
  });

  it('random bytes give bounded, printable messages', () => {
    let seed = 7;
    const bytes = Buffer.from(
      Array.from({ length: 40_000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256),
    );
    const { errors } = loadPolicyFromTexts([{ path: 'policies/r.yml', text: bytes.toString('latin1') }]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(MAX_ERRORS_PER_FILE + 1);
    for (const error of errors) {
      expect(error.message.length).toBeLessThanOrEqual(500);
      expect(error.message).toMatch(printableOnly);
    }
  });

  it('near miss: a short printable key or value is shown as written', () => {
    expect(excerpt('ninety')).toBe('"ninety"');
    const { errors } = loadPolicyFromTexts([{ path: 'p.yml', text: 'version: 1\nservice-acounts: [a]\n' }]);
    expect(errors[0].message).toBe(
      'unknown key `service-acounts` in the top level — did you mean `service-accounts`?',
    );
  });
});
