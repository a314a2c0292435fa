/**
 * Compares an execution's outcome (status, output, error, cause) with a case's `expected` block.
 * Rules (see cases/README.md): output is compared when given (strings holding JSON are NOT
 * equal to the parsed value: a state output is a value, not wire text); a missing `error` means
 * the execution must have none; `cause` follows `causeMatch` (default `exact`: a missing cause
 * means the execution must have none).
 */
import { compareJson, type Mismatch } from "./compare-json.ts";
import type { Bindings } from "./placeholders.ts";

export interface ExpectedOutcome {
  status: string;
  output?: unknown;
  error?: string;
  cause?: string;
  causeMatch?: "exact" | "prefix" | "any";
}

export interface ActualOutcome {
  status: string;
  output?: unknown;
  error?: string;
  cause?: string;
}

const absentOrEmpty = (value: string | undefined) => value === undefined || value === "";

export function compareOutcome(expected: ExpectedOutcome, actual: ActualOutcome, placeholders: readonly string[] = [], bindings: Bindings = new Map()): Mismatch[] {
  if (expected.status !== actual.status) {
    const detail = actual.status === "SUCCEEDED" ? { output: actual.output } : { error: actual.error, cause: actual.cause };
    return [{ path: "$.status", expected: expected.status, actual: actual.status, message: `status differs (actual ${JSON.stringify(detail)})` }];
  }
  const out: Mismatch[] = [];
  if (Object.hasOwn(expected, "output")) {
    out.push(...compareJson(expected.output, actual.output, { placeholders, bindings, path: "$.output", jsonText: "never" }));
  }
  if (expected.status === "SUCCEEDED") return out;
  if (expected.error === undefined) {
    if (!absentOrEmpty(actual.error)) out.push({ path: "$.error", expected: undefined, actual: actual.error, message: "expected no error name" });
  } else {
    out.push(...compareJson(expected.error, actual.error, { placeholders, bindings, path: "$.error", jsonText: "never" }));
  }
  const mode = expected.causeMatch ?? "exact";
  if (mode === "any") return out;
  if (expected.cause === undefined) {
    if (mode === "exact" && !absentOrEmpty(actual.cause)) out.push({ path: "$.cause", expected: undefined, actual: actual.cause, message: "expected no cause" });
    return out;
  }
  if (mode === "prefix") {
    if (typeof actual.cause !== "string" || !actual.cause.startsWith(expected.cause)) {
      out.push({ path: "$.cause", expected: expected.cause, actual: actual.cause, message: "cause does not start with the expected text" });
    }
    return out;
  }
  out.push(...compareJson(expected.cause, actual.cause, { placeholders, bindings, path: "$.cause", jsonText: "always" }));
  return out;
}
