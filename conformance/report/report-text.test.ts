import { test } from "node:test";
import assert from "node:assert/strict";
import schema from "./run-report.schema.json" with { type: "json" };
import { validateSchema } from "../compare/schema-validator.ts";
import { parseRunReport, reportLineText, RunReportFormatError, runReportText } from "./report-text.ts";
import { emulatorReport, interruptedReport, referenceReport } from "./sample-reports.ts";
import type { RunReport } from "./run-report.ts";

const lines = (report: RunReport) => [report.header, ...report.cases, ...(report.footer ? [report.footer] : [])];

test("every line of the sample reports validates against run-report.schema.json", () => {
  for (const report of [referenceReport(), emulatorReport(), interruptedReport()]) {
    for (const line of lines(report)) assert.deepEqual(validateSchema(schema as Record<string, unknown>, line), [], JSON.stringify(line).slice(0, 80));
  }
});

test("the schema rejects malformed lines", () => {
  const s = schema as Record<string, unknown>;
  const [header, first] = [referenceReport().header, referenceReport().cases[0]!];
  assert.ok(validateSchema(s, { ...first, status: "BROKEN" }).some((e) => e.path === "$.status"));
  assert.ok(validateSchema(s, { ...first, extra: 1 }).some((e) => e.path === "$.extra"));
  assert.ok(validateSchema(s, { ...header, startedAt: "yesterday" }).some((e) => e.path === "$.startedAt"));
  assert.ok(validateSchema(s, { type: "nonsense" }).length > 0);
  assert.ok(validateSchema(s, {}).some((e) => e.message.includes('"type"')));
  const footer = referenceReport().footer!;
  const { XPASS: _x, ...counts } = footer.counts;
  assert.ok(validateSchema(s, { ...footer, counts }).some((e) => e.path === "$.counts"));
});

test("a report survives writing and reading", () => {
  const report = referenceReport();
  const text = runReportText(report);
  assert.equal(text.split("\n").length, report.cases.length + 3); // header, cases, footer, trailing ""
  const read = parseRunReport(text, "ref.jsonl");
  assert.deepEqual(read.report, report);
  assert.equal(read.interrupted, false);
  assert.deepEqual(read.warnings, []);
  assert.ok(reportLineText(report.header).endsWith("}\n"));
});

test("the footer tallies statuses per level and sets the exit code", () => {
  const footer = referenceReport().footer!;
  assert.deepEqual(footer.counts, { PASS: 1, FAIL: 1, ERROR: 1, TIMEOUT: 1, UNSUPPORTED: 1, SKIP: 1, XFAIL: 0, XPASS: 0 });
  assert.equal(footer.byLevel.core.FAIL, 1);
  assert.equal(footer.byLevel.optional.TIMEOUT, 1);
  assert.equal(footer.byLevel["aws-quirk"].PASS, 0);
  assert.equal(footer.exitCode, 1);
  assert.equal(footer.durationMs, 61_234);
  // The emulator's only failures: a FAIL (required) and an XPASS marked not required.
  assert.equal(emulatorReport().footer!.exitCode, 1);
});

test("an interrupted report is read with a warning, even with a half-written last line", () => {
  const text = `${runReportText(interruptedReport())}{"type":"case","id":"half`;
  const read = parseRunReport(text, "flaky.jsonl");
  assert.equal(read.interrupted, true);
  assert.equal(read.report.cases.length, 2);
  assert.equal(read.report.footer, undefined);
  assert.equal(read.warnings.length, 2);
  assert.match(read.warnings[0]!, /flaky\.jsonl: line 4 is incomplete/);
  assert.match(read.warnings[1]!, /interrupted after 2 of 4 case\(s\)/);
});

test("inconsistent footers are reported as warnings", () => {
  const report = referenceReport();
  report.footer!.counts.PASS = 5;
  report.header.caseCount = 9;
  const read = parseRunReport(runReportText(report), "r.jsonl");
  assert.equal(read.warnings.length, 2);
  assert.match(read.warnings[0]!, /announces 9 case\(s\) but 6 are reported/);
  assert.match(read.warnings[1]!, /PASS \(footer 5, lines 1\)/);
});

test("text that is not a run report is refused with the line and the reason", () => {
  const good = runReportText(referenceReport()).trimEnd().split("\n");
  const refuse = (text: string, pattern: RegExp) =>
    assert.throws(() => parseRunReport(text, "x.jsonl"), (e: unknown) => e instanceof RunReportFormatError && pattern.test(e.message));
  refuse("", /x\.jsonl is empty/);
  refuse("<html></html>\n", /x\.jsonl is not a valid sfn-conformance run report: line 1: not JSON/);
  refuse('{"name":"package"}', /line 1: the first line must be the header/);
  refuse("[1,2]", /line 1: not a JSON object/);
  refuse([good[0], good[1]!.replace('"PASS"', '"MAYBE"')].join("\n"), /line 2: \$\.status: must be one of/);
  refuse([good[0], good[0]].join("\n"), /line 2: a second header/);
  refuse([...good, good[1]].join("\n"), /line 9: a line after the footer/);
  refuse([good[0], good[1], good[1]].join("\n"), /line 3: case "spec::pass::result-path-merges" is reported twice \(also on line 2\)/);
  refuse([good[0], "{not json", good[1]].join("\n"), /line 2: not JSON/);
  refuse(good[0]!.replace('"formatVersion":1', '"formatVersion":2'), /line 1: format version 2 is not supported \(this reader knows version 1\)/);
});

test("blank lines and CRLF line ends are accepted", () => {
  const text = runReportText(referenceReport()).replace(/\n/g, "\r\n\r\n");
  assert.equal(parseRunReport(text).report.cases.length, 6);
});
