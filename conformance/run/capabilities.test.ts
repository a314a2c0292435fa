import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExecutionCase } from "../compare/execution-case.ts";
import type { ApiCase } from "../api/api-case.ts";
import { apiCaseCapabilities, CAPABILITIES, definitionCapabilities, executionCaseCapabilities, isCapability, validationCaseCapabilities } from "./capabilities.ts";

const executionCase = (overrides: Partial<ExecutionCase>): ExecutionCase => ({
  id: "x",
  provenance: { kind: "spec", section: "s" },
  level: "core",
  features: ["state:Pass"],
  needs: [],
  queryLanguage: "JSONPath",
  stateMachineType: "STANDARD",
  definition: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
  input: {},
  expected: { status: "SUCCEEDED" },
  ...overrides,
});

test("the closed list: cases/features.json capability names and every api.<Operation>", () => {
  for (const name of ["jsonata", "variables", "map.distributed", "activities", "redrive", "express.sync", "express.async", "api.versions", "api.aliases", "api.tags", "api.TestState", "api.ValidateStateMachineDefinition"]) {
    assert.ok(isCapability(name), name);
  }
  assert.equal(isCapability("state:Pass"), false);
  assert.equal(isCapability("api.NoSuchOperation"), false);
  assert.equal(new Set(CAPABILITIES).size, CAPABILITIES.length, "no duplicates");
});

test("a plain execution case needs the calls the runner makes", () => {
  assert.deepEqual(executionCaseCapabilities(executionCase({})), ["api.CreateStateMachine", "api.DeleteStateMachine", "api.DescribeExecution", "api.StartExecution"]);
  const withHistory = executionCaseCapabilities(executionCase({ history: [{ type: "ExecutionStarted" }] }));
  assert.ok(withHistory.includes("api.GetExecutionHistory"));
});

test("execution cases: query language, variables, activities, Distributed Map, start modes, versions", () => {
  const jsonata = executionCaseCapabilities(executionCase({ queryLanguage: "JSONata", definition: { QueryLanguage: "JSONata", StartAt: "P", States: { P: { Type: "Pass", Assign: { a: 1 }, End: true } } } }));
  assert.ok(jsonata.includes("jsonata") && jsonata.includes("variables"));
  assert.ok(executionCaseCapabilities(executionCase({ queryLanguage: "mixed" })).includes("jsonata"), "mixed needs JSONata");
  const activity = executionCaseCapabilities(executionCase({ definition: { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:us-east-1:123456789012:activity:W", End: true } } } }));
  for (const c of ["activities", "api.CreateActivity", "api.GetActivityTask", "api.SendTaskSuccess", "api.SendTaskFailure", "api.DeleteActivity"]) assert.ok(activity.includes(c), c);
  const distributed = executionCaseCapabilities(executionCase({ definition: { StartAt: "M", States: { M: { Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED" }, StartAt: "P", States: { P: { Type: "Pass", End: true } } }, End: true } } } }));
  assert.ok(distributed.includes("map.distributed"));
  const sync = executionCaseCapabilities(executionCase({ stateMachineType: "EXPRESS", startMode: "express-sync" }));
  assert.ok(sync.includes("express") && sync.includes("express.sync") && sync.includes("api.StartSyncExecution"));
  assert.ok(!sync.includes("api.DescribeExecution") && !sync.includes("express.async"), "a synchronous start needs no DescribeExecution");
  assert.ok(executionCaseCapabilities(executionCase({ stateMachineType: "EXPRESS", startMode: "express-async" })).includes("express.async"));
  const versions = executionCaseCapabilities(executionCase({ features: ["versions-aliases"] }));
  assert.ok(versions.includes("api.versions") && versions.includes("api.aliases"));
});

test("API cases: every call's operation and what its request asks for", () => {
  const apiCase: ApiCase = {
    id: "a",
    provenance: { kind: "spec", section: "s" },
    area: "api",
    needs: [],
    steps: [
      { ref: "CreateStateMachine#0", operation: "CreateStateMachine", request: { name: "n", definition: '{"StartAt":"A","States":{"A":{"Type":"Pass","QueryLanguage":"JSONata","End":true}}}', publish: true, tags: [{ key: "k", value: "v" }], type: "EXPRESS" } },
    ],
    operation: "CreateStateMachineAlias",
    request: { name: "al" },
    expected: { response: {} },
  };
  const capabilities = apiCaseCapabilities(apiCase);
  for (const c of ["api.CreateStateMachine", "api.CreateStateMachineAlias", "api.aliases", "api.versions", "api.tags", "express", "jsonata"]) assert.ok(capabilities.includes(c), c);
  assert.ok(apiCaseCapabilities({ ...apiCase, steps: [], operation: "TestState", request: { definition: '{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","End":true}' } }).includes("callbacks"));
  assert.ok(apiCaseCapabilities({ ...apiCase, steps: [], operation: "DescribeMapRun", request: {} }).includes("map.distributed"));
  assert.ok(apiCaseCapabilities({ ...apiCase, steps: [], operation: "GetActivityTask", request: {} }).includes("activities"));
});

test("validation cases and definitions given as text (even when not JSON)", () => {
  assert.deepEqual(validationCaseCapabilities({ id: "v", provenance: { kind: "spec", section: "s" }, operation: "ValidateStateMachineDefinition", request: { definition: '{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"x":1},"End":true}}}' }, expected: {} }), [
    "api.ValidateStateMachineDefinition",
    "variables",
  ]);
  assert.deepEqual([...definitionCapabilities('{"QueryLanguage": "JSONata", "StartAt": ${sym:x}')], ["jsonata"], "unparseable text is searched");
  assert.deepEqual([...definitionCapabilities({ StartAt: "A", States: { A: { Type: "Map", ItemReader: {}, End: true } } })], ["map.distributed"]);
});

test("an activity case whose worker heartbeats needs SendTaskHeartbeat", () => {
  const definition = { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:us-east-1:123456789012:activity:W", HeartbeatSeconds: 10, End: true } } };
  assert.ok(!executionCaseCapabilities(executionCase({ definition, taskResponses: [{ state: "T", output: 1 }] })).includes("api.SendTaskHeartbeat"));
  assert.ok(executionCaseCapabilities(executionCase({ definition, taskResponses: [{ state: "T", heartbeats: 2, output: 1 }] })).includes("api.SendTaskHeartbeat"));
});
