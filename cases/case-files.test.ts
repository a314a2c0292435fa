/**
 * Checks the case data itself: every case file under cases/ (except schema/ and the features list)
 * validates against its schema (execution, validation or API contract cases); ids are unique across
 * files; features come from features.json; every case expects a status; known-failures names real,
 * required cases; the generated indexes of execution and API case files are complete. Also proves
 * the schema checks reject malformed cases.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { validateSchema } from "../conformance/compare/schema-validator.ts";
import type { CaseFile } from "../conformance/compare/execution-case.ts";
import { executionCaseFiles } from "./execution/index.ts";
import { apiCaseFiles } from "./api/index.ts";
import type { ApiCaseFile } from "../conformance/api/api-case.ts";
import { isRequiredApiCase, isRequiredCase } from "./case-selection.ts";
import { parseMockConfig } from "../runtime/integrations/mock-config.ts";

const CASES = dirname(fileURLToPath(import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as unknown;
const schema = readJson(join(CASES, "schema", "execution-case.schema.json")) as Record<string, unknown>;
const featuresDoc = readJson(join(CASES, "features.json")) as { groups: Record<string, { features: string[] }> };
const knownFeatures = new Set(Object.values(featuresDoc.groups).flatMap((g) => g.features));
const knownFailures = readJson(join(CASES, "known-failures.json")) as Record<string, string>;

/** Case files: every .json under cases/ except the schema, the features list and known failures. */
function caseFilePaths(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== "schema") walk(full);
      } else if (name.endsWith(".json") && dir !== CASES) found.push(full);
    }
  };
  walk(CASES);
  return found;
}

const allFiles = caseFilePaths().map((path) => ({ path: relative(CASES, path), data: readJson(path) as CaseFile }));
/** Execution case files (cases/execution/) and definition-validation case files (cases/validation/). */
const files = allFiles.filter((f) => f.path.split("\\").join("/").startsWith("execution/"));
const validationFiles = allFiles.filter((f) => f.path.split("\\").join("/").startsWith("validation/"));
const validationSchema = readJson(join(CASES, "schema", "validation-case.schema.json")) as Record<string, unknown>;
/** API contract case files (cases/api/). */
const apiFiles = allFiles.filter((f) => f.path.split("\\").join("/").startsWith("api/")) as unknown as Array<{ path: string; data: ApiCaseFile }>;
const apiSchema = readJson(join(CASES, "schema", "api-case.schema.json")) as Record<string, unknown>;

test("every case file is an execution, a validation or an API contract case file", () => {
  const known = new Set<unknown>([...files, ...validationFiles, ...apiFiles]);
  assert.deepEqual(allFiles.filter((f) => !known.has(f)).map((f) => f.path), []);
});

for (const file of apiFiles) {
  test(`API case file validates against its schema: ${file.path}`, () => {
    const errors = validateSchema(apiSchema, file.data);
    assert.deepEqual(errors.slice(0, 10), [], `${file.path}: ${errors.length} schema error(s)`);
  });
}

test("there are API contract cases, each with its own ref after its steps'", () => {
  const cases = apiFiles.flatMap((f) => f.data.cases);
  assert.ok(cases.length > 400, `only ${cases.length} API cases`);
  const bad = cases.filter((c) => {
    const steps = c.steps ?? [];
    const refs = steps.map((s) => s.ref);
    return new Set(refs).size !== refs.length || (c.ref !== undefined && refs.includes(c.ref)) || steps.some((s) => !s.ref.startsWith(`${s.operation}#`));
  });
  assert.deepEqual(bad.map((c) => c.id), []);
});

test("cases/api/index.ts lists every API case file", () => {
  const onDisk = apiFiles.map((f) => `cases/${f.path.split("\\").join("/")}`).sort();
  assert.deepEqual(apiCaseFiles.map((f) => f.path).sort(), onDisk, "run: node --import tsx scripts/import-recorded-api-cases.ts");
});

for (const file of validationFiles) {
  test(`validation case file validates against its schema: ${file.path}`, () => {
    const errors = validateSchema(validationSchema, file.data);
    assert.deepEqual(errors.slice(0, 10), [], `${file.path}: ${errors.length} schema error(s)`);
  });
}

test("there are case files to check", () => {
  assert.ok(files.length > 0);
  assert.ok(files.reduce((n, f) => n + (f.data.cases?.length ?? 0), 0) > 0);
});

for (const file of files) {
  test(`case file validates against the schema: ${file.path}`, () => {
    const errors = validateSchema(schema, file.data);
    assert.deepEqual(errors.slice(0, 10), [], `${file.path}: ${errors.length} schema error(s)`);
  });
}

test("case ids are unique across all files", () => {
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const file of [...files, ...validationFiles, ...apiFiles] as Array<{ path: string; data: { cases: Array<{ id: string }> } }>) {
    for (const c of file.data.cases) {
      if (seen.has(c.id)) duplicates.push(`${c.id} (${seen.get(c.id)} and ${file.path})`);
      seen.set(c.id, file.path);
    }
  }
  assert.deepEqual(duplicates, []);
});

test("every declared feature is in cases/features.json", () => {
  const unknown = files.flatMap((f) => f.data.cases.flatMap((c) => c.features.filter((x) => !knownFeatures.has(x)).map((x) => `${c.id}: ${x}`)));
  assert.deepEqual(unknown, []);
});

test("features.json has no duplicate entries and covers the 37 API operations", () => {
  const all = Object.values(featuresDoc.groups).flatMap((g) => g.features);
  assert.equal(new Set(all).size, all.length);
  assert.equal(all.filter((f) => f.startsWith("api.")).length, 37);
});

test("every case tests something: an expected status", () => {
  const empty = files.flatMap((f) => f.data.cases.filter((c) => typeof c.expected?.status !== "string").map((c) => c.id));
  assert.deepEqual(empty, []);
});

test("known-failures.json lists only existing, required cases, each with a reason", () => {
  const required = new Set([
    ...files.flatMap((f) => f.data.cases.filter(isRequiredCase).map((c) => c.id)),
    ...apiFiles.flatMap((f) => f.data.cases.filter(isRequiredApiCase).map((c) => c.id)),
  ]);
  const bad = Object.entries(knownFailures).filter(([id, reason]) => !required.has(id) || typeof reason !== "string" || reason.trim() === "");
  assert.deepEqual(bad, []);
});

test("mocked cases: one state machine whose test case exists and names only Task states (or Map states reading or writing S3); `mocks` declared exactly with a mockConfig; callbacks name callback states", () => {
  const bad: string[] = [];
  for (const c of files.flatMap((f) => f.data.cases)) {
    if (c.features.includes("mocks") !== (c.mockConfig !== undefined)) bad.push(`${c.id}: the feature \`mocks\` must be declared exactly when there is a mockConfig`);
    const states = statesOf(c.definition);
    if (c.mockConfig) {
      try {
        parseMockConfig(c.mockConfig);
      } catch (e) {
        bad.push(`${c.id}: ${(e as Error).message}`);
        continue;
      }
      const machines = Object.keys(c.mockConfig.StateMachines);
      const testCase = machines.length === 1 ? c.mockConfig.StateMachines[machines[0]!]!.TestCases[c.mockTestCase ?? ""] : undefined;
      if (!testCase) bad.push(`${c.id}: the mockConfig must have exactly one state machine, with the test case '${String(c.mockTestCase)}'`);
      // A Map state with an ItemReader or a ResultWriter may be named too: the mock answers its S3 calls (README "Mocked services").
      const mockable = (state: Record<string, unknown> | undefined) => state?.["Type"] === "Task" || (state?.["Type"] === "Map" && (state["ItemReader"] !== undefined || state["ResultWriter"] !== undefined));
      for (const state of Object.keys(testCase ?? {})) if (!mockable(states.get(state))) bad.push(`${c.id}: the mock names '${state}', not a Task state (nor a Map state with an ItemReader or ResultWriter)`);
    }
    for (const step of c.callbacks ?? []) {
      if (!String(states.get(step.state)?.["Resource"] ?? "").endsWith(".waitForTaskToken")) bad.push(`${c.id}: the callback script names '${step.state}', not a .waitForTaskToken Task state`);
    }
  }
  assert.deepEqual(bad, []);
});

/** Every state of a definition, nested ones included, by name. */
function statesOf(definition: unknown, into = new Map<string, Record<string, unknown>>()): Map<string, Record<string, unknown>> {
  if (definition === null || typeof definition !== "object") return into;
  if (Array.isArray(definition)) {
    for (const item of definition) statesOf(item, into);
    return into;
  }
  const record = definition as Record<string, unknown>;
  const states = record["States"];
  if (states && typeof states === "object" && !Array.isArray(states)) for (const [name, state] of Object.entries(states)) into.set(name, state as Record<string, unknown>);
  for (const value of Object.values(record)) statesOf(value, into);
  return into;
}

test("cases/execution/index.ts lists every execution case file", () => {
  const onDisk = files.filter((f) => f.path.startsWith("execution/")).map((f) => `cases/${f.path.split("\\").join("/")}`).sort();
  assert.deepEqual(executionCaseFiles.map((f) => f.path).sort(), onDisk, "run: node --import tsx scripts/import-recorded-cases.ts");
});

const validCase = {
  id: "example::pass-result",
  provenance: { kind: "spec", section: "Pass State" },
  level: "core",
  features: ["state:Pass", "field:Result"],
  needs: [],
  queryLanguage: "JSONPath",
  stateMachineType: "STANDARD",
  definition: { StartAt: "P", States: { P: { Type: "Pass", Result: 1, End: true } } },
  input: {},
  expected: { status: "SUCCEEDED", output: 1 },
};

test("the schema accepts a well-formed case", () => {
  assert.deepEqual(validateSchema(schema, { cases: [validCase] }), []);
});

test("the schema rejects malformed cases", () => {
  const malformed: [string, unknown][] = [
    ["no expected block", { ...validCase, expected: undefined }],
    ["expected without status", { ...validCase, expected: { output: 1 } }],
    ["unknown level", { ...validCase, level: "mandatory" }],
    ["unknown member", { ...validCase, expectedOutput: 1 }],
    ["bad provenance", { ...validCase, provenance: { kind: "aws-recorded", source: "x" } }],
    ["bad query language", { ...validCase, queryLanguage: "XPath" }],
    ["error on a success", { ...validCase, expected: { status: "SUCCEEDED", error: "X" } }],
    ["history event without type", { ...validCase, history: [{ id: 1 }] }],
    ["definition without States", { ...validCase, definition: { StartAt: "P" } }],
    ["mockConfig without mockTestCase", { ...validCase, mockConfig: { StateMachines: {}, MockedResponses: {} } }],
    ["mocked response with a bad invocation key", { ...validCase, mockTestCase: "T", mockConfig: { StateMachines: {}, MockedResponses: { R: { first: { Return: 1 } } } } }],
    ["callback output without send", { ...validCase, callbacks: [{ state: "S", output: 1 }] }],
    ["callback error with send success", { ...validCase, callbacks: [{ state: "S", send: "success", error: "E" }] }],
  ];
  for (const [label, testCase] of malformed) {
    const clean = JSON.parse(JSON.stringify({ cases: [testCase] }));
    assert.notDeepEqual(validateSchema(schema, clean), [], `schema accepted a case with ${label}`);
  }
  assert.notDeepEqual(validateSchema(schema, { cases: validCase }), [], "schema accepted cases that is not an array");
});

const validApiCase = {
  id: "example::describe-missing-machine",
  provenance: { kind: "spec", section: "DescribeStateMachine" },
  area: "api",
  needs: [],
  steps: [{ ref: "CreateStateMachine#0", operation: "CreateStateMachine", request: { name: "m-${sym:short_uid}", definition: "{}", roleArn: "${sym:snf_role_arn}" }, expectFailure: true }],
  ref: "DescribeStateMachine#1",
  operation: "DescribeStateMachine",
  request: { stateMachineArn: "arn:aws:states:${sym:region_name}:${sym:account_id}:stateMachine:m-${sym:short_uid}" },
  expected: { error: { code: "StateMachineDoesNotExist", message: { $regex: "^State Machine Does Not Exist" } }, httpStatus: 400 },
  placeholders: ["<ArnPart_0idx>"],
  placeholderValues: { "<ArnPart_0idx>": { lastSegmentOf: "${sym:CreateStateMachine#0.stateMachineArn}" } },
};

test("the API case schema accepts a well-formed case and rejects malformed ones", () => {
  assert.deepEqual(validateSchema(apiSchema, { cases: [validApiCase] }), []);
  const malformed: [string, unknown][] = [
    ["no expected block", { ...validApiCase, expected: undefined }],
    ["both an error and a response", { ...validApiCase, expected: { error: { code: "X", message: "y" }, response: {} } }],
    ["an error without a code", { ...validApiCase, expected: { error: { message: "y" } } }],
    ["an unknown member", { ...validApiCase, expectedResponse: {} }],
    ["a step without a ref", { ...validApiCase, steps: [{ operation: "ListActivities", request: {} }] }],
    ["a malformed ref", { ...validApiCase, ref: "describe#x" }],
    ["no needs", { ...validApiCase, needs: undefined }],
    ["a bad placeholder value", { ...validApiCase, placeholderValues: { x: { firstSegmentOf: "y" } } }],
    ["bad provenance", { ...validApiCase, provenance: { kind: "aws-recorded", source: "x" } }],
  ];
  for (const [label, testCase] of malformed) {
    const clean = JSON.parse(JSON.stringify({ cases: [testCase] }));
    assert.notDeepEqual(validateSchema(apiSchema, clean), [], `schema accepted an API case with ${label}`);
  }
});

test("the API case example in cases/README.md is a valid API case file", () => {
  const readme = readFileSync(join(CASES, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## An API contract case"));
  const block = /```json\n([\s\S]*?)\n```/.exec(section);
  assert.ok(block, "README's API section has a json example");
  assert.deepEqual(validateSchema(apiSchema, JSON.parse(block[1]!)), []);
});

/** Re-serialises an expected event the way a runtime emits it: payload members as JSON text, a Date timestamp. */
function asWireEvent(event: Record<string, unknown>, index: number): Record<string, unknown> {
  const wire: Record<string, unknown> = { id: event.id ?? 1000 + index, previousEventId: event.previousEventId ?? 0, timestamp: new Date(0), type: event.type };
  for (const [key, value] of Object.entries(event)) {
    if (!key.endsWith("EventDetails") || typeof value !== "object" || value === null) continue;
    const details: Record<string, unknown> = {};
    for (const [field, item] of Object.entries(value)) {
      details[field] = ["input", "output", "parameters", "result"].includes(field) && typeof item !== "string" ? JSON.stringify(item) : item;
    }
    wire[key] = details;
  }
  return wire;
}

test("every recorded history matches itself in wire form (comparator sanity on real data)", async () => {
  const { matchHistory } = await import("../conformance/compare/match-history.ts");
  let checked = 0;
  const failures: string[] = [];
  for (const file of files) {
    for (const c of file.data.cases) {
      if (!c.history) continue;
      const wire = c.history.map((e, i) => asWireEvent(e, i));
      const mismatches = matchHistory(c.history, wire, { placeholders: c.placeholders ?? [], ...c.historyMatching });
      if (mismatches.length) failures.push(`${c.id}: ${mismatches[0]!.path} ${mismatches[0]!.message}`);
      checked++;
    }
  }
  assert.ok(checked > 400, `only ${checked} histories checked`);
  assert.deepEqual(failures.slice(0, 10), []);
});

test("the example in cases/README.md is a valid case file", () => {
  const readme = readFileSync(join(CASES, "README.md"), "utf8");
  const block = /```json\n([\s\S]*?)\n```/.exec(readme);
  assert.ok(block, "README has a json example");
  const example = JSON.parse(block[1]!) as CaseFile;
  assert.deepEqual(validateSchema(schema, example), []);
  assert.deepEqual(example.cases.flatMap((c) => c.features.filter((f) => !knownFeatures.has(f))), []);
});
