import { test } from "node:test";
import assert from "node:assert/strict";
import { toTap } from "./tap.ts";
import { emulatorReport, interruptedReport, referenceReport } from "./sample-reports.ts";

test("TAP 14: version, plan, a test point per case", () => {
  const lines = toTap(referenceReport()).split("\n");
  assert.equal(lines[0], "TAP version 14");
  assert.equal(lines[2], "1..6");
  const points = lines.filter((l) => /^(not )?ok \d+ /.test(l));
  assert.deepEqual(points, [
    "ok 1 - spec::pass::result-path-merges",
    "not ok 2 - aws::map[items]/nested:case \\#3 <x>",
    "not ok 3 - spec::validation::bad-json",
    "not ok 4 - aws::wait::wait-seconds",
    "ok 5 - aws::map::distributed-basic # SKIP the manifest declares map.distributed unsupported",
    "ok 6 - aws::services::lambda-invoke # SKIP needs lambda",
  ]);
  assert.equal(lines.at(-1), "");
});

test("failures carry a YAML diagnostic block; multi-line messages are literal blocks with control characters made visible", () => {
  const text = toTap(referenceReport());
  const block = text.slice(text.indexOf("not ok 2"), text.indexOf("not ok 3"));
  assert.equal(
    block,
    [
      "not ok 2 - aws::map[items]/nested:case \\#3 <x>",
      "  ---",
      "  status: FAIL",
      "  kind: execution",
      '  area: "map"',
      "  level: core",
      "  duration_ms: 30",
      "  message: |-",
      "    at $.output: expected <b>\"a&b\"</b> ]]> got \u2401\u241b[31m'x'\uFFFD # not a directive",
      "    second line",
      "  mismatches:",
      '    - path: "$.output"',
      '      message: "values differ"',
      '      expected: {"v":"<a&b>"}',
      '      actual: {"v":"]]>"}',
      "  ...",
      "",
    ].join("\n"),
  );
  assert.match(text, /not ok 4 - aws::wait::wait-seconds\n  ---\n  status: TIMEOUT\n[^]*  message: "no result in time"\n  \.\.\./);
});

test("XFAIL is a TODO, XPASS a plain failure (marked not required when it is not)", () => {
  const text = toTap(emulatorReport());
  assert.match(text, /^not ok 4 - aws::intrinsic::hash \\#1 # TODO known failure: hash of a surrogate pair$/m);
  assert.match(text, /^not ok 5 - aws::choice::string-matches\n  ---\n  status: XPASS\n/m);
  assert.match(text, /  required: false\n/);
  assert.match(text, /^ok 3 - aws::map::distributed-basic$/m);
});

test("an interrupted report bails out", () => {
  const text = toTap(interruptedReport());
  assert.match(text, /1\.\.2\n/);
  assert.ok(text.endsWith("Bail out! the run was interrupted after 2 of 4 case(s)\n"));
});

test("long mismatch values are cut and quoted", () => {
  const report = referenceReport();
  report.cases[1]!.mismatches = [{ path: "$.x", expected: "y".repeat(1000), message: "m" }];
  const line = toTap(report).split("\n").find((l) => l.startsWith("      expected: "))!;
  assert.ok(line.length < 330);
  assert.ok(line.endsWith('…"'));
  assert.ok(!toTap(report).includes("      actual:"), "an absent actual is left out");
});
