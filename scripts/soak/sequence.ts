// The soak's and the fault-injection suite's sequence: a fixed series of runs against the
// simulator (audits, an offboarding's pre and post with the access removed in between), run
// once without faults and once with each step repeated under faults (5xx, dropped connections,
// secondary limits, a state read that fails, two runs at once), each followed by the same clean
// runs. What the organization's repository ends up with — open issues, tracking issues, stored
// state — must be the same: nothing lost, nothing duplicated, nothing claimed that was not read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../../simulator/index.js';
import { scenarioPolicyYaml } from '../../simulator/policy-yaml.js';
import { runAction, type ActionRun } from '../../simulator/runner.js';
import { generateScenario, revokeAccess } from '../../simulator/scenario/index.js';
import type { Scenario } from '../../simulator/state.js';
import { parseMarker } from '../../src/reporters/issue-marker.js';

export const FAULTS = ['5xx', 'drop', 'secondary', 'state-read', 'concurrent'] as const;
export type Fault = (typeof FAULTS)[number];

export interface SequenceOptions {
  seed: number;
  /** Faults for each repetition of each step; empty: the fault-free reference. */
  faults: Fault[];
  /** Only the first steps (an audit and an offboarding's pre): the bounded suite in `npm test`. */
  short?: boolean;
  log?: (line: string) => void;
}

/** An issue as compared: its content hash covers title, body, labels and state (not the run footer). */
interface ObservedIssue {
  title: string;
  state: string;
  hash: string;
}

export interface Observed {
  openIssues: Record<string, ObservedIssue>;
  trackingIssues: Record<string, ObservedIssue>;
  /** Stored files on the state branch, normalized (see normalizeState). */
  state: Record<string, unknown>;
  /** Informational: issues closed along the way (a coverage-gap issue a faulty run opened). */
  closedIssues: number;
  runs: number;
  exitCodes: number[];
}

const root = join(import.meta.dirname, '..', '..');
const repositoryPolicy = readFileSync(join(root, 'policies', 'offboarding-sentinel.yml'), 'utf8');

/** Deterministic choices from the seed (xorshift). */
function random(seed: number): () => number {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 10_000) / 10_000;
  };
}

const hours = (base: string, count: number) => new Date(Date.parse(base) + count * 3_600_000).toISOString();

/**
 * What the state says about the organization, without what only describes runs: the run log
 * (`runs`: one entry per run that could store, which a faulty run may not), the ETag cache
 * (`etags`: request bookkeeping), the activity record (`activity`: what was read when, whose
 * dates depend on which runs read in full; the findings it yields are compared), the issue lock
 * (a lease) and run ids.
 */
export function normalizeState(files: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (path.startsWith('locks/') || /etag/i.test(path)) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = text;
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const { runs: _runs, etags: _etags, activity: _activity, ...rest } = value as Record<string, unknown>;
      value = rest;
    }
    out[path] = value;
  }
  return out;
}

function observe(scenario: Scenario, runs: ActionRun[]): Observed {
  const issues = scenario.org.issues;
  const byKey = (label: string, onlyOpen: boolean) => {
    const result: Record<string, ObservedIssue> = {};
    for (const issue of issues.filter((i) => i.labels.includes(label) && (!onlyOpen || i.state === 'open'))) {
      const marker = parseMarker(issue.body);
      if (!marker) continue;
      // Two issues for one key would collapse here: count them apart (duplicates are a failure).
      const key = result[marker.key] ? `${marker.key} (duplicate #${issue.number})` : marker.key;
      result[key] = { title: issue.title, state: issue.state, hash: marker.hash };
    }
    return result;
  };
  const branch = scenario.org.branches.find((b) => b.name === 'offboarding-sentinel-state');
  const files = Object.fromEntries(
    Object.entries(branch?.files ?? {}).map(([path, file]) => [path, file.content]),
  );
  return {
    openIssues: byKey('offboarding-sentinel', true),
    trackingIssues: byKey('offboarding', false),
    state: normalizeState(files),
    closedIssues: issues.filter((i) => i.labels.includes('offboarding-sentinel') && i.state === 'closed')
      .length,
    runs: runs.length,
    exitCodes: runs.map((run) => run.exitCode),
  };
}

/** Puts one fault in place for the next run; returns how to undo it. */
function arm(sim: Simulator, fault: Fault, next: () => number): () => void {
  switch (fault) {
    case '5xx':
      sim.switches.faults = {
        remaining: 2 + Math.floor(next() * 6),
        status: next() < 0.5 ? 502 : 503,
        drop: false,
      };
      break;
    case 'drop':
      sim.switches.faults = { remaining: 2 + Math.floor(next() * 6), status: 502, drop: true };
      break;
    case 'secondary':
      sim.switches.secondary = {
        remaining: 1 + Math.floor(next() * 3),
        status: next() < 0.5 ? 403 : 429,
        retryAfterSeconds: 1,
      };
      break;
    case 'state-read':
      sim.switches.denials.push({
        match: /^GET \/repos\/[^/]+\/[^/]+\/(contents|git\/blobs)\//,
        status: 403,
      });
      break;
    case 'concurrent':
      break;
  }
  return () => {
    sim.switches.faults = { remaining: 0, status: 502, drop: false };
    sim.switches.secondary = { remaining: 0, status: 403, retryAfterSeconds: 60 };
    sim.switches.denials = [];
  };
}

export async function runSequence(options: SequenceOptions): Promise<Observed> {
  const log = options.log ?? (() => undefined);
  const next = random(options.seed);
  const scenario = generateScenario({ seed: options.seed, size: 'demo' });
  const sim = await startSimulator({ scenario });
  const base = scenario.org.now;
  const files = {
    'policies/offboarding-sentinel.yml': repositoryPolicy,
    'policies/zz-scenario.yml': scenarioPolicyYaml(scenario, ''),
  };
  const person = scenario.departures.find((d) => d.kind === 'clean') ?? scenario.departures[0];
  const runs: ActionRun[] = [];
  const once = async (inputs: Record<string, string>, at: string) => {
    const run = await runAction({
      api: { url: sim.url, graphqlUrl: sim.graphqlUrl, token: sim.token },
      repository: scenario.actionRepo,
      now: at,
      files,
      inputs,
    });
    runs.push(run);
    return run;
  };
  const offboard = (phase: 'pre' | 'post') => ({
    mode: 'offboard',
    phase,
    subjects: person.login,
    'offboarded-at': person.offboarded_at,
    report: 'issues,json',
  });
  const audit = { mode: 'audit', report: 'issues,json' };
  const steps: { name: string; inputs: Record<string, string>; before?: () => void }[] = [
    { name: 'audit', inputs: audit },
    { name: `offboard pre ${person.login}`, inputs: offboard('pre') },
    {
      name: `offboard post ${person.login}`,
      inputs: offboard('post'),
      before: () => revokeAccess(scenario.org, person.login, hours(base, 1.5), 'secops-lead'),
    },
    { name: 'audit', inputs: audit },
  ];
  try {
    for (const [index, step] of (options.short ? steps.slice(0, 2) : steps).entries()) {
      step.before?.();
      const at = hours(base, index + 1);
      const faults = options.faults.length > 0 ? options.faults : [null];
      for (const fault of faults) {
        const disarm = fault ? arm(sim, fault, next) : () => undefined;
        try {
          const results =
            fault === 'concurrent'
              ? await Promise.all([once(step.inputs, at), once(step.inputs, at)])
              : [await once(step.inputs, at)];
          log(
            `  ${step.name.padEnd(28)} ${(fault ?? 'no fault').padEnd(11)} exit ${results.map((r) => r.exitCode).join('/')}`,
          );
        } finally {
          disarm();
        }
      }
    }
    // The same clean runs end both sequences: an audit, and a scheduled post of open offboardings.
    const end = hours(base, steps.length + 1);
    await once(audit, end);
    await once({ mode: 'offboard', phase: 'post', report: 'issues,json' }, end);
    log(
      `  clean audit and scheduled post: exit ${runs
        .slice(-2)
        .map((r) => r.exitCode)
        .join('/')}`,
    );
    return observe(scenario, runs);
  } finally {
    await sim.close();
  }
}

/** Differences between two observations, one line each; empty when they agree. */
export function differences(reference: Observed, faulty: Observed): string[] {
  const lines: string[] = [];
  const compare = (what: string, a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const [x, y] = [JSON.stringify(a[key]), JSON.stringify(b[key])];
      if (x !== y)
        lines.push(
          `${what} ${key}: reference ${x?.slice(0, 200) ?? 'absent'} — with faults ${y?.slice(0, 200) ?? 'absent'}`,
        );
    }
  };
  compare('open issue', reference.openIssues, faulty.openIssues);
  compare('tracking issue', reference.trackingIssues, faulty.trackingIssues);
  compare('state', reference.state, faulty.state);
  return lines;
}
