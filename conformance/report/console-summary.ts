/**
 * The end-of-run console text: the failures (id and the first lines of their explanation, capped),
 * counts per status and per level, and as the very last line `N passed, N failed` (followed by
 * `, N skipped` when some cases did not run). Control characters from targets' answers are shown as
 * visible symbols, so a report cannot drive the terminal.
 */
import { explanation, firstLines } from "./failure-text.ts";
import { representable } from "./markup-escape.ts";
import { CASE_LEVELS, CASE_STATUSES, type RunReport, type StatusCounts } from "./run-report.ts";
import { countByLevel, countStatuses, isFailure, summaryTotals } from "./verdicts.ts";

export interface ConsoleSummaryOptions {
  /** How many failures are listed (default 20). */
  maxFailures?: number;
  /** How many explanation lines are shown per failure (default 6). */
  maxLinesPerFailure?: number;
}

function countsText(counts: StatusCounts): string {
  const parts = CASE_STATUSES.filter((s) => counts[s] > 0).map((s) => `${s} ${counts[s]}`);
  return parts.length > 0 ? parts.join(", ") : "no cases";
}

function durationText(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The summary text, ending with the `N passed, N failed[, N skipped]` line and a newline. */
export function consoleSummary(report: RunReport, options: ConsoleSummaryOptions = {}): string {
  const maxFailures = options.maxFailures ?? 20;
  const maxLines = options.maxLinesPerFailure ?? 6;
  const { header, footer, cases } = report;
  const lines: string[] = [];

  const failures = cases.filter((c) => isFailure(c.status));
  if (failures.length > 0) {
    lines.push(`Failures (${failures.length}):`);
    for (const c of failures.slice(0, maxFailures)) {
      lines.push(`  ${c.status} ${c.id}${c.required === false ? " (not required)" : ""}`);
      for (const line of firstLines(explanation(c), maxLines)) lines.push(`      ${line}`);
    }
    if (failures.length > maxFailures) lines.push(`  … and ${failures.length - maxFailures} more failure(s) (see the full report)`);
    lines.push("");
  }

  const counts = countStatuses(cases);
  const byLevel = countByLevel(cases);
  const target = header.target.version ? `${header.target.name} ${header.target.version}` : header.target.name;
  const ran = footer ? `${cases.length} case(s) in ${durationText(footer.durationMs)}` : `${cases.length} of ${header.caseCount} case(s)`;
  lines.push(`sfn-conformance ${header.suiteVersion} on ${target}: ${ran}`);
  lines.push(`  by status: ${countsText(counts)}`);
  for (const level of CASE_LEVELS) {
    const levelTotal = CASE_STATUSES.reduce((sum, s) => sum + byLevel[level][s], 0);
    if (levelTotal > 0) lines.push(`  ${level}: ${countsText(byLevel[level])}`);
  }
  if (!footer) lines.push("warning: the run was interrupted (no footer); these counts cover the reported cases only");

  const totals = summaryTotals(counts);
  lines.push(`${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ""}`);
  return `${representable(lines.join("\n"))}\n`;
}
