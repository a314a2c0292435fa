/**
 * Runs the required conformance set through the in-process interpreter: every execution case under
 * cases/execution/ that is self-contained (no `needs`), recorded on AWS or spec-derived, must reproduce the recorded
 * outcome (status + output, or error + cause), unless listed in cases/known-failures.json — and a
 * listed case that passes fails the run, so the list stays honest. One test per case, each bounded
 * in time; cases with a recorded history get a second test matching it (exceptions, with reasons,
 * in cases/known-history-differences.json). Other cases are reported by cases/report-pass-rates.ts, not asserted here.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { runExecution, scaledTimers, StatesError, TaskTokens } from "../mod.ts";
import { type ExecutionRunner, runCase } from "../conformance/compare/run-case.ts";
import { allExecutionCases, isRequiredCase } from "../cases/case-selection.ts";
import knownFailuresJson from "../cases/known-failures.json" with { type: "json" };
import knownHistoryDifferencesJson from "../cases/known-history-differences.json" with { type: "json" };

const TIMEOUT_MS = 10_000;
/** After this many timed-out cases the interpreter is taken to hang: later cases get 1 s, so CI stays bounded. */
const HANG_LIMIT = 5;
let timeouts = 0;
const knownFailures = knownFailuresJson as Record<string, string>;
const knownHistoryDifferences = knownHistoryDifferencesJson as Record<string, string>;
const run = runExecution as unknown as ExecutionRunner;
const failure = (error: string, cause: string | undefined) => new StatesError(error, cause);
/** Scripted activity workers heartbeat and answer through the runtime's task tokens, as over the API. */
const taskTokens = (timeScale: number) => new TaskTokens(scaledTimers(timeScale));

for (const testCase of allExecutionCases().filter(isRequiredCase)) {
  const reason = knownFailures[testCase.id];
  test(testCase.id, { timeout: TIMEOUT_MS + 2_000 }, async () => {
    const result = await runCase(testCase, run, { timeScale: 0.001, timeoutMs: timeouts >= HANG_LIMIT ? 1_000 : TIMEOUT_MS, failure, taskTokens });
    if (result.crash?.includes("timed out")) timeouts++;
    if (reason === undefined) {
      assert.ok(result.passed, `${testCase.id}\n${result.report}`);
    } else {
      assert.ok(!result.passed, `${testCase.id} now passes: remove it from cases/known-failures.json (was: ${reason})`);
    }
  });
  // The recorded history too: event types, ids, previousEventId links and details.
  if (testCase.history && reason === undefined) {
    const historyReason = knownHistoryDifferences[testCase.id];
    test(`${testCase.id} [history]`, { timeout: TIMEOUT_MS + 2_000 }, async () => {
      const result = await runCase(testCase, run, { timeScale: 0.001, timeoutMs: TIMEOUT_MS, compareHistory: true, failure, taskTokens });
      if (historyReason === undefined) {
        assert.ok(result.passed, `${testCase.id}\n${result.report}`);
      } else {
        assert.ok(!result.passed, `${testCase.id} history now matches: remove it from cases/known-history-differences.json (was: ${historyReason})`);
      }
    });
  }
}
