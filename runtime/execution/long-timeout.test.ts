import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_TIMER_DELAY_MS, type ScheduleTimer, setLongTimeout } from "./long-timeout.ts";

/** A fake host timer: records each delay, fires on demand. */
function fakeHost() {
  const armed: Array<{ ms: number; fire: () => void; cancelled: boolean }> = [];
  const schedule: ScheduleTimer = (callback, ms) => {
    const timer = { ms, fire: callback, cancelled: false };
    armed.push(timer);
    return () => (timer.cancelled = true);
  };
  return { armed, schedule, fireLatest: () => armed.at(-1)!.fire() };
}

test("a delay longer than a host timer can hold is waited out in steps of at most 2^31-1 ms", () => {
  const host = fakeHost();
  let fired = 0;
  const total = 99_999_999 * 1000; // a Task's default TimeoutSeconds
  setLongTimeout(() => fired++, total, host.schedule);
  while (fired === 0) {
    assert.ok(host.armed.at(-1)!.ms <= MAX_TIMER_DELAY_MS);
    host.fireLatest();
  }
  assert.equal(fired, 1);
  assert.equal(host.armed.reduce((sum, t) => sum + t.ms, 0), total);
  assert.equal(host.armed.length, Math.ceil(total / MAX_TIMER_DELAY_MS));
});

test("short and negative delays take one timer; clear cancels the step in progress", () => {
  const host = fakeHost();
  setLongTimeout(() => undefined, 5, host.schedule);
  setLongTimeout(() => undefined, -3, host.schedule);
  assert.deepEqual(host.armed.map((t) => t.ms), [5, 0]);
  const long = setLongTimeout(() => assert.fail("cleared"), 3 * MAX_TIMER_DELAY_MS, host.schedule);
  host.fireLatest();
  long.clear();
  assert.equal(host.armed.at(-1)!.cancelled, true);
});
