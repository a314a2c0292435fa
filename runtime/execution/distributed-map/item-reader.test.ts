import { test } from "node:test";
import assert from "node:assert/strict";
import { StatesError } from "../../core/errors.ts";
import type { Json, JsonObject } from "../../core/json.ts";
import { parseMockConfig } from "../../integrations/mock-config.ts";
import type { TaskHandlers } from "../../integrations/task-handlers.ts";
import { runExecution } from "../run-execution.ts";

const GET_OBJECT = "arn:aws:states:::s3:getObject";
const LIST_OBJECTS = "arn:aws:states:::s3:listObjectsV2";

/** A Distributed Map "Read" whose items come from `itemReader`; each child passes its item through. */
function readerMachine(itemReader: JsonObject, extra: JsonObject = {}, top: JsonObject = {}): JsonObject {
  return {
    ...top,
    StartAt: "Read",
    States: {
      Read: {
        Type: "Map",
        ItemReader: itemReader,
        ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "Item", States: { Item: { Type: "Pass", End: true } } },
        End: true,
        ...extra,
      },
    },
  };
}

const jsonReader = (readerConfig: JsonObject = { InputType: "JSON" }) => ({
  Resource: GET_OBJECT,
  ReaderConfig: readerConfig,
  Parameters: { "Bucket.$": "$.bucket", "Key.$": "$.key" },
});

async function read(definition: JsonObject, handlers: TaskHandlers, input: Json = { bucket: "b", key: "k" }) {
  return runExecution({ definition, input, handlers });
}

test("getObject: the call goes to the handler with the evaluated Parameters; the JSON array is the items", async () => {
  const calls: Array<{ input: Json; stateName: string; resource: string }> = [];
  const result = await read(readerMachine(jsonReader()), {
    [GET_OBJECT]: (input, ctx) => {
      calls.push({ input, stateName: ctx.stateName, resource: ctx.resource });
      return { Body: '[{"a":1},{"a":2}]', ContentType: "application/json" };
    },
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, [{ a: 1 }, { a: 2 }]);
  assert.deepEqual(calls, [{ input: { Bucket: "b", Key: "k" }, stateName: "Read", resource: GET_OBJECT }]);
  // No event for the read itself; MapStateStarted counts 0 items (recorded with an ItemReader).
  assert.deepEqual(
    result.history.map((e) => e.type),
    ["ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded"],
  );
  assert.deepEqual(result.history[2]!["mapStateStartedEventDetails"], { length: 0 });
});

test("getObject answered by a mock configuration test case naming the Map state", async () => {
  const config = parseMockConfig({
    StateMachines: { Reader: { TestCases: { FromS3: { Read: "TheObject" } } } },
    MockedResponses: { TheObject: { "0": { Return: { Body: "[1, 2, 3]" } } } },
  });
  const result = await runExecution({ definition: readerMachine(jsonReader()), input: { bucket: "b", key: "k" }, stateMachineName: "Reader", mock: { config, testCase: "FromS3" } });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, [1, 2, 3]);
});

test("the answer may be the text itself, or a Body holding the JSON value", async () => {
  const asText = await read(readerMachine(jsonReader()), { [GET_OBJECT]: () => '["x"]' });
  assert.deepEqual(asText.output, ["x"]);
  const asValue = await read(readerMachine(jsonReader()), { [GET_OBJECT]: () => ({ Body: ["y", { z: 1 }] }) });
  assert.deepEqual(asValue.output, ["y", { z: 1 }]);
});

test("an answer that is not an object's content is a setup error (States.Runtime), not a reader failure", async () => {
  const result = await read(readerMachine(jsonReader()), { [GET_OBJECT]: () => ({ Contents: [] }) });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Runtime");
  assert.match(result.cause ?? "", /^An error occurred while executing the state 'Read' \(entered at the event id #2\)\. The answer to 'arn:aws:states:::s3:getObject' for an ItemReader must be the object/);
});

test("JSON that is not an array fails the Map Run with States.ItemReaderFailed (recorded cause)", async () => {
  const result = await read(readerMachine(jsonReader()), { [GET_OBJECT]: () => ({ Body: '{"key":"value"}' }) });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.ItemReaderFailed");
  assert.equal(result.cause, "Attempting to map over non-iterable node.");
  assert.deepEqual(
    result.history.slice(2).map((e) => [e.id, e.previousEventId, e.type]),
    [
      [3, 2, "MapStateStarted"],
      [4, 3, "MapRunStarted"],
      [5, 4, "MapRunFailed"],
      [6, 5, "MapStateFailed"],
      [7, 6, "ExecutionFailed"],
    ],
  );
  assert.deepEqual(result.history[4]!["mapRunFailedEventDetails"], { error: "States.ItemReaderFailed", cause: "Attempting to map over non-iterable node." });
});

test("ItemsPointer selects the array inside a JSON document", async () => {
  const body = JSON.stringify({ data: { "a/b": [[0], [1]] } });
  const result = await read(readerMachine(jsonReader({ InputType: "JSON", ItemsPointer: "/data/a~1b" })), { [GET_OBJECT]: () => ({ Body: body }) });
  assert.deepEqual(result.output, [[0], [1]]);
});

test("JSONL: one value per line, blank lines skipped; a bad line fails the reader", async () => {
  const ok = await read(readerMachine(jsonReader({ InputType: "JSONL" })), { [GET_OBJECT]: () => ({ Body: '{"n":1}\r\n\n"two"\n3\n' }) });
  assert.deepEqual(ok.output, [{ n: 1 }, "two", 3]);
  const bad = await read(readerMachine(jsonReader({ InputType: "JSONL" })), { [GET_OBJECT]: () => ({ Body: "1\n{oops\n" }) });
  assert.equal(bad.error, "States.ItemReaderFailed");
  assert.match(bad.cause ?? "", /Line 2/);
});

test("CSV with the first row as headers: string values, short rows padded with \"\", extra fields dropped", async () => {
  const body = 'id,name,note\n1,"Smith, Jane","said ""hi"""\n2,Bob\n3,Al,x,extra\n';
  const result = await read(readerMachine(jsonReader({ InputType: "CSV", CSVHeaderLocation: "FIRST_ROW" })), { [GET_OBJECT]: () => ({ Body: body }) });
  assert.deepEqual(result.output, [
    { id: "1", name: "Smith, Jane", note: 'said "hi"' },
    { id: "2", name: "Bob", note: "" },
    { id: "3", name: "Al", note: "x" },
  ]);
});

test("CSV with given headers and a PIPE delimiter: every row is an item", async () => {
  const reader = jsonReader({ InputType: "CSV", CSVHeaderLocation: "GIVEN", CSVHeaders: ["k", "v"], CSVDelimiter: "PIPE" });
  const result = await read(readerMachine(reader), { [GET_OBJECT]: () => ({ Body: "a|1\nb|2,5\n" }) });
  assert.deepEqual(result.output, [
    { k: "a", v: "1" },
    { k: "b", v: "2,5" },
  ]);
});

test("CSV headers with duplicates fail the reader (recorded cause), for given and first-row headers", async () => {
  const given = await read(readerMachine(jsonReader({ InputType: "CSV", CSVHeaderLocation: "GIVEN", CSVHeaders: ["H1", "H1"] })), { [GET_OBJECT]: () => ({ Body: "a,b\n" }) });
  assert.equal(given.error, "States.ItemReaderFailed");
  assert.equal(given.cause, "CSV headers cannot contain duplicates.");
  const firstRow = await read(readerMachine(jsonReader({ InputType: "CSV", CSVHeaderLocation: "FIRST_ROW" })), { [GET_OBJECT]: () => ({ Body: "x,x\n1,2\n" }) });
  assert.equal(firstRow.cause, "CSV headers cannot contain duplicates.");
});

test("MaxItems keeps the first n items; 0 keeps all; MaxItemsPath accepts numeric strings", async () => {
  const body = { Body: "[1,2,3,4]" };
  const two = await read(readerMachine(jsonReader({ InputType: "JSON", MaxItems: 2 })), { [GET_OBJECT]: () => body });
  assert.deepEqual(two.output, [1, 2]);
  const all = await read(readerMachine(jsonReader({ InputType: "JSON", MaxItems: 0 })), { [GET_OBJECT]: () => body });
  assert.deepEqual(all.output, [1, 2, 3, 4]);
  const fromPath = await read(readerMachine(jsonReader({ InputType: "JSON", MaxItemsPath: "$.max" })), { [GET_OBJECT]: () => body }, { bucket: "b", key: "k", max: "3" });
  assert.deepEqual(fromPath.output, [1, 2, 3]);
});

test("a negative MaxItems fails the reader before any read; a non-integer one is States.Runtime", async () => {
  let reads = 0;
  const handlers = {
    [GET_OBJECT]: () => {
      reads++;
      return { Body: "[1]" };
    },
  };
  const negative = await read(readerMachine(jsonReader({ InputType: "JSON", MaxItemsPath: "$.max" })), handlers, { bucket: "b", key: "k", max: -1 });
  assert.equal(negative.error, "States.ItemReaderFailed");
  assert.equal(negative.cause, "field MaxItems must be positive");
  assert.equal(reads, 0);
  const fraction = await read(readerMachine(jsonReader({ InputType: "JSON", MaxItemsPath: "$.max" })), handlers, { bucket: "b", key: "k", max: "1.5" });
  assert.equal(fraction.error, "States.Runtime");
  assert.match(fraction.cause ?? "", /The MaxItemsPath field refers to value "1.5" which is not a valid integer: \$\.max$/);
});

test("a failed S3 call fails the reader with its cause, which a Catch on States.ItemReaderFailed handles", async () => {
  const definition = readerMachine(jsonReader());
  const states = definition["States"] as JsonObject;
  const { End: _end, ...map } = states["Read"] as JsonObject;
  states["Read"] = { ...map, Catch: [{ ErrorEquals: ["States.ItemReaderFailed"], ResultPath: "$.error", Next: "Caught" }], Next: "Caught" };
  states["Caught"] = { Type: "Pass", End: true };
  const result = await read(definition, {
    [GET_OBJECT]: () => {
      throw new StatesError("S3.NoSuchKeyException", "The specified key does not exist.");
    },
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, { bucket: "b", key: "k", error: { Error: "States.ItemReaderFailed", Cause: "The specified key does not exist." } });
});

test("a reader nothing answers fails with States.Runtime naming the resource", async () => {
  const result = await read(readerMachine(jsonReader()), {});
  assert.equal(result.error, "States.Runtime");
  assert.match(result.cause ?? "", /No mock, handler or task executor answers the resource 'arn:aws:states:::s3:getObject'/);
});

test("JSONata Arguments and MaxItems", async () => {
  const reader = {
    Resource: GET_OBJECT,
    ReaderConfig: { InputType: "JSON", MaxItems: "{% $states.input.max %}" },
    Arguments: { Bucket: "{% $states.input.bucket %}", Key: "{% 'prefix/' & $states.input.key %}" },
  };
  const seen: Json[] = [];
  const result = await runExecution({
    definition: readerMachine(reader, {}, { QueryLanguage: "JSONata" }),
    input: { bucket: "b", key: "k", max: 1 },
    handlers: {
      [GET_OBJECT]: (input) => {
        seen.push(input);
        return { Body: '["first","second"]' };
      },
    },
  });
  assert.deepEqual(result.output, ["first"]);
  assert.deepEqual(seen, [{ Bucket: "b", Key: "prefix/k" }]);
});

test("listObjectsV2: every page is read (ContinuationToken); each object is an item in the recorded shape", async () => {
  const pages: Record<string, Json> = {
    first: {
      Contents: [{ Key: "a.txt", ETag: '"e1"', LastModified: "2024-01-01T00:00:00Z", Size: 12, StorageClass: "STANDARD" }],
      IsTruncated: true,
      NextContinuationToken: "t2",
    },
    t2: { Contents: [{ Key: "b.txt", ETag: '"e2"', LastModified: "2024-01-02T00:00:00Z", Size: 3, StorageClass: "STANDARD" }], IsTruncated: false },
  };
  const calls: Json[] = [];
  const reader = { Resource: LIST_OBJECTS, Parameters: { "Bucket.$": "$.bucket", Prefix: "in/" } };
  const result = await read(readerMachine(reader), {
    [LIST_OBJECTS]: (input) => {
      calls.push(input);
      const token = (input as JsonObject)["ContinuationToken"];
      return pages[typeof token === "string" ? token : "first"]!;
    },
  });
  assert.deepEqual(calls, [
    { Bucket: "b", Prefix: "in/" },
    { Bucket: "b", Prefix: "in/", ContinuationToken: "t2" },
  ]);
  assert.deepEqual(result.output, [
    { Etag: '"e1"', LastModified: "2024-01-01T00:00:00Z", Key: "a.txt", Size: 12, StorageClass: "STANDARD" },
    { Etag: '"e2"', LastModified: "2024-01-02T00:00:00Z", Key: "b.txt", Size: 3, StorageClass: "STANDARD" },
  ]);
});

test("MANIFEST: the inventory's CSV files are read from the destination bucket, rows keyed by the file schema", async () => {
  const manifest = {
    sourceBucket: "source",
    destinationBucket: "arn:aws:s3:::inventory",
    fileFormat: "CSV",
    fileSchema: "Bucket, Key, Size",
    files: [{ key: "inv/data/1.csv" }, { key: "inv/data/2.csv" }],
  };
  const objects: Record<string, string> = {
    "b/manifest.json": JSON.stringify(manifest),
    "inventory/inv/data/1.csv": '"source","a.txt","1"\n',
    "inventory/inv/data/2.csv": '"source","b.txt","2"\n"source","c.txt","3"\n',
  };
  const reader = { Resource: GET_OBJECT, ReaderConfig: { InputType: "MANIFEST" }, Parameters: { Bucket: "b", Key: "manifest.json" } };
  const result = await read(readerMachine(reader), {
    [GET_OBJECT]: (input) => {
      const { Bucket, Key } = input as { Bucket: string; Key: string };
      return { Body: objects[`${Bucket}/${Key}`]! };
    },
  });
  assert.deepEqual(result.output, [
    { Bucket: "source", Key: "a.txt", Size: "1" },
    { Bucket: "source", Key: "b.txt", Size: "2" },
    { Bucket: "source", Key: "c.txt", Size: "3" },
  ]);
});

test("ItemSelector shapes each read item, with $$.Map.Item in scope", async () => {
  const definition = readerMachine(jsonReader(), { ItemSelector: { "value.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index", "bucket.$": "$.bucket" } });
  const result = await read(definition, { [GET_OBJECT]: () => ({ Body: '["p","q"]' }) });
  assert.deepEqual(result.output, [
    { value: "p", index: 0, bucket: "b" },
    { value: "q", index: 1, bucket: "b" },
  ]);
});
