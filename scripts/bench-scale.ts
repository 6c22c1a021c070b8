// npm run bench:scale [-- --repos 5000 --people 10000]: issue 14's measurements. Three nightly
// audits on a persisting state at GitHub's real budgets (15,000 REST requests and 10,000 GraphQL
// points an hour) and secondary limits (paced by the client, enforced by the simulator), 50 ms
// of latency per request: night 1 reads what the budget allows and names what it defers, night 2
// finishes, night 3 runs after 1% of the repositories changed. Then one departed person's `pre`
// and `post` from the last audit's snapshot. Real time, not simulated. Writes
// bench-results/scale.json and prints a Markdown table.
import { mkdir, writeFile } from 'node:fs/promises';
import { auditSnapshotOf } from '../src/collectors/audit-snapshot.js';
import { collectOrganization } from '../src/collectors/collect-organization.js';
import { collectSubjects } from '../src/collectors/collect-subjects.js';
import { nextReadRecord } from '../src/collectors/read-plan.js';
import { createClient } from '../src/github/client.js';
import { EtagCache } from '../src/github/etag-cache.js';
import type { GitHubClient } from '../src/github/types.js';
import { isOrganizationRead } from '../src/gather/state.js';
import type { RunState } from '../src/state/types.js';
import { startSimulator } from '../simulator/index.js';
import { generateScenario } from '../simulator/scenario/index.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const size = { repos: arg('repos', 5000), people: arg('people', 10000), teams: arg('teams', 500) };
const REST_BUDGET = arg('rest-budget', 15_000);
const DAY = 86_400_000;

console.log(`generating scenario seed 7: ${size.repos} repos, ${size.people} people…`);
const scenario = generateScenario({ seed: 7, size });
const sim = await startSimulator({ scenario, latencyMs: 50, validateResponses: false });
const org = scenario.org;
const t0 = Date.parse(org.now);

const freshHour = () => {
  const reset = Math.floor(Date.now() / 1000) + 3600;
  sim.switches.rateLimit.core = { limit: REST_BUDGET, remaining: REST_BUDGET, resetAt: reset };
  sim.switches.rateLimit.graphql = { limit: 10_000, remaining: 10_000, resetAt: reset };
};
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

interface Measured {
  restRequests: number;
  charged: number;
  notModified: number;
  graphqlRequests: number;
  seconds: number;
  secondaryLimited: number;
  gaps: number;
  deferred: number;
}

async function measure<T>(run: (client: GitHubClient) => Promise<T>, cache: EtagCache): Promise<{ result: T; m: Omit<Measured, 'gaps' | 'deferred'> }> {
  const client = createClient({ token: sim.token, apiUrl: sim.url, graphqlUrl: sim.graphqlUrl, etagCache: cache, maxConcurrency: 16 });
  const from = sim.log.length;
  const started = performance.now();
  const result = await run(client);
  const log = sim.log.slice(from);
  sim.log.length = 0;
  return {
    result,
    m: {
      restRequests: client.stats.restRequests - log.filter((l) => l.path === '/rate_limit').length,
      charged: log.filter((l) => l.route !== 'POST /graphql' && l.cost > 0).length,
      notModified: client.stats.notModified,
      graphqlRequests: client.stats.graphqlRequests,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      secondaryLimited: log.filter((l) => l.secondaryLimited).length,
    },
  };
}

let state = null as RunState | null;
const nights: Measured[] = [];
for (const night of [1, 2, 3]) {
  freshHour();
  const now = new Date(t0 + (night - 1) * DAY);
  if (night === 3) {
    // 1% of the repositories change: a new secret each, logged as GitHub logs it.
    const changed = org.repos.slice(0, Math.ceil(org.repos.length / 100));
    for (const [i, repo] of changed.entries()) {
      const at = now.getTime() - DAY / 2 + i;
      const iso = new Date(at).toISOString();
      repo.secrets.push({ name: `BENCH_${i}`, created_at: iso, updated_at: iso });
      org.audit_log.push({ _document_id: `bench-${i}`, '@timestamp': at, created_at: at, action: 'repo.create_actions_secret', actor: org.members[0].login, repo: `${org.login}/${repo.name}`, org: org.login });
    }
  }
  const cache = EtagCache.unpack(state?.etags);
  console.log(`night ${night}…`);
  const { result: snapshot, m } = await measure(
    (client) =>
      collectOrganization(client, {
        org: org.login,
        now,
        activityWindowDays: 180,
        activityThresholds: { person: [90], repository: [180] },
        ...(state?.reads ? { previousReads: state.reads } : {}),
      }),
    cache,
  );
  const deferred = snapshot.coverage.filter((g) => g.reason.startsWith('deferred by the rate-limit budget')).length;
  nights.push({ ...m, gaps: snapshot.coverage.length, deferred });
  console.log(`  ${JSON.stringify(nights.at(-1))}`);
  state = {
    v: 1,
    fingerprints: {},
    etags: cache.pack(isOrganizationRead),
    runs: [],
    reads: nextReadRecord(state?.reads, snapshot.collectedAt, snapshot.partsRead ?? {}, new Set(snapshot.repositories.map((r) => r.nameWithOwner))),
  };
}

const departure = scenario.departures[0];
const offboarding: Record<string, Measured & { basis: string; items: number }> = {};
for (const phase of ['pre', 'post'] as const) {
  freshHour();
  const now = new Date(t0 + 2 * DAY + (phase === 'pre' ? 1 : 2) * 3_600_000);
  const audit = auditSnapshotOf(state, now);
  const { result: snapshot, m } = await measure(
    (client) => collectSubjects(client, { org: org.login, logins: [departure.login], now, activityWindowDays: 180, auditSnapshot: audit }),
    EtagCache.unpack(state?.etags),
  );
  offboarding[phase] = {
    ...m,
    gaps: snapshot.coverage.length,
    deferred: 0,
    basis: snapshot.readBasis?.kind ?? 'none',
    items: snapshot.grants.length + snapshot.deployKeys.length + snapshot.invitations.length + snapshot.secrets.length + snapshot.patGrants.length + snapshot.credentialAuthorizations.length,
  };
  console.log(`  ${phase}: ${JSON.stringify(offboarding[phase])}`);
}
clearInterval(sampler);
await sim.close();

const results = { size, restBudgetPerHour: REST_BUDGET, latencyMs: 50, secondaryLimits: sim.switches.secondaryLimits, nights, offboarding, peakRssMB: mb(peakRss), measuredAt: new Date().toISOString() };
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/scale.json', `${JSON.stringify(results, null, 2)}\n`);

const row = (name: string, m: Measured, extra = '') =>
  `| ${name} | ${m.restRequests} (${m.charged} charged, ${m.notModified} × 304) | ${m.graphqlRequests} | ${m.seconds} s | ${m.deferred} | ${m.secondaryLimited} | ${extra} |`;
console.log(`
### Nights: ${size.repos} repositories, ${size.people} people (seed 7, 50 ms latency, ${REST_BUDGET} REST/h, secondary limits on)

| run | REST requests | GraphQL requests | wall time | deferred repository parts | secondary-limit 403s | |
| --- | --- | --- | --- | --- | --- | --- |
${nights.map((m, i) => row(`night ${i + 1}`, m)).join('\n')}
${row('offboard pre', offboarding.pre, offboarding.pre.basis)}
${row('offboard post', offboarding.post, offboarding.post.basis)}

Peak RSS (simulator and collector in one process): ${mb(peakRss)} MB.`);
