/**
 * Issue 7's coverage lint: the corpus holds at least 2,500 execution cases and 600 API contract cases,
 * and no area is thin: every ASL state type, every predefined `States.*` error name and every API
 * operation appears in at least 10 cases (cases/coverage.ts says what "appears" means). Also checks
 * that the error-name list is the one the reference pages give, and that the "Areas" table of
 * cases/README.md is current.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExecutionCase } from "../conformance/compare/execution-case.ts";
import { caseAreasTable, countCasesByArea, readmeAreasTable, AREA_DESCRIPTIONS } from "./case-areas.ts";
import { allCorpusFiles, corpusCases } from "./corpus-files.ts";
import { API_OPERATIONS, coverageShortfalls, errorNamesOf, measureCoverage, MIN_API_CASES, MIN_EXECUTION_CASES, PREDEFINED_ERROR_NAMES, stateTypesOf } from "./coverage.ts";

const CASES = dirname(fileURLToPath(import.meta.url));
const figures = measureCoverage(corpusCases);

test("the corpus meets issue 7's size goal: 2,500 execution cases, 600 API contract cases (validation cases counted apart)", () => {
  assert.ok(figures.executionCases >= MIN_EXECUTION_CASES, `only ${figures.executionCases} execution cases`);
  assert.ok(figures.apiCases >= MIN_API_CASES, `only ${figures.apiCases} API contract cases`);
  assert.ok(figures.validationCases > 0);
});

test("no area is thin: every state type, predefined error name and API operation appears in at least 10 cases", () => {
  assert.deepEqual(coverageShortfalls(figures), [], "thin items (add spec cases for them, see cases/README.md)");
});

test("the figures cover every state type, error name and the 37 operations of the service model", () => {
  assert.equal(API_OPERATIONS.length, 37);
  assert.deepEqual(Object.keys(figures.operations), [...API_OPERATIONS]);
  assert.deepEqual(Object.keys(figures.stateTypes), ["Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"]);
  assert.deepEqual(Object.keys(figures.errorNames), [...PREDEFINED_ERROR_NAMES]);
});

test("a shortfall names the thin item and its count", () => {
  const thin = coverageShortfalls({ ...figures, executionCases: 3, stateTypes: { ...figures.stateTypes, Wait: 2 }, operations: { ...figures.operations, UpdateMapRun: 0 } });
  assert.deepEqual(thin, ["execution cases: 3 (< 2500)", "state type Wait: 2 case(s) (< 10)", "operation UpdateMapRun: 0 case(s) (< 10)"]);
});

const nested: ExecutionCase = {
  id: "example::nested",
  provenance: { kind: "spec", section: "test" },
  level: "core",
  features: [],
  needs: [],
  queryLanguage: "JSONPath",
  stateMachineType: "STANDARD",
  definition: {
    StartAt: "Par",
    States: {
      Par: {
        Type: "Parallel",
        Branches: [{ StartAt: "M", States: { M: { Type: "Map", ItemProcessor: { StartAt: "W", States: { W: { Type: "Wait", Seconds: 1, End: true } } }, Catch: [{ ErrorEquals: ["States.Permissions"], Next: "X" }], End: true }, X: { Type: "Succeed" } } }],
        Retry: [{ ErrorEquals: ["States.BranchFailed", "Custom"] }],
        End: true,
      },
      Old: { Type: "Map", Iterator: { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:x", End: true } } }, End: true },
    },
  },
  input: {},
  expected: { status: "FAILED", error: "States.Runtime" },
  history: [{ type: "TaskFailed", taskFailedEventDetails: { error: "States.Timeout" } }],
};

test("definitions are walked into Parallel branches, ItemProcessor and Iterator", () => {
  assert.deepEqual([...stateTypesOf(nested)].sort(), ["Map", "Parallel", "Succeed", "Task", "Wait"]);
});

test("a case's error names: its expected error, its history events' errors, its Retry and Catch names", () => {
  assert.deepEqual([...errorNamesOf(nested)].sort(), ["Custom", "States.BranchFailed", "States.Permissions", "States.Runtime", "States.Timeout"]);
});

/** /work/shared/reference, beside the repository (present on developer machines and in CI, not in every checkout). */
const REFERENCE = join(CASES, "..", "..", "shared", "reference");
const GUIDE_PAGE = join(REFERENCE, "developer-guide", "concepts-error-handling.md");
const SPEC = join(REFERENCE, "asl-spec", "states-language-spec.md");

test("PREDEFINED_ERROR_NAMES is exactly the guide's 'Error names' plus the spec's Appendix A", { skip: !existsSync(GUIDE_PAGE) || !existsSync(SPEC) ? "reference pages not present" : false }, () => {
  const guide = readFileSync(GUIDE_PAGE, "utf8");
  const errorNamesSection = guide.slice(guide.indexOf("## Error names"), guide.indexOf("States can report errors with other names"));
  const fromGuide = [...errorNamesSection.matchAll(/^\*\* ?`(States\.[A-Za-z]+)` ?\*\*/gm)].map((m) => m[1]!);
  const spec = readFileSync(SPEC, "utf8");
  const appendix = spec.slice(spec.indexOf("### Appendix A"), spec.indexOf("### Appendix B"));
  const fromSpec = [...appendix.matchAll(/^- Code: (States\.[A-Za-z]+)/gm)].map((m) => m[1]!);
  assert.ok(fromGuide.length >= 10 && fromSpec.length >= 10, `parsed ${fromGuide.length} guide and ${fromSpec.length} spec names`);
  assert.deepEqual([...PREDEFINED_ERROR_NAMES].sort(), [...new Set([...fromGuide, ...fromSpec])].sort());
});

test("every area folder has a description", () => {
  const areas = [...countCasesByArea(allCorpusFiles).keys()];
  assert.deepEqual(areas.filter((area) => AREA_DESCRIPTIONS[area] === undefined), [], "describe the new folder in cases/case-areas.ts");
  assert.deepEqual(Object.keys(AREA_DESCRIPTIONS).filter((area) => !areas.includes(area)), [], "remove descriptions of folders that are gone");
});

test("the Areas table of cases/README.md is current", () => {
  const readme = readFileSync(join(CASES, "README.md"), "utf8");
  assert.equal(readmeAreasTable(readme), caseAreasTable(countCasesByArea(allCorpusFiles)), "run: node --import tsx scripts/list-case-areas.ts --write");
});
