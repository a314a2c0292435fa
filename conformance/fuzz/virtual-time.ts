/**
 * Deterministic time for in-process fuzz runs: timers that never really wait but fire in order of
 * their (virtual) due time, one at a time once everything else has settled, and a clock that
 * shows that virtual time. A Wait of a day costs nothing, two runs of one machine interleave
 * Parallel branches identically, and a run records how much time it would have taken. Plus a
 * seeded entropy source (UUIDs, jitter, States.MathRandom without a seed) for the same reason.
 */
import type { Clock, Entropy, Timers } from "../../runtime/execution/ports.ts";

export interface VirtualTime {
  timers: Timers;
  clock: Clock;
  /** Virtual milliseconds elapsed so far. */
  elapsed(): number;
}

interface Sleeper {
  due: number;
  order: number;
  resolve: () => void;
}

const EPOCH = Date.parse("2024-01-01T00:00:00.000Z");

/**
 * `jitter`: each sleep lasts up to this many virtual ms longer (seeded), to try other orders of
 * sleeps that end at nearly the same time (as real timers may order them).
 */
export function virtualTime(scale = 1, jitter?: { ms: number; seed: number }): VirtualTime {
  const random = jitter ? seededEntropy(jitter.seed).random : () => 0;
  let now = 0;
  let order = 0;
  let pumping = false;
  const sleepers: Sleeper[] = [];
  // A macrotask between firings lets every promise chain settle first (a task's answer, a
  // branch's next state), so which sleeper fires next depends only on due times.
  const pump = () => {
    if (pumping) return;
    pumping = true;
    setTimeout(() => {
      pumping = false;
      if (sleepers.length === 0) return;
      let first = 0;
      for (let i = 1; i < sleepers.length; i++) {
        const s = sleepers[i]!;
        const f = sleepers[first]!;
        if (s.due < f.due || (s.due === f.due && s.order < f.order)) first = i;
      }
      const [sleeper] = sleepers.splice(first, 1);
      now = Math.max(now, sleeper!.due);
      sleeper!.resolve();
      if (sleepers.length > 0) pump();
    }, 0);
  };
  return {
    timers: {
      scale,
      sleep(milliseconds, signal) {
        return new Promise<void>((resolve, reject) => {
          if (signal?.aborted) return reject(signal.reason);
          const sleeper: Sleeper = {
            due: now + Math.max(0, milliseconds * scale) + (jitter ? random() * jitter.ms : 0),
            order: order++,
            resolve: () => {
              signal?.removeEventListener("abort", onAbort);
              resolve();
            },
          };
          const onAbort = () => {
            const at = sleepers.indexOf(sleeper);
            if (at >= 0) sleepers.splice(at, 1);
            reject(signal?.reason);
          };
          signal?.addEventListener("abort", onAbort, { once: true });
          sleepers.push(sleeper);
          pump();
        });
      },
    },
    clock: { now: () => new Date(EPOCH + now) },
    elapsed: () => now,
  };
}

/** A seeded entropy source (mulberry32): the same seed gives the same UUIDs and random numbers. */
export function seededEntropy(seed: number): Entropy {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join("");
  return {
    random,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(random() * 4)).toString(16)}${hex(3)}-${hex(12)}`,
  };
}
