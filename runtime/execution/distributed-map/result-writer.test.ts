import { test } from "node:test";
import assert from "node:assert/strict";
import { StatesError } from "../../core/errors.ts";
import type { Json, JsonObject } from "../../core/json.ts";
import { parseMockConfig } from "../../integrations/mock-config.ts";
import type { TaskHandlers } from "../../integrations/task-handlers.ts";
import { runExecution } from "../run-execution.ts";

const PUT_OBJECT = "arn:aws:states:::s3:putObject";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Fails the items equal to "bad". */
const processor = {
  StartAt: "Check",
  States: {
    Check: { Type: "Choice", Choices: [{ Variable: "$", StringEquals: "bad", Next: "Boom" }], Default: "Fine" },
    Boom: { Type: "Fail", Error: "Item.Bad", Cause: "a bad item" },
    Fine: { Type: "Pass", End: true },
  },
};

function writerMachine(resultWriter: JsonObject, extra: JsonObject = {}, itemProcessor: JsonObject = processor): JsonObject {
  return {
    StartAt: "MapState",
    States: {
      MapState: {
        Type: "Map",
        ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...itemProcessor },
        ResultWriter: resultWriter,
        End: true,
        ...extra,
      },
    },
  };
}

const toS3 = { Resource: PUT_OBJECT, Parameters: { Bucket: "result-bucket", Prefix: "mapJobs" } };

interface Put {
  Bucket: string;
  Key: string;
  Body: string;
}

async function runWriting(definition: JsonObject, input: Json, handlers: TaskHandlers = {}) {
  const puts: Put[] = [];
  const result = await runExecution({
    definition,
    input,
    stateMachineName: "writer",
    handlers: {
      [PUT_OBJECT]: (put) => {
        puts.push(put as unknown as Put);
        return { ETag: '"etag"' };
      },
      ...handlers,
    },
  });
  return { result, puts };
}

test("the Map's result names the manifest (recorded shape); the files are written through putObject, the manifest last", async () => {
  const { result, puts } = await runWriting(writerMachine(toS3, { Label: "TestMap" }), ["Hello", "World"]);
  assert.equal(result.status, "SUCCEEDED");
  const output = result.output as { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } };
  const mapRunId = output.MapRunArn.slice(output.MapRunArn.lastIndexOf(":") + 1);
  assert.match(mapRunId, UUID);
  assert.equal(output.MapRunArn, `arn:aws:states:us-east-1:123456789012:mapRun:writer/TestMap:${mapRunId}`);
  assert.deepEqual(output.ResultWriterDetails, { Bucket: "result-bucket", Key: `mapJobs/${mapRunId}/manifest.json` });

  assert.deepEqual(
    puts.map((put) => [put.Bucket, put.Key]),
    [
      ["result-bucket", `mapJobs/${mapRunId}/SUCCEEDED_0.json`],
      ["result-bucket", `mapJobs/${mapRunId}/manifest.json`],
    ],
  );
  const succeeded = JSON.parse(puts[0]!.Body) as JsonObject[];
  assert.equal(succeeded.length, 2);
  const first = succeeded[0]!;
  assert.match(first["ExecutionArn"] as string, new RegExp(`^arn:aws:states:us-east-1:123456789012:execution:writer/TestMap:`));
  assert.equal((first["ExecutionArn"] as string).endsWith(`:${first["Name"]}`), true);
  assert.deepEqual(
    { ...first, ExecutionArn: "arn", Name: "name", StartDate: "start", StopDate: "stop" },
    {
      ExecutionArn: "arn",
      Input: '"Hello"',
      InputDetails: { Included: true },
      Name: "name",
      Output: '"Hello"',
      OutputDetails: { Included: true },
      RedriveCount: 0,
      RedriveStatus: "NOT_REDRIVABLE",
      RedriveStatusReason: "Execution is SUCCEEDED and cannot be redriven",
      StartDate: "start",
      StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:writer/TestMap",
      Status: "SUCCEEDED",
      StopDate: "stop",
    },
  );
  assert.equal(succeeded[1]!["Input"], '"World"');
  assert.deepEqual(JSON.parse(puts[1]!.Body), {
    DestinationBucket: "result-bucket",
    MapRunArn: output.MapRunArn,
    ResultFiles: { FAILED: [], PENDING: [], SUCCEEDED: [{ Key: `mapJobs/${mapRunId}/SUCCEEDED_0.json`, Size: new TextEncoder().encode(puts[0]!.Body).length }] },
  });
  // As recorded: no events for the writes.
  assert.deepEqual(
    result.history.map((e) => e.type),
    ["ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded"],
  );
});

test("tolerated failures are written to FAILED_0.json with their error and cause", async () => {
  const { result, puts } = await runWriting(writerMachine(toS3, { ToleratedFailureCount: 1 }), ["ok", "bad"]);
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(
    puts.map((put) => put.Key.slice(put.Key.lastIndexOf("/") + 1)),
    ["SUCCEEDED_0.json", "FAILED_0.json", "manifest.json"],
  );
  const [failed] = JSON.parse(puts[1]!.Body) as JsonObject[];
  assert.equal(failed!["Status"], "FAILED");
  assert.equal(failed!["Error"], "Item.Bad");
  assert.equal(failed!["Cause"], "a bad item");
  assert.equal(failed!["Input"], '"bad"');
  assert.equal(failed!["Output"], undefined);
  assert.equal(failed!["RedriveStatus"], "REDRIVABLE");
  const manifest = JSON.parse(puts[2]!.Body) as { ResultFiles: Record<string, unknown[]> };
  assert.equal(manifest.ResultFiles["FAILED"]!.length, 1);
  assert.equal(manifest.ResultFiles["SUCCEEDED"]!.length, 1);
});

test("when the failure threshold ends the run, the results so far are still written: failed, and pending (never started)", async () => {
  const { result, puts } = await runWriting(writerMachine(toS3, { MaxConcurrency: 1 }), ["ok", "bad", "later"]);
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.ExceedToleratedFailureThreshold");
  assert.deepEqual(
    puts.map((put) => put.Key.slice(put.Key.lastIndexOf("/") + 1)),
    ["SUCCEEDED_0.json", "FAILED_0.json", "PENDING_0.json", "manifest.json"],
  );
  assert.deepEqual(JSON.parse(puts[2]!.Body), [{ Input: '"later"', InputDetails: { Included: true }, Status: "PENDING" }]);
});

test("a failed put fails the Map Run with States.ResultWriterFailed, its cause the service's", async () => {
  const { result } = await runWriting(writerMachine(toS3), ["a"], {
    [PUT_OBJECT]: () => {
      throw new StatesError("S3.AccessDeniedException", "Access Denied");
    },
  });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.ResultWriterFailed");
  assert.equal(result.cause, "Access Denied");
  const failed = result.history.find((e) => e.type === "MapRunFailed")!;
  assert.deepEqual(failed["mapRunFailedEventDetails"], { error: "States.ResultWriterFailed", cause: "Access Denied" });
});

test("WriterConfig JSONL + COMPACT: one output per line, in .jsonl files", async () => {
  const writer = { ...toS3, WriterConfig: { OutputType: "JSONL", Transformation: "COMPACT" } };
  const { result, puts } = await runWriting(writerMachine(writer), [{ a: 1 }, [2, 3]]);
  assert.equal(result.status, "SUCCEEDED");
  assert.match(puts[0]!.Key, /\/SUCCEEDED_0\.jsonl$/);
  assert.equal(puts[0]!.Body, '{"a":1}\n[2,3]');
  assert.match(puts[1]!.Key, /\/manifest\.json$/);
});

test("WriterConfig FLATTEN flattens array outputs", async () => {
  const writer = { ...toS3, WriterConfig: { OutputType: "JSON", Transformation: "FLATTEN" } };
  const { puts } = await runWriting(writerMachine(writer), [[1, 2], 3, [[4]]]);
  assert.deepEqual(JSON.parse(puts[0]!.Body), [1, 2, 3, [4]]);
});

test("a WriterConfig without Resource writes nothing: the Map's result is the transformed outputs", async () => {
  const { result, puts } = await runWriting(writerMachine({ WriterConfig: { OutputType: "JSON", Transformation: "FLATTEN" } }), [[1, 2], [3]]);
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, [1, 2, 3]);
  assert.deepEqual(puts, []);
});

test("one mock test case answers the ItemReader's read and the ResultWriter's puts of the Map state, in call order", async () => {
  const config = parseMockConfig({
    StateMachines: { writer: { TestCases: { S3: { MapState: "S3Calls" } } } },
    MockedResponses: { S3Calls: { "0": { Return: { Body: '["x","y"]' } }, "1-9": { Return: { ETag: '"etag"' } } } },
  });
  const definition = writerMachine(toS3, {
    ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSON" }, Parameters: { Bucket: "in", Key: "items.json" } },
  });
  const result = await runExecution({ definition, stateMachineName: "writer", mock: { config, testCase: "S3" } });
  assert.equal(result.status, "SUCCEEDED");
  assert.equal((result.output as JsonObject)["ResultWriterDetails"] !== undefined, true);
});

test("JSONata Arguments name the bucket and prefix", async () => {
  const definition = writerMachine({ Resource: PUT_OBJECT, Arguments: { Bucket: "{% $states.input.bucket %}", Prefix: "{% 'runs/' & $states.input.day %}" } }, { Items: "{% $states.input.items %}" }, {
    StartAt: "P",
    States: { P: { Type: "Pass", End: true } },
  });
  definition["QueryLanguage"] = "JSONata";
  const { result, puts } = await runWriting(definition, { bucket: "out", day: "monday", items: [1] });
  assert.equal(result.status, "SUCCEEDED");
  assert.equal(puts[0]!.Bucket, "out");
  assert.match(puts[0]!.Key, /^runs\/monday\/[0-9a-f-]{36}\/SUCCEEDED_0\.json$/);
});
