import { test } from "node:test";
import assert from "node:assert/strict";
import { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import type { TaskExecutor } from "../../execution/ports.ts";
import { inProcessClient } from "../in-process-client.ts";

/**
 * RedriveExecution through the HTTP API, and the redrive members of DescribeExecution and
 * ListExecutions. Recorded texts: "Execution is SUCCEEDED and cannot be redriven", "Execution is
 * RUNNING and cannot be redriven", REDRIVABLE for FAILED executions, redriveCount 0 and no
 * redriveDate before a redrive. The rest follows the API documentation.
 */

const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";
const resource = "arn:aws:states:::lambda:invoke";

/** A clock the test moves by hand (history timestamps and token lifetimes follow it). */
function manualClock(start = Date.parse("2025-03-01T10:00:00Z")) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

/** The API with a task worker whose answers the test switches: fail, hang (until stopped), or answer. */
function service(clock = manualClock()) {
  let mode: "fail" | "hang" | "answer" = "fail";
  const inputs: Json[] = [];
  const taskExecutor: TaskExecutor = async ({ input, signal }) => {
    inputs.push(input);
    if (mode === "fail") throw new StatesError("Worker.Down", "the worker is down");
    if (mode === "hang") return new Promise((_, reject) => signal.addEventListener("abort", () => reject(new Error("stopped")), { once: true }));
    return { handled: input };
  };
  const call = inProcessClient({ timeScale: 0.001, clock, taskExecutor });
  return { call, clock, inputs, setMode: (m: typeof mode) => (mode = m) };
}

type Api = ReturnType<typeof service>;

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = await probe();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error("condition not reached");
}

const definition = JSON.stringify({
  StartAt: "Prepare",
  States: {
    Prepare: { Type: "Pass", Result: { id: 42 }, Next: "Work" },
    Work: { Type: "Task", Resource: resource, End: true },
  },
});

async function machine(api: Api, name = "orders", type = "STANDARD") {
  const created = await api.call("CreateStateMachine", { name, definition, roleArn, type });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  return created.body["stateMachineArn"] as string;
}

async function finished(api: Api, executionArn: string) {
  return until(() => api.call("DescribeExecution", { executionArn }), (r) => r.body["status"] !== "RUNNING");
}

async function failedExecution(api: Api, name = "run-1") {
  const stateMachineArn = await machine(api);
  const started = await api.call("StartExecution", { stateMachineArn, name, input: '{"order": 1}' });
  const executionArn = started.body["executionArn"] as string;
  const described = await finished(api, executionArn);
  assert.equal(described.body["status"], "FAILED");
  return { stateMachineArn, executionArn };
}

test("a FAILED execution is REDRIVABLE; RedriveExecution continues it to SUCCEEDED with the same ARN", async () => {
  const api = service();
  const { executionArn } = await failedExecution(api);
  const before = await api.call("DescribeExecution", { executionArn });
  assert.equal(before.body["redriveCount"], 0);
  assert.equal(before.body["redriveStatus"], "REDRIVABLE");
  assert.equal(before.body["redriveDate"], undefined, "no redriveDate before a redrive");
  assert.equal(before.body["redriveStatusReason"], undefined);
  const failedEvents = (await api.call("GetExecutionHistory", { executionArn })).body["events"] as Array<Record<string, any>>;

  api.setMode("answer");
  api.clock.advance(60_000);
  const redriven = await api.call("RedriveExecution", { executionArn });
  assert.equal(redriven.status, 200);
  assert.deepEqual(Object.keys(redriven.body), ["redriveDate"]);
  assert.equal(redriven.body["redriveDate"], Date.parse("2025-03-01T10:01:00Z") / 1000);

  const after = await finished(api, executionArn);
  assert.equal(after.body["status"], "SUCCEEDED");
  assert.equal(after.body["output"], '{"handled":{"id":42}}');
  assert.equal(after.body["redriveCount"], 1);
  assert.equal(after.body["redriveDate"], redriven.body["redriveDate"]);
  assert.equal(after.body["redriveStatus"], "NOT_REDRIVABLE");
  assert.equal(after.body["redriveStatusReason"], "Execution is SUCCEEDED and cannot be redriven");
  assert.equal(after.body["error"], undefined, "the earlier failure is gone");
  assert.deepEqual(api.inputs, [{ id: 42 }, { id: 42 }], "the failed state runs again with its original input");

  const events = (await api.call("GetExecutionHistory", { executionArn })).body["events"] as Array<Record<string, any>>;
  const appended = events.slice(failedEvents.length);
  assert.deepEqual(events.slice(0, failedEvents.length), failedEvents, "the earlier events are kept as they were");
  assert.deepEqual(appended.map((e) => e["type"]), [
    "ExecutionRedriven", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded",
  ]);
  assert.deepEqual(appended[0]!["executionRedrivenEventDetails"], { redriveCount: 1 });
  assert.equal(appended[0]!["previousEventId"], failedEvents.length);
});

test("ListExecutions reports redriveCount/redriveDate and filters with redriveFilter", async () => {
  const api = service();
  const { stateMachineArn, executionArn } = await failedExecution(api, "redriven");
  const other = (await api.call("StartExecution", { stateMachineArn, name: "left-alone" })).body["executionArn"] as string;
  await finished(api, other);
  api.setMode("answer");
  await api.call("RedriveExecution", { executionArn });
  await finished(api, executionArn);

  const all = (await api.call("ListExecutions", { stateMachineArn })).body["executions"] as Array<Record<string, any>>;
  const byName = Object.fromEntries(all.map((e) => [e["name"], e]));
  assert.equal(byName["redriven"]["redriveCount"], 1);
  assert.equal(typeof byName["redriven"]["redriveDate"], "number");
  assert.equal(byName["left-alone"]["redriveCount"], 0);
  assert.equal("redriveDate" in byName["left-alone"], false);
  const names = async (redriveFilter: string) =>
    ((await api.call("ListExecutions", { stateMachineArn, redriveFilter })).body["executions"] as Array<{ name: string }>).map((e) => e.name);
  assert.deepEqual(await names("REDRIVEN"), ["redriven"]);
  assert.deepEqual(await names("NOT_REDRIVEN"), ["left-alone"]);
  const bad = await api.call("ListExecutions", { stateMachineArn, redriveFilter: "SOMETIMES" });
  assert.equal(bad.status, 400);
  assert.equal(bad.body["__type"], "ValidationException");
});

test("ExecutionNotRedrivable for SUCCEEDED and RUNNING executions, with DescribeExecution's reason", async () => {
  const api = service();
  const stateMachineArn = await machine(api);
  api.setMode("answer");
  const done = (await api.call("StartExecution", { stateMachineArn, name: "ok" })).body["executionArn"] as string;
  await finished(api, done);
  const refused = await api.call("RedriveExecution", { executionArn: done });
  assert.equal(refused.status, 400);
  assert.deepEqual(refused.body, { __type: "ExecutionNotRedrivable", message: "Execution is SUCCEEDED and cannot be redriven" });

  api.setMode("hang");
  const running = (await api.call("StartExecution", { stateMachineArn, name: "busy" })).body["executionArn"] as string;
  const described = await api.call("DescribeExecution", { executionArn: running });
  assert.equal(described.body["redriveStatusReason"], "Execution is RUNNING and cannot be redriven");
  assert.deepEqual((await api.call("RedriveExecution", { executionArn: running })).body, {
    __type: "ExecutionNotRedrivable",
    message: "Execution is RUNNING and cannot be redriven",
  });
  await api.call("StopExecution", { executionArn: running });
  await finished(api, running);
});

test("an execution stopped by StopExecution (ABORTED) is redriven from the state that was running", async () => {
  const api = service();
  const stateMachineArn = await machine(api);
  api.setMode("hang");
  const executionArn = (await api.call("StartExecution", { stateMachineArn, name: "stopped" })).body["executionArn"] as string;
  await until(async () => api.inputs.length, (n) => n === 1);
  await api.call("StopExecution", { executionArn, error: "Ops", cause: "maintenance" });
  const aborted = await finished(api, executionArn);
  assert.equal(aborted.body["status"], "ABORTED");
  assert.equal(aborted.body["redriveStatus"], "REDRIVABLE");
  api.setMode("answer");
  assert.equal((await api.call("RedriveExecution", { executionArn })).status, 200);
  const after = await finished(api, executionArn);
  assert.equal(after.body["status"], "SUCCEEDED");
  const types = ((await api.call("GetExecutionHistory", { executionArn })).body["events"] as Array<{ type: string }>).map((e) => e.type);
  assert.deepEqual(types.slice(types.indexOf("ExecutionAborted")), [
    "ExecutionAborted", "ExecutionRedriven", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded",
  ]);
});

test("clientToken: a repeated token answers the first redrive again instead of redriving twice", async () => {
  const api = service();
  const { executionArn } = await failedExecution(api);
  api.setMode("hang");
  const first = await api.call("RedriveExecution", { executionArn, clientToken: "token-1" });
  assert.equal(first.status, 200);
  api.clock.advance(5 * 60_000);
  const again = await api.call("RedriveExecution", { executionArn, clientToken: "token-1" });
  assert.deepEqual(again, first, "same answer, while the redriven execution runs");
  const other = await api.call("RedriveExecution", { executionArn, clientToken: "token-2" });
  assert.equal(other.body["__type"], "ExecutionNotRedrivable");
  const events = (await api.call("GetExecutionHistory", { executionArn })).body["events"] as Array<{ type: string }>;
  assert.equal(events.filter((e) => e.type === "ExecutionRedriven").length, 1);
  api.clock.advance(11 * 60_000);
  const expired = await api.call("RedriveExecution", { executionArn, clientToken: "token-1" });
  assert.equal(expired.body["__type"], "ExecutionNotRedrivable", "tokens are honoured for 15 minutes");
  await api.call("StopExecution", { executionArn });
  await finished(api, executionArn);
});

test("bad requests: unknown execution, malformed and express ARNs, missing executionArn, expired period", async () => {
  const api = service();
  const missing = "arn:aws:states:us-east-1:123456789012:execution:orders:nope";
  assert.deepEqual((await api.call("RedriveExecution", { executionArn: missing })).body, {
    __type: "ExecutionDoesNotExist",
    message: `Execution Does Not Exist: '${missing}'`,
  });
  assert.deepEqual((await api.call("RedriveExecution", { executionArn: "not-an-arn" })).body, {
    __type: "InvalidArn",
    message: "Invalid Arn: 'Invalid ARN prefix: not-an-arn'",
  });
  const expressArn = await machine(api, "fast", "EXPRESS");
  const express = (await api.call("StartExecution", { stateMachineArn: expressArn })).body["executionArn"] as string;
  assert.deepEqual((await api.call("RedriveExecution", { executionArn: express })).body, {
    __type: "InvalidArn",
    message: "Invalid Arn: 'Resource type not valid in this context: express'",
  });
  const noArn = await api.call("RedriveExecution", {});
  assert.equal(noArn.status, 400);
  assert.equal(noArn.body["__type"], "ValidationException");

  const { executionArn } = await failedExecution(api, "old");
  api.clock.advance(15 * 24 * 60 * 60 * 1000);
  const described = await api.call("DescribeExecution", { executionArn });
  assert.equal(described.body["redriveStatusReason"], "Execution redrivable period exceeded");
  assert.deepEqual((await api.call("RedriveExecution", { executionArn })).body, {
    __type: "ExecutionNotRedrivable",
    message: "Execution redrivable period exceeded",
  });
});

test("an execution whose state machine was deleted is not redrivable", async () => {
  const api = service();
  const { stateMachineArn, executionArn } = await failedExecution(api);
  await api.call("DeleteStateMachine", { stateMachineArn });
  const described = await api.call("DescribeExecution", { executionArn });
  assert.equal(described.body["redriveStatus"], "NOT_REDRIVABLE");
  assert.equal(described.body["redriveStatusReason"], "State machine is in DELETING status");
  assert.equal((await api.call("RedriveExecution", { executionArn })).body["__type"], "ExecutionNotRedrivable");
});
