// The benchmark's simulated time: latency and pacing waits advance a VirtualClock shared by the
// client and the simulator instead of sleeping, and a GraphQL query is paced as the 1-point
// read it is (not as a 5-point POST).
import { describe, expect, it } from '@jest/globals';
import { createClient } from '../../../src/github/client.js';
import { VirtualClock } from '../../../src/github/virtual-clock.js';
import { startSimulator } from '../../../simulator/index.js';
import { buildScenario } from '../simulator/fixture.js';

describe('VirtualClock', () => {
  it('jumps to the earliest sleeper once nothing else runs, in order', async () => {
    const clock = new VirtualClock(1000);
    const woke: string[] = [];
    await Promise.all([
      clock.sleep(500).then(() => woke.push(`b@${clock.now()}`)),
      clock.sleep(100).then(() => woke.push(`a@${clock.now()}`)),
      clock.busy(async () => {
        // Real work holds time still.
        await new Promise((resolve) => setTimeout(resolve, 20));
        woke.push(`busy@${clock.now()}`);
      }),
    ]);
    expect(woke).toEqual(['busy@1000', 'a@1100', 'b@1500']);
  });
});

describe('VirtualClock.watchRealTimers', () => {
  // A library that yields a few turns with setTimeout(0) (as Bottleneck does) before its own wait.
  const library = async (clock: VirtualClock, woke: string[]) => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    await clock.sleep(10);
    woke.push(`library@${clock.now()}`);
  };

  it('holds time still until short real timers have fired, so the library waits from time 0', async () => {
    const clock = new VirtualClock(0);
    const unwatch = clock.watchRealTimers();
    try {
      const woke: string[] = [];
      await Promise.all([library(clock, woke), clock.sleep(20).then(() => woke.push(`other@${clock.now()}`))]);
      expect(woke).toEqual(['library@10', 'other@20']);
    } finally {
      unwatch();
    }
  });

  it('without it, time may jump while those timers are pending', async () => {
    const clock = new VirtualClock(0);
    const woke: string[] = [];
    await Promise.all([library(clock, woke), clock.sleep(20).then(() => woke.push(`other@${clock.now()}`))]);
    expect(woke).toEqual(['other@20', 'library@30']);
  });

  it('lets a cleared short timer go, does not wait for long ones, and puts the globals back', async () => {
    const original = { set: globalThis.setTimeout, clear: globalThis.clearTimeout };
    const clock = new VirtualClock(0);
    const unwatch = clock.watchRealTimers();
    let fired = false;
    try {
      clearTimeout(setTimeout(() => undefined, 5));
      const long = setTimeout(() => undefined, 10_000);
      await clock.sleep(100);
      expect(clock.now()).toBe(100);
      clearTimeout(long);
      setTimeout(() => (fired = true), 0);
    } finally {
      unwatch();
    }
    expect(globalThis.setTimeout).toBe(original.set);
    // A timer set while watching still runs after, and then clearTimeout is the original again.
    await new Promise((resolve) => setImmediate(resolve));
    expect(fired).toBe(true);
    expect(globalThis.clearTimeout).toBe(original.clear);
  });
});

describe('the client on simulated time', () => {
  it('spends latency and pacing waits on the clock, and paces GraphQL queries at one point each', async () => {
    const clock = new VirtualClock(Date.parse('2026-11-27T03:00:00Z'));
    const sim = await startSimulator({ scenario: buildScenario({}), latencyMs: 50, clock });
    try {
      const client = createClient({
        token: sim.token,
        apiUrl: sim.url,
        graphqlUrl: sim.graphqlUrl,
        clock,
        retryBaseMs: 0,
        pacing: { restPointsPerWindow: 900, graphqlPointsPerWindow: 3, maxConcurrent: 100, windowMs: 60_000 },
      });
      const started = clock.now();
      const real = performance.now();
      for (let i = 0; i < 3; i++) await client.graphql('query { viewer { login } }');
      // Three queries fit the window of three points: latency only.
      expect(clock.now() - started).toBe(150);
      await client.graphql('query { viewer { login } }');
      // The fourth waits for the first to leave the window: a simulated minute, not a real one.
      expect(clock.now() - started).toBeGreaterThanOrEqual(60_000);
      expect(performance.now() - real).toBeLessThan(20_000);
      expect(sim.log.filter((l) => l.secondaryLimited)).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});
