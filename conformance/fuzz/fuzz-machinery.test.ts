/**
 * The fuzz machinery itself: the history law's checker, the machine rewrites, virtual time, the
 * generators' well-formedness, findings (a planted divergence is found, shrunk, replayable from
 * its seed and path, and written as a schema-valid case file), and the command's arguments.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import schema from "../../cases/schema/execution-case.schema.json" with { type: "json" };
import { validateSchema } from "../compare/schema-validator.ts";
import { parseDefinition } from "../../runtime/definition/parse-definition.ts";
import { runExecution } from "../../runtime/execution/run-execution.ts";
import { historyLinkProblem } from "./history-links.ts";
import type { WireEvent } from "./observation.ts";
import { inInlineMap, inOneBranchParallel, renameStates, stateNames, substituteNames, thenPassResult } from "./machine-transforms.ts";
import { seededEntropy, virtualTime } from "./virtual-time.ts";
import { executionArbitrary } from "./state-machine-gen.ts";
import { differentialProperty, inProcessTarget, type ExecutionTarget } from "./differential.ts";
import { fuzzProperty } from "./fuzz-run.ts";
import { findingsFiles, REVIEW_PLACEHOLDER } from "./findings-files.ts";
import { fuzzCommand, parseFuzzArguments } from "./fuzz-command.ts";
import { illFormedDefinitionArbitrary } from "./definition-mutations.ts";
import { apiRequestArbitrary } from "./api-request-gen.ts";

const event = (id: number, previousEventId: number): WireEvent => ({ id, previousEventId, type: "PassStateEntered" });

test("historyLinkProblem accepts 1..n with backward links and names what is wrong otherwise", () => {
  assert.equal(historyLinkProblem([event(1, 0), event(2, 0), event(3, 2), event(4, 1)]), undefined);
  assert.match(historyLinkProblem([event(1, 0), event(3, 1)])!, /event #2 .* has id 3/);
  assert.match(historyLinkProblem([event(1, 0), event(2, 2)])!, /links forward to 2/);
  assert.match(historyLinkProblem([event(1, 0), event(2, -1)])!, /previousEventId -1/);
});

const machine = {
  StartAt: "S0",
  States: {
    S0: { Type: "Choice", Choices: [{ Variable: "$.a", NumericEquals: 1, Next: "S2" }], Default: "S1" },
    S1: { Type: "Pass", Result: { from: "s1" }, Next: "S2" },
    S2: { Type: "Parallel", Branches: [{ StartAt: "S2b0S0", States: { S2b0S0: { Type: "Pass", End: true } } }], Catch: [{ ErrorEquals: ["States.ALL"], Next: "S3" }], Next: "S3" },
    S3: { Type: "Succeed" },
  },
};

test("renameStates renames every state and transition, and the renamed machine runs alike", async () => {
  const renames = new Map(stateNames(machine).map((n) => [n, `R${n}`]));
  const renamed = renameStates(machine, (n) => renames.get(n)!);
  assert.deepEqual(stateNames(renamed).sort(), ["RS0", "RS1", "RS2", "RS2b0S0", "RS3"]);
  assert.equal(parseDefinition(renamed).ok, true);
  const [a, b] = await Promise.all([runExecution({ definition: machine, input: { a: 2 } }), runExecution({ definition: renamed, input: { a: 2 } })]);
  assert.deepEqual(b.output, a.output);
  assert.deepEqual(b.output, [{ from: "s1" }]);
  assert.equal(substituteNames("state 'S2' then S2b0S0, not S20 or xS2", renames), "state 'RS2' then RS2b0S0, not S20 or xS2");
});

test("the wrappers: one-branch Parallel gives [output], inline Map over [x] gives [f(x)], the Pass law gives R", async () => {
  const plain = { StartAt: "P", States: { P: { Type: "Pass", Parameters: { "v.$": "$.a" }, End: true } } };
  assert.deepEqual((await runExecution({ definition: inOneBranchParallel(plain), input: { a: 3 } })).output, [{ v: 3 }]);
  assert.deepEqual((await runExecution({ definition: inInlineMap(plain), input: [{ a: 4 }] })).output, [{ v: 4 }]);
  // A null item is an input like any other (map-wrap found runExecution taking `input: null` for no input).
  assert.deepEqual((await runExecution({ definition: inInlineMap(plain), input: [null] })).error, "States.Runtime");
  assert.equal((await runExecution({ definition: { StartAt: "P", States: { P: { Type: "Pass", End: true } } }, input: null })).output, null);
  const failing = { StartAt: "F", States: { F: { Type: "Fail", Error: "E" } } };
  assert.deepEqual((await runExecution({ definition: thenPassResult(failing, { r: 1 }), input: {} })).output, { r: 1 });
});

test("virtual time fires sleeps by due time without waiting, and seeded entropy repeats", async () => {
  const time = virtualTime();
  const fired: string[] = [];
  await Promise.all([time.timers.sleep(86_400_000).then(() => fired.push("day")), time.timers.sleep(1000).then(() => fired.push("second"))]);
  assert.deepEqual(fired, ["second", "day"]);
  assert.equal(time.elapsed(), 86_400_000);
  assert.equal(time.clock.now().toISOString(), "2024-01-02T00:00:00.000Z");
  assert.equal(seededEntropy(7).uuid(), seededEntropy(7).uuid());
  assert.notEqual(seededEntropy(7).uuid(), seededEntropy(8).uuid());
});

test("generated machines are valid definitions; mutated ones are JSON text; API requests name a model operation", () => {
  for (const execution of fc.sample(executionArbitrary(), { numRuns: 200, seed: 5 })) {
    const result = parseDefinition(execution.definition);
    assert.ok(result.ok, `${JSON.stringify(execution.definition)}\n${JSON.stringify(!result.ok && result.problems)}`);
  }
  for (const ill of fc.sample(illFormedDefinitionArbitrary(), { numRuns: 50, seed: 5 })) {
    assert.equal(typeof ill.definitionText, "string");
    assert.ok(ill.mutations.length >= 1);
  }
  const operations = new Set(fc.sample(apiRequestArbitrary(), { numRuns: 300, seed: 5 }).map((r) => r.operation));
  assert.ok(operations.has("StartExecution") && operations.has("CreateStateMachine"), [...operations].join());
});

/** The reference runtime, except that a successful output of an array is reported reversed. */
function plantedBug(): ExecutionTarget {
  const reference = inProcessTarget();
  return {
    name: "planted bug",
    async run(execution) {
      const observation = await reference.run(execution);
      if (observation.kind === "ended" && Array.isArray(observation.output) && observation.output.length > 1) return { ...observation, output: [...observation.output].reverse() };
      return observation;
    },
  };
}

test("a planted divergence is found, shrunk, replayable from seed and path, and written as a case file to review", async () => {
  const property = differentialProperty(plantedBug(), inProcessTarget());
  const report = await fuzzProperty(property, { runs: 400, seed: 3, batchSize: 400, maxShrinks: 100 });
  assert.equal(report.findings.length, 1);
  const [finding] = report.findings;
  assert.match(finding!.message, /outputs differ/);
  const replay = await fc.check(
    fc.asyncProperty(fc.limitShrink(property.arbitrary, 100), (v) => property.check(v)),
    { seed: finding!.seed, path: finding!.path, endOnFailure: true },
  );
  assert.equal(replay.failed, true);

  const files = findingsFiles([report]);
  const index = JSON.parse(files.get("findings.json")!) as { findings: Array<{ file: string; review: boolean }> };
  assert.equal(index.findings.length, 1);
  assert.equal(index.findings[0]!.review, true);
  const caseFile = JSON.parse(files.get(index.findings[0]!.file)!) as { cases: Array<Record<string, unknown>> };
  assert.deepEqual(validateSchema(schema as Record<string, unknown>, caseFile), []);
  const testCase = caseFile.cases[0]!;
  assert.deepEqual(testCase["expected"], REVIEW_PLACEHOLDER);
  assert.equal((testCase["provenance"] as { section: string }).section, `fuzz: differential seed ${finding!.seed} path ${finding!.path}`);
  assert.ok((testCase["notes"] as string[]).some((note) => note.startsWith("observed (target: planted bug)")));
});

test("a finding whose property prescribes the outcome keeps it as expected", () => {
  const files = findingsFiles([
    {
      property: "pass-result",
      summary: "",
      runs: 1,
      known: {},
      milliseconds: 0,
      findings: [{ property: "pass-result", seed: 1, path: "0:1", message: "m", duplicates: 0, evidence: { definition: machine, input: {}, taskResponses: [], expected: { status: "SUCCEEDED", output: 5 }, observed: { reference: { status: "FAILED" } } } }],
    },
  ]);
  const index = JSON.parse(files.get("findings.json")!) as { findings: Array<{ file: string; review: boolean }> };
  assert.equal(index.findings[0]!.review, false);
  const caseFile = JSON.parse(files.get(index.findings[0]!.file)!) as { cases: Array<Record<string, unknown>> };
  assert.deepEqual(validateSchema(schema as Record<string, unknown>, caseFile), []);
  assert.deepEqual(caseFile.cases[0]!["expected"], { status: "SUCCEEDED", output: 5 });
});

test("fuzz arguments: defaults, values, and usage errors", () => {
  const parsed = parseFuzzArguments(["--runs", "50", "--seed", "9", "--property", "rename", "--no-tasks"]);
  assert.ok(!("error" in parsed));
  assert.equal(parsed.runs, 50);
  assert.equal(parsed.seed, 9);
  assert.deepEqual(parsed.properties, ["rename"]);
  assert.equal(parsed.tasks, false);
  assert.equal(parsed.outDir, "fuzz-findings");
  assert.match((parseFuzzArguments(["--runs", "0"]) as { error: string }).error, /--runs/);
  assert.match((parseFuzzArguments(["--property", "nope"]) as { error: string }).error, /unknown property/);
  assert.match((parseFuzzArguments(["--bogus"]) as { error: string }).error, /needs a value|unknown option/);
});

test("the fuzz command runs the chosen properties and writes findings.json", async () => {
  const written = new Map<string, string>();
  let out = "";
  const io = {
    readText: async () => "",
    writeFile: async (path: string, text: string) => void written.set(path, text),
    stdout: (text: string) => void (out += text),
    stderr: () => undefined,
    fetch: () => Promise.reject(new Error("no network")),
    env: {},
    suiteVersion: "test",
  };
  const code = await fuzzCommand(["--runs", "40", "--seed", "4", "--property", "rename", "--property", "differential", "--out", "found"], io);
  assert.equal(code, 0, out);
  const index = JSON.parse(written.get("found/findings.json")!) as { properties: Array<{ property: string; runs: number }> };
  assert.deepEqual(index.properties.map((p) => [p.property, p.runs]), [["rename", 20], ["differential", 20]]);
  assert.match(out, /40 runs in .* seed 4: 0 finding\(s\)/);
  assert.equal(await fuzzCommand(["--target", "http://127.0.0.1:1", "--property", "rename"], io), 2);
});
