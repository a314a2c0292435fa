import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDefinition } from "./parse-definition.ts";
import { variableReferences } from "./variable-references.ts";

function referencesIn(definition: unknown): Record<string, string[]> {
  const parsed = parseDefinition(JSON.stringify(definition));
  assert.ok(parsed.ok, JSON.stringify(parsed));
  return variableReferences(parsed.definition);
}

test("states list the variables they read once each; assigning alone is no reference", () => {
  const refs = referencesIn({
    StartAt: "Setup",
    States: {
      Setup: { Type: "Pass", Assign: { guess: "g", answer: "a", n: 0 }, Next: "Check" },
      Check: { Type: "Choice", Choices: [{ Variable: "$guess", StringEqualsPath: "$answer", Next: "Done" }], Default: "Wrong" },
      Wrong: { Type: "Pass", Assign: { "guess.$": "$answer" }, Next: "Wait" },
      Wait: { Type: "Wait", SecondsPath: "$n", Next: "Done" },
      Done: { Type: "Pass", InputPath: "$answer", OutputPath: "$answer", Parameters: { "literal": "$guess", "x.$": "States.Format('{}', $guess)" }, End: true },
    },
  });
  assert.deepEqual(refs, { Check: ["guess", "answer"], Wrong: ["answer"], Wait: ["n"], Done: ["answer", "guess"] });
});

test("nested Map states are listed by name, with Distributed Map reader settings", () => {
  const refs = referencesIn({
    StartAt: "Start",
    States: {
      Start: { Type: "Pass", Assign: { q: "?", max: "2", conc: "1" }, Next: "M" },
      M: {
        Type: "Map",
        MaxConcurrencyPath: "$conc",
        ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSON", MaxItemsPath: "$max" }, Parameters: { "Bucket.$": "$.b", "Key.$": "$.k" } },
        ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "Inner", States: { Inner: { Type: "Pass", Parameters: { "q.$": "$q" }, End: true } } },
        End: true,
      },
    },
  });
  assert.deepEqual(Object.keys(refs).sort(), ["Inner", "M"]);
  assert.deepEqual([...refs["M"]!].sort(), ["conc", "max"]);
  assert.deepEqual(refs["Inner"], ["q"]);
});

test("a machine that reads no variable has none", () => {
  assert.deepEqual(referencesIn({ StartAt: "A", States: { A: { Type: "Pass", Assign: { x: 1 }, End: true } } }), {});
});
