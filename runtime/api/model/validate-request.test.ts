import { test } from "node:test";
import assert from "node:assert/strict";
import { SerializationError, serviceModel, validateRequest, validationMessage } from "./validate-request.ts";

test("the model has the 37 operations and the JSON 1.0 protocol metadata", () => {
  assert.equal(Object.keys(serviceModel.operations).length, 37);
  assert.equal(serviceModel.metadata.targetPrefix, "AWSStepFunctions");
  assert.equal(serviceModel.metadata.jsonVersion, "1.0");
});

test("recorded: maxResults above the model's max", () => {
  const violations = validateRequest("ListStateMachines", { maxResults: 1001 });
  assert.equal(
    validationMessage(violations),
    "1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000",
  );
});

test("recorded: nextToken longer than the model allows", () => {
  const token = "x".repeat(1025);
  assert.deepEqual(validateRequest("ListStateMachines", { nextToken: token }), [
    `Value '${token}' at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 1024`,
  ]);
});

test("recorded: alias names must match the model's pattern", () => {
  assert.deepEqual(validateRequest("CreateStateMachineAlias", { name: "INVALID ALIAS", routingConfiguration: [{ stateMachineVersionArn: "arn:aws:states:us-east-1:111111111111:stateMachine:m:1", weight: 100 }] }), [
    "Value 'INVALID ALIAS' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$",
  ]);
});

test("recorded: nested list members are named with 1-based .member indexes", () => {
  const violations = validateRequest("CreateStateMachineAlias", {
    name: "live",
    routingConfiguration: [
      { stateMachineVersionArn: "arn:aws:states:us-east-1:111111111111:stateMachine:m:1", weight: 50 },
      { stateMachineVersionArn: "arn:aws:states:us-east-1:111111111111:stateMachine:m:2", weight: 101 },
    ],
  });
  assert.ok(violations.includes("Value '101' at 'routingConfiguration.2.member.weight' failed to satisfy constraint: Member must have value less than or equal to 100"), violations.join("\n"));
});

test("missing required members and enums are reported, several at once", () => {
  const violations = validateRequest("CreateStateMachine", { name: "m", definition: "{}", roleArn: "arn:aws:iam::1:role/r", type: "FAST" });
  assert.deepEqual(violations, ["Value 'FAST' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]"]);
  const missing = validateRequest("StartExecution", {});
  assert.deepEqual(missing, ["Value null at 'stateMachineArn' failed to satisfy constraint: Member must not be null"]);
  assert.match(validationMessage(["a", "b"]), /^2 validation errors detected: a; b$/);
});

test("a member of the wrong JSON type is a serialization error, not a validation error", () => {
  assert.throws(() => validateRequest("ListStateMachines", { maxResults: "ten" }), SerializationError);
  assert.throws(() => validateRequest("StartExecution", { stateMachineArn: 7 }), SerializationError);
});
