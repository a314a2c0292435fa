import { test } from "node:test";
import assert from "node:assert/strict";
import { MemoryStore, type DurableStore } from "../../storage/durable-store.ts";
import { stoppableTimers } from "../stoppable-timers.ts";
import { createDurableService } from "./durable-service.ts";

/**
 * The API over durable storage, in process: a service is dropped while executions sleep in Wait
 * states (its timers stopped: as good as an evicted Durable Object), a new one over the same store
 * takes over, and everything is there: resources, ended executions, and the running ones, which
 * finish with complete histories where each event is written once.
 */

const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";

function host(store: DurableStore, wakes: Array<number | undefined> = []) {
  const timers = stoppableTimers(0.001);
  const service = createDurableService({ store, timers, scheduleWake: (at) => wakes.push(at) });
  const call = async (operation: string, body: unknown, accessKey = "111122223333") => {
    const response = await service.fetch(
      new Request("http://localhost/", {
        method: "POST",
        headers: {
          "x-amz-target": `AWSStepFunctions.${operation}`,
          "content-type": "application/x-amz-json-1.0",
          authorization: `AWS4-HMAC-SHA256 Credential=${accessKey}/20261121/eu-west-1/states/aws4_request, SignedHeaders=host, Signature=0`,
        },
        body: JSON.stringify(body),
      }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  return { ...service, timers, call };
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = await probe();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error("condition not reached");
}

const sleepy = JSON.stringify({
  StartAt: "Before",
  States: {
    Before: { Type: "Pass", Assign: { count: 1 }, Next: "Sleep" },
    Sleep: { Type: "Wait", Seconds: 600, Next: "After" },
    After: { Type: "Pass", Parameters: { "count.$": "$count", "input.$": "$" }, End: true },
  },
});
const failing = JSON.stringify({ StartAt: "Boom", States: { Boom: { Type: "Fail", Error: "Bad", Cause: "on purpose" } } });

test("a new host over the same store has the resources and finishes the executions the old one was running", async () => {
  const store = new MemoryStore();
  const wakes: Array<number | undefined> = [];
  const first = host(store, wakes);
  const machine = await first.call("CreateStateMachine", { name: "sleepy", definition: sleepy, roleArn, tags: [{ key: "team", value: "edge" }], publish: true });
  assert.equal(machine.status, 200);
  const machineArn = machine.body["stateMachineArn"] as string;
  assert.equal((await first.call("CreateStateMachineAlias", { name: "live", routingConfiguration: [{ stateMachineVersionArn: `${machineArn}:1`, weight: 100 }] })).status, 200);
  assert.equal((await first.call("CreateActivity", { name: "worker" })).status, 200);
  const failed = await first.call("CreateStateMachine", { name: "failing", definition: failing, roleArn });
  const failedRun = await first.call("StartExecution", { stateMachineArn: failed.body["stateMachineArn"], name: "f1" });
  await until(() => first.call("DescribeExecution", { executionArn: failedRun.body["executionArn"] }), (r) => r.body["status"] === "FAILED");

  const arns: string[] = [];
  for (const name of ["s1", "s2", "s3"]) {
    const started = await first.call("StartExecution", { stateMachineArn: machineArn, name, input: JSON.stringify({ name }) });
    arns.push(started.body["executionArn"] as string);
  }
  for (const executionArn of arns) {
    await until(() => first.call("GetExecutionHistory", { executionArn }), (r) => r.body["events"].some((e: { type: string }) => e.type === "WaitStateEntered"));
  }
  assert.equal(first.durable.runningExecutions.size, 3);
  assert.ok(wakes.some((at) => at !== undefined), "a wake-up is asked for while executions sleep");
  // The host is lost: nothing it still has in memory runs any more.
  first.timers.stop();

  const second = host(store);
  assert.deepEqual(second.restored, { executions: 4, resumed: 3 });
  const described = await second.call("DescribeStateMachine", { stateMachineArn: machineArn });
  assert.equal(described.body["definition"], sleepy);
  assert.deepEqual((await second.call("ListTagsForResource", { resourceArn: machineArn })).body["tags"], [{ key: "team", value: "edge" }]);
  assert.equal((await second.call("ListStateMachineVersions", { stateMachineArn: machineArn })).body["stateMachineVersions"].length, 1);
  assert.equal((await second.call("DescribeStateMachineAlias", { stateMachineAliasArn: `${machineArn}:live` })).status, 200);
  assert.equal((await second.call("ListActivities", {})).body["activities"].length, 1);
  assert.equal((await second.call("DescribeExecution", { executionArn: failedRun.body["executionArn"] })).body["status"], "FAILED");

  for (const [index, executionArn] of arns.entries()) {
    const done = await until(() => second.call("DescribeExecution", { executionArn }), (r) => r.body["status"] !== "RUNNING");
    assert.equal(done.body["status"], "SUCCEEDED");
    assert.deepEqual(JSON.parse(done.body["output"]), { count: 1, input: { name: `s${index + 1}` } });
    const events = (await second.call("GetExecutionHistory", { executionArn })).body["events"] as Array<{ id: number; previousEventId: number; type: string }>;
    assert.deepEqual(events.map((e) => e.type), [
      "ExecutionStarted",
      "PassStateEntered",
      "PassStateExited",
      "WaitStateEntered",
      "WaitStateExited",
      "PassStateEntered",
      "PassStateExited",
      "ExecutionSucceeded",
    ]);
    assert.deepEqual(events.map((e) => e.id), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.deepEqual(events.map((e) => e.previousEventId), [0, 0, 2, 3, 4, 5, 6, 7]);
  }
  assert.equal(second.durable.runningExecutions.size, 0);
  // The ended executions are durable too: a third host sees them SUCCEEDED, with the same histories.
  second.timers.stop();
  const third = host(store);
  assert.deepEqual(third.restored, { executions: 4, resumed: 0 });
  const listed = await third.call("ListExecutions", { stateMachineArn: machineArn });
  assert.deepEqual(listed.body["executions"].map((e: { status: string }) => e.status), ["SUCCEEDED", "SUCCEEDED", "SUCCEEDED"]);
  assert.equal((await third.call("GetExecutionHistory", { executionArn: arns[0] })).body["events"].length, 8);
  third.timers.stop();
});

test("an execution that failed before a restart can be redriven after it; deleting a machine forgets nothing it ran", async () => {
  const store = new MemoryStore();
  const first = host(store);
  const flaky = JSON.stringify({
    StartAt: "Check",
    States: {
      Check: { Type: "Choice", Choices: [{ Variable: "$.ok", IsPresent: true, Next: "Done" }], Default: "Wait" },
      Wait: { Type: "Task", Resource: "arn:aws:states:eu-west-1:111122223333:activity:gate", TimeoutSeconds: 100, Next: "Done" },
      Done: { Type: "Succeed" },
    },
  });
  await first.call("CreateActivity", { name: "gate" });
  const machine = await first.call("CreateStateMachine", { name: "flaky", definition: flaky, roleArn });
  const started = await first.call("StartExecution", { stateMachineArn: machine.body["stateMachineArn"], name: "r1" });
  const executionArn = started.body["executionArn"] as string;
  await until(() => first.call("DescribeExecution", { executionArn }), (r) => r.body["status"] === "FAILED");
  first.timers.stop();

  const second = host(store);
  assert.equal((await second.call("DescribeExecution", { executionArn })).body["redriveStatus"], "REDRIVABLE");
  const redriven = await second.call("RedriveExecution", { executionArn });
  assert.equal(redriven.status, 200);
  // The redriven Task waits for a worker: take it and answer.
  const task = await until(() => second.call("GetActivityTask", { activityArn: "arn:aws:states:eu-west-1:111122223333:activity:gate" }), (r) => r.body["taskToken"] !== undefined);
  await second.call("SendTaskSuccess", { taskToken: task.body["taskToken"], output: "{}" });
  const done = await until(() => second.call("DescribeExecution", { executionArn }), (r) => r.body["status"] !== "RUNNING");
  assert.equal(done.body["status"], "SUCCEEDED");
  assert.equal(done.body["redriveCount"], 1);
  await second.call("DeleteStateMachine", { stateMachineArn: machine.body["stateMachineArn"] });
  second.timers.stop();

  const third = host(store);
  const after = await third.call("DescribeExecution", { executionArn });
  assert.equal(after.body["status"], "SUCCEEDED");
  assert.equal(after.body["redriveCount"], 1);
  const types = ((await third.call("GetExecutionHistory", { executionArn })).body["events"] as Array<{ type: string }>).map((e) => e.type);
  assert.equal(types.filter((t) => t === "ExecutionRedriven").length, 1);
  assert.equal(types.at(-1), "ExecutionSucceeded");
  assert.equal((await third.call("DescribeStateMachineForExecution", { executionArn })).body["definition"], flaky);
  third.timers.stop();
});
