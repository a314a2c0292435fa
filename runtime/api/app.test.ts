import { test } from "node:test";
import assert from "node:assert/strict";
import { createService } from "./service.ts";

/** Calls the API the way an AWS SDK does (AWS JSON 1.0), optionally signed for an account/region. */
function client(options: { accessKey?: string; region?: string } = {}) {
  const { app } = createService({ timeScale: 0.001 });
  return {
    app,
    async call(operation: string, body: unknown, headers: Record<string, string> = {}) {
      const authorization = `AWS4-HMAC-SHA256 Credential=${options.accessKey ?? "test"}/20261121/${options.region ?? "us-east-1"}/states/aws4_request, SignedHeaders=host, Signature=0`;
      const response = await app.fetch(
        new Request("http://localhost/", {
          method: "POST",
          headers: { "x-amz-target": `AWSStepFunctions.${operation}`, "content-type": "application/x-amz-json-1.0", authorization, ...headers },
          body: typeof body === "string" ? body : JSON.stringify(body),
        }),
      );
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    },
  };
}

const definition = JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", Result: { done: true }, End: true } } });
const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error("condition not reached");
}

test("create, start, describe and read the history of an execution", async () => {
  const api = client();
  const created = await api.call("CreateStateMachine", { name: "hello", definition, roleArn });
  assert.equal(created.status, 200);
  assert.equal(created.body["stateMachineArn"], "arn:aws:states:us-east-1:123456789012:stateMachine:hello");
  const started = await api.call("StartExecution", { stateMachineArn: created.body["stateMachineArn"], name: "run-1", input: '{"x": 1}' });
  assert.equal(started.body["executionArn"], "arn:aws:states:us-east-1:123456789012:execution:hello:run-1");
  const described = await until(() => api.call("DescribeExecution", { executionArn: started.body["executionArn"] }), (r) => r.body["status"] !== "RUNNING");
  assert.equal(described.body["status"], "SUCCEEDED");
  assert.equal(described.body["output"], '{"done":true}');
  assert.equal(described.body["input"], '{"x": 1}');
  const history = await api.call("GetExecutionHistory", { executionArn: started.body["executionArn"], reverseOrder: true, includeExecutionData: false });
  assert.deepEqual(history.body["events"].map((e: { type: string }) => e.type), ["ExecutionSucceeded", "PassStateExited", "PassStateEntered", "ExecutionStarted"]);
  assert.equal(typeof history.body["events"][0].timestamp, "number", "timestamps are epoch seconds");
  assert.equal(history.body["events"][3].executionStartedEventDetails.input, undefined, "includeExecutionData=false drops payloads");
});

test("recorded error answers: InvalidArn, StateMachineDoesNotExist, InvalidExecutionInput, ExecutionAlreadyExists", async () => {
  const api = client();
  assert.deepEqual((await api.call("DescribeStateMachine", { stateMachineArn: "not_a_valid_arn" })).body, {
    __type: "InvalidArn",
    message: "Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'",
  });
  const missing = "arn:aws:states:us-east-1:123456789012:stateMachine:nope";
  const notFound = await api.call("StartExecution", { stateMachineArn: missing });
  assert.equal(notFound.status, 400);
  assert.deepEqual(notFound.body, { __type: "StateMachineDoesNotExist", message: `State Machine Does Not Exist: '${missing}'` });
  const { body } = await api.call("CreateStateMachine", { name: "m", definition, roleArn });
  const badInput = await api.call("StartExecution", { stateMachineArn: body["stateMachineArn"], input: "not some json" });
  assert.equal(
    badInput.body["message"],
    "Invalid State Machine Execution Input: 'Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')'",
  );
  await api.call("StartExecution", { stateMachineArn: body["stateMachineArn"], name: "same", input: "{}" });
  await new Promise((r) => setTimeout(r, 20));
  const again = await api.call("StartExecution", { stateMachineArn: body["stateMachineArn"], name: "same", input: '{"body": "different-data"}' });
  assert.equal(again.body["__type"], "ExecutionAlreadyExists");
});

test("requests are validated from the service model, and malformed ones get AWS-shaped errors", async () => {
  const api = client();
  const tooMany = await api.call("ListStateMachines", { maxResults: 1001 });
  assert.equal(tooMany.status, 400);
  assert.equal(tooMany.body["message"], "1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000");
  assert.equal((await api.call("ListStateMachines", "{not json")).body["__type"], "SerializationException");
  assert.equal((await api.call("NoSuchOperation", {})).body["__type"], "UnknownOperationException");
  assert.equal((await api.call("ListStateMachines", {}, { "content-type": "text/plain" })).body["__type"], "UnknownOperationException");
  assert.equal((await api.call("StartExecution", { stateMachineArn: 5 })).body["__type"], "SerializationException");
  const invalidDefinition = await api.call("CreateStateMachine", { name: "x", definition: "{}", roleArn });
  assert.deepEqual(invalidDefinition.body, {
    __type: "InvalidDefinition",
    message: "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are required: [States, StartAt] at /'",
  });
});

test("accounts and regions from the SigV4 scope never see each other's resources", async () => {
  const { app } = createService({ timeScale: 0.001 });
  const call = async (accessKey: string, region: string, operation: string, body: unknown) =>
    (await app.fetch(new Request("http://localhost/", {
      method: "POST",
      headers: {
        "x-amz-target": `AWSStepFunctions.${operation}`,
        "content-type": "application/x-amz-json-1.0",
        authorization: `AWS4-HMAC-SHA256 Credential=${accessKey}/20261121/${region}/states/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: JSON.stringify(body),
    }))).json() as Promise<Record<string, any>>;
  const created = await call("111111111111", "eu-west-1", "CreateStateMachine", { name: "mine", definition, roleArn });
  assert.equal(created["stateMachineArn"], "arn:aws:states:eu-west-1:111111111111:stateMachine:mine");
  assert.equal((await call("111111111111", "eu-west-1", "ListStateMachines", {}))["stateMachines"].length, 1);
  assert.equal((await call("222222222222", "eu-west-1", "ListStateMachines", {}))["stateMachines"].length, 0);
  assert.equal((await call("111111111111", "us-east-1", "ListStateMachines", {}))["stateMachines"].length, 0);
});

test("ListStateMachines pages with nextToken; a bad token is InvalidToken", async () => {
  const api = client();
  for (const name of ["a", "b", "c"]) await api.call("CreateStateMachine", { name, definition, roleArn });
  const first = await api.call("ListStateMachines", { maxResults: 2 });
  assert.equal(first.body["stateMachines"].length, 2);
  const second = await api.call("ListStateMachines", { maxResults: 2, nextToken: first.body["nextToken"] });
  assert.equal(second.body["stateMachines"].length, 1);
  assert.equal(second.body["nextToken"], undefined);
  assert.equal((await api.call("ListStateMachines", { nextToken: "InvalidToken" })).body["__type"], "InvalidToken");
});

test("Express machines: StartSyncExecution answers with the outcome and billing details", async () => {
  const api = client();
  const { body } = await api.call("CreateStateMachine", { name: "fast", definition, roleArn, type: "EXPRESS" });
  const sync = await api.call("StartSyncExecution", { stateMachineArn: body["stateMachineArn"], input: "{}" });
  assert.equal(sync.body["status"], "SUCCEEDED");
  assert.equal(sync.body["output"], '{"done":true}');
  assert.equal(sync.body["billingDetails"].billedMemoryUsedInMB, 64);
  assert.match(sync.body["executionArn"], /^arn:aws:states:us-east-1:123456789012:express:fast:/);
  assert.equal((await api.call("ListExecutions", { stateMachineArn: body["stateMachineArn"] })).body["__type"], "StateMachineTypeNotSupported");
});

test("ValidateStateMachineDefinition and activities answer through the API", async () => {
  const api = client();
  assert.deepEqual((await api.call("ValidateStateMachineDefinition", { definition })).body, { result: "OK", diagnostics: [], truncated: false });
  const bad = await api.call("CreateActivity", { name: "activity name" });
  assert.deepEqual(bad.body, { __type: "InvalidName", message: "Invalid Name: 'activity name'" });
  const created = await api.call("CreateActivity", { name: "worker" });
  const described = await api.call("DescribeActivity", { activityArn: created.body["activityArn"] });
  assert.equal(described.body["name"], "worker");
  await api.call("TagResource", { resourceArn: created.body["activityArn"], tags: [{ key: "team", value: "core" }] });
  assert.deepEqual((await api.call("ListTagsForResource", { resourceArn: created.body["activityArn"] })).body, { tags: [{ key: "team", value: "core" }] });
});

test("versions and aliases: publish, describe a version, route executions through an alias", async () => {
  const api = client();
  const created = await api.call("CreateStateMachine", { name: "v", definition, roleArn, publish: true, versionDescription: "first" });
  const machineArn = created.body["stateMachineArn"];
  assert.equal(created.body["stateMachineVersionArn"], `${machineArn}:1`);
  assert.deepEqual((await api.call("CreateStateMachine", { name: "w", definition, roleArn, versionDescription: "x" })).body, {
    __type: "ValidationException",
    message: "Version description can only be set when publish is true",
  });
  const v1 = await api.call("DescribeStateMachine", { stateMachineArn: `${machineArn}:1` });
  assert.equal(v1.body["description"], "first");
  // Publishing an unchanged revision answers with the same version (recorded idempotency).
  assert.equal((await api.call("PublishStateMachineVersion", { stateMachineArn: machineArn })).body["stateMachineVersionArn"], `${machineArn}:1`);
  const changed = JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", Result: { v: 2 }, End: true } } });
  const updated = await api.call("UpdateStateMachine", { stateMachineArn: machineArn, definition: changed, publish: true });
  assert.equal(updated.body["stateMachineVersionArn"], `${machineArn}:2`);
  const stale = await api.call("PublishStateMachineVersion", { stateMachineArn: machineArn, revisionId: "old-revision" });
  assert.equal(stale.body["__type"], "ConflictException");
  assert.deepEqual((await api.call("ListStateMachineVersions", { stateMachineArn: machineArn })).body["stateMachineVersions"].map((v: { stateMachineVersionArn: string }) => v.stateMachineVersionArn), [`${machineArn}:2`, `${machineArn}:1`]);

  const badSum = await api.call("CreateStateMachineAlias", {
    name: "live",
    routingConfiguration: [{ stateMachineVersionArn: `${machineArn}:1`, weight: 70 }, { stateMachineVersionArn: `${machineArn}:2`, weight: 29 }],
  });
  assert.deepEqual(badSum.body, { __type: "ValidationException", message: "Sum of routing configuration weights must equal 100. Received: [70, 29]" });
  const alias = await api.call("CreateStateMachineAlias", { name: "live", routingConfiguration: [{ stateMachineVersionArn: `${machineArn}:1`, weight: 100 }] });
  assert.equal(alias.body["stateMachineAliasArn"], `${machineArn}:live`);
  const started = await api.call("StartExecution", { stateMachineArn: `${machineArn}:live` });
  const described = await until(() => api.call("DescribeExecution", { executionArn: started.body["executionArn"] }), (r) => r.body["status"] !== "RUNNING");
  assert.equal(described.body["output"], '{"done":true}', "version 1's definition ran");
  assert.equal(described.body["stateMachineVersionArn"], `${machineArn}:1`);
  assert.equal(described.body["stateMachineAliasArn"], `${machineArn}:live`);
  const refused = await api.call("DeleteStateMachineVersion", { stateMachineVersionArn: `${machineArn}:1` });
  assert.deepEqual(refused.body, {
    __type: "ConflictException",
    message: "Version to be deleted must not be referenced by an alias. Current list of aliases referencing this version: [live]",
  });
  await api.call("DeleteStateMachineAlias", { stateMachineAliasArn: `${machineArn}:live` });
  assert.equal((await api.call("UpdateStateMachineAlias", { stateMachineAliasArn: `${machineArn}:live`, description: "x" })).body["__type"], "ResourceNotFound");
});

test("activities end to end: a worker takes the task, answers it, and the execution goes on", async () => {
  const api = client();
  const activity = (await api.call("CreateActivity", { name: "work" })).body["activityArn"];
  const machine = JSON.stringify({
    StartAt: "Do",
    States: {
      Do: { Type: "Task", Resource: activity, Parameters: { "job.$": "$.job" }, Catch: [{ ErrorEquals: ["Broken"], Next: "Caught" }], End: true },
      Caught: { Type: "Pass", End: true },
    },
  });
  const { body } = await api.call("CreateStateMachine", { name: "uses-activity", definition: machine, roleArn });
  const first = await api.call("StartExecution", { stateMachineArn: body["stateMachineArn"], input: '{"job": 7}' });
  const task = await api.call("GetActivityTask", { activityArn: activity, workerName: "worker-1" });
  assert.equal(task.body["input"], '{"job":7}');
  assert.equal((await api.call("SendTaskHeartbeat", { taskToken: task.body["taskToken"] })).status, 200);
  assert.equal((await api.call("SendTaskSuccess", { taskToken: task.body["taskToken"], output: '{"ok": true}' })).status, 200);
  const done = await until(() => api.call("DescribeExecution", { executionArn: first.body["executionArn"] }), (r) => r.body["status"] !== "RUNNING");
  assert.equal(done.body["output"], '{"ok":true}');
  const history = await api.call("GetExecutionHistory", { executionArn: first.body["executionArn"] });
  const startedEvent = history.body["events"].find((e: { type: string }) => e.type === "ActivityStarted");
  assert.deepEqual(startedEvent.activityStartedEventDetails, { workerName: "worker-1" });
  // A token is spent once its task has ended.
  assert.equal((await api.call("SendTaskSuccess", { taskToken: task.body["taskToken"], output: "{}" })).body["__type"], "TaskTimedOut");
  assert.equal((await api.call("SendTaskSuccess", { taskToken: "no-such-token", output: "{}" })).body["__type"], "InvalidToken");

  const second = await api.call("StartExecution", { stateMachineArn: body["stateMachineArn"], input: '{"job": 8}' });
  const task2 = await api.call("GetActivityTask", { activityArn: activity });
  await api.call("SendTaskFailure", { taskToken: task2.body["taskToken"], error: "Broken", cause: "on purpose" });
  const caught = await until(() => api.call("DescribeExecution", { executionArn: second.body["executionArn"] }), (r) => r.body["status"] !== "RUNNING");
  assert.equal(caught.body["output"], '{"Error":"Broken","Cause":"on purpose"}');
});

test("GetActivityTask answers empty when no task comes within the long poll", async () => {
  const { app } = createService({ timeScale: 0.001, activityPollSeconds: 60 });
  const call = async (operation: string, body: unknown) =>
    (await app.fetch(new Request("http://localhost/", {
      method: "POST",
      headers: { "x-amz-target": `AWSStepFunctions.${operation}`, "content-type": "application/x-amz-json-1.0" },
      body: JSON.stringify(body),
    }))).json() as Promise<Record<string, unknown>>;
  const activity = (await call("CreateActivity", { name: "idle" }))["activityArn"];
  assert.deepEqual(await call("GetActivityTask", { activityArn: activity }), {});
  assert.equal((await call("GetActivityTask", { activityArn: `${activity}-gone` }))["__type"], "ActivityDoesNotExist");
});

test("StopExecution aborts a running execution with the given error and cause", async () => {
  const api = client();
  const waiting = JSON.stringify({ StartAt: "W", States: { W: { Type: "Wait", Seconds: 100000, End: true } } });
  const { body } = await api.call("CreateStateMachine", { name: "long", definition: waiting, roleArn });
  const started = await api.call("StartExecution", { stateMachineArn: body["stateMachineArn"] });
  assert.equal(typeof (await api.call("StopExecution", { executionArn: started.body["executionArn"], error: "Manual", cause: "operator stop" })).body["stopDate"], "number");
  const described = await until(() => api.call("DescribeExecution", { executionArn: started.body["executionArn"] }), (r) => r.body["status"] !== "RUNNING");
  assert.equal(described.body["status"], "ABORTED");
  assert.equal(described.body["error"], "Manual");
  assert.equal(described.body["cause"], "operator stop");
  const history = await api.call("GetExecutionHistory", { executionArn: started.body["executionArn"], reverseOrder: true, maxResults: 1 });
  assert.deepEqual(history.body["events"][0].executionAbortedEventDetails, { cause: "operator stop", error: "Manual" });
});

test("an activity's HeartbeatSeconds clock starts when a worker takes the task, not while it waits in the queue", async () => {
  const api = client();
  const activity = (await api.call("CreateActivity", { name: "late-worker" })).body["activityArn"];
  const machine = JSON.stringify({ StartAt: "Do", States: { Do: { Type: "Task", Resource: activity, HeartbeatSeconds: 20, End: true } } });
  const { body } = await api.call("CreateStateMachine", { name: "queued-heartbeat", definition: machine, roleArn });
  const started = await api.call("StartExecution", { stateMachineArn: body["stateMachineArn"], input: "{}" });
  await until(() => api.call("GetExecutionHistory", { executionArn: started.body["executionArn"] }), (r) => r.body["events"].some((e: { type: string }) => e.type === "ActivityScheduled"));
  // Ten times HeartbeatSeconds (20 s is 20 ms at this time scale) with no worker polling.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const task = await api.call("GetActivityTask", { activityArn: activity, workerName: "late" });
  assert.equal(typeof task.body["taskToken"], "string", "the queued task is still there");
  assert.equal((await api.call("SendTaskSuccess", { taskToken: task.body["taskToken"], output: '"in time"' })).status, 200);
  const done = await until(() => api.call("DescribeExecution", { executionArn: started.body["executionArn"] }), (r) => r.body["status"] !== "RUNNING");
  assert.equal(done.body["status"], "SUCCEEDED");
  assert.equal(done.body["output"], '"in time"');
});
