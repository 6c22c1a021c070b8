// Resource identifiers and finding fingerprints: the same access gives the same identity in any
// collection order, and different access never shares one (an issue would otherwise close or
// merge for the wrong thing).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fingerprint } from '../../../src/fingerprint.js';
import { RULE_NAMES, type Secret, type Snapshot } from '../../../src/model.js';
import { resourceId } from '../../../src/resource-id.js';
import { auditRules, runRules } from '../../../src/rules/index.js';
import { aCredential, aDeployKey, aGrant, aPatGrant, aPerson, aRuleContext, aSecret, aSnapshot, daysAgo } from '../../builders/snapshot.js';

fc.configureGlobal({ baseSize: 'small' });

const name = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,11}$/);
const login = fc.stringMatching(/^[a-z0-9]{1,10}$/);
const secretName = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,11}$/);
const environment = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _-]{0,11}$/);

const secret: fc.Arbitrary<Secret> = fc.oneof(
  secretName.map((n): Secret => ({ scope: 'organization', kind: 'actions', name: n, createdAt: daysAgo(9), updatedAt: daysAgo(9), visibility: 'all', selectedRepositories: null })),
  fc.tuple(name, name, secretName).map(([o, r, n]): Secret => ({ scope: 'repository', kind: 'actions', name: n, repo: `${o}/${r}`, createdAt: daysAgo(9), updatedAt: daysAgo(9) })),
  fc.tuple(name, name, environment, secretName).map(([o, r, e, n]): Secret => ({ scope: 'environment', kind: 'actions', name: n, repo: `${o}/${r}`, environment: e, createdAt: daysAgo(9), updatedAt: daysAgo(9) })),
);

function sameSecret(a: Secret, b: Secret): boolean {
  if (a.scope !== b.scope || a.name !== b.name) return false;
  if (a.scope === 'organization') return true;
  if (a.scope === 'repository' && b.scope === 'repository') return a.repo === b.repo;
  return a.scope === 'environment' && b.scope === 'environment' && a.repo === b.repo && a.environment === b.environment;
}

describe('resource identifiers', () => {
  it('two secrets get the same id exactly when they are the same secret', () => {
    fc.assert(
      fc.property(secret, secret, (a, b) => {
        expect(resourceId.secret('acme', a) === resourceId.secret('acme', b)).toBe(sameSecret(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('deploy keys: the same id exactly for the same repository and key', () => {
    fc.assert(
      fc.property(name, name, fc.nat(), name, name, fc.nat(), (o1, r1, k1, o2, r2, k2) => {
        const same = o1 === o2 && r1 === r2 && k1 === k2;
        expect(resourceId.deployKey(`${o1}/${r1}`, k1) === resourceId.deployKey(`${o2}/${r2}`, k2)).toBe(same);
      }),
    );
  });
});

describe('fingerprints', () => {
  it('differ for any difference in rule, resource, subject or discriminator', () => {
    // Resource ids and discriminators never hold NUL (the separator): none of the contract's do.
    const text = (maxLength: number) => fc.string({ maxLength }).filter((s) => !s.includes('\u0000'));
    const part = fc.tuple(fc.constantFrom(...RULE_NAMES), text(30), fc.option(login, { nil: null }), text(3));
    fc.assert(
      fc.property(part, part, ([r1, s1, u1, k1], [r2, s2, u2, k2]) => {
        const same = r1 === r2 && s1 === s2 && (u1 ?? '') === (u2 ?? '') && k1 === k2;
        expect(fingerprint(r1, s1, u1, k1) === fingerprint(r2, s2, u2, k2)).toBe(same);
      }),
      { numRuns: 1000 },
    );
  });

  /** An organization of a few people with grants, deploy keys, tokens and secrets of all ages. */
  const organization = fc
    .record({
      people: fc.uniqueArray(login, { minLength: 1, maxLength: 6 }),
      repos: fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
      ages: fc.array(fc.integer({ min: 0, max: 900 }), { minLength: 30, maxLength: 30 }),
      secrets: fc.uniqueArray(secretName, { maxLength: 4 }),
    })
    .map(({ people, repos, ages, secrets }): Snapshot => {
      const age = (i: number) => daysAgo(ages[i % ages.length]);
      return aSnapshot({
        people: people.map((p) => aPerson(p)),
        grants: people.flatMap((p, i) => repos.filter((_, j) => (i + j) % 2 === 0).map((r) => aGrant(p, `acme/${r}`, i % 3 === 0 ? 'admin' : 'write'))),
        deployKeys: repos.map((r, i) => aDeployKey({ repo: `acme/${r}`, createdAt: age(i), lastUsedAt: i % 2 ? null : age(i + 7), readOnly: i % 3 === 1, addedBy: people[i % people.length] })),
        patGrants: people.map((p, i) => aPatGrant(p, { lastUsedAt: age(i + 3), expiresAt: i % 2 ? null : daysAgo(-30) })),
        credentialAuthorizations: people.map((p, i) => aCredential(p, { accessedAt: age(i + 11) })),
        secrets: secrets.map((s, i) => aSecret(s, { repo: `acme/${repos[i % repos.length]}`, updatedAt: age(i + 17) })),
      });
    });

  const reorder = (snapshot: Snapshot, seed: number): Snapshot => {
    const shuffle = <T>(list: T[]) => {
      const copy = [...list];
      let s = seed;
      for (let i = copy.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) % 2147483648;
        const j = s % (i + 1);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    };
    return {
      ...snapshot,
      people: shuffle(snapshot.people),
      grants: shuffle(snapshot.grants),
      deployKeys: shuffle(snapshot.deployKeys),
      patGrants: shuffle(snapshot.patGrants),
      credentialAuthorizations: shuffle(snapshot.credentialAuthorizations),
      secrets: shuffle(snapshot.secrets),
    };
  };

  it('the audit’s findings are the same, fingerprints included, in any collection order; no two share one', () => {
    fc.assert(
      fc.property(organization, fc.nat(), (snapshot, seed) => {
        const findings = runRules(auditRules, aRuleContext({ snapshot }));
        const again = runRules(auditRules, aRuleContext({ snapshot: reorder(snapshot, seed) }));
        expect(again.map((f) => f.fingerprint)).toEqual(findings.map((f) => f.fingerprint));
        const prints = findings.map((f) => f.fingerprint);
        expect(new Set(prints).size).toBe(prints.length);
      }),
      { numRuns: 100 },
    );
  });
});
