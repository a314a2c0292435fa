import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../../core/json.ts";
import type { Clock, TaskExecutor, Timers } from "../ports.ts";
import { runExecution } from "../run-execution.ts";

/**
 * A Task answered at once ends at once: it is not held back until the next turn of the event
 * loop by its default TimeoutSeconds (99999999 s), which is armed only after that turn (fuzz
 * time-scale findings, issue 9: the task's end waited a macrotask, during which virtual timers,
 * or real ones of 1 ms at a 0.001 time scale, fired first and changed which Parallel branch or
 * Map iteration failed first).
 *
 * Order, not time, is observed: the clock shows how many macrotasks queued by the task's
 * executor have run, so an event written before the next macrotask carries tick 0.
 */
function macrotaskClock(): Clock & { queueTick(): void } {
  let ticks = 0;
  return {
    now: () => new Date(Date.UTC(2024, 0, 1) + ticks * 1000),
    queueTick: () => void setTimeout(() => (ticks += 1), 0),
  };
}

/** Sleeps that never end unless aborted (no timer fires during the test). */
const idleTimers: Timers = {
  sleep: (_ms, signal) => new Promise<void>((_resolve, reject) => signal?.addEventListener("abort", () => reject(signal.reason), { once: true })),
};

const activity = "arn:aws:states:us-east-1:123456789012:activity:prompt";

function eventTimes(history: readonly unknown[]): Record<string, number> {
  const times: Record<string, number> = {};
  for (const event of history as Array<{ type: string; timestamp: Date | string }>) times[event.type] = new Date(event.timestamp).getTime();
  return times;
}

test("a Task without TimeoutSeconds answered at once exits before the next macrotask", async () => {
  const clock = macrotaskClock();
  const answerAtOnce: TaskExecutor = async () => {
    clock.queueTick();
    return { done: true } as Json;
  };
  const definition = JSON.stringify({ StartAt: "T", States: { T: { Type: "Task", Resource: activity, Next: "P" }, P: { Type: "Pass", End: true } } });
  const result = await runExecution({ definition, taskExecutor: answerAtOnce, timers: idleTimers, clock });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { done: true });
  const times = eventTimes(result.history);
  assert.equal(times["TaskStateExited"], times["TaskStateEntered"], "the Task exited in the same turn as it was entered");
  assert.equal(times["ExecutionSucceeded"], times["TaskStateEntered"]);
});

test("a Task without TimeoutSeconds failing at once is caught before the next macrotask", async () => {
  const clock = macrotaskClock();
  const failAtOnce: TaskExecutor = async () => {
    clock.queueTick();
    throw Object.assign(new Error("boom"), { name: "Boom" });
  };
  const definition = JSON.stringify({
    StartAt: "T",
    States: { T: { Type: "Task", Resource: activity, Catch: [{ ErrorEquals: ["States.ALL"], Next: "C" }], End: true }, C: { Type: "Pass", End: true } },
  });
  const result = await runExecution({ definition, taskExecutor: failAtOnce, timers: idleTimers, clock });
  assert.equal(result.status, "SUCCEEDED");
  const times = eventTimes(result.history);
  assert.equal(times["ActivityFailed"], times["TaskStateEntered"]);
  assert.equal(times["PassStateEntered"], times["TaskStateEntered"], "the catcher's next state was entered in the same turn");
});
