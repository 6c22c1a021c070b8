// Simulated time for the benchmark: latency, pacing waits, `retry-after` pauses and the hourly
// budget reset advance this clock instead of sleeping, so an hour of GitHub traffic is measured
// in seconds and the same on every run. A discrete-event clock: time stands still while any
// real work is in progress (a request crossing the loopback socket, marked with `busy`), and
// jumps to the earliest pending `sleep` once nothing but sleepers is left.
import type { PacingClock } from './pacing.js';

interface Timer {
  at: number;
  seq: number;
  wake: () => void;
}

export class VirtualClock implements PacingClock {
  private t: number;
  private readonly timers: Timer[] = [];
  private seq = 0;
  private busyCount = 0;
  private scheduled = false;
  /** How many times time jumped (a measure of the simulation's own work). */
  advances = 0;

  constructor(start = 0) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  sleep(ms: number): Promise<void> {
    if (!(ms > 0)) return Promise.resolve();
    return new Promise((wake) => {
      const timer = { at: this.t + ms, seq: this.seq++, wake };
      // Kept sorted by (at, seq): sleepers due at the same instant wake in the order they slept.
      let i = this.timers.length;
      while (i > 0 && this.timers[i - 1].at > timer.at) i -= 1;
      this.timers.splice(i, 0, timer);
      this.schedule();
    });
  }

  /** Real work the simulated world waits for (time does not pass while it runs). */
  async busy<T>(work: () => Promise<T>): Promise<T> {
    this.busyCount += 1;
    try {
      return await work();
    } finally {
      this.busyCount -= 1;
      this.schedule();
    }
  }

  /**
   * A simulated wait inside real work (the server's latency while the client's request is
   * busy): the wait does not hold the clock still.
   */
  async away(ms: number): Promise<void> {
    this.busyCount -= 1;
    try {
      await this.sleep(ms);
    } finally {
      this.busyCount += 1;
    }
  }

  /** Moves time on by `ms` at once (between runs: the next night). */
  skip(ms: number): void {
    this.t += Math.max(0, ms);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // Two turns of the event loop (an immediate, then a timer) let callbacks that real libraries
    // queue on timers (Bottleneck's, octokit's) start their work before time may jump.
    setImmediate(() =>
      setTimeout(() => {
        this.scheduled = false;
        this.advance();
      }, 0),
    );
  }

  private advance(): void {
    if (this.busyCount > 0 || this.timers.length === 0) return;
    const at = this.timers[0].at;
    this.t = Math.max(this.t, at);
    this.advances += 1;
    let due = 0;
    while (due < this.timers.length && this.timers[due].at <= this.t) due += 1;
    for (const timer of this.timers.splice(0, due)) timer.wake();
    this.schedule();
  }
}
