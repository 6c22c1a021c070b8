// npm run bench:anomaly: the anomaly layer over 90 simulated days. The simulator replays an
// organization (simulator/replay/timeline.ts) with a moving clock; every simulated night the
// action's own run() executes an audit in this process — the same code path as `node
// dist/index.js`, inputs from the environment, the state branch persisting in the simulator
// between nights. Findings of `unapproved-credential-change` and `offboarding-drift` are matched
// against the planted anomalies: per kind precision, recall and nights to detect, and the false
// alarms in the quiet 30-day stretch. Writes bench-results/anomaly.json.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/main.js';
import { startSimulator } from '../simulator/index.js';
import { parseOutputFile } from '../simulator/runner.js';
import {
  advanceTo,
  ANOMALY_KINDS,
  generateReplay,
  type AnomalyKind,
  type PlantedAnomaly,
} from '../simulator/replay/timeline.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DAY_MS = 86_400_000;
const RULES = new Set(['unapproved-credential-change', 'offboarding-drift']);

interface ReportFinding {
  rule: string;
  subject: string | null;
  resource: string;
  fingerprint: string;
  severity: string;
  message: string;
  evidence: Record<string, unknown>;
}

const replay = generateReplay(7);
advanceTo(replay, replay.startMs);
const sim = await startSimulator({
  scenario: {
    org: replay.org,
    actionRepo: replay.actionRepo,
    expected: [],
    nearMisses: [],
    departures: [],
    policy: { serviceAccounts: [], approvedActors: [], approvedWorkflows: [], exemptions: [] },
  },
  validateResponses: false,
});
const farReset = Math.floor(Date.now() / 1000) + 10 * 3600;
sim.switches.rateLimit.core = { limit: 10_000_000, remaining: 10_000_000, resetAt: farReset };
sim.switches.rateLimit.graphql = { limit: 10_000_000, remaining: 10_000_000, resetAt: farReset };

// A new installation: the repository's own policy, nobody approved for credential changes.
const workspace = mkdtempSync(join(tmpdir(), 'sentinel-bench-anomaly-'));
mkdirSync(join(workspace, 'policies'), { recursive: true });
writeFileSync(
  join(workspace, 'policies', 'offboarding-sentinel.yml'),
  readFileSync(join(root, 'policies', 'offboarding-sentinel.yml')),
);

async function night(index: number): Promise<ReportFinding[]> {
  const nowMs = replay.startMs + index * DAY_MS;
  advanceTo(replay, nowMs);
  const dir = mkdtempSync(join(tmpdir(), 'sentinel-night-'));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: sim.url,
    GITHUB_GRAPHQL_URL: sim.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: replay.actionRepo,
    GITHUB_REPOSITORY_OWNER: replay.actionRepo.split('/')[0],
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: String(1000 + index),
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    RUNNER_TEMP: dir,
    OFFBOARDING_SENTINEL_NOW: new Date(nowMs).toISOString(),
    OFFBOARDING_SENTINEL_CONTENT_INTERVAL_MS: '0',
    INPUT_TOKEN: sim.token,
    INPUT_MODE: 'audit',
    INPUT_REPORT: 'json,issues',
    'INPUT_FAIL-ON': 'none',
  };
  writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify({ schedule: '0 3 * * *' }));
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  const saved = { ...process.env };
  Object.assign(process.env, env);
  // @actions/core writes workflow commands to stdout; the benchmark prints its own table.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true);
  try {
    await run(process.env);
  } finally {
    process.stdout.write = write;
    for (const key of Object.keys(env)) delete process.env[key];
    Object.assign(process.env, saved);
    process.exitCode = 0;
  }
  const outputs = parseOutputFile(readFileSync(env.GITHUB_OUTPUT, 'utf8'));
  const report = JSON.parse(readFileSync(outputs['report-path'], 'utf8')) as { findings: ReportFinding[] };
  return report.findings.filter((finding) => RULES.has(finding.rule));
}

/** Which planted anomaly a finding reports, if any. */
function matchOf(finding: ReportFinding, planted: readonly PlantedAnomaly[]): PlantedAnomaly | null {
  if (finding.rule === 'offboarding-drift')
    return planted.find((p) => p.step !== null && p.step === finding.evidence.step) ?? null;
  const events = new Set(
    ((finding.evidence.events as string[] | undefined) ?? []).map((id) => id.replace(/^event:/, '')),
  );
  return planted.find((p) => p.events.some((id) => events.has(id))) ?? null;
}

/** The kind a false alarm would have been: its strongest signal. */
function kindOf(finding: ReportFinding): AnomalyKind {
  if (finding.rule === 'offboarding-drift')
    return finding.evidence.slow ? 'revocation-slowdown' : 'step-skipped';
  const signals = ((finding.evidence.signals as { name: string }[] | undefined) ?? []).map((s) => s.name);
  if (signals.includes('burst')) return 'credential-burst';
  if (signals.includes('new-address')) return 'new-address';
  return 'org-secret-outside-circle';
}

const started = performance.now();
const firstSeen = new Map<string, { night: number; finding: ReportFinding }>();
const detectedAt = new Map<PlantedAnomaly, number>();
// `--nights N` replays only the first N nights (a quick look; the target needs all 90).
const nightsArg = process.argv.indexOf('--nights');
const nightCount =
  nightsArg > 0 ? Math.min(replay.nights, Number(process.argv[nightsArg + 1])) : replay.nights;
for (let index = 0; index < nightCount; index++) {
  const nightStarted = performance.now();
  const findings = await night(index);
  if (process.argv.includes('--verbose'))
    console.log(`  night ${index + 1}: ${Math.round(performance.now() - nightStarted)} ms`);
  for (const finding of findings) {
    if (!firstSeen.has(finding.fingerprint)) firstSeen.set(finding.fingerprint, { night: index, finding });
    const match = matchOf(finding, replay.planted);
    if (match && !detectedAt.has(match)) detectedAt.set(match, index);
  }
  if (index % 10 === 9)
    console.log(
      `  night ${index + 1}/${replay.nights}: ${findings.length} anomaly findings (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
}
await sim.close();

/** The first night whose run can see the anomaly: the first 03:00 after its onset. */
const firstNightAfter = (ms: number) => Math.ceil((ms - replay.startMs) / DAY_MS);
const perKind: Record<
  string,
  {
    planted: number;
    detected: number;
    truePositives: number;
    falsePositives: number;
    precision: number;
    recall: number;
    nightsToDetect: (number | null)[];
  }
> = {};
for (const kind of ANOMALY_KINDS)
  perKind[kind] = {
    planted: 0,
    detected: 0,
    truePositives: 0,
    falsePositives: 0,
    precision: 1,
    recall: 0,
    nightsToDetect: [],
  };
for (const planted of replay.planted) {
  const entry = perKind[planted.kind];
  entry.planted++;
  const night = detectedAt.get(planted);
  if (night !== undefined) entry.detected++;
  entry.nightsToDetect.push(night === undefined ? null : night - firstNightAfter(planted.onsetMs) + 1);
}
let falseAlarmsQuiet = 0;
const falseAlarms: string[] = [];
for (const { night, finding } of firstSeen.values()) {
  const match = matchOf(finding, replay.planted);
  if (match) perKind[match.kind].truePositives++;
  else {
    perKind[kindOf(finding)].falsePositives++;
    falseAlarms.push(`night ${night + 1}: ${finding.message}`);
    if (night >= replay.quiet.fromDay && night <= replay.quiet.toDay) falseAlarmsQuiet++;
  }
}
let tp = 0;
let fp = 0;
let plantedCount = 0;
let detected = 0;
for (const entry of Object.values(perKind)) {
  entry.precision =
    entry.truePositives + entry.falsePositives === 0
      ? 1
      : round(entry.truePositives / (entry.truePositives + entry.falsePositives));
  entry.recall = entry.planted === 0 ? 1 : round(entry.detected / entry.planted);
  tp += entry.truePositives;
  fp += entry.falsePositives;
  plantedCount += entry.planted;
  detected += entry.detected;
}
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
const nights = Object.values(perKind).flatMap((entry) => entry.nightsToDetect);
const result = {
  precision: tp + fp === 0 ? 1 : round(tp / (tp + fp)),
  recall: plantedCount === 0 ? 1 : round(detected / plantedCount),
  falseAlarmsQuiet,
  maxNightsToDetect: nights.some((n) => n === null) ? null : Math.max(...(nights as number[])),
  perKind,
  nights: replay.nights,
  quietStretch: { fromNight: replay.quiet.fromDay + 1, toNight: replay.quiet.toDay + 1 },
  falseAlarms,
  durationSeconds: Math.round((performance.now() - started) / 1000),
};

console.log(
  `\n${replay.nights} nightly audits of ${replay.org.login} in ${result.durationSeconds} s (${replay.timeline.length} audit events, ${replay.trackingIssues.length} offboardings)\n`,
);
console.log('| anomaly | planted | detected | precision | recall | nights to detect |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [kind, entry] of Object.entries(perKind))
  console.log(
    `| ${kind} | ${entry.planted} | ${entry.detected} | ${entry.precision} | ${entry.recall} | ${entry.nightsToDetect.map((n) => n ?? '—').join(', ')} |`,
  );
console.log(
  `| **all** | ${plantedCount} | ${detected} | ${result.precision} | ${result.recall} | max ${result.maxNightsToDetect ?? '—'} |`,
);
console.log(
  `\nfalse alarms in the quiet stretch (nights ${result.quietStretch.fromNight}–${result.quietStretch.toNight}): ${falseAlarmsQuiet}`,
);
for (const alarm of falseAlarms) console.log(`  false alarm, ${alarm}`);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'anomaly.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('\nwrote bench-results/anomaly.json');
const met =
  result.precision >= 0.95 &&
  result.recall >= 0.95 &&
  falseAlarmsQuiet === 0 &&
  result.maxNightsToDetect !== null &&
  result.maxNightsToDetect <= 2;
console.log(
  met
    ? 'target met: precision and recall ≥ 0.95, no quiet false alarm, every anomaly within 2 nights'
    : 'TARGET NOT MET',
);
if (!met) process.exitCode = 1;
