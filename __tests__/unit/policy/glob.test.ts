import { describe, expect, it } from '@jest/globals';
import { matchAnyGlob, matchGlob, matchGlobCounted } from '../../../src/policy/glob.js';
import { editDistance, suggest } from '../../../src/policy/suggest.js';

describe('matchGlob', () => {
  it.each([
    ['deploy-bot', 'deploy-bot'],
    ['*-automation', 'release-automation'],
    ['deploy-key:acme/api/*', 'deploy-key:acme/api/4021'],
    ['deploy-key:acme/**', 'deploy-key:acme/api/4021'],
    ['secret:acme/**/NPM_TOKEN', 'secret:acme/api/env/prod/NPM_TOKEN'],
    ['bot-?', 'bot-1'],
    ['Deploy-Bot', 'deploy-bot'],
    ['*[bot]', 'dependabot[bot]'],
    ['a.b', 'a.b'],
    ['**', ''],
  ])('%s matches %s', (pattern, text) => {
    expect(matchGlob(pattern, text)).toBe(true);
  });

  it.each([
    ['deploy-bot', 'deploy-bot2'],
    ['*-automation', 'automation'],
    ['deploy-key:acme/api/*', 'deploy-key:acme/api/4021/extra'],
    ['deploy-key:acme/*', 'deploy-key:acme/api/4021'],
    ['bot-?', 'bot-12'],
    ['bot-?', 'bot-/'],
    // Regex metacharacters are literals: `.` is not "any character", `+` not "one or more".
    ['a.b', 'axb'],
    ['a+', 'aa'],
    ['(x|y)', 'x'],
  ])('%s does not match %s', (pattern, text) => {
    expect(matchGlob(pattern, text)).toBe(false);
  });

  it('takes steps linear in the text on patterns that make backtracking regex engines explode', () => {
    // Eight `*a` then `*b`: a regular expression built from it backtracks exponentially.
    const pattern = `${'*a'.repeat(8)}*b`;
    const tokens = 18;
    const cost = (n: number) => matchGlobCounted(pattern, 'a'.repeat(n));
    for (const n of [50, 100, 200, 400]) {
      const { matches, steps } = cost(n);
      expect(matches).toBe(false);
      expect(steps).toBeLessThanOrEqual((tokens + 1) * (n + 1));
    }
    // Doubling the text at most doubles the work (plus the one extra column).
    expect(cost(400).steps).toBeLessThanOrEqual(2 * cost(200).steps + tokens);
    expect(matchGlobCounted('**a**a**a**a**a**a**a**b', 'a'.repeat(2000)).matches).toBe(false);
  });

  it('matchAnyGlob: any pattern, and an empty list matches nothing', () => {
    expect(matchAnyGlob(['x', 'ci-*'], 'ci-bot')).toBe(true);
    expect(matchAnyGlob([], 'ci-bot')).toBe(false);
  });
});

describe('suggest', () => {
  it('suggests the closest key for a typo, and nothing for an unrelated word', () => {
    expect(suggest('inactve-days', ['enabled', 'severity', 'inactive-days'])).toBe('inactive-days');
    expect(suggest('stale-membr', ['stale-member', 'stale-token'])).toBe('stale-member');
    expect(suggest('foo', ['enabled', 'severity'])).toBeUndefined();
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('sevreity', 'severity')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
