/**
 * Small hand-made run reports for the report tests: every status, ids with `/ : [ ] #`, and
 * failure texts with markup and control characters.
 */
import type { CaseResult, RunReport, RunReportHeader } from "./run-report.ts";
import { createFooter } from "./verdicts.ts";

/** A failure message no renderer may pass through unescaped. */
export const NASTY_MESSAGE = 'at $.output: expected <b>"a&b"</b> ]]> got \u0001\u001b[31m\'x\'\ud800 # not a directive';

export const NASTY_ID = "aws::map[items]/nested:case #3 <x>";

const startedAt = new Date("2025-01-02T03:04:05.000Z");

function header(name: string, version: string | undefined, caseCount: number): RunReportHeader {
  return {
    type: "header",
    formatVersion: 1,
    suite: "sfn-conformance",
    suiteVersion: "0.1.0",
    target: { name, ...(version ? { version } : {}), url: "http://127.0.0.1:8083", manifest: { unsupported: ["map.distributed"] } },
    startedAt: startedAt.toISOString(),
    seed: 42,
    options: { concurrency: 4 },
    caseCount,
  };
}

const passCase: CaseResult = {
  type: "case",
  id: "spec::pass::result-path-merges",
  kind: "execution",
  area: "pass",
  level: "core",
  features: ["state:Pass", "field:ResultPath", "jsonpath"],
  provenance: { kind: "spec", section: "Pass State" },
  status: "PASS",
  durationMs: 12,
  case: {
    definition: { StartAt: "P", States: { P: { Type: "Pass", Result: { x: 1 }, ResultPath: "$.r", End: true } } },
    input: { a: true },
    expected: { status: "SUCCEEDED", output: { a: true, r: { x: 1 } } },
  },
  actual: { status: "SUCCEEDED", output: { a: true, r: { x: 1 } } },
};

const failCase: CaseResult = {
  type: "case",
  id: NASTY_ID,
  kind: "execution",
  area: "map",
  level: "core",
  features: ["state:Map", "map.inline"],
  provenance: { kind: "aws-recorded", source: "tests/map.py::test_nested", recorded: "2024-11-01" },
  status: "FAIL",
  durationMs: 30,
  message: `${NASTY_MESSAGE}\nsecond line`,
  mismatches: [{ path: "$.output", expected: { v: "<a&b>" }, actual: { v: "]]>" }, message: "values differ" }],
  case: { definition: { StartAt: "M", States: { M: { Type: "Map", End: true } } }, input: [1, 2], expected: { status: "SUCCEEDED", output: { v: "<a&b>" } } },
  actual: { status: "SUCCEEDED", output: { v: "]]>" } },
};

const errorCase: CaseResult = {
  type: "case",
  id: "spec::validation::bad-json",
  kind: "api",
  area: "validation",
  level: "core",
  features: ["api.ValidateStateMachineDefinition"],
  provenance: { kind: "spec", section: "ValidateStateMachineDefinition" },
  status: "ERROR",
  durationMs: 5,
  message: "the target answered HTTP 500 with an HTML page",
  case: { operation: "ValidateStateMachineDefinition", request: { definition: "{" }, expected: { response: { result: "FAIL" } } },
  actual: { httpStatus: 500, body: "<html>boom</html>" },
};

const timeoutCase: CaseResult = {
  type: "case",
  id: "aws::wait::wait-seconds",
  kind: "execution",
  area: "wait",
  level: "optional",
  features: ["state:Wait", "field:Seconds"],
  provenance: { kind: "aws-recorded", source: "tests/wait.py::test_seconds", recorded: "2024-11-01" },
  status: "TIMEOUT",
  durationMs: 60000,
};

const unsupportedCase: CaseResult = {
  type: "case",
  id: "aws::map::distributed-basic",
  kind: "execution",
  area: "map",
  level: "optional",
  features: ["state:Map", "map.distributed"],
  provenance: { kind: "aws-recorded", source: "tests/map.py::test_distributed", recorded: "2024-11-01" },
  status: "UNSUPPORTED",
  durationMs: 0,
  reason: "the manifest declares map.distributed unsupported",
};

const skipCase: CaseResult = {
  type: "case",
  id: "aws::services::lambda-invoke",
  kind: "execution",
  area: "services",
  level: "optional",
  features: ["state:Task"],
  provenance: { kind: "aws-recorded", source: "tests/lambda.py::test_invoke", recorded: "2024-11-01" },
  status: "SKIP",
  durationMs: 0,
  reason: "needs lambda",
};

const xfailCase: CaseResult = {
  type: "case",
  id: "aws::intrinsic::hash #1",
  kind: "execution",
  area: "intrinsic_functions",
  level: "aws-quirk",
  features: ["intrinsic:States.Hash", "custom:not-in-features-json"],
  provenance: { kind: "aws-recorded", source: "tests/hash.py::test_hash", recorded: "2024-11-01" },
  status: "XFAIL",
  durationMs: 8,
  reason: "known failure: hash of a surrogate pair",
};

const xpassCase: CaseResult = {
  type: "case",
  id: "aws::choice::string-matches",
  kind: "execution",
  area: "choice",
  level: "aws-quirk",
  features: ["state:Choice", "choice:StringMatches"],
  provenance: { kind: "aws-recorded", source: "tests/choice.py::test_matches", recorded: "2024-11-01" },
  status: "XPASS",
  durationMs: 9,
  required: false,
};

function finished(name: string, version: string | undefined, cases: CaseResult[]): RunReport {
  return { header: header(name, version, cases.length), cases, footer: createFooter(cases, startedAt, new Date(startedAt.getTime() + 61_234)) };
}

/** The reference runtime: PASS, FAIL, ERROR, TIMEOUT, UNSUPPORTED, SKIP. */
export function referenceReport(): RunReport {
  return finished("reference-runtime", "0.1.0", [passCase, failCase, errorCase, timeoutCase, unsupportedCase, skipCase]);
}

/** Another emulator: PASS (the case FAIL in the reference), XFAIL, XPASS (not required), and one case absent. */
export function emulatorReport(): RunReport {
  return finished("other-emulator", undefined, [
    { ...passCase, status: "FAIL", message: "output differs", durationMs: 14, actual: { status: "SUCCEEDED", output: { a: true } } },
    { ...failCase, status: "PASS", durationMs: 20, actual: { status: "SUCCEEDED", output: { v: "<a&b>" } } },
    { ...unsupportedCase, status: "PASS", durationMs: 100 },
    xfailCase,
    xpassCase,
  ]);
}

/** An interrupted run: a header announcing 4 cases, 2 case lines, no footer. */
export function interruptedReport(): RunReport {
  return { header: header("flaky-emulator", "2.0", 4), cases: [passCase, { ...errorCase, status: "PASS" }] };
}
