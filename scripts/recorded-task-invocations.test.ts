import { test } from "node:test";
import assert from "node:assert/strict";
import { taskInvocations } from "./recorded-task-invocations.ts";

const entered = (name: string, id?: number, previousEventId?: number) => ({
  ...(id !== undefined ? { id, previousEventId } : {}),
  type: "TaskStateEntered",
  stateEnteredEventDetails: { name },
});

test("linked events: a retry's Scheduled event chains back through the failed attempt to the state entered", () => {
  const invocations = taskInvocations(
    [
      entered("T", 2, 0),
      { id: 3, previousEventId: 2, type: "TaskScheduled" },
      { id: 4, previousEventId: 3, type: "TaskStarted" },
      { id: 5, previousEventId: 4, type: "TaskFailed" },
      { id: 6, previousEventId: 5, type: "TaskScheduled" },
      { id: 7, previousEventId: 6, type: "TaskStarted" },
      { id: 8, previousEventId: 7, type: "TaskSubmitted" },
      { id: 9, previousEventId: 8, type: "TaskSucceeded" },
    ],
    new Set(["T"]),
  );
  assert.deepEqual(
    invocations.map((i) => [i.state, i.kind, i.scheduled.id, i.started?.id, i.submitted?.id, i.outcome?.type]),
    [
      ["T", "task", 3, 4, undefined, "TaskFailed"],
      ["T", "task", 6, 7, 8, "TaskSucceeded"],
    ],
  );
});

test("id-less (normalised Parallel) events pair by position, even an outcome sorted before its Scheduled event", () => {
  const invocations = taskInvocations(
    [entered("L"), { type: "LambdaFunctionFailed" }, { type: "LambdaFunctionScheduled" }, { type: "LambdaFunctionStarted" }, { type: "TaskStateAborted" }],
    new Set(["L"]),
  );
  assert.deepEqual(invocations.map((i) => [i.state, i.kind, i.outcome?.type, i.started?.type]), [["L", "lambda", "LambdaFunctionFailed", "LambdaFunctionStarted"]]);
});

test("id-less events of two concurrent Task states cannot be told apart", () => {
  assert.throws(
    () => taskInvocations([entered("A"), entered("B"), { type: "TaskScheduled" }, { type: "TaskScheduled" }], new Set(["A", "B"])),
    /'A' and 'B' cannot be told apart/,
  );
});
