import { describe, expect, it } from '@jest/globals';
import { aPerson } from '../../builders/snapshot.js';
import {
  classifySubject,
  identityCandidates,
  parseSubjects,
  resolveSubject,
} from '../../../src/offboarding/subjects.js';

describe('parseSubjects', () => {
  it('splits on commas and newlines, trims, drops blanks and de-duplicates case-insensitively', () => {
    expect(parseSubjects(' alice, Bob\r\n\nalice@acme.example ,ALICE,\n bob ')).toEqual([
      { kind: 'login', value: 'alice' },
      { kind: 'login', value: 'Bob' },
      { kind: 'email', value: 'alice@acme.example' },
    ]);
  });

  it('accepts an array from a repository_dispatch payload; a non-string is an invalid subject, not its text', () => {
    expect(parseSubjects(['carol', 42, 'dave,erin', null])).toEqual([
      { kind: 'login', value: 'carol' },
      { kind: 'invalid', value: '42' },
      { kind: 'login', value: 'dave' },
      { kind: 'login', value: 'erin' },
      { kind: 'invalid', value: 'null' },
    ]);
  });

  it('gives nothing for an absent value', () => {
    expect(parseSubjects(undefined)).toEqual([]);
    expect(parseSubjects('  ,\n ')).toEqual([]);
  });

  it('marks what is neither a login nor an e-mail as invalid', () => {
    expect(classifySubject('not a login')).toEqual({ kind: 'invalid', value: 'not a login' });
    expect(classifySubject('-leading-hyphen')).toEqual({ kind: 'invalid', value: '-leading-hyphen' });
    expect(classifySubject('deploy-bot[bot]')).toEqual({ kind: 'login', value: 'deploy-bot[bot]' });
  });
});

describe('resolveSubject', () => {
  const people = [
    aPerson('alice', {
      samlIdentity: {
        nameId: 'alice@acme.example',
        username: 'alice.smith',
        emails: ['Alice.Smith@acme.example'],
      },
    }),
    aPerson('bob', { verifiedEmails: ['bob@acme.example', 'shared@acme.example'] }),
    aPerson('bobby', { samlIdentity: { nameId: null, username: null, emails: ['shared@acme.example'] } }),
  ];
  const candidates = identityCandidates(people);

  it('resolves an e-mail that exactly one account has (SAML e-mail, case-insensitive)', () => {
    expect(resolveSubject('alice.smith@ACME.example', candidates)).toEqual({
      login: 'alice',
      matchedBy: 'saml-email',
      value: 'Alice.Smith@acme.example',
    });
  });

  it('resolves through a verified-domain e-mail', () => {
    expect(resolveSubject('bob@acme.example', candidates)).toMatchObject({
      login: 'bob',
      matchedBy: 'verified-email',
    });
  });

  it('accepts two matches that are the same account (name id and e-mail)', () => {
    expect(resolveSubject('alice@acme.example', candidates)).toMatchObject({ login: 'alice' });
  });

  it('refuses an e-mail that matches no one, saying so', () => {
    const result = resolveSubject('nobody@acme.example', candidates);
    expect(result).toEqual({
      error: expect.stringContaining('no GitHub account matches nobody@acme.example'),
    });
  });

  it('refuses an e-mail that matches two accounts and names both', () => {
    const result = resolveSubject('shared@acme.example', candidates);
    expect('error' in result).toBe(true);
    if ('error' in result) {
      expect(result.error).toContain('bob (verified-email)');
      expect(result.error).toContain('bobby (saml-email)');
    }
  });

  it('takes a login as given, in GitHub spelling when known, even for someone no longer listed', () => {
    expect(resolveSubject('ALICE', candidates)).toEqual({
      login: 'alice',
      matchedBy: 'login',
      value: 'ALICE',
    });
    expect(resolveSubject('gone-already', candidates)).toEqual({
      login: 'gone-already',
      matchedBy: 'login',
      value: 'gone-already',
    });
  });

  it('does not match an e-mail against a login', () => {
    const odd = identityCandidates([aPerson('x')]).concat({
      login: 'x',
      matchedBy: 'login',
      value: 'x@acme.example',
    });
    expect(resolveSubject('x@acme.example', odd)).toHaveProperty('error');
  });

  it('refuses invalid input', () => {
    expect(resolveSubject('two words', candidates)).toHaveProperty('error');
  });
});
