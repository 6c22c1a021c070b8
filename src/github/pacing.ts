// Pacing under GitHub's secondary limits: at most 900 points a minute on one REST endpoint and
// 2,000 on GraphQL (GET/HEAD/OPTIONS and GraphQL queries cost 1 point, writes and mutations 5),
// at most 100 requests in flight shared by both, and a pause for everyone when GitHub answers
// with `retry-after`. A limit GitHub enforces cannot be read ahead of time, so the client keeps
// its own account and waits before it would cross one, instead of learning from 403s.

/** The time source: real in production, simulated in the benchmark (it may skip waits). */
export interface PacingClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A simulated clock only (virtual-clock.ts): real work during which simulated time stands still. */
  busy?<T>(work: () => Promise<T>): Promise<T>;
  /** A simulated clock only: a simulated wait (the server's latency) inside `busy` work. */
  away?(ms: number): Promise<void>;
}

export const realClock: PacingClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface PacingLimits {
  /** Points a minute on one REST endpoint (900 on github.com). */
  restPointsPerWindow: number;
  /** Points a minute on the GraphQL endpoint (2,000 on github.com). */
  graphqlPointsPerWindow: number;
  /** Requests in flight at once, REST and GraphQL together (100 on github.com). */
  maxConcurrent: number;
  /** The window the points are counted in (a minute on github.com; tests shorten it). */
  windowMs: number;
}

export const GITHUB_SECONDARY_LIMITS: PacingLimits = {
  restPointsPerWindow: 900,
  graphqlPointsPerWindow: 2000,
  maxConcurrent: 100,
  windowMs: 60_000,
};

/**
 * GitHub's point cost of one request: a read 1, a write 5. A GraphQL query is a read although
 * it is a POST; only a mutation costs 5.
 */
export function requestPoints(method: string, graphqlMutation = false, graphql = false): number {
  if (graphqlMutation) return 5;
  if (graphql) return 1;
  return ['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase()) ? 1 : 5;
}

/** Whether a GraphQL request body is a mutation (the only GraphQL write; it costs 5 points). */
export function isGraphqlMutation(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  try {
    const query = (JSON.parse(body) as { query?: unknown }).query;
    return typeof query === 'string' && /^\s*(?:#[^\n]*\n\s*)*mutation\b/.test(query);
  } catch {
    return false;
  }
}

const SEGMENT_PARAMETERS: Record<string, number> = {
  // `/<word>/<value>`: the value is a parameter of the route, not part of the endpoint.
  orgs: 1,
  users: 1,
  teams: 1,
  environments: 1,
  secrets: 1,
  keys: 1,
  invitations: 1,
  collaborators: 1,
  members: 1,
  memberships: 1,
  issues: 1,
  comments: 1,
  contents: Infinity,
  git: Infinity,
  'check-runs': 1,
  'personal-access-tokens': 1,
  'credential-authorizations': 1,
};

/**
 * The endpoint a request path belongs to, as GitHub counts "one REST endpoint": the route with
 * its parameters generalised (`/repos/{owner}/{repo}/actions/secrets`), so that 5,000
 * repositories' secret lists share one budget.
 */
export function endpointOf(method: string, path: string): string {
  const segments = path.split('?')[0].split('/').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i];
    out.push(segment);
    if (segment === 'repos' && out.length === 1) {
      out.push('{owner}', '{repo}');
      i += 2;
      continue;
    }
    const skip = SEGMENT_PARAMETERS[segment];
    if (skip === undefined) continue;
    if (skip === Infinity) {
      out.push('{path}');
      break;
    }
    if (i + 1 < segments.length) {
      out.push('{}');
      i += 1;
    }
  }
  return `${method.toUpperCase()} /${out.map((s) => (/^\d+$/.test(s) ? '{id}' : s)).join('/')}`;
}

interface Spent {
  at: number;
  points: number;
}

/**
 * The earliest time at or after `now` when `points` more fit in a sliding window of `windowMs`
 * holding at most `limit` points, given what was spent (oldest first). Pure: the pacer's core.
 */
export function earliestStart(spent: readonly Spent[], now: number, points: number, limit: number, windowMs: number): number {
  let inWindow = 0;
  let first = 0;
  while (first < spent.length && spent[first].at <= now - windowMs) first += 1;
  for (let i = first; i < spent.length; i += 1) inWindow += spent[i].points;
  // A single request larger than the whole window can only wait for an empty window.
  const need = Math.min(points, limit);
  let start = now;
  let i = first;
  while (inWindow + need > limit && i < spent.length) {
    // Waiting until the oldest spending leaves the window frees its points.
    start = spent[i].at + windowMs;
    inWindow -= spent[i].points;
    i += 1;
  }
  return start;
}

export interface PacingStats {
  /** Times a request waited for the points window or a `retry-after` pause. */
  waits: number;
  /** Total time requests spent waiting, in ms (summed over requests). */
  waitedMs: number;
  /** Highest number of requests in flight at once. */
  peakConcurrent: number;
  /** `retry-after` pauses GitHub asked for. */
  retryAfterPauses: number;
}

export type Lane = { kind: 'rest'; endpoint: string } | { kind: 'graphql' };

interface LaneState {
  /** Finished requests, stamped when their answer came (oldest first). */
  spent: Spent[];
  /** Points of requests sent and not yet answered. */
  pendingPoints: number;
  /** Acquirers waiting for an answer on this lane to free points. */
  waiting: (() => void)[];
}

/**
 * One pacer per client: every HTTP exchange asks it first and tells it when done.
 *
 * A request's points are stamped when its answer arrives, and count as "now" while it is in
 * flight. GitHub stamps a request somewhere between our send and our answer, so a window
 * counted this way always holds at least what GitHub's window holds, whatever the latency.
 */
export class Pacer {
  readonly stats: PacingStats = { waits: 0, waitedMs: 0, peakConcurrent: 0, retryAfterPauses: 0 };
  private readonly lanes = new Map<string, LaneState>();
  private inFlight = 0;
  private readonly queue: (() => void)[] = [];
  private pausedUntil = 0;

  constructor(
    readonly limits: PacingLimits = GITHUB_SECONDARY_LIMITS,
    private readonly clock: PacingClock = realClock,
  ) {}

  /** Waits for a slot and for the points; returns the release to call when the answer is in. */
  async acquire(lane: Lane, points: number): Promise<() => void> {
    await this.slot();
    const state = this.lane(lane.kind === 'graphql' ? 'graphql' : lane.endpoint);
    const limit = lane.kind === 'graphql' ? this.limits.graphqlPointsPerWindow : this.limits.restPointsPerWindow;
    const started = this.clock.now();
    let waited = false;
    for (;;) {
      const now = this.clock.now();
      this.trim(state, now);
      const room = limit - state.pendingPoints;
      if (room < Math.min(points, limit) && state.pendingPoints > 0) {
        // Only an answer can free these points: wait for one.
        waited = true;
        await new Promise<void>((resolve) => state.waiting.push(resolve));
        continue;
      }
      const start = Math.max(earliestStart(state.spent, now, points, room, this.limits.windowMs), this.pausedUntil);
      if (start <= now) break;
      waited = true;
      await this.clock.sleep(start - now);
    }
    state.pendingPoints += points;
    if (waited) {
      this.stats.waits += 1;
      this.stats.waitedMs += this.clock.now() - started;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.pendingPoints -= points;
      state.spent.push({ at: this.clock.now(), points });
      for (const wake of state.waiting.splice(0)) wake();
      // Hand the slot straight to the next waiter, so inFlight never exceeds the cap.
      const next = this.queue.shift();
      if (next) next();
      else this.inFlight -= 1;
    };
  }

  /** GitHub said `retry-after`: nothing new starts before then (requests in flight finish). */
  pause(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds <= 0) return;
    this.stats.retryAfterPauses += 1;
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + seconds * 1000);
  }

  private async slot(): Promise<void> {
    if (this.inFlight >= this.limits.maxConcurrent) {
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.inFlight += 1;
    }
    this.stats.peakConcurrent = Math.max(this.stats.peakConcurrent, this.inFlight);
  }

  private lane(key: string): LaneState {
    let state = this.lanes.get(key);
    if (!state) {
      state = { spent: [], pendingPoints: 0, waiting: [] };
      this.lanes.set(key, state);
    }
    return state;
  }

  private trim(state: LaneState, now: number): void {
    let drop = 0;
    while (drop < state.spent.length && state.spent[drop].at <= now - this.limits.windowMs) drop += 1;
    if (drop > 0) state.spent.splice(0, drop);
  }
}

/** Seconds from a `retry-after` header (seconds or an HTTP date); null when absent or unusable. */
export function retryAfterSeconds(value: string | null, now: number): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds : null;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, (at - now) / 1000) : null;
}
