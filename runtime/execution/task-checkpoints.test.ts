import { test } from "node:test";
import assert from "node:assert/strict";
import { StatesError } from "../core/errors.ts";
import type { JsonObject } from "../core/json.ts";
import { TaskTokens } from "../integrations/task-tokens.ts";
import type { TaskHandlers } from "../integrations/task-handlers.ts";
import { checkpointWakeTime, type ExecutionCheckpoint, type ExecutionJournal } from "./checkpoint.ts";
import type { Clock, Timers } from "./ports.ts";
import { resumeExecution, startExecution, type SavedExecution } from "./run-execution.ts";
import type { HistoryEvent } from "./types.ts";

/**
 * A top-level Task's checkpoints inside the state (task-checkpoints.ts): a host lost while the Task
 * waits on its token or sleeps before a retry is continued from there by another "host" (a fresh
 * run, TaskTokens and timers over the kept checkpoint and events), with an injected clock and
 * timers that fire only when the test says, so what is left of each delay is read off exactly.
 */

const T0 = Date.parse("2026-01-01T00:00:00.000Z");

function manualClock(at: number): Clock & { at: number } {
  const clock = { at, now: () => new Date(clock.at) };
  return clock;
}

interface PendingSleep {
  ms: number;
  fire(): void;
  signal: AbortSignal | undefined;
}

/** Timers that sleep until `fire()`: a run whose timers are never fired is as good as lost. */
function manualTimers(): Timers & { sleeps: PendingSleep[]; live(): PendingSleep[] } {
  const sleeps: PendingSleep[] = [];
  return {
    scale: 1,
    sleeps,
    live: () => sleeps.filter((s) => !s.signal?.aborted),
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
        sleeps.push({ ms, fire: resolve, signal });
      });
    },
  };
}

interface Snapshot {
  checkpoint: ExecutionCheckpoint;
  events: HistoryEvent[];
}

function recordingJournal(): ExecutionJournal & { snapshots: Snapshot[] } {
  const snapshots: Snapshot[] = [];
  return {
    snapshots,
    checkpoint(_arn, checkpoint, events) {
      snapshots.push({ checkpoint: structuredClone(checkpoint), events: events.map((e) => structuredClone(e)) });
    },
    ended: () => undefined,
  };
}

/** Lets the runs go on as far as they can without a timer firing. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function saved(snapshot: Snapshot, name: string): SavedExecution {
  return {
    info: {
      executionArn: `arn:aws:states:us-east-1:123456789012:execution:StateMachine:${name}`,
      executionName: name,
      input: {},
      startTime: snapshot.events[0]!.timestamp.toISOString(),
      roleArn: "arn:aws:iam::123456789012:role/StepFunctionsRole",
      redriveCount: 0,
      stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:StateMachine",
      stateMachineName: "StateMachine",
    },
    history: snapshot.events,
    checkpoint: snapshot.checkpoint,
  };
}

const types = (history: readonly HistoryEvent[]) => history.map((e) => e.type);
const ids = (history: readonly HistoryEvent[]) => history.map((e) => e.id);

const callback = (task: JsonObject): JsonObject => ({
  StartAt: "Call",
  States: { Call: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", Parameters: { "token.$": "$$.Task.Token" }, ...task, Next: "Done" }, Done: { Type: "Pass", End: true } },
});

/** A `.waitForTaskToken` run on "host 1" until its token is handed over; returns the token and the checkpoints. */
async function firstHost(definition: JsonObject, clock: Clock) {
  const journal = recordingJournal();
  const tokens: string[] = [];
  const handlers: TaskHandlers = {
    Call: (_input, ctx) => {
      tokens.push(ctx.taskToken!);
      return { MessageId: "m-1" };
    },
  };
  const timers = manualTimers();
  startExecution({ definition, executionName: "e1", journal, handlers, clock, timers, taskTokens: new TaskTokens(timers) });
  await settle();
  const waiting = journal.snapshots.findLast((s) => s.checkpoint.task?.attempt);
  assert.ok(waiting, "the Task waiting on its token is checkpointed");
  return { token: tokens[0]!, waiting, journal };
}

test("a .waitForTaskToken Task lost while it waits: the continuation waits on the same token, and TimeoutSeconds counts from the attempt's start", async () => {
  const definition = callback({ TimeoutSeconds: 100, HeartbeatSeconds: 30 });
  const { token, waiting } = await firstHost(definition, manualClock(T0));
  assert.deepEqual(types(waiting.events), ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted"], "the checkpoint covers the events written so far");
  assert.equal(waiting.checkpoint.eventCount, 5);
  assert.equal(waiting.checkpoint.task?.attempt?.token, token);
  assert.equal(waiting.checkpoint.task?.attempt?.timeoutMs, 100_000);
  // Wake up at the earlier of the timeout and the heartbeat deadline.
  assert.equal(checkpointWakeTime(waiting.checkpoint, 1), T0 + 30_000);

  // Host 2, 60 s later, with a heartbeat sent 20 s before the loss.
  const checkpoint = structuredClone(waiting.checkpoint);
  checkpoint.task!.attempt!.heartbeatAt = new Date(T0 + 40_000).toISOString();
  let called = 0;
  const timers = manualTimers();
  const tokens = new TaskTokens(timers);
  const handle = resumeExecution(
    { definition, clock: manualClock(T0 + 60_000), timers, taskTokens: tokens, handlers: { Call: () => (called++, {}) } },
    { ...saved(waiting, "e1"), checkpoint },
  );
  assert.ok(tokens.isWaiting(token), "the same token is registered again, before resumeExecution returns");
  await settle();
  assert.equal(called, 0, "the service is not called again");
  assert.deepEqual(timers.live().map((s) => s.ms).sort((a, b) => a - b), [10_000, 40_000], "heartbeat: 30 s from the last heartbeat; TimeoutSeconds: 100 s from the attempt's start");
  timers.live().find((s) => s.ms === 40_000)!.fire();
  const result = await handle.done;
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Timeout");
  assert.deepEqual(types(result.history), ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskTimedOut", "ExecutionFailed"]);
  assert.deepEqual(ids(result.history), [1, 2, 3, 4, 5, 6, 7]);
});

test("a continuation whose TimeoutSeconds is already past times out at once, with the events and error of an uninterrupted run", async () => {
  const definition = callback({ TimeoutSeconds: 100 });
  const { waiting } = await firstHost(definition, manualClock(T0));
  const timers = manualTimers();
  const handle = resumeExecution({ definition, clock: manualClock(T0 + 150_000), timers, taskTokens: new TaskTokens(timers), handlers: { Call: () => ({}) } }, saved(waiting, "e1"));
  await settle();
  assert.deepEqual(timers.live().map((s) => s.ms), [0]);
  timers.live()[0]!.fire();
  const result = await handle.done;
  assert.equal(result.error, "States.Timeout");
  assert.deepEqual(types(result.history).slice(-2), ["TaskTimedOut", "ExecutionFailed"]);
  assert.deepEqual(ids(result.history), [1, 2, 3, 4, 5, 6, 7]);
});

test("an answer stored before the host was lost is acted on by the continuation without waiting", async () => {
  const definition = callback({});
  const journal = recordingJournal();
  const timers = manualTimers();
  const tokens = new TaskTokens(timers);
  let token = "";
  const uninterrupted = startExecution({ definition, executionName: "e1", journal, clock: manualClock(T0), timers, taskTokens: tokens, handlers: { Call: (_input, ctx) => ((token = ctx.taskToken!), {}) } });
  await settle();
  tokens.succeed(token, JSON.stringify({ answered: true }));
  const reference = await uninterrupted.done;
  const answered = journal.snapshots.findLast((s) => s.checkpoint.task?.attempt?.answer);
  assert.ok(answered, "the answer is checkpointed as it comes (before the task goes on with it)");
  assert.deepEqual(answered.checkpoint.task?.attempt?.answer, { output: { answered: true } });
  const timers2 = manualTimers();
  const result = await resumeExecution({ definition, clock: manualClock(T0 + 1_000), timers: timers2, taskTokens: new TaskTokens(timers2), handlers: { Call: () => ({}) } }, saved(answered, "e1")).done;
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { answered: true });
  assert.deepEqual(types(result.history), ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"]);
  assert.deepEqual(ids(result.history), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const comparable = (history: readonly HistoryEvent[]) => history.map(({ timestamp: _timestamp, ...rest }) => rest);
  assert.deepEqual(comparable(result.history), comparable(reference.history), "the history the uninterrupted run wrote: same links and details");
});

test("a Task lost in its Retry interval sleeps what is left, then makes only the attempts MaxAttempts leaves", async () => {
  const definition: JsonObject = {
    StartAt: "Flaky",
    States: {
      Flaky: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Parameters: { FunctionName: "flaky" },
        Retry: [{ ErrorEquals: ["Other"], MaxAttempts: 5 }, { ErrorEquals: ["Boom"], IntervalSeconds: 10, MaxAttempts: 2, BackoffRate: 1 }],
        End: true,
      },
    },
  };
  const journal = recordingJournal();
  const timers1 = manualTimers();
  const boom = () => {
    throw new StatesError("Boom", "again");
  };
  startExecution({ definition, executionName: "r1", journal, clock: manualClock(T0), timers: timers1, handlers: { Flaky: boom } });
  await settle();
  const sleeping = journal.snapshots.findLast((s) => s.checkpoint.task?.retryWait);
  assert.ok(sleeping, "the Retry interval is checkpointed");
  assert.deepEqual(sleeping.checkpoint.task, { retries: [0, 1], retryCount: 1, retryWait: { delayMs: 10_000, since: new Date(T0).toISOString() } });
  assert.deepEqual(types(sleeping.events).slice(-3), ["TaskScheduled", "TaskStarted", "TaskFailed"], "the failed attempt's events are kept");
  assert.equal(checkpointWakeTime(sleeping.checkpoint, 1), T0 + 10_000);

  // Host 2, 4 s into the interval.
  let attempts = 0;
  const timers = manualTimers();
  const handle = resumeExecution(
    { definition, clock: manualClock(T0 + 4_000), timers, handlers: { Flaky: () => (attempts++, boom()) } },
    saved(sleeping, "r1"),
  );
  await settle();
  assert.deepEqual(timers.live().map((s) => s.ms), [6_000], "what is left of the 10 s interval");
  timers.live()[0]!.fire();
  await settle();
  assert.equal(attempts, 1);
  const next = timers.live().find((s) => s.ms === 10_000);
  assert.ok(next, "the second retry's full interval");
  next.fire();
  const result = await handle.done;
  assert.equal(attempts, 2, "one retry was made before the loss: two attempts are left, not three");
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "Boom");
  assert.equal(types(result.history).filter((t) => t === "TaskScheduled").length, 3, "1 + MaxAttempts attempts in all");
  assert.deepEqual(ids(result.history), result.history.map((_, i) => i + 1));
});

test("a nested Task (in a Parallel branch) takes no Task checkpoint: its state reruns whole", async () => {
  const definition: JsonObject = {
    StartAt: "Fork",
    States: {
      Fork: {
        Type: "Parallel",
        Branches: [{ StartAt: "Call", States: { Call: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", Parameters: { "t.$": "$$.Task.Token" }, End: true } } }],
        End: true,
      },
    },
  };
  const journal = recordingJournal();
  const timers = manualTimers();
  startExecution({ definition, executionName: "n1", journal, clock: manualClock(T0), timers, taskTokens: new TaskTokens(timers), handlers: { Call: () => ({}) } });
  await settle();
  assert.ok(journal.snapshots.length > 0);
  assert.ok(journal.snapshots.every((s) => s.checkpoint.task === undefined));
});
