import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcessClient } from "./in-process-client.ts";

/**
 * AWS's JSON protocol reads a member sent as `null` as an absent member: every operation answers a
 * request with null optional members like the same request without them (never a 500).
 */
const client = () => inProcessClient({ timeScale: 0.001 });

const definition = JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });
const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";

test("CreateActivity with null encryptionConfiguration and tags is CreateActivity without them", async () => {
  const call = client();
  const created = await call("CreateActivity", { name: "work", encryptionConfiguration: null, tags: null });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const described = await call("DescribeActivity", { activityArn: created.body["activityArn"] });
  assert.deepEqual(described.body["encryptionConfiguration"], { type: "AWS_OWNED_KEY" });
  assert.deepEqual((await call("ListTagsForResource", { resourceArn: created.body["activityArn"] })).body, { tags: [] });
});

test("CreateStateMachine and UpdateStateMachine with null optional structures and lists take the defaults", async () => {
  const call = client();
  const created = await call("CreateStateMachine", {
    name: "m",
    definition,
    roleArn,
    type: null,
    tags: null,
    loggingConfiguration: null,
    tracingConfiguration: null,
    encryptionConfiguration: null,
    publish: null,
    versionDescription: null,
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const arn = created.body["stateMachineArn"];
  const updated = await call("UpdateStateMachine", { stateMachineArn: arn, definition: null, roleArn: null, loggingConfiguration: { level: "OFF", destinations: null }, tracingConfiguration: { enabled: null } });
  assert.equal(updated.status, 200, JSON.stringify(updated.body));
  const described = (await call("DescribeStateMachine", { stateMachineArn: arn })).body;
  assert.equal(described["type"], "STANDARD");
  assert.deepEqual(described["loggingConfiguration"], { level: "OFF", includeExecutionData: false });
  assert.deepEqual(described["tracingConfiguration"], { enabled: false });
  assert.deepEqual(described["encryptionConfiguration"], { type: "AWS_OWNED_KEY" });
  assert.equal(described["definition"], definition);
});

test("a null required member is still a missing required member", async () => {
  const call = client();
  const answer = await call("CreateStateMachine", { name: "m", definition: null, roleArn });
  assert.equal(answer.status, 400);
  assert.deepEqual(answer.body, {
    __type: "ValidationException",
    message: "1 validation error detected: Value null at 'definition' failed to satisfy constraint: Member must not be null",
  });
});

test("StartExecution, ListExecutions and TestState with null optional members", async () => {
  const call = client();
  const arn = (await call("CreateStateMachine", { name: "m", definition, roleArn })).body["stateMachineArn"];
  const started = await call("StartExecution", { stateMachineArn: arn, name: null, input: null, traceHeader: null });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  const listed = await call("ListExecutions", { stateMachineArn: arn, statusFilter: null, maxResults: null, nextToken: null });
  assert.equal(listed.status, 200, JSON.stringify(listed.body));
  assert.equal(listed.body["executions"].length, 1);
  const tested = await call("TestState", { definition: JSON.stringify({ Type: "Pass", End: true }), input: '{"a":1}', mock: null, roleArn: null, inspectionLevel: null, variables: null, stateConfiguration: null });
  assert.equal(tested.status, 200, JSON.stringify(tested.body));
  assert.equal(tested.body["status"], "SUCCEEDED");
  assert.equal(tested.body["output"], '{"a":1}');
});
