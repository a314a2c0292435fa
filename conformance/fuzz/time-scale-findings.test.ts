/**
 * Regressions of the time-scale findings of issue 9: a Task answered at once must end before any
 * timer fires, in virtual time (timers fire one per macrotask once promise chains settle) as in
 * real time. The runtime used to hold a Task's end back one macrotask (its default TimeoutSeconds
 * was armed after a turn of the event loop, and the Task's end waited for that turn), so a Wait
 * of 1 s in a sibling branch, or a Retry interval, could end first and another branch fail first.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { runInProcess } from "./in-process-target.ts";
import type { TaskResponse } from "../compare/execution-case.ts";
import type { JsonObject } from "../../runtime/core/json.ts";

const activity = (name: string) => `arn:aws:states:us-east-1:123456789012:activity:${name}`;

/** Branch A: two Tasks answered at once, then Fail "A"; branch B: a Wait of 1 s, then Fail "B". */
const racingBranches: JsonObject = {
  StartAt: "P",
  States: {
    P: {
      Type: "Parallel",
      End: true,
      Branches: [
        {
          StartAt: "T1",
          States: {
            T1: { Type: "Task", Resource: activity("t1"), Next: "T2" },
            T2: { Type: "Task", Resource: activity("t2"), Next: "FailA" },
            FailA: { Type: "Fail", Error: "A" },
          },
        },
        { StartAt: "W", States: { W: { Type: "Wait", Seconds: 1, Next: "FailB" }, FailB: { Type: "Fail", Error: "B" } } },
      ],
    },
  },
};
const answers: TaskResponse[] = [
  { state: "T1", output: 1 },
  { state: "T2", output: 2 },
];

test("virtual time: Tasks answered at once end before a 1 s Wait in another branch", async () => {
  const { observation, virtualMs } = await runInProcess({ definition: racingBranches, input: {}, taskResponses: answers });
  assert.equal(observation.kind, "ended");
  if (observation.kind !== "ended") return;
  assert.equal(observation.status, "FAILED");
  assert.equal(observation.error, "A", "branch A fails at virtual time 0, before the Wait of branch B ends");
  assert.equal(virtualMs, 0);
  const types = observation.history.map((e) => e.type);
  assert.ok(!types.includes("WaitStateExited"), "the Wait was cancelled, not waited out");
});

test("real time x0.001 gives the outcome of virtual time for the same machine", async () => {
  const { observation } = await runInProcess({ definition: racingBranches, input: {}, taskResponses: answers, realTimeScale: 0.001 });
  assert.equal(observation.kind, "ended");
  if (observation.kind !== "ended") return;
  assert.equal(observation.error, "A");
});

test("a Fail state without Error fails the execution without an error name, in both time modes (AWS: test_state_fail_empty)", async () => {
  const definition: JsonObject = { StartAt: "T", States: { T: { Type: "Task", Resource: activity("t"), Next: "F" }, F: { Type: "Fail" } } };
  for (const realTimeScale of [undefined, 0.001]) {
    const { observation } = await runInProcess({ definition, input: {}, taskResponses: [{ state: "T", output: 1 }], ...(realTimeScale ? { realTimeScale } : {}) });
    assert.equal(observation.kind, "ended");
    if (observation.kind !== "ended") return;
    assert.equal(observation.status, "FAILED");
    assert.equal(observation.error, undefined);
    assert.equal(observation.cause, undefined);
    assert.deepEqual(observation.history.at(-1)?.["executionFailedEventDetails"], {});
  }
});
