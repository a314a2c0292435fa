import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../core/json.ts";
import { MAX_JSON_NESTING_DEPTH } from "../core/json-nesting.ts";
import type { Timers } from "./ports.ts";
import { runExecution } from "./run-execution.ts";

/**
 * Payloads nested deeper than MAX_JSON_NESTING_DEPTH fail the state that holds them with
 * States.Runtime; runExecution never throws a RangeError (fuzz finding, issue 9).
 */
const noWait: Timers = { sleep: (_ms, signal) => (signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve()) };
const nested = (depth: number): Json => JSON.parse("[".repeat(depth) + "1" + "]".repeat(depth)) as Json;
const run = (definition: unknown, input: Json) => runExecution({ definition: JSON.stringify(definition), input, timers: noWait });

test("an input nested far too deeply (beyond JSON.stringify's reach) fails the first state, with its input in the history", async () => {
  const input = nested(20_000);
  for (const definition of [
    { StartAt: "A", States: { A: { Type: "Pass", End: true } } },
    { StartAt: "A", States: { A: { Type: "Pass", Parameters: { "x.$": "$" }, End: true } } },
    { QueryLanguage: "JSONata", StartAt: "A", States: { A: { Type: "Pass", Output: "{% $states.input %}", End: true } } },
    { StartAt: "M", States: { M: { Type: "Map", ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } }, End: true } } },
  ]) {
    const result = await run(definition, input);
    assert.equal(result.status, "FAILED");
    assert.equal(result.error, "States.Runtime");
    assert.match(result.cause ?? "", /^An error occurred while executing the state '\w' \(entered at the event id #\d+\)\. The (output is nested more than 1000 levels deep|data is nested too deeply to be processed)/);
    const started = result.history[0] as unknown as { executionStartedEventDetails: { input: string } };
    assert.equal(started.executionStartedEventDetails.input.length, 40_001);
  }
});

test("an output that grows one level per loop fails when it passes the bound", async () => {
  const result = await run(
    {
      StartAt: "Wrap",
      States: {
        Wrap: { Type: "Pass", Parameters: { "x.$": "$" }, Next: "Again" },
        Again: { Type: "Choice", Choices: [{ Variable: "$.never", IsPresent: true, Next: "Done" }], Default: "Wrap" },
        Done: { Type: "Succeed" },
      },
    },
    {},
  );
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Runtime");
  assert.match(result.cause ?? "", new RegExp(`^An error occurred while executing the state 'Wrap' .*The output is nested more than ${MAX_JSON_NESTING_DEPTH} levels deep\\.$`));
});

test("a variable nested too deeply fails the state that assigns it", async () => {
  const result = await run(
    {
      QueryLanguage: "JSONata",
      StartAt: "Init",
      States: {
        Init: { Type: "Pass", Assign: { v: 1 }, Next: "Wrap" },
        Wrap: { Type: "Pass", Assign: { v: '{% {"x": $v} %}' }, Next: "Again" },
        Again: { Type: "Choice", Choices: [{ Condition: "{% false %}", Next: "Done" }], Default: "Wrap" },
        Done: { Type: "Succeed" },
      },
    },
    {},
  );
  assert.equal(result.status, "FAILED");
  assert.match(result.cause ?? "", /The variable 'v' is nested more than 1000 levels deep\.$/);
});

test("deep values made at run time from text fail their state", async () => {
  const text = "[".repeat(20_000) + "]".repeat(20_000);
  const intrinsic = await run({ StartAt: "A", States: { A: { Type: "Pass", Parameters: { "x.$": "States.StringToJson($.s)" }, End: true } } }, { s: text });
  assert.equal(intrinsic.status, "FAILED");
  assert.equal(intrinsic.error, "States.Runtime");
  const jsonata = await run({ QueryLanguage: "JSONata", StartAt: "A", States: { A: { Type: "Pass", Output: "{% $parse($states.input.s) %}", End: true } } }, { s: text });
  assert.equal(jsonata.status, "FAILED");
  assert.match(jsonata.error ?? "", /^States\.(Runtime|QueryEvaluationError)$/);
});

test("payloads within the bound run", async () => {
  const result = await run({ StartAt: "A", States: { A: { Type: "Pass", Parameters: { "x.$": "$" }, End: true } } }, nested(MAX_JSON_NESTING_DEPTH - 2));
  assert.equal(result.status, "SUCCEEDED");
  assert.equal(JSON.stringify(result.output).length, 2 * (MAX_JSON_NESTING_DEPTH - 2) + 1 + '{"x":}'.length);
});
