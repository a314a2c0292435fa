import { test } from "node:test";
import assert from "node:assert/strict";
import { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import { parseStateDefinition } from "../../definition/parse-definition.ts";
import type { State } from "../../definition/types.ts";
import type { TaskRequest, Timers } from "../ports.ts";
import { LONE_STATE_NAME, testState } from "./test-state.ts";
import { type TestStateOptions, TestStateRequestError } from "./test-state-request.ts";

const ROLE = "arn:aws:iam::123456789012:role/TestRole";

function parse(definition: Record<string, unknown>): State {
  const parsed = parseStateDefinition(JSON.stringify(definition), LONE_STATE_NAME);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.state;
}

function run(definition: Record<string, unknown>, options: Omit<TestStateOptions, "state"> = {}) {
  return testState({ state: parse(definition), inspectionLevel: "DEBUG", ...options });
}

async function refusal(definition: Record<string, unknown>, options: Omit<TestStateOptions, "state">): Promise<TestStateRequestError> {
  try {
    await run(definition, options);
  } catch (e) {
    if (e instanceof TestStateRequestError) return e;
    throw e;
  }
  assert.fail("the request was not refused");
}

const taskWithRetry = {
  Type: "Task",
  Resource: "arn:aws:states:::lambda:invoke",
  Retry: [
    { ErrorEquals: ["Other"], MaxAttempts: 1 },
    { ErrorEquals: ["Boom"], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 4, MaxDelaySeconds: 50 },
  ],
  Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Handler" }],
  End: true,
};
const boom = { kind: "error" as const, error: "Boom", cause: "it broke" };

test("INFO answers status and output only; DEBUG adds the JSONPath data flow AWS shows for a Pass", async () => {
  const pass = { Type: "Pass", InputPath: "$.in", Parameters: { "v.$": "$.a" }, ResultPath: "$.out", OutputPath: "$.out", Next: "After" };
  const info = await run(pass, { input: { in: { a: 1 } }, inspectionLevel: "INFO" });
  assert.deepEqual(info, { status: "SUCCEEDED", output: { v: 1 }, nextState: "After" });
  const debug = await run(pass, { input: { in: { a: 1 } } });
  assert.deepEqual(debug.inspectionData, {
    input: { in: { a: 1 } },
    afterInputPath: { a: 1 },
    afterParameters: { v: 1 },
    afterResultSelector: { v: 1 },
    afterResultPath: { in: { a: 1 }, out: { v: 1 } },
  });
});

test("a Pass with Result shows its result, not its input processing", async () => {
  const result = await run({ Type: "Pass", InputPath: "$.x", Result: { r: true }, End: true }, { input: { x: 1 } });
  assert.deepEqual(result.inspectionData, { input: { x: 1 }, result: { r: true }, afterResultSelector: { r: true }, afterResultPath: { r: true } });
});

test("a Task without a mock calls the task executor port with its effective input and context", async () => {
  const requests: TaskRequest[] = [];
  const result = await run(
    { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:f", Parameters: { "n.$": "$.n", "ctx.$": "$$.State.Name" }, ResultSelector: { "got.$": "$.doubled" }, End: true },
    {
      input: { n: 21 },
      roleArn: ROLE,
      taskExecutor: async (request) => {
        requests.push(request);
        return { doubled: 42 };
      },
    },
  );
  assert.equal(requests.length, 1);
  assert.deepEqual(requests[0]!.input, { n: 21, ctx: LONE_STATE_NAME });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { got: 42 });
  assert.deepEqual(result.inspectionData?.result, { doubled: 42 });
  assert.deepEqual(result.inspectionData?.afterResultSelector, { got: 42 });
});

test("the context object is an express execution's: no RedriveCount, the request's role, RetryCount from retrierRetryCount", async () => {
  const result = await run(
    { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", QueryLanguage: "JSONata", Output: "{% $states.context %}", End: true },
    { input: { a: 1 }, roleArn: ROLE, mock: { kind: "result", result: {} }, region: "eu-west-1", accountId: "111122223333" },
  );
  const context = result.output as { Execution: Record<string, Json>; StateMachine: Record<string, Json>; State: Record<string, Json> };
  assert.deepEqual(Object.keys(context.Execution).sort(), ["Id", "Input", "Name", "RoleArn", "StartTime"]);
  assert.match(context.Execution["Id"] as string, /^arn:aws:states:eu-west-1:111122223333:express:[^:]+:[^:]+$/);
  assert.equal(context.Execution["Id"], `arn:aws:states:eu-west-1:111122223333:express:${context.StateMachine["Name"]}:${context.Execution["Name"]}`);
  assert.equal(context.StateMachine["Id"], `arn:aws:states:eu-west-1:111122223333:stateMachine:${context.StateMachine["Name"]}`);
  assert.equal(context.Execution["RoleArn"], ROLE);
  assert.deepEqual(context.Execution["Input"], { a: 1 });
  assert.equal(context.State["Name"], LONE_STATE_NAME);
  assert.equal(context.State["RetryCount"], 0);
});

test("a context object given with a mock is the context the state sees, as given", async () => {
  const given = { Execution: { Input: { v: [1, 2] } }, Task: { Token: "abc" } };
  const result = await run(
    { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { "token.$": "$$.Task.Token" }, ResultSelector: { "ctx.$": "$$" }, End: true },
    { mock: { kind: "result", result: {} }, context: given },
  );
  assert.deepEqual(result.output, { ctx: given });
  assert.deepEqual(result.inspectionData?.afterParameters, { token: "abc" });
});

test("a mocked context object is checked (recorded messages)", async () => {
  const task = { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true };
  const mock = { kind: "result" as const, result: {} };
  const cases: Array<[Record<string, Json>, string]> = [
    [{ Execution: { Id: 1 } }, "Invalid Context object provided: Execution.Id must be a string"],
    [{ Map: {} }, "Invalid Context object provided: 'Map' field is not supported when mocking a Context object"],
    [{ Execution: { pokemon: "squirtle" } }, "Invalid Context object provided: Field 'pokemon' is not allowed"],
    [{ Pokedex: {} }, "Invalid Context object provided: Field 'Pokedex' is not allowed"],
  ];
  for (const [context, message] of cases) {
    const error = await refusal(task, { mock, context });
    assert.equal(error.code, "ValidationException");
    assert.equal(error.message, message);
  }
});

test("a retrier that would retry makes the state RETRIABLE with its index and back-off, counted from retrierRetryCount", async () => {
  const first = await run(taskWithRetry, { mock: boom });
  assert.deepEqual(
    { status: first.status, error: first.error, cause: first.cause, errorDetails: first.inspectionData?.errorDetails },
    { status: "RETRIABLE", error: "Boom", cause: "it broke", errorDetails: { retryIndex: 1, retryBackoffIntervalSeconds: 2 } },
  );
  const third = await run(taskWithRetry, { mock: boom, configuration: { retrierRetryCount: 2 } });
  assert.deepEqual(third.inspectionData?.errorDetails, { retryIndex: 1, retryBackoffIntervalSeconds: 18 });
  const capped = await run(taskWithRetry, { mock: boom, configuration: { retrierRetryCount: 3 } });
  assert.deepEqual(capped.inspectionData?.errorDetails, { retryIndex: 1, retryBackoffIntervalSeconds: 50 }, "MaxDelaySeconds caps the back-off");
});

test("when the retrier has no attempts left the catcher decides: CAUGHT_ERROR with its Next and output", async () => {
  const result = await run(taskWithRetry, { input: { a: 1 }, mock: boom, configuration: { retrierRetryCount: 4 } });
  assert.equal(result.status, "CAUGHT_ERROR");
  assert.equal(result.nextState, "Handler");
  assert.equal(result.error, "Boom");
  assert.deepEqual(result.output, { a: 1, error: { Error: "Boom", Cause: "it broke" } });
  assert.deepEqual(result.inspectionData?.errorDetails, { retryIndex: 1, catchIndex: 0 });
  const uncaught = await run({ ...taskWithRetry, Catch: [] }, { mock: boom, configuration: { retrierRetryCount: 4 } });
  assert.equal(uncaught.status, "FAILED");
  assert.equal(uncaught.output, undefined);
  assert.deepEqual(uncaught.inspectionData?.errorDetails, { retryIndex: 1 });
});

const distributedMap = (extra: Record<string, unknown>) => ({
  Type: "Map",
  ItemsPath: "$.items",
  ItemSelector: { "index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value" },
  ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "P", States: { P: { Type: "Pass", End: true } } },
  End: true,
  ...extra,
});

test("a mocked Map selects its items but does not process them; the mock is its result", async () => {
  const result = await run(distributedMap({ MaxConcurrency: 3 }), { input: { items: ["a", "b"] }, mock: { kind: "result", result: ["A", "B"] } });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, ["A", "B"]);
  assert.deepEqual(result.inspectionData, {
    input: { items: ["a", "b"] },
    afterInputPath: { items: ["a", "b"] },
    afterItemsPath: ["a", "b"],
    afterItemSelector: [
      { index: 0, value: "a" },
      { index: 1, value: "b" },
    ],
    maxConcurrency: 3,
    afterResultSelector: ["A", "B"],
    afterResultPath: ["A", "B"],
  });
});

test("mapIterationFailureCount counts against the thresholds the Map sets, and only those", async () => {
  const input = { items: [1, 2, 3, 4] };
  const mock = { kind: "result" as const, result: [1, 0, 0, 1] };
  const byCount = await run(distributedMap({ ToleratedFailureCount: 1 }), { input, mock, configuration: { mapIterationFailureCount: 2 } });
  assert.equal(byCount.status, "FAILED");
  assert.equal(byCount.error, "States.ExceedToleratedFailureThreshold");
  assert.equal(byCount.cause, "The specified tolerated failure threshold was exceeded");
  assert.equal(byCount.inspectionData?.toleratedFailureCount, 1);
  const byPercentage = await run(distributedMap({ ToleratedFailurePercentage: 50 }), { input, mock, configuration: { mapIterationFailureCount: 2 } });
  assert.equal(byPercentage.status, "SUCCEEDED", "50% failed is within a 50% threshold");
  assert.equal(byPercentage.inspectionData?.toleratedFailurePercentage, 50);
  const unset = await run(distributedMap({}), { input, mock, configuration: { mapIterationFailureCount: 4 } });
  assert.equal(unset.status, "SUCCEEDED", "recorded: without thresholds failed iterations do not fail the Map");
  const tooMany = await refusal(distributedMap({}), { input, mock, configuration: { mapIterationFailureCount: 5 } });
  assert.equal(tooMany.code, "ValidationException");
});

test("a mocked error fails the Map, through its Retry and Catch", async () => {
  const map = distributedMap({ Retry: [{ ErrorEquals: ["Boom"], MaxAttempts: 1 }], Catch: [{ ErrorEquals: ["Boom"], Next: "Recover" }] });
  const options = { input: { items: [1] }, mock: boom, configuration: { errorCausedByState: "P" } };
  assert.equal((await run(map, options)).status, "RETRIABLE");
  const caught = await run(map, { ...options, configuration: { ...options.configuration, retrierRetryCount: 1 } });
  assert.equal(caught.status, "CAUGHT_ERROR");
  assert.equal(caught.nextState, "Recover");
  const elsewhere = await refusal(map, { ...options, configuration: { errorCausedByState: "Nope" } });
  assert.match(elsewhere.message, /ErrorCausedByState/);
});

test("mapItemReaderData stands for what the ItemReader reads (JSON and JSONL)", async () => {
  const reader = (inputType: string) =>
    distributedMap({ ItemsPath: undefined, ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: inputType }, Parameters: { Bucket: "b", Key: "k" } } });
  const mock = { kind: "result" as const, result: [] };
  const json = await run(reader("JSON"), { mock, configuration: { mapItemReaderData: '[{"a":1},{"a":2}]' } });
  assert.deepEqual(json.inspectionData?.afterItemSelector, [
    { index: 0, value: { a: 1 } },
    { index: 1, value: { a: 2 } },
  ]);
  const jsonl = await run(reader("JSONL"), { mock, configuration: { mapItemReaderData: '{"a":1}\n{"a":2}\n' } });
  assert.deepEqual(jsonl.inspectionData?.afterItemSelector, json.inspectionData?.afterItemSelector);
  assert.equal((await refusal(reader("CSV"), { mock, configuration: { mapItemReaderData: "a\n1" } })).code, "ValidationException");
  assert.equal((await refusal(reader("JSON"), { mock })).code, "ValidationException", "the reader's data is needed");
});

test("a mocked Parallel: the result must be one item per branch; the JSONPath data flow shown is the result's", async () => {
  const parallel = {
    Type: "Parallel",
    ResultPath: "$.r",
    Branches: [
      { StartAt: "A", States: { A: { Type: "Pass", End: true } } },
      { StartAt: "B", States: { B: { Type: "Pass", End: true } } },
    ],
    End: true,
  };
  const result = await run(parallel, { input: { x: 1 }, mock: { kind: "result", result: [1, 2] } });
  assert.deepEqual(result.output, { x: 1, r: [1, 2] });
  assert.deepEqual(result.inspectionData, { input: { x: 1 }, afterResultSelector: [1, 2], afterResultPath: { x: 1, r: [1, 2] } });
  assert.equal((await refusal(parallel, { mock: { kind: "result", result: {} } })).message, "Mocked result must be an array.");
  assert.equal(
    (await refusal(parallel, { mock: { kind: "result", result: [1] } })).message,
    "Mocked result must contain the same number of items as number of Parallel branches.",
  );
});

test("requests TestState refuses before running the state (recorded messages)", async () => {
  const pass = { Type: "Pass", End: true };
  assert.equal((await refusal(pass, { mock: { kind: "result", result: {} } })).message, "State type 'Pass' is not supported when a mock is specified");
  const map = distributedMap({});
  const unmocked = await refusal(map, {});
  assert.equal(unmocked.code, "InvalidDefinition");
  assert.equal(unmocked.message, "TestState API does not support Map or Parallel states. Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]");
  assert.equal(
    (await refusal(map, { configuration: { mapIterationFailureCount: 0 } })).message,
    "TestState does not support MapIterationFailureCount when a mock is not specified.",
  );
  const task = { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true };
  assert.equal((await refusal(task, {})).message, "RoleArn must be specified when testing a Task state");
  const callback = { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", End: true };
  assert.equal((await refusal(callback, { roleArn: ROLE })).code, "ValidationException");
  const withResultWriter = distributedMap({ ResultWriter: { Resource: "arn:aws:states:::s3:putObject", Parameters: { Bucket: "b", Prefix: "p" } } });
  assert.equal((await refusal(withResultWriter, { mock: { kind: "result", result: [] } })).message, "Mocked result must be a JSON object.");
});

test("runtime errors carry no 'entered at the event id' prefix: a state tested alone has no history", async () => {
  const result = await run({ Type: "Pass", InputPath: "$.missing", End: true }, { input: {} });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Runtime");
  assert.equal(result.cause, "Invalid path '$.missing' : No results for path: $['missing']");
  assert.deepEqual(result.inspectionData, { input: {} });
});

test("variables given to the state are visible to it; InspectionData shows them after the state's assignments", async () => {
  const result = await run({ Type: "Pass", QueryLanguage: "JSONata", Assign: { sum: "{% $a + $b %}" }, Output: "{% $a %}", End: true }, { variables: { a: 1, b: 2 } });
  assert.equal(result.output, 1);
  assert.deepEqual(result.inspectionData, { input: {}, variables: { a: 1, b: 2, sum: 3 } });
  const none = await run({ Type: "Pass", End: true }, { variables: {} });
  assert.equal(none.inspectionData?.variables, undefined);
});

test("Fail, Choice and Wait: error fields, next state, and a Wait's delay is not waited for", async () => {
  const fail = await run({ Type: "Fail", Error: "E", Cause: "C" }, { input: { v: 1 } });
  assert.deepEqual(fail, { status: "FAILED", error: "E", cause: "C", inspectionData: { input: { v: 1 }, afterInputPath: { v: 1 } } });
  const choice = await run({ Type: "Choice", Choices: [{ Variable: "$.v", NumericEquals: 1, Next: "One" }], Default: "Other" }, { input: { v: 1 } });
  assert.equal(choice.nextState, "One");
  const sleeps: number[] = [];
  const timers: Timers = {
    sleep: (milliseconds, signal) => {
      sleeps.push(milliseconds);
      return new Promise((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason), { once: true }));
    },
  };
  const wait = await run({ Type: "Wait", Seconds: 3600, Next: "After" }, { timers });
  assert.equal(wait.status, "SUCCEEDED");
  assert.equal(wait.nextState, "After");
  assert.ok(!sleeps.includes(3_600_000), `sleeps: ${sleeps.join(", ")}`);
});

test("a state still running after TestState's five minutes fails with States.Timeout", async () => {
  // Timers where only the five-minute limit elapses (at once); the task never answers.
  const timers: Timers = {
    sleep: (milliseconds, signal) =>
      milliseconds >= 300_000 ? Promise.resolve() : new Promise((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason), { once: true })),
  };
  const result = await run(
    { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true },
    {
      roleArn: ROLE,
      timers,
      taskExecutor: (request) => new Promise((_, reject) => request.signal.addEventListener("abort", () => reject(new StatesError("Aborted")), { once: true })),
    },
  );
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Timeout");
});
