// The scale benchmark's tables (scripts/bench-scale.ts results → Markdown), each target with
// "met" or "NOT met" as measured. Used by scripts/bench.ts.
const n = (value: number) => value.toLocaleString('en-US');
const yes = (ok: boolean) => (ok ? 'met' : '**NOT met**');

export interface Night {
  night: number;
  kind: string;
  /** REST requests sent, 304s included (`GET /rate_limit` is free and left out). */
  restRequests: number;
  /** REST answers charged to the primary budget (everything but 304s). */
  charged: number;
  notModified: number;
  graphqlRequests: number;
  graphqlPoints: number;
  /** Simulated minutes from the first request to the last. */
  minutes: number;
  secondaryLimited: number;
  /** Repository parts deferred by the budget (one per repository and part). */
  deferred: number;
  /** Deferred-by-budget findings as the audit would raise them: one per part. */
  deferredFindings: number;
  gaps: number;
}
export interface ScaleResult {
  size: { repos: number; people: number; teams: number };
  budgets: { restPerHour: number; graphqlPointsPerHour: number };
  coldReadNights: number | null;
  nights: Night[];
  /** Measured at the issue's size only (bench-scale --no-offboarding leaves it out). */
  offboarding?: Record<
    'pre' | 'post',
    Night & {
      items: number;
      basis: string;
      sameInventoryAsFullRead: boolean;
      fullRead: { restRequests: number };
    }
  >;
  stateMB: number;
  memory: { peakRssMB: number; simulatorHeapMB: number; collectorPeakHeapMB: number | null };
}

function nightsTable(r: ScaleResult): string {
  const row = (name: string, m: Night, extra = '') =>
    `| ${name} | ${n(m.restRequests)} (${n(m.charged)} charged, ${n(m.notModified)} × 304) | ${n(m.graphqlRequests)} (${n(m.graphqlPoints)} points) | ${m.minutes.toFixed(1)} min | ${n(m.deferred)} (${m.deferredFindings} findings) | ${m.secondaryLimited} | ${extra} |`;
  return `| run | REST requests | GraphQL requests | simulated time | deferred repository parts | secondary-limit 403s | |
| --- | --- | --- | --- | --- | --- | --- |
${[
    ...r.nights.map((m) => row(`night ${m.night} (${m.kind})`, m)),
    ...(r.offboarding
      ? [
          row('offboard `pre`', r.offboarding.pre, `${r.offboarding.pre.items} items, same as the full read (${n(r.offboarding.pre.fullRead.restRequests)} REST): ${r.offboarding.pre.sameInventoryAsFullRead ? 'yes' : '**no**'}`),
          row('offboard `post`', r.offboarding.post, `${r.offboarding.post.items} items, same as the full read: ${r.offboarding.post.sameInventoryAsFullRead ? 'yes' : '**no**'}`),
        ]
      : []),
  ].join('\n')}`;
}

export function scaleSection(r: ScaleResult, targets: 'issue' | 'large'): string {
  const last = r.nights.at(-1) as Night;
  const cold = r.nights.filter((m) => m.kind === 'cold');
  const title = `### Nights: ${n(r.size.repos)} repositories, ${n(r.size.people)} people, ${n(r.size.teams)} teams (seed 7, 50 ms latency, ${n(r.budgets.restPerHour)} REST requests and ${n(r.budgets.graphqlPointsPerHour)} GraphQL points an hour, secondary limits)`;
  const rows: [string, string, string, boolean][] = [];
  rows.push([
    'cold read complete',
    r.coldReadNights === null ? 'not within the nights run' : `night ${r.coldReadNights}`,
    targets === 'issue' ? 'by night 2' : 'stated (README)',
    r.coldReadNights !== null && (targets !== 'issue' || r.coldReadNights <= 2),
  ]);
  rows.push([
    'night after 1% changed: REST requests',
    n(last.restRequests),
    '≤ 1,500',
    last.restRequests <= 1500 || targets === 'large',
  ]);
  if (targets === 'issue') {
    rows.push([
      'night after 1% changed: REST + GraphQL requests',
      n(last.restRequests + last.graphqlRequests),
      '≤ 1,500',
      last.restRequests + last.graphqlRequests <= 1500,
    ]);
    rows.push([
      'night after 1% changed: simulated time',
      `${last.minutes.toFixed(1)} min`,
      '≤ 2 min',
      last.minutes <= 2,
    ]);
    for (const phase of ['pre', 'post'] as const) {
      const o = r.offboarding?.[phase];
      if (!o) {
        rows.push([`offboard \`${phase}\` requests`, 'not measured', '≤ 150, same inventory', false]);
        continue;
      }
      rows.push([
        `offboard \`${phase}\` requests`,
        n(o.restRequests + o.graphqlRequests),
        '≤ 150, same inventory',
        o.restRequests + o.graphqlRequests <= 150 && o.sameInventoryAsFullRead,
      ]);
    }
  } else {
    rows.push([
      'night after 1% changed: simulated time',
      `${last.minutes.toFixed(1)} min`,
      '≤ 60 min',
      last.minutes <= 60,
    ]);
    rows.push([
      'night after 1% changed: within the budget',
      `${n(last.charged)} charged REST, ${n(last.graphqlPoints)} points`,
      `≤ ${n(r.budgets.restPerHour)} and ≤ ${n(r.budgets.graphqlPointsPerHour)}`,
      last.charged <= r.budgets.restPerHour && last.graphqlPoints <= r.budgets.graphqlPointsPerHour,
    ]);
    rows.push([
      'longest cold night',
      `${Math.max(...cold.map((m) => m.minutes)).toFixed(1)} min`,
      '≤ 60 min',
      Math.max(...cold.map((m) => m.minutes)) <= 60,
    ]);
  }
  const heap = r.memory.collectorPeakHeapMB;
  rows.push([
    'peak live heap of the collector (above the simulator)',
    heap === null ? 'not measured (needs --expose-gc)' : `${heap} MB`,
    '< 512 MB',
    heap !== null && heap < 512,
  ]);
  return `${title}

${nightsTable(r)}

| target | measured | goal | |
| --- | --- | --- | --- |
${rows.map(([name, measured, goal, ok]) => `| ${name} | ${measured} | ${goal} | ${yes(ok)} |`).join('\n')}

State after the last night: ${r.stateMB} MB. Peak RSS of the process (simulator and collector): ${r.memory.peakRssMB} MB; the simulator's organization alone: ${r.memory.simulatorHeapMB} MB of heap.`;
}
