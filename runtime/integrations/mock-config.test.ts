import { test } from "node:test";
import assert from "node:assert/strict";
import { runExecution, type HistoryEvent, type JsonObject, type Timers } from "../../mod.ts";
import { MockConfigError, parseInvocationRange, parseMockConfig } from "./mock-config.ts";
import { MockTestCase, MockTestCaseNotFound, splitTestCaseSelector } from "./mock-test-case.ts";

/** The mock configuration and state machine of the developer guide (sfn-local-test-sm-exec). */
const guideConfig = {
  StateMachines: {
    LambdaSQSIntegration: {
      TestCases: {
        HappyPath: { LambdaState: "MockedLambdaSuccess", SQSState: "MockedSQSSuccess" },
        RetryPath: { LambdaState: "MockedLambdaRetry", SQSState: "MockedSQSSuccess" },
        HybridPath: { LambdaState: "MockedLambdaSuccess" },
      },
    },
  },
  MockedResponses: {
    MockedLambdaSuccess: { "0": { Return: { StatusCode: 200, Payload: { StatusCode: 200, body: "Hello from Lambda!" } } } },
    LambdaMockedResourceNotReady: { "0": { Throw: { Error: "Lambda.ResourceNotReadyException", Cause: "Lambda resource is not ready." } } },
    MockedSQSSuccess: { "0": { Return: { MD5OfMessageBody: "3bcb6e8e-7h85-4375-b0bc-1a59812c6e51", MessageId: "3bcb6e8e-8b51-4375-b0bc-1a59812c6e51" } } },
    MockedLambdaRetry: {
      "0": { Throw: { Error: "Lambda.ResourceNotReadyException", Cause: "Lambda resource is not ready." } },
      "1-2": { Throw: { Error: "Lambda.TimeoutException", Cause: "Lambda timed out." } },
      "3": { Return: { StatusCode: 200, Payload: { StatusCode: 200, body: "Hello from Lambda!" } } },
    },
  },
};

const guideMachine = {
  Comment: "This state machine is called: LambdaSQSIntegration",
  StartAt: "LambdaState",
  States: {
    LambdaState: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { "Payload.$": "$", FunctionName: "HelloWorldFunction" },
      Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }],
      Next: "SQSState",
    },
    SQSState: {
      Type: "Task",
      Resource: "arn:aws:states:::sqs:sendMessage",
      Parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/myQueue", "MessageBody.$": "$" },
      End: true,
    },
  },
};

const noWait: Timers = { sleep: (_ms, signal) => (signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve()) };

function run(testCase: string, config: unknown = guideConfig, definition: JsonObject = guideMachine) {
  return runExecution({ definition, stateMachineName: "LambdaSQSIntegration", mock: { config: parseMockConfig(config), testCase }, timers: noWait });
}

const taskEvents = (history: HistoryEvent[]) => history.filter((e) => e.type.startsWith("Task") && !e.type.startsWith("TaskState")).map((e) => e.type);

test("guide HappyPath: both Task states answer with their mocked Return; history as for real calls", async () => {
  const result = await run("HappyPath");
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { MD5OfMessageBody: "3bcb6e8e-7h85-4375-b0bc-1a59812c6e51", MessageId: "3bcb6e8e-8b51-4375-b0bc-1a59812c6e51" });
  assert.deepEqual(taskEvents(result.history), ["TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskScheduled", "TaskStarted", "TaskSucceeded"]);
  const lambdaDone = result.history.find((e) => e.type === "TaskSucceeded")!;
  assert.deepEqual(lambdaDone["taskSucceededEventDetails"], {
    resourceType: "lambda",
    resource: "invoke",
    output: JSON.stringify({ StatusCode: 200, Payload: { StatusCode: 200, body: "Hello from Lambda!" } }),
    outputDetails: { truncated: false },
  });
  const sqsEntered = result.history.filter((e) => e.type === "TaskStateEntered")[1]!;
  assert.equal((sqsEntered["stateEnteredEventDetails"] as { input: string }).input, JSON.stringify({ StatusCode: 200, Payload: { StatusCode: 200, body: "Hello from Lambda!" } }));
});

test("guide RetryPath: invocation 0 throws, 1-2 throw, 3 returns, driven by the state's Retry", async () => {
  const result = await run("RetryPath");
  assert.equal(result.status, "SUCCEEDED");
  const failures = result.history.filter((e) => e.type === "TaskFailed").map((e) => e["taskFailedEventDetails"]);
  assert.deepEqual(failures, [
    { resourceType: "lambda", resource: "invoke", cause: "Lambda resource is not ready.", error: "Lambda.ResourceNotReadyException" },
    { resourceType: "lambda", resource: "invoke", cause: "Lambda timed out.", error: "Lambda.TimeoutException" },
    { resourceType: "lambda", resource: "invoke", cause: "Lambda timed out.", error: "Lambda.TimeoutException" },
  ]);
  assert.equal(result.history.filter((e) => e.type === "TaskSucceeded").length, 2);
});

test("an invocation the mocked response does not cover fails the execution, past Retry and Catch", async () => {
  const config = structuredClone(guideConfig);
  delete (config.MockedResponses.MockedLambdaRetry as Record<string, unknown>)["3"];
  const definition: JsonObject = structuredClone(guideMachine);
  ((definition["States"] as JsonObject)["LambdaState"] as JsonObject)["Catch"] = [{ ErrorEquals: ["States.ALL"], Next: "SQSState" }];
  const result = await run("RetryPath", config, definition);
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Runtime");
  assert.match(result.cause ?? "", /mocked response 'MockedLambdaRetry' of the state 'LambdaState' \(test case 'RetryPath'\) has no entry for invocation 3; it covers 0, 1-2$/);
});

test("guide HybridPath: a state the test case does not mock, with nothing else to answer it, fails naming resource and state", async () => {
  const result = await run("HybridPath");
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Runtime");
  assert.match(result.cause ?? "", /resource 'arn:aws:states:::sqs:sendMessage' of the Task state 'SQSState'/);
});

test("HybridPath with a handler or task executor for the unmocked state", async () => {
  const result = await runExecution({
    definition: guideMachine,
    stateMachineName: "LambdaSQSIntegration",
    mock: { config: parseMockConfig(guideConfig), testCase: "HybridPath" },
    handlers: { "arn:aws:states:::sqs:sendMessage": (input) => ({ MessageId: "m-1", sent: input }) },
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual((result.output as { sent: unknown }).sent, { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/myQueue", MessageBody: { StatusCode: 200, Payload: { StatusCode: 200, body: "Hello from Lambda!" } } });
});

test("a mocked .waitForTaskToken state answers with its mock at once (Step Functions Local)", async () => {
  const config = { StateMachines: { M: { TestCases: { T: { Wait: "Answer" } } } }, MockedResponses: { Answer: { "0": { Return: { approved: true } } } } };
  const result = await runExecution({
    definition: { StartAt: "Wait", States: { Wait: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", Parameters: { "token.$": "$$.Task.Token" }, End: true } } },
    stateMachineName: "M",
    mock: { config: parseMockConfig(config), testCase: "T" },
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { approved: true });
});

test("the invocation count is per state across retries, loops and Map iterations", async () => {
  const config = {
    StateMachines: { M: { TestCases: { T: { Item: "Counted" } } } },
    MockedResponses: { Counted: { "0": { Return: "first" }, "1-2": { Return: "middle" }, "3": { Return: "last" } } },
  };
  const result = await runExecution({
    definition: {
      StartAt: "Each",
      States: {
        Each: {
          Type: "Map",
          MaxConcurrency: 1,
          ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, StartAt: "Item", States: { Item: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true } } },
          End: true,
        },
      },
    },
    input: [1, 2, 3, 4],
    stateMachineName: "M",
    mock: { config: parseMockConfig(config), testCase: "T" },
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, ["first", "middle", "middle", "last"]);
});

test("selecting a test case: unknown machine or case names what the file has", () => {
  const config = parseMockConfig(guideConfig);
  assert.throws(() => MockTestCase.select(config, "Other", "HappyPath"), (e: unknown) => e instanceof MockTestCaseNotFound && /no state machine named 'Other' \(it has 'LambdaSQSIntegration'\)/.test(e.message));
  assert.throws(() => MockTestCase.select(config, "LambdaSQSIntegration", "Sad"), /no test case 'Sad' for the state machine 'LambdaSQSIntegration' \(it has 'HappyPath', 'RetryPath', 'HybridPath'\)/);
  assert.deepEqual(splitTestCaseSelector("arn:aws:states:us-east-1:1:stateMachine:M#HappyPath"), { arn: "arn:aws:states:us-east-1:1:stateMachine:M", testCase: "HappyPath" });
  assert.deepEqual(splitTestCaseSelector("arn:aws:states:us-east-1:1:stateMachine:M"), { arn: "arn:aws:states:us-east-1:1:stateMachine:M" });
});

test("invocation keys: a number or an inclusive range", () => {
  assert.deepEqual(parseInvocationRange("0"), { first: 0, last: 0 });
  assert.deepEqual(parseInvocationRange("1-2"), { first: 1, last: 2 });
  for (const bad of ["", "-1", "01", "2-1", "1-", "a", "1 - 2", "1.5"]) assert.equal(parseInvocationRange(bad), undefined, bad);
});

test("a bad mock configuration is refused with the JSON path of the problem", () => {
  const bad = (config: unknown, message: RegExp) => assert.throws(() => parseMockConfig(config), (e: unknown) => e instanceof MockConfigError && message.test(e.message), String(message));
  const valid = () => structuredClone(guideConfig) as Record<string, any>;
  bad("{", /^The mock configuration is not JSON/);
  bad([], /^\$ must be the mock configuration, got an array/);
  bad({ StateMachines: {} }, /^\$ is missing the field "MockedResponses"/);
  bad({ ...valid(), MockedResponse: {} }, /^\$\.MockedResponse is not a field of the mock configuration format/);
  const unknownResponse = valid();
  unknownResponse.StateMachines.LambdaSQSIntegration.TestCases.HappyPath.SQSState = "Nope";
  bad(unknownResponse, /^\$\.StateMachines\.LambdaSQSIntegration\.TestCases\.HappyPath\.SQSState names the mocked response 'Nope', which \$\.MockedResponses does not define/);
  const notAString = valid();
  notAString.StateMachines.LambdaSQSIntegration.TestCases["Happy Path"] = { "My State": 3 };
  bad(notAString, /^\$\.StateMachines\.LambdaSQSIntegration\.TestCases\["Happy Path"\]\["My State"\] must be the name of a mocked response \(a string\), got the number 3/);
  const badKey = valid();
  badKey.MockedResponses.MockedLambdaRetry["4-3"] = { Return: 1 };
  bad(badKey, /^\$\.MockedResponses\.MockedLambdaRetry\["4-3"\]: the key must be an invocation number/);
  const overlap = valid();
  overlap.MockedResponses.MockedLambdaRetry["2"] = { Return: 1 };
  bad(overlap, /^\$\.MockedResponses\.MockedLambdaRetry\["2"\] overlaps \$\.MockedResponses\.MockedLambdaRetry\["1-2"\]/);
  const both = valid();
  both.MockedResponses.MockedSQSSuccess["0"].Throw = { Error: "E", Cause: "C" };
  bad(both, /^\$\.MockedResponses\.MockedSQSSuccess\["0"\] must have exactly one field "Return" or "Throw", besides an optional "Submitted" \(has "Return", "Throw"\)/);
  const submittedOnly = valid();
  submittedOnly.MockedResponses.MockedSQSSuccess["0"] = { Submitted: {} };
  bad(submittedOnly, /^\$\.MockedResponses\.MockedSQSSuccess\["0"\] must have exactly one field "Return" or "Throw", besides an optional "Submitted" \(has "Submitted"\)/);
  const noCause = valid();
  noCause.MockedResponses.LambdaMockedResourceNotReady["0"].Throw = { Error: "E" };
  bad(noCause, /^\$\.MockedResponses\.LambdaMockedResourceNotReady\["0"\]\.Throw is missing the field "Cause"/);
  const empty = valid();
  empty.MockedResponses.Empty = {};
  bad(empty, /^\$\.MockedResponses\.Empty must define at least one invocation/);
  assert.equal(parseMockConfig(JSON.stringify(guideConfig)).MockedResponses["MockedLambdaRetry"]!["1-2"] !== undefined, true);
});

/** A `.sync` job: StartExecution's answer, then the child's description (shapes as AWS records them). */
const syncMachine = {
  StartAt: "StartChild",
  States: {
    StartChild: {
      Type: "Task",
      Resource: "arn:aws:states:::states:startExecution.sync:2",
      Parameters: { StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:Child", Input: { n: 1 } },
      Catch: [{ ErrorEquals: ["States.TaskFailed"], ResultPath: "$.error", Next: "Failed" }],
      End: true,
    },
    Failed: { Type: "Pass", End: true },
  },
};
const started = { ExecutionArn: "arn:aws:states:us-east-1:123456789012:execution:Child:one", StartDate: 1700000000000 };
const described = { ExecutionArn: started.ExecutionArn, Output: { ok: true }, Status: "SUCCEEDED" };

function runSync(response: Record<string, unknown>, definition: JsonObject = syncMachine) {
  const config = { StateMachines: { M: { TestCases: { T: { StartChild: "Child" } } } }, MockedResponses: { Child: response } };
  return runExecution({ definition, stateMachineName: "M", mock: { config: parseMockConfig(config), testCase: "T" }, timers: noWait });
}

const details = (history: HistoryEvent[], type: string) => history.find((e) => e.type === type)?.[`${type[0]!.toLowerCase()}${type.slice(1)}EventDetails` as keyof HistoryEvent] as Record<string, unknown> | undefined;

test("Submitted: a mocked .sync task records the job's start as TaskSubmitted, then its Return", async () => {
  const result = await runSync({ "0": { Submitted: started, Return: described } });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, described);
  assert.deepEqual(taskEvents(result.history), ["TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded"]);
  assert.deepEqual(JSON.parse(details(result.history, "TaskSubmitted")!["output"] as string), started);
  assert.equal(details(result.history, "TaskSubmitted")!["resource"], "startExecution.sync:2");
});

test("Submitted: then a Throw fails the submitted job (TaskSubmitted, TaskFailed), which a Catch handles", async () => {
  const result = await runSync({ "0": { Submitted: started, Throw: { Error: "States.TaskFailed", Cause: "child failed" } } });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(taskEvents(result.history), ["TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskFailed"]);
  assert.deepEqual((result.output as JsonObject)["error"], { Error: "States.TaskFailed", Cause: "child failed" });
});

test("without Submitted a mocked .sync task answers at once: no TaskSubmitted", async () => {
  const result = await runSync({ "0": { Return: described } });
  assert.deepEqual(taskEvents(result.history), ["TaskScheduled", "TaskStarted", "TaskSucceeded"]);
});

test("Submitted on a request-response resource is a configuration mistake: States.Runtime naming the response", async () => {
  const requestResponse = structuredClone(syncMachine) as JsonObject & { States: { StartChild: { Resource: string } } };
  requestResponse.States.StartChild.Resource = "arn:aws:states:::states:startExecution";
  const result = await runSync({ "0": { Submitted: started, Return: described } }, requestResponse);
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Runtime");
  assert.match(result.cause ?? "", /mocked response 'Child' of the state 'StartChild' \(test case 'T'\) has "Submitted" for invocation 0, but the resource 'arn:aws:states:::states:startExecution' hands no job or token over/);
  assert.deepEqual(taskEvents(result.history), ["TaskScheduled", "TaskStarted", "TaskFailed"]);
});
