/**
 * Replays the recorded AWS executions of intrinsic_functions.json whose machine is a single Pass
 * state with intrinsic-only Parameters: evaluates each `key.$` intrinsic against the recorded
 * input and compares with the recorded output. Full executions are the interpreter's job.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isJsonObject, jsonEquals, type Json, type JsonObject } from "../core/json.ts";
import { looksLikeIntrinsic } from "./parse.ts";
import { run } from "./test-support.ts";

const recordingsUrl = new URL("../../../shared/oracle/aws-recorded/intrinsic_functions.json", import.meta.url);
const recordingsPath = fileURLToPath(recordingsUrl);

interface RecordedCase {
  id: string;
  kind: string;
  query_language: string;
  definition: JsonObject;
  input: Json;
  expected: { status: string; output?: Json };
}

/** The Parameters of a one-state Pass machine whose every field is `"k.$": "States.…(…)"`. */
function simplePassParameters(definition: JsonObject): Record<string, string> | null {
  const states = definition.States;
  if (!isJsonObject(states) || Object.keys(states).length !== 1) return null;
  const state = Object.values(states)[0]!;
  if (!isJsonObject(state) || state.Type !== "Pass" || !isJsonObject(state.Parameters)) return null;
  if (["InputPath", "ResultPath", "OutputPath", "Result", "ResultSelector"].some((f) => f in state)) return null;
  const templates: Record<string, string> = {};
  for (const [key, value] of Object.entries(state.Parameters)) {
    if (!key.endsWith(".$") || typeof value !== "string" || !looksLikeIntrinsic(value)) return null;
    templates[key.slice(0, -2)] = value;
  }
  return templates;
}

/** Values the recorder masked; they match any value of the recorded kind. */
const MASKED_RANDOM = "RandomNumberGenerated";

const available = existsSync(recordingsPath);
const cases: RecordedCase[] = available ? (JSON.parse(readFileSync(recordingsPath, "utf8")) as RecordedCase[]) : [];
const replayable = cases.filter(
  (c) =>
    c.kind === "execution" &&
    c.query_language === "JSONPath" &&
    c.expected.status === "SUCCEEDED" &&
    simplePassParameters(c.definition) !== null,
);

test("the recordings are available and most intrinsic cases are replayable", { skip: !available && "recordings not found" }, () => {
  assert.ok(replayable.length >= 60, `only ${replayable.length} replayable cases`);
});

for (const recorded of replayable) {
  test(`AWS recording ${recorded.id.split("::").slice(-2).join("::")}`, async () => {
    const templates = simplePassParameters(recorded.definition)!;
    const expected = recorded.expected.output;
    assert.ok(isJsonObject(expected));
    // Context values are the recorder's placeholders, so the expected text matches them verbatim.
    const context = {
      Execution: { Name: "<ExecArnPart_0idx>", Input: recorded.input },
      StateMachine: {
        Id: "arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>",
        Name: "<ArnPart_0idx>",
      },
    };
    for (const [key, text] of Object.entries(templates)) {
      const actual = await run(text, { input: recorded.input, context });
      const wanted = expected[key]!;
      if (wanted === MASKED_RANDOM) {
        assert.ok(typeof actual === "number" && Number.isInteger(actual), `${key}: ${JSON.stringify(actual)}`);
      } else {
        assert.ok(jsonEquals(actual, wanted), `${key}: got ${JSON.stringify(actual)}, recorded ${JSON.stringify(wanted)}`);
      }
    }
  });
}
