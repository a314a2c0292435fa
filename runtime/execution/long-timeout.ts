/**
 * setTimeout for delays of any length. Hosts keep a timer's delay in a signed 32-bit integer:
 * a delay over 2^31-1 ms (about 24.8 days) fires at once (Node warns, browsers and Deno alike),
 * while a Task's default TimeoutSeconds (99999999 s) or a long Wait is far longer. Long delays
 * are waited out as a chain of timers of at most that length.
 */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

export interface LongTimeout {
  clear(): void;
}

export function setLongTimeout(callback: () => void, milliseconds: number, schedule: ScheduleTimer = defaultSchedule): LongTimeout {
  let remaining = Math.max(0, milliseconds);
  let cancel: () => void = () => undefined;
  const arm = () => {
    const step = Math.min(remaining, MAX_TIMER_DELAY_MS);
    remaining -= step;
    cancel = schedule(() => (remaining > 0 ? arm() : callback()), step);
  };
  arm();
  return { clear: () => cancel() };
}

/** Starts one host timer (at most MAX_TIMER_DELAY_MS) and returns how to cancel it. */
export type ScheduleTimer = (callback: () => void, milliseconds: number) => () => void;

const defaultSchedule: ScheduleTimer = (callback, milliseconds) => {
  const handle = setTimeout(callback, milliseconds);
  return () => clearTimeout(handle);
};
