import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../../core/json.ts";
import type { TaskExecutor, Timers } from "../ports.ts";
import { runExecution } from "../run-execution.ts";
import { DEFAULT_TASK_TIMEOUT_SECONDS } from "./task.ts";

/**
 * A Task without TimeoutSeconds whose worker never answers times out after the documented default
 * (99999999 s), exactly as with an explicit TimeoutSeconds (fuzz finding, issue 9). Time is a
 * fake: every sleep ends at once and is recorded.
 */
function instantTimers(): Timers & { delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep(ms, signal) {
      delays.push(ms);
      return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
    },
  };
}

/** Never answers; settles (rejects) only when the task is cancelled. */
const silentWorker: TaskExecutor = ({ signal }) => new Promise<Json>((_resolve, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));

const activity = "arn:aws:states:us-east-1:123456789012:activity:silent";
const machine = (task: Record<string, unknown>) => JSON.stringify({ StartAt: "T", States: { T: { Type: "Task", Resource: activity, End: true, ...task } } });

test("without TimeoutSeconds a silent task times out after 99999999 s with States.Timeout", async () => {
  const timers = instantTimers();
  const result = await runExecution({ definition: machine({}), taskExecutor: silentWorker, timers });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Timeout");
  assert.deepEqual(timers.delays, [DEFAULT_TASK_TIMEOUT_SECONDS * 1000]);
  assert.equal(DEFAULT_TASK_TIMEOUT_SECONDS, 99_999_999);
});

test("the default timeout is reported like an explicit one; only the Scheduled event's timeoutInSeconds differs", async () => {
  const implicit = await runExecution({ definition: machine({}), taskExecutor: silentWorker, timers: instantTimers() });
  const explicit = await runExecution({ definition: machine({ TimeoutSeconds: DEFAULT_TASK_TIMEOUT_SECONDS }), taskExecutor: silentWorker, timers: instantTimers() });
  const shape = (events: readonly unknown[]) =>
    events.map((event) => {
      const { timestamp: _timestamp, ...rest } = event as Record<string, unknown>;
      const scheduled = rest["activityScheduledEventDetails"] as Record<string, unknown> | undefined;
      if (scheduled) {
        const { timeoutInSeconds: _timeout, ...details } = scheduled;
        rest["activityScheduledEventDetails"] = details;
      }
      return rest;
    });
  assert.deepEqual(shape(implicit.history), shape(explicit.history));
  assert.deepEqual([implicit.status, implicit.error, implicit.cause], [explicit.status, explicit.error, explicit.cause]);
  const scheduled = (events: readonly unknown[]) => (events.find((e) => (e as { type: string }).type === "ActivityScheduled") as Record<string, Record<string, unknown>>)["activityScheduledEventDetails"]!;
  assert.equal(scheduled(implicit.history)["timeoutInSeconds"], undefined, "AWS writes no timeoutInSeconds when the definition has none (recorded)");
  assert.equal(scheduled(explicit.history)["timeoutInSeconds"], DEFAULT_TASK_TIMEOUT_SECONDS);
  assert.ok(implicit.history.some((e) => (e as { type: string }).type === "ActivityTimedOut"));
});

test("a task answered at once is not raced by the default timeout, even when sleeps end at once", async () => {
  const timers = instantTimers();
  const result = await runExecution({ definition: machine({}), taskExecutor: async () => ({ done: true }), timers });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { done: true });
  assert.deepEqual(timers.delays, []);
});

test("States.Timeout from the default can be caught like any timeout", async () => {
  const definition = machine({ Catch: [{ ErrorEquals: ["States.Timeout"], Next: "Caught" }], End: undefined, Next: "Done" });
  const withStates = JSON.parse(definition) as { States: Record<string, unknown> };
  withStates.States["Caught"] = { Type: "Pass", Result: "caught", End: true };
  withStates.States["Done"] = { Type: "Succeed" };
  const result = await runExecution({ definition: JSON.stringify(withStates), taskExecutor: silentWorker, timers: instantTimers() });
  assert.equal(result.status, "SUCCEEDED");
  assert.equal(result.output, "caught");
});
