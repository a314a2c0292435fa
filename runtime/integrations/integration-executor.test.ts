import { test } from "node:test";
import assert from "node:assert/strict";
import { runExecution, startExecution, StatesError, TaskTokens, type HistoryEvent, type Json, type TaskHandlers, type Timers } from "../../mod.ts";
import { findHandler } from "./task-handlers.ts";

const noWait: Timers = { sleep: (_ms, signal) => (signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve()) };
/** Timers whose sleeps never end unless aborted (a task that must be answered, not timed out). */
const never: Timers = { sleep: (_ms, signal) => new Promise((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason), { once: true })) };

const sqsCallback = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

function callbackMachine(task: Record<string, unknown> = {}, extraStates: Record<string, unknown> = {}) {
  return {
    StartAt: "SendMessageWithWait",
    States: {
      SendMessageWithWait: {
        Type: "Task",
        Resource: sqsCallback,
        Parameters: { QueueUrl: "https://sqs.local/q", MessageBody: { "Message.$": "$.Message", "TaskToken.$": "$$.Task.Token" } },
        End: true,
        ...task,
      },
      ...extraStates,
    },
  };
}

const detailsOf = (history: HistoryEvent[], type: string) => history.filter((e) => e.type === type).map((e) => Object.entries(e).find(([k]) => k.endsWith("EventDetails"))?.[1]);
const taskEventTypes = (history: HistoryEvent[]) => history.map((e) => e.type).filter((t) => /^Task(Scheduled|Started|Submitted|Succeeded|Failed|TimedOut)$/.test(t));

test("handlers are found by state name, then exact resource, then resource without its pattern, then the longest ARN prefix", () => {
  const handler = (name: string) => Object.assign(() => name, { handlerName: name });
  const handlers: TaskHandlers = {
    Special: handler("by state"),
    "arn:aws:states:::sqs:sendMessage.waitForTaskToken": handler("exact"),
    "arn:aws:states:::lambda:invoke": handler("base"),
    "arn:aws:states:::aws-sdk:s3": handler("prefix"),
    "arn:aws:states:::aws-sdk": handler("shorter prefix"),
    "arn:aws:states:::aws-sdk:s3:get": handler("not at a boundary"),
  };
  const name = (state: string, resource: string) => (findHandler(handlers, state, resource) as unknown as { handlerName: string } | undefined)?.handlerName;
  assert.equal(name("Special", "arn:aws:states:::lambda:invoke"), "by state");
  assert.equal(name("A", "arn:aws:states:::sqs:sendMessage.waitForTaskToken"), "exact");
  assert.equal(name("A", "arn:aws:states:::lambda:invoke.waitForTaskToken"), "base");
  assert.equal(name("A", "arn:aws:states:::aws-sdk:s3:getObject"), "prefix");
  assert.equal(name("A", "arn:aws:states:::aws-sdk:dynamodb:getItem"), "shorter prefix");
  assert.equal(name("A", "arn:aws:states:::sns:publish"), undefined);
});

test("a handler's value is the task's result; a StatesError fails the task with its name and cause", async () => {
  const result = await runExecution({
    definition: {
      StartAt: "Charge",
      States: {
        Charge: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { "amount.$": "$.amount" }, ResultSelector: { "paid.$": "$.Payload.paid" }, Next: "Ship" },
        Ship: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Catch: [{ ErrorEquals: ["Shipping.Unavailable"], ResultPath: "$.error", Next: "Done" }], End: true },
        Done: { Type: "Pass", End: true },
      },
    },
    input: { amount: 42 },
    handlers: {
      Ship: () => {
        throw new StatesError("Shipping.Unavailable", "no trucks");
      },
      "arn:aws:states:::lambda:invoke": (input) => ({ StatusCode: 200, Payload: { paid: (input as { amount: number }).amount } }),
    },
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { paid: 42, error: { Error: "Shipping.Unavailable", Cause: "no trucks" } });
});

test("callback: the handler's answer is TaskSubmitted, the task waits for SendTaskSuccess with its token (recorded event sequence)", async () => {
  let sent: Json = null;
  const result = await runExecution({
    definition: callbackMachine({ HeartbeatSeconds: 600 }),
    input: { Message: "txt" },
    timers: never,
    handlers: {
      [sqsCallback]: (input, ctx) => {
        sent = input;
        // A worker answers later, with the token it got in the message.
        setTimeout(() => ctx.sendTaskSuccess({ Message: "txt", TaskToken: ctx.taskToken! }), 0);
        return { MD5OfMessageBody: "abc", MessageId: "m-1" };
      },
    },
  });
  assert.equal(result.status, "SUCCEEDED");
  const token = (sent as unknown as { MessageBody: { TaskToken: string } }).MessageBody.TaskToken;
  assert.deepEqual(result.output, { Message: "txt", TaskToken: token });
  assert.deepEqual(taskEventTypes(result.history), ["TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded"]);
  assert.deepEqual(detailsOf(result.history, "TaskSubmitted"), [
    { resourceType: "sqs", resource: "sendMessage.waitForTaskToken", output: '{"MD5OfMessageBody":"abc","MessageId":"m-1"}', outputDetails: { truncated: false } },
  ]);
  assert.deepEqual(detailsOf(result.history, "TaskScheduled")[0], {
    resourceType: "sqs",
    resource: "sendMessage.waitForTaskToken",
    region: "us-east-1",
    parameters: JSON.stringify({ QueueUrl: "https://sqs.local/q", MessageBody: { Message: "txt", TaskToken: token } }),
    heartbeatInSeconds: 600,
  });
});

test("SendTaskFailure without an error: TaskFailed has neither error nor cause; a Catch sees Error and Cause null (recorded)", async () => {
  const result = await runExecution({
    definition: callbackMachine({ Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.states_all_error", Next: "CaughtStatesALL" }] }, { CaughtStatesALL: { Type: "Pass", End: true } }),
    input: { Message: "test_message_txt" },
    timers: never,
    handlers: {
      [sqsCallback]: (_input, ctx) => {
        queueMicrotask(() => ctx.sendTaskFailure());
        return { MessageId: "m-1" };
      },
    },
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { Message: "test_message_txt", states_all_error: { Error: null, Cause: null } });
  assert.deepEqual(detailsOf(result.history, "TaskFailed"), [{ resourceType: "sqs", resource: "sendMessage.waitForTaskToken" }]);
});

test("callback with HeartbeatSeconds and no heartbeat: TaskTimedOut with States.Timeout (recorded, test_heartbeats.py)", async () => {
  const result = await runExecution({
    definition: callbackMachine({ HeartbeatSeconds: 5 }),
    input: { Message: "m" },
    timers: noWait,
    handlers: { [sqsCallback]: () => ({ MessageId: "m-1" }) },
  });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Timeout");
  assert.deepEqual(taskEventTypes(result.history), ["TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskTimedOut"]);
  assert.deepEqual(detailsOf(result.history, "TaskTimedOut"), [{ resourceType: "sqs", resource: "sendMessage.waitForTaskToken", error: "States.Timeout" }]);
});

test("a heartbeat timeout is caught by States.HeartbeatTimeout (DG: only available inside Catch and Retry) and carries States.Timeout", async () => {
  const definition = callbackMachine({ HeartbeatSeconds: 5, Catch: [{ ErrorEquals: ["States.HeartbeatTimeout"], ResultPath: "$.caught", Next: "Caught" }] }, { Caught: { Type: "Pass", End: true } });
  const result = await runExecution({
    definition,
    input: { Message: "m" },
    timers: noWait,
    handlers: { [sqsCallback]: () => ({ MessageId: "m-1" }) },
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual((result.output as { caught: unknown }).caught, { Error: "States.Timeout", Cause: "" });
});

test("callback with TimeoutSeconds and no answer: States.Timeout (recorded sequence), and the token is spent", async () => {
  let token = "";
  const tokens = new TaskTokens(noWait);
  const result = await runExecution({
    definition: callbackMachine({ TimeoutSeconds: 5 }),
    input: { Message: "m" },
    timers: noWait,
    taskTokens: tokens,
    handlers: {
      [sqsCallback]: (_input, ctx) => {
        token = ctx.taskToken!;
        return { MessageId: "m-1" };
      },
    },
  });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Timeout");
  assert.deepEqual(taskEventTypes(result.history), ["TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskTimedOut"]);
  assert.throws(() => tokens.succeed(token, "{}"), { code: "TaskTimedOut" });
});

test("aws-sdk:sfn:sendTaskSuccess in one execution answers a callback task of another (shared task tokens)", async () => {
  const tokens = new TaskTokens(never);
  let handOver!: (token: string) => void;
  const tokenGiven = new Promise<string>((resolve) => (handOver = resolve));
  const waiting = startExecution({
    definition: callbackMachine(),
    input: { Message: "m" },
    timers: never,
    taskTokens: tokens,
    handlers: {
      [sqsCallback]: (_input, ctx) => {
        handOver(ctx.taskToken!);
        return { MessageId: "m-1" };
      },
    },
  });
  const answering = await runExecution({
    definition: {
      StartAt: "Answer",
      States: { Answer: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess", Parameters: { "TaskToken.$": "$.token", Output: { approved: true } }, End: true } },
    },
    input: { token: await tokenGiven },
    taskTokens: tokens,
  });
  assert.equal(answering.status, "SUCCEEDED");
  assert.deepEqual(answering.output, {}, "SendTaskSuccess's (empty) answer");
  const waited = await waiting.done;
  assert.equal(waited.status, "SUCCEEDED");
  assert.deepEqual(waited.output, { approved: true }, "the Output object was sent as its JSON text");
});

test("aws-sdk:sfn:sendTaskSuccess with a made-up token fails as recorded (Sfn.InvalidTokenException)", async () => {
  const result = await runExecution({
    definition: {
      StartAt: "S",
      States: { S: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess", Parameters: { Output: "ParameterOutput", "TaskToken.$": "$$.Execution.Input.TaskToken" }, End: true } },
    },
    input: { TaskToken: "NoSuchTaskToken" },
  });
  assert.equal(result.error, "Sfn.InvalidTokenException");
  assert.match(result.cause ?? "", /^Invalid Token: 'Invalid token' \(Service: Sfn, Status Code: 400, Request ID: [0-9a-f-]{36}\) \(SDK Attempt Count: 1\)$/);
});

test("Step Functions actions besides SendTask* need the API server when run alone in process", async () => {
  const result = await runExecution({
    definition: { StartAt: "S", States: { S: { Type: "Task", Resource: "arn:aws:states:::states:startExecution.sync", Parameters: { StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:child" }, End: true } } },
  });
  assert.equal(result.error, "States.Runtime");
  assert.match(result.cause ?? "", /needs the Step Functions service: run this execution through the API server/);
});
