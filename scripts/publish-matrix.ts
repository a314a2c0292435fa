/**
 * Builds the HTML matrix published under docs/ from run reports, with the per-case detail trimmed
 * so the committed site stays small: each case line keeps what the case asked (definition, input,
 * operation, request — not the expected blocks, steps or task scripts), its first 5 mismatches with
 * values cut to 300 characters, its message cut to 12 lines, and its actual answer only when it has
 * no mismatches (cut to 2,000 characters). Statuses, reasons and counts are untouched.
 * Usage: node --import tsx scripts/publish-matrix.ts <report.jsonl>... --out docs/conformance/matrix
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildMatrix } from "../conformance/report/matrix.ts";
import { parseRunReport } from "../conformance/report/report-text.ts";
import type { CaseResult, RunReport } from "../conformance/report/run-report.ts";

const MAX_MISMATCHES = 5;
const MAX_VALUE_CHARS = 300;
const MAX_MESSAGE_LINES = 12;
const MAX_ACTUAL_CHARS = 2000;

function cut(value: unknown, max: number): unknown {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : value;
}

function trimCase(c: CaseResult): CaseResult {
  const { case: asked, actual, mismatches, message, ...rest } = c;
  const out: CaseResult = { ...rest };
  if (asked) {
    out.case = {
      ...(asked.definition !== undefined ? { definition: asked.definition } : {}),
      ...(asked.input !== undefined ? { input: asked.input } : {}),
      ...(asked.operation !== undefined ? { operation: asked.operation } : {}),
      ...(asked.request !== undefined ? { request: asked.request } : {}),
    };
  }
  if (mismatches?.length) {
    out.mismatches = mismatches.slice(0, MAX_MISMATCHES).map((m) => ({
      path: m.path,
      message: m.message,
      ...(m.expected !== undefined ? { expected: cut(m.expected, MAX_VALUE_CHARS) } : {}),
      ...(m.actual !== undefined ? { actual: cut(m.actual, MAX_VALUE_CHARS) } : {}),
    }));
  } else if (actual) {
    const text = JSON.stringify(actual);
    out.actual = text.length > MAX_ACTUAL_CHARS ? { trimmed: `${text.slice(0, MAX_ACTUAL_CHARS)}… (${text.length} characters)` } : actual;
  }
  if (message) {
    const lines = message.split("\n");
    out.message = lines.length > MAX_MESSAGE_LINES ? [...lines.slice(0, MAX_MESSAGE_LINES), `… (${lines.length - MAX_MESSAGE_LINES} more line(s) in the full report)`].join("\n") : message;
  }
  return out;
}

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const outDir = outIndex >= 0 ? args[outIndex + 1] : undefined;
const files = args.filter((_, i) => i !== outIndex && i !== outIndex + 1);
if (!outDir || files.length === 0) {
  console.error("usage: node --import tsx scripts/publish-matrix.ts <report.jsonl>... --out <dir>");
  process.exit(2);
}
const reports: RunReport[] = files.map((file) => {
  const { report } = parseRunReport(readFileSync(file, "utf8"), file);
  return { ...report, cases: report.cases.map(trimCase) };
});
const written = buildMatrix(
  reports,
  (path, text) => {
    const full = join(outDir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  },
  { generatedAt: new Date().toISOString() },
);
console.log(`wrote ${written.length} page(s): ${join(outDir, "index.html")}`);
