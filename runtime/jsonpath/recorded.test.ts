/**
 * Facts recorded from real AWS (see recorded-paths.fixture.ts for how they were extracted):
 * every expectation here comes from a recording.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { jsonEquals } from "../core/json.ts";
import {
  applyResultPath,
  evaluatePath,
  invalidPathCause,
  isValidPath,
  isValidReferencePath,
  JsonPathError,
  tryEvaluatePath,
} from "./index.ts";
import {
  ACCEPTED_PATHS,
  ACCEPTED_REFERENCE_PATHS,
  INVALID_PATH_FACTS,
  NOT_FOUND_FACTS,
  PARAMETER_PATH_FACTS,
  RESULT_PATH_FACTS,
} from "./recorded-paths.fixture.ts";

test("recorded Parameters paths select what AWS selected", () => {
  assert.ok(PARAMETER_PATH_FACTS.length >= 10);
  for (const fact of PARAMETER_PATH_FACTS) {
    const actual = evaluatePath(fact.input, fact.path);
    assert.ok(jsonEquals(actual, fact.expected), `${fact.id}: ${fact.path} gave ${JSON.stringify(actual)}`);
  }
});

test("recorded: indefinite paths over a missing array give [] (no error)", () => {
  const empties = PARAMETER_PATH_FACTS.filter((f) => Array.isArray(f.expected) && f.expected.length === 0);
  assert.ok(empties.length >= 7, "the wildcard/slice-with-no-input cases are in the fixture");
  for (const fact of empties) assert.deepEqual(tryEvaluatePath(fact.input, fact.path), { found: true, value: [] });
});

test("recorded: bracket property names are used verbatim (no unescaping)", () => {
  const fact = PARAMETER_PATH_FACTS.find((f) => f.id.includes("ESCAPE_SEQUENCES_JSONPATH"));
  assert.ok(fact);
  assert.equal(fact.path, `$['Test\\""Name"']`);
  assert.equal(evaluatePath(fact.input, fact.path), fact.expected);
});

test("recorded Invalid path messages are Jayway's, exactly", () => {
  assert.equal(INVALID_PATH_FACTS.length, 3);
  for (const fact of INVALID_PATH_FACTS) {
    const result = tryEvaluatePath(fact.input, fact.path);
    assert.equal(result.found, false, fact.id);
    if (!result.found) {
      assert.equal(result.error.message, fact.message, fact.id);
      assert.ok(result.error instanceof JsonPathError);
    }
  }
});

test("recorded: a missing leaf is NoResults, a missing parent is MissingProperty", () => {
  const leaf = INVALID_PATH_FACTS.find((f) => f.path === "$.NoSuchTimeoutSecondsPath")!;
  const parent = INVALID_PATH_FACTS.find((f) => f.path === "$.no.such.result.path")!;
  assert.throws(() => evaluatePath(leaf.input, leaf.path), (e: unknown) => e instanceof JsonPathError && e.kind === "NoResults");
  assert.throws(() => evaluatePath(parent.input, parent.path), (e: unknown) => e instanceof JsonPathError && e.kind === "MissingProperty");
});

test("recorded cause text: Invalid path '<path>' : <message>", () => {
  const fact = INVALID_PATH_FACTS.find((f) => f.path === "$.no.such.result.path")!;
  const result = tryEvaluatePath(fact.input, fact.path);
  assert.ok(!result.found);
  assert.equal(invalidPathCause(fact.path, result.error), "Invalid path '$.no.such.result.path' : Missing property in path $['no']");
});

test("recorded 'could not be found' paths are not found", () => {
  assert.equal(NOT_FOUND_FACTS.length, 2);
  for (const fact of NOT_FOUND_FACTS) assert.equal(tryEvaluatePath(fact.input, fact.path).found, false, fact.id);
});

test("recorded ResultPath outputs (Pass Result and Task results)", () => {
  assert.ok(RESULT_PATH_FACTS.length >= 20);
  for (const fact of RESULT_PATH_FACTS) {
    const actual = applyResultPath(fact.input, fact.resultPath, fact.result);
    assert.ok(jsonEquals(actual, fact.expected), `${fact.id}: ${fact.resultPath} gave ${JSON.stringify(actual)}`);
  }
});

test("every path in a recorded accepted definition is valid", () => {
  assert.ok(ACCEPTED_PATHS.length > 100);
  for (const path of ACCEPTED_PATHS) assert.ok(isValidPath(path), path);
  for (const path of ACCEPTED_REFERENCE_PATHS) assert.ok(isValidReferencePath(path), path);
});
