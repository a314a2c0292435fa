import { test } from "node:test";
import assert from "node:assert/strict";
import { fetchTransport } from "../../../conformance/api/transport.ts";
import { createService } from "../service.ts";

const definition = (result: number) => JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", Result: result, End: true } } });
const roleArn = "arn:aws:iam::123456789012:role/r";

async function api() {
  const { app } = createService({ timeScale: 0.001 });
  const transport = fetchTransport(app.fetch, { accessKeyId: "123456789012", region: "us-east-1" });
  return async (operation: string, request: Record<string, unknown>) => (await transport.send(operation, request)).body as Record<string, any>;
}

test("ListExecutions by version or alias lists the executions started through it; newest first", async () => {
  const call = await api();
  const machine = (await call("CreateStateMachine", { name: "m", definition: definition(1), roleArn, publish: true }))["stateMachineArn"] as string;
  await call("UpdateStateMachine", { stateMachineArn: machine, definition: definition(2), publish: true });
  const alias = (await call("CreateStateMachineAlias", { name: "live", routingConfiguration: [{ stateMachineVersionArn: `${machine}:2`, weight: 100 }] }))["stateMachineAliasArn"];
  const started: string[] = [];
  for (const target of [machine, `${machine}:1`, `${machine}:1`, alias, machine]) {
    started.push((await call("StartExecution", { stateMachineArn: target }))["executionArn"] as string);
  }
  const names = async (arn: string) => ((await call("ListExecutions", { stateMachineArn: arn }))["executions"] as Array<{ executionArn: string }>).map((e) => e.executionArn);
  assert.deepEqual(await names(machine), [...started].reverse(), "all of the machine's executions, newest first (also within one millisecond)");
  assert.deepEqual(await names(`${machine}:1`), [started[2], started[1]]);
  assert.deepEqual(await names(`${machine}:2`), [started[3]], "an alias routes to a version: listed under both");
  assert.deepEqual(await names(alias), [started[3]]);
  assert.deepEqual(await call("ListExecutions", { stateMachineArn: `${machine}:7` }), {
    __type: "StateMachineDoesNotExist",
    message: `State Machine Does Not Exist: '${machine}:7'`,
  });
});

test("DescribeStateMachineForExecution answers with the revision the execution ran", async () => {
  const call = await api();
  const machine = (await call("CreateStateMachine", { name: "m", definition: definition(1), roleArn }))["stateMachineArn"] as string;
  const first = (await call("StartExecution", { stateMachineArn: machine }))["executionArn"];
  const updated = await call("UpdateStateMachine", { stateMachineArn: machine, definition: definition(2) });
  const second = (await call("StartExecution", { stateMachineArn: machine }))["executionArn"];
  const before = await call("DescribeStateMachineForExecution", { executionArn: first });
  assert.equal(before["definition"], definition(1));
  assert.equal(before["revisionId"], undefined, "a never-updated machine has no revision id");
  const after = await call("DescribeStateMachineForExecution", { executionArn: second });
  assert.equal(after["definition"], definition(2));
  assert.equal(after["revisionId"], updated["revisionId"]);
  assert.equal(after["stateMachineArn"], machine);
});

test("an empty execution input is rejected before parsing (recorded wording)", async () => {
  const call = await api();
  const machine = (await call("CreateStateMachine", { name: "m", definition: definition(1), roleArn }))["stateMachineArn"];
  assert.deepEqual(await call("StartExecution", { stateMachineArn: machine, input: "" }), {
    __type: "InvalidExecutionInput",
    message: "Invalid State Machine Execution Input: 'Invalid execution input.'",
  });
});
