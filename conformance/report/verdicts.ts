/**
 * What the statuses mean for a run: which count as passed, failed or skipped, the tallies the
 * footer carries, and the exit code.
 */
import {
  CASE_LEVELS,
  CASE_STATUSES,
  type CaseLevel,
  type CaseResult,
  type CaseStatus,
  type RunReportFooter,
  type StatusCounts,
} from "./run-report.ts";

/** FAIL, ERROR, TIMEOUT and XPASS (a known failure that passes: the list must be fixed). */
export function isFailure(status: CaseStatus): boolean {
  return status === "FAIL" || status === "ERROR" || status === "TIMEOUT" || status === "XPASS";
}

/** PASS, and XFAIL (a known failure that failed as expected). */
export function isPassed(status: CaseStatus): boolean {
  return status === "PASS" || status === "XFAIL";
}

/** UNSUPPORTED and SKIP: the case did not run. */
export function isSkipped(status: CaseStatus): boolean {
  return status === "UNSUPPORTED" || status === "SKIP";
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function countStatuses(cases: Iterable<Pick<CaseResult, "status">>): StatusCounts {
  const counts = emptyCounts();
  for (const c of cases) counts[c.status]++;
  return counts;
}

export function countByLevel(cases: Iterable<Pick<CaseResult, "status" | "level">>): Record<CaseLevel, StatusCounts> {
  const byLevel = Object.fromEntries(CASE_LEVELS.map((l) => [l, emptyCounts()])) as Record<CaseLevel, StatusCounts>;
  for (const c of cases) byLevel[c.level][c.status]++;
  return byLevel;
}

/** 1 when a required case (`required` not false) failed, errored, timed out or passed unexpectedly. */
export function exitCodeOf(cases: Iterable<Pick<CaseResult, "status" | "required">>): 0 | 1 {
  for (const c of cases) if (c.required !== false && isFailure(c.status)) return 1;
  return 0;
}

/** Totals for the final summary line: passed = PASS+XFAIL, failed = FAIL+ERROR+TIMEOUT+XPASS, skipped = UNSUPPORTED+SKIP. */
export function summaryTotals(counts: StatusCounts): { passed: number; failed: number; skipped: number } {
  return {
    passed: counts.PASS + counts.XFAIL,
    failed: counts.FAIL + counts.ERROR + counts.TIMEOUT + counts.XPASS,
    skipped: counts.UNSUPPORTED + counts.SKIP,
  };
}

/** The footer line for a finished run. */
export function createFooter(cases: readonly CaseResult[], startedAt: Date, finishedAt: Date): RunReportFooter {
  return {
    type: "footer",
    finishedAt: finishedAt.toISOString(),
    durationMs: Math.max(0, finishedAt.getTime() - startedAt.getTime()),
    counts: countStatuses(cases),
    byLevel: countByLevel(cases),
    exitCode: exitCodeOf(cases),
  };
}
