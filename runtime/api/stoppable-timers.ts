import { type LongTimeout, setLongTimeout } from "../execution/long-timeout.ts";
import type { Timers } from "../execution/ports.ts";

/**
 * The Timers port for a server process: real timers scaled by `scale` (as `scaledTimers`) that
 * can all be cancelled at once, so SIGINT/SIGTERM end the process at once even while executions
 * sleep through Wait states or Retry back-offs and GetActivityTask long polls are open.
 */
export interface StoppableTimers extends Timers {
  /** How many sleeps are pending. */
  readonly pending: number;
  /** Cancels every pending sleep without settling it; later sleeps never settle either. */
  stop(): void;
}

export function stoppableTimers(scale = 1): StoppableTimers {
  const sleeps = new Set<LongTimeout>();
  let stopped = false;
  return {
    scale,
    get pending() {
      return sleeps.size;
    },
    sleep(milliseconds, signal) {
      if (stopped) return new Promise<void>(() => undefined);
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          timeout.clear();
          sleeps.delete(timeout);
          reject(signal?.reason);
        };
        const timeout = setLongTimeout(() => {
          sleeps.delete(timeout);
          signal?.removeEventListener("abort", onAbort);
          resolve();
        }, milliseconds * scale);
        sleeps.add(timeout);
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
    stop() {
      stopped = true;
      for (const timeout of sleeps) timeout.clear();
      sleeps.clear();
    },
  };
}
