import { test } from "node:test";
import assert from "node:assert/strict";
import { runExecution, StatesError } from "../mod.ts";
import { type ExecutionRunner, runCase } from "../conformance/compare/run-case.ts";
import type { ExecutionCase } from "../conformance/compare/execution-case.ts";
import { deriveMockedCase } from "./recorded-mocks.ts";
import { causeText } from "./recorded-payloads.ts";

type Obj = Record<string, unknown>;

/** A recording in the oracle's form and the imported case the importer would make of it. */
function recording(options: { needs: string[]; definition: Obj; input: unknown; history: Obj[]; expected: Obj; placeholders?: string[] }) {
  const recorded: Obj = { id: "t::case", needs: options.needs, definition: options.definition, input: options.input, history: options.history, expected: options.expected };
  const converted: Obj = {
    id: "t::case",
    provenance: { kind: "aws-recorded", source: "t::case", recorded: "2025-01-01" },
    level: "optional",
    features: ["state:Task"],
    needs: options.needs,
    queryLanguage: "JSONPath",
    stateMachineType: "STANDARD",
    definition: options.definition,
    input: options.input,
    placeholders: options.placeholders ?? [],
    expected: options.expected,
    history: options.history.map(({ timestamp: _timestamp, ...event }) => event),
  };
  return { recorded, converted };
}

const run = runExecution as unknown as ExecutionRunner;
const failure = (error: string, cause: string | undefined) => new StatesError(error, cause);

async function passesInProcess(testCase: Obj): Promise<void> {
  const c = testCase as unknown as ExecutionCase;
  const outcome = await runCase(c, run, { failure });
  assert.ok(outcome.passed, outcome.report);
  const history = await runCase(c, run, { failure, compareHistory: true });
  assert.ok(history.passed, history.report);
}

const lambdaCause = { errorMessage: "boom", errorType: "Exception" };
const lambdaRetry = recording({
  needs: ["lambda"],
  placeholders: ["111111111111", "<partition>", "<region>", "snf_role_arn"],
  definition: {
    StartAt: "Invoke",
    States: {
      Invoke: {
        Type: "Task",
        Resource: "${sym:create_lambda_function#1.CreateFunctionResponse.FunctionArn}",
        Retry: [{ ErrorEquals: ["Exception"], IntervalSeconds: 1, MaxAttempts: 1 }],
        End: true,
      },
    },
  },
  input: { v: 1 },
  expected: { status: "SUCCEEDED", output: { x: 1 } },
  history: [
    { id: 1, previousEventId: 0, type: "ExecutionStarted", executionStartedEventDetails: { input: { v: 1 }, inputDetails: { truncated: false }, roleArn: "snf_role_arn" } },
    { id: 2, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "Invoke", input: { v: 1 }, inputDetails: { truncated: false } } },
    { id: 3, previousEventId: 2, type: "LambdaFunctionScheduled", lambdaFunctionScheduledEventDetails: { resource: "arn:<partition>:lambda:<region>:111111111111:function:fn", input: { v: 1 }, inputDetails: { truncated: false } } },
    { id: 4, previousEventId: 3, type: "LambdaFunctionStarted" },
    { id: 5, previousEventId: 4, type: "LambdaFunctionFailed", lambdaFunctionFailedEventDetails: { error: "Exception", cause: lambdaCause } },
    { id: 6, previousEventId: 5, type: "LambdaFunctionScheduled", lambdaFunctionScheduledEventDetails: { resource: "arn:<partition>:lambda:<region>:111111111111:function:fn", input: { v: 1 }, inputDetails: { truncated: false } } },
    { id: 7, previousEventId: 6, type: "LambdaFunctionStarted" },
    { id: 8, previousEventId: 7, type: "LambdaFunctionSucceeded", lambdaFunctionSucceededEventDetails: { output: { x: 1 }, outputDetails: { truncated: false } } },
    { id: 9, previousEventId: 8, type: "TaskStateExited", stateExitedEventDetails: { name: "Invoke", output: { x: 1 }, outputDetails: { truncated: false } } },
    { id: 10, previousEventId: 9, type: "ExecutionSucceeded", executionSucceededEventDetails: { output: { x: 1 }, outputDetails: { truncated: false } } },
  ],
});

test("a Lambda state's invocations become a mock test case: the recorded failure, then the recorded result; the fixture ARN is the recorded one", async () => {
  const derived = deriveMockedCase(lambdaRetry.recorded, lambdaRetry.converted);
  assert.ok(derived.mocked, derived.mocked ? "" : derived.reason);
  const testCase = derived.testCase;
  assert.deepEqual(testCase["mockConfig"], {
    StateMachines: { StateMachine: { TestCases: { RecordedHistory: { Invoke: "Invoke" } } } },
    MockedResponses: { Invoke: { "0": { Throw: { Error: "Exception", Cause: JSON.stringify(lambdaCause) } }, "1": { Return: { x: 1 } } } },
  });
  assert.equal(testCase["mockTestCase"], "RecordedHistory");
  assert.equal(((testCase["definition"] as Obj)["States"] as Record<string, Obj>)["Invoke"]!["Resource"], "arn:aws:lambda:us-east-1:123456789012:function:fn");
  assert.deepEqual(testCase["needs"], ["lambda"]);
  assert.ok((testCase["features"] as string[]).includes("mocks"));
  assert.deepEqual((testCase["provenance"] as Obj)["mockedFrom"], "recorded history");
  assert.ok((testCase["notes"] as string[]).some((n) => n.includes("${sym:create_lambda_function#1.CreateFunctionResponse.FunctionArn}")));
  await passesInProcess(testCase);
});

const callback = recording({
  needs: ["callback", "sqs"],
  placeholders: ["<region>", "<task_token:1>", "<uuid:1>", "sqs_queue_url", "snf_role_arn"],
  definition: {
    StartAt: "Send",
    States: {
      Send: {
        Type: "Task",
        Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        Parameters: { "QueueUrl.$": "$.QueueUrl", MessageBody: { "Message.$": "$.Message", "TaskToken.$": "$$.Task.Token" } },
        End: true,
      },
    },
  },
  input: { QueueUrl: "${sym:sqs_create_queue#1}", Message: "txt" },
  expected: { status: "SUCCEEDED", output: { Message: "txt", TaskToken: "<task_token:1>" } },
  history: [
    { id: 1, previousEventId: 0, type: "ExecutionStarted", executionStartedEventDetails: { input: { QueueUrl: "sqs_queue_url", Message: "txt" }, inputDetails: { truncated: false }, roleArn: "snf_role_arn" } },
    { id: 2, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "Send", input: { QueueUrl: "sqs_queue_url", Message: "txt" }, inputDetails: { truncated: false } } },
    {
      id: 3, previousEventId: 2, type: "TaskScheduled",
      taskScheduledEventDetails: { parameters: { MessageBody: { Message: "txt", TaskToken: "<task_token:1>" }, QueueUrl: "sqs_queue_url" }, region: "<region>", resource: "sendMessage.waitForTaskToken", resourceType: "sqs" },
    },
    { id: 4, previousEventId: 3, type: "TaskStarted", taskStartedEventDetails: { resource: "sendMessage.waitForTaskToken", resourceType: "sqs" } },
    { id: 5, previousEventId: 4, type: "TaskSubmitted", taskSubmittedEventDetails: { output: { MessageId: "<uuid:1>" }, outputDetails: { truncated: false }, resource: "sendMessage.waitForTaskToken", resourceType: "sqs" } },
    { id: 6, previousEventId: 5, type: "TaskSucceeded", taskSucceededEventDetails: { output: { Message: "txt", TaskToken: "<task_token:1>" }, outputDetails: { truncated: false }, resource: "sendMessage.waitForTaskToken", resourceType: "sqs" } },
    { id: 7, previousEventId: 6, type: "TaskStateExited", stateExitedEventDetails: { name: "Send", output: { Message: "txt", TaskToken: "<task_token:1>" }, outputDetails: { truncated: false } } },
    { id: 8, previousEventId: 7, type: "ExecutionSucceeded", executionSucceededEventDetails: { output: { Message: "txt", TaskToken: "<task_token:1>" }, outputDetails: { truncated: false } } },
  ],
});

test("a .waitForTaskToken state becomes a callback script: the recorded TaskSubmitted answer, then SendTaskSuccess echoing the task's own token", async () => {
  const derived = deriveMockedCase(callback.recorded, callback.converted);
  assert.ok(derived.mocked, derived.mocked ? "" : derived.reason);
  const testCase = derived.testCase;
  assert.deepEqual(testCase["callbacks"], [{ state: "Send", submitted: { MessageId: "<uuid:1>" }, send: "success", output: { Message: "txt", TaskToken: { $taskToken: true } } }]);
  assert.equal(testCase["mockConfig"], undefined, "no Task state is left for a mock");
  assert.deepEqual(testCase["input"], { QueueUrl: "sqs_queue_url", Message: "txt" }, "the queue URL AWS recorded (a placeholder, which matches itself)");
  await passesInProcess(testCase);
});

test("an activity state becomes the worker script, with the recorded worker name; a timed-out invocation hangs", () => {
  const activity = recording({
    needs: ["activity_worker"],
    definition: { StartAt: "A", States: { A: { Type: "Task", Resource: "${sym:CreateActivity#0.activityArn}", TimeoutSeconds: 5, End: true } } },
    input: {},
    expected: { status: "FAILED", error: "States.Timeout" },
    history: [
      { id: 1, previousEventId: 0, type: "ExecutionStarted", executionStartedEventDetails: { input: {}, inputDetails: { truncated: false }, roleArn: "snf_role_arn" } },
      { id: 2, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "A", input: {}, inputDetails: { truncated: false } } },
      { id: 3, previousEventId: 2, type: "ActivityScheduled", activityScheduledEventDetails: { resource: "activity_arn", input: {}, inputDetails: { truncated: false }, timeoutInSeconds: 5 } },
      { id: 4, previousEventId: 3, type: "ActivityStarted", activityStartedEventDetails: { workerName: "W" } },
      { id: 5, previousEventId: 4, type: "ActivityTimedOut", activityTimedOutEventDetails: { error: "States.Timeout" } },
      { id: 6, previousEventId: 5, type: "ExecutionFailed", executionFailedEventDetails: { error: "States.Timeout" } },
    ],
    placeholders: ["activity_arn"],
  });
  const derived = deriveMockedCase(activity.recorded, activity.converted);
  assert.ok(derived.mocked, derived.mocked ? "" : derived.reason);
  assert.deepEqual(derived.testCase["taskResponses"], [{ state: "A", hang: true, workerName: "W" }]);
  const resource = ((derived.testCase["definition"] as Obj)["States"] as Record<string, Obj>)["A"]!["Resource"];
  assert.match(String(resource), /^arn:aws:states:us-east-1:123456789012:activity:/, "a Resource must stay an activity ARN, so the recorded 'activity_arn' text is replaced");
});

test("not derived: needs no mock stands in for, no history, Task states inside a Distributed Map", () => {
  const logs = recording({ ...lambdaRetry.converted, needs: ["logs"], history: lambdaRetry.recorded["history"] as Obj[] } as never);
  const noHistory = recording({ needs: ["lambda"], definition: lambdaRetry.recorded["definition"] as Obj, input: {}, history: [], expected: { status: "SUCCEEDED" } });
  const distributed = recording({
    needs: ["lambda"],
    definition: {
      StartAt: "M",
      States: { M: { Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED" }, StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true } } }, End: true } },
    },
    input: [],
    history: lambdaRetry.recorded["history"] as Obj[],
    expected: { status: "SUCCEEDED" },
  });
  const reasons = [logs, noHistory, distributed].map(({ recorded, converted }) => {
    const derived = deriveMockedCase(recorded, converted);
    return derived.mocked ? "mocked" : derived.reason;
  });
  assert.match(reasons[0]!, /^needs logs: the recorded test read what the execution delivered to CloudWatch Logs/);
  assert.match(reasons[1]!, /no recorded history/);
  assert.match(reasons[2]!, /Distributed Map/);
});

test("a parsed cause becomes the exact text AWS wrote when the recording shows it (a Catch output), else compact JSON", () => {
  const cause = { errorMessage: "boom", errorType: "Exception" };
  const spaced = '{"errorMessage": "boom", "errorType": "Exception"}';
  assert.equal(causeText(cause, { history: [{ output: { Cause: spaced } }] }), spaced);
  assert.equal(causeText(cause, {}), JSON.stringify(cause));
  assert.equal(causeText("plain text", {}), "plain text");
});

test("a .sync state's mock carries the recorded TaskSubmitted output as Submitted, so the run writes TaskSubmitted as AWS did", async () => {
  const details = { resourceType: "glue", resource: "startJobRun.sync" };
  const submitted = { JobRunId: "jr_1" };
  const finished = { Id: "jr_1", JobRunState: "SUCCEEDED" };
  const { recorded, converted } = recording({
    needs: ["glue"],
    definition: { StartAt: "Job", States: { Job: { Type: "Task", Resource: "arn:aws:states:::glue:startJobRun.sync", Parameters: { JobName: "j" }, End: true } } },
    input: {},
    expected: { status: "SUCCEEDED", output: finished },
    history: [
      { id: 1, previousEventId: 0, type: "ExecutionStarted", executionStartedEventDetails: { input: {}, inputDetails: { truncated: false }, roleArn: "snf_role_arn" } },
      { id: 2, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "Job", input: {}, inputDetails: { truncated: false } } },
      { id: 3, previousEventId: 2, type: "TaskScheduled", taskScheduledEventDetails: { ...details, region: "<region>", parameters: { JobName: "j" } } },
      { id: 4, previousEventId: 3, type: "TaskStarted", taskStartedEventDetails: details },
      { id: 5, previousEventId: 4, type: "TaskSubmitted", taskSubmittedEventDetails: { ...details, output: submitted, outputDetails: { truncated: false } } },
      { id: 6, previousEventId: 5, type: "TaskSucceeded", taskSucceededEventDetails: { ...details, output: finished, outputDetails: { truncated: false } } },
      { id: 7, previousEventId: 6, type: "TaskStateExited", stateExitedEventDetails: { name: "Job", output: finished, outputDetails: { truncated: false } } },
      { id: 8, previousEventId: 7, type: "ExecutionSucceeded", executionSucceededEventDetails: { output: finished, outputDetails: { truncated: false } } },
    ],
    placeholders: ["<region>", "snf_role_arn"],
  });
  const derived = deriveMockedCase(recorded, converted);
  assert.ok(derived.mocked, derived.mocked ? "" : derived.reason);
  const mock = derived.testCase["mockConfig"] as { MockedResponses: Record<string, unknown> };
  assert.deepEqual(mock.MockedResponses["Job"], { "0": { Submitted: submitted, Return: finished } });
  await passesInProcess(derived.testCase);
});

test("not derived, with the reason: services that observe a machine with no Task state; an activity never scheduled", () => {
  const observed = recording({
    needs: ["events", "sqs"],
    definition: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
    input: {},
    history: [],
    expected: { status: "SUCCEEDED" },
  });
  const failedFirst = recording({
    needs: ["activity_worker"],
    definition: { StartAt: "A", States: { A: { Type: "Task", Resource: "arn:aws:states:us-east-1:123456789012:activity:gone", End: true } } },
    input: {},
    history: [
      { id: 1, previousEventId: 0, type: "ExecutionStarted", executionStartedEventDetails: { input: {}, inputDetails: { truncated: false }, roleArn: "snf_role_arn" } },
      { id: 2, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "A", input: {}, inputDetails: { truncated: false } } },
      { id: 3, previousEventId: 2, type: "ExecutionFailed", executionFailedEventDetails: { error: "States.Runtime", cause: "The activity gone does not exist." } },
    ],
    expected: { status: "FAILED", error: "States.Runtime" },
  });
  const reasons = [observed, failedFirst].map(({ recorded, converted }) => {
    const derived = deriveMockedCase(recorded, converted);
    return derived.mocked ? "mocked" : derived.reason;
  });
  assert.match(reasons[0]!, /^the state machine has no Task state, so it calls no service: its needs \(events, sqs\)/);
  assert.match(reasons[1]!, /no worker script can be derived from it: the execution ended before one was scheduled \(ExecutionFailed, "States.Runtime", "The activity gone does not exist."\)$/);
});
