// One classification of request failures for every caller, checked against real failures from
// the project's client talking to the simulator (not hand-made error objects only).
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type AddressInfo } from 'node:net';
import { createClient } from '../../../src/github/client.js';
import { classifyError, describeError, type ErrorKind } from '../../../src/github/errors.js';
import { describeFailure } from '../../../src/collectors/coverage.js';
import { describeError as reporterDescribeError } from '../../../src/reporters/request-error.js';
import { startCheckRun } from '../../../src/reporters/check-run.js';
import type { Simulator } from '../../../simulator/index.js';
import { fixtureScenario } from '../collectors/fixture-org.js';
import { simulatedClient } from '../collectors/sim-helpers.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function failureOf(setup: (sim: Simulator) => void, options = {}): Promise<unknown> {
  const started = await simulatedClient(fixtureScenario(), { retries: 1, maxRateLimitWaitSeconds: 0, ...options });
  sim = started.sim;
  setup(sim);
  try {
    await started.client.rest.request('GET /orgs/{org}/members', { org: 'acme' });
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('classifyError on the client’s real failures', () => {
  const cases: [string, (sim: Simulator) => void, ErrorKind, RegExp][] = [
    ['a denial', (s) => s.switches.denials.push({ match: /members/ }), 'permission', /^403 Resource not accessible by integration$/],
    ['a 404', (s) => s.switches.denials.push({ match: /members/, status: 404 }), 'not-found', /^404 Not Found — /],
    [
      'a spent primary limit',
      (s) => (s.switches.rateLimit.core.remaining = 0),
      'rate-limited',
      /^rate limit exhausted; resets at \d{4}-/,
    ],
    [
      'a secondary limit that outlasts the retries',
      (s) => (s.switches.secondary = { remaining: 100, status: 403, retryAfterSeconds: 120 }),
      'secondary-rate-limited',
      /^403 secondary rate limit persisted after retries \(GitHub asks to slow down; not a permission problem\)$/,
    ],
    [
      'a 429 secondary limit',
      (s) => (s.switches.secondary = { remaining: 100, status: 429, retryAfterSeconds: 120 }),
      'secondary-rate-limited',
      /^429 secondary rate limit/,
    ],
    ['a 5xx', (s) => (s.switches.faults = { remaining: 100, status: 503, drop: false }), 'server', /^503 .* after retries$/],
    [
      'a dropped connection',
      (s) => (s.switches.faults = { remaining: 100, status: 502, drop: true }),
      'network',
      /^request failed after retries: /,
    ],
  ];
  it.each(cases)('%s', async (_name, setup, kind, words) => {
    const error = await failureOf(setup);
    expect(classifyError(error).kind).toBe(kind);
    expect(describeError(error)).toMatch(words);
    expect(describeError(error)).not.toContain(sim!.token);
  });

  it('an unreachable host (connection refused) is not a network blip and names the fix', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((done) => probe.close(() => done()));
    const url = `http://127.0.0.1:${port}`;
    const client = createClient({ token: 't', apiUrl: url, graphqlUrl: `${url}/graphql`, retries: 0 });
    const error = await client.rest.request('GET /orgs/{org}', { org: 'acme' }).catch((e: unknown) => e);
    expect(classifyError(error)).toMatchObject({ kind: 'unreachable', transient: false });
    expect(describeError(error)).toMatch(/^GitHub could not be reached \(ECONNREFUSED\): .* check GITHUB_API_URL/);
  });

  it('GraphQL: a spent budget and a forbidden field', () => {
    expect(classifyError({ errors: [{ type: 'RATE_LIMITED' }], message: 'API rate limit exceeded' }).kind).toBe('rate-limited');
    expect(describeError({ errors: [{ type: 'RATE_LIMITED' }], message: 'x' })).toMatch(/^GraphQL rate limit exhausted/);
    expect(classifyError({ errors: [{ type: 'FORBIDDEN' }], message: 'Resource not accessible' }).kind).toBe('permission');
  });

  it('near misses: a 403 without limit headers or wording is a permission; 401 is not', () => {
    expect(classifyError({ status: 403, message: 'Must have admin rights', response: { headers: {} } }).kind).toBe('permission');
    expect(classifyError({ status: 401, message: 'Bad credentials' }).kind).toBe('unauthorized');
    expect(classifyError({ status: 403, message: 'x', response: { headers: { 'x-ratelimit-remaining': '12' } } }).kind).toBe('permission');
  });

  it('the collectors and the reporters use the one description', () => {
    const error = { status: 403, message: 'You have exceeded a secondary rate limit', response: { headers: { 'retry-after': '60' } } };
    expect(describeFailure(error)).toBe(describeError(error));
    expect(reporterDescribeError(error)).toBe(describeError(error));
  });
});

describe('a secondary limit on check-run creation', () => {
  it('is reported as a rate limit, never as "the token cannot create check runs"', async () => {
    const started = await simulatedClient(fixtureScenario(), { retries: 0, maxRateLimitWaitSeconds: 0 });
    sim = started.sim;
    sim.switches.secondary = { remaining: 100, status: 403, retryAfterSeconds: 120, match: /check-runs/ };
    const warnings: string[] = [];
    const outcome = await startCheckRun(started.client, { owner: 'acme', repo: 'offboarding-ops' }, { name: 'x', headSha: 'c'.repeat(40) }, {
      warn: (m) => warnings.push(m),
    }).catch((error: unknown) => ({ thrown: describeError(error) }));
    expect(outcome).toEqual({ thrown: expect.stringMatching(/secondary rate limit/) });
    expect(warnings.join('\n')).not.toMatch(/cannot create check runs/);
  });

  it('near miss: a denial still falls back to the summary as "cannot create check runs"', async () => {
    const started = await simulatedClient(fixtureScenario(), { retries: 0 });
    sim = started.sim;
    sim.switches.denials.push({ match: /check-runs/ });
    const handle = await startCheckRun(started.client, { owner: 'acme', repo: 'offboarding-ops' }, { name: 'x', headSha: 'c'.repeat(40) }, { warn: () => undefined });
    expect(handle).toEqual({ skipped: expect.stringContaining('cannot create check runs') });
  });
});
