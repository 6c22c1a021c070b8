import { describe, expect, it } from '@jest/globals';
import { fixedClock } from '../../../src/model.js';
import { buildInventory } from '../../../src/offboarding/inventory.js';
import {
  combineInventories,
  combineVerifications,
  inventoryFor,
  scopeName,
} from '../../../src/offboarding/scope.js';
import { verifyOffboarding } from '../../../src/offboarding/verify.js';
import { aPatGrant, aPerson, aPolicy, aSnapshot, daysAgo, NOW } from '../../builders/snapshot.js';

const OFFBOARDED = daysAgo(2);
const enterprise = {
  slug: 'acme-corp',
  organizations: ['acme', 'acme-labs'],
  members: [{ login: 'dana', affiliation: 'member' as const, roles: [] }],
};

describe('one offboarding across the organizations of a scope', () => {
  const acme = aSnapshot({
    organization: 'acme',
    people: [aPerson('dana')],
    patGrants: [aPatGrant('dana', { id: 5, tokenId: 9005 })],
    enterprise,
  });
  const labs = aSnapshot({
    organization: 'acme-labs',
    people: [aPerson('dana')],
    patGrants: [aPatGrant('dana', { id: 9, tokenId: 9009 })],
    enterprise,
  });
  const combined = combineInventories('acme-corp', [
    buildInventory(acme, 'dana', OFFBOARDED),
    buildInventory(labs, 'dana', OFFBOARDED),
  ]);

  it('joins the inventories, each item tagged with its organization, the enterprise once', () => {
    expect(combined.organization).toBe('acme-corp');
    expect(combined.items.map((item) => [item.resource, item.detail.organization])).toEqual([
      ['org:acme', 'acme'],
      ['pat:9005', 'acme'],
      ['enterprise:acme-corp', 'acme'],
      ['org:acme-labs', 'acme-labs'],
      ['pat:9009', 'acme-labs'],
    ]);
    expect(inventoryFor(combined, 'acme-labs', 'acme').items.map((item) => item.resource)).toEqual([
      'org:acme-labs',
      'pat:9009',
    ]);
    // Items of an inventory written before the scope (untagged) stay with the primary organization.
    const old = buildInventory(acme, 'dana', OFFBOARDED);
    expect(inventoryFor(old, 'acme', 'acme').items).toHaveLength(3);
    expect(inventoryFor(old, 'acme-labs', 'acme').items).toHaveLength(0);
  });

  it('verifies each organization on its own and reports the leftovers of both in one verification', () => {
    const acmeNow = aSnapshot({ organization: 'acme', enterprise: { ...enterprise, members: [] } });
    // The enterprise is read once, with the first organization.
    const labsNow = { ...labs, enterprise: null };
    const verify = (org: string, snapshot: typeof acme) =>
      verifyOffboarding({
        subject: 'dana',
        offboardedAt: OFFBOARDED,
        inventory: inventoryFor(combined, org, 'acme'),
        snapshot,
        policy: aPolicy(),
        clock: fixedClock(NOW),
        manualStepsDone: [],
      });
    const joined = combineVerifications('dana', OFFBOARDED, new Date(NOW), [
      { organization: 'acme', verification: verify('acme', acmeNow) },
      { organization: 'acme-labs', verification: verify('acme-labs', labsNow) },
    ]);
    expect(joined.items.map((item) => [item.resource, item.status])).toEqual([
      ['org:acme', 'revoked'],
      ['pat:9005', 'revoked'],
      ['enterprise:acme-corp', 'revoked'],
      ['org:acme-labs', 'retained'],
      ['pat:9009', 'retained'],
    ]);
    const retained = joined.findings.filter((f) => f.rule.startsWith('retained-')).map((f) => f.resource);
    expect(retained).toEqual(['org:acme-labs', 'pat:9009']);
    // The journey step is done in acme and missing in acme-labs: missing, and reported once.
    const membership = joined.steps.find((step) => step.id === 'org-membership');
    expect(membership?.status).toBe('missing');
    expect(
      joined.findings.filter((f) => f.resource === 'offboarding-step:dana/org-membership'),
    ).toHaveLength(1);
    expect(joined.metrics.itemsRetained).toBe(2);
  });

  it('a holding one organization still sees is retained, whatever the other says', () => {
    const item = {
      kind: 'enterprise-membership' as const,
      resource: 'enterprise:acme-corp',
      label: 'x',
      at: null,
      by: null,
      new: false,
    };
    const verification = (status: 'revoked' | 'retained') => ({
      findings: [],
      items: [{ ...item, status }],
      steps: [],
      metrics: verifyOffboarding({
        subject: 'dana',
        offboardedAt: OFFBOARDED,
        inventory: combined,
        snapshot: acme,
        policy: aPolicy(),
        clock: fixedClock(NOW),
        manualStepsDone: [],
      }).metrics,
    });
    const joined = combineVerifications('dana', OFFBOARDED, new Date(NOW), [
      { organization: 'acme', verification: verification('revoked') },
      { organization: 'acme-labs', verification: verification('retained') },
    ]);
    expect(joined.items.map((i) => i.status)).toEqual(['retained']);
  });

  it('names the scope by its enterprise, else by its organizations', () => {
    expect(scopeName(['acme', 'acme-labs'], 'acme-corp')).toBe('acme-corp');
    expect(scopeName(['acme', 'acme-labs'], null)).toBe('acme, acme-labs');
  });
});
