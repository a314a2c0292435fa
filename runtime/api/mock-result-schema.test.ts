import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../core/json.ts";
import { ApiError } from "./api-error.ts";
import { validateMockResult, type FieldValidationMode } from "./mock-result-schema.ts";
import { installedServiceModels } from "./model/installed-models-node.ts";
import { stepFunctionsModelSource, type ServiceModelSource } from "./model/service-model-source.ts";

const START_EXECUTION = "arn:aws:states:::states:startExecution";
const PUT_EVENTS = "arn:aws:states:::events:putEvents";
const installed = installedServiceModels();

async function problem(resource: string, result: Json, mode: FieldValidationMode = "STRICT", models: ServiceModelSource = stepFunctionsModelSource): Promise<string | undefined> {
  try {
    await validateMockResult(resource, result, mode, models);
    return undefined;
  } catch (e) {
    assert.ok(e instanceof ApiError);
    assert.equal(e.code, "ValidationException");
    return e.message;
  }
}

test("STRICT: required fields (capitalised member names) must be present [REC test_strict_mode_sfn_task]", async () => {
  assert.equal(await problem(START_EXECUTION, {}), "Mock result schema validation error: Required field 'ExecutionArn' is missing");
  assert.equal(
    await problem(START_EXECUTION, { executionArn: "a", startDate: "b" }),
    "Mock result schema validation error: Required field 'ExecutionArn' is missing",
  );
  assert.equal(await problem(START_EXECUTION, { ExecutionArn: "a", StartDate: true }), "Mock result schema validation error: Field 'StartDate' must be a string");
  assert.equal(await problem(START_EXECUTION, { ExecutionArn: "a", StartDate: "2025-01-01T00:00:00Z" }), undefined);
});

test("PRESENT checks only the fields present; NONE checks nothing; unknown fields pass [REC test_*_mode_sfn_task]", async () => {
  assert.equal(await problem(START_EXECUTION, {}, "PRESENT"), undefined);
  assert.equal(await problem(START_EXECUTION, { random: "json" }, "PRESENT"), undefined);
  assert.equal(await problem(START_EXECUTION, { ExecutionArn: 1764103483 }, "PRESENT"), "Mock result schema validation error: Field 'ExecutionArn' must be a string");
  assert.equal(await problem(START_EXECUTION, { StartDate: true }, "NONE"), undefined);
});

test("SDK integrations of Step Functions are checked against the built-in model: enums, numbers, nested fields", async () => {
  const describe = "arn:aws:states:::aws-sdk:sfn:describeExecution";
  const valid = { ExecutionArn: "a", StateMachineArn: "b", Status: "RUNNING", StartDate: "2025-01-01T00:00:00Z" };
  assert.equal(await problem(describe, valid), undefined);
  assert.equal(await problem(describe, { ...valid, Status: "SLEEPING" }), "Mock result schema validation error: Field 'Status' is not an expected value");
  assert.equal(await problem(describe, { ...valid, RedriveCount: "1" }), "Mock result schema validation error: Field 'RedriveCount' must be a number");
  const list = "arn:aws:states:::aws-sdk:sfn:listExecutions";
  assert.equal(await problem(list, { Executions: {} }), "Mock result schema validation error: Field 'Executions' must be an array");
  assert.equal(await problem(list, { Executions: [{ ExecutionArn: "a" }] }), "Mock result schema validation error: Required field 'StateMachineArn' is missing");
});

test("without another service's model (the default source), its results pass unchecked, as NONE would", async () => {
  assert.equal(await problem(PUT_EVENTS, { Entries: "not an array" }), undefined);
  assert.equal(await problem("arn:aws:states:::aws-sdk:s3:getObject", { StorageClass: "Papyrus" }), undefined);
});

test("with installed models: optimized integrations and AWS SDK integrations of other services [REC test_field_validation_mode*]", async () => {
  assert.equal(await problem(PUT_EVENTS, { Entries: "x" }, "STRICT", installed), "Mock result schema validation error: Field 'Entries' must be an array");
  assert.equal(await problem(PUT_EVENTS, {}, "STRICT", installed), undefined);
  assert.equal(await problem(PUT_EVENTS, { random: "json" }, "PRESENT", installed), undefined);
  assert.equal(
    await problem("arn:aws:states:::dynamodb:putItem", { ConsumedCapacity: { CapacityUnits: "1" } }, "PRESENT", installed),
    "Mock result schema validation error: Field 'CapacityUnits' must be a number",
  );
  assert.equal(
    await problem("arn:aws:states:::aws-sdk:s3:getObject", { StorageClass: "Papyrus" }, "STRICT", installed),
    "Mock result schema validation error: Field 'StorageClass' is not an expected value",
  );
  assert.equal(await problem("arn:aws:states:::aws-sdk:kms:encrypt", { CiphertextBlob: "" }, "PRESENT", installed), "Mock result schema validation error: Field 'CiphertextBlob' is smaller than the minimum length");
  assert.equal(await problem("arn:aws:states:::aws-sdk:s3:getObject", { StorageClass: "Papyrus" }, "NONE", installed), undefined);
});

test("lambda:invoke: Payload is any JSON (parsed by the integration), StatusCode a number; unknown fields pass [REC test_state_task_context_object]", async () => {
  const invoke = "arn:aws:states:::lambda:invoke";
  assert.equal(await problem(invoke, { pokemon: ["charizard"] }, "STRICT", installed), undefined);
  assert.equal(await problem(invoke, { Payload: { a: [1] }, StatusCode: 200, ExecutedVersion: "$LATEST" }, "STRICT", installed), undefined);
  assert.equal(await problem(invoke, { StatusCode: "200" }, "STRICT", installed), "Mock result schema validation error: Field 'StatusCode' must be a number");
});

test(".sync / .waitForTaskToken results, Lambda function ARNs, actions not in the model, unknown services: unchecked", async () => {
  assert.equal(await problem("arn:aws:states:::states:startExecution.sync", {}, "STRICT", installed), undefined);
  assert.equal(await problem("arn:aws:states:::sqs:sendMessage.waitForTaskToken", { MessageId: 1 }, "STRICT", installed), undefined);
  assert.equal(await problem("arn:aws:lambda:us-east-1:123456789012:function:f", 1, "STRICT", installed), undefined);
  assert.equal(await problem("arn:aws:states:::aws-sdk:s3:noSuchAction", 1, "STRICT", installed), undefined);
  assert.equal(await problem("arn:aws:states:::aws-sdk:nosuchservice:getThing", 1, "STRICT", installed), undefined);
  assert.equal(await problem("arn:aws:states:::aws-sdk:s3:constructor", 1, "STRICT", installed), undefined);
});
