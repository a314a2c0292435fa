/**
 * TAP version 14 from a run report: `ok N - <id>` for PASS, `ok N - <id> # SKIP <reason>` for
 * UNSUPPORTED/SKIP, `not ok N - <id> # TODO <reason>` for XFAIL (an expected failure), and
 * `not ok N - <id>` with a YAML diagnostic block for FAIL/ERROR/TIMEOUT/XPASS. An interrupted
 * report ends with `Bail out!`.
 */
import { explanation } from "./failure-text.ts";
import { representable } from "./markup-escape.ts";
import type { CaseResult, ReportMismatch, RunReport } from "./run-report.ts";

const MAX_MISMATCHES = 10;
const MAX_VALUE_CHARS = 300;

/** A test point description: `\` and `#` escaped (TAP 14), on one line, control characters made visible. */
function description(text: string): string {
  return representable(text).replace(/[\r\n]+/g, " ").replace(/[\\#]/g, (c) => `\\${c}`);
}

/** Directive text (SKIP/TODO reason) kept on one line. */
function directiveReason(text: string | undefined, fallback: string): string {
  const reason = representable(text ?? "").replace(/[\r\n]+/g, " ").trim();
  return reason || fallback;
}

/**
 * A YAML scalar: a literal block for multi-line printable text, otherwise a JSON (= YAML
 * double-quoted) string. Characters YAML cannot carry are made visible first.
 */
function yamlString(raw: string, indent: string): string {
  const text = representable(raw);
  const printable = !/[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/.test(text);
  if (text.includes("\n") && printable && !/^\s/.test(text)) {
    return `|-\n${text.split("\n").map((line) => (line ? `${indent}  ${line}` : "")).join("\n")}`;
  }
  return JSON.stringify(text);
}

/** A JSON value as YAML: inline JSON (YAML 1.2 reads it) when short, else a string holding its start. */
function yamlValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? "null";
  } catch {
    text = String(value);
  }
  return text.length <= MAX_VALUE_CHARS ? text : JSON.stringify(`${text.slice(0, MAX_VALUE_CHARS - 1)}…`);
}

function mismatchYaml(m: ReportMismatch): string[] {
  const lines = [`    - path: ${JSON.stringify(representable(m.path))}`, `      message: ${JSON.stringify(representable(m.message))}`];
  if (m.expected !== undefined) lines.push(`      expected: ${yamlValue(m.expected)}`);
  if (m.actual !== undefined) lines.push(`      actual: ${yamlValue(m.actual)}`);
  return lines;
}

function diagnostics(c: CaseResult): string[] {
  const lines = [
    "  ---",
    `  status: ${c.status}`,
    `  kind: ${c.kind}`,
    `  area: ${JSON.stringify(c.area)}`,
    `  level: ${c.level}`,
    `  duration_ms: ${c.durationMs}`,
    `  message: ${yamlString(explanation(c), "  ")}`,
  ];
  if (c.required === false) lines.push("  required: false");
  if (c.mismatches && c.mismatches.length > 0) {
    lines.push("  mismatches:", ...c.mismatches.slice(0, MAX_MISMATCHES).flatMap(mismatchYaml));
    if (c.mismatches.length > MAX_MISMATCHES) lines.push(`  more_mismatches: ${c.mismatches.length - MAX_MISMATCHES}`);
  }
  lines.push("  ...");
  return lines;
}

function testPoint(c: CaseResult, n: number): string[] {
  const name = description(c.id);
  switch (c.status) {
    case "PASS":
      return [`ok ${n} - ${name}`];
    case "UNSUPPORTED":
    case "SKIP":
      return [`ok ${n} - ${name} # SKIP ${directiveReason(c.reason, c.status === "UNSUPPORTED" ? "unsupported by the target" : "not selected")}`];
    case "XFAIL":
      return [`not ok ${n} - ${name} # TODO ${directiveReason(c.reason, "known failure")}`];
    case "FAIL":
    case "ERROR":
    case "TIMEOUT":
    case "XPASS":
      return [`not ok ${n} - ${name}`, ...diagnostics(c)];
  }
}

/** The report as a TAP 14 stream. */
export function toTap(report: RunReport): string {
  const { header } = report;
  const target = header.target.version ? `${header.target.name} ${header.target.version}` : header.target.name;
  const lines = [
    "TAP version 14",
    `# sfn-conformance ${header.suiteVersion} on ${description(target)}, started ${header.startedAt}`,
    `1..${report.cases.length}`,
    ...report.cases.flatMap((c, i) => testPoint(c, i + 1)),
  ];
  if (!report.footer) lines.push(`Bail out! the run was interrupted after ${report.cases.length} of ${header.caseCount} case(s)`);
  return `${lines.join("\n")}\n`;
}
