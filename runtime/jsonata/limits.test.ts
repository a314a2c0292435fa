import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluateJsonataExpression } from "./evaluate.ts";
import { DEFAULT_JSONATA_LIMITS } from "./environment.ts";
import { makeEnv, queryError } from "./test-support.ts";

const fast = { timeoutMs: 150, maxDepth: 500 };

test("endless tail recursion (a loop in JSONata) stops at the time limit", async () => {
  const started = Date.now();
  const error = await queryError(() => evaluateJsonataExpression("($f := function($n){$f($n+1)}; $f(0))", makeEnv({ limits: fast }), "Output"));
  assert.match(error.causeText ?? "", /threw an error during evaluation\. D1012: Evaluation timeout after 150 milliseconds/);
  assert.ok(Date.now() - started < 2000);
});

test("deep non-tail recursion stops at the depth limit", async () => {
  const error = await queryError(() => evaluateJsonataExpression("($f := function($n){1 + $f($n+1)}; $f(0))", makeEnv({ limits: fast }), "Output"));
  assert.match(error.causeText ?? "", /threw an error during evaluation\. D1011: Stack overflow/);
  assert.equal(error.location, "Output");
});

test("bounded recursion within the limits still works", async () => {
  const factorial = "($f := function($n){$n <= 1 ? 1 : $n * $f($n - 1)}; $f(20))";
  assert.equal(await evaluateJsonataExpression(factorial, makeEnv(), "Output"), 2432902008176640000);
});

test("huge ranges are refused before allocating", async () => {
  const error = await queryError(() => evaluateJsonataExpression("[1..100000000]", makeEnv({ limits: fast }), "Output"));
  assert.match(error.causeText ?? "", /D2014: The size of the sequence allocated by the range operator \(\.\.\) must not exceed 1e7/);
});

test("long mapping over a large range stops at the time limit", async () => {
  const started = Date.now();
  const error = await queryError(() => evaluateJsonataExpression("$sum([1..10000000].($ * 2))", makeEnv({ limits: fast }), "Output"));
  assert.match(error.causeText ?? "", /D1012/);
  assert.ok(Date.now() - started < 3000);
});

test("default limits are finite", () => {
  assert.ok(DEFAULT_JSONATA_LIMITS.timeoutMs > 0 && Number.isFinite(DEFAULT_JSONATA_LIMITS.timeoutMs));
  assert.ok(DEFAULT_JSONATA_LIMITS.maxDepth > 0 && Number.isFinite(DEFAULT_JSONATA_LIMITS.maxDepth));
});
