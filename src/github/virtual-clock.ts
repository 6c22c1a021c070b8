// Simulated time for the benchmark: latency, pacing waits, `retry-after` pauses and the hourly
// budget reset advance this clock instead of sleeping, so an hour of GitHub traffic is measured
// in seconds and the same on every run. A discrete-event clock: time stands still while any
// real work is in progress (a request on its way to the simulator and back, marked with `busy`;
// with watchRealTimers, also the libraries' short timers), and jumps to the earliest pending
// `sleep` once nothing but sleepers is left.
import { promisify } from 'node:util';
import type { PacingClock } from './pacing.js';

// The real timer functions, before watchRealTimers() wraps them: the clock's own turns of the
// event loop must not count as the work it waits for.
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/** A real timer this short is work about to start (a library yielding a turn), not a wait. */
const SHORT_REAL_TIMER_MS = 20;

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
  /** Short real timers pending while watchRealTimers() is on (see there). */
  private shortTimers = 0;
  private watching = false;
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

  /**
   * Makes time wait for the libraries' own turns of the event loop, for a benchmark whose
   * figures must not depend on the machine. Bottleneck (under octokit's throttling and retry
   * plugins) yields with `setTimeout(0)` several times between a call and its HTTP request;
   * without this, time may jump while such a timer is pending, and how often that happens
   * depends on real speed and load, so simulated minutes moved from run to run. While watching,
   * a real `setTimeout` of at most SHORT_REAL_TIMER_MS holds time still until it has fired (or
   * been cleared), and one of 0 ms runs on the next turn (`setImmediate`) instead of after the
   * 1 ms Node gives it: the same order, without the real millisecond. Wraps the global
   * setTimeout/clearTimeout of this process; returns the function that puts them back.
   */
  watchRealTimers(): () => void {
    const wrappedSet = globalThis.setTimeout;
    const wrappedClear = globalThis.clearTimeout;
    const pending = new Map<unknown, () => void>();
    this.watching = true;
    let unwatched = false;
    const hold = (): (() => void) => {
      this.shortTimers += 1;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        this.shortTimers -= 1;
        if (this.shortTimers === 0) this.schedule();
        // After unwatch, clearTimeout stays wrapped until the last timer it may be asked to clear is gone.
        if (unwatched && pending.size === 0 && globalThis.clearTimeout === watchedClear) globalThis.clearTimeout = wrappedClear;
      };
    };
    const setShort = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): unknown => {
      const release = hold();
      const run = () => {
        pending.delete(handle);
        try {
          callback(...args);
        } finally {
          release();
        }
      };
      let handle: unknown;
      if (!(Number(ms) > 0)) {
        const immediate = setImmediate(run);
        // What callers do with a timer: clear it, unref/ref it.
        const timer = {
          ref: () => (immediate.ref(), timer),
          unref: () => (immediate.unref(), timer),
          hasRef: () => immediate.hasRef(),
          refresh: () => timer,
          close: () => (clearImmediate(immediate), pending.get(timer)?.(), timer),
          [Symbol.dispose]: () => void timer.close(),
        };
        handle = timer;
        pending.set(handle, () => {
          pending.delete(handle);
          clearImmediate(immediate);
          release();
        });
      } else {
        handle = realSetTimeout(run, ms);
        pending.set(handle, () => {
          pending.delete(handle);
          realClearTimeout(handle as ReturnType<typeof realSetTimeout>);
          release();
        });
      }
      return handle;
    };
    const watched = (callback: unknown, ms?: number, ...args: unknown[]) =>
      typeof callback === 'function' && !(Number(ms) > SHORT_REAL_TIMER_MS)
        ? setShort(callback as (...a: unknown[]) => void, ms, ...args)
        : (wrappedSet as (...a: unknown[]) => unknown)(callback, ms, ...args);
    // util.promisify(setTimeout) keeps working (unwatched, as timers/promises is).
    globalThis.setTimeout = Object.assign(watched, {
      [promisify.custom]: (wrappedSet as unknown as Record<symbol, unknown>)[promisify.custom],
    }) as unknown as typeof setTimeout;
    const watchedClear = (timer: unknown) => {
      const cancel = pending.get(timer);
      if (cancel) cancel();
      else (wrappedClear as (t: unknown) => void)(timer);
    };
    globalThis.clearTimeout = watchedClear;
    return () => {
      // Timers already set run as set (a library may be half way through its work).
      unwatched = true;
      globalThis.setTimeout = wrappedSet;
      if (pending.size === 0) globalThis.clearTimeout = wrappedClear;
      this.watching = false;
    };
  }

  /** Moves time on by `ms` at once (between runs: the next night). */
  skip(ms: number): void {
    this.t += Math.max(0, ms);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    if (this.watching) {
      // The libraries' short timers are counted (watchRealTimers): one turn is enough.
      setImmediate(() => {
        this.scheduled = false;
        this.advance();
      });
      return;
    }
    // Two turns of the event loop (an immediate, then a timer) let callbacks that real libraries
    // queue on timers (Bottleneck's, octokit's) start their work before time may jump.
    setImmediate(() =>
      realSetTimeout(() => {
        this.scheduled = false;
        this.advance();
      }, 0),
    );
  }

  private advance(): void {
    if (this.busyCount > 0 || this.shortTimers > 0 || this.timers.length === 0) return;
    const at = this.timers[0].at;
    this.t = Math.max(this.t, at);
    this.advances += 1;
    let due = 0;
    while (due < this.timers.length && this.timers[due].at <= this.t) due += 1;
    for (const timer of this.timers.splice(0, due)) timer.wake();
    this.schedule();
  }
}
