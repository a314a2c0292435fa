import { test } from "node:test";
import assert from "node:assert/strict";
import { StatesError, type Json, type TaskExecutor, type TaskRequest, type Timers } from "../../mod.ts";
import { ExecutionNotRedrivableError, redriveExecution, startExecution } from "../../mod.ts";
import type { HistoryEvent } from "./types.ts";
import { redriveStatusOf } from "./redrive-eligibility.ts";

/**
 * RedriveExecution in process (API docs of RedriveExecution / DescribeExecution). No recording
 * has a redriven history; the event links follow docs/history-rules.md §1.
 */

const task = "arn:aws:states:::lambda:invoke";

/** Timers that never fire by themselves: `fire()` ends every pending sleep. */
function manualTimers(): Timers & { fire(): void } {
  const pending: Array<() => void> = [];
  return {
    sleep(_ms, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        pending.push(resolve);
        signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
      });
    },
    fire() {
      for (const resolve of pending.splice(0)) resolve();
    },
  };
}

/**
 * A scripted task worker: `script(state, call)` answers the call-th invocation (1-based) of a
 * state with a value, a thrown StatesError, or "hang" (waits until the task is aborted).
 */
function scriptedTasks(script: (request: TaskRequest, call: number) => Json | Error | "hang") {
  const calls: Array<{ state: string; input: Json; context: Json }> = [];
  const counts = new Map<string, number>();
  const executor: TaskExecutor = async (request) => {
    calls.push({ state: request.stateName, input: request.input, context: request.context });
    const call = (counts.get(request.stateName) ?? 0) + 1;
    counts.set(request.stateName, call);
    const answer = script(request, call);
    if (answer === "hang") {
      return new Promise((_, reject) => request.signal.addEventListener("abort", () => reject(new Error("aborted")), { once: true }));
    }
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { executor, calls, callsOf: (state: string) => calls.filter((c) => c.state === state) };
}

const types = (events: readonly HistoryEvent[]) => events.map((e) => e.type);

test("a failed Task is redriven with its original input; the Pass before it is not rerun", async () => {
  const tasks = scriptedTasks((_, call) => (call === 1 ? new StatesError("Boom", "first attempt") : { ok: true }));
  const first = startExecution({
    definition: {
      StartAt: "Prepare",
      States: {
        Prepare: { Type: "Pass", Result: { prepared: 1 }, Next: "Work" },
        Work: { Type: "Task", Resource: task, End: true },
      },
    },
    input: { order: 7 },
    taskExecutor: tasks.executor,
  });
  const failed = await first.done;
  assert.equal(failed.status, "FAILED");
  assert.equal(failed.error, "Boom");
  assert.equal(first.status, "FAILED");
  assert.deepEqual(first.redriveStatus(), { redriveStatus: "REDRIVABLE" });
  const failedLength = failed.history.length;

  const second = redriveExecution(first);
  assert.equal(second.executionArn, first.executionArn, "same execution ARN");
  assert.equal(second.status, "RUNNING");
  assert.equal(second.redriveCount, 1);
  assert.ok(second.redriveDate instanceof Date);
  const result = await second.done;
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { ok: true });
  assert.equal(first.status, "SUCCEEDED", "status is the execution's, on every handle");

  const history = result.history;
  assert.deepEqual(history.map((e) => e.id), history.map((_, i) => i + 1), "one history, ids continue");
  assert.deepEqual(types(history.slice(failedLength)), [
    "ExecutionRedriven", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded",
  ]);
  const redriven = history[failedLength]!;
  assert.equal(redriven.previousEventId, failedLength, "ExecutionRedriven follows ExecutionFailed");
  assert.deepEqual(redriven["executionRedrivenEventDetails"], { redriveCount: 1 });
  const reentered = history[failedLength + 1]!;
  assert.equal(reentered.previousEventId, redriven.id);
  assert.deepEqual(reentered["stateEnteredEventDetails"], {
    name: "Work",
    input: '{"prepared":1}',
    inputDetails: { truncated: false },
  });
  assert.equal(types(history).filter((t) => t === "PassStateEntered").length, 1, "Prepare ran once");
  assert.deepEqual(tasks.calls.map((c) => c.input), [{ prepared: 1 }, { prepared: 1 }]);
  const context = tasks.calls[1]!.context as { Execution: Record<string, Json> };
  assert.equal(context.Execution["RedriveCount"], 1);
  assert.equal(typeof context.Execution["RedriveTime"], "string");
  assert.equal((tasks.calls[0]!.context as { Execution: Record<string, Json> }).Execution["RedriveCount"], 0);
});

test("Parallel: only the failed branch runs again; the other branch's output is reused", async () => {
  const tasks = scriptedTasks((request, call) => (request.stateName === "Right" && call === 1 ? new StatesError("Flaky") : `${request.stateName}-${call}`));
  const first = startExecution({
    definition: {
      StartAt: "Both",
      States: {
        Both: {
          Type: "Parallel",
          End: true,
          Branches: [
            { StartAt: "Left", States: { Left: { Type: "Task", Resource: task, End: true } } },
            {
              StartAt: "Before",
              States: {
                Before: { Type: "Pass", Result: "before", Next: "Right" },
                Right: { Type: "Task", Resource: task, End: true },
              },
            },
          ],
        },
      },
    },
    taskExecutor: tasks.executor,
  });
  const failed = await first.done;
  assert.equal(failed.status, "FAILED");
  const failedLength = failed.history.length;
  const result = await redriveExecution(first).done;
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, ["Left-1", "Right-2"]);
  assert.equal(tasks.callsOf("Left").length, 1, "the succeeded branch is not rerun");
  assert.deepEqual(tasks.callsOf("Right").map((c) => c.input), ["before", "before"]);
  const redrive = history(result.history.slice(failedLength));
  assert.deepEqual(redrive.types, [
    "ExecutionRedriven", "ParallelStateEntered", "ParallelStateStarted",
    "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited",
    "ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded",
  ]);
  assert.deepEqual(redrive.entered, ["Both", "Right"], "the branch resumes at its failed state, not at Before");
});

test("inline Map: only the failed iteration runs again, and results keep their order", async () => {
  const tasks = scriptedTasks((request, call) => {
    const item = request.input as number;
    return item === 2 && call <= 2 ? new StatesError("Bad item", String(item)) : item * 10;
  });
  const first = startExecution({
    definition: {
      StartAt: "Each",
      States: {
        Each: {
          Type: "Map",
          MaxConcurrency: 1,
          End: true,
          ItemProcessor: { StartAt: "Handle", States: { Handle: { Type: "Task", Resource: task, End: true } } },
        },
      },
    },
    input: [1, 2, 3],
    taskExecutor: tasks.executor,
  });
  const failed = await first.done;
  assert.equal(failed.status, "FAILED");
  assert.deepEqual(tasks.calls.map((c) => c.input), [1, 2], "item 3 never started");
  const failedLength = failed.history.length;
  const result = await redriveExecution(first).done;
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, [10, 20, 30]);
  assert.deepEqual(tasks.calls.map((c) => c.input), [1, 2, 2, 3], "item 1 is not rerun");
  const redriven = result.history.slice(failedLength);
  assert.deepEqual(
    redriven.filter((e) => e.type === "MapIterationStarted").map((e) => (e["mapIterationStartedEventDetails"] as { index: number }).index),
    [1, 2],
  );
  assert.deepEqual(redriven.find((e) => e.type === "MapStateStarted")!["mapStateStartedEventDetails"], { length: 3 });
});

test("nested: a Parallel inside a Map iteration resumes only the failed branch of the failed item", async () => {
  let failedOnce = false;
  const tasks = scriptedTasks((request) => {
    const { item, branch } = request.input as { item: number; branch: string };
    if (item === 2 && branch === "B" && !failedOnce) {
      failedOnce = true;
      return new StatesError("Flaky");
    }
    return `${item}${branch}`;
  });
  const branch = (name: string) => ({
    StartAt: name,
    States: { [name]: { Type: "Task", Resource: task, Parameters: { "item.$": "$", branch: name }, End: true } },
  });
  const first = startExecution({
    definition: {
      StartAt: "Items",
      States: {
        Items: {
          Type: "Map",
          MaxConcurrency: 1,
          End: true,
          ItemProcessor: { StartAt: "Split", States: { Split: { Type: "Parallel", Branches: [branch("A"), branch("B")], End: true } } },
        },
      },
    },
    input: [1, 2],
    // Branch B of item 2 fails only after branch A (all microtasks) has finished, so A is not aborted.
    taskExecutor: async (request) => {
      const { item, branch } = request.input as { item: number; branch: string };
      if (item === 2 && branch === "B" && !failedOnce) await new Promise((resolve) => setTimeout(resolve, 1));
      return tasks.executor(request);
    },
  });
  assert.equal((await first.done).status, "FAILED");
  const before = tasks.calls.length;
  const result = await redriveExecution(first).done;
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, [["1A", "1B"], ["2A", "2B"]]);
  assert.deepEqual(tasks.calls.slice(before).map((c) => c.input), [{ item: 2, branch: "B" }], "item 1 and branch A of item 2 are reused");
});

test("a second redrive counts 2 and continues from where the first redrive stopped", async () => {
  const tasks = scriptedTasks((_, call) => (call < 3 ? new StatesError("Again", `call ${call}`) : "done"));
  const first = startExecution({ definition: { StartAt: "T", States: { T: { Type: "Task", Resource: task, End: true } } }, taskExecutor: tasks.executor });
  await first.done;
  const second = redriveExecution(first);
  assert.equal((await second.done).status, "FAILED");
  const third = redriveExecution(second);
  const result = await third.done;
  assert.equal(result.status, "SUCCEEDED");
  assert.equal(third.redriveCount, 2);
  const redrivenEvents = result.history.filter((e) => e.type === "ExecutionRedriven");
  assert.deepEqual(redrivenEvents.map((e) => e["executionRedrivenEventDetails"]), [{ redriveCount: 1 }, { redriveCount: 2 }]);
  assert.throws(() => redriveExecution(first), (e: unknown) => e instanceof ExecutionNotRedrivableError && e.message === "Execution is SUCCEEDED and cannot be redriven");
});

test("variables assigned before the failure are seen again by the redriven state", async () => {
  const tasks = scriptedTasks((_, call) => (call === 1 ? new StatesError("Boom") : "ok"));
  const first = startExecution({
    definition: {
      StartAt: "Remember",
      States: {
        Remember: { Type: "Pass", Assign: { greeting: "hello" }, Next: "Use" },
        Use: { Type: "Task", Resource: task, Parameters: { "said.$": "$greeting" }, End: true },
      },
    },
    taskExecutor: tasks.executor,
  });
  await first.done;
  assert.equal((await redriveExecution(first).done).status, "SUCCEEDED");
  assert.deepEqual(tasks.calls.map((c) => c.input), [{ said: "hello" }, { said: "hello" }]);
});

test("ABORTED by a stop request, then redriven from the state that was running", async () => {
  let answer: "hang" | "answer" = "hang";
  const tasks = scriptedTasks(() => (answer === "hang" ? "hang" : { resumed: true }));
  const first = startExecution({
    definition: {
      StartAt: "Start",
      States: {
        Start: { Type: "Pass", Next: "Slow" },
        Slow: { Type: "Task", Resource: task, Next: "End" },
        End: { Type: "Pass", End: true },
      },
    },
    input: { n: 1 },
    taskExecutor: tasks.executor,
  });
  while (tasks.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  first.stop("Operator", "stopped for maintenance");
  const aborted = await first.done;
  assert.equal(aborted.status, "ABORTED");
  assert.deepEqual(first.redriveStatus(), { redriveStatus: "REDRIVABLE" });
  answer = "answer";
  const abortedLength = aborted.history.length;
  const result = await redriveExecution(first).done;
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { resumed: true });
  const redrive = history(result.history.slice(abortedLength));
  assert.equal(redrive.types[0], "ExecutionRedriven");
  assert.deepEqual(redrive.entered, ["Slow", "End"]);
  assert.deepEqual(tasks.calls.map((c) => c.input), [{ n: 1 }, { n: 1 }]);
});

test("TIMED_OUT executions are redriven, with the execution timeout running again", async () => {
  const timers = manualTimers();
  let hang = true;
  const tasks = scriptedTasks(() => (hang ? "hang" : "finished"));
  const first = startExecution({
    definition: { TimeoutSeconds: 5, StartAt: "T", States: { T: { Type: "Task", Resource: task, End: true } } },
    taskExecutor: tasks.executor,
    timers,
  });
  while (tasks.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  timers.fire();
  assert.equal((await first.done).status, "TIMED_OUT");
  hang = false;
  const result = await redriveExecution(first).done;
  assert.equal(result.status, "SUCCEEDED");
  assert.equal(result.output, "finished");
});

test("not redrivable: RUNNING, SUCCEEDED and EXPRESS executions (documented reasons)", async () => {
  const tasks = scriptedTasks(() => "hang");
  const running = startExecution({ definition: { StartAt: "T", States: { T: { Type: "Task", Resource: task, End: true } } }, taskExecutor: tasks.executor });
  assert.deepEqual(running.redriveStatus(), { redriveStatus: "NOT_REDRIVABLE", redriveStatusReason: "Execution is RUNNING and cannot be redriven" });
  assert.throws(() => redriveExecution(running), ExecutionNotRedrivableError);
  running.stop();
  await running.done;

  const succeeded = startExecution({ definition: { StartAt: "P", States: { P: { Type: "Pass", End: true } } } });
  await succeeded.done;
  assert.deepEqual(succeeded.redriveStatus(), { redriveStatus: "NOT_REDRIVABLE", redriveStatusReason: "Execution is SUCCEEDED and cannot be redriven" });
  assert.throws(() => redriveExecution(succeeded), { message: "Execution is SUCCEEDED and cannot be redriven" });
  assert.equal(succeeded.history.at(-1)!.type, "ExecutionSucceeded", "a refused redrive writes nothing");

  const express = startExecution({ definition: { StartAt: "F", States: { F: { Type: "Fail", Error: "E" } } }, stateMachineType: "EXPRESS" });
  assert.equal((await express.done).status, "FAILED");
  assert.equal(express.redriveStatus().redriveStatus, "NOT_REDRIVABLE");
  assert.throws(() => redriveExecution(express), ExecutionNotRedrivableError);
});

test("eligibility limits: history events, the 14-day redrivable period, the one-year open time", () => {
  const start = new Date("2025-01-01T00:00:00Z");
  const stop = new Date("2025-01-02T00:00:00Z");
  const facts = { status: "FAILED" as const, type: "STANDARD" as const, startDate: start, stopDate: stop, historyLength: 10 };
  const day = 24 * 60 * 60 * 1000;
  assert.deepEqual(redriveStatusOf(facts, new Date(stop.getTime() + 14 * day)), { redriveStatus: "REDRIVABLE" });
  assert.deepEqual(redriveStatusOf(facts, new Date(stop.getTime() + 15 * day)), {
    redriveStatus: "NOT_REDRIVABLE",
    redriveStatusReason: "Execution redrivable period exceeded",
  });
  assert.deepEqual(redriveStatusOf({ ...facts, historyLength: 24_998 }, stop), { redriveStatus: "REDRIVABLE" });
  assert.deepEqual(redriveStatusOf({ ...facts, historyLength: 24_999 }, stop), {
    redriveStatus: "NOT_REDRIVABLE",
    redriveStatusReason: "Execution history event limit exceeded",
  });
  assert.deepEqual(redriveStatusOf({ ...facts, stopDate: new Date(start.getTime() + 366 * day) }, new Date(start.getTime() + 367 * day)), {
    redriveStatus: "NOT_REDRIVABLE",
    redriveStatusReason: "Execution has exceeded the max execution time",
  });
});

test("Distributed Map: the parent's redrive redrives the Map Run (same ARN) for the failed items only", async () => {
  let bFailed = false;
  const tasks = scriptedTasks((request) => {
    if (request.input !== "b" || bFailed) return `${request.input as string}!`;
    bFailed = true;
    return new StatesError("Nope");
  });
  const first = startExecution({
    definition: {
      StartAt: "Fan",
      States: {
        Fan: {
          Type: "Map",
          MaxConcurrency: 1,
          End: true,
          ItemProcessor: {
            ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
            StartAt: "Work",
            States: { Work: { Type: "Task", Resource: task, End: true } },
          },
        },
      },
    },
    input: ["a", "b", "c"],
    taskExecutor: tasks.executor,
  });
  const failed = await first.done;
  assert.equal(failed.status, "FAILED");
  const started = failed.history.find((e) => e.type === "MapRunStarted")!["mapRunStartedEventDetails"] as { mapRunArn: string };
  const failedLength = failed.history.length;
  const before = tasks.calls.length;
  const result = await redriveExecution(first).done;
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, ["a!", "b!", "c!"]);
  const rerun = tasks.calls.slice(before).map((c) => c.input);
  assert.deepEqual(rerun, ["b", "c"], "a succeeded and is not rerun; c never started");
  const redriven = result.history.slice(failedLength).find((e) => e.type === "MapRunRedriven");
  assert.deepEqual(redriven?.["mapRunRedrivenEventDetails"], { mapRunArn: started.mapRunArn, redriveCount: 1 });
});

/** The event types and the names of the states entered, of a slice of history. */
function history(events: readonly HistoryEvent[]) {
  return {
    types: types(events),
    entered: events
      .filter((e) => e.type.endsWith("StateEntered"))
      .map((e) => (e["stateEnteredEventDetails"] as { name: string }).name),
  };
}
