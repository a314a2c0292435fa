import { test } from "node:test";
import assert from "node:assert/strict";
import { formatInvalidDefinitionMessage } from "./problems.ts";
import { parseStateDefinition } from "./parse-definition.ts";

test("a definition that is one state parses as that state, named as asked; its Next targets are not checked", () => {
  const parsed = parseStateDefinition(JSON.stringify({ Type: "Pass", Result: 1, Next: "Elsewhere" }), "StateName");
  assert.ok(parsed.ok);
  assert.equal(parsed.state.name, "StateName");
  assert.equal(parsed.state.type, "Pass");
  assert.deepEqual("transition" in parsed.state && parsed.state.transition, { kind: "next", next: "Elsewhere" });
});

test("a state's problems are reported as CreateStateMachine reports them, located relative to the state", () => {
  const parsed = parseStateDefinition(JSON.stringify({ Type: "Sleep", End: true }), "StateName");
  assert.ok(!parsed.ok);
  assert.equal(
    formatInvalidDefinitionMessage(parsed.problems),
    "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map] at /Type'",
  );
  const machine = parseStateDefinition(JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", End: true } } }), "StateName");
  assert.ok(!machine.ok, "a whole machine is not a state");
  const notJson = parseStateDefinition("{", "StateName");
  assert.ok(!notJson.ok);
  assert.equal(notJson.problems[0]!.code, "INVALID_JSON_DESCRIPTION");
});

test("nested graphs of a lone Map or Parallel are parsed and checked like a machine's", () => {
  const map = parseStateDefinition(
    JSON.stringify({ Type: "Map", ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", Next: "Missing" } } }, End: true }),
    "StateName",
  );
  assert.ok(!map.ok);
  assert.deepEqual(
    map.problems.map((p) => [p.code, p.location]),
    [
      ["MISSING_TRANSITION_TARGET", "/ItemProcessor/States/P/Next"],
      ["MISSING_END_STATE", "/ItemProcessor/States"],
    ],
  );
});
