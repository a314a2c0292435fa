import { test } from "node:test";
import assert from "node:assert/strict";
import type { ApiCase } from "./api-case.ts";
import { runApiCase } from "./run-api-case.ts";
import type { ApiAnswer, Transport } from "./transport.ts";

/** Answers DescribeExecution with RUNNING for the first `runningCalls` calls, then FAILED; records every call. */
function executionEndingAfter(runningCalls: number) {
  const calls: string[] = [];
  let describes = 0;
  const transport: Transport = {
    send(operation) {
      calls.push(operation);
      if (operation === "DescribeExecution") {
        describes++;
        return Promise.resolve<ApiAnswer>({ status: 200, body: { status: describes > runningCalls ? "FAILED" : "RUNNING" } });
      }
      if (operation === "RedriveExecution") return Promise.resolve<ApiAnswer>({ status: 200, body: { redriveDate: 1 } });
      return Promise.resolve<ApiAnswer>({ status: 200, body: { executionArn: "arn:aws:states:us-east-1:123456789012:execution:sm:e" } });
    },
  };
  return { transport, calls };
}

const redriveCase: ApiCase = {
  id: "example::redrive-after-failure",
  provenance: { kind: "spec", section: "RedriveExecution" },
  area: "api",
  needs: [],
  steps: [
    { ref: "StartExecution#0", operation: "StartExecution", request: { stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:sm" } },
    {
      ref: "DescribeExecution#1",
      operation: "DescribeExecution",
      request: { executionArn: "${sym:StartExecution#0.executionArn}" },
      waitUntil: { member: "status", oneOf: ["FAILED", "ABORTED"] },
    },
  ],
  ref: "RedriveExecution#2",
  operation: "RedriveExecution",
  request: { executionArn: "${sym:StartExecution#0.executionArn}" },
  expected: { response: { redriveDate: "datetime" } },
  placeholders: ["datetime"],
};

test("a waitUntil step is re-sent until its member takes a wanted value, then the case goes on", async () => {
  const { transport, calls } = executionEndingAfter(3);
  const result = await runApiCase(redriveCase, transport, { pollAttempts: 10, pollDelayMs: 1 });
  assert.ok(result.passed, result.report);
  assert.deepEqual(calls, ["StartExecution", "DescribeExecution", "DescribeExecution", "DescribeExecution", "DescribeExecution", "RedriveExecution"]);
});

test("a waitUntil step gives up after the polling budget and the case still runs its request", async () => {
  const { transport, calls } = executionEndingAfter(100);
  await runApiCase(redriveCase, transport, { pollAttempts: 4, pollDelayMs: 1 });
  assert.equal(calls.filter((c) => c === "DescribeExecution").length, 4);
  assert.equal(calls.at(-1), "RedriveExecution");
});

test("waitUntil on a write is not repeated", async () => {
  const { transport, calls } = executionEndingAfter(0);
  const writeCase: ApiCase = {
    ...redriveCase,
    steps: [{ ref: "StartExecution#0", operation: "StartExecution", request: {}, waitUntil: { member: "status", oneOf: ["never"] } }],
    ref: "RedriveExecution#1",
  };
  await runApiCase(writeCase, transport, { pollAttempts: 5, pollDelayMs: 1 });
  assert.deepEqual(calls, ["StartExecution", "RedriveExecution"]);
});
