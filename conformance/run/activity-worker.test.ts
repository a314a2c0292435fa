import { test } from "node:test";
import assert from "node:assert/strict";
import type { ApiAnswer, Transport } from "../api/transport.ts";
import { startActivityWorker } from "./activity-worker.ts";

/**
 * A fake Step Functions endpoint with queued activity tasks: GetActivityTask hands out the next
 * queued task of its activity (or waits until the poll is aborted, like a long poll); every call is
 * recorded. `settled` resolves once `expectedAnswers` SendTask* calls arrived.
 */
function fakeTarget(tasks: Record<string, string[]>, expectedAnswers: number, history: unknown[] = []) {
  const calls: Array<{ operation: string; request: Record<string, unknown> }> = [];
  let answers = 0;
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const transport: Transport = {
    send(operation, request, options) {
      const body = request as Record<string, unknown>;
      calls.push({ operation, request: body });
      if (operation === "GetActivityTask") {
        const token = tasks[String(body["activityArn"])]?.shift();
        if (token) return Promise.resolve<ApiAnswer>({ status: 200, body: { taskToken: token, input: "{}" } });
        return new Promise((_, reject) => options?.signal?.addEventListener("abort", () => reject(new Error("aborted")), { once: true }));
      }
      if (operation === "GetExecutionHistory") return Promise.resolve({ status: 200, body: { events: history } });
      if (++answers === expectedAnswers) settle();
      return Promise.resolve({ status: 200, body: {} });
    },
  };
  return { transport, calls, settled };
}

test("each task takes its state's next scripted answer; the last one repeats; hang answers nothing", async () => {
  const target = fakeTarget({ "arn:a": ["t1", "t2", "t3"], "arn:b": ["t4", "t5"] }, 4);
  const worker = startActivityWorker({
    transport: target.transport,
    activities: [
      { arn: "arn:a", states: ["A"] },
      { arn: "arn:b", states: ["B"] },
    ],
    responses: [
      { state: "A", output: { n: 1 } },
      { state: "A", error: "Custom.Error", cause: "boom" },
      { state: "B", hang: true },
      { state: "B", output: null },
    ],
    executionArn: () => "arn:exec",
    workerName: "w",
  });
  await target.settled;
  await worker.stop();
  const answered = target.calls.filter((c) => c.operation !== "GetActivityTask").map((c) => [c.operation, c.request]);
  assert.deepEqual(answered.filter(([, r]) => String((r as Record<string, unknown>)["taskToken"]).match(/^t[123]$/)), [
    ["SendTaskSuccess", { taskToken: "t1", output: '{"n":1}' }],
    ["SendTaskFailure", { taskToken: "t2", error: "Custom.Error", cause: "boom" }],
    ["SendTaskFailure", { taskToken: "t3", error: "Custom.Error", cause: "boom" }],
  ]);
  assert.deepEqual(answered.filter(([, r]) => String((r as Record<string, unknown>)["taskToken"]).match(/^t[45]$/)), [["SendTaskSuccess", { taskToken: "t5", output: "null" }]], "t4 hangs");
  assert.ok(worker.log.some((line) => line === "B: took the task and stays silent"));
  assert.equal(worker.problem(), undefined);
  const names = target.calls.filter((c) => c.operation === "GetActivityTask").map((c) => c.request["workerName"]);
  assert.equal(new Set(names).size, names.length, "every poll has its own worker name");
});

test("a state without a scripted answer fails its task, as in process", async () => {
  const target = fakeTarget({ "arn:a": ["t1"] }, 1);
  const worker = startActivityWorker({ transport: target.transport, activities: [{ arn: "arn:a", states: ["A"] }], responses: [], executionArn: () => undefined, workerName: "w" });
  await target.settled;
  await worker.stop();
  assert.deepEqual(target.calls.find((c) => c.operation === "SendTaskFailure")?.request, { taskToken: "t1", error: "States.TaskFailed", cause: "No scripted response for Task state 'A'" });
});

test("an activity shared by two states: the history's ActivityStarted with the poll's worker name leads to the state", async () => {
  // The first poll is named w-1; its ActivityStarted links to the ActivityScheduled of state Second.
  const history = [
    { id: 1, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "First" } },
    { id: 2, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "Second" } },
    { id: 3, previousEventId: 2, type: "ActivityScheduled", activityScheduledEventDetails: { resource: "arn:a" } },
    { id: 4, previousEventId: 3, type: "ActivityStarted", activityStartedEventDetails: { workerName: "w-1" } },
  ];
  const target = fakeTarget({ "arn:a": ["t1"] }, 1, history);
  const worker = startActivityWorker({
    transport: target.transport,
    activities: [{ arn: "arn:a", states: ["First", "Second"] }],
    responses: [
      { state: "First", output: "first" },
      { state: "Second", output: "second" },
    ],
    executionArn: () => "arn:exec",
    workerName: "w",
  });
  await target.settled;
  await worker.stop();
  assert.deepEqual(target.calls.find((c) => c.operation === "SendTaskSuccess")?.request, { taskToken: "t1", output: '"second"' });
});

test("stop() ends a long poll in flight", async () => {
  const target = fakeTarget({}, 1);
  const worker = startActivityWorker({ transport: target.transport, activities: [{ arn: "arn:a", states: ["A"] }], responses: [], executionArn: () => undefined, workerName: "w" });
  await worker.stop();
  assert.equal(target.calls.filter((c) => c.operation === "GetActivityTask").length, 1);
});

test("an activity of one state polls with the script's workerName, so ActivityStarted records it", async () => {
  const target = fakeTarget({ "arn:a": ["t1"] }, 1);
  const worker = startActivityWorker({ transport: target.transport, activities: [{ arn: "arn:a", states: ["A"] }], responses: [{ state: "A", output: 1, workerName: "my-worker" }], executionArn: () => undefined, workerName: "w" });
  await target.settled;
  await worker.stop();
  assert.equal(target.calls.find((c) => c.operation === "GetActivityTask")?.request["workerName"], "my-worker");
});

test("heartbeats: the worker sends SendTaskHeartbeat the scripted number of times before answering, and before going silent", async () => {
  const target = fakeTarget({ "arn:a": ["t1"], "arn:b": ["t2"] }, 6);
  const worker = startActivityWorker({
    transport: target.transport,
    activities: [
      { arn: "arn:a", states: ["A"] },
      { arn: "arn:b", states: ["B"] },
    ],
    responses: [
      { state: "A", heartbeats: 3, heartbeatEveryMs: 1000, output: { done: true } },
      { state: "B", heartbeats: 2, hang: true },
    ],
    executionArn: () => undefined,
    workerName: "w",
    timeScale: 0.001,
  });
  await target.settled;
  await worker.stop();
  const of = (token: string) => target.calls.filter((c) => c.operation !== "GetActivityTask" && c.request["taskToken"] === token).map((c) => c.operation);
  assert.deepEqual(of("t1"), ["SendTaskHeartbeat", "SendTaskHeartbeat", "SendTaskHeartbeat", "SendTaskSuccess"]);
  assert.deepEqual(of("t2"), ["SendTaskHeartbeat", "SendTaskHeartbeat"]);
  assert.equal(worker.problem(), undefined);
});

test("heartbeats: a refused heartbeat (the task ended) stops the worker's answer for that task", async () => {
  const calls: string[] = [];
  const transport: Transport = {
    send(operation, _request, options) {
      calls.push(operation);
      if (operation === "GetActivityTask") {
        if (calls.filter((c) => c === "GetActivityTask").length === 1) return Promise.resolve<ApiAnswer>({ status: 200, body: { taskToken: "t1", input: "{}" } });
        return new Promise((_, reject) => options?.signal?.addEventListener("abort", () => reject(new Error("aborted")), { once: true }));
      }
      return Promise.resolve<ApiAnswer>({ status: 400, body: { __type: "TaskTimedOut", message: "Task Timed Out: 'Provided task does not exist anymore'" } });
    },
  };
  const worker = startActivityWorker({ transport, activities: [{ arn: "arn:a", states: ["A"] }], responses: [{ state: "A", heartbeats: 2, output: 1 }], executionArn: () => undefined, workerName: "w" });
  while (calls.filter((c) => c === "GetActivityTask").length < 2) await new Promise((resolve) => setTimeout(resolve, 1));
  await worker.stop();
  assert.deepEqual(calls.filter((c) => c !== "GetActivityTask"), ["SendTaskHeartbeat"]);
  assert.equal(worker.problem(), undefined, "TaskTimedOut is a protocol answer");
});
