/** The readable text explaining a case's status, shared by the renderers. */
import { formatMismatches } from "../compare/format.ts";
import type { CaseResult } from "./run-report.ts";

/** The default explanation when a case carries none. */
function fallback(status: CaseResult["status"]): string {
  switch (status) {
    case "XPASS":
      return "listed as a known failure but passed: remove it from the known failures";
    case "TIMEOUT":
      return "no result in time";
    case "ERROR":
      return "the runner or the target broke";
    case "FAIL":
      return "the answer differs from the expectation";
    default:
      return "";
  }
}

/**
 * The case's message (a minimal diff), else its mismatches formatted, else its reason, else a
 * default for its status ("" for PASS).
 */
export function explanation(result: CaseResult): string {
  if (result.message) return result.message;
  if (result.mismatches && result.mismatches.length > 0) {
    return formatMismatches(result.mismatches.map((m) => ({ path: m.path, expected: m.expected, actual: m.actual, message: m.message })));
  }
  if (result.reason) return result.reason;
  return fallback(result.status);
}

/** The first `maxLines` lines of `text`, with a note of how many were left out. */
export function firstLines(text: string, maxLines: number): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines), `… (${lines.length - maxLines} more line(s))`];
}
