import { test } from "node:test";
import assert from "node:assert/strict";
import { uncoveredNeeds } from "./needs-coverage.ts";

const definition = { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true } } };
const mockConfig = { StateMachines: { M: { TestCases: { C: {} } } }, MockedResponses: {} };

test("a case with no needs needs nothing; without scripts every need stays uncovered", () => {
  assert.deepEqual(uncoveredNeeds({ needs: [], definition }), []);
  assert.deepEqual(uncoveredNeeds({ needs: ["lambda", "activity_worker", "callback"], definition }), ["lambda", "activity_worker", "callback"]);
});

test("services are covered by any Task script; activity_worker only by taskResponses, callback only by callbacks", () => {
  assert.deepEqual(uncoveredNeeds({ needs: ["lambda", "iam", "sts"], definition, mockConfig }), []);
  assert.deepEqual(uncoveredNeeds({ needs: ["sqs", "callback"], definition, callbacks: [] }), []);
  assert.deepEqual(uncoveredNeeds({ needs: ["lambda"], definition, taskResponses: [{ state: "T", hang: true }] }), []);
  assert.deepEqual(uncoveredNeeds({ needs: ["activity_worker", "callback"], definition, mockConfig }), ["activity_worker", "callback"]);
  assert.deepEqual(uncoveredNeeds({ needs: ["activity_worker"], definition, taskResponses: [] }), []);
});

test("no mock stands in for logs or pseudo-needs; S3 read by an ItemReader / written by a ResultWriter only when the test case mocks that Map state", () => {
  assert.deepEqual(uncoveredNeeds({ needs: ["logs", "unresolved_input", "setup"], definition, mockConfig }), ["logs", "unresolved_input", "setup"]);
  const reader = { StartAt: "M", States: { M: { Type: "Map", ItemReader: { Resource: "arn:aws:states:::s3:getObject" }, ItemProcessor: {}, End: true } } };
  assert.deepEqual(uncoveredNeeds({ needs: ["s3"], definition: reader, mockConfig, mockTestCase: "C" }), ["s3"]);
  const mapMocked = { StateMachines: { M: { TestCases: { C: { M: "S3Object" } } } }, MockedResponses: { S3Object: { "0": { Return: [] } } } };
  assert.deepEqual(uncoveredNeeds({ needs: ["s3"], definition: reader, mockConfig: mapMocked, mockTestCase: "C" }), []);
  assert.deepEqual(uncoveredNeeds({ needs: ["s3"], definition, mockConfig }), []);
});
