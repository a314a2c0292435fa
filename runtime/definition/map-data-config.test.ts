import { test } from "node:test";
import assert from "node:assert/strict";
import type { JsonObject } from "../core/json.ts";
import { parseDefinition } from "./parse-definition.ts";
import type { MapState } from "./types.ts";

function distributedMap(fields: JsonObject, processorConfig: JsonObject = { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, top: JsonObject = {}): JsonObject {
  return {
    ...top,
    StartAt: "M",
    States: {
      M: {
        Type: "Map",
        ItemProcessor: { ProcessorConfig: processorConfig, StartAt: "P", States: { P: { Type: "Pass", End: true } } },
        End: true,
        ...fields,
      },
    },
  };
}

function problems(definition: JsonObject): string[] {
  const result = parseDefinition(definition);
  return result.ok ? [] : result.problems.map((p) => `${p.message} at ${p.location}`);
}

function mapState(definition: JsonObject): MapState {
  const result = parseDefinition(definition);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  return result.definition.states.get("M") as MapState;
}

test("an ItemReader is compiled: resource, action, Parameters, ReaderConfig with its defaults", () => {
  const state = mapState(
    distributedMap({
      ItemReader: {
        Resource: "arn:aws:states:::s3:getObject",
        ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "GIVEN", CSVHeaders: ["a", "b"], CSVDelimiter: "TAB", MaxItemsPath: "$.max" },
        Parameters: { "Bucket.$": "$.bucket", Key: "k" },
      },
    }),
  );
  assert.equal(state.reader?.action, "getObject");
  assert.equal(state.reader?.inputType, "CSV");
  assert.equal(state.reader?.csvHeaderLocation, "GIVEN");
  assert.deepEqual(state.reader?.csvHeaders, ["a", "b"]);
  assert.equal(state.reader?.csvDelimiter, "TAB");
  assert.deepEqual(state.reader?.maxItems, { kind: "path", path: "$.max" });
  assert.equal(state.reader?.arguments?.kind, "object");
  // The raw field stays available as written.
  assert.equal((state.itemReader as JsonObject)["Resource"], "arn:aws:states:::s3:getObject");

  const listing = mapState(distributedMap({ ItemReader: { Resource: "arn:aws:states:::s3:listObjectsV2", Parameters: { Bucket: "b" } } }));
  assert.equal(listing.reader?.action, "listObjectsV2");
  assert.equal(listing.reader?.csvHeaderLocation, "FIRST_ROW");
  assert.equal(listing.reader?.csvDelimiter, "COMMA");
});

test("ItemReader problems: missing or unknown Resource, bad enums, GIVEN without headers, MaxItems twice, unknown fields", () => {
  assert.deepEqual(problems(distributedMap({ ItemReader: { ReaderConfig: { InputType: "JSON" } } })), ["These fields are required: [Resource] at /States/M/ItemReader"]);
  assert.match(problems(distributedMap({ ItemReader: { Resource: "arn:aws:states:::s3:putObject" } }))[0]!, /ItemReader resource 'arn:aws:states:::s3:putObject' is not supported.* at \/States\/M\/ItemReader\/Resource$/);
  assert.deepEqual(problems(distributedMap({ ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "XML" } } })), [
    "The field 'InputType' should have one of these values: [JSON, JSONL, CSV, MANIFEST] at /States/M/ItemReader/ReaderConfig/InputType",
  ]);
  assert.deepEqual(problems(distributedMap({ ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "GIVEN" } } })), [
    "The field 'CSVHeaders' is required when 'CSVHeaderLocation' is GIVEN at /States/M/ItemReader/ReaderConfig",
  ]);
  assert.deepEqual(problems(distributedMap({ ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { MaxItems: 1, MaxItemsPath: "$.m" } } })), [
    "These fields are mutually exclusive: [MaxItems, MaxItemsPath] at /States/M/ItemReader/ReaderConfig",
  ]);
  assert.deepEqual(problems(distributedMap({ ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { MaxItem: 1 } } })), [
    "Field 'MaxItem' is not supported at /States/M/ItemReader/ReaderConfig/MaxItem",
  ]);
  assert.deepEqual(problems(distributedMap({ ItemReader: { Resource: "arn:aws:states:::s3:getObject", Arguments: {} } })), [
    "The field 'Arguments' is supported only when the query language is JSONata at /States/M/ItemReader/Arguments",
  ]);
});

test("JSONata readers take Arguments and a MaxItems expression; MaxItemsPath is JSONPath-only", () => {
  const state = mapState(
    distributedMap(
      { ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSON", MaxItems: "{% $n %}" }, Arguments: { Bucket: "{% $states.input.b %}" } } },
      undefined,
      { QueryLanguage: "JSONata" },
    ),
  );
  assert.deepEqual(state.reader?.maxItems, { kind: "jsonata", expression: " $n " });
  assert.deepEqual(
    problems(distributedMap({ ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { MaxItemsPath: "$.m" } } }, undefined, { QueryLanguage: "JSONata" })),
    ["The field 'MaxItemsPath' is not supported when the query language is JSONata at /States/M/ItemReader/ReaderConfig/MaxItemsPath"],
  );
});

test("an ItemBatcher needs one of its limits; limits are positive; BatchInput is a template", () => {
  assert.deepEqual(problems(distributedMap({ ItemBatcher: { BatchInput: { a: 1 } } })), [
    "At least one of these fields is required: [MaxItemsPerBatch, MaxItemsPerBatchPath, MaxInputBytesPerBatch, MaxInputBytesPerBatchPath] at /States/M/ItemBatcher",
  ]);
  assert.deepEqual(problems(distributedMap({ ItemBatcher: { MaxItemsPerBatch: 0 } })), [
    `The value for the field 'MaxItemsPerBatch' must be between 1 and ${Number.MAX_SAFE_INTEGER} at /States/M/ItemBatcher/MaxItemsPerBatch`,
  ]);
  const state = mapState(distributedMap({ ItemBatcher: { MaxInputBytesPerBatchPath: "$.bytes", BatchInput: { "at.$": "$$.State.EnteredTime" } } }));
  assert.deepEqual(state.batcher?.maxInputBytesPerBatch, { kind: "path", path: "$.bytes" });
  assert.equal(state.batcher?.batchInput?.kind, "object");
});

test("a ResultWriter needs a Resource unless it only has a WriterConfig; WriterConfig needs OutputType", () => {
  assert.deepEqual(problems(distributedMap({ ResultWriter: { Parameters: { Bucket: "b" } } })), ["These fields are required: [Resource] at /States/M/ResultWriter"]);
  assert.deepEqual(problems(distributedMap({ ResultWriter: { Parameters: { Bucket: "b" }, WriterConfig: { OutputType: "JSON" } } })), [
    "These fields are required: [Resource] at /States/M/ResultWriter",
  ]);
  assert.deepEqual(problems(distributedMap({ ResultWriter: { WriterConfig: { Transformation: "COMPACT" } } })), ["These fields are required: [OutputType] at /States/M/ResultWriter/WriterConfig"]);
  const state = mapState(distributedMap({ ResultWriter: { WriterConfig: { OutputType: "JSONL", Transformation: "FLATTEN" } } }));
  assert.deepEqual(state.writer, { outputType: "JSONL", transformation: "FLATTEN" });
});

test("ItemReader, ItemBatcher and ResultWriter belong to Distributed Maps only", () => {
  assert.deepEqual(
    problems(distributedMap({ ItemBatcher: { MaxItemsPerBatch: 2 } }, { Mode: "INLINE" })),
    ["The field 'ItemBatcher' is supported only when the ProcessorConfig Mode is DISTRIBUTED at /States/M/ItemBatcher"],
  );
});

test("EXPRESS child workflows have the Express restrictions", () => {
  const sync = { ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" }, StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:::states:startExecution.sync:2", End: true } } } };
  assert.deepEqual(problems(distributedMap(sync)), ["Express state machine does not support '.sync' service integration at /States/M/ItemProcessor/States/T/Resource"]);
  const standard = { ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:::states:startExecution.sync:2", End: true } } } };
  assert.deepEqual(problems(distributedMap(standard)), []);
});

test("variables named in the reader's Parameters, BatchInput and the writer's Parameters must be assigned somewhere", () => {
  const reader = { Resource: "arn:aws:states:::s3:getObject", Parameters: { "Bucket.$": "$nope" } };
  assert.deepEqual(problems(distributedMap({ ItemReader: reader })), ["The variable '$nope' is referenced but never assigned at /States/M/ItemReader/Parameters"]);
  assert.deepEqual(problems(distributedMap({ ItemBatcher: { MaxItemsPerBatch: 1, BatchInput: { "v.$": "$gone" } } })), [
    "The variable '$gone' is referenced but never assigned at /States/M/ItemBatcher/BatchInput",
  ]);
});
