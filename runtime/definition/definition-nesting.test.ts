import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_JSON_NESTING_DEPTH } from "../core/json-nesting.ts";
import { MAX_JSONATA_NESTING_DEPTH } from "../jsonata/compile.ts";
import { parseDefinition } from "./parse-definition.ts";

/**
 * Definitions nested thousands of levels deep are refused with a located InvalidDefinition problem,
 * never a stack overflow; definitions just within the bounds parse (fuzz finding, issue 9).
 */
const arrays = (depth: number, leaf: string) => "[".repeat(depth) + leaf + "]".repeat(depth);
const pass = (field: string, queryLanguage = "JSONPath") => `{"QueryLanguage":"${queryLanguage}","StartAt":"A","States":{"A":{"Type":"Pass",${field},"End":true}}}`;
const choice = (rule: string) => `{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[${rule.slice(0, -1)},"Next":"E"}],"Default":"E"},"E":{"Type":"Succeed"}}}`;
const nots = (depth: number) => '{"Not":'.repeat(depth) + '{"Variable":"$.x","IsPresent":true}' + "}".repeat(depth);

const tooDeep: Record<string, string> = {
  "a literal array in Parameters": pass(`"Parameters":{"x":${arrays(20_000, "1")}}`),
  "a dynamic field deep in Parameters": pass(`"Parameters":{"x":${arrays(20_000, '{"y.$":"$"}')}}`),
  "objects in Assign": pass(`"Assign":${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}`),
  "a JSONata Output template": pass(`"Output":${arrays(20_000, '"{% 1 %}"')}`, "JSONata"),
  "Not rules in a Choice": choice(nots(20_000)),
  "text that is not even valid JSON": arrays(20_000, "1") + "x",
};

for (const [what, definition] of Object.entries(tooDeep)) {
  test(`nested too deeply: ${what}`, () => {
    const result = parseDefinition(definition);
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.equal(result.problems.length, 1);
    const [problem] = result.problems;
    assert.equal(problem!.code, "INVALID_JSON_DESCRIPTION");
    assert.match(problem!.message, /^Document nesting depth \(1001\) exceeds the maximum allowed \(1000\)\n at \[Source: /);
    assert.match(problem!.location ?? "", /; line: 1, column: \d+\]$/);
  });
}

test("a definition given as a value is located by path", () => {
  const deep = JSON.parse(arrays(2000, "1"));
  const result = parseDefinition({ StartAt: "A", States: { A: { Type: "Pass", Result: { x: deep }, End: true } } });
  assert.ok(!result.ok);
  assert.equal(result.problems[0]!.code, "INVALID_JSON_DESCRIPTION");
  assert.equal(result.problems[0]!.message, "Document nesting depth (1001) exceeds the maximum allowed (1000)");
  assert.equal(result.problems[0]!.location, `/States/A/Result/x${"[0]".repeat(MAX_JSON_NESTING_DEPTH - 4)}`);
});

test("definitions just within the bound parse", () => {
  const depth = MAX_JSON_NESTING_DEPTH - 6;
  assert.equal(parseDefinition(pass(`"Parameters":{"x":${arrays(depth - 1, '{"y.$":"$"}')}}`)).ok, true);
  assert.equal(parseDefinition(pass(`"Output":${arrays(depth, '"{% 1 %}"')}`, "JSONata")).ok, true);
  assert.equal(parseDefinition(choice(nots(MAX_JSON_NESTING_DEPTH - 6))).ok, true);
});

test("a JSONata expression nested too deeply is a located schema problem", () => {
  for (const expression of [arrays(20_000, "1"), arrays(MAX_JSONATA_NESTING_DEPTH + 1, "1"), Array(20_000).fill("1").join("+"), "(".repeat(20_000) + "1" + ")".repeat(20_000)]) {
    const result = parseDefinition(pass(`"Output":"{% ${expression} %}"`, "JSONata"));
    assert.ok(!result.ok);
    assert.equal(result.problems[0]!.location, "/States/A/Output");
    assert.match(result.problems[0]!.message, new RegExp(`is invalid: the expression is nested more than ${MAX_JSONATA_NESTING_DEPTH} levels deep$`));
  }
  assert.equal(parseDefinition(pass(`"Output":"{% ${arrays(MAX_JSONATA_NESTING_DEPTH - 1, "1")} %}"`, "JSONata")).ok, true);
  const condition = `{"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Condition":"{% ${arrays(20_000, "true")}[0] %}","Next":"E"}],"Default":"E"},"E":{"Type":"Succeed"}}}`;
  const result = parseDefinition(condition);
  assert.ok(!result.ok);
  assert.equal(result.problems[0]!.location, "/States/C/Choices[0]/Condition");
});
