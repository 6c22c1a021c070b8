import { describe, expect, it } from '@jest/globals';
import { fitBytes, fitText, plainText, utf8Length } from '../../../src/reporters/text.js';

describe('plainText', () => {
  it('neutralises mentions, HTML, links and bidi overrides, on one bounded line', () => {
    const text = plainText('@everyone <img src=x> [x](http://evil)\u202Egnp.exe\nnext', 300);
    expect(text).not.toMatch(/@|<|>|\[|\]|\u202E|\n/);
    expect(text).toContain('\uFF20everyone');
    expect(plainText('y'.repeat(10_000), 50)).toHaveLength(50);
  });
});

describe('fitText', () => {
  it('returns short text untouched', () => {
    expect(fitText('abc', 10, 'NOTE')).toEqual({ text: 'abc', truncated: false });
  });

  it('cuts at a line break and appends the note within the limit', () => {
    const text = Array.from({ length: 100 }, (_, i) => `| row ${i} |`).join('\n');
    const fitted = fitText(text, 200, '_cut_');
    expect(fitted.truncated).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(200);
    expect(fitted.text.endsWith('_cut_')).toBe(true);
    expect(fitted.text.split('\n\n_cut_')[0].endsWith('|')).toBe(true);
  });
});

describe('fitBytes', () => {
  it('keeps multi-byte text under a byte limit with the note, using most of the room', () => {
    const text = 'ü'.repeat(300_000); // 600,000 bytes
    const fitted = fitBytes(text, 100_000, '_cut_');
    expect(fitted.truncated).toBe(true);
    expect(utf8Length(fitted.text)).toBeLessThanOrEqual(100_000);
    expect(utf8Length(fitted.text)).toBeGreaterThan(90_000);
    expect(fitted.text.endsWith('_cut_')).toBe(true);
  });

  it('leaves text under the limit alone', () => {
    expect(fitBytes('ü', 10, 'x')).toEqual({ text: 'ü', truncated: false });
  });
});
