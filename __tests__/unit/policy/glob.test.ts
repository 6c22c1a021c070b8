import { describe, expect, it } from '@jest/globals';
import { matchAnyGlob, matchGlob } from '../../../src/policy/glob.js';
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

  it('stays fast on patterns that make backtracking regex engines explode', () => {
    const started = Date.now();
    expect(matchGlob('**a**a**a**a**a**a**a**b', 'a'.repeat(2000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
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
