import { test } from "node:test";
import assert from "node:assert/strict";
import { validateStateMachineDefinition } from "./validate.ts";
import { describeJsonSyntaxError } from "../core/json-syntax-error.ts";

const ok = JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });

test("recorded: INVALID_JSON_DESCRIPTION carries Jackson's message and source location", () => {
  const out = validateStateMachineDefinition({ definition: "not a definition" });
  assert.equal(out.result, "FAIL");
  assert.deepEqual(out.diagnostics, [
    {
      severity: "ERROR",
      code: "INVALID_JSON_DESCRIPTION",
      message:
        "Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: (String)\"not a definition\"; line: 1, column: 4]",
      location: "[Source: (String)\"not a definition\"; line: 1, column: 4]",
    },
  ]);
});

test("recorded: a single-quoted field name is Jackson's 'was expecting double-quote' error", () => {
  const problem = describeJsonSyntaxError("{'a': 1}");
  assert.ok(problem);
  assert.match(problem.message, /^Unexpected character \(''' \(code 39\)\): was expecting double-quote to start field name\n at \[Source: \(String\)"\{'a': 1\}"; line: 1, column: 2\]$/);
  assert.equal(describeJsonSyntaxError('{"a": 1}'), undefined);
});

test("warnings alone do not fail; severity WARNING returns them, ERROR (default) does not", () => {
  const definition = JSON.stringify({
    StartAt: "P",
    States: {
      P: { Type: "Pass", Parameters: { id: "$.id" }, Result: { "x.$": "$.y" }, Next: "F" },
      F: { Type: "Fail", Cause: "$.cause" },
    },
  });
  const byDefault = validateStateMachineDefinition({ definition });
  assert.deepEqual(byDefault, { result: "OK", diagnostics: [], truncated: false });
  const withWarnings = validateStateMachineDefinition({ definition, severity: "WARNING" });
  assert.equal(withWarnings.result, "OK");
  assert.deepEqual(withWarnings.diagnostics.map((d) => [d.severity, d.code, d.location]), [
    ["WARNING", "NO_DOLLAR", "/States/P/Parameters"],
    ["WARNING", "PASS_RESULT_IS_STATIC", "/States/P/Result"],
    ["WARNING", "NO_PATH", "/States/F/Cause"],
  ]);
});

test("maxResults truncates and says so; 0 means the default of 100", () => {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < 5; i++) states[`S${i}`] = { Type: "Pass", Bogus: i, End: true };
  const definition = JSON.stringify({ StartAt: "S0", States: states });
  const two = validateStateMachineDefinition({ definition, maxResults: 2 });
  assert.equal(two.result, "FAIL");
  assert.equal(two.diagnostics.length, 2);
  assert.equal(two.truncated, true);
  const all = validateStateMachineDefinition({ definition, maxResults: 0 });
  assert.equal(all.truncated, false);
  assert.ok(all.diagnostics.length >= 5);
});

test("recorded: EXPRESS rejects activities, .sync and .waitForTaskToken; STANDARD accepts them", () => {
  const withResource = (Resource: string) => JSON.stringify({ StartAt: "T", States: { T: { Type: "Task", Resource, End: true } } });
  for (const resource of [
    "arn:aws:states:us-east-1:123456789012:activity:a",
    "arn:aws:states:::states:startExecution.sync",
    "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
  ]) {
    assert.equal(validateStateMachineDefinition({ definition: withResource(resource), type: "EXPRESS" }).result, "FAIL", resource);
    assert.equal(validateStateMachineDefinition({ definition: withResource(resource) }).result, "OK", resource);
  }
  assert.equal(validateStateMachineDefinition({ definition: ok, type: "EXPRESS" }).result, "OK");
});

test("JSONPath-only fields are rejected in JSONata states, and JSONata fields in JSONPath states", () => {
  const jsonata = validateStateMachineDefinition({
    definition: JSON.stringify({ QueryLanguage: "JSONata", StartAt: "A", States: { A: { Type: "Pass", InputPath: "$.x", End: true } } }),
  });
  assert.deepEqual(jsonata.diagnostics.map((d) => [d.code, d.location]), [["SCHEMA_VALIDATION_FAILED", "/States/A/InputPath"]]);
  assert.match(jsonata.diagnostics[0]!.message, /InputPath.*JSONata/);
  const jsonpath = validateStateMachineDefinition({
    definition: JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", Output: "{% 1 %}", End: true } } }),
  });
  assert.deepEqual(jsonpath.diagnostics.map((d) => [d.code, d.location]), [["SCHEMA_VALIDATION_FAILED", "/States/A/Output"]]);
});

test("a JSONata expression that does not compile is rejected where it is written", () => {
  const out = validateStateMachineDefinition({
    definition: JSON.stringify({ QueryLanguage: "JSONata", StartAt: "A", States: { A: { Type: "Pass", Output: { x: "{% 1 + %}" }, End: true } } }),
  });
  assert.equal(out.result, "FAIL");
  assert.equal(out.diagnostics[0]!.location, "/States/A/Output");
});
