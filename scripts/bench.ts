// npm run bench [-- --small]: the collector against a large simulated organization with 50 ms
// latency, compared with the API map's minimal plan and with a naive REST collector, then a
// rerun with the ETag cache. Prints a Markdown table the README can quote.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { collectOrganization } from '../src/collectors/collect-organization.js';
import { createClient } from '../src/github/client.js';
import { EtagCache } from '../src/github/etag-cache.js';
import type { GitHubClient } from '../src/github/types.js';
import { naiveCollect } from './bench/naive-collector.js';
import type { SimReady } from './bench/sim-process.js';

const small = process.argv.includes('--small');
const size = small ? { repos: 500, people: 1000, teams: 50 } : { repos: 5000, people: 10000, teams: 500 };
/** The naive collector's per-repository calls are measured on this many repositories, then scaled. */
const NAIVE_SAMPLE = small ? Infinity : 100;
const ACTIVITY_WINDOW_DAYS = 180;

console.log(
  `generating scenario seed 7: ${size.repos} repos, ${size.people} people, ${size.teams} teams (simulator in a child process)…`,
);
const child = fork(
  fileURLToPath(new URL('./bench/sim-process.ts', import.meta.url)),
  [size.repos, size.people, size.teams, ACTIVITY_WINDOW_DAYS].map(String),
  {
    execArgv: ['--import', 'tsx'],
  },
);
const next = <T>(type: string) =>
  new Promise<T>((resolve) => {
    const on = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off('message', on);
      resolve(message as T);
    };
    child.on('message', on);
  });
const ready = await next<SimReady>('ready');
const rateLimitReads = async () => {
  const reply = next<{ count: number }>('rate-limit-reads');
  child.send({ type: 'rate-limit-reads' });
  return (await reply).count;
};

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const now = new Date(ready.now);
const client = (etagCache?: EtagCache): GitHubClient =>
  createClient({ token: ready.token, apiUrl: ready.url, graphqlUrl: ready.graphqlUrl, etagCache });
async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}
const started = performance.now();
const logger = {
  info: (m: string) => console.log(`  [${((performance.now() - started) / 1000).toFixed(0)} s] ${m}`),
  warning: (m: string) =>
    console.log(`  [${((performance.now() - started) / 1000).toFixed(0)} s] warning: ${m}`),
  debug: () => undefined,
};
// As an audit with the default policy asks: exact dates where 30-day windows would decide
// stale-member (90 days) or unused-write-access (180 days), and for outside collaborators.
const options = { org: ready.org, now, activityWindowDays: ACTIVITY_WINDOW_DAYS, activityThresholds: { person: [90], repository: [180] }, logger };
/** Peak RSS of one phase: the sampler's running maximum, restarted per phase. */
const restartPeak = () => (peakRss = process.memoryUsage().rss);

console.log('collectOrganization (cold)…');
const cache = new EtagCache();
const first = client(cache);
await rateLimitReads();
restartPeak();
const cold = await timed(() => collectOrganization(first, options));
const coldFree = await rateLimitReads();
const coldPeak = peakRss;
console.log(
  `  cold: ${first.stats.restRequests - coldFree} REST, ${first.stats.graphqlRequests} GraphQL (${first.stats.graphqlCost} points), ${(cold.ms / 1000).toFixed(1)} s, peak ${mb(coldPeak)}`,
);
const coldSummary = {
  people: cold.result.people.length,
  grants: cold.result.grants.length,
  gaps: cold.result.coverage.length,
};
cold.result = undefined as never; // let the snapshot go before the rerun

console.log('naive REST collector…');
const naiveClient = client();
restartPeak();
const naive = await timed(() => naiveCollect(naiveClient, ready.org, NAIVE_SAMPLE));
await rateLimitReads();
console.log(
  `  naive: ${naiveClient.stats.restRequests} REST on ${naive.result.sampled} repositories, ${(naive.ms / 1000).toFixed(1)} s`,
);

console.log('collectOrganization (rerun with the ETag cache)…');
const second = client(cache);
restartPeak();
const warm = await timed(() => collectOrganization(second, options));
const warmPeak = peakRss;
const warmFree = await rateLimitReads();
clearInterval(sampler);
child.send({ type: 'close' });

const plan = ready.plan;
const collectorPeak = Math.max(coldPeak, warmPeak);
const coldRest = first.stats.restRequests - coldFree;
const coldTotal = coldRest + first.stats.graphqlRequests;
const planTotal = plan.restRequests + plan.graphqlRequests;
const warmRest = second.stats.restRequests - warmFree;
const share304 = second.stats.notModified / Math.max(1, warmRest);
const scale = naive.result.repositories / Math.max(1, naive.result.sampled);
const naiveTotal = Math.round(naive.result.listingRequests + naive.result.perRepositoryRequests * scale);
const naiveMs = naive.ms * scale;
const scaled =
  scale > 1 ? ` (measured on ${naive.result.sampled} repositories, scaled ×${scale.toFixed(0)})` : '';
const row = (name: string, value: string, goal: string, ok: boolean) =>
  `| ${name} | ${value} | ${goal} | ${ok ? 'yes' : 'NO'} |`;

console.log(`
### Benchmark: ${size.repos} repositories, ${size.people} people, ${size.teams} teams (seed 7, 50 ms latency)

| measure | collector | minimal plan | naive REST${scaled} | rerun (ETag) |
| --- | --- | --- | --- | --- |
| REST requests | ${coldRest} | ${plan.restRequests} (plan as written: ${plan.restRequestsFullPlan}) | ${naiveTotal} | ${warmRest} (${second.stats.notModified} × 304) |
| GraphQL requests | ${first.stats.graphqlRequests} | ${plan.graphqlRequests} | 0 | ${second.stats.graphqlRequests} |
| GraphQL cost (points) | ${first.stats.graphqlCost} | — | 0 | ${second.stats.graphqlCost} |
| wall time | ${(cold.ms / 1000).toFixed(1)} s | — | ${(naiveMs / 1000).toFixed(1)} s | ${(warm.ms / 1000).toFixed(1)} s |
| peak RSS (this process) | ${mb(coldPeak)} | — | — | ${mb(warmPeak)} |
| coverage gaps | ${coldSummary.gaps} | — | ${naive.result.failures} failed calls | ${warm.result.coverage.length} |

| target | measured | goal | met |
| --- | --- | --- | --- |
${row('requests vs minimal plan', `${(coldTotal / planTotal).toFixed(2)}×`, '≤ 1.2×', coldTotal <= 1.2 * planTotal)}
${row('naive / collector requests', `${(naiveTotal / coldTotal).toFixed(1)}×`, '≥ 10×', naiveTotal >= 10 * coldTotal)}
${row('wall time (cold)', `${(cold.ms / 1000).toFixed(1)} s`, '< 10 min', cold.ms < 600_000)}
${row('peak memory (collector)', mb(collectorPeak), '< 512 MB', collectorPeak < 512 * 1024 * 1024)}
${row('REST 304s on rerun', `${(share304 * 100).toFixed(1)} %`, '≥ 90 %', share304 >= 0.9)}

${coldSummary.people} people, ${coldSummary.grants} grants. The minimal plan counts what this action reads (3 REST lists per repository: Actions secrets, Dependabot secrets, invitations; keys where GraphQL counted some; one list per environment; organization lists) and activity as presence in 30-day windows, 25 members per query, plus one exact-date query per outside collaborator (they are not in \`membersWithRole\`); the collector adds exact-date queries for the members whose window straddles a threshold. \`GET /rate_limit\` reads are free and excluded.`);
