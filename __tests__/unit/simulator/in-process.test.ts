// The simulator's in-process transport (Simulator.fetch, used by the benchmark) serves the same
// exchanges as its HTTP server: authentication, ETags and 304s, faults, the GraphQL endpoint and
// the request log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { buildScenario } from './fixture.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ scenario: buildScenario() });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.switches.faults.remaining = 0;
  sim.log.length = 0;
});

const auth = () => ({ authorization: `token ${sim.token}` });

/** The parts of an answer a client sees, without the per-request id and the socket's own headers. */
async function seen(response: Response) {
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    link: response.headers.get('link'),
    remaining: response.headers.get('x-ratelimit-remaining') !== null,
    type: response.headers.get('content-type'),
    body: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

describe('Simulator.fetch', () => {
  it('answers a REST read as the HTTP server does, with its URL, and logs it the same way', async () => {
    const url = `${sim.url}/repos/acme/api/keys?per_page=1`;
    const overHttp = await fetch(url, { headers: auth() });
    const inProcess = await sim.fetch(url, { headers: auth() });
    expect(inProcess.url).toBe(url);
    expect(await seen(inProcess)).toEqual(await seen(overHttp));
    expect(sim.log.map(({ at: _at, ...entry }) => entry)).toEqual([
      { method: 'GET', route: 'GET /repos/{owner}/{repo}/keys', path: '/repos/acme/api/keys?per_page=1', status: 200, cost: 1 },
      { method: 'GET', route: 'GET /repos/{owner}/{repo}/keys', path: '/repos/acme/api/keys?per_page=1', status: 200, cost: 1 },
    ]);
  });

  it('answers 304 without a body to a matching If-None-Match, free of the rate limit', async () => {
    const url = `${sim.url}/repos/acme/api/actions/secrets`;
    const first = await sim.fetch(url, { headers: auth() });
    const etag = first.headers.get('etag')!;
    const before = sim.switches.rateLimit.core.remaining;
    const again = await sim.fetch(new Request(url, { headers: { ...auth(), 'if-none-match': etag } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(sim.switches.rateLimit.core.remaining).toBe(before);
  });

  it('refuses a bad token and serves GraphQL from a POST body', async () => {
    expect((await sim.fetch(`${sim.url}/orgs/acme`, { headers: { authorization: 'token nope' } })).status).toBe(401);
    const answer = await sim.fetch(sim.graphqlUrl, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query { viewer { login } }' }),
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { viewer: { login: 'sentinel-bot' } } });
  });

  it('fails a dropped connection as fetch does, and a 5xx fault as a 5xx', async () => {
    Object.assign(sim.switches.faults, { remaining: 1, status: 502, drop: true });
    await expect(sim.fetch(`${sim.url}/orgs/acme`, { headers: auth() })).rejects.toThrow('fetch failed');
    Object.assign(sim.switches.faults, { remaining: 1, status: 502, drop: false });
    expect((await sim.fetch(`${sim.url}/orgs/acme`, { headers: auth() })).status).toBe(502);
    expect(sim.concurrency().now).toBe(0);
  });

  it('honours an aborted signal', async () => {
    await expect(sim.fetch(`${sim.url}/orgs/acme`, { headers: auth(), signal: AbortSignal.abort() })).rejects.toThrow();
  });
});
