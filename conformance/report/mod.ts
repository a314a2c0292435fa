/** Run reports: the canonical JSON Lines format, reading/writing it, and its renderers. */
export type {
  CaseKind,
  CaseLevel,
  CaseRequest,
  CaseResult,
  CaseStatus,
  ReportMismatch,
  RunReport,
  RunReportFooter,
  RunReportHeader,
  RunReportLine,
  StatusCounts,
  TargetDescription,
} from "./run-report.ts";
export { CASE_LEVELS, CASE_STATUSES, RUN_REPORT_FORMAT_VERSION } from "./run-report.ts";
export { countByLevel, countStatuses, createFooter, emptyCounts, exitCodeOf, isFailure, isPassed, isSkipped, summaryTotals } from "./verdicts.ts";
export { parseRunReport, reportLineText, RunReportFormatError, runReportText } from "./report-text.ts";
export type { ReadRunReport } from "./report-text.ts";
export { toJUnit } from "./junit.ts";
export { toTap } from "./tap.ts";
export { consoleSummary } from "./console-summary.ts";
export type { ConsoleSummaryOptions } from "./console-summary.ts";
export { createProgress, formatEta } from "./progress.ts";
export type { Progress } from "./progress.ts";
export { buildMatrix } from "./matrix.ts";
export type { MatrixOptions, SiteWriter } from "./matrix.ts";
export { parseMatrixArguments, runMatrixCommand } from "./matrix-command.ts";
export { safeFileName } from "./safe-file-name.ts";
