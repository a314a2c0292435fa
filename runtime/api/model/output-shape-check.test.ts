/**
 * The output shape checker against shapes of the real service models: botocore's (complete) and
 * the AWS SDK for JavaScript v2's minified ones (inline shapes, no constraints).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../../core/json.ts";
import { awsSdkModelSource } from "./aws-sdk-models-node.ts";
import { botocoreModelSource } from "./botocore-models-node.ts";
import { checkOutputShape } from "./output-shape-check.ts";
import type { ServiceModel } from "./service-model-source.ts";

const botocore = botocoreModelSource();
const awsSdk = awsSdkModelSource();

async function model(source: typeof botocore, service: string): Promise<ServiceModel> {
  const found = await source(service);
  assert.ok(found, `no ${service} model: botocore (python3) and the aws-sdk npm package must be installed`);
  return found;
}

/** The checker's answer for `value` as `operation`'s output. */
async function check(source: typeof botocore, service: string, operation: string, value: Json, strict = true, jsonMembers: string[] = []) {
  const m = await model(source, service);
  const output = m.operations[operation]?.output;
  assert.ok(output, `${service} ${operation} has an output`);
  return checkOutputShape(m, output, value, { strict, jsonMembers });
}

test("lists: the array itself, then each item, named after the innermost field [REC test_*_eventbridge_task]", async () => {
  assert.equal(await check(botocore, "eventbridge", "PutEvents", { Entries: "not a list" }), "Field 'Entries' must be an array");
  assert.equal(await check(botocore, "eventbridge", "PutEvents", { Entries: [{ EventId: ["x"] }] }), "Field 'EventId' must be a string");
  assert.equal(await check(botocore, "eventbridge", "PutEvents", { Entries: [{ EventId: "a" }, { EventId: 1 }] }), "Field 'EventId' must be a string");
  assert.equal(await check(botocore, "eventbridge", "PutEvents", { Entries: [{ EventId: "a" }], FailedEntryCount: 0 }), undefined);
});

test("enums, longs, doubles [REC test_*_aws_sdk_s3_task, test_present_mode_dynamodb_task]", async () => {
  assert.equal(await check(botocore, "s3", "GetObject", { StorageClass: "Papyrus" }), "Field 'StorageClass' is not an expected value");
  assert.equal(await check(botocore, "s3", "GetObject", { StorageClass: "GLACIER", ContentLength: 9000 }), undefined);
  assert.equal(await check(botocore, "s3", "GetObject", { ContentLength: "9000" }), "Field 'ContentLength' must be a number");
  assert.equal(await check(botocore, "dynamodb", "PutItem", { ConsumedCapacity: { CapacityUnits: "123.45" } }, false), "Field 'CapacityUnits' must be a number");
  assert.equal(await check(botocore, "dynamodb", "PutItem", { ConsumedCapacity: { CapacityUnits: 123.45 } }, false), undefined);
});

test("blobs are strings with length bounds; integers have ranges [REC test_*_aws_sdk_kms_task, test_*_lambda_get_function_task]", async () => {
  assert.equal(await check(botocore, "kms", "Encrypt", { CiphertextBlob: 123 }), "Field 'CiphertextBlob' must be a string");
  assert.equal(await check(botocore, "kms", "Encrypt", { CiphertextBlob: "" }), "Field 'CiphertextBlob' is smaller than the minimum length");
  assert.equal(await check(botocore, "kms", "Encrypt", { CiphertextBlob: "AQID" }), undefined);
  assert.equal(await check(botocore, "lambda", "GetFunction", { Configuration: { MemorySize: 127 } }), "Field 'MemorySize' is less than the minimum value");
  assert.equal(await check(botocore, "lambda", "GetFunction", { Configuration: { MemorySize: 128 } }), undefined);
  assert.equal(await check(botocore, "lambda", "GetFunction", { Configuration: { MemorySize: 1e9 } }), "Field 'MemorySize' exceeds the maximum value");
});

test("STRICT wants required members (capitalised), PRESENT does not; unknown members pass", async () => {
  assert.equal(await check(botocore, "sfn", "StartExecution", {}), "Required field 'ExecutionArn' is missing");
  assert.equal(await check(botocore, "sfn", "StartExecution", { executionArn: "a", startDate: "b" }), "Required field 'ExecutionArn' is missing");
  assert.equal(await check(botocore, "sfn", "StartExecution", {}, false), undefined);
  assert.equal(await check(botocore, "sfn", "StartExecution", { ExecutionArn: "a", StartDate: "2025-01-01T00:00:00Z", Extra: [1] }), undefined);
  // A required member deeper down: ListExecutions' items need their StateMachineArn.
  assert.equal(await check(botocore, "sfn", "ListExecutions", { Executions: [{ ExecutionArn: "a" }] }), "Required field 'StateMachineArn' is missing");
});

test("timestamps are strings; maps check their values; booleans", async () => {
  assert.equal(await check(botocore, "sfn", "StartExecution", { ExecutionArn: "a", StartDate: 1764103483 }), "Field 'StartDate' must be a string");
  assert.equal(await check(botocore, "lambda", "GetFunction", { Tags: { team: 1 } }), "Field 'Tags' must be a string");
  assert.equal(await check(botocore, "lambda", "GetFunction", { Tags: ["team"] }), "Field 'Tags' must be an object");
  assert.equal(await check(botocore, "s3", "GetObject", { DeleteMarker: "true" }), "Field 'DeleteMarker' must be a boolean");
  assert.equal(await check(botocore, "s3", "GetObject", "text"), "Field 'result' must be an object");
});

test("jsonMembers hold any JSON value (lambda:invoke's Payload); the other members are still checked", async () => {
  assert.equal(await check(botocore, "lambda", "Invoke", { Payload: { any: ["json"] }, StatusCode: 200 }, true, ["Payload"]), undefined);
  assert.equal(await check(botocore, "lambda", "Invoke", { Payload: { any: "json" } }), "Field 'Payload' must be a string");
  assert.equal(await check(botocore, "lambda", "Invoke", { Payload: 1, StatusCode: "200" }, true, ["Payload"]), "Field 'StatusCode' must be a number");
});

test("the aws-sdk v2 minified models: inline shapes and types are checked, constraints are not there", async () => {
  const output = (await model(awsSdk, "lambda")).operations["GetFunction"]?.output;
  assert.ok(output && !("shape" in output) && output.type === "structure", "GetFunction's output shape is inline");
  assert.equal(await check(awsSdk, "lambda", "GetFunction", { Configuration: { MemorySize: "128" } }), "Field 'MemorySize' must be a number");
  assert.equal(await check(awsSdk, "lambda", "GetFunction", { Configuration: { MemorySize: 127 } }), undefined);
  assert.equal(await check(awsSdk, "eventbridge", "PutEvents", { Entries: [{ EventId: ["x"] }] }), "Field 'EventId' must be a string");
  assert.equal(await check(awsSdk, "s3", "GetObject", { StorageClass: "Papyrus" }), undefined);
  assert.equal(await check(awsSdk, "sfn", "StartExecution", {}), "Required field 'ExecutionArn' is missing");
});

test("a shape the model does not have, a document, a type the checker does not know: anything passes", () => {
  const m: ServiceModel = {
    metadata: {},
    operations: {},
    shapes: {
      Out: { type: "structure", members: { Gone: { shape: "Missing" }, Doc: { shape: "Document" } } },
      Document: { type: "structure", document: true },
    },
  };
  assert.equal(checkOutputShape(m, { shape: "Out" }, { Gone: 1, Doc: [true, { a: 1 }] }, { strict: true }), undefined);
  assert.equal(checkOutputShape(m, { type: "character" as "string" }, 1, { strict: true }), undefined);
});
