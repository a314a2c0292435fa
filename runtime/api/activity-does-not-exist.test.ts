import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcessClient } from "./in-process-client.ts";

/**
 * A Task state whose activity does not exist (deleted, or never created) fails the execution with
 * States.Runtime before any activity event, as recorded on AWS
 * (test_activities.py::test_activity_task_on_deleted: ExecutionStarted, TaskStateEntered,
 * ExecutionFailed "… (entered at the event id #2). The activity <arn> does not exist.").
 */
const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";

async function runOn(call: ReturnType<typeof inProcessClient>, activityArn: string, name: string) {
  const definition = { StartAt: "ActivityTask", States: { ActivityTask: { Type: "Task", Resource: activityArn, End: true } } };
  const machine = await call("CreateStateMachine", { name, definition: JSON.stringify(definition), roleArn });
  assert.equal(machine.status, 200, JSON.stringify(machine.body));
  const started = await call("StartExecution", { stateMachineArn: machine.body["stateMachineArn"], input: JSON.stringify({ Value1: "HelloWorld" }) });
  const executionArn = started.body["executionArn"];
  for (let i = 0; i < 200; i++) {
    const described = await call("DescribeExecution", { executionArn });
    if (described.body["status"] !== "RUNNING") return { described: described.body, history: (await call("GetExecutionHistory", { executionArn })).body["events"] as Array<Record<string, any>> };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error("the execution did not end");
}

test("a deleted activity fails its Task state with States.Runtime before any activity event", async () => {
  const call = inProcessClient();
  const activity = await call("CreateActivity", { name: "deleted-one" });
  const activityArn = activity.body["activityArn"] as string;
  assert.equal((await call("DeleteActivity", { activityArn })).status, 200);
  const { described, history } = await runOn(call, activityArn, "on-deleted");
  const cause = `An error occurred while executing the state 'ActivityTask' (entered at the event id #2). The activity ${activityArn} does not exist.`;
  assert.equal(described["status"], "FAILED");
  assert.equal(described["error"], "States.Runtime");
  assert.equal(described["cause"], cause);
  assert.deepEqual(
    history.map((e) => e["type"]),
    ["ExecutionStarted", "TaskStateEntered", "ExecutionFailed"],
  );
  assert.deepEqual(history[2]!["executionFailedEventDetails"], { error: "States.Runtime", cause });
});

test("an activity that exists is scheduled as before", async () => {
  const call = inProcessClient();
  const activityArn = (await call("CreateActivity", { name: "alive" })).body["activityArn"] as string;
  const definition = { StartAt: "ActivityTask", States: { ActivityTask: { Type: "Task", Resource: activityArn, TimeoutSeconds: 1, End: true } } };
  const machine = await call("CreateStateMachine", { name: "on-alive", definition: JSON.stringify(definition), roleArn });
  await call("StartExecution", { stateMachineArn: machine.body["stateMachineArn"], input: "{}" });
  const task = await call("GetActivityTask", { activityArn });
  assert.equal(task.status, 200);
  assert.ok(typeof task.body["taskToken"] === "string" && task.body["taskToken"].length > 0, "a worker gets the task");
  assert.equal((await call("SendTaskSuccess", { taskToken: task.body["taskToken"], output: "{}" })).status, 200);
});
