import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcessClient } from "./in-process-client.ts";

/**
 * Definitions, inputs and task outputs nested thousands of levels deep get AWS-shaped 400 answers,
 * never a 500 (fuzz finding, issue 9). The bound (1000 levels) is Jackson's default, not recorded.
 */
const client = () => inProcessClient({ timeScale: 0.001 });

const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";
const arrays = (depth: number) => "[".repeat(depth) + "1" + "]".repeat(depth);
const deepDefinition = `{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"x":${arrays(20_000)}},"End":true}}}`;
const plain = JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });
const TOO_DEEP = /^Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: Document nesting depth \(1001\) exceeds the maximum allowed \(1000\)\n at \[Source: .*; line: 1, column: 1059\]'$/s;

test("CreateStateMachine and UpdateStateMachine answer InvalidDefinition for a definition nested too deeply", async () => {
  const call = client();
  const created = await call("CreateStateMachine", { name: "deep", definition: deepDefinition, roleArn });
  assert.equal(created.status, 400);
  assert.equal(created.body["__type"], "InvalidDefinition");
  assert.match(created.body["message"], TOO_DEEP);
  const arn = (await call("CreateStateMachine", { name: "plain", definition: plain, roleArn })).body["stateMachineArn"];
  const updated = await call("UpdateStateMachine", { stateMachineArn: arn, definition: deepDefinition });
  assert.equal(updated.status, 400);
  assert.equal(updated.body["__type"], "InvalidDefinition");
  assert.match(updated.body["message"], TOO_DEEP);
});

test("ValidateStateMachineDefinition reports the nesting as an ERROR diagnostic", async () => {
  const call = client();
  const validated = await call("ValidateStateMachineDefinition", { definition: deepDefinition });
  assert.equal(validated.status, 200);
  assert.equal(validated.body["result"], "FAIL");
  assert.equal(validated.body["diagnostics"].length, 1);
  assert.equal(validated.body["diagnostics"][0].severity, "ERROR");
  assert.equal(validated.body["diagnostics"][0].code, "INVALID_JSON_DESCRIPTION");
  assert.match(validated.body["diagnostics"][0].message, /^Document nesting depth \(1001\) exceeds the maximum allowed \(1000\)/);
});

test("StartExecution with an input nested too deeply answers InvalidExecutionInput; just within the bound it runs", async () => {
  const call = client();
  const arn = (await call("CreateStateMachine", { name: "plain", definition: plain, roleArn })).body["stateMachineArn"];
  const started = await call("StartExecution", { stateMachineArn: arn, input: arrays(20_000) });
  assert.equal(started.status, 400);
  assert.deepEqual(started.body, {
    __type: "InvalidExecutionInput",
    message: "Invalid State Machine Execution Input: 'Document nesting depth (1001) exceeds the maximum allowed (1000)'",
  });
  const ok = await call("StartExecution", { stateMachineArn: arn, input: arrays(1000) });
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
});

test("SendTaskSuccess with an output nested too deeply answers InvalidOutput", async () => {
  const call = client();
  const activityArn = (await call("CreateActivity", { name: "work" })).body["activityArn"];
  const definition = JSON.stringify({ StartAt: "T", States: { T: { Type: "Task", Resource: activityArn, End: true } } });
  const arn = (await call("CreateStateMachine", { name: "task", definition, roleArn })).body["stateMachineArn"];
  await call("StartExecution", { stateMachineArn: arn });
  const task = await call("GetActivityTask", { activityArn });
  assert.equal(typeof task.body["taskToken"], "string");
  const answered = await call("SendTaskSuccess", { taskToken: task.body["taskToken"], output: arrays(20_000) });
  assert.equal(answered.status, 400);
  assert.equal(answered.body["__type"], "InvalidOutput");
  const retried = await call("SendTaskSuccess", { taskToken: task.body["taskToken"], output: "{}" });
  assert.equal(retried.status, 200, "the task still waits for a valid answer");
});
