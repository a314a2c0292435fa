import { test } from "node:test";
import assert from "node:assert/strict";
import { matchHistory, type ExpectedEvent } from "./match-history.ts";

/** A runtime-style event: payloads as JSON text, Date timestamps. */
function ev(id: number, previousEventId: number, type: string, details?: Record<string, unknown>): Record<string, unknown> {
  const event: Record<string, unknown> = { id, previousEventId, timestamp: new Date(1_700_000_000_000 + id), type };
  if (details) Object.assign(event, details);
  return event;
}

const actual = [
  ev(1, 0, "ExecutionStarted", { executionStartedEventDetails: { input: "{}", inputDetails: { truncated: false }, roleArn: "arn:aws:iam::123456789012:role/r" } }),
  ev(2, 0, "PassStateEntered", { stateEnteredEventDetails: { name: "P", input: "{}", inputDetails: { truncated: false } } }),
  ev(3, 2, "PassStateExited", { stateExitedEventDetails: { name: "P", output: '{"a":1}', outputDetails: { truncated: false } } }),
  ev(4, 3, "ExecutionSucceeded", { executionSucceededEventDetails: { output: '{"a":1}', outputDetails: { truncated: false } } }),
];

test("a recorded-style full history matches (parsed payloads vs JSON text, placeholders)", () => {
  const expected: ExpectedEvent[] = [
    { id: 1, previousEventId: 0, type: "ExecutionStarted", timestamp: "timestamp", executionStartedEventDetails: { input: {}, inputDetails: { truncated: false }, roleArn: "snf_role_arn" } },
    { id: 2, previousEventId: 0, type: "PassStateEntered", stateEnteredEventDetails: { name: "P", input: {}, inputDetails: { truncated: false } } },
    { id: 3, previousEventId: 2, type: "PassStateExited", stateExitedEventDetails: { name: "P", output: { a: 1 }, outputDetails: { truncated: false } } },
    { id: 4, previousEventId: 3, type: "ExecutionSucceeded", executionSucceededEventDetails: { output: { a: 1 }, outputDetails: { truncated: false } } },
  ];
  assert.deepEqual(matchHistory(expected, actual, { placeholders: ["snf_role_arn", "timestamp"] }), []);
});

test("expected events are an ordered subsequence: gaps allowed, order enforced", () => {
  assert.deepEqual(matchHistory([{ type: "ExecutionStarted" }, { type: "ExecutionSucceeded" }], actual), []);
  const wrongOrder = matchHistory([{ type: "ExecutionSucceeded" }, { type: "PassStateEntered" }], actual);
  assert.equal(wrongOrder.length, 1);
  assert.equal(wrongOrder[0]!.path, "history[1]");
});

test("a missing event names the nearest candidate and its differences", () => {
  const m = matchHistory([{ type: "PassStateExited", stateExitedEventDetails: { name: "P", output: { a: 2 }, outputDetails: { truncated: false } } }], actual);
  assert.match(m[0]!.message, /nearest candidate is actual #2 \(PassStateExited\)/);
  assert.ok(m.some((x) => x.path.endsWith("stateExitedEventDetails.output.a")));
  const none = matchHistory([{ type: "TaskStateEntered" }], actual);
  assert.match(none[0]!.message, /not found/);
});

test("ids and details are compared when listed; unlisted members are ignored", () => {
  assert.equal(matchHistory([{ id: 9, type: "PassStateEntered" }], actual).length > 0, true);
  assert.deepEqual(matchHistory([{ id: 2, type: "PassStateEntered" }], actual), []);
  assert.deepEqual(matchHistory([{ type: "PassStateEntered", stateEnteredEventDetails: { $any: true } }], actual), []);
});

const branches = [
  ev(1, 0, "ParallelStateEntered"),
  ev(2, 1, "ParallelStateStarted"),
  ev(3, 2, "PassStateEntered", { stateEnteredEventDetails: { name: "B1" } }),
  ev(4, 2, "PassStateEntered", { stateEnteredEventDetails: { name: "B0" } }),
  ev(5, 4, "PassStateExited", { stateExitedEventDetails: { name: "B0" } }),
  ev(6, 3, "PassStateExited", { stateExitedEventDetails: { name: "B1" } }),
  ev(7, 6, "ParallelStateSucceeded"),
  ev(8, 7, "ParallelStateExited"),
];
const recordedBranches: ExpectedEvent[] = [
  { id: 2, previousEventId: 1, type: "ParallelStateStarted" },
  { type: "PassStateEntered", stateEnteredEventDetails: { name: "B0" } },
  { type: "PassStateEntered", stateEnteredEventDetails: { name: "B1" } },
  { type: "PassStateExited", stateExitedEventDetails: { name: "B0" } },
  { type: "PassStateExited", stateExitedEventDetails: { name: "B1" } },
  { id: 8, previousEventId: 7, type: "ParallelStateExited" },
];

test("parallelBranchesUnordered matches runs of id-less events in any order", () => {
  assert.deepEqual(matchHistory(recordedBranches, branches, { parallelBranchesUnordered: true }), []);
  assert.notDeepEqual(matchHistory(recordedBranches, branches), [], "without the option the order matters");
});

test("unordered runs still need distinct actual events and stay between their neighbours", () => {
  const doubled: ExpectedEvent[] = [...recordedBranches.slice(0, 2), { type: "PassStateEntered", stateEnteredEventDetails: { name: "B0" } }, ...recordedBranches.slice(3)];
  assert.equal(matchHistory(doubled, branches, { parallelBranchesUnordered: true }).length > 0, true);
  const late: ExpectedEvent[] = [{ id: 8, type: "ParallelStateExited" }, { type: "PassStateEntered" }];
  assert.equal(matchHistory(late, branches, { parallelBranchesUnordered: true }).length > 0, true);
});

test("bindings carry across events", () => {
  const uuid1 = "0f8fad5b-d9cb-469f-a165-70867728950e";
  const uuid2 = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
  const events = [ev(1, 0, "A", { aEventDetails: { output: `"${uuid1}"` } }), ev(2, 1, "B", { bEventDetails: { output: `"${uuid2}"` } })];
  const expected: ExpectedEvent[] = [{ type: "A", aEventDetails: { output: "<uuid:1>" } }, { type: "B", bEventDetails: { output: "<uuid:1>" } }];
  assert.notDeepEqual(matchHistory(expected, events, { placeholders: ["<uuid:1>"] }), []);
  assert.deepEqual(matchHistory(expected, [events[0]!, ev(2, 1, "B", { bEventDetails: { output: `"${uuid1}"` } })], { placeholders: ["<uuid:1>"] }), []);
});
