import { test } from "node:test";
import assert from "node:assert/strict";
import type { JsonObject } from "../core/json.ts";
import { StatesError } from "../core/errors.ts";
import type { ExecutionCheckpoint, ExecutionEnd, ExecutionJournal } from "./checkpoint.ts";
import { remainingWaitMs } from "./checkpoint.ts";
import { scaledTimers, type Timers } from "./ports.ts";
import { redriveExecution, resumeExecution, startExecution, type SavedExecution } from "./run-execution.ts";
import type { HistoryEvent } from "./types.ts";

/**
 * Continuing an execution from a checkpoint (what a Durable Object does after an eviction): from
 * any checkpoint the journal was given, the continued run writes exactly the history the
 * uninterrupted run wrote (same ids, links, types and details), so no event is lost or written twice.
 */

interface Snapshot {
  checkpoint: ExecutionCheckpoint;
  events: HistoryEvent[];
}

function recordingJournal(): ExecutionJournal & { snapshots: Snapshot[]; ends: ExecutionEnd[] } {
  const snapshots: Snapshot[] = [];
  const ends: ExecutionEnd[] = [];
  return {
    snapshots,
    ends,
    checkpoint(_arn, checkpoint, events) {
      snapshots.push({ checkpoint: structuredClone(checkpoint), events: events.map((e) => structuredClone(e)) });
    },
    ended(_arn, end) {
      ends.push(end);
    },
  };
}

/** Timers that never fire: a run sleeping on them is as good as lost (its host was evicted). */
const frozenTimers: Timers = { scale: 1, sleep: () => new Promise<void>(() => undefined) };

/** Events without their timestamps (a continued run writes its events later than the first run did). */
const comparable = (events: readonly HistoryEvent[]) => events.map(({ timestamp: _timestamp, ...rest }) => rest);

const definition: JsonObject = {
  StartAt: "Prepare",
  States: {
    Prepare: { Type: "Pass", Result: { items: [1, 2, 3] }, Assign: { seen: "prepared" }, Next: "Sleep" },
    Sleep: { Type: "Wait", Seconds: 30, Next: "Fork" },
    Fork: {
      Type: "Parallel",
      Branches: [
        { StartAt: "BranchWait", States: { BranchWait: { Type: "Wait", Seconds: 5, End: true } } },
        { StartAt: "BranchPass", States: { BranchPass: { Type: "Pass", Result: "b", End: true } } },
      ],
      ResultPath: "$.fork",
      Next: "Each",
    },
    Each: {
      Type: "Map",
      ItemsPath: "$.items",
      ItemProcessor: { StartAt: "Double", States: { Double: { Type: "Pass", Parameters: { "v.$": "$" }, End: true } } },
      ResultPath: "$.each",
      Next: "Decide",
    },
    Decide: { Type: "Choice", Choices: [{ Variable: "$.items[0]", NumericEquals: 1, Next: "Finish" }], Default: "Finish" },
    Finish: { Type: "Pass", Parameters: { "seen.$": "$seen", "each.$": "$.each" }, End: true },
  },
};

function start(journal: ExecutionJournal, timers: Timers) {
  return startExecution({ definition, input: { n: 1 }, executionName: "e1", journal, timers });
}

test("continuing from any checkpoint writes the uninterrupted run's history, each event once", async () => {
  const journal = recordingJournal();
  const reference = await start(journal, scaledTimers(0.0001)).done;
  assert.equal(reference.status, "SUCCEEDED");
  // Run start, each Entered, each Wait's sleep, each transition.
  assert.ok(journal.snapshots.length >= 8, `checkpoints: ${journal.snapshots.length}`);
  assert.deepEqual(journal.snapshots.map((s) => s.checkpoint.point.state).slice(0, 4), ["Prepare", "Prepare", "Sleep", "Sleep"]);
  assert.ok(journal.snapshots.some((s) => s.checkpoint.wait?.delayMs === 30_000), "the top-level Wait is checkpointed with its delay");
  assert.equal(journal.ends.length, 1);

  for (const [index, snapshot] of journal.snapshots.entries()) {
    const saved: SavedExecution = {
      info: { executionArn: "arn:aws:states:us-east-1:123456789012:execution:StateMachine:e1", executionName: "e1", input: { n: 1 }, startTime: reference.history[0]!.timestamp.toISOString(), roleArn: "arn:aws:iam::123456789012:role/StepFunctionsRole", redriveCount: 0, stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:StateMachine", stateMachineName: "StateMachine" },
      history: snapshot.events,
      checkpoint: snapshot.checkpoint,
    };
    const continued = await resumeExecution({ definition, timers: scaledTimers(0.0001) }, saved).done;
    assert.equal(continued.status, "SUCCEEDED", `from checkpoint ${index}`);
    assert.deepEqual(continued.output, reference.output, `output from checkpoint ${index}`);
    assert.deepEqual(comparable(continued.history), comparable(reference.history), `history from checkpoint ${index} (${snapshot.checkpoint.point.state})`);
    assert.deepEqual(continued.history.map((e) => e.id), continued.history.map((_, i) => i + 1));
  }
});

test("a run lost while its Wait sleeps goes on with what is left of the Wait", async () => {
  const journal = recordingJournal();
  const lost = start(journal, frozenTimers);
  // Let the run get to its Wait, then abandon it (its timers never fire).
  for (let i = 0; i < 20 && !journal.snapshots.some((s) => s.checkpoint.wait); i++) await Promise.resolve();
  const sleeping = journal.snapshots.findLast((s) => s.checkpoint.wait);
  assert.ok(sleeping, "the Wait was checkpointed");
  assert.equal(sleeping.checkpoint.entered?.eventId, sleeping.checkpoint.eventCount, "its Entered event is the last one kept");
  const slept: number[] = [];
  const timers: Timers = { scale: 1, sleep: (ms) => (slept.push(ms), Promise.resolve()) };
  const saved: SavedExecution = {
    info: { executionArn: lost.executionArn, executionName: "e1", input: { n: 1 }, startTime: lost.startDate.toISOString(), roleArn: "r", redriveCount: 0, stateMachineArn: "sm", stateMachineName: "StateMachine" },
    history: sleeping.events,
    checkpoint: { ...sleeping.checkpoint, wait: { delayMs: 30_000, since: new Date(Date.now() - 10_000).toISOString() } },
  };
  const result = await resumeExecution({ definition, timers }, saved).done;
  assert.equal(result.status, "SUCCEEDED");
  assert.ok(slept[0]! <= 20_000 && slept[0]! > 15_000, `the Wait sleeps the rest of its 30 s: ${slept[0]}`);
  assert.equal(result.history.filter((e) => e.type === "WaitStateEntered").length, 2, "one for Sleep, one for BranchWait");
});

test("an ended execution taken up again can still be redriven from where it failed", async () => {
  let fail = true;
  const failing: JsonObject = {
    StartAt: "One",
    States: { One: { Type: "Pass", Next: "Two" }, Two: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true } },
  };
  const journal = recordingJournal();
  const taskExecutor = async () => {
    if (fail) throw new StatesError("Boom", "first time");
    return { ok: true };
  };
  const first = await startExecution({ definition: failing, executionName: "f", journal, taskExecutor, timers: scaledTimers(0) }).done;
  assert.equal(first.status, "FAILED");
  const end = journal.ends[0]!;
  assert.equal(end.resumePoint?.state, "Two");
  const restored = resumeExecution(
    { definition: failing, taskExecutor, timers: scaledTimers(0) },
    { info: { executionArn: "arn:aws:states:us-east-1:123456789012:execution:StateMachine:f", executionName: "f", input: {}, startTime: first.history[0]!.timestamp.toISOString(), roleArn: "r", redriveCount: 0, stateMachineArn: "sm", stateMachineName: "StateMachine" }, history: first.history, end },
  );
  assert.equal(restored.status, "FAILED");
  assert.equal((await restored.done).status, "FAILED");
  fail = false;
  const redriven = await redriveExecution(restored).done;
  assert.equal(redriven.status, "SUCCEEDED");
  const entered = redriven.history.filter((e) => e.type.endsWith("StateEntered")).map((e) => (e["stateEnteredEventDetails"] as { name: string }).name);
  assert.deepEqual(entered, ["One", "Two", "Two"], "One is not rerun");
});

test("remainingWaitMs scales the time already slept", () => {
  const since = "2024-01-01T00:00:00.000Z";
  assert.equal(remainingWaitMs({ delayMs: 10_000, since }, new Date("2024-01-01T00:00:00.050Z"), 0.01), 5_000);
  assert.equal(remainingWaitMs({ delayMs: 10_000, since }, new Date("2024-01-01T00:01:00.000Z"), 1), 0);
});
