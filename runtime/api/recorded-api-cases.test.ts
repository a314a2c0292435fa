/**
 * Replays every required API contract case (cases/api/, `needs` empty: recorded on real AWS) in
 * process against the reference runtime's HTTP API (`app.fetch`), through the same replay engine a
 * remote run uses (conformance/api/). Each case gets its own account (a fresh access key), so cases
 * never see each other. A case listed in cases/known-failures.json must fail — a listed case that
 * passes fails the run, so the list stays honest (same rule as runtime/recorded-cases.test.ts).
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { allApiCases, isRequiredApiCase } from "../../cases/case-selection.ts";
import knownFailuresJson from "../../cases/known-failures.json" with { type: "json" };
import { runApiCase } from "../../conformance/api/run-api-case.ts";
import { fetchTransport } from "../../conformance/api/transport.ts";
import { installedServiceModels } from "./model/installed-models-node.ts";
import { createService } from "./service.ts";
import { stoppableTimers } from "./stoppable-timers.ts";

const TIMEOUT_MS = 20_000;
const REGION = "us-east-1";
const knownFailures = knownFailuresJson as Record<string, string>;
// Cases may leave executions running (a Task nobody answers waits out its default TimeoutSeconds):
// their timers are cancelled at the end so the test process can exit.
const timers = stoppableTimers(0.001);
const { app } = createService({ timers, serviceModels: installedServiceModels() });
after(() => timers.stop());

/** A 12-digit access key is taken as the account id itself (runtime/api/request-context.ts). */
let accounts = 0;
const freshAccount = () => String(200_000_000_000 + ++accounts);

for (const testCase of allApiCases().filter(isRequiredApiCase)) {
  const reason = knownFailures[testCase.id];
  test(testCase.id, { timeout: TIMEOUT_MS }, async () => {
    const accountId = freshAccount();
    const transport = fetchTransport(app.fetch, { accessKeyId: accountId, region: REGION });
    const result = await runApiCase(testCase, transport, { accountId, region: REGION, pollAttempts: 100, pollDelayMs: 20 });
    if (reason === undefined) {
      assert.ok(result.passed, `${testCase.id}\n${result.report}`);
    } else {
      assert.ok(!result.passed, `${testCase.id} now passes: remove it from cases/known-failures.json (was: ${reason})`);
    }
  });
}
