// npm run bench:scale [-- --repos 5000 --people 10000 --teams 500 --out name]: issue 14's
// measurements on simulated time. Nightly audits on a persisting state (packed to JSON and read
// back between nights) at GitHub's real budgets (15,000 REST requests and 10,000 GraphQL points
// an hour for an App installation on Enterprise Cloud) and secondary limits (paced by the
// client, enforced by the simulator), 50 ms of latency per request: the cold read night after
// night until nothing is deferred, then a night after 1% of the repositories changed, then one
// departed person's `pre` and `post` from the last audit's snapshot, compared with a full read.
// The client and the simulator share a VirtualClock, so minutes are simulated minutes: the same
// figures on every machine, measured in seconds of real time. Prints JSON (and writes it with
// --out) for scripts/bench.ts, which makes the tables.
import { mkdir, writeFile } from 'node:fs/promises';
import { auditSnapshotOf } from '../src/collectors/audit-snapshot.js';
import { collectOrganization } from '../src/collectors/collect-organization.js';
import { collectSubjects } from '../src/collectors/collect-subjects.js';
import { DEFERRED_REASON } from '../src/coverage/read-record.js';
import { carriedFrom, carriedReads } from '../src/state/carried-reads.js';
import { nextState } from '../src/state/history.js';
import { DAY_MS, HOUR_MS } from '../src/rules/time.js';
import { createClient } from '../src/github/client.js';
import { EtagCache } from '../src/github/etag-cache.js';
import { VirtualClock } from '../src/github/virtual-clock.js';
import type { GitHubClient } from '../src/github/types.js';
import { isOrganizationRead } from '../src/gather/state.js';
import type { Snapshot } from '../src/model.js';
import type { RunState } from '../src/state/types.js';
import { startSimulator } from '../simulator/index.js';
import { addLoggedSecret, generateScenario } from '../simulator/scenario/index.js';
import type { Night } from './bench/scale-report.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const out = (() => {
  const i = process.argv.indexOf('--out');
  return i >= 0 ? process.argv[i + 1] : null;
})();
const size = { repos: arg('repos', 5000), people: arg('people', 10000), teams: arg('teams', 500) };
const REST_BUDGET = arg('rest-budget', 15_000);
const GRAPHQL_BUDGET = arg('graphql-budget', 10_000);
const MAX_COLD_NIGHTS = arg('max-nights', 20);
// The offboarding's target is the size; at 50,000 repositories its full read alone would
// cost four nights' budget (bench.ts passes --no-offboarding there).
const withOffboarding = !process.argv.includes('--no-offboarding');
const LATENCY_MS = 50;
const MINUTE = 60_000;

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};
const sampler = setInterval(sample, 50);
// The live heap (after a full collection, so garbage not yet collected does not count), every
// two seconds of real time: with --expose-gc only (bench.ts passes it).
let nextLive = 0;
const live = () => {
  if (!global.gc || performance.now() < nextLive) return;
  // The live heap is at most the heap in use before a collection: when that is not above the
  // peak, a full collection (a large share of the real time at 50,000) cannot raise it.
  if (process.memoryUsage().heapUsed <= peakHeap) return;
  const started = performance.now();
  global.gc();
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  // Full collections take at most a tenth of the real time (a large heap takes long to collect).
  nextLive = performance.now() + 9 * (performance.now() - started);
};
const liveSampler = setInterval(live, 2000);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const scenario = generateScenario({ seed: 7, size });
const org = scenario.org;
const t0 = Date.parse(org.now);
const clock = new VirtualClock(t0);
// Simulated time waits for the libraries' own turns of the event loop: the same figures however
// fast or loaded the machine is (see watchRealTimers). BENCH_RACY_CLOCK=1: the clock before that
// (time could jump during those turns), to compare with figures measured with it.
if (!process.env.BENCH_RACY_CLOCK) clock.watchRealTimers();
const sim = await startSimulator({ scenario, latencyMs: LATENCY_MS, validateResponses: false, clock });
sim.switches.rateLimit.core = {
  limit: REST_BUDGET,
  remaining: REST_BUDGET,
  resetAt: Math.floor(t0 / 1000) + 3600,
};
sim.switches.rateLimit.graphql = {
  limit: GRAPHQL_BUDGET,
  remaining: GRAPHQL_BUDGET,
  resetAt: Math.floor(t0 / 1000) + 3600,
};
// What the simulator itself holds (the generated organization) before any run: the collector's
// own memory is the peak above it.
global.gc?.();
const simulatorHeap = process.memoryUsage().heapUsed;
peakHeap = simulatorHeap;
peakRss = process.memoryUsage().rss;

/** A run's measurements: the report's night (scale-report.ts) plus where the requests went. */
interface Measured extends Omit<Night, 'night' | 'kind'> {
  retryAfterPauses: number;
  byRoute: Record<string, number>;
}

/** REST requests per route, the largest first: where a night's requests go. */
function byRoute(log: readonly { route: string }[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const entry of log) counts.set(entry.route, (counts.get(entry.route) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).slice(0, 8));
}

async function measure<T>(
  run: (client: GitHubClient) => Promise<T>,
  cache: EtagCache,
): Promise<{ result: T; m: Omit<Measured, 'gaps' | 'deferred' | 'deferredFindings'> }> {
  const client = createClient({
    token: sim.token,
    apiUrl: sim.url,
    graphqlUrl: sim.graphqlUrl,
    etagCache: cache,
    maxConcurrency: 16,
    clock,
    retryBaseMs: 0,
    // In process (no loopback socket); BENCH_HTTP=1 goes over HTTP, to check both measure the same.
    ...(process.env.BENCH_HTTP ? {} : { fetch: sim.fetch }),
  });
  sim.log.length = 0;
  const started = clock.now();
  const realStart = performance.now();
  const result = await run(client);
  process.stderr.write(
    `  (${((performance.now() - realStart) / 1000).toFixed(1)} s real, ${clock.advances} clock advances)\n`,
  );
  const log = sim.log;
  const rest = log.filter((l) => l.route !== 'POST /graphql' && l.path !== '/rate_limit');
  const m = {
    restRequests: rest.length,
    charged: rest.filter((l) => l.status !== 304).length,
    notModified: rest.filter((l) => l.status === 304).length,
    graphqlRequests: log.length - rest.length - log.filter((l) => l.path === '/rate_limit').length,
    graphqlPoints: client.stats.graphqlCost,
    minutes: Math.round(((clock.now() - started) / MINUTE) * 10) / 10,
    secondaryLimited: log.filter((l) => l.secondaryLimited).length,
    retryAfterPauses: client.pacing?.retryAfterPauses ?? 0,
    byRoute: byRoute(rest),
  };
  sim.log.length = 0;
  return { result, m };
}

const gapCounts = (snapshot: Snapshot) => {
  const deferred = snapshot.coverage.filter((g) => g.reason === DEFERRED_REASON);
  return {
    gaps: snapshot.coverage.length,
    deferred: deferred.length,
    deferredFindings: new Set(deferred.map((g) => g.resource.split('/').at(-1))).size,
  };
};

let state = null as RunState | null;
let stateBytes = 0;
const nights: (Measured & { night: number; kind: 'cold' | 'incremental' })[] = [];
let coldNights = 0;
let coldComplete = false;
const offboarding: Record<
  string,
  Measured & {
    basis: string;
    items: number;
    sameInventoryAsFullRead: boolean;
    fullRead: { restRequests: number; graphqlRequests: number };
  }
> = {};
// BENCH_LOG=1: the collector's progress, stamped with simulated minutes (where a night's time goes).
const logger = {
  info: (m: string) =>
    void (
      process.env.BENCH_LOG &&
      process.stderr.write(`  [${((clock.now() - t0) / MINUTE).toFixed(1)} min] ${m}\n`)
    ),
  warning: (m: string) =>
    void (
      process.env.BENCH_LOG &&
      process.stderr.write(`  [${((clock.now() - t0) / MINUTE).toFixed(1)} min] warning: ${m}\n`)
    ),
  debug: () => undefined,
};
const options = (now: Date) => ({
  org: org.login,
  now,
  logger,
  activityWindowDays: 180,
  activityThresholds: { person: [90], repository: [180] },
  deployKeyThresholds: { unusedDays: [90], neverUsedDays: [30] },
  ...carriedFrom(state),
});
async function night(kind: 'cold' | 'incremental'): Promise<number> {
  const now = new Date(clock.now());
  const cache = EtagCache.unpack(state?.etags);
  const { result: snapshot, m } = await measure((client) => collectOrganization(client, options(now)), cache);
  const counts = gapCounts(snapshot);
  if (process.env.BENCH_GAPS) process.stderr.write(`${JSON.stringify(snapshot.coverage.slice(0, 5))}\n`);
  nights.push({ night: nights.length + 1, kind, ...m, ...counts });
  process.stderr.write(`night ${nights.length} (${kind}): ${JSON.stringify(nights.at(-1))}\n`);
  // What is measured so far survives an interrupted run.
  await write(false);
  // For profiling the collector on one night.
  if (Number(process.env.BENCH_STOP_AFTER_NIGHT) === nights.length) process.exit(0);
  // As the audit keeps it (evaluate/audit.ts): the ETags of organization reads and what the deltas need.
  const next = nextState(state, [], snapshot.collectedAt, {
    mode: 'audit',
    etags: cache.pack(isOrganizationRead),
    ...carriedReads(state, snapshot),
  });
  // Persisted as the state store would: the next night starts from the JSON, not from objects.
  const text = JSON.stringify(next);
  stateBytes = Math.max(stateBytes, Buffer.byteLength(text));
  state = JSON.parse(text) as RunState;
  return counts.deferred;
}

// The cold read: night after night until nothing is deferred.
for (;;) {
  coldNights += 1;
  const deferred = await night('cold');
  clock.skip(t0 + coldNights * DAY_MS - clock.now());
  if (deferred === 0 || coldNights >= MAX_COLD_NIGHTS) break;
}
coldComplete = nights.at(-1)?.deferred === 0;
// A complete night more (what an unchanged organization costs once the cold read is done)…
await night('incremental');
clock.skip(t0 + (coldNights + 1) * DAY_MS - clock.now());
// …then 1% of the repositories change: a new secret each, logged as GitHub logs it.
const changed = org.repos.slice(0, Math.ceil(org.repos.length / 100));
for (const [i, repo] of changed.entries()) {
  addLoggedSecret(org, repo, { name: `BENCH_${i}`, atMs: clock.now() - DAY_MS / 2 + i, actor: org.members[0].login, eventId: `bench-${i}` });
}
await night('incremental');
clock.skip(HOUR_MS);

// One departed person, from the snapshot and (for the inventory) from a full read.
const departure = scenario.departures[0];
const inventory = (snapshot: Snapshot): string[] =>
  [
    ...snapshot.grants.map((g) => `grant ${g.login} ${g.repo} ${g.permission}`),
    ...[
      snapshot.deployKeys,
      snapshot.invitations,
      snapshot.secrets,
      snapshot.patGrants,
      snapshot.credentialAuthorizations,
    ].flatMap((items: readonly object[]) => items.map((item) => JSON.stringify(item))),
  ].sort();
for (const phase of withOffboarding ? (['pre', 'post'] as const) : []) {
  const now = new Date(clock.now());
  const subjectOptions = { org: org.login, logins: [departure.login], now, activityWindowDays: 180 };
  const audit = auditSnapshotOf(state, now);
  const { result: snapshot, m } = await measure(
    (client) => collectSubjects(client, { ...subjectOptions, auditSnapshot: audit }),
    EtagCache.unpack(state?.etags),
  );
  const { result: full, m: fullM } = await measure(
    (client) => collectSubjects(client, subjectOptions),
    EtagCache.unpack(state?.etags),
  );
  const items = inventory(snapshot);
  offboarding[phase] = {
    ...m,
    ...gapCounts(snapshot),
    basis: snapshot.readBasis?.kind ?? 'none',
    items: items.length,
    sameInventoryAsFullRead: JSON.stringify(items) === JSON.stringify(inventory(full)),
    fullRead: { restRequests: fullM.restRequests, graphqlRequests: fullM.graphqlRequests },
  };
  process.stderr.write(`offboard ${phase}: ${JSON.stringify(offboarding[phase])}\n`);
  clock.skip(HOUR_MS);
}
clearInterval(sampler);
clearInterval(liveSampler);
sample();
await sim.close();
await write(true);

async function write(complete: boolean): Promise<void> {
  const results = {
    complete,
    size,
    budgets: { restPerHour: REST_BUDGET, graphqlPointsPerHour: GRAPHQL_BUDGET },
    latencyMs: LATENCY_MS,
    secondaryLimits: sim.switches.secondaryLimits,
    coldReadNights: coldComplete ? coldNights : null,
    nights,
    ...(withOffboarding ? { offboarding } : {}),
    stateMB: Math.round((stateBytes / 1024 / 1024) * 10) / 10,
    memory: {
      peakRssMB: mb(peakRss),
      simulatorHeapMB: mb(simulatorHeap),
      // Live heap above the simulator's organization, sampled after full collections (null without --expose-gc).
      collectorPeakHeapMB: global.gc ? mb(peakHeap - simulatorHeap) : null,
    },
    virtualClockAdvances: clock.advances,
  };
  if (out) {
    await mkdir('bench-results', { recursive: true });
    await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  }
  if (complete) console.log(JSON.stringify(results));
}
