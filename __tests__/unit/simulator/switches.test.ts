import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { buildScenario } from './fixture.js';
import { gh, graphql } from './http.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ scenario: buildScenario() });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.switches.denials.length = 0;
  sim.switches.secondary.remaining = 0;
  sim.switches.faults.remaining = 0;
  sim.switches.latencyMs = 0;
});

describe('switches', () => {
  it('denies a matching request with 403 and GitHub message, and leaves others alone', async () => {
    sim.switches.denials.push({ match: /^GET \/repos\/acme\/api\/keys$/ });
    const denied = await gh(sim, 'GET', '/repos/acme/api/keys');
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe('Resource not accessible by integration');
    expect((await gh(sim, 'GET', '/repos/acme/api/actions/secrets')).status).toBe(200);
  });

  it('denies with a custom status and message, matching a string prefix', async () => {
    sim.switches.denials.push({
      match: 'GET /orgs/acme/credential-authorizations',
      status: 404,
      message: 'Not Found',
    });
    const r = await gh(sim, 'GET', '/orgs/acme/credential-authorizations?login=bob');
    expect(r.status).toBe(404);
    expect(r.body.message).toBe('Not Found');
  });

  it.each([403, 429] as const)(
    'secondary limit answers %i with retry-after, then recovers',
    async (status) => {
      Object.assign(sim.switches.secondary, { remaining: 2, status, retryAfterSeconds: 7, match: undefined });
      for (let i = 0; i < 2; i++) {
        const r = await gh(sim, 'GET', '/orgs/acme');
        expect(r.status).toBe(status);
        expect(r.headers.get('retry-after')).toBe('7');
        expect(r.body.message).toMatch(/secondary rate limit/);
      }
      expect((await gh(sim, 'GET', '/orgs/acme')).status).toBe(200);
    },
  );

  it('secondary limit can target matching requests only', async () => {
    Object.assign(sim.switches.secondary, {
      remaining: 1,
      status: 403,
      retryAfterSeconds: 1,
      match: /graphql/,
    });
    expect((await gh(sim, 'GET', '/orgs/acme')).status).toBe(200);
    expect((await graphql(sim, '{ viewer { login } }')).status).toBe(403);
    expect((await graphql(sim, '{ viewer { login } }')).status).toBe(200);
  });

  it('fault answers 502 for the next request only', async () => {
    Object.assign(sim.switches.faults, { remaining: 1, status: 502, drop: false, match: undefined });
    expect((await gh(sim, 'GET', '/orgs/acme/teams')).status).toBe(502);
    expect((await gh(sim, 'GET', '/orgs/acme/teams')).status).toBe(200);
  });

  it('fault with drop destroys the socket', async () => {
    Object.assign(sim.switches.faults, { remaining: 1, status: 502, drop: true, match: /members/ });
    await expect(gh(sim, 'GET', '/orgs/acme/members')).rejects.toThrow();
    expect(sim.log.at(-1)).toMatchObject({ route: 'GET /orgs/acme/members', status: 0 });
    expect((await gh(sim, 'GET', '/orgs/acme/members')).status).toBe(200);
  });

  it('adds latency', async () => {
    sim.switches.latencyMs = 120;
    const t = Date.now();
    await gh(sim, 'GET', '/orgs/acme');
    expect(Date.now() - t).toBeGreaterThanOrEqual(110);
  });

  it('exhausts the primary REST budget: 403 with x-ratelimit-remaining 0, recovers after reset', async () => {
    const core = sim.switches.rateLimit.core;
    const saved = { ...core };
    core.remaining = 1;
    try {
      const last = await gh(sim, 'GET', '/orgs/acme');
      expect(last.status).toBe(200);
      expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
      const limited = await gh(sim, 'GET', '/orgs/acme');
      expect(limited.status).toBe(403);
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(limited.body.message).toMatch(/API rate limit exceeded/);
      // A reset time in the past starts a fresh window.
      core.resetAt = Math.floor(Date.now() / 1000) - 1;
      const fresh = await gh(sim, 'GET', '/orgs/acme');
      expect(fresh.status).toBe(200);
      expect(Number(fresh.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    } finally {
      Object.assign(core, saved);
    }
  });
});
