import { test } from "node:test";
import assert from "node:assert/strict";
import type { ApiCase } from "./api-case.ts";
import { isReadOperation, runApiCase } from "./run-api-case.ts";
import type { ApiAnswer, Transport } from "./transport.ts";

/** A scripted implementation: answers each call with `reply(operation, request, callNumber)`; records the calls. */
function scripted(reply: (operation: string, request: Record<string, unknown>, call: number) => ApiAnswer) {
  const calls: Array<{ operation: string; request: Record<string, unknown> }> = [];
  const transport: Transport = {
    send(operation, request) {
      calls.push({ operation, request: request as Record<string, unknown> });
      return Promise.resolve(reply(operation, request as Record<string, unknown>, calls.length));
    },
  };
  return { transport, calls };
}

const ok = (body: unknown): ApiAnswer => ({ status: 200, body });
const fail = (type: string, message: string, status = 400): ApiAnswer => ({ status, body: { __type: type, message } });
const options = { accountId: "123456789012", region: "us-east-1", pollAttempts: 5, pollDelayMs: 1, symbols: { short_uid: "abcd1234" } };
const machineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:sm_abcd1234";

const listCase: ApiCase = {
  id: "example::list-executions",
  provenance: { kind: "spec", section: "ListExecutions" },
  area: "api",
  needs: [],
  steps: [
    { ref: "CreateStateMachine#0", operation: "CreateStateMachine", request: { name: "sm_${sym:short_uid}" } },
    { ref: "StartExecution#1", operation: "StartExecution", request: { stateMachineArn: "${sym:CreateStateMachine#0.stateMachineArn}" } },
    { ref: "StartExecution#2", operation: "StartExecution", request: { stateMachineArn: "${sym:CreateStateMachine#0.stateMachineArn}" } },
  ],
  ref: "ListExecutions#3",
  operation: "ListExecutions",
  request: { stateMachineArn: "${sym:CreateStateMachine#0.stateMachineArn}" },
  expected: {
    response: {
      executions: [
        { executionArn: "arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_1idx>", status: "SUCCEEDED", startDate: "datetime" },
        { executionArn: "arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>", status: "SUCCEEDED", startDate: "datetime" },
      ],
    },
    httpStatus: 200,
  },
  placeholders: ["111111111111", "<ArnPart_0idx>", "<ExecArnPart_0idx>", "<ExecArnPart_1idx>", "<partition>", "<region>", "datetime"],
  placeholderValues: {
    "<ArnPart_0idx>": { lastSegmentOf: "${sym:CreateStateMachine#0.stateMachineArn}" },
    "<ExecArnPart_0idx>": { lastSegmentOf: "${sym:StartExecution#1.executionArn}" },
    "<ExecArnPart_1idx>": { lastSegmentOf: "${sym:StartExecution#2.executionArn}" },
  },
};

/** Two executions e1, e2; the listing answers `order` once they are done (after `runningFor` listings). */
function executions(order: string[], runningFor = 0) {
  let started = 0;
  let listings = 0;
  return scripted((operation, request) => {
    if (operation === "CreateStateMachine") return ok({ stateMachineArn: `arn:aws:states:us-east-1:123456789012:stateMachine:${String(request["name"])}`, creationDate: 1 });
    if (operation === "StartExecution") return ok({ executionArn: `${machineArn.replace("stateMachine", "execution")}:e${++started}`, startDate: 1 });
    const status = ++listings > runningFor ? "SUCCEEDED" : "RUNNING";
    return ok({ executions: order.map((name) => ({ executionArn: `${machineArn.replace("stateMachine", "execution")}:${name}`, status, startDate: 1700000000.123 })) });
  });
}

test("steps feed later requests; pinned placeholders check which resource is where", async () => {
  const right = executions(["e2", "e1"]);
  const passed = await runApiCase(listCase, right.transport, options);
  assert.ok(passed.passed, passed.report);
  assert.deepEqual(right.calls.map((c) => c.operation), ["CreateStateMachine", "StartExecution", "StartExecution", "ListExecutions"]);
  assert.equal(right.calls[3]!.request["stateMachineArn"], machineArn);
  const swapped = await runApiCase(listCase, executions(["e1", "e2"]).transport, options);
  assert.equal(swapped.passed, false, "newest-first order is part of the contract");
  assert.match(swapped.report, /executions\[0\]\.executionArn/);
});

test("a read is re-sent while it mismatches (the recorded test waited), a bounded number of times", async () => {
  const eventually = executions(["e2", "e1"], 2);
  assert.ok((await runApiCase(listCase, eventually.transport, options)).passed);
  assert.equal(eventually.calls.filter((c) => c.operation === "ListExecutions").length, 3);
  const never = executions(["e2", "e1"], 100);
  const result = await runApiCase(listCase, never.transport, options);
  assert.equal(result.passed, false);
  assert.equal(never.calls.filter((c) => c.operation === "ListExecutions").length, 5);
  assert.equal(isReadOperation("DescribeExecution"), true);
  assert.equal(isReadOperation("GetActivityTask"), false, "a long poll takes a task: never repeated");
  assert.equal(isReadOperation("StartExecution"), false);
});

test("a write is sent once, even when its answer mismatches", async () => {
  const writeCase: ApiCase = { ...listCase, steps: [], ref: "CreateActivity#0", operation: "CreateActivity", request: { name: "a" }, expected: { response: { activityArn: "x" } } };
  const impl = scripted(() => ok({ activityArn: "y" }));
  assert.equal((await runApiCase(writeCase, impl.transport, options)).passed, false);
  assert.equal(impl.calls.length, 1);
});

test("errors: the code after any namespace, the message, the HTTP status", async () => {
  const errorCase: ApiCase = {
    id: "example::invalid-arn",
    provenance: { kind: "spec", section: "DescribeStateMachine" },
    area: "api",
    needs: [],
    operation: "DescribeStateMachine",
    request: { stateMachineArn: "not_a_valid_arn" },
    expected: { error: { code: "InvalidArn", message: "Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'" }, httpStatus: 400 },
  };
  const namespaced = scripted(() => fail("com.amazonaws.states#InvalidArn", "Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'"));
  const result = await runApiCase(errorCase, namespaced.transport, options);
  assert.ok(result.passed, result.report);
  assert.deepEqual(result.actual, { error: { code: "InvalidArn", message: "Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'" }, httpStatus: 400 });
  assert.equal((await runApiCase(errorCase, scripted(() => fail("InvalidArn", "Invalid Arn")).transport, options)).passed, false);
  assert.equal((await runApiCase(errorCase, scripted(() => fail("InvalidArn", "Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'", 500)).transport, options)).passed, false);
  assert.equal((await runApiCase(errorCase, scripted(() => ok({})).transport, options)).passed, false);
  const anyMessage: ApiCase = { ...errorCase, expected: { error: { code: "ValidationException", message: { $type: "string" } } } };
  assert.ok((await runApiCase(anyMessage, scripted(() => fail("ValidationException", "whatever the server says")).transport, options)).passed);
});

test("a step that fails unexpectedly, or succeeds where AWS failed, stops the case with a clear message", async () => {
  const broken = scripted((operation) => (operation === "CreateStateMachine" ? fail("InvalidDefinition", "bad") : ok({})));
  const stopped = await runApiCase(listCase, broken.transport, options);
  assert.equal(stopped.passed, false);
  assert.equal(stopped.actual, undefined);
  assert.match(stopped.report, /steps\[0\] \(CreateStateMachine#0 CreateStateMachine\): step failed unexpectedly: 400 InvalidDefinition: bad/);
  assert.equal(broken.calls.length, 1, "nothing is sent after the failed step");
  const expectedToFail: ApiCase = { ...listCase, steps: [{ ...listCase.steps![0]!, expectFailure: true }] };
  const lenient = await runApiCase(expectedToFail, executions(["e2", "e1"]).transport, options);
  assert.match(lenient.report, /step succeeded but failed on AWS/);
});

test("a symbol that does not resolve fails the case instead of sending the request", async () => {
  const unresolved: ApiCase = { ...listCase, steps: [], request: { executionArn: "${sym:StartExecution#9.executionArn}" } };
  const impl = scripted(() => ok({}));
  const result = await runApiCase(unresolved, impl.transport, options);
  assert.equal(result.passed, false);
  assert.match(result.report, /StartExecution#9/);
  assert.equal(impl.calls.length, 0);
});

test("unordered lists and members AWS added after the recording", async () => {
  const describeCase: ApiCase = {
    id: "example::describe",
    provenance: { kind: "spec", section: "DescribeStateMachine" },
    area: "variables",
    needs: [],
    operation: "DescribeStateMachine",
    request: {},
    expected: { response: { name: "m", variableReferences: { S: ["a", "b"] } } },
    unorderedLists: ["$.variableReferences.*"],
    unrecordedMembers: ["$.encryptionConfiguration"],
  };
  const answer = { name: "m", variableReferences: { S: ["b", "a"] }, encryptionConfiguration: { type: "AWS_OWNED_KEY" } };
  assert.ok((await runApiCase(describeCase, scripted(() => ok(answer)).transport, options)).passed);
  const judged = { ...describeCase, unorderedLists: [], unrecordedMembers: [] };
  const result = await runApiCase(judged, scripted(() => ok(answer)).transport, { ...options, pollAttempts: 1 });
  assert.equal(result.passed, false);
  assert.deepEqual(result.mismatches.map((m) => m.path).sort(), ["$.response.encryptionConfiguration", "$.response.variableReferences.S[0]", "$.response.variableReferences.S[1]"]);
  const wrongValue = { ...answer, variableReferences: { S: ["a", "c"] } };
  assert.equal((await runApiCase(describeCase, scripted(() => ok(wrongValue)).transport, { ...options, pollAttempts: 1 })).passed, false);
});

test("datetime matches a timestamp in epoch seconds or ISO-8601, not any text", async () => {
  const created: ApiCase = {
    id: "example::created",
    provenance: { kind: "spec", section: "CreateActivity" },
    area: "activities",
    needs: [],
    operation: "CreateActivity",
    request: {},
    expected: { response: { creationDate: "datetime" } },
    placeholders: ["datetime"],
  };
  for (const creationDate of [1700000000.123, 1700000000, "2024-11-20T14:37:01.123Z"]) {
    assert.ok((await runApiCase(created, scripted(() => ok({ creationDate })).transport, options)).passed, String(creationDate));
  }
  assert.equal((await runApiCase(created, scripted(() => ok({ creationDate: "yesterday" })).transport, options)).passed, false);
});
