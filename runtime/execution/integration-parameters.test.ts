import { test } from "node:test";
import assert from "node:assert/strict";
import { runExecution, type JsonObject } from "../../mod.ts";
import { integrationParameterProblems } from "./integration-parameters.ts";
import { classifyResource } from "./task-resource.ts";

const apiGateway = classifyResource("arn:aws:states:::apigateway:invoke");

test("API Gateway Headers and QueryParameters must be multi-value maps", () => {
  assert.deepEqual(integrationParameterProblems(apiGateway, { ApiEndpoint: "e", Method: "GET", Headers: { h: ["a", "b"] }, QueryParameters: { q: ["1"] } }), []);
  assert.deepEqual(integrationParameterProblems(apiGateway, { ApiEndpoint: "e", Method: "GET" }), []);
  assert.deepEqual(integrationParameterProblems(apiGateway, { Headers: null }), []);
  assert.deepEqual(integrationParameterProblems(apiGateway, { Headers: { h: "single" } }), ["The value of the field 'Headers' has an invalid format"]);
  assert.deepEqual(integrationParameterProblems(apiGateway, { Headers: ["h"], QueryParameters: { q: [{ nested: 1 }] } }), [
    "The value of the field 'Headers' has an invalid format",
    "The value of the field 'QueryParameters' has an invalid format",
  ]);
});

test("other resources are not checked", () => {
  assert.deepEqual(integrationParameterProblems(classifyResource("arn:aws:states:::lambda:invoke"), { Headers: "x" }), []);
  assert.deepEqual(integrationParameterProblems(classifyResource("arn:aws:lambda:us-east-1:1:function:f"), { Headers: "x" }), []);
  assert.deepEqual(integrationParameterProblems(classifyResource("arn:aws:states:::aws-sdk:apigateway:getRestApis"), { Headers: "x" }), []);
});

const machine = (headers: unknown): JsonObject => ({
  StartAt: "Invoke",
  States: {
    Invoke: {
      Type: "Task",
      Resource: "arn:aws:states:::apigateway:invoke",
      Parameters: { ApiEndpoint: "example.execute-api.us-east-1.amazonaws.com", Method: "GET", Headers: headers as JsonObject },
      Catch: [{ ErrorEquals: ["States.ALL"], Next: "Caught" }],
      End: true,
    },
    Caught: { Type: "Pass", End: true },
  },
});

test("a Task whose Parameters cannot start it fails with States.Runtime before TaskScheduled (recorded wording)", async () => {
  const result = await runExecution({ definition: machine({ custom: "single" }), handlers: { Invoke: () => ({ ok: true }) } });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Runtime");
  assert.equal(
    result.cause,
    `An error occurred while executing the state 'Invoke' (entered at the event id #2). The Parameters '{"ApiEndpoint":"example.execute-api.us-east-1.amazonaws.com","Method":"GET","Headers":{"custom":"single"}}' could not be used to start the Task: [The value of the field 'Headers' has an invalid format]`,
  );
  assert.deepEqual(result.history.map((e) => e.type), ["ExecutionStarted", "TaskStateEntered", "ExecutionFailed"]);
});

test("well-formed Headers reach the service", async () => {
  const result = await runExecution({ definition: machine({ custom: ["a"] }), handlers: { Invoke: (input) => ({ sent: input }) } });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual((result.output as JsonObject)["sent"], { ApiEndpoint: "example.execute-api.us-east-1.amazonaws.com", Method: "GET", Headers: { custom: ["a"] } });
});
