import { test } from "node:test";
import assert from "node:assert/strict";
import type { Clock } from "../../execution/ports.ts";
import type { TaskHandlers } from "../../integrations/task-handlers.ts";
import { MemoryStore, type DurableStore } from "../../storage/durable-store.ts";
import { stoppableTimers } from "../stoppable-timers.ts";
import { createDurableService } from "./durable-service.ts";

/**
 * Task states in flight survive the loss of their host (docs/edge-design.md): a service over a
 * MemoryStore is dropped (its timers stopped: as good as an evicted Durable Object) while a
 * top-level Task waits on its task token or sleeps before a retry, and a new service over the same
 * store picks the Task up where it was: the same token (a worker that took the task answers it
 * there), the retries made so far, each event written once.
 */

const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";
const SCALE = 0.001;
const activityArn = "arn:aws:states:eu-west-1:111122223333:activity:work";

function host(store: DurableStore, options: { wakes?: Array<number | undefined>; handlers?: TaskHandlers; clock?: Clock } = {}) {
  const timers = stoppableTimers(SCALE);
  const service = createDurableService({
    store,
    timers,
    activityPollSeconds: 20,
    ...(options.handlers ? { handlers: options.handlers } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    scheduleWake: (at) => options.wakes?.push(at),
  });
  const call = async (operation: string, body: unknown) => {
    const response = await service.fetch(
      new Request("http://localhost/", {
        method: "POST",
        headers: {
          "x-amz-target": `AWSStepFunctions.${operation}`,
          "content-type": "application/x-amz-json-1.0",
          authorization: "AWS4-HMAC-SHA256 Credential=111122223333/20261121/eu-west-1/states/aws4_request, SignedHeaders=host, Signature=0",
        },
        body: JSON.stringify(body),
      }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  return { ...service, timers, call };
}

async function until<T>(probe: () => T | Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = await probe();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error("condition not reached");
}

type Event = { id: number; previousEventId: number; type: string; [details: string]: unknown };

async function finished(h: ReturnType<typeof host>, executionArn: string) {
  const described = await until(() => h.call("DescribeExecution", { executionArn }), (r) => r.body["status"] !== "RUNNING");
  const events = (await h.call("GetExecutionHistory", { executionArn })).body["events"] as Event[];
  assert.deepEqual(events.map((e) => e.id), events.map((_, i) => i + 1), "event ids 1..n: each event once");
  assert.ok(events.every((e) => e.previousEventId < e.id));
  return { described: described.body, events, types: events.map((e) => e.type) };
}

const activityMachine = (task: Record<string, unknown> = {}) =>
  JSON.stringify({
    StartAt: "Work",
    States: { Work: { Type: "Task", Resource: activityArn, TimeoutSeconds: 3600, ...task, Next: "Done" }, Done: { Type: "Pass", End: true } },
  });

async function startActivityExecution(h: ReturnType<typeof host>, definition: string) {
  assert.equal((await h.call("CreateActivity", { name: "work" })).status, 200);
  const machine = await h.call("CreateStateMachine", { name: "m", definition, roleArn });
  const started = await h.call("StartExecution", { stateMachineArn: machine.body["stateMachineArn"], name: "e1", input: JSON.stringify({ job: 7 }) });
  return started.body["executionArn"] as string;
}

test("an activity task a worker took: the host is lost, the worker answers its token on the new host, the execution succeeds", async () => {
  const store = new MemoryStore();
  const first = host(store);
  const executionArn = await startActivityExecution(first, activityMachine({ HeartbeatSeconds: 600 }));
  const task = await until(() => first.call("GetActivityTask", { activityArn, workerName: "w1" }), (r) => r.body["taskToken"] !== undefined);
  const token = task.body["taskToken"] as string;
  assert.deepEqual(JSON.parse(task.body["input"]), { job: 7 });
  assert.equal((await first.call("SendTaskHeartbeat", { taskToken: token })).status, 200);
  const checkpoint = first.durable.runningExecutions.get(executionArn);
  assert.equal(checkpoint?.task?.attempt?.token, token);
  assert.equal(checkpoint?.task?.attempt?.taken?.workerName, "w1");
  assert.ok(checkpoint?.task?.attempt?.heartbeatAt);
  first.timers.stop();

  const wakes: Array<number | undefined> = [];
  const second = host(store, { wakes });
  assert.deepEqual(second.restored, { executions: 1, resumed: 1 });
  assert.ok(second.state.taskTokens.isWaiting(token), "the token is registered again before any request reaches the new host");
  // Woken when the heartbeat is due (600 s after the last one, scaled), not by the one-minute watchdog.
  const attempt = second.durable.runningExecutions.get(executionArn)!.task!.attempt!;
  assert.equal(wakes.at(-1), Math.max(Date.parse(attempt.heartbeatAt!) + 600_000 * SCALE, wakes.at(-1)!));
  assert.ok(wakes.at(-1)! <= Date.parse(attempt.heartbeatAt!) + 600_000 * SCALE);
  // Not queued again: a polling worker gets nothing.
  assert.equal((await second.call("GetActivityTask", { activityArn, workerName: "w2" })).body["taskToken"], undefined);

  assert.equal((await second.call("SendTaskSuccess", { taskToken: token, output: JSON.stringify({ by: "w1" }) })).status, 200);
  const { described, types, events } = await finished(second, executionArn);
  assert.equal(described["status"], "SUCCEEDED");
  assert.deepEqual(JSON.parse(described["output"]), { by: "w1" });
  assert.deepEqual(types, ["ExecutionStarted", "TaskStateEntered", "ActivityScheduled", "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"]);
  assert.deepEqual(events[3]!["activityStartedEventDetails"], { workerName: "w1" });
  // The token is spent once answered, on the new host as anywhere.
  assert.equal((await second.call("SendTaskSuccess", { taskToken: token, output: "{}" })).body["__type"], "TaskTimedOut");
  second.timers.stop();
});

test("an activity task no worker had taken is queued again under the same token on the new host", async () => {
  const store = new MemoryStore();
  const first = host(store);
  const executionArn = await startActivityExecution(first, activityMachine());
  const queued = await until(() => first.durable.runningExecutions.get(executionArn)?.task?.attempt, (attempt) => attempt !== undefined);
  assert.equal(queued!.taken, undefined);
  first.timers.stop();

  const second = host(store);
  const task = await until(() => second.call("GetActivityTask", { activityArn, workerName: "late" }), (r) => r.body["taskToken"] !== undefined);
  assert.equal(task.body["taskToken"], queued!.token, "the same token");
  assert.deepEqual(JSON.parse(task.body["input"]), { job: 7 });
  await second.call("SendTaskSuccess", { taskToken: task.body["taskToken"], output: JSON.stringify({ late: true }) });
  const { described, types, events } = await finished(second, executionArn);
  assert.equal(described["status"], "SUCCEEDED");
  assert.deepEqual(types, ["ExecutionStarted", "TaskStateEntered", "ActivityScheduled", "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"]);
  assert.deepEqual(events[3]!["activityStartedEventDetails"], { workerName: "late" });
  second.timers.stop();
});

test("a .waitForTaskToken task survives likewise: the service is not called again, the token answered on the new host", async () => {
  const store = new MemoryStore();
  const handedOut: string[] = [];
  const first = host(store, { handlers: { Notify: (_input, ctx) => (handedOut.push(ctx.taskToken!), { MessageId: "m-1" }) } });
  const definition = JSON.stringify({
    StartAt: "Notify",
    States: {
      Notify: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", Parameters: { QueueUrl: "https://sqs.eu-west-1.amazonaws.com/111122223333/q", MessageBody: { "token.$": "$$.Task.Token" } }, End: true },
    },
  });
  const machine = await first.call("CreateStateMachine", { name: "cb", definition, roleArn });
  const executionArn = (await first.call("StartExecution", { stateMachineArn: machine.body["stateMachineArn"], name: "c1" })).body["executionArn"] as string;
  await until(() => first.durable.runningExecutions.get(executionArn)?.task?.attempt, (attempt) => attempt !== undefined);
  first.timers.stop();

  let calledAgain = 0;
  const second = host(store, { handlers: { Notify: () => (calledAgain++, {}) } });
  assert.equal((await second.call("SendTaskSuccess", { taskToken: handedOut[0], output: JSON.stringify({ approved: true }) })).status, 200);
  const { described, types } = await finished(second, executionArn);
  assert.equal(described["status"], "SUCCEEDED");
  assert.deepEqual(JSON.parse(described["output"]), { approved: true });
  assert.equal(calledAgain, 0);
  assert.deepEqual(types, ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"]);
  second.timers.stop();
});

test("a Task lost in its Retry interval makes only the attempts left on the new host", async () => {
  const store = new MemoryStore();
  const first = host(store);
  const executionArn = await startActivityExecution(first, activityMachine({ Retry: [{ ErrorEquals: ["Worker.Failed"], IntervalSeconds: 300, MaxAttempts: 1 }] }));
  const task = await until(() => first.call("GetActivityTask", { activityArn }), (r) => r.body["taskToken"] !== undefined);
  await first.call("SendTaskFailure", { taskToken: task.body["taskToken"], error: "Worker.Failed", cause: "first" });
  const sleeping = await until(() => first.durable.runningExecutions.get(executionArn)?.task, (t) => t?.retryWait !== undefined);
  assert.deepEqual(sleeping!.retries, [1]);
  first.timers.stop();

  // The new host comes back once the interval is over (its clock 300 s on).
  const later: Clock = { now: () => new Date(Date.now() + 300_000) };
  const second = host(store, { clock: later });
  const again = await until(() => second.call("GetActivityTask", { activityArn }), (r) => r.body["taskToken"] !== undefined);
  assert.notEqual(again.body["taskToken"], task.body["taskToken"], "a new attempt, with its own token");
  await second.call("SendTaskFailure", { taskToken: again.body["taskToken"], error: "Worker.Failed", cause: "second" });
  const { described, types } = await finished(second, executionArn);
  assert.equal(described["status"], "FAILED", "MaxAttempts 1: the retry made before the loss counts");
  assert.equal(described["cause"], "second");
  assert.equal(types.filter((t) => t === "ActivityScheduled").length, 2);
  second.timers.stop();
});
