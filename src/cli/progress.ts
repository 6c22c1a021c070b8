// Progress on stderr while the pipeline works, so stdout keeps only the result. What it shows
// is what the run itself reports: the stage (the collectors' log lines), the requests made and
// the rate limit left (from every response's x-ratelimit-* headers), and, while repositories
// are read one by one, n of m with the time left at the pace so far. On a TTY it is one
// redrawn line (cli-progress); elsewhere one plain line per stage, so logs stay readable.
import cliProgress from 'cli-progress';

export interface ProgressOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  /** Redraw in place (a TTY); otherwise print a line per stage. */
  live: boolean;
  now?: () => number;
}

/** What the run tells the progress display. */
export interface ProgressEvents {
  /** A log line of the pipeline (stage changes). */
  log(message: string): void;
  /** A line to keep (a warning, an annotation): above the redrawn line on a TTY. */
  print(line: string): void;
  /** A response from GitHub: its URL and headers. */
  response(url: string, headers: Record<string, string | number | undefined>): void;
  stop(): void;
}

/** The per-repository reads (secrets, deploy keys, invitations, environments), not the action's own writes. */
const REPOSITORY_PATH = /\/repos\/([^/]+\/[^/?]+)\/(?:actions|dependabot|keys|invitations|environments)\b/;
/** The collectors' count line, "49 people, 8 teams, 60 repositories". */
const REPOSITORY_COUNT = /\b(\d+) repositories\b/;

export function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

export class Progress implements ProgressEvents {
  private stage = 'starting';
  private requests = 0;
  private rateLeft: string | null = null;
  private repositories: number | null = null;
  private readonly touched = new Set<string>();
  private readonly startedAt: number;
  private readonly now: () => number;
  private bar: cliProgress.SingleBar | null = null;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    if (options.live) {
      this.bar = new cliProgress.SingleBar(
        {
          stream: options.stream,
          // Not {eta}: cli-progress fills that one itself (NULL, INF); {left} is ours.
          format: '{stage} {bar} {value}/{total} repositories | {requests} requests | rate limit {rate} left | {elapsed}{left}',
          hideCursor: true,
          clearOnComplete: true,
          barsize: 20,
          fps: 5,
          // Redraw even when unchanged: a printed line (print()) has cleared it.
          forceRedraw: true,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(0, 0, this.payload());
    }
  }

  /** Time left at the pace of the repositories read so far; null before there is a pace. */
  eta(): number | null {
    const done = this.touched.size;
    if (!this.repositories || done === 0 || done >= this.repositories) return null;
    return ((this.now() - this.startedAt) / done) * (this.repositories - done);
  }

  private payload() {
    const eta = this.eta();
    return {
      stage: this.stage.slice(0, 40).padEnd(40),
      requests: this.requests,
      rate: this.rateLeft ?? '?',
      elapsed: seconds(this.now() - this.startedAt),
      left: eta === null ? '' : `, about ${seconds(eta)} left`,
    };
  }

  log(message: string): void {
    const count = REPOSITORY_COUNT.exec(message);
    if (count) this.repositories = Number(count[1]);
    this.stage = message.split(/[:;(]/)[0].trim() || this.stage;
    if (this.bar) {
      this.bar.setTotal(this.repositories ?? 0);
      this.bar.update(this.touched.size, this.payload());
    } else {
      this.options.stream.write(`[${seconds(this.now() - this.startedAt)}] ${message}\n`);
    }
  }

  print(line: string): void {
    if (!this.bar) {
      this.options.stream.write(`${line}\n`);
      return;
    }
    // Clear the bar's line, keep the text, and let the bar redraw below it.
    this.options.stream.write(`\r\x1b[2K${line}\n`);
    this.bar.render();
  }

  response(url: string, headers: Record<string, string | number | undefined>): void {
    this.requests += 1;
    const remaining = headers['x-ratelimit-remaining'];
    const resource = headers['x-ratelimit-resource'];
    if (remaining !== undefined && resource !== 'graphql') this.rateLeft = String(remaining);
    const repository = REPOSITORY_PATH.exec(new URL(url, 'http://x').pathname);
    if (repository) this.touched.add(repository[1]);
    this.bar?.update(Math.min(this.touched.size, this.repositories ?? this.touched.size), this.payload());
  }

  /** What the display knows, for the final line and the tests. */
  state() {
    return { stage: this.stage, requests: this.requests, rateLeft: this.rateLeft, repositories: this.repositories, read: this.touched.size };
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
