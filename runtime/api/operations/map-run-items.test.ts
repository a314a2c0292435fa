import { test } from "node:test";
import assert from "node:assert/strict";
import { parseMockConfig } from "../../integrations/mock-config.ts";
import { inProcessClient } from "../in-process-client.ts";

/**
 * A Distributed Map whose ItemReader is answered by a mock configuration (through the API's
 * `<machine ARN>#<test case>`) and whose items are batched: DescribeMapRun counts items and child
 * executions apart, and ListExecutions gives each child's item count.
 */
const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";

const definition = JSON.stringify({
  StartAt: "Fan",
  States: {
    Fan: {
      Type: "Map",
      MaxConcurrency: 2,
      ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSONL" }, Parameters: { Bucket: "in", Key: "items.jsonl" } },
      ItemBatcher: { MaxItemsPerBatch: 2 },
      ItemProcessor: {
        ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
        StartAt: "Check",
        States: {
          // The batch starting with 5 fails.
          Check: { Type: "Choice", Choices: [{ Variable: "$.Items[0]", NumericEquals: 5, Next: "Boom" }], Default: "Fine" },
          Boom: { Type: "Fail", Error: "Bad", Cause: "five" },
          Fine: { Type: "Pass", End: true },
        },
      },
      ToleratedFailureCount: 1,
      End: true,
    },
  },
});

const mockConfig = parseMockConfig({
  StateMachines: { batches: { TestCases: { Items: { Fan: "ItemsFile" } } } },
  MockedResponses: { ItemsFile: { "0": { Return: { Body: "1\n2\n3\n4\n5\n" } } } },
});

const client = () => inProcessClient({ timeScale: 0.001, mockConfig });

const counts = (over: Record<string, number>) => ({
  pending: 0,
  running: 0,
  succeeded: 0,
  failed: 0,
  timedOut: 0,
  aborted: 0,
  total: 0,
  resultsWritten: 0,
  failuresNotRedrivable: 0,
  pendingRedrive: 0,
  ...over,
});

test("DescribeMapRun counts items and child executions of a batched, mocked ItemReader run", async () => {
  const call = client();
  const machine = await call("CreateStateMachine", { name: "batches", definition, roleArn });
  assert.equal(machine.status, 200, JSON.stringify(machine.body));
  const started = await call("StartExecution", { stateMachineArn: `${machine.body["stateMachineArn"]}#Items` });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  const executionArn = started.body["executionArn"] as string;
  let described = await call("DescribeExecution", { executionArn });
  for (let i = 0; i < 400 && described.body["status"] === "RUNNING"; i++) {
    await new Promise((r) => setTimeout(r, 5));
    described = await call("DescribeExecution", { executionArn });
  }
  // Batches [1,2] [3,4] [5]: the last fails, one item, within ToleratedFailureCount 1.
  assert.equal(described.body["status"], "SUCCEEDED", JSON.stringify(described.body));
  assert.deepEqual(JSON.parse(described.body["output"]), [{ Items: [1, 2] }, { Items: [3, 4] }, null]);

  const listed = await call("ListMapRuns", { executionArn });
  const mapRunArn = listed.body["mapRuns"][0].mapRunArn as string;
  const mapRun = await call("DescribeMapRun", { mapRunArn });
  assert.equal(mapRun.status, 200);
  assert.equal(mapRun.body["status"], "SUCCEEDED");
  assert.equal(mapRun.body["maxConcurrency"], 2);
  assert.equal(mapRun.body["toleratedFailureCount"], 1);
  assert.deepEqual(mapRun.body["itemCounts"], counts({ succeeded: 4, failed: 1, total: 5, resultsWritten: 4 }));
  assert.deepEqual(mapRun.body["executionCounts"], counts({ succeeded: 2, failed: 1, total: 3, resultsWritten: 2 }));

  const children = await call("ListExecutions", { mapRunArn });
  assert.equal(children.status, 200);
  const itemCounts = (children.body["executions"] as Array<{ status: string; itemCount: number }>).map((c) => [c.status, c.itemCount]).sort();
  assert.deepEqual(itemCounts, [
    ["FAILED", 1],
    ["SUCCEEDED", 2],
    ["SUCCEEDED", 2],
  ]);
});
