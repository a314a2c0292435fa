/**
 * Task states the API server runs itself: nested executions (states:startExecution*), aws-sdk:sfn
 * calls to itself, callbacks answered through SendTask*, and Step Functions Local mock test cases
 * selected with `<state machine ARN>#<test case>`. Where AWS recorded the same scenario, the
 * outcome and history are matched against the recording (cases/execution/*).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareJson, compareOutcome, formatMismatches, matchHistory, type ExecutionCase } from "../../conformance/compare/mod.ts";
import servicesCases from "../../cases/execution/services/aws-recorded.json" with { type: "json" };
import callbackCases from "../../cases/execution/callback/aws-recorded.json" with { type: "json" };
import { parseMockConfig } from "../integrations/mock-config.ts";
import type { TaskHandlers } from "../integrations/task-handlers.ts";
import { createService, type ServiceOptions } from "./service.ts";

const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";
const account = { account: "123456789012", region: "us-east-1" };

function service(options: ServiceOptions = {}) {
  const { app, state } = createService({ timeScale: 0.001, ...options });
  const call = async (operation: string, body: unknown) => {
    const response = await app.fetch(
      new Request("http://localhost/", {
        method: "POST",
        headers: { "x-amz-target": `AWSStepFunctions.${operation}`, "content-type": "application/x-amz-json-1.0" },
        body: JSON.stringify(body),
      }),
    );
    return (await response.json()) as Record<string, any>;
  };
  return {
    call,
    /** Resolves when the execution `executionArn` has ended. */
    ended: (executionArn: string) => state.store(account).executions.get(executionArn)!.handle.done,
    async machine(name: string, definition: unknown): Promise<string> {
      const created = await call("CreateStateMachine", { name, definition: JSON.stringify(definition), roleArn });
      assert.ok(created["stateMachineArn"], JSON.stringify(created));
      return created["stateMachineArn"];
    },
    /** Starts an execution and waits for its end; answers DescribeExecution and the history events. */
    async run(stateMachineArn: string, input: unknown, name?: string) {
      const started = await call("StartExecution", { stateMachineArn, input: JSON.stringify(input), ...(name ? { name } : {}) });
      assert.ok(started["executionArn"], JSON.stringify(started));
      await state.store(account).executions.get(started["executionArn"])!.handle.done;
      const described = await call("DescribeExecution", { executionArn: started["executionArn"] });
      const events = (await call("GetExecutionHistory", { executionArn: started["executionArn"] }))["events"] as Array<Record<string, any>>;
      return { described, events, output: described["output"] === undefined ? undefined : JSON.parse(described["output"]) };
    },
  };
}

const recorded = (file: { cases: unknown[] }, idEnd: string) => (file.cases as ExecutionCase[]).find((c) => c.id.endsWith(idEnd))!;

/**
 * The recording's outcome and history against this run (wire events: ISO timestamps as the matcher
 * expects). SdkHttpMetadata is left out on both sides, as the recorder did not verify it either
 * (skip_snapshot_verify_paths): its Content-Length follows the recorded machine's name, and its
 * Date header was normalised.
 */
function assertMatchesRecording(testCase: ExecutionCase, run: { described: Record<string, any>; events: Array<Record<string, any>> }) {
  const outcome = {
    status: run.described["status"],
    ...(run.described["output"] !== undefined ? { output: withoutHttpMetadata(JSON.parse(run.described["output"])) } : {}),
    ...(run.described["error"] !== undefined ? { error: run.described["error"] } : {}),
    ...(run.described["cause"] !== undefined ? { cause: run.described["cause"] } : {}),
  };
  const actualEvents = run.events.map((e) => withoutHttpMetadata({ ...e, timestamp: new Date(e["timestamp"] * 1000).toISOString() }));
  const mismatches = [
    ...compareOutcome(withoutHttpMetadata(testCase.expected) as ExecutionCase["expected"], outcome, testCase.placeholders ?? []),
    ...matchHistory(withoutHttpMetadata(testCase.history ?? []) as ExecutionCase["history"] & object, actualEvents, { placeholders: testCase.placeholders ?? [] }),
  ];
  assert.equal(mismatches.length, 0, formatMismatches(mismatches));
}

/** A copy without SdkHttpMetadata members, also inside JSON text payloads. */
function withoutHttpMetadata(value: any): any {
  if (typeof value === "string" && value.includes("SdkHttpMetadata")) return JSON.stringify(withoutHttpMetadata(JSON.parse(value)));
  if (Array.isArray(value)) return value.map(withoutHttpMetadata);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "SdkHttpMetadata").map(([k, v]) => [k, withoutHttpMetadata(v)]));
}

/** The child the recorded tests start (their setup's CreateStateMachine). */
const passChild = { Comment: "BASE_PASS_RESULT", StartAt: "State_1", States: { State_1: { Type: "Pass", Result: { Arg1: "argument1" }, End: true } } };
const failChild = { Comment: "BASE_RAISE_FAILURE", StartAt: "FailState", States: { FailState: { Type: "Fail", Error: "SomeFailure", Cause: "This state machines raises a 'SomeFailure' failure." } } };

for (const [variant, idEnd] of [
  ["startExecution.sync", "test_sfn_start_execution_sync[SFN_SYNC]"],
  ["startExecution.sync:2", "test_sfn_start_execution_sync[SFN_SYNC2]"],
] as const) {
  test(`nested execution, ${variant}: output and history as recorded`, async () => {
    const testCase = recorded(servicesCases, idEnd);
    const api = service();
    const child = await api.machine("child", passChild);
    const parent = await api.machine("parent", testCase.definition);
    const run = await api.run(parent, { ...(testCase.input as object), StateMachineArn: child });
    assertMatchesRecording(testCase, run);
    assert.equal(typeof run.output["StartDate"], "number", "epoch milliseconds, as the optimized integration returns them");
    const child_ = await api.call("DescribeExecution", { executionArn: run.output["ExecutionArn"] });
    assert.equal(child_["input"], "{}", "Input null starts the child with {}");
  });
}

test("nested execution, .sync: a failing child fails the task with States.TaskFailed and its description (recorded)", async () => {
  const testCase = recorded(callbackCases, "test_start_execution_sync_delegate_failure");
  const api = service();
  const child = await api.machine("child", failChild);
  const parent = await api.machine("parent", testCase.definition);
  const run = await api.run(parent, { ...(testCase.input as object), StateMachineArn: child });
  assert.equal(run.described["status"], "FAILED");
  assert.equal(run.described["error"], "States.TaskFailed");
  // The 2023 recording predates redrive: DescribeExecution (2025 recordings of .sync) also answers Redrive*.
  const { RedriveCount, RedriveStatus, RedriveStatusReason, ...cause } = JSON.parse(run.described["cause"]);
  assert.deepEqual([RedriveCount, RedriveStatus], [0, "REDRIVABLE"]);
  assert.equal(typeof RedriveStatusReason, "undefined");
  const recordedFailure = testCase.history!.find((e) => e.type === "TaskFailed")!["taskFailedEventDetails"] as { cause: unknown };
  const mismatches = compareJson(recordedFailure.cause, cause, { placeholders: testCase.placeholders ?? [] });
  assert.equal(mismatches.length, 0, formatMismatches(mismatches));
  assert.deepEqual(run.events.map((e) => e["type"]), ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskFailed", "ExecutionFailed"]);
});

test("nested execution, request-response: StartExecution's answer; the child gets the Input as JSON text (recorded shape)", async () => {
  const testCase = recorded(servicesCases, "test_start_execution_input_json");
  const api = service();
  const child = await api.machine("child", passChild);
  const parent = await api.machine("parent", testCase.definition);
  const run = await api.run(parent, { ...(testCase.input as object), StateMachineArn: child });
  assertMatchesRecording(testCase, run);
  const started = await api.call("DescribeExecution", { executionArn: run.output["ExecutionArn"] });
  assert.equal(started["input"], '{"Hello":"World"}');
});

test("nested execution of a missing machine: StepFunctions.StateMachineDoesNotExistException with the SDK's cause (recorded)", async () => {
  const api = service();
  const parent = await api.machine("parent", {
    StartAt: "StartExecution",
    States: { StartExecution: { Type: "Task", Resource: "arn:aws:states:::states:startExecution", Parameters: { "StateMachineArn.$": "$.StateMachineArn" }, End: true } },
  });
  const missing = "arn:aws:states:us-east-1:123456789012:stateMachine:nope";
  const run = await api.run(parent, { StateMachineArn: missing });
  assert.equal(run.described["error"], "StepFunctions.StateMachineDoesNotExistException");
  assert.match(
    run.described["cause"],
    new RegExp(`^State Machine Does Not Exist: '${missing}' \\(Service: AWSStepFunctions; Status Code: 400; Error Code: StateMachineDoesNotExist; Request ID: [0-9a-f-]{36}; Proxy: null\\)$`),
  );
});

test("aws-sdk:sfn:startExecution serialises an object Input and answers {ExecutionArn, StartDate} with an ISO date (recorded)", async () => {
  const testCase = recorded(servicesCases, "test_sfn_start_execution_implicit_json_serialisation");
  const api = service();
  const child = await api.machine("child", passChild);
  // The recorded machine ARN (a fixture of the recorded test) becomes the child created here.
  const definition = JSON.parse(JSON.stringify(testCase.definition));
  definition.States.StartTarget.Parameters.StateMachineArn = child;
  const parent = await api.machine("parent", definition);
  const run = await api.run(parent, testCase.input);
  assertMatchesRecording(testCase, run);
  assert.match(run.output["StartDate"], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal((await api.call("DescribeExecution", { executionArn: run.output["ExecutionArn"] }))["input"], '{"key":"value"}');
});

test("aws-sdk:sfn:describeExecution reads another execution through the API, PascalCase with ISO dates", async () => {
  const api = service();
  const child = await api.machine("child", passChild);
  const childRun = await api.run(child, { x: 1 }, "first");
  const reader = await api.machine("reader", {
    StartAt: "Describe",
    States: { Describe: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:sfn:describeExecution", Parameters: { "ExecutionArn.$": "$.arn" }, End: true } },
  });
  const run = await api.run(reader, { arn: childRun.described["executionArn"] });
  assert.equal(run.described["status"], "SUCCEEDED");
  assert.equal(run.output["Status"], "SUCCEEDED");
  assert.equal(run.output["Output"], '{"Arg1":"argument1"}');
  assert.deepEqual(run.output["InputDetails"], { Included: true });
  assert.match(run.output["StopDate"], /Z$/);
  const missing = await api.run(reader, { arn: "arn:aws:states:us-east-1:123456789012:execution:child:nope" });
  assert.equal(missing.described["error"], "Sfn.ExecutionDoesNotExistException");
});

test("nested execution, .waitForTaskToken: the child answers the parent's token with aws-sdk:sfn:sendTaskSuccess", async () => {
  const api = service();
  const child = await api.machine("child", {
    StartAt: "Answer",
    States: {
      Answer: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess", Parameters: { "TaskToken.$": "$.token", Output: { "approvedBy.$": "$.who" } }, End: true },
    },
  });
  const parent = await api.machine("parent", {
    StartAt: "Ask",
    States: {
      Ask: {
        Type: "Task",
        Resource: "arn:aws:states:::states:startExecution.waitForTaskToken",
        Parameters: { StateMachineArn: child, Input: { "token.$": "$$.Task.Token", who: "Mary", "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" } },
        End: true,
      },
    },
  });
  const run = await api.run(parent, {});
  assert.equal(run.described["status"], "SUCCEEDED", JSON.stringify(run.described));
  assert.deepEqual(run.output, { approvedBy: "Mary" });
  assert.deepEqual(run.events.map((e) => e["type"]).slice(2, 6), ["TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded"]);
  const submitted = JSON.parse(run.events[4]!["taskSubmittedEventDetails"]["output"]);
  const childInput = JSON.parse((await api.call("DescribeExecution", { executionArn: submitted["ExecutionArn"] }))["input"]);
  assert.equal(childInput["AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID"], run.described["executionArn"]);
});

test("nested execution, .sync: the child may answer the parent's $$.Task.Token first (recorded test_sync_with_task_token)", async () => {
  const api = service();
  const child = await api.machine("child", {
    StartAt: "SendToken",
    States: {
      SendToken: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess", Parameters: { "TaskToken.$": "$.TaskToken", Output: '"SQS_SEND_MESSAGE_AND_WAIT"' }, Next: "WaitState" },
      WaitState: { Type: "Wait", Seconds: 3600, End: true },
    },
  });
  const parent = await api.machine("parent", recorded(callbackCases, "test_sync_with_task_token").definition);
  const run = await api.run(parent, { StateMachineArn: child, Name: "TestStartTarget", QueueUrl: "https://sqs.local/q" });
  assert.equal(run.described["status"], "SUCCEEDED");
  assert.equal(run.output, "SQS_SEND_MESSAGE_AND_WAIT");
  assert.deepEqual(run.events.map((e) => e["type"]).slice(2), ["TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"]);
  const still = await api.call("DescribeExecution", { executionArn: `arn:aws:states:us-east-1:123456789012:execution:child:TestStartTarget` });
  assert.equal(still["status"], "RUNNING", "the child goes on");
  await api.call("StopExecution", { executionArn: still["executionArn"] });
});

test("callback through the API: SendTaskSuccess answers the token; a spent token is TaskTimedOut, a made-up one InvalidToken", async () => {
  let token!: string;
  let tokenGiven!: () => void;
  const given = new Promise<void>((resolve) => (tokenGiven = resolve));
  const handlers: TaskHandlers = {
    "arn:aws:states:::sqs:sendMessage": (input) => {
      token = (input as { MessageBody: { TaskToken: string } }).MessageBody.TaskToken;
      tokenGiven();
      return { MD5OfMessageBody: "d41d8cd9", MessageId: "m-1" };
    },
  };
  const api = service({ handlers });
  const parent = await api.machine("callback", {
    StartAt: "SendMessageWithWait",
    States: {
      SendMessageWithWait: {
        Type: "Task",
        Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        Parameters: { QueueUrl: "https://sqs.local/q", MessageBody: { "Message.$": "$.Message", "TaskToken.$": "$$.Task.Token" } },
        End: true,
      },
    },
  });
  const running = api.run(parent, { Message: "txt" });
  await given;
  assert.deepEqual(await api.call("SendTaskHeartbeat", { taskToken: token }), {});
  assert.deepEqual(await api.call("SendTaskSuccess", { taskToken: token, output: '{"Message": "txt"}' }), {});
  const run = await running;
  assert.deepEqual(run.output, { Message: "txt" });
  assert.deepEqual(run.events.map((e) => e["type"]).slice(2, 6), ["TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded"]);
  assert.deepEqual(await api.call("SendTaskSuccess", { taskToken: token, output: "{}" }), { __type: "TaskTimedOut", message: "Task Timed Out: 'Provided task does not exist anymore'" });
  assert.deepEqual(await api.call("SendTaskFailure", { taskToken: "NoSuchTaskToken" }), { __type: "InvalidToken", message: "Invalid Token: 'Invalid token'" });
});

const mockConfig = parseMockConfig({
  StateMachines: { LambdaSQSIntegration: { TestCases: { HappyPath: { LambdaState: "Ok" }, SadPath: { LambdaState: "Fails" } } } },
  MockedResponses: {
    Ok: { "0": { Return: { StatusCode: 200, Payload: { body: "Hello from Lambda!" } } } },
    Fails: { "0": { Throw: { Error: "Lambda.ServiceException", Cause: "down" } } },
  },
});

test("mock test cases through the API: StartExecution on <machine ARN>#<test case>", async () => {
  const api = service({ mockConfig });
  const machine = await api.machine("LambdaSQSIntegration", {
    StartAt: "LambdaState",
    States: { LambdaState: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "HelloWorldFunction" }, OutputPath: "$.Payload", End: true } },
  });
  const happy = await api.run(`${machine}#HappyPath`, {}, "happy");
  assert.deepEqual(happy.output, { body: "Hello from Lambda!" });
  assert.equal(happy.described["executionArn"], "arn:aws:states:us-east-1:123456789012:execution:LambdaSQSIntegration:happy");
  assert.equal(happy.described["stateMachineArn"], machine);
  const sad = await api.run(`${machine}#SadPath`, {});
  assert.deepEqual([sad.described["error"], sad.described["cause"]], ["Lambda.ServiceException", "down"]);
  const unknown = await api.call("StartExecution", { stateMachineArn: `${machine}#Nope` });
  assert.equal(unknown["__type"], "ValidationException");
  assert.match(unknown["message"], /no test case 'Nope' for the state machine 'LambdaSQSIntegration' \(it has 'HappyPath', 'SadPath'\)/);
  const plain = await api.run(machine, {});
  assert.equal(plain.described["error"], "States.Runtime", "without a test case nothing answers the Lambda call");
});

test("a test case selector without a loaded mock configuration is refused clearly", async () => {
  const api = service();
  const machine = await api.machine("m", passChild);
  const answer = await api.call("StartExecution", { stateMachineArn: `${machine}#HappyPath` });
  assert.equal(answer["__type"], "ValidationException");
  assert.match(answer["message"], /No mock configuration is loaded to run the test case 'HappyPath': start the server with --mock-config <file>/);
});

test("nested execution, .sync: stopping the parent stops the child it waits for", async () => {
  const api = service();
  const child = await api.machine("slow-child", { StartAt: "W", States: { W: { Type: "Wait", Seconds: 3600, End: true } } });
  const parent = await api.machine("parent", {
    StartAt: "Run",
    States: { Run: { Type: "Task", Resource: "arn:aws:states:::states:startExecution.sync:2", Parameters: { StateMachineArn: child, Name: "the-child" }, End: true } },
  });
  const started = await api.call("StartExecution", { stateMachineArn: parent });
  const childArn = "arn:aws:states:us-east-1:123456789012:execution:slow-child:the-child";
  for (let i = 0; i < 100 && (await api.call("DescribeExecution", { executionArn: childArn }))["status"] !== "RUNNING"; i++) await new Promise((r) => setTimeout(r, 5));
  await api.call("StopExecution", { executionArn: started["executionArn"] });
  assert.equal((await api.ended(started["executionArn"])).status, "ABORTED");
  assert.equal((await api.ended(childArn)).status, "ABORTED");
});
