import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDefinition } from "./parse-definition.ts";

function messages(definition: unknown): string[] {
  const result = parseDefinition(definition as never);
  return result.ok ? [] : result.problems.map((p) => `${p.message} at ${p.location}`);
}

const pass = (extra: Record<string, unknown>) => ({ Type: "Pass", End: true, ...extra });

test("`states` is a reserved variable name; names must be identifiers", () => {
  assert.deepEqual(messages({ StartAt: "A", States: { A: pass({ Assign: { states: 1 } }) } }), ["The variable name 'states' is reserved at /States/A/Assign"]);
  assert.deepEqual(messages({ StartAt: "A", States: { A: pass({ Assign: { "1x": 1 } }) } }), ["'1x' is not a valid variable name at /States/A/Assign"]);
  assert.deepEqual(messages({ StartAt: "A", States: { A: pass({ Assign: { "ok_name.$": "$.x", ünïcode: 1 } }) } }), []);
});

test("a reference to a variable no state ever assigns is rejected where it is read", () => {
  assert.deepEqual(messages({ StartAt: "A", States: { A: pass({ Parameters: { "x.$": "$nowhere.field" } }) } }), [
    "The variable '$nowhere' is referenced but never assigned at /States/A/Parameters",
  ]);
  const assignedLater = { StartAt: "A", States: { A: { Type: "Pass", Assign: { x: 1 }, Next: "B" }, B: pass({ InputPath: "$x" }) } };
  assert.deepEqual(messages(assignedLater), []);
});

test("inner scopes read outer variables but cannot assign them (spec: Variable Scope)", () => {
  const inner = (assign: Record<string, unknown>) => ({
    StartAt: "Outer",
    States: {
      Outer: { Type: "Pass", Assign: { x: 42 }, Next: "M" },
      M: { Type: "Map", ItemProcessor: { StartAt: "In", States: { In: pass({ Assign: assign }) } }, End: true },
    },
  });
  assert.deepEqual(messages(inner({ "innerX.$": "$x" })), []);
  assert.deepEqual(messages(inner({ x: 1 })), [
    "The variable 'x' belongs to an enclosing scope: a Parallel branch or Map iteration can read it but not assign it at /States/M/ItemProcessor/States/In/Assign",
  ]);
});

test("a branch may assign a name the enclosing state assigns only in its Catcher (recorded: PARALLEL_CATCH_ERROR_VARIABLE_SAMPLING)", () => {
  const definition = {
    StartAt: "P",
    States: {
      P: {
        Type: "Parallel",
        Branches: [{ StartAt: "In", States: { In: pass({ Assign: { inputVar: 1 } }) } }],
        Catch: [{ ErrorEquals: ["States.ALL"], Assign: { inputVar: 2 }, Next: "F" }],
        Next: "F",
      },
      F: pass({}),
    },
  };
  assert.deepEqual(messages(definition), []);
});

test("sibling branches cannot see each other's variables", () => {
  const problems = messages({
    StartAt: "P",
    States: {
      P: {
        Type: "Parallel",
        Branches: [
          { StartAt: "A", States: { A: pass({ Assign: { mine: 1 } }) } },
          { StartAt: "B", States: { B: pass({ Parameters: { "v.$": "$mine" } }) } },
        ],
        End: true,
      },
    },
  });
  assert.deepEqual(problems, ["The variable '$mine' is referenced but never assigned at /States/P/Branches[1]/States/B/Parameters"]);
});
