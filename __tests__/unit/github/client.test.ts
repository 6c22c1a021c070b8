import { afterEach, describe, expect, it } from '@jest/globals';
import { fixtureScenario } from '../collectors/fixture-org.js';
import { simulatedClient } from '../collectors/sim-helpers.js';
import { EtagCache } from '../../../src/github/etag-cache.js';
import { createClient } from '../../../src/github/client.js';
import { Coverage, HINTS } from '../../../src/collectors/coverage.js';
import { gaps } from '../../../src/coverage/gap-scope.js';
import type { Simulator } from '../../../simulator/index.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const listSecrets = (client: Awaited<ReturnType<typeof simulatedClient>>['client']) =>
  client.rest.paginate('GET /repos/{owner}/{repo}/actions/secrets', {
    owner: 'acme',
    repo: 'api',
    per_page: 100,
  });

describe('createClient against the simulator', () => {
  it('counts REST requests and serves a rerun from the ETag cache (304) with the same data', async () => {
    const cache = new EtagCache();
    const started = await simulatedClient(fixtureScenario(), { etagCache: cache });
    sim = started.sim;
    const first = await listSecrets(started.client);
    expect(first.map((s) => s.name)).toEqual(['NPM_TOKEN']);
    expect(started.client.stats).toMatchObject({ restRequests: 1, notModified: 0 });

    // A second client restored from the serialised cache, as the state store would do.
    const restored = EtagCache.fromJSON(JSON.parse(JSON.stringify(cache.toJSON())));
    const again = createClient({
      token: sim.token,
      apiUrl: sim.url,
      graphqlUrl: sim.graphqlUrl,
      etagCache: restored,
    });
    expect(await listSecrets(again)).toEqual(first);
    expect(again.stats.notModified).toBe(1);
    expect(sim.log.at(-1)?.status).toBe(304);
  });

  it('shows every response to onResponse once, with its full URL and rate limit: a 304 and a denial too', async () => {
    const seen: [string, string | number | undefined][] = [];
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    const observed = (etagCache?: EtagCache) =>
      createClient({
        token: sim!.token,
        apiUrl: sim!.url,
        graphqlUrl: sim!.graphqlUrl,
        ...(etagCache ? { etagCache } : {}),
        onResponse: (url, headers) => seen.push([new URL(url).pathname, headers['x-ratelimit-remaining']]),
      });
    const cache = new EtagCache();
    await listSecrets(observed(cache));
    await listSecrets(observed(cache));
    sim.switches.denials = [{ match: 'GET /repos/acme/api/actions/secrets' }];
    await expect(listSecrets(observed())).rejects.toMatchObject({ status: 403 });
    expect(sim.log.map((l) => l.status)).toEqual([200, 304, 403]);
    expect(seen.map(([path]) => path)).toEqual(Array(3).fill('/repos/acme/api/actions/secrets'));
    // The simulator's denial carries no rate-limit headers; its 200 and 304 do.
    expect(seen.map(([, remaining]) => remaining)).toEqual([expect.any(String), expect.any(String), undefined]);
  });

  it('without a cache it never sends If-None-Match (no 304s)', async () => {
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    await listSecrets(started.client);
    await listSecrets(started.client);
    expect(started.client.stats.notModified).toBe(0);
    expect(sim.log.map((l) => l.status)).toEqual([200, 200]);
  });

  it.each([403, 429] as const)(
    'retries a secondary rate limit (%i + retry-after) and succeeds',
    async (status) => {
      const started = await simulatedClient(fixtureScenario());
      sim = started.sim;
      sim.switches.secondary = { remaining: 2, status, retryAfterSeconds: 1 };
      const secrets = await listSecrets(started.client);
      expect(secrets).toHaveLength(1);
      expect(sim.log.map((l) => l.status)).toEqual([status, status, 200]);
    },
  );

  it('retries a transient 502 and succeeds', async () => {
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    sim.switches.faults = { remaining: 2, status: 502, drop: false };
    expect(await listSecrets(started.client)).toHaveLength(1);
    expect(started.client.stats.restRequests).toBe(3);
  });

  it('does not retry a 403 denial or a 404', async () => {
    const started = await simulatedClient(fixtureScenario());
    sim = started.sim;
    sim.switches.denials = [{ match: 'GET /repos/acme/api/actions/secrets' }];
    await expect(listSecrets(started.client)).rejects.toMatchObject({ status: 403 });
    expect(started.client.stats.restRequests).toBe(1);
  });

  it('fails fast on an exhausted primary limit whose reset is far away, naming the reset time', async () => {
    const started = await simulatedClient(fixtureScenario(), { maxRateLimitWaitSeconds: 1 });
    sim = started.sim;
    const resetAt = Math.floor(Date.now() / 1000) + 1800;
    sim.switches.rateLimit.core = { limit: 15000, remaining: 0, resetAt };
    const coverage = new Coverage();
    await coverage.read(gaps.repository('acme/api', 'secrets'), HINTS.repoSecrets, () => listSecrets(started.client));
    expect(coverage.gaps).toEqual([
      {
        resource: 'repo:acme/api/secrets',
        reason: `rate limit exhausted; resets at ${new Date(resetAt * 1000).toISOString()}`,
      },
    ]);
  });

  it('never writes the token to its logger', async () => {
    const messages: string[] = [];
    const logger = {
      info: (m: string) => messages.push(m),
      warning: (m: string) => messages.push(m),
      debug: (m: string) => messages.push(m),
    };
    const started = await simulatedClient(fixtureScenario(), { logger });
    sim = started.sim;
    sim.switches.secondary = { remaining: 1, status: 403, retryAfterSeconds: 1 };
    await listSecrets(started.client);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).not.toContain(sim.token);
  });
});
