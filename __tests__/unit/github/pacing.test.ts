import { describe, expect, it } from '@jest/globals';
import {
  earliestStart,
  endpointOf,
  isGraphqlMutation,
  Pacer,
  requestPoints,
  retryAfterSeconds,
  type PacingClock,
} from '../../../src/github/pacing.js';

/** A clock whose sleeps advance time at once: the pacer's decisions without real waiting. */
function simulatedClock(start = 0): PacingClock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
      await Promise.resolve();
    },
  };
}

describe('requestPoints', () => {
  it('charges GitHub points: reads 1, writes and mutations 5', () => {
    expect(requestPoints('GET')).toBe(1);
    expect(requestPoints('head')).toBe(1);
    expect(requestPoints('POST')).toBe(5);
    expect(requestPoints('DELETE')).toBe(5);
    expect(requestPoints('POST', true)).toBe(5);
  });

  it('tells a GraphQL mutation from a query (a query is a POST that costs 1)', () => {
    expect(isGraphqlMutation(JSON.stringify({ query: 'mutation { x }' }))).toBe(true);
    expect(isGraphqlMutation(JSON.stringify({ query: '# comment\n mutation M { x }' }))).toBe(true);
    expect(isGraphqlMutation(JSON.stringify({ query: 'query { mutation: viewer { login } }' }))).toBe(false);
    expect(isGraphqlMutation('not json')).toBe(false);
  });
});

describe('endpointOf', () => {
  it('puts every repository of one list on one endpoint', () => {
    expect(endpointOf('GET', '/repos/acme/api/actions/secrets')).toBe('GET /repos/{owner}/{repo}/actions/secrets');
    expect(endpointOf('GET', '/repos/acme/web/actions/secrets?per_page=100&page=2')).toBe(
      'GET /repos/{owner}/{repo}/actions/secrets',
    );
    expect(endpointOf('GET', '/repos/acme/web/environments/prod/secrets')).toBe(
      'GET /repos/{owner}/{repo}/environments/{}/secrets',
    );
    expect(endpointOf('DELETE', '/repos/acme/web/keys/42')).toBe('DELETE /repos/{owner}/{repo}/keys/{}');
    expect(endpointOf('GET', '/orgs/acme/members')).toBe('GET /orgs/{}/members');
  });

  it('keeps different lists apart (a near miss: same repository, other list)', () => {
    expect(endpointOf('GET', '/repos/acme/api/dependabot/secrets')).not.toBe(
      endpointOf('GET', '/repos/acme/api/actions/secrets'),
    );
    expect(endpointOf('POST', '/repos/acme/api/actions/secrets')).not.toBe(
      endpointOf('GET', '/repos/acme/api/actions/secrets'),
    );
  });
});

describe('earliestStart', () => {
  it('starts now while the window has room', () => {
    expect(earliestStart([{ at: 0, points: 5 }], 10, 1, 10, 1000)).toBe(10);
  });

  it('waits until enough old spending leaves the window', () => {
    const spent = [
      { at: 0, points: 4 },
      { at: 100, points: 4 },
      { at: 200, points: 2 },
    ];
    // 10 of 10 used: one more point fits when the first spending (4) leaves at 1000.
    expect(earliestStart(spent, 300, 1, 10, 1000)).toBe(1000);
    // 5 points need two spendings to leave: at 1100.
    expect(earliestStart(spent, 300, 5, 10, 1000)).toBe(1100);
    // Spending that already left the window does not count.
    expect(earliestStart(spent, 1150, 5, 10, 1000)).toBe(1150);
  });
});

describe('Pacer', () => {
  it('never lets one endpoint spend more than its points in any window', async () => {
    const clock = simulatedClock();
    const pacer = new Pacer({ restPointsPerWindow: 10, graphqlPointsPerWindow: 20, maxConcurrent: 100, windowMs: 1000 }, clock);
    const starts: number[] = [];
    for (let i = 0; i < 35; i += 1) {
      const release = await pacer.acquire({ kind: 'rest', endpoint: 'GET /x' }, 1);
      starts.push(clock.now());
      release();
    }
    for (const start of starts) {
      expect(starts.filter((s) => s > start - 1000 && s <= start).length).toBeLessThanOrEqual(10);
    }
    // 35 requests at 10 a second take just over 3 seconds, not more.
    expect(starts.at(-1)).toBe(3000);
    expect(pacer.stats.waits).toBe(3);
  });

  it('paces each endpoint on its own (a near miss: another endpoint does not wait)', async () => {
    const clock = simulatedClock();
    const pacer = new Pacer({ restPointsPerWindow: 2, graphqlPointsPerWindow: 2, maxConcurrent: 100, windowMs: 1000 }, clock);
    for (let i = 0; i < 2; i += 1) (await pacer.acquire({ kind: 'rest', endpoint: 'GET /a' }, 1))();
    (await pacer.acquire({ kind: 'rest', endpoint: 'GET /b' }, 1))();
    (await pacer.acquire({ kind: 'graphql' }, 1))();
    expect(clock.now()).toBe(0);
    (await pacer.acquire({ kind: 'rest', endpoint: 'GET /a' }, 1))();
    expect(clock.now()).toBe(1000);
  });

  it('charges writes 5 points', async () => {
    const clock = simulatedClock();
    const pacer = new Pacer({ restPointsPerWindow: 10, graphqlPointsPerWindow: 10, maxConcurrent: 100, windowMs: 1000 }, clock);
    for (let i = 0; i < 3; i += 1) (await pacer.acquire({ kind: 'rest', endpoint: 'POST /a' }, 5))();
    expect(clock.now()).toBe(1000);
  });

  it('caps requests in flight and hands a released slot to the next waiter', async () => {
    const pacer = new Pacer({ restPointsPerWindow: 1000, graphqlPointsPerWindow: 1000, maxConcurrent: 3, windowMs: 1000 });
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const release = await pacer.acquire(i % 2 ? { kind: 'graphql' } : { kind: 'rest', endpoint: 'GET /a' }, 1);
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight -= 1;
        release();
      }),
    );
    expect(peak).toBe(3);
    expect(pacer.stats.peakConcurrent).toBe(3);
  });

  it('after retry-after nothing starts before the pause ends, on any endpoint', async () => {
    const clock = simulatedClock(5000);
    const pacer = new Pacer(undefined, clock);
    pacer.pause(30);
    (await pacer.acquire({ kind: 'graphql' }, 1))();
    expect(clock.now()).toBe(35_000);
    expect(pacer.stats.retryAfterPauses).toBe(1);
    // A pause that has passed does not hold anyone (near miss).
    (await pacer.acquire({ kind: 'rest', endpoint: 'GET /a' }, 1))();
    expect(clock.now()).toBe(35_000);
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds or an HTTP date', () => {
    expect(retryAfterSeconds('60', 0)).toBe(60);
    expect(retryAfterSeconds(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(retryAfterSeconds(null, 0)).toBeNull();
    expect(retryAfterSeconds('soon', 0)).toBeNull();
    expect(retryAfterSeconds('-3', 0)).toBeNull();
  });
});
