import { test } from "node:test";
import assert from "node:assert/strict";
import { integrationOperation } from "./integration-operation.ts";

test("AWS SDK integrations: service as written, action capitalised", () => {
  assert.deepEqual(integrationOperation("arn:aws:states:::aws-sdk:s3:getObject"), { service: "s3", operation: "GetObject", jsonMembers: [] });
  assert.deepEqual(integrationOperation("arn:aws:states:::aws-sdk:sfn:startExecution"), { service: "sfn", operation: "StartExecution", jsonMembers: [] });
  assert.deepEqual(integrationOperation("arn:aws:states:::aws-sdk:cloudwatchlogs:describeLogGroups"), {
    service: "cloudwatchlogs",
    operation: "DescribeLogGroups",
    jsonMembers: [],
  });
});

test("optimized integrations: the API they call; lambda:invoke's Payload is JSON", () => {
  assert.deepEqual(integrationOperation("arn:aws:states:::states:startExecution"), { service: "sfn", operation: "StartExecution", jsonMembers: [] });
  assert.deepEqual(integrationOperation("arn:aws:states:::events:putEvents"), { service: "eventbridge", operation: "PutEvents", jsonMembers: [] });
  assert.deepEqual(integrationOperation("arn:aws:states:::dynamodb:putItem"), { service: "dynamodb", operation: "PutItem", jsonMembers: [] });
  assert.deepEqual(integrationOperation("arn:aws:states:::sqs:sendMessage"), { service: "sqs", operation: "SendMessage", jsonMembers: [] });
  assert.deepEqual(integrationOperation("arn:aws:states:::sns:publish"), { service: "sns", operation: "Publish", jsonMembers: [] });
  assert.deepEqual(integrationOperation("arn:aws:states:::lambda:invoke"), { service: "lambda", operation: "Invoke", jsonMembers: ["Payload"] });
});

test("results that are no operation's output as the service returns it: none", () => {
  for (const resource of [
    "arn:aws:states:::states:startExecution.sync",
    "arn:aws:states:::states:startExecution.sync:2",
    "arn:aws:states:::lambda:invoke.waitForTaskToken",
    "arn:aws:states:::aws-sdk:s3:getObject.waitForTaskToken",
    "arn:aws:states:::ecs:runTask",
    "arn:aws:states:::apigateway:invoke",
    "arn:aws:states:::http:invoke",
    "arn:aws:states:::bedrock:invokeModel",
    "arn:aws:states:::dynamodb:query",
    "arn:aws:states:::constructor:x",
    "arn:aws:states:::aws-sdk::getThing",
    "arn:aws:lambda:us-east-1:123456789012:function:f",
    "arn:aws:states:us-east-1:123456789012:activity:a",
  ]) {
    assert.equal(integrationOperation(resource), undefined, resource);
  }
});
