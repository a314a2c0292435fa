import { test } from "node:test";
import assert from "node:assert/strict";
import type { TaskExecutor } from "../../execution/ports.ts";
import { inProcessClient } from "../in-process-client.ts";

/** Calls the API the way an AWS SDK does (AWS JSON 1.0). */
const client = (taskExecutor?: TaskExecutor) => inProcessClient({ timeScale: 0.001, ...(taskExecutor ? { taskExecutor } : {}) });

type Call = ReturnType<typeof client>;

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = await probe();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error("condition not reached");
}

const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

function distributedMap(processor: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    StartAt: "Fan",
    States: {
      Fan: {
        Type: "Map",
        ItemsPath: "$.items",
        ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...processor },
        End: true,
        ...extra,
      },
    },
  });
}

const passProcessor = { StartAt: "Item", States: { Item: { Type: "Pass", End: true } } };
/** Fails the items equal to 2 or 4. */
const failingProcessor = {
  StartAt: "Check",
  States: {
    Check: { Type: "Choice", Choices: [{ Or: [{ Variable: "$", NumericEquals: 2 }, { Variable: "$", NumericEquals: 4 }], Next: "Boom" }], Default: "Fine" },
    Boom: { Type: "Fail", Error: "Item.Bad", Cause: "bad item" },
    Fine: { Type: "Pass", End: true },
  },
};

async function runToEnd(call: Call, name: string, definition: string, input: unknown) {
  const machine = await call("CreateStateMachine", { name, definition, roleArn });
  assert.equal(machine.status, 200, JSON.stringify(machine.body));
  const started = await call("StartExecution", { stateMachineArn: machine.body["stateMachineArn"], input: JSON.stringify(input) });
  const executionArn = started.body["executionArn"] as string;
  const described = await until(() => call("DescribeExecution", { executionArn }), (r) => r.body["status"] !== "RUNNING");
  return { executionArn, stateMachineArn: machine.body["stateMachineArn"] as string, described: described.body };
}

const counts = (over: Record<string, number>) => ({
  pending: 0,
  running: 0,
  succeeded: 0,
  failed: 0,
  timedOut: 0,
  aborted: 0,
  total: 0,
  resultsWritten: 0,
  failuresNotRedrivable: 0,
  pendingRedrive: 0,
  ...over,
});

test("a Distributed Map's Map Run is listed, described, and its child executions are listable", async () => {
  const call = client();
  const { executionArn, described } = await runToEnd(call, "dm", distributedMap(passProcessor, { MaxConcurrency: 1 }), { items: ["a", "b", "c"] });
  assert.equal(described["status"], "SUCCEEDED");
  assert.equal(described["output"], '["a","b","c"]');

  const listed = await call("ListMapRuns", { executionArn });
  assert.equal(listed.status, 200);
  assert.equal(listed.body["mapRuns"].length, 1);
  const item = listed.body["mapRuns"][0];
  assert.match(item.mapRunArn, new RegExp(`^arn:aws:states:us-east-1:123456789012:mapRun:dm/Fan:${UUID}$`));
  assert.equal(item.executionArn, executionArn);
  assert.equal(item.stateMachineArn, "arn:aws:states:us-east-1:123456789012:stateMachine:dm/Fan");
  assert.equal(typeof item.startDate, "number");
  assert.ok(item.stopDate >= item.startDate);

  // The ARN is the one MapRunStarted carries.
  const history = await call("GetExecutionHistory", { executionArn });
  const mapRunStarted = history.body["events"].find((e: { type: string }) => e.type === "MapRunStarted");
  assert.equal(mapRunStarted.mapRunStartedEventDetails.mapRunArn, item.mapRunArn);

  const mapRun = await call("DescribeMapRun", { mapRunArn: item.mapRunArn });
  assert.equal(mapRun.status, 200);
  assert.deepEqual(
    { ...mapRun.body, startDate: "start", stopDate: "stop" },
    {
      mapRunArn: item.mapRunArn,
      executionArn,
      status: "SUCCEEDED",
      startDate: "start",
      stopDate: "stop",
      maxConcurrency: 1,
      toleratedFailurePercentage: 0,
      toleratedFailureCount: 0,
      itemCounts: counts({ succeeded: 3, total: 3, resultsWritten: 3 }),
      executionCounts: counts({ succeeded: 3, total: 3, resultsWritten: 3 }),
      redriveCount: 0,
    },
  );

  const children = await call("ListExecutions", { mapRunArn: item.mapRunArn });
  assert.equal(children.status, 200);
  assert.equal(children.body["executions"].length, 3);
  for (const child of children.body["executions"]) {
    assert.match(child.executionArn, new RegExp(`^arn:aws:states:us-east-1:123456789012:execution:dm/Fan:${UUID}$`));
    assert.equal(child.executionArn.endsWith(`:${child.name}`), true);
    assert.equal(child.stateMachineArn, "arn:aws:states:us-east-1:123456789012:stateMachine:dm/Fan");
    assert.equal(child.status, "SUCCEEDED");
    assert.equal(child.mapRunArn, item.mapRunArn);
    assert.equal(child.itemCount, 1);
  }
  const page = await call("ListExecutions", { mapRunArn: item.mapRunArn, maxResults: 2 });
  assert.equal(page.body["executions"].length, 2);
  const rest = await call("ListExecutions", { mapRunArn: item.mapRunArn, maxResults: 2, nextToken: page.body["nextToken"] });
  assert.equal(rest.body["executions"].length, 1);
  assert.equal(rest.body["nextToken"], undefined);
  // The parent machine's executions do not include the children.
  const machineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:dm";
  assert.deepEqual((await call("ListExecutions", { stateMachineArn: machineArn })).body["executions"].map((e: { executionArn: string }) => e.executionArn), [executionArn]);
});

test("the Map Run's Label names it, and each Map Run of an execution is listed, with pagination", async () => {
  const call = client();
  const definition = JSON.stringify({
    StartAt: "First",
    States: {
      First: {
        Type: "Map",
        Label: "Labelled",
        ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...passProcessor },
        ResultPath: null,
        Next: "Second",
      },
      Second: {
        Type: "Map",
        ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "Other", States: { Other: { Type: "Pass", End: true } } },
        End: true,
      },
    },
  });
  const { executionArn, described } = await runToEnd(call, "two", definition, [1, 2]);
  assert.equal(described["status"], "SUCCEEDED");
  const all = await call("ListMapRuns", { executionArn });
  assert.deepEqual(
    all.body["mapRuns"].map((m: { mapRunArn: string }) => m.mapRunArn.replace(new RegExp(`:${UUID}$`), "")),
    ["arn:aws:states:us-east-1:123456789012:mapRun:two/Labelled", "arn:aws:states:us-east-1:123456789012:mapRun:two/Second"],
  );
  const first = await call("ListMapRuns", { executionArn, maxResults: 1 });
  assert.equal(first.body["mapRuns"].length, 1);
  assert.equal(typeof first.body["nextToken"], "string");
  const second = await call("ListMapRuns", { executionArn, maxResults: 1, nextToken: first.body["nextToken"] });
  assert.equal(second.body["mapRuns"][0].mapRunArn, all.body["mapRuns"][1].mapRunArn);
  assert.equal(second.body["nextToken"], undefined);
});

test("a failing item within ToleratedFailureCount: the Map Run succeeds and counts the failure", async () => {
  const call = client();
  const { executionArn, described } = await runToEnd(call, "tolerant", distributedMap(failingProcessor, { ToleratedFailureCount: 1 }), { items: [1, 2, 3] });
  assert.equal(described["status"], "SUCCEEDED");
  const [item] = (await call("ListMapRuns", { executionArn })).body["mapRuns"];
  const mapRun = (await call("DescribeMapRun", { mapRunArn: item.mapRunArn })).body;
  assert.equal(mapRun["status"], "SUCCEEDED");
  assert.equal(mapRun["toleratedFailureCount"], 1);
  assert.equal(mapRun["toleratedFailurePercentage"], 0);
  assert.deepEqual(mapRun["executionCounts"], counts({ succeeded: 2, failed: 1, total: 3, resultsWritten: 2 }));
  const failed = await call("ListExecutions", { mapRunArn: item.mapRunArn, statusFilter: "FAILED" });
  assert.equal(failed.body["executions"].length, 1);
  assert.equal(failed.body["executions"][0].status, "FAILED");
  assert.equal((await call("ListExecutions", { mapRunArn: item.mapRunArn, statusFilter: "SUCCEEDED" })).body["executions"].length, 2);
});

test("failures beyond ToleratedFailureCount fail the Map Run and the execution", async () => {
  const call = client();
  const { executionArn, described } = await runToEnd(
    call,
    "intolerant",
    distributedMap(failingProcessor, { ToleratedFailureCount: 1, MaxConcurrency: 1 }),
    { items: [1, 2, 3, 4, 5] },
  );
  assert.equal(described["status"], "FAILED");
  assert.equal(described["error"], "States.ExceedToleratedFailureThreshold");
  const [item] = (await call("ListMapRuns", { executionArn })).body["mapRuns"];
  const mapRun = (await call("DescribeMapRun", { mapRunArn: item.mapRunArn })).body;
  assert.equal(mapRun["status"], "FAILED");
  // With MaxConcurrency 1 items 1..4 ran (2 and 4 failed); item 5 never started.
  assert.deepEqual(mapRun["executionCounts"], counts({ succeeded: 2, failed: 2, total: 4, resultsWritten: 2 }));
  assert.deepEqual(mapRun["itemCounts"], counts({ succeeded: 2, failed: 2, aborted: 1, total: 5, resultsWritten: 2 }));
  const events = (await call("GetExecutionHistory", { executionArn })).body["events"].map((e: { type: string }) => e.type);
  assert.ok(events.includes("MapRunFailed"));
});

test("with neither threshold set any failed item fails the Map Run; ToleratedFailurePercentage alone tolerates its share", async () => {
  const call = client();
  const strict = await runToEnd(call, "strict", distributedMap(failingProcessor), { items: [1, 2, 3] });
  assert.equal(strict.described["error"], "States.ExceedToleratedFailureThreshold");
  const lenient = await runToEnd(call, "lenient", distributedMap(failingProcessor, { ToleratedFailurePercentage: 50 }), { items: [1, 2, 3, 4] });
  assert.equal(lenient.described["status"], "SUCCEEDED");
  const [item] = (await call("ListMapRuns", { executionArn: lenient.executionArn })).body["mapRuns"];
  assert.equal((await call("DescribeMapRun", { mapRunArn: item.mapRunArn })).body["toleratedFailurePercentage"], 50);
});

test("UpdateMapRun changes a running Map Run's concurrency and thresholds", async () => {
  const release: Array<() => void> = [];
  const call = client(({ input }) => new Promise((resolve) => release.push(() => resolve(input))));
  const processor = { StartAt: "Work", States: { Work: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:work", End: true } } };
  const machine = await call("CreateStateMachine", { name: "slow", definition: distributedMap(processor, { MaxConcurrency: 1 }), roleArn });
  const started = await call("StartExecution", { stateMachineArn: machine.body["stateMachineArn"], input: JSON.stringify({ items: [1, 2, 3] }) });
  const executionArn = started.body["executionArn"] as string;
  const listed = await until(() => call("ListMapRuns", { executionArn }), (r) => r.body["mapRuns"]?.length === 1);
  const mapRunArn = listed.body["mapRuns"][0].mapRunArn as string;

  const running = await until(() => call("DescribeMapRun", { mapRunArn }), (r) => r.body["executionCounts"].running === 1);
  assert.equal(running.body["status"], "RUNNING");
  assert.equal(running.body["stopDate"], undefined);
  assert.deepEqual(running.body["itemCounts"], counts({ running: 1, pending: 2, total: 3 }));
  assert.deepEqual(running.body["executionCounts"], counts({ running: 1, total: 1 }));
  assert.equal(release.length, 1, "MaxConcurrency 1 holds the other items back");

  const updated = await call("UpdateMapRun", { mapRunArn, maxConcurrency: 3, toleratedFailureCount: 2, toleratedFailurePercentage: 12.5 });
  assert.equal(updated.status, 200);
  assert.deepEqual(updated.body, {});
  const widened = await until(() => call("DescribeMapRun", { mapRunArn }), (r) => r.body["executionCounts"].running === 3);
  assert.equal(widened.body["maxConcurrency"], 3);
  assert.equal(widened.body["toleratedFailureCount"], 2);
  assert.equal(widened.body["toleratedFailurePercentage"], 12.5);
  assert.equal(release.length, 3);

  const runningChildren = await call("ListExecutions", { mapRunArn, statusFilter: "RUNNING" });
  assert.equal(runningChildren.body["executions"].length, 3);
  assert.equal(runningChildren.body["executions"][0].stopDate, undefined);

  for (const go of release) go();
  const done = await until(() => call("DescribeExecution", { executionArn }), (r) => r.body["status"] !== "RUNNING");
  assert.equal(done.body["status"], "SUCCEEDED");
  assert.equal(done.body["output"], "[1,2,3]");
  const finished = await call("DescribeMapRun", { mapRunArn });
  assert.equal(finished.body["status"], "SUCCEEDED");
  assert.deepEqual(finished.body["itemCounts"], counts({ succeeded: 3, total: 3, resultsWritten: 3 }));
});

test("stopping the execution aborts its running Map Run", async () => {
  const call = client(({ signal }) => new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true })));
  const processor = { StartAt: "Work", States: { Work: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:hang", End: true } } };
  const machine = await call("CreateStateMachine", { name: "stopped", definition: distributedMap(processor, { MaxConcurrency: 2 }), roleArn });
  const started = await call("StartExecution", { stateMachineArn: machine.body["stateMachineArn"], input: JSON.stringify({ items: [1, 2, 3] }) });
  const executionArn = started.body["executionArn"] as string;
  const listed = await until(() => call("ListMapRuns", { executionArn }), (r) => r.body["mapRuns"]?.length === 1);
  const mapRunArn = listed.body["mapRuns"][0].mapRunArn as string;
  await until(() => call("DescribeMapRun", { mapRunArn }), (r) => r.body["executionCounts"].running === 2);
  await call("StopExecution", { executionArn });
  const aborted = await until(() => call("DescribeMapRun", { mapRunArn }), (r) => r.body["status"] !== "RUNNING");
  assert.equal(aborted.body["status"], "ABORTED");
  assert.deepEqual(aborted.body["executionCounts"], counts({ aborted: 2, total: 2 }));
  assert.deepEqual(aborted.body["itemCounts"], counts({ aborted: 3, total: 3 }));
  assert.equal((await call("DescribeExecution", { executionArn })).body["status"], "ABORTED");
});

test("Map Run operations answer bad requests with AWS's errors", async () => {
  const call = client();
  assert.deepEqual((await call("DescribeMapRun", { mapRunArn: "not_a_map_run" })).body, {
    __type: "InvalidArn",
    message: "Invalid Arn: 'Invalid ARN prefix: not_a_map_run'",
  });
  const machineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:m";
  assert.deepEqual((await call("UpdateMapRun", { mapRunArn: machineArn, maxConcurrency: 1 })).body, {
    __type: "InvalidArn",
    message: "Invalid Arn: 'Resource type not valid in this context: stateMachine'",
  });
  const unknown = "arn:aws:states:us-east-1:123456789012:mapRun:m/Fan:0b4e0b7a-3b7f-4a8e-9a51-5b0c2d1e6f70";
  const missing = await call("DescribeMapRun", { mapRunArn: unknown });
  assert.equal(missing.status, 400);
  assert.deepEqual(missing.body, { __type: "ResourceNotFound", message: `Resource not found: '${unknown}'` });
  assert.equal((await call("UpdateMapRun", { mapRunArn: unknown, maxConcurrency: 2 })).body["__type"], "ResourceNotFound");
  assert.equal((await call("ListExecutions", { mapRunArn: unknown })).body["__type"], "ResourceNotFound");

  const { executionArn } = await runToEnd(call, "m", distributedMap(passProcessor), { items: [1] });
  const [item] = (await call("ListMapRuns", { executionArn })).body["mapRuns"];
  const empty = await call("UpdateMapRun", { mapRunArn: item.mapRunArn });
  assert.equal(empty.status, 400);
  assert.equal(empty.body["__type"], "ValidationException");
  const tooHigh = await call("UpdateMapRun", { mapRunArn: item.mapRunArn, toleratedFailurePercentage: 101 });
  assert.deepEqual(tooHigh.body, {
    __type: "ValidationException",
    message: "1 validation error detected: Value '101' at 'toleratedFailurePercentage' failed to satisfy constraint: Member must have value less than or equal to 100",
  });
  assert.equal((await call("UpdateMapRun", { mapRunArn: item.mapRunArn, maxConcurrency: -1 })).body["__type"], "ValidationException");
  assert.equal((await call("ListExecutions", { mapRunArn: item.mapRunArn, stateMachineArn: machineArn })).body["__type"], "ValidationException");

  const noExecution = "arn:aws:states:us-east-1:123456789012:execution:m:nope";
  assert.deepEqual((await call("ListMapRuns", { executionArn: noExecution })).body, {
    __type: "ExecutionDoesNotExist",
    message: `Execution Does Not Exist: '${noExecution}'`,
  });
  assert.equal((await call("ListMapRuns", { executionArn, nextToken: "garbage" })).body["__type"], "InvalidToken");
});
