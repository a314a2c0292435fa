import { test } from "node:test";
import assert from "node:assert/strict";
import { runCase } from "./run-case.ts";
import type { ExecutionCase } from "./execution-case.ts";

const passCase: ExecutionCase = {
  id: "t::pass",
  provenance: { kind: "spec", section: "Pass State" },
  level: "core",
  features: ["state:Pass"],
  needs: [],
  queryLanguage: "JSONPath",
  stateMachineType: "STANDARD",
  definition: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
  input: { a: 1 },
  expected: { status: "SUCCEEDED", output: { a: 1 } },
};

test("a matching outcome passes and the runner receives definition, input, timeScale and a signal", async () => {
  let seen: Record<string, unknown> = {};
  const result = await runCase(passCase, async (options) => {
    seen = options;
    return { status: "SUCCEEDED", output: { a: 1 }, history: [] };
  });
  assert.equal(result.passed, true);
  assert.deepEqual(seen.input, { a: 1 });
  assert.equal(seen.timeScale, 0.001);
  assert.ok(seen.signal instanceof AbortSignal);
});

test("a differing outcome fails with a readable report", async () => {
  const result = await runCase(passCase, async () => ({ status: "SUCCEEDED", output: { a: 2 } }));
  assert.equal(result.passed, false);
  assert.match(result.report, /at \$\.output\.a: values differ/);
});

test("a throwing runner fails cleanly", async () => {
  const result = await runCase(passCase, async () => {
    throw new Error("runExecution: interpreter not wired yet");
  });
  assert.equal(result.passed, false);
  assert.match(result.crash!, /not wired yet/);
});

test("a hanging runner is abandoned at the timeout and its signal aborted", async () => {
  let aborted = false;
  const started = Date.now();
  const result = await runCase(
    passCase,
    (options) =>
      new Promise((_, reject) =>
        (options.signal as AbortSignal).addEventListener("abort", () => {
          aborted = true;
          reject(new Error("aborted by signal"));
        }),
      ),
    { timeoutMs: 50 },
  );
  assert.equal(result.passed, false);
  assert.match(result.crash!, /timed out after 50 ms/);
  assert.equal(aborted, true);
  assert.ok(Date.now() - started < 2_000);
});

test("a case with a mock configuration runs as its test case, under the configuration's one state machine", async () => {
  let seen: Record<string, unknown> = {};
  const mockConfig = {
    StateMachines: { Recorded: { TestCases: { HappyPath: { T: "TResponses" } } } },
    MockedResponses: { TResponses: { "0": { Return: { ok: true } } } },
  };
  const mocked: ExecutionCase = { ...passCase, mockConfig, mockTestCase: "HappyPath" };
  await runCase(mocked, async (options) => {
    seen = options;
    return { status: "SUCCEEDED", output: { a: 1 } };
  });
  assert.deepEqual(seen.mock, { config: mockConfig, testCase: "HappyPath" });
  assert.equal(seen.stateMachineName, "Recorded");
  assert.equal(seen.handlers, undefined);
});

test("a case with callbacks hands the runner one handler per callback state", async () => {
  let seen: Record<string, unknown> = {};
  const withCallbacks: ExecutionCase = { ...passCase, callbacks: [{ state: "Wait", submitted: { MessageId: "1" }, send: "success", output: {} }] };
  await runCase(withCallbacks, async (options) => {
    seen = options;
    return { status: "SUCCEEDED", output: { a: 1 } };
  });
  assert.deepEqual(Object.keys(seen.handlers as object), ["Wait"]);
  assert.equal(seen.mock, undefined);
});
