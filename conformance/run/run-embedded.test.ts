/**
 * End to end against the embedded reference runtime (fetchTransport over createService's
 * app.fetch): a handful of cases of every kind through runConformance, the report lines it emits
 * read back as a valid run report, and each status a run can give.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExecutionCase } from "../compare/execution-case.ts";
import { parseRunReport, reportLineText } from "../report/report-text.ts";
import type { RunReportLine } from "../report/run-report.ts";
import { executionCorpusCase, loadCorpus, type CorpusCase } from "./corpus.ts";
import { runConformance, type RunnerOptions } from "./runner.ts";
import { embeddedTarget } from "./target.ts";
import { NO_KNOWN_FAILURES } from "./verdict.ts";

const corpus = loadCorpus();
const byId = (id: string): CorpusCase => {
  const found = corpus.find((c) => c.id === id);
  assert.ok(found, id);
  return found;
};
const executionCase = (id: string): ExecutionCase => {
  const c = byId(id);
  assert.equal(c.source, "execution");
  return c.testCase as ExecutionCase;
};

const ACTIVITY_SUCCESS = "spec::task::activity-history-success";
const ACTIVITY_TIMEOUT = "spec::task::timeout-seconds-hang";
const EXPRESS_SYNC = "tests/aws/services/stepfunctions/v2/express/test_express_sync.py::TestExpressSync::test_base[BASE_RAISE_FAILURE]#start_execution_sync_response";
const API_CASE = "tests/aws/services/stepfunctions/v2/activities/test_activities.py::TestActivities::test_activity_task#create_activity_output";
const VALIDATION_ERROR = "tests/aws/services/stepfunctions/v2/credentials/test_credentials_base.py::TestCredentialsBase::test_invalid_credentials_field[EMPTY_CREDENTIALS]";
const VALIDATION_OK = "spec::validation::ok-express-plain";
const JSONATA = "tests/aws/services/stepfunctions/v2/intrinsic_functions/test_array_jsonata.py::TestArrayJSONata::test_array_partition#exec_hist_resp_0";

async function run(cases: CorpusCase[], overrides: Partial<RunnerOptions> = {}) {
  const lines: RunReportLine[] = [];
  const warnings: string[] = [];
  const report = await runConformance({
    connection: embeddedTarget({ timeScale: 0.01, region: "us-east-1", suiteVersion: "0.0.0-test" }),
    corpus: cases,
    selection: { filters: [], tags: [] },
    unsupported: [],
    known: NO_KNOWN_FAILURES,
    concurrency: 3,
    caseTimeoutMs: 30_000,
    runTimeoutMs: 120_000,
    seed: 1,
    suiteVersion: "0.0.0-test",
    headerOptions: { test: true },
    runId: "test",
    emit: (line) => lines.push(line),
    warn: (text) => warnings.push(text),
    ...overrides,
  });
  const read = parseRunReport(lines.map(reportLineText).join(""), "the emitted lines");
  assert.equal(read.interrupted, false);
  assert.deepEqual(read.warnings, []);
  const status = Object.fromEntries(report.cases.map((c) => [c.id, c.status]));
  return { report, lines, status, warnings };
}

test("activities, timeouts, express-sync, API contract and validation cases pass over the API", async () => {
  const { report, status, lines } = await run([ACTIVITY_SUCCESS, ACTIVITY_TIMEOUT, EXPRESS_SYNC, API_CASE, VALIDATION_ERROR, VALIDATION_OK, JSONATA].map(byId));
  assert.deepEqual(status, {
    [ACTIVITY_SUCCESS]: "PASS",
    [ACTIVITY_TIMEOUT]: "PASS",
    [EXPRESS_SYNC]: "PASS",
    [API_CASE]: "PASS",
    [VALIDATION_ERROR]: "PASS",
    [VALIDATION_OK]: "PASS",
    [JSONATA]: "PASS",
  });
  assert.equal(lines[0]!.type, "header");
  assert.equal(lines.at(-1)!.type, "footer");
  assert.equal(report.footer?.exitCode, 0);
  assert.equal(report.header.caseCount, 7);
  assert.equal(report.header.target.name, "reference-runtime");
  const validation = report.cases.find((c) => c.id === VALIDATION_OK)!;
  assert.deepEqual([validation.kind, validation.area], ["api", "validation"]);
  const activity = report.cases.find((c) => c.id === ACTIVITY_SUCCESS)!;
  assert.deepEqual(activity.case?.definition, executionCase(ACTIVITY_SUCCESS).definition, "the report carries what the case asked");
  assert.equal(activity.actual, undefined, "a passing case's answer is its expectation: not repeated");
});

test("FAIL with the mismatch, SKIP for needs, UNSUPPORTED for capabilities, XFAIL and XPASS from known failures", async () => {
  const original = executionCase(ACTIVITY_SUCCESS);
  const wrong = executionCorpusCase({ ...original, id: "test::wrong-output", expected: { ...original.expected, output: { not: "this" } } }, "test");
  const needsLambda = corpus.find((c) => c.needs.includes("lambda"))!;
  const { report, status } = await run([wrong, needsLambda, byId(JSONATA), byId(VALIDATION_OK), byId(API_CASE)], {
    unsupported: ["jsonata"],
    known: { cases: { [VALIDATION_OK]: "listed for the test", [API_CASE]: "listed for the test" }, history: {} },
  });
  assert.equal(status["test::wrong-output"], "FAIL");
  const failed = report.cases.find((c) => c.id === "test::wrong-output")!;
  assert.match(failed.mismatches?.[0]?.path ?? "", /^\$\.output/);
  assert.match(failed.message ?? "", /at \$\.output/);
  assert.equal(failed.actual?.["status"], "SUCCEEDED", "a failing case carries what the target answered");
  assert.equal(status[needsLambda.id], "SKIP");
  assert.equal(report.cases.find((c) => c.id === needsLambda.id)?.reason, `needs ${needsLambda.needs.join(", ")}`);
  assert.equal(status[JSONATA], "UNSUPPORTED");
  assert.equal(status[VALIDATION_OK], "XPASS");
  assert.equal(status[API_CASE], "XPASS");
  assert.equal(report.footer?.exitCode, 1);
  const xfail = await run([wrong], { known: { cases: { "test::wrong-output": "a known divergence" }, history: {} } });
  assert.equal(xfail.status["test::wrong-output"], "XFAIL");
  assert.equal(xfail.report.cases[0]!.reason, "a known divergence");
  assert.equal(xfail.report.footer?.exitCode, 0);
});

test("a case that does not end in time is TIMEOUT, its execution stopped, and the estimate warned about", async () => {
  const base = executionCase(ACTIVITY_TIMEOUT);
  const states = base.definition["States"] as Record<string, Record<string, unknown>>;
  const [name, state] = Object.entries(states)[0]!;
  const endless = executionCorpusCase(
    { ...base, id: "test::endless", definition: { ...base.definition, States: { ...states, [name]: { ...state, TimeoutSeconds: 100_000 } } }, history: undefined },
    "test",
  );
  const { status, report, warnings } = await run([endless], { caseTimeoutMs: 300 });
  assert.equal(status["test::endless"], "TIMEOUT");
  assert.match(report.cases[0]!.message ?? "", /per-case timeout/);
  assert.match(warnings.join("\n"), /1 case\(s\) may need more than the per-case timeout/);
});

test("the seed fixes the order in which cases are played", async () => {
  const cases = [VALIDATION_OK, VALIDATION_ERROR, API_CASE, JSONATA].map(byId);
  const order = async (seed: number) => (await run(cases, { seed, concurrency: 1 })).report.cases.map((c) => c.id);
  assert.deepEqual(await order(5), await order(5));
});
