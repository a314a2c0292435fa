import { test } from "node:test";
import assert from "node:assert/strict";
import { parseMatrixArguments, runMatrixCommand } from "./matrix-command.ts";
import { runReportText } from "./report-text.ts";
import { emulatorReport, interruptedReport, referenceReport } from "./sample-reports.ts";

function run(inputs: { path: string; text: string }[]) {
  const site = new Map<string, string>();
  const result = runMatrixCommand(inputs, (path, text) => site.set(path, text), { generatedAt: "2025-01-02T04:00:00.000Z" });
  return { ...result, site };
}

test("arguments: report files and --out (default site)", () => {
  assert.deepEqual(parseMatrixArguments(["a.jsonl", "--out", "out/", "b.jsonl"]), { files: ["a.jsonl", "b.jsonl"], outDir: "out/" });
  assert.deepEqual(parseMatrixArguments(["a.jsonl", "--out=x"]), { files: ["a.jsonl"], outDir: "x" });
  assert.deepEqual(parseMatrixArguments(["a.jsonl"]), { files: ["a.jsonl"], outDir: "site" });
  assert.deepEqual(parseMatrixArguments([]), { error: "give at least one run report (.jsonl)" });
  assert.deepEqual(parseMatrixArguments(["a.jsonl", "--out"]), { error: "--out needs a directory" });
  assert.deepEqual(parseMatrixArguments(["a.jsonl", "--colour"]), { error: "unknown option --colour" });
});

test("finished reports: the site is written, exit 0", () => {
  const r = run([
    { path: "ref.jsonl", text: runReportText(referenceReport()) },
    { path: "emu.jsonl", text: runReportText(emulatorReport()) },
  ]);
  assert.equal(r.exitCode, 0);
  assert.deepEqual(r.messages, []);
  assert.equal(r.written.length, r.site.size);
  assert.match(r.site.get("index.html")!, /<th>reference-runtime 0\.1\.0<\/th><th>other-emulator<\/th>/);
});

test("a file that is not a run report: a clear message, nothing written, exit 2", () => {
  const r = run([
    { path: "ref.jsonl", text: runReportText(referenceReport()) },
    { path: "package.json", text: '{"name":"x","version":"1.0.0"}\n' },
    { path: "empty.jsonl", text: "" },
  ]);
  assert.equal(r.exitCode, 2);
  assert.equal(r.site.size, 0);
  assert.deepEqual(r.messages, [
    'error: package.json is not a valid sfn-conformance run report: line 1: the first line must be the header ({"type":"header",...}), found {"name":"x","version":"1.0.0"}',
    "error: empty.jsonl is empty: a run report starts with a header line",
    "no site written",
  ]);
});

test("an interrupted report (no footer): rendered with a warning, exit 2", () => {
  const r = run([
    { path: "ref.jsonl", text: runReportText(referenceReport()) },
    { path: "flaky.jsonl", text: `${runReportText(interruptedReport())}{"type":"ca` },
  ]);
  assert.equal(r.exitCode, 2);
  assert.ok(r.site.has("index.html"));
  assert.deepEqual(r.messages, [
    "warning: flaky.jsonl: line 4 is incomplete (the run was interrupted while writing it); it is ignored",
    "warning: flaky.jsonl: no footer, the run was interrupted after 2 of 4 case(s); the counts cover the reported cases only",
    "the site was written, but flaky.jsonl is incomplete (interrupted run)",
  ]);
  assert.match(r.site.get("index.html")!, /<p class="warning">flaky\.jsonl: no footer, the run was interrupted after 2 of 4 case\(s\)/);
});
