import { test } from "node:test";
import assert from "node:assert/strict";
import { checkJsonataSyntax, compileJsonata } from "./compile.ts";
import { DEFAULT_JSONATA_LIMITS } from "./environment.ts";

test("checkJsonataSyntax accepts the recorded expressions", () => {
  for (const expression of [
    " $states.input ",
    ' $contains("hello$world", /^hello\\$/) ',
    " $exists($status) ? 'completed' : 'running' ",
    " {'foo': 'bar'} ",
    " $fn := function($x){$x} ",
    " ($product := function($x, $y) {$x * $y}; $reduce([1..5], $product)) ",
  ]) {
    assert.equal(checkJsonataSyntax(expression), undefined, expression);
  }
});

test("checkJsonataSyntax reports jsonata's code and message", () => {
  const cases: [string, string][] = [
    ["1 +", "S0207: Unexpected end of expression"],
    ["", "S0207: Unexpected end of expression"],
    ["$a[ ", 'S0203: Expected "]" before end of expression'],
    ["{'a' 1}", 'S0202: Expected ":", got 1'],
  ];
  for (const [expression, message] of cases) assert.equal(checkJsonataSyntax(expression), message, expression);
});

test("compiled expressions are cached by text", () => {
  const a = compileJsonata("$x + 1", DEFAULT_JSONATA_LIMITS);
  assert.equal(compileJsonata("$x + 1", DEFAULT_JSONATA_LIMITS), a);
  assert.notEqual(compileJsonata("$x + 2", DEFAULT_JSONATA_LIMITS), a);
  assert.notEqual(compileJsonata("$x + 1", { ...DEFAULT_JSONATA_LIMITS, timeoutMs: 1 }), a);
});
