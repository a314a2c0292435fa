/**
 * Reading and writing the JSON Lines text of a run report. Reading validates every line against
 * run-report.schema.json and the line order (header, cases, footer); a report without a footer
 * (an interrupted run, possibly with a half-written last line) is read with a warning.
 */
import schema from "./run-report.schema.json" with { type: "json" };
import { validateSchema } from "../compare/schema-validator.ts";
import { CASE_STATUSES, RUN_REPORT_FORMAT_VERSION, type CaseResult, type RunReport, type RunReportHeader, type RunReportLine } from "./run-report.ts";
import { countStatuses } from "./verdicts.ts";

/** The text is not a run report (or a damaged one); the message says where and why. */
export class RunReportFormatError extends Error {
  override name = "RunReportFormatError";
}

export interface ReadRunReport {
  report: RunReport;
  /** True when the footer is missing: the run did not finish. */
  interrupted: boolean;
  /** Readable notes about an interrupted or inconsistent report (the report is still usable). */
  warnings: string[];
}

/** One line of the report text: compact JSON and a newline. */
export function reportLineText(line: RunReportLine): string {
  return `${JSON.stringify(line)}\n`;
}

/** The whole report as JSON Lines text. */
export function runReportText(report: RunReport): string {
  const lines: RunReportLine[] = [report.header, ...report.cases];
  if (report.footer) lines.push(report.footer);
  return lines.map(reportLineText).join("");
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Parses and checks a run report. `source` names the text in messages (e.g. the file name).
 * Throws RunReportFormatError when the text is not a run report.
 */
export function parseRunReport(text: string, source = "the report"): ReadRunReport {
  const fail = (lineNumber: number, why: string): never => {
    throw new RunReportFormatError(`${source} is not a valid sfn-conformance run report: line ${lineNumber}: ${why}`);
  };
  const rows = text.split(/\r?\n/).map((raw, i) => ({ raw, number: i + 1 })).filter((row) => row.raw.trim() !== "");
  if (rows.length === 0) throw new RunReportFormatError(`${source} is empty: a run report starts with a header line`);
  const warnings: string[] = [];
  let header: RunReportHeader | undefined;
  let footer: RunReport["footer"];
  const cases: CaseResult[] = [];
  const caseLines = new Map<string, number>();

  for (const [index, row] of rows.entries()) {
    let value: unknown;
    try {
      value = JSON.parse(row.raw);
    } catch (e) {
      const isLast = index === rows.length - 1;
      if (isLast && header && !footer) {
        warnings.push(`${source}: line ${row.number} is incomplete (the run was interrupted while writing it); it is ignored`);
        break;
      }
      const hint = header ? "" : `; a run report is JSON Lines and starts with a header line {"type":"header",...}`;
      fail(row.number, `not JSON (${(e as Error).message}): ${preview(row.raw)}${hint}`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) fail(row.number, `not a JSON object: ${preview(row.raw)}`);
    const type = (value as { type?: unknown }).type;
    if (!header && type !== "header") fail(row.number, `the first line must be the header ({"type":"header",...}), found ${preview(row.raw)}`);
    const version = type === "header" ? ((value as { formatVersion?: unknown }).formatVersion ?? RUN_REPORT_FORMAT_VERSION) : RUN_REPORT_FORMAT_VERSION;
    if (version !== RUN_REPORT_FORMAT_VERSION) {
      fail(row.number, `format version ${JSON.stringify(version)} is not supported (this reader knows version ${RUN_REPORT_FORMAT_VERSION})`);
    }
    const errors = validateSchema(schema as Record<string, unknown>, value);
    if (errors.length > 0) {
      fail(row.number, errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join("; "));
    }
    const line = value as RunReportLine;
    if (footer) fail(row.number, "a line after the footer");
    if (line.type === "header") {
      if (header) fail(row.number, "a second header");
      header = line;
    } else if (line.type === "case") {
      const earlier = caseLines.get(line.id);
      if (earlier !== undefined) fail(row.number, `case "${line.id}" is reported twice (also on line ${earlier})`);
      caseLines.set(line.id, row.number);
      cases.push(line);
    } else {
      footer = line;
    }
  }

  const report: RunReport = footer ? { header: header!, cases, footer } : { header: header!, cases };
  if (!footer) {
    warnings.push(
      `${source}: no footer, the run was interrupted after ${cases.length} of ${header!.caseCount} case(s); the counts cover the reported cases only`,
    );
  } else {
    if (cases.length !== header!.caseCount) warnings.push(`${source}: the header announces ${header!.caseCount} case(s) but ${cases.length} are reported`);
    const tally = countStatuses(cases);
    const differing = CASE_STATUSES.filter((s) => tally[s] !== footer!.counts[s]);
    if (differing.length > 0) {
      warnings.push(
        `${source}: the footer counts disagree with the case lines for ${differing.map((s) => `${s} (footer ${footer!.counts[s]}, lines ${tally[s]})`).join(", ")}`,
      );
    }
  }
  return { report, interrupted: !footer, warnings };
}
