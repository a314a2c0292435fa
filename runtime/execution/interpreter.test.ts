import { test } from "node:test";
import assert from "node:assert/strict";
import { runExecution, StatesError, type Json, type TaskExecutor, type Timers } from "../../mod.ts";

/** Timers that do not wait but remember every requested delay (ms), in order. */
function recordingTimers(): Timers & { delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep(ms, signal) {
      delays.push(ms);
      return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
    },
  };
}

const activity = "arn:aws:states:us-east-1:123456789012:activity:work";

function taskMachine(task: Record<string, unknown>, extraStates: Record<string, unknown> = {}) {
  return { StartAt: "T", States: { T: { Type: "Task", Resource: activity, End: true, ...task }, ...extraStates } };
}

/** A task executor failing `failures` times with `error`, then answering `{ok: true}`. */
function flakyTask(failures: number, error = "Boom"): TaskExecutor & { calls: Json[] } {
  const calls: Json[] = [];
  const executor: TaskExecutor = async ({ input }) => {
    calls.push(input);
    if (calls.length <= failures) throw new StatesError(error, `attempt ${calls.length}`);
    return { ok: true };
  };
  return Object.assign(executor, { calls });
}

test("spec example: Retry waits Interval x Backoff^n, capped by MaxDelaySeconds (3 s then 4 s)", async () => {
  const timers = recordingTimers();
  const task = flakyTask(2);
  const result = await runExecution({
    definition: taskMachine({ Retry: [{ ErrorEquals: ["Boom"], IntervalSeconds: 3, BackoffRate: 2, MaxAttempts: 2, MaxDelaySeconds: 4 }] }),
    taskExecutor: task,
    timers,
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(timers.delays, [3000, 4000]);
  assert.equal(task.calls.length, 3);
  const types = result.history.map((e) => e.type);
  assert.deepEqual(types.filter((t) => t.startsWith("Activity")), [
    "ActivityScheduled", "ActivityStarted", "ActivityFailed",
    "ActivityScheduled", "ActivityStarted", "ActivityFailed",
    "ActivityScheduled", "ActivityStarted", "ActivitySucceeded",
  ]);
});

test("MaxAttempts 0 never retries; retries exhausted fail with the task's error", async () => {
  const timers = recordingTimers();
  const result = await runExecution({
    definition: taskMachine({ Retry: [{ ErrorEquals: ["Boom"], MaxAttempts: 0 }] }),
    taskExecutor: flakyTask(5),
    timers,
  });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "Boom");
  assert.equal(result.cause, "attempt 1");
  assert.deepEqual(timers.delays, []);
});

test("JitterStrategy FULL scales each delay by the entropy port's random number", async () => {
  const timers = recordingTimers();
  await runExecution({
    definition: taskMachine({ Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 2, MaxAttempts: 1, JitterStrategy: "FULL" }] }),
    taskExecutor: flakyTask(1),
    timers,
    entropy: { random: () => 0.25, uuid: () => "00000000-0000-4000-8000-000000000000" },
  });
  assert.deepEqual(timers.delays, [500]);
});

test("Catch: the first matching catcher wins and its ResultPath places the error output", async () => {
  const result = await runExecution({
    definition: taskMachine(
      {
        Catch: [
          { ErrorEquals: ["Other"], Next: "Wrong" },
          { ErrorEquals: ["Boom"], ResultPath: "$.error", Next: "Handled" },
          { ErrorEquals: ["States.ALL"], Next: "Wrong" },
        ],
      },
      { Handled: { Type: "Pass", End: true }, Wrong: { Type: "Fail" } },
    ),
    input: { keep: 1 },
    taskExecutor: flakyTask(9),
    timers: recordingTimers(),
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { keep: 1, error: { Error: "Boom", Cause: "attempt 1" } });
  const exited = result.history.find((e) => e.type === "TaskStateExited");
  const failed = result.history.find((e) => e.type === "ActivityFailed");
  assert.equal(exited?.previousEventId, failed?.id, "TaskStateExited links to the failure it caught");
});

test("States.Runtime is never caught, not even by States.ALL", async () => {
  const result = await runExecution({
    definition: taskMachine({ OutputPath: "$.no.such", Catch: [{ ErrorEquals: ["States.ALL"], Next: "C" }] }, { C: { Type: "Succeed" } }),
    taskExecutor: async () => ({}),
  });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Runtime");
  assert.match(result.cause ?? "", /^An error occurred while executing the state 'T' \(entered at the event id #2\)\. Invalid path '\$\.no\.such' : /);
});

test("TimeoutSeconds: a task that never answers times out with States.Timeout and TaskTimedOut-style events", async () => {
  let aborted = false;
  const result = await runExecution({
    definition: taskMachine({ TimeoutSeconds: 5 }),
    taskExecutor: ({ signal }) =>
      new Promise((_, reject) => signal.addEventListener("abort", () => { aborted = true; reject(new Error("aborted")); })),
    timers: recordingTimers(),
  });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Timeout");
  assert.ok(aborted, "the task's signal is aborted on timeout");
  const scheduled = result.history.find((e) => e.type === "ActivityScheduled");
  assert.equal((scheduled?.["activityScheduledEventDetails"] as { timeoutInSeconds?: number }).timeoutInSeconds, 5);
  assert.ok(result.history.some((e) => e.type === "ActivityTimedOut"));
});

test("a Catch of States.Timeout gets Cause \"\" (recorded) and the error name", async () => {
  const result = await runExecution({
    definition: taskMachine({ TimeoutSeconds: 1, Catch: [{ ErrorEquals: ["States.Timeout"], Next: "C" }] }, { C: { Type: "Succeed" } }),
    taskExecutor: ({ signal }) => new Promise((_, reject) => signal.addEventListener("abort", () => reject(new Error("x")))),
    timers: recordingTimers(),
  });
  assert.deepEqual(result.output, { Error: "States.Timeout", Cause: "" });
});

test("a handler that throws a plain Error fails the task with States.TaskFailed", async () => {
  const result = await runExecution({ definition: taskMachine({}), taskExecutor: async () => { throw new Error("kaput"); } });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.TaskFailed");
  assert.equal(result.cause, "kaput");
});

test("without a task executor a Task fails clearly, naming its resource and state (States.Runtime: no Catch hides it)", async () => {
  const result = await runExecution({ definition: taskMachine({ Catch: [{ ErrorEquals: ["States.ALL"], Next: "Caught" }] }, { Caught: { Type: "Pass", End: true } }) });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Runtime");
  assert.match(result.cause ?? "", /arn:aws:states:us-east-1:123456789012:activity:work/);
  assert.match(result.cause ?? "", /Task state 'T'/);
});

test("the task gets the effective input and the context object, with State.RetryCount per attempt", async () => {
  const seen: Json[] = [];
  const result = await runExecution({
    definition: taskMachine({
      InputPath: "$.job",
      Parameters: { "id.$": "$.id", "attempt.$": "$$.State.RetryCount", "execution.$": "$$.Execution.Name" },
      Retry: [{ ErrorEquals: ["Boom"], MaxAttempts: 1 }],
    }),
    input: { job: { id: 7 } },
    executionName: "my-run",
    taskExecutor: async ({ input }) => {
      seen.push(input);
      if (seen.length === 1) throw new StatesError("Boom");
      return "done";
    },
    timers: recordingTimers(),
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(seen, [
    { id: 7, attempt: 0, execution: "my-run" },
    { id: 7, attempt: 1, execution: "my-run" },
  ]);
  assert.equal(result.output, "done");
});

test("execution TimeoutSeconds ends the run TIMED_OUT with ExecutionTimedOut", async () => {
  const result = await runExecution({
    definition: { TimeoutSeconds: 1, StartAt: "W", States: { W: { Type: "Wait", Seconds: 60, End: true } } },
    timeScale: 0.001,
  });
  assert.equal(result.status, "TIMED_OUT");
  assert.equal(result.history.at(-1)?.type, "ExecutionTimedOut");
});

test("aborting the signal stops a running execution as ABORTED", async () => {
  const controller = new AbortController();
  const running = runExecution({
    definition: { StartAt: "W", States: { W: { Type: "Wait", Seconds: 3600, End: true } } },
    signal: controller.signal,
  });
  setTimeout(() => controller.abort(), 10);
  const result = await running;
  assert.equal(result.status, "ABORTED");
  assert.equal(result.history.at(-1)?.type, "ExecutionAborted");
});

test("Wait time is injectable: timeScale shortens it and the requested delay is exact", async () => {
  const timers = recordingTimers();
  const result = await runExecution({ definition: { StartAt: "W", States: { W: { Type: "Wait", Seconds: 90, End: true } } }, timers });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(timers.delays, [90_000]);
});

test("Map honours MaxConcurrency: never more tasks in flight than allowed", async () => {
  let inFlight = 0;
  let peak = 0;
  const result = await runExecution({
    definition: {
      StartAt: "M",
      States: {
        M: {
          Type: "Map",
          MaxConcurrency: 2,
          ItemProcessor: { StartAt: "T", States: { T: { Type: "Task", Resource: activity, End: true } } },
          End: true,
        },
      },
    },
    input: [1, 2, 3, 4, 5],
    taskExecutor: async ({ input }) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return (input as number) * 10;
    },
  });
  assert.deepEqual(result.output, [10, 20, 30, 40, 50]);
  assert.equal(peak, 2);
});

test("a failing Parallel branch fails the state with the branch's error and stops the other branches", async () => {
  let otherFinished = false;
  const result = await runExecution({
    definition: {
      StartAt: "P",
      States: {
        P: {
          Type: "Parallel",
          Branches: [
            { StartAt: "F", States: { F: { Type: "Fail", Error: "BranchError", Cause: "because" } } },
            { StartAt: "Slow", States: { Slow: { Type: "Wait", Seconds: 3600, Next: "After" }, After: { Type: "Pass", End: true } } },
          ],
          End: true,
        },
      },
    },
  });
  otherFinished = result.history.some((e) => e.type === "PassStateEntered");
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "BranchError");
  assert.equal(result.cause, "because");
  assert.equal(otherFinished, false);
  const types = result.history.map((e) => e.type);
  assert.deepEqual(types.slice(-2), ["ParallelStateFailed", "ExecutionFailed"]);
});

test("recorded: a Pass output over 256 KiB fails the execution directly with States.DataLimitExceeded", async () => {
  const big = "x".repeat(262_144);
  const result = await runExecution({ definition: { StartAt: "State_1", States: { State_1: { Type: "Pass", Result: big, End: true } } } });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.DataLimitExceeded");
  assert.equal(result.cause, "The state/task 'State_1' returned a result with a size exceeding the maximum number of bytes service limit.");
  assert.deepEqual(result.history.map((e) => e.type), ["ExecutionStarted", "PassStateEntered", "ExecutionFailed"]);
});

test("Assign: values are visible from the next state on, and listed sorted in StateExited", async () => {
  const result = await runExecution({
    definition: {
      StartAt: "A",
      States: {
        A: { Type: "Pass", Result: { n: 1 }, Assign: { "zeta.$": "$.n", alpha: "literal" }, Next: "B" },
        B: { Type: "Pass", Parameters: { "z.$": "$zeta", "a.$": "$alpha" }, End: true },
      },
    },
  });
  assert.deepEqual(result.output, { z: 1, a: "literal" });
  const exited = result.history.find((e) => e.type === "PassStateExited") as Record<string, Record<string, unknown>>;
  assert.deepEqual(Object.keys(exited["stateExitedEventDetails"]!["assignedVariables"] as object), ["alpha", "zeta"]);
});

test("history ids run 1..n and every previousEventId points to an earlier event", async () => {
  const result = await runExecution({
    definition: {
      StartAt: "M",
      States: {
        M: { Type: "Map", ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } }, Next: "Par" },
        Par: { Type: "Parallel", Branches: [{ StartAt: "X", States: { X: { Type: "Pass", End: true } } }, { StartAt: "Y", States: { Y: { Type: "Pass", End: true } } }], End: true },
      },
    },
    input: [1, 2, 3],
  });
  result.history.forEach((event, index) => {
    assert.equal(event.id, index + 1);
    assert.ok(event.previousEventId < event.id && event.previousEventId >= 0);
  });
});

test("activities and .waitForTaskToken tasks get a task token, also as $$.Task.Token in Parameters", async () => {
  const seen: Array<{ token: string | undefined; input: Json }> = [];
  const result = await runExecution({
    definition: {
      StartAt: "Callback",
      States: {
        Callback: {
          Type: "Task",
          Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          Parameters: { "token.$": "$$.Task.Token" },
          Next: "Plain",
        },
        Plain: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true },
      },
    },
    taskExecutor: async ({ taskToken, input }) => {
      seen.push({ token: taskToken, input });
      return {};
    },
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.equal(typeof seen[0]!.token, "string");
  assert.deepEqual(seen[0]!.input, { token: seen[0]!.token! });
  assert.equal(seen[1]!.token, undefined, "request-response integrations get no token");
});
