/**
 * From a played case's outcome to its report status, with the known failures that apply to the
 * target: a listed case that fails is XFAIL (with the listed reason), one that passes is XPASS (the
 * list must be fixed). A case whose outcome matched but whose history differs, listed as a known
 * history difference, is XFAIL too (and XPASS once its history matches).
 */
import type { CaseStatus } from "../report/run-report.ts";
import type { CaseOutcome } from "./case-outcome.ts";

export interface KnownFailures {
  /** Case id → why the target fails it. */
  cases: Readonly<Record<string, string>>;
  /** Case id → why its history differs (its outcome must still match). */
  history: Readonly<Record<string, string>>;
}

export const NO_KNOWN_FAILURES: KnownFailures = { cases: {}, history: {} };

export interface Verdict {
  status: CaseStatus;
  reason?: string;
  /** Replaces the outcome's message (XPASS). */
  message?: string;
}

export function verdictOf(id: string, outcome: CaseOutcome, known: KnownFailures): Verdict {
  const failure = Object.hasOwn(known.cases, id) ? known.cases[id] : undefined;
  const historyDifference = Object.hasOwn(known.history, id) ? known.history[id] : undefined;
  switch (outcome.result) {
    case "skip":
      return { status: "SKIP", reason: outcome.message ?? "not observable" };
    case "pass":
      if (failure !== undefined) return { status: "XPASS", message: `listed as a known failure but passed: remove it from the list (was: ${failure})` };
      if (historyDifference !== undefined && outcome.historyCompared) {
        return { status: "XPASS", message: `listed as a known history difference but the history matches: remove it from the list (was: ${historyDifference})` };
      }
      return { status: "PASS" };
    case "fail":
    case "error":
    case "timeout": {
      if (failure !== undefined) return { status: "XFAIL", reason: failure };
      if (outcome.result === "fail" && outcome.historyOnly && historyDifference !== undefined) return { status: "XFAIL", reason: historyDifference };
      return { status: outcome.result === "fail" ? "FAIL" : outcome.result === "error" ? "ERROR" : "TIMEOUT" };
    }
  }
}
