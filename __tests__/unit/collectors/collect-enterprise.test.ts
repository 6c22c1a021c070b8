import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { simulatedClient } from './sim-helpers.js';
import {
  collectCopilotSeats,
  collectEnterpriseCopilotSeats,
} from '../../../src/collectors/collect-copilot-seats.js';
import { collectEnterprise } from '../../../src/collectors/collect-enterprise.js';
import { collectExternalIdentities } from '../../../src/collectors/collect-identities.js';
import { collectScimIdentities } from '../../../src/collectors/collect-scim-identities.js';
import { Coverage } from '../../../src/collectors/coverage.js';
import { quietLogger, type CollectContext } from '../../../src/collectors/context.js';
import type { GitHubClient } from '../../../src/github/types.js';
import type { Simulator } from '../../../simulator/index.js';
import {
  ENTERPRISE_CAST as C,
  ENTERPRISE_SLUG,
  EU,
  LABS,
  generateEnterpriseScenario,
} from '../../../simulator/scenario/enterprise.js';

let sim: Simulator;
let client: GitHubClient;
beforeAll(async () => {
  ({ sim, client } = await simulatedClient(generateEnterpriseScenario({ seed: 3 })));
});
afterAll(() => sim.close());

const context = (org: string): CollectContext => ({
  client,
  org,
  coverage: new Coverage(),
  logger: quietLogger,
});

describe('enterprise collectors against the simulator (GraphQL schema and OpenAPI checked)', () => {
  it('reads the enterprise: organizations, unaffiliated members and billing managers', async () => {
    sim.switches.denials = [];
    const ctx = context('acme');
    const access = await collectEnterprise(ctx, ENTERPRISE_SLUG);
    expect(ctx.coverage.gaps).toEqual([]);
    expect(access.organizations).toEqual(['acme', EU, LABS]);
    expect(access.members).toEqual([
      { login: C.unaffiliated, affiliation: 'unaffiliated', roles: [] },
      { login: C.billing, affiliation: null, roles: ['billing-manager'] },
    ]);
  });

  it('narrows to one person: an organization member is an affiliated enterprise member, with the enterprise teams they are in', async () => {
    const ctx = context('acme');
    const access = await collectEnterprise(ctx, ENTERPRISE_SLUG, { logins: [C.leaver, C.unaffiliated] });
    // The leaver is in the enterprise team `platform`; the unaffiliated member in none.
    expect(access.members).toEqual([
      { login: C.leaver, affiliation: 'member', roles: [], teams: ['platform'] },
      { login: C.unaffiliated, affiliation: 'unaffiliated', roles: [] },
    ]);
  });

  it('names the missing enterprise-owner token when membership is refused', async () => {
    sim.switches.denials = [
      { match: 'graphql:Enterprise.members' },
      { match: 'graphql:Enterprise.ownerInfo' },
      { match: `GET /enterprises/${ENTERPRISE_SLUG}/teams` },
    ];
    const ctx = context('acme');
    const access = await collectEnterprise(ctx, ENTERPRISE_SLUG, { logins: [C.leaver] });
    sim.switches.denials = [];
    expect(access.members).toEqual([]);
    expect(ctx.coverage.gaps.map((g) => g.resource).sort()).toEqual([
      `enterprise:${ENTERPRISE_SLUG}/admins`,
      `enterprise:${ENTERPRISE_SLUG}/members`,
      `enterprise:${ENTERPRISE_SLUG}/teams`,
    ]);
    for (const gap of ctx.coverage.gaps) expect(gap.reason).toMatch(/enterprise owner's token/);
  });

  it('reads Copilot seats of an organization and of the enterprise', async () => {
    const ctx = context(LABS);
    const seats = await collectCopilotSeats(ctx);
    expect(seats).toHaveLength(4);
    expect(seats.map((s) => `${s.org}/${s.login}`)).toEqual(
      expect.arrayContaining([`${LABS}/${C.busySeat}`, `${LABS}/${C.idleSeat}`, `${LABS}/${C.leaver}`]),
    );
    expect(seats.find((s) => s.login === C.idleSeat)?.lastActivityAt).toMatch(/^\d{4}-/);
    expect(await collectCopilotSeats(ctx, [C.leaver])).toHaveLength(1);
    const enterpriseSeats = await collectEnterpriseCopilotSeats(ctx, ENTERPRISE_SLUG);
    expect(enterpriseSeats).toEqual([
      expect.objectContaining({ org: ENTERPRISE_SLUG, login: C.unaffiliated }),
    ]);
    expect(ctx.coverage.gaps).toEqual([]);
  });

  it('a refused seat list is a gap naming the Copilot permission, not an empty list', async () => {
    sim.switches.denials = [{ match: `GET /orgs/${LABS}/copilot/billing/seats` }];
    const ctx = context(LABS);
    expect(await collectCopilotSeats(ctx)).toEqual([]);
    sim.switches.denials = [];
    expect(ctx.coverage.gaps).toEqual([
      {
        resource: `org:${LABS}/copilot-seats`,
        reason: expect.stringMatching(/GitHub Copilot Business read/),
      },
    ]);
  });

  it('joins SCIM identities to logins; a SAML identity gone from the IdP shows in the links', async () => {
    const ctx = context(EU);
    const external = await collectExternalIdentities(ctx);
    const scim = await collectScimIdentities(ctx, external.links);
    expect(scim.find((s) => s.login === C.deprovisioned)).toMatchObject({
      active: false,
      userName: expect.stringContaining('@'),
    });
    expect(scim.find((s) => s.userName.startsWith('gina'))).toMatchObject({ active: false, login: C.deprovisionedGone });
    expect(scim.find((s) => s.login === C.terminated)?.active).toBe(true);
    const labs = context(LABS);
    const links = (await collectExternalIdentities(labs)).links;
    expect(links.find((l) => l.login === C.samlGone)).toEqual({
      login: C.samlGone,
      samlNameId: null,
      scimUserName: expect.any(String),
    });
    expect(links.find((l) => l.login === C.idleSeat)?.samlNameId).toMatch(/@/);
    expect([...ctx.coverage.gaps, ...labs.coverage.gaps]).toEqual([]);
  });

  it('pages SCIM by startIndex', async () => {
    const org = sim.scenario.organizations!.find((o) => o.login === EU)!;
    const extra = Array.from({ length: 130 }, (_, i) => ({
      ...org.scim_users![0],
      id: `extra-${i}`,
      user_name: `extra${i}@acme.example`,
      login: null,
    }));
    org.scim_users!.push(...extra);
    const ctx = context(EU);
    expect(await collectScimIdentities(ctx, [])).toHaveLength(org.scim_users!.length);
    org.scim_users!.splice(-130);
  });
});
