// Each way a REST read can fail becomes a gap with a reason that says how to fix it, and the
// rest of the collection goes on.
import { afterEach, describe, expect, it } from '@jest/globals';
import { fixtureScenario } from './fixture-org.js';
import { simulatedClient } from './sim-helpers.js';
import { Coverage, describeFailure } from '../../../src/collectors/coverage.js';
import { quietLogger, type CollectContext } from '../../../src/collectors/context.js';
import { collectCredentialAuthorizations, collectPatGrants } from '../../../src/collectors/collect-tokens.js';
import { collectOrgSecrets, collectRepoSecrets } from '../../../src/collectors/collect-secrets.js';
import { collectDeployKeys } from '../../../src/collectors/collect-deploy-keys.js';
import { collectAuditLog } from '../../../src/collectors/collect-audit-log.js';
import { budgetShortfall } from '../../../src/github/budget.js';
import type { Repository } from '../../../src/model.js';
import type { Simulator } from '../../../simulator/index.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function context(scenario = fixtureScenario()): Promise<CollectContext> {
  const started = await simulatedClient(scenario);
  sim = started.sim;
  return { client: started.client, org: 'acme', coverage: new Coverage(), logger: quietLogger };
}

const api: Repository = {
  nameWithOwner: 'acme/api',
  databaseId: 1,
  visibility: 'private',
  archived: false,
  pushedAt: null,
  environments: ['production'],
  deployKeyCount: 1,
};
const quiet: Repository = { ...api, nameWithOwner: 'acme/service-1', environments: [], deployKeyCount: 0 };

describe('REST collectors record coverage gaps', () => {
  it('reads tokens, keys and secrets when nothing is denied (no gaps)', async () => {
    const ctx = await context();
    const grants = await collectPatGrants(ctx);
    expect(grants.find((g) => g.id === 71)?.repositories).toEqual(['acme/api']);
    expect((await collectCredentialAuthorizations(ctx)).map((c) => c.id)).toEqual([81]);
    expect(await collectDeployKeys(ctx, [api, quiet])).toEqual([
      {
        repo: 'acme/api',
        id: 4021,
        title: 'ci',
        readOnly: false,
        createdAt: '2025-01-01T00:00:00Z',
        lastUsedAt: null,
        addedBy: 'alice',
      },
    ]);
    const secrets = await collectRepoSecrets(ctx, [api]);
    expect(secrets.map((s) => `${s.scope}:${s.name}`).sort()).toEqual([
      'environment:DEPLOY_KEY',
      'repository:NPM_TOKEN',
    ]);
    expect(ctx.coverage.gaps).toEqual([]);
    // Deploy keys are read only where GraphQL counted some: service-1 costs nothing.
    expect(sim!.log.some((l) => l.path.includes('service-1/keys'))).toBe(false);
  });

  it('403 on organization secrets names the missing permission; repository secrets still read', async () => {
    const ctx = await context();
    sim!.switches.denials = [{ match: 'GET /orgs/acme/actions/secrets' }];
    const org = await collectOrgSecrets(ctx);
    const repo = await collectRepoSecrets(ctx, [api]);
    expect(org).toEqual([]);
    expect(repo.length).toBe(2);
    expect(ctx.coverage.gaps).toEqual([
      {
        resource: 'org:acme/actions-secrets',
        reason:
          '403 Resource not accessible by integration — the token needs the organization Secrets read permission',
      },
    ]);
  });

  it('403 on PAT grants says only a GitHub App can list them', async () => {
    const ctx = await context();
    sim!.switches.denials = [{ match: 'GET /orgs/acme/personal-access-tokens' }];
    expect(await collectPatGrants(ctx)).toEqual([]);
    expect(ctx.coverage.gaps[0].resource).toBe('org:acme/personal-access-tokens');
    expect(ctx.coverage.gaps[0].reason).toMatch(
      /^403 .*only a GitHub App installation token can list fine-grained PAT grants/,
    );
  });

  it('404 on credential authorizations says GHEC with SAML SSO is needed', async () => {
    const ctx = await context();
    sim!.switches.denials = [
      { match: 'GET /orgs/acme/credential-authorizations', status: 404, message: 'Not Found' },
    ];
    expect(await collectCredentialAuthorizations(ctx)).toEqual([]);
    expect(ctx.coverage.gaps).toEqual([
      {
        resource: 'org:acme/credential-authorizations',
        reason: '404 Not Found — needs GitHub Enterprise Cloud with SAML SSO',
      },
    ]);
  });

  it('a 5xx that outlasts the retries is a gap for that repository only', async () => {
    const ctx = await context();
    sim!.switches.faults = { remaining: 100, status: 502, drop: false, match: /service-1/ };
    await collectRepoSecrets(ctx, [api, quiet]);
    expect(ctx.coverage.gaps.map((g) => g.resource)).toEqual([
      'repo:acme/service-1/secrets',
      'repo:acme/service-1/dependabot-secrets',
    ]);
    expect(ctx.coverage.gaps[0].reason).toMatch(/^502 .* after retries$/);
  });

  it('a dropped connection that keeps dropping is a gap, not an empty list', async () => {
    const ctx = await context();
    sim!.switches.faults = { remaining: 100, status: 502, drop: true, match: /audit-log/ };
    expect(await collectAuditLog(ctx, { from: new Date('2026-06-01T00:00:00Z') })).toBeNull();
    expect(ctx.coverage.gaps).toHaveLength(1);
    expect(ctx.coverage.gaps[0]).toMatchObject({ resource: 'org:acme/audit-log' });
    expect(ctx.coverage.gaps[0].reason).toMatch(/^request failed after retries: /);
  });

  it('a request that times out (after retries) is a gap', async () => {
    const started = await simulatedClient(fixtureScenario(), { requestTimeoutMs: 100, retries: 1 });
    sim = started.sim;
    sim.switches.latencyMs = 400;
    const ctx: CollectContext = {
      client: started.client,
      org: 'acme',
      coverage: new Coverage(),
      logger: quietLogger,
    };
    expect(await collectPatGrants(ctx)).toEqual([]);
    expect(ctx.coverage.gaps[0]).toMatchObject({ resource: 'org:acme/personal-access-tokens' });
    expect(ctx.coverage.gaps[0].reason).toMatch(
      /^request failed after retries: request timed out after 100 ms$/,
    );
  });

  it('normalises audit events (ms → ISO, actor_ip → ip, other fields kept)', async () => {
    const ctx = await context();
    const events = await collectAuditLog(ctx, { from: new Date('2026-11-01T00:00:00Z') });
    expect(events?.find((e) => e.id === 'doc-1')).toEqual({
      id: 'doc-1',
      at: '2026-11-20T10:00:00.000Z',
      action: 'repo.add_member',
      actor: 'alice',
      user: 'dana',
      repo: 'acme/api',
      ip: '203.0.113.5',
      fields: { org: 'acme' },
    });
    expect(sim!.log.find((l) => l.path.includes('/audit-log'))?.status).toBe(200);
  });

  it('the budget check reports exhaustion with the reset time, and passes when there is room', async () => {
    const ctx = await context();
    const resetAt = Math.floor(Date.now() / 1000) + 900;
    sim!.switches.rateLimit.core = { limit: 15000, remaining: 10, resetAt };
    expect(await budgetShortfall(ctx.client, { rest: 5 })).toBeNull();
    expect(await budgetShortfall(ctx.client, { rest: 50 })).toBe(
      `rate-limit budget exhausted (REST: 10 left, about 50 needed); resets at ${new Date(resetAt * 1000).toISOString()}`,
    );
  });

  it('describeFailure: 401 and unknown errors still produce a reason', () => {
    expect(describeFailure({ status: 401, message: 'Bad credentials' })).toBe(
      '401 Bad credentials — the token is invalid or expired',
    );
    expect(describeFailure(new Error('boom'))).toBe('request failed: boom');
  });
});
