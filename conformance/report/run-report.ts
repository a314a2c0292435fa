/**
 * The canonical run report: JSON Lines, a header line, one line per case, a footer line
 * (conformance/report/README.md; JSON Schema: run-report.schema.json). Every other output
 * (JUnit, TAP, console, the HTML matrix) is rendered from these lines.
 */

/** The verdict on one case (see README.md for what each means). */
export type CaseStatus = "PASS" | "FAIL" | "ERROR" | "TIMEOUT" | "UNSUPPORTED" | "SKIP" | "XFAIL" | "XPASS";

/** All statuses, in the order reports and summaries list them. */
export const CASE_STATUSES: readonly CaseStatus[] = ["PASS", "FAIL", "ERROR", "TIMEOUT", "UNSUPPORTED", "SKIP", "XFAIL", "XPASS"];

export type CaseLevel = "core" | "optional" | "aws-quirk";
export const CASE_LEVELS: readonly CaseLevel[] = ["core", "optional", "aws-quirk"];

export type CaseKind = "execution" | "api";

/** How many cases ended with each status (all eight keys present). */
export type StatusCounts = Record<CaseStatus, number>;

/** The run report format version this library writes and reads. */
export const RUN_REPORT_FORMAT_VERSION = 1;

export interface TargetDescription {
  /** The implementation's name as shown in reports and matrix columns (e.g. "reference-runtime"). */
  name: string;
  version?: string;
  url?: string;
  /** The target's capability manifest as the runner read it (features it declares unsupported, ...). */
  manifest?: Record<string, unknown>;
}

export interface RunReportHeader {
  type: "header";
  /** Absent means 1. */
  formatVersion?: number;
  suite: "sfn-conformance";
  suiteVersion: string;
  target: TargetDescription;
  /** ISO-8601 time the run started. */
  startedAt: string;
  seed?: number;
  /** The runner's options (selection, concurrency, timeouts...), free-form. */
  options: Record<string, unknown>;
  /** How many case lines the run will write. */
  caseCount: number;
}

/** One difference between what a case expected and what the target answered. */
export interface ReportMismatch {
  path: string;
  expected?: unknown;
  actual?: unknown;
  message: string;
}

/** What the case asked (copied from the case so reports are self-contained). */
export interface CaseRequest {
  definition?: unknown;
  input?: unknown;
  operation?: string;
  request?: unknown;
  expected?: unknown;
  [member: string]: unknown;
}

export interface CaseResult {
  type: "case";
  id: string;
  kind: CaseKind;
  /** The case's area: its folder under cases/execution/ (or "validation" for API cases). */
  area: string;
  level: CaseLevel;
  features: string[];
  provenance: { kind: "aws-recorded" | "spec"; [member: string]: unknown };
  status: CaseStatus;
  durationMs: number;
  /**
   * Whether the case decides the exit code (default true). A runner marks cases it reports for
   * information only (e.g. levels the user did not require) with `false`.
   */
  required?: boolean;
  /** Why the case was UNSUPPORTED, SKIP or XFAIL. */
  reason?: string;
  /** Readable failure text (a minimal diff) for FAIL/ERROR/TIMEOUT/XPASS. */
  message?: string;
  mismatches?: ReportMismatch[];
  case?: CaseRequest;
  /** What the target answered: execution status/output/error/cause/history, or the API response. */
  actual?: Record<string, unknown>;
}

export interface RunReportFooter {
  type: "footer";
  finishedAt: string;
  durationMs: number;
  counts: StatusCounts;
  byLevel: Record<CaseLevel, StatusCounts>;
  exitCode: 0 | 1;
}

export type RunReportLine = RunReportHeader | CaseResult | RunReportFooter;

/** A parsed report; `footer` is absent when the run was interrupted. */
export interface RunReport {
  header: RunReportHeader;
  cases: CaseResult[];
  footer?: RunReportFooter;
}
