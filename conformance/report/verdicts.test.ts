import { test } from "node:test";
import assert from "node:assert/strict";
import { CASE_STATUSES, type CaseStatus } from "./run-report.ts";
import { countByLevel, exitCodeOf, isFailure, isPassed, isSkipped, summaryTotals } from "./verdicts.ts";

test("every status is exactly one of passed, failed, skipped", () => {
  for (const s of CASE_STATUSES) assert.equal([isPassed(s), isFailure(s), isSkipped(s)].filter(Boolean).length, 1, s);
  assert.deepEqual(CASE_STATUSES.filter(isFailure), ["FAIL", "ERROR", "TIMEOUT", "XPASS"]);
  assert.deepEqual(CASE_STATUSES.filter(isPassed), ["PASS", "XFAIL"]);
});

test("the exit code: 1 only for a failure among required cases", () => {
  const run = (...statuses: [CaseStatus, boolean?][]) => exitCodeOf(statuses.map(([status, required]) => ({ status, ...(required === undefined ? {} : { required }) })));
  assert.equal(run(["PASS"], ["XFAIL"], ["SKIP"], ["UNSUPPORTED"]), 0);
  assert.equal(run(["PASS"], ["XPASS"]), 1, "a known failure that passes fails the run");
  assert.equal(run(["PASS"], ["TIMEOUT", true]), 1);
  assert.equal(run(["PASS"], ["FAIL", false], ["ERROR", false]), 0, "failures of cases not required do not");
  assert.equal(run(), 0);
});

test("totals and per-level counts", () => {
  const cases = (["PASS", "XFAIL", "FAIL", "XPASS", "SKIP", "UNSUPPORTED", "ERROR"] as CaseStatus[]).map((status, i) => ({ status, level: i < 4 ? ("core" as const) : ("aws-quirk" as const) }));
  const byLevel = countByLevel(cases);
  assert.equal(byLevel.core.PASS + byLevel.core.XFAIL + byLevel.core.FAIL + byLevel.core.XPASS, 4);
  assert.equal(byLevel["aws-quirk"].ERROR, 1);
  assert.deepEqual(Object.values(byLevel.optional), [0, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(summaryTotals({ PASS: 3, FAIL: 1, ERROR: 1, TIMEOUT: 1, UNSUPPORTED: 2, SKIP: 3, XFAIL: 4, XPASS: 1 }), { passed: 7, failed: 4, skipped: 5 });
});
