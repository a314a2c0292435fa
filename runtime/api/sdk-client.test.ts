/**
 * The API through a real client over a real socket: @aws-sdk/client-sfn against the Node server
 * (@hono/node-server) on an ephemeral port of 127.0.0.1. It also runs under Deno (through Deno's
 * node:http compatibility, which both the server adapter and the SDK's HTTP handler use), so
 * `npm run test:deno` keeps it.
 *
 * StartSyncExecution: the SDK sends it to `sync-<endpoint host>` (the model's host prefix), which
 * does not resolve for a local endpoint; `disableHostPrefix: true` keeps the endpoint's host.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import {
  CreateActivityCommand,
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  ExecutionDoesNotExist,
  GetActivityTaskCommand,
  GetExecutionHistoryCommand,
  ListStateMachinesCommand,
  paginateListStateMachines,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
  type DescribeExecutionCommandOutput,
} from "@aws-sdk/client-sfn";
import { createService } from "./service.ts";
import { stoppableTimers } from "./stoppable-timers.ts";

// This SDK release supports Node 20; its warning is about releases after January 2027.
process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] = "true";

const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";
const credentials = { accessKeyId: "test", secretAccessKey: "test" };

/** Runs `body` with an SDK client talking to a fresh server on 127.0.0.1:<ephemeral port>. */
async function withServer(body: (client: SFNClient, endpoint: string) => Promise<void>): Promise<void> {
  const timers = stoppableTimers(0.01);
  const { app } = createService({ timers });
  let server!: ReturnType<typeof serve>;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => resolve(info.port));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new SFNClient({ endpoint, region: "us-east-1", credentials, disableHostPrefix: true, maxAttempts: 1 });
  try {
    await body(client, endpoint);
  } finally {
    client.destroy();
    timers.stop();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ("closeAllConnections" in server) server.closeAllConnections();
    });
  }
}

async function createMachine(client: SFNClient, name: string, definition: object, type?: "STANDARD" | "EXPRESS"): Promise<string> {
  const created = await client.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn, ...(type ? { type } : {}) }));
  assert.ok(created.stateMachineArn);
  return created.stateMachineArn;
}

async function describeUntilDone(client: SFNClient, executionArn: string): Promise<DescribeExecutionCommandOutput> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const described = await client.send(new DescribeExecutionCommand({ executionArn }));
    if (described.status !== "RUNNING") return described;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${executionArn} still RUNNING`);
}

async function eventTypes(client: SFNClient, executionArn: string): Promise<string[]> {
  const history = await client.send(new GetExecutionHistoryCommand({ executionArn }));
  return (history.events ?? []).map((event) => event.type ?? "?");
}

const passWaitChoice = {
  StartAt: "Prepare",
  States: {
    Prepare: { Type: "Pass", Parameters: { "n.$": "$.n", greeting: "hello" }, Next: "Pause" },
    Pause: { Type: "Wait", Seconds: 1, Next: "Big?" },
    "Big?": { Type: "Choice", Choices: [{ Variable: "$.n", NumericGreaterThan: 2, Next: "Big" }], Default: "Small" },
    Big: { Type: "Pass", Result: "big", ResultPath: "$.size", End: true },
    Small: { Type: "Fail", Error: "TooSmall" },
  },
};

test("SDK: create, start, describe until SUCCEEDED, and read the history in order", async () => {
  await withServer(async (client) => {
    const machineArn = await createMachine(client, "pass-wait-choice", passWaitChoice);
    assert.equal(machineArn, "arn:aws:states:us-east-1:123456789012:stateMachine:pass-wait-choice");
    const started = await client.send(new StartExecutionCommand({ stateMachineArn: machineArn, name: "run-1", input: '{"n": 3}' }));
    assert.equal(started.executionArn, "arn:aws:states:us-east-1:123456789012:execution:pass-wait-choice:run-1");
    assert.ok(started.startDate instanceof Date, "the SDK parses epoch seconds into a Date");
    const described = await describeUntilDone(client, started.executionArn!);
    assert.equal(described.status, "SUCCEEDED");
    assert.deepEqual(JSON.parse(described.output!), { n: 3, greeting: "hello", size: "big" });
    assert.equal(described.input, '{"n": 3}');
    assert.ok(described.stopDate instanceof Date && described.stopDate >= described.startDate!);
    assert.deepEqual(await eventTypes(client, started.executionArn!), [
      "ExecutionStarted",
      "PassStateEntered",
      "PassStateExited",
      "WaitStateEntered",
      "WaitStateExited",
      "ChoiceStateEntered",
      "ChoiceStateExited",
      "PassStateEntered",
      "PassStateExited",
      "ExecutionSucceeded",
    ]);
  });
});

test("SDK: StartSyncExecution answers with the outcome (needs disableHostPrefix against a local endpoint)", async () => {
  await withServer(async (client, endpoint) => {
    const machineArn = await createMachine(client, "express-sync", passWaitChoice, "EXPRESS");
    const result = await client.send(new StartSyncExecutionCommand({ stateMachineArn: machineArn, name: "sync-1", input: '{"n": 5}' }));
    assert.equal(result.status, "SUCCEEDED");
    assert.deepEqual(JSON.parse(result.output!), { n: 5, greeting: "hello", size: "big" });
    assert.equal(result.stateMachineArn, machineArn);
    assert.match(result.executionArn!, /^arn:aws:states:us-east-1:123456789012:express:express-sync:sync-1:/);
    const small = await client.send(new StartSyncExecutionCommand({ stateMachineArn: machineArn, input: '{"n": 1}' }));
    assert.equal(small.status, "FAILED");
    assert.equal(small.error, "TooSmall");

    // Without disableHostPrefix the SDK would send the request to sync-127.0.0.1.
    const prefixed = new SFNClient({ endpoint, region: "us-east-1", credentials, maxAttempts: 1 });
    let host: string | undefined;
    prefixed.middlewareStack.add(
      (_next) => async (args) => {
        host = (args.request as { hostname?: string }).hostname;
        throw new Error("request captured, not sent");
      },
      { step: "finalizeRequest" },
    );
    await assert.rejects(prefixed.send(new StartSyncExecutionCommand({ stateMachineArn: machineArn })), /request captured/);
    prefixed.destroy();
    assert.equal(host, "sync-127.0.0.1");
  });
});

test("SDK: ListStateMachines pages with maxResults and nextToken", async () => {
  await withServer(async (client) => {
    const names = ["m-a", "m-b", "m-c", "m-d", "m-e"];
    for (const name of names) await createMachine(client, name, { StartAt: "A", States: { A: { Type: "Pass", End: true } } });
    const seen: string[] = [];
    const pageSizes: number[] = [];
    let nextToken: string | undefined;
    do {
      const page = await client.send(new ListStateMachinesCommand({ maxResults: 2, ...(nextToken ? { nextToken } : {}) }));
      pageSizes.push(page.stateMachines?.length ?? 0);
      seen.push(...(page.stateMachines ?? []).map((m) => m.name!));
      nextToken = page.nextToken;
    } while (nextToken);
    assert.deepEqual(pageSizes, [2, 2, 1]);
    assert.deepEqual([...seen].sort(), names);
    const viaPaginator: string[] = [];
    for await (const page of paginateListStateMachines({ client, pageSize: 3 }, {})) viaPaginator.push(...(page.stateMachines ?? []).map((m) => m.name!));
    assert.deepEqual(viaPaginator, seen, "the SDK's paginator walks the same order");
  });
});

test("SDK: DescribeExecution of a missing execution is the typed ExecutionDoesNotExist with AWS's message", async () => {
  await withServer(async (client) => {
    const executionArn = "arn:aws:states:us-east-1:123456789012:execution:nope:missing";
    await assert.rejects(client.send(new DescribeExecutionCommand({ executionArn })), (error: unknown) => {
      assert.ok(error instanceof ExecutionDoesNotExist, `got ${String(error)}`);
      assert.equal(error.name, "ExecutionDoesNotExist");
      assert.equal(error.message, `Execution Does Not Exist: '${executionArn}'`);
      assert.equal(error.$metadata.httpStatusCode, 400);
      return true;
    });
  });
});

test("SDK: an activity worker takes the task with GetActivityTask and answers with SendTaskSuccess", async () => {
  await withServer(async (client) => {
    const activity = await client.send(new CreateActivityCommand({ name: "worker-queue" }));
    const activityArn = activity.activityArn!;
    const machineArn = await createMachine(client, "with-activity", { StartAt: "Work", States: { Work: { Type: "Task", Resource: activityArn, End: true } } });
    const started = await client.send(new StartExecutionCommand({ stateMachineArn: machineArn, input: '{"job": 7}' }));
    const task = await client.send(new GetActivityTaskCommand({ activityArn, workerName: "worker-1" }));
    assert.ok(task.taskToken, "the long poll hands out the waiting task");
    assert.deepEqual(JSON.parse(task.input!), { job: 7 });
    await client.send(new SendTaskSuccessCommand({ taskToken: task.taskToken, output: '{"done": 7}' }));
    const described = await describeUntilDone(client, started.executionArn!);
    assert.equal(described.status, "SUCCEEDED");
    assert.deepEqual(JSON.parse(described.output!), { done: 7 });
    const history = await client.send(new GetExecutionHistoryCommand({ executionArn: started.executionArn! }));
    const types = (history.events ?? []).map((e) => e.type);
    assert.deepEqual(types, ["ExecutionStarted", "TaskStateEntered", "ActivityScheduled", "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "ExecutionSucceeded"]);
    assert.equal(history.events?.find((e) => e.type === "ActivityStarted")?.activityStartedEventDetails?.workerName, "worker-1");
  });
});

test("SDK: StopExecution aborts a running execution with the given error and cause", async () => {
  await withServer(async (client) => {
    const machineArn = await createMachine(client, "long-wait", { StartAt: "Wait", States: { Wait: { Type: "Wait", Seconds: 86400, End: true } } });
    const started = await client.send(new StartExecutionCommand({ stateMachineArn: machineArn }));
    const stopped = await client.send(new StopExecutionCommand({ executionArn: started.executionArn!, error: "Operator", cause: "no longer needed" }));
    assert.ok(stopped.stopDate instanceof Date);
    const described = await describeUntilDone(client, started.executionArn!);
    assert.equal(described.status, "ABORTED");
    assert.equal(described.error, "Operator");
    assert.equal(described.cause, "no longer needed");
    const types = await eventTypes(client, started.executionArn!);
    assert.equal(types.at(-1), "ExecutionAborted");
  });
});

test("SDK: StopExecution while an activity waits for a worker withdraws the task and aborts", async () => {
  await withServer(async (client) => {
    const activityArn = (await client.send(new CreateActivityCommand({ name: "nobody-polls" }))).activityArn!;
    const machineArn = await createMachine(client, "waits-for-worker", { StartAt: "Work", States: { Work: { Type: "Task", Resource: activityArn, End: true } } });
    const started = await client.send(new StartExecutionCommand({ stateMachineArn: machineArn }));
    await client.send(new StopExecutionCommand({ executionArn: started.executionArn! }));
    const described = await describeUntilDone(client, started.executionArn!);
    assert.equal(described.status, "ABORTED");
    assert.deepEqual((await eventTypes(client, started.executionArn!)).slice(-2), ["ActivityScheduled", "ExecutionAborted"]);
    const task = await client.send(new GetActivityTaskCommand({ activityArn }));
    assert.equal(task.taskToken, undefined, "the stopped execution's task is no longer handed out");
  });
});
