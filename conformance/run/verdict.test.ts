import { test } from "node:test";
import assert from "node:assert/strict";
import { verdictOf, NO_KNOWN_FAILURES, type KnownFailures } from "./verdict.ts";
import type { CaseOutcome } from "./case-outcome.ts";

const outcome = (result: CaseOutcome["result"], extra: Partial<CaseOutcome> = {}): CaseOutcome => ({ result, mismatches: [], ...extra });
const known: KnownFailures = { cases: { listed: "a known bug" }, history: { history: "an old recording" } };

test("unlisted cases: pass, fail, error, timeout, skip map to their statuses", () => {
  assert.deepEqual(verdictOf("x", outcome("pass"), NO_KNOWN_FAILURES), { status: "PASS" });
  assert.deepEqual(verdictOf("x", outcome("fail"), NO_KNOWN_FAILURES), { status: "FAIL" });
  assert.deepEqual(verdictOf("x", outcome("error"), NO_KNOWN_FAILURES), { status: "ERROR" });
  assert.deepEqual(verdictOf("x", outcome("timeout"), NO_KNOWN_FAILURES), { status: "TIMEOUT" });
  assert.deepEqual(verdictOf("x", outcome("skip", { message: "not observable" }), NO_KNOWN_FAILURES), { status: "SKIP", reason: "not observable" });
});

test("a known failure that fails is XFAIL with its reason; one that passes is XPASS", () => {
  for (const result of ["fail", "error", "timeout"] as const) assert.deepEqual(verdictOf("listed", outcome(result), known), { status: "XFAIL", reason: "a known bug" });
  const xpass = verdictOf("listed", outcome("pass"), known);
  assert.equal(xpass.status, "XPASS");
  assert.match(xpass.message!, /remove it from the list \(was: a known bug\)/);
});

test("a known history difference covers a history-only mismatch, and only when the history was compared", () => {
  assert.deepEqual(verdictOf("history", outcome("fail", { historyOnly: true, historyCompared: true }), known), { status: "XFAIL", reason: "an old recording" });
  assert.equal(verdictOf("history", outcome("fail", { historyOnly: false, historyCompared: true }), known).status, "FAIL", "the outcome must still match");
  assert.equal(verdictOf("history", outcome("pass", { historyCompared: true }), known).status, "XPASS");
  assert.equal(verdictOf("history", outcome("pass", { historyCompared: false }), known).status, "PASS");
});
