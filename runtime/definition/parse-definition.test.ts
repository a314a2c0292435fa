import { test } from "node:test";
import assert from "node:assert/strict";
import { InvalidDefinitionError, parseDefinition, parseDefinitionOrThrow } from "./parse-definition.ts";
import { formatInvalidDefinitionMessage } from "./problems.ts";

/** The problems of an invalid definition as `CODE: message at location` lines. */
function problemsOf(definition: unknown): string[] {
  const result = parseDefinition(definition as never);
  assert.equal(result.ok, false, "expected the definition to be rejected");
  return result.ok ? [] : result.problems.map((p) => `${p.code}: ${p.message}${p.location ? ` at ${p.location}` : ""}`);
}

const pass = (extra: Record<string, unknown> = {}) => ({ Type: "Pass", End: true, ...extra });

test("a valid definition parses into typed states with AWS defaults applied", () => {
  const definition = parseDefinitionOrThrow({ StartAt: "A", States: { A: pass({ Next: undefined }) } });
  const a = definition.states.get("A");
  assert.equal(a?.type, "Pass");
  assert.equal(definition.queryLanguage, "JSONPath");
  if (a?.type === "Pass") {
    assert.equal(a.inputPath, "$");
    assert.equal(a.outputPath, "$");
    assert.equal(a.resultPath, "$");
    assert.deepEqual(a.transition, { kind: "end" });
  }
});

test("definition text is parsed too, and bad JSON is INVALID_JSON_DESCRIPTION", () => {
  assert.equal(parseDefinition(JSON.stringify({ StartAt: "A", States: { A: pass() } })).ok, true);
  const result = parseDefinition("not a definition");
  assert.equal(result.ok, false);
  if (!result.ok) assert.equal(result.problems[0]!.code, "INVALID_JSON_DESCRIPTION");
});

test("recorded: an empty definition is not a valid JSON object (no location)", () => {
  assert.deepEqual(problemsOf(""), ["SCHEMA_VALIDATION_FAILED: Definition must be a valid JSON object"]);
});

test("recorded: {} lacks States and StartAt, reported in AWS's order", () => {
  assert.deepEqual(problemsOf({}), ["SCHEMA_VALIDATION_FAILED: These fields are required: [States, StartAt] at /"]);
});

test("recorded: an unknown Type lists the eight state types", () => {
  assert.deepEqual(problemsOf({ StartAt: "X", States: { X: { Type: "Nope", End: true } } }), [
    "SCHEMA_VALIDATION_FAILED: The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map] at /States/X/Type",
  ]);
});

test("recorded: Wait Timestamp must be RFC3339 with T and Z, and a real date and time", () => {
  for (const bad of ["2016-12-05 21:29:29Z", "2016-12-05T21:29:29", "2016-13-05T21:29:29Z", "2016-12-05T25:29:29Z"]) {
    assert.deepEqual(problemsOf({ StartAt: "W", States: { W: { Type: "Wait", Timestamp: bad, End: true } } }), [
      "SCHEMA_VALIDATION_FAILED: String does not match RFC3339 timestamp at /States/W/Timestamp",
    ]);
  }
  assert.equal(parseDefinition({ StartAt: "W", States: { W: { Type: "Wait", Timestamp: "2016-03-05T21:29:29.243167252Z", End: true } } }).ok, true);
});

test("recorded: a `.$` field must hold a valid JSONPath or intrinsic call", () => {
  const problems = problemsOf({
    StartAt: "P",
    States: { P: pass({ Parameters: { "parsed.$": "States.StringToJson('{\\\"a\\\": 1}')" } }) },
  });
  assert.deepEqual(problems, [
    "SCHEMA_VALIDATION_FAILED: The value for the field 'parsed.$' must be a valid JSONPath or a valid intrinsic function call at /States/P/Parameters",
  ]);
});

test("every problem is reported, not just the first, and joined as AWS joins them", () => {
  const result = parseDefinition({
    StartAt: "A",
    States: {
      A: { Type: "Pass", Next: "Missing", Bogus: 1 },
      B: { Type: "Wait", Seconds: -1, End: true },
    },
  });
  assert.equal(result.ok, false);
  if (result.ok) return;
  const lines = result.problems.map((p) => `${p.code}: ${p.message} at ${p.location}`);
  assert.ok(lines.includes("SCHEMA_VALIDATION_FAILED: Field 'Bogus' is not supported at /States/A/Bogus"), lines.join("\n"));
  assert.ok(lines.includes("MISSING_TRANSITION_TARGET: Missing 'Next' target: Missing at /States/A/Next"), lines.join("\n"));
  assert.ok(lines.some((l) => l.startsWith("SCHEMA_VALIDATION_FAILED") && l.endsWith("at /States/B/Seconds")), lines.join("\n"));
  assert.ok(lines.some((l) => l.includes("not reachable") && l.endsWith("at /States/B")), lines.join("\n"));
  const message = formatInvalidDefinitionMessage(result.problems);
  assert.match(message, /^Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: .*, MISSING_TRANSITION_TARGET: .*'$/);
});

test("a state needs Next or End; both is an error too", () => {
  assert.ok(problemsOf({ StartAt: "A", States: { A: { Type: "Pass" } } }).some((p) => p.startsWith("MISSING_TRANSITION_TARGET") && p.endsWith("at /States/A")));
  assert.ok(problemsOf({ StartAt: "A", States: { A: { Type: "Pass", Next: "A", End: true } } }).some((p) => p.includes("mutually exclusive")));
});

test("StartAt must name a state; a machine with no terminal state is MISSING_END_STATE", () => {
  assert.ok(problemsOf({ StartAt: "Nowhere", States: { A: pass() } }).includes("MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at /StartAt"));
  const loop = problemsOf({ StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", Next: "A" } } });
  assert.ok(loop.includes("MISSING_END_STATE: Workflow has no terminal state at /States"), loop.join("\n"));
});

test("state names are unique across the whole machine, nested branches included", () => {
  const problems = problemsOf({
    StartAt: "P",
    States: {
      P: { Type: "Parallel", Branches: [{ StartAt: "P", States: { P: pass() } }], End: true },
    },
  });
  assert.ok(problems.some((p) => p.startsWith("DUPLICATE_STATE_NAME")), problems.join("\n"));
});

test("nested graphs are validated with their own locations", () => {
  const problems = problemsOf({
    StartAt: "M",
    States: {
      M: { Type: "Map", ItemProcessor: { StartAt: "In", States: { In: { Type: "Pass", Next: "Gone" } } }, End: true },
    },
  });
  assert.ok(problems.includes("MISSING_TRANSITION_TARGET: Missing 'Next' target: Gone at /States/M/ItemProcessor/States/In/Next"), problems.join("\n"));
});

test("Retry and Catch fields are type- and range-checked; States.ALL must come last and alone", () => {
  const problems = problemsOf({
    StartAt: "T",
    States: {
      T: {
        Type: "Task",
        Resource: "arn:aws:states:us-east-1:123456789012:activity:a",
        Retry: [
          { ErrorEquals: ["States.ALL"], BackoffRate: 0.5 },
          { ErrorEquals: ["X"], JitterStrategy: "SOME" },
        ],
        Catch: [{ ErrorEquals: ["States.ALL", "X"], Next: "T" }],
        End: true,
      },
    },
  });
  assert.ok(problems.some((p) => p.includes("BackoffRate") && p.endsWith("/States/T/Retry[0]/BackoffRate")), problems.join("\n"));
  assert.ok(problems.some((p) => p.includes("JitterStrategy")), problems.join("\n"));
  assert.ok(problems.some((p) => p.includes("States.ALL must appear in the last element")), problems.join("\n"));
  assert.ok(problems.some((p) => p.includes("States.ALL must appear alone")), problems.join("\n"));
});

test("QueryLanguage: JSONata machine with a JSONPath state is rejected with AWS's message", () => {
  const problems = problemsOf({ QueryLanguage: "JSONata", StartAt: "Pass", States: { Pass: pass({ QueryLanguage: "JSONPath" }) } });
  assert.deepEqual(problems, ["SCHEMA_VALIDATION_FAILED: 'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine at /States/Pass"]);
});

test("legacy Map Iterator and Parameters parse as ItemProcessor and ItemSelector", () => {
  const definition = parseDefinitionOrThrow({
    StartAt: "M",
    States: { M: { Type: "Map", Iterator: { StartAt: "I", States: { I: pass() } }, Parameters: { "v.$": "$$.Map.Item.Value" }, End: true } },
  });
  const m = definition.states.get("M");
  assert.equal(m?.type, "Map");
  if (m?.type === "Map") {
    assert.equal(m.processor.startAt, "I");
    assert.equal(m.itemSelector?.kind, "object");
    assert.equal(m.parameters, undefined);
  }
});

test("parseDefinitionOrThrow throws AWS's InvalidDefinition message", () => {
  assert.throws(
    () => parseDefinitionOrThrow({ StartAt: "A" }),
    (e: unknown) => e instanceof InvalidDefinitionError && e.message === "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are required: [States] at /'",
  );
});
