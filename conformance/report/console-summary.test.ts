import { test } from "node:test";
import assert from "node:assert/strict";
import { consoleSummary } from "./console-summary.ts";
import { emulatorReport, interruptedReport, referenceReport } from "./sample-reports.ts";
import type { CaseResult } from "./run-report.ts";

const lastLine = (text: string) => text.trimEnd().split("\n").at(-1);

test("failures first, then counts per status and level, then the closing line alone", () => {
  const text = consoleSummary(referenceReport());
  assert.ok(text.startsWith("Failures (3):\n  FAIL aws::map[items]/nested:case #3 <x>\n      at $.output: expected"));
  assert.match(text, /\n  ERROR spec::validation::bad-json\n      the target answered HTTP 500 with an HTML page\n/);
  assert.match(text, /\n  TIMEOUT aws::wait::wait-seconds\n      no result in time\n/);
  assert.match(text, /\nsfn-conformance 0\.1\.0 on reference-runtime 0\.1\.0: 6 case\(s\) in 61\.2 s\n/);
  assert.match(text, /\n  by status: PASS 1, FAIL 1, ERROR 1, TIMEOUT 1, UNSUPPORTED 1, SKIP 1\n/);
  assert.match(text, /\n  core: PASS 1, FAIL 1, ERROR 1\n  optional: TIMEOUT 1, UNSUPPORTED 1, SKIP 1\n/);
  assert.ok(!text.includes("aws-quirk:"), "levels without cases are left out");
  assert.equal(lastLine(text), "1 passed, 3 failed, 2 skipped");
  assert.ok(text.endsWith("\n1 passed, 3 failed, 2 skipped\n"));
});

test("XFAIL counts as passed, XPASS as failed; no skipped part when nothing was skipped", () => {
  const text = consoleSummary(emulatorReport());
  assert.match(text, /\n  XPASS aws::choice::string-matches \(not required\)\n      listed as a known failure but passed/);
  assert.equal(lastLine(text), "3 passed, 2 failed");
});

test("control characters from a target never reach the terminal", () => {
  const text = consoleSummary(referenceReport());
  assert.ok(!/[\u0000-\u0008\u000B-\u001F]/.test(text));
  assert.ok(text.includes("got \u2401\u241b[31m"));
});

test("failures are capped, each to a few lines", () => {
  const many: CaseResult[] = Array.from({ length: 30 }, (_, i) => ({
    ...referenceReport().cases[1]!,
    id: `case-${i}`,
    message: Array.from({ length: 10 }, (_, j) => `line ${j}`).join("\n"),
  }));
  const report = { ...referenceReport(), cases: many };
  const text = consoleSummary(report, { maxFailures: 3, maxLinesPerFailure: 2 });
  assert.match(text, /^Failures \(30\):\n  FAIL case-0\n      line 0\n      line 1\n      … \(8 more line\(s\)\)\n  FAIL case-1\n/);
  assert.match(text, /\n  … and 27 more failure\(s\) \(see the full report\)\n/);
  assert.ok(!text.includes("case-3\n"));
  assert.equal(lastLine(text), "0 passed, 30 failed");
});

test("an interrupted report says so before the closing line", () => {
  const text = consoleSummary(interruptedReport());
  assert.match(text, /flaky-emulator 2\.0: 2 of 4 case\(s\)\n/);
  assert.match(text, /warning: the run was interrupted \(no footer\)[^\n]*\n2 passed, 0 failed\n$/);
});
