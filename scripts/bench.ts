// npm run bench [-- --small]: every benchmark of the collector, on simulated time (a VirtualClock
// shared by the client and the simulator: 50 ms of latency, pacing under GitHub's secondary
// limits, `retry-after` and the hourly budget reset advance it instead of sleeping, so the
// minutes below are GitHub minutes, the same on every machine).
//
// 1. Comparison: one cold audit collection against the minimal request plan and a naive REST
//    collector, then a rerun with the ETag cache (budgets lifted: this measures requests).
// 2. Scale (scripts/bench-scale.ts, each size in its own process so memory is its own): nightly
//    audits on a persisting state at GitHub's real budgets until the cold read is complete, a
//    night after 1% of the repositories changed, one person's `pre` and `post`. 5,000
//    repositories and 10,000 people, then 50,000 repositories without the offboarding (its
//    target is the issue's size; --large-from FILE takes a 50,000 run already measured with
//    bench-scale --out), or with --small 500 repositories at a tenth of the budget. Writes
//    bench-results/scale.json (scale-small.json with --small).
// Prints Markdown tables, each target with "met" or "NOT met" as measured.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { collectOrganization } from '../src/collectors/collect-organization.js';
import { createClient } from '../src/github/client.js';
import { EtagCache } from '../src/github/etag-cache.js';
import type { GitHubClient } from '../src/github/types.js';
import { VirtualClock } from '../src/github/virtual-clock.js';
import { startSimulator } from '../simulator/index.js';
import { generateScenario } from '../simulator/scenario/index.js';
import { minimalPlan } from './bench/minimal-plan.js';
import { naiveCollect } from './bench/naive-collector.js';
import { scaleSection, type ScaleResult } from './bench/scale-report.js';

const small = process.argv.includes('--small');
const only = process.argv.includes('--only-scale')
  ? 'scale'
  : process.argv.includes('--only-comparison')
    ? 'comparison'
    : 'all';
const size = small ? { repos: 500, people: 1000, teams: 50 } : { repos: 5000, people: 10000, teams: 500 };
/** The naive collector's per-repository calls are measured on this many repositories, then scaled. */
const NAIVE_SAMPLE = small ? Infinity : 100;
const ACTIVITY_WINDOW_DAYS = 180;
const MINUTE = 60_000;
const n = (value: number) => value.toLocaleString('en-US');
const yes = (ok: boolean) => (ok ? 'met' : '**NOT met**');

async function comparison(): Promise<string> {
  process.stderr.write(
    `comparison: ${size.repos} repositories, ${size.people} people, ${size.teams} teams…\n`,
  );
  const scenario = generateScenario({ seed: 7, size });
  const clock = new VirtualClock(Date.parse(scenario.org.now));
  // The same figures however fast or loaded the machine is (see watchRealTimers; BENCH_RACY_CLOCK=1:
  // the clock before it, as in bench-scale.ts).
  const unwatch = process.env.BENCH_RACY_CLOCK ? () => undefined : clock.watchRealTimers();
  const sim = await startSimulator({ scenario, latencyMs: 50, validateResponses: false, clock });
  // This part measures requests, not one hour's budget: lift the simulated limits so the budget
  // guard does not cut the run short (the scale part runs at the real budgets).
  const farReset = Math.floor(clock.now() / 1000) + 365 * 86_400;
  sim.switches.rateLimit.core = { limit: 10_000_000, remaining: 10_000_000, resetAt: farReset };
  sim.switches.rateLimit.graphql = { limit: 10_000_000, remaining: 10_000_000, resetAt: farReset };
  const now = new Date(scenario.org.now);
  const plan = minimalPlan(scenario.org, {
    activityWindowDays: ACTIVITY_WINDOW_DAYS,
    resolutionDays: 30,
    membersPerQuery: 25,
    now,
  });
  const client = (etagCache?: EtagCache): GitHubClient =>
    createClient({
      token: sim.token,
      apiUrl: sim.url,
      graphqlUrl: sim.graphqlUrl,
      etagCache,
      clock,
      retryBaseMs: 0,
      // In process (no loopback socket); BENCH_HTTP=1 goes over HTTP, to check both measure the same.
      ...(process.env.BENCH_HTTP ? {} : { fetch: sim.fetch }),
    });
  const options = {
    org: scenario.org.login,
    now,
    activityWindowDays: ACTIVITY_WINDOW_DAYS,
    activityThresholds: { person: [90], repository: [180] },
  };
  const freeReads = () => {
    const count = sim.log.filter((l) => l.path === '/rate_limit').length;
    sim.log.length = 0;
    return count;
  };
  const timed = async <T>(run: () => Promise<T>) => {
    const start = clock.now();
    const result = await run();
    return { result, minutes: (clock.now() - start) / MINUTE };
  };

  freeReads();
  const cache = new EtagCache();
  const first = client(cache);
  const cold = await timed(() => collectOrganization(first, options));
  const coldRest = first.stats.restRequests - freeReads();
  const coldGaps = cold.result.coverage.length;
  const people = cold.result.people.length;
  const grants = cold.result.grants.length;
  cold.result = undefined as never;

  const naiveClient = client();
  const naive = await timed(() => naiveCollect(naiveClient, scenario.org.login, NAIVE_SAMPLE));
  freeReads();

  const second = client(cache);
  const warm = await timed(() => collectOrganization(second, options));
  const warmRest = second.stats.restRequests - freeReads();
  await sim.close();
  unwatch();

  const coldTotal = coldRest + first.stats.graphqlRequests;
  const planTotal = plan.restRequests + plan.graphqlRequests;
  const share304 = second.stats.notModified / Math.max(1, warmRest);
  const scale = naive.result.repositories / Math.max(1, naive.result.sampled);
  const naiveTotal = Math.round(naive.result.listingRequests + naive.result.perRepositoryRequests * scale);
  const scaled = scale > 1 ? ` (measured on ${naive.result.sampled} repositories, ×${scale.toFixed(0)})` : '';
  const min = (m: number) => `${m.toFixed(1)} min`;
  return `### Comparison: ${n(size.repos)} repositories, ${n(size.people)} people, ${n(size.teams)} teams (seed 7, 50 ms latency, secondary limits, budgets lifted)

| measure | collector | minimal plan | naive REST${scaled} | rerun (ETag) |
| --- | --- | --- | --- | --- |
| REST requests | ${n(coldRest)} | ${n(plan.restRequests)} | ${n(naiveTotal)} | ${n(warmRest)} (${n(second.stats.notModified)} × 304) |
| GraphQL requests | ${n(first.stats.graphqlRequests)} | ${n(plan.graphqlRequests)} | 0 | ${n(second.stats.graphqlRequests)} |
| GraphQL points | ${n(first.stats.graphqlCost)} | — | 0 | ${n(second.stats.graphqlCost)} |
| simulated time | ${min(cold.minutes)} | — | ${min(naive.minutes * scale)} | ${min(warm.minutes)} |
| coverage gaps | ${coldGaps} | — | ${naive.result.failures} failed calls | ${warm.result.coverage.length} |

| target | measured | goal | |
| --- | --- | --- | --- |
| requests vs minimal plan | ${(coldTotal / planTotal).toFixed(2)}× | ≤ 1.2× | ${yes(coldTotal <= 1.2 * planTotal)} |
| naive / collector requests | ${(naiveTotal / coldTotal).toFixed(1)}× | ≥ 10× | ${yes(naiveTotal >= 10 * coldTotal)} |
| simulated time (cold) | ${min(cold.minutes)} | < 10 min | ${yes(cold.minutes < 10)} |
| REST 304s on rerun | ${(share304 * 100).toFixed(1)} % | ≥ 90 % | ${yes(share304 >= 0.9)} |

${n(people)} people, ${n(grants)} grants. \`GET /rate_limit\` reads are free and left out.`;
}

async function scale(args: string[]): Promise<ScaleResult> {
  process.stderr.write(`scale: ${args.join(' ')}…\n`);
  const out = `bench-results/.scale-${process.pid}-${args.join('-')}.json`;
  await mkdir('bench-results', { recursive: true });
  // Its own process (memory is its own); --expose-gc so the simulator's baseline is measured after a collection.
  await promisify(execFile)(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      '--import',
      'tsx',
      'scripts/bench-scale.ts',
      ...args,
      '--out',
      out,
    ],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const result = JSON.parse(await readFile(out, 'utf8')) as ScaleResult;
  await import('node:fs/promises').then((fs) => fs.rm(out, { force: true }));
  return result;
}

const sections: string[] = [];
const results: { issue?: ScaleResult; large?: ScaleResult; note?: string } = {};
if (only !== 'scale') sections.push(await comparison());
if (only !== 'comparison') {
  const issue = small
    ? await scale([
        '--repos',
        '500',
        '--people',
        '1000',
        '--teams',
        '50',
        '--rest-budget',
        '1500',
        '--graphql-budget',
        '1000',
      ])
    : await scale(['--repos', '5000', '--people', '10000', '--teams', '500']);
  results.issue = issue;
  sections.push(scaleSection(issue, 'issue'));
  if (!small) {
    // --large-from <file>: a 50,000 run already measured (bench-scale --out), so that its minutes
    // of real time need not be spent twice; the results say where it came from.
    const from = process.argv.indexOf('--large-from');
    if (from >= 0) results.note = `large: taken from ${process.argv[from + 1]} (scripts/bench-scale.ts --no-offboarding)`;
    const large =
      from >= 0
        ? (JSON.parse(await readFile(process.argv[from + 1], 'utf8')) as ScaleResult)
        : await scale(['--repos', '50000', '--people', '10000', '--teams', '1000', '--no-offboarding']);
    results.large = large;
    sections.push(scaleSection(large, 'large'));
  }
  await writeFile(
    small ? 'bench-results/scale-small.json' : 'bench-results/scale.json',
    `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`,
  );
}
console.log(sections.join('\n\n'));
