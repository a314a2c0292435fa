import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../core/json.ts";
import { ApiError } from "./api-error.ts";
import { validateMockResult, type FieldValidationMode } from "./mock-result-schema.ts";

const START_EXECUTION = "arn:aws:states:::states:startExecution";

function problem(resource: string, result: Json, mode: FieldValidationMode = "STRICT"): string | undefined {
  try {
    validateMockResult(resource, result, mode);
    return undefined;
  } catch (e) {
    assert.ok(e instanceof ApiError);
    assert.equal(e.code, "ValidationException");
    return e.message;
  }
}

test("STRICT: required fields (capitalised member names) must be present [REC test_strict_mode_sfn_task]", () => {
  assert.equal(problem(START_EXECUTION, {}), "Mock result schema validation error: Required field 'ExecutionArn' is missing");
  assert.equal(
    problem(START_EXECUTION, { executionArn: "a", startDate: "b" }),
    "Mock result schema validation error: Required field 'ExecutionArn' is missing",
  );
  assert.equal(problem(START_EXECUTION, { ExecutionArn: "a", StartDate: true }), "Mock result schema validation error: Field 'StartDate' must be a string");
  assert.equal(problem(START_EXECUTION, { ExecutionArn: "a", StartDate: "2025-01-01T00:00:00Z" }), undefined);
});

test("PRESENT checks only the fields present; NONE checks nothing; unknown fields pass [REC test_*_mode_sfn_task]", () => {
  assert.equal(problem(START_EXECUTION, {}, "PRESENT"), undefined);
  assert.equal(problem(START_EXECUTION, { random: "json" }, "PRESENT"), undefined);
  assert.equal(problem(START_EXECUTION, { ExecutionArn: 1764103483 }, "PRESENT"), "Mock result schema validation error: Field 'ExecutionArn' must be a string");
  assert.equal(problem(START_EXECUTION, { StartDate: true }, "NONE"), undefined);
});

test("SDK integrations of Step Functions are checked against the same model: enums, numbers, nested fields", () => {
  const describe = "arn:aws:states:::aws-sdk:sfn:describeExecution";
  const valid = { ExecutionArn: "a", StateMachineArn: "b", Status: "RUNNING", StartDate: "2025-01-01T00:00:00Z" };
  assert.equal(problem(describe, valid), undefined);
  assert.equal(problem(describe, { ...valid, Status: "SLEEPING" }), "Mock result schema validation error: Field 'Status' is not an expected value");
  assert.equal(problem(describe, { ...valid, RedriveCount: "1" }), "Mock result schema validation error: Field 'RedriveCount' must be a number");
  const list = "arn:aws:states:::aws-sdk:sfn:listExecutions";
  assert.equal(problem(list, { Executions: {} }), "Mock result schema validation error: Field 'Executions' must be an array");
  assert.equal(problem(list, { Executions: [{ ExecutionArn: "a" }] }), "Mock result schema validation error: Required field 'StateMachineArn' is missing");
});

test("results of services without a model here, and of .sync / .waitForTaskToken calls, pass unchecked", () => {
  assert.equal(problem("arn:aws:states:::events:putEvents", { Entries: "not an array" }), undefined);
  assert.equal(problem("arn:aws:states:::states:startExecution.sync", {}), undefined);
  assert.equal(problem("arn:aws:lambda:us-east-1:123456789012:function:f", 1), undefined);
});
