import { test } from "node:test";
import assert from "node:assert/strict";
import { installPlainAbortController, PlainAbortController, PlainAbortSignal } from "./plain-abort-controller.ts";
import { createService } from "./service.ts";

test("abort() sets aborted and reason once, then tells listeners and onabort", () => {
  const controller = new PlainAbortController();
  const heard: unknown[] = [];
  controller.signal.addEventListener("abort", () => heard.push(["listener", controller.signal.reason]), { once: true });
  controller.signal.onabort = () => heard.push("onabort");
  assert.equal(controller.signal.aborted, false);
  controller.abort({ stopError: "E" });
  controller.abort("second call is ignored");
  assert.equal(controller.signal.aborted, true);
  assert.deepEqual(controller.signal.reason, { stopError: "E" });
  assert.deepEqual(heard, ["onabort", ["listener", { stopError: "E" }]]);
  assert.throws(() => controller.signal.throwIfAborted(), (e: unknown) => (e as { stopError?: string }).stopError === "E");
});

test("abort() without a reason uses an AbortError DOMException, like the native controller", () => {
  const controller = new PlainAbortController();
  controller.abort();
  assert.ok(controller.signal.reason instanceof DOMException);
  assert.equal((controller.signal.reason as DOMException).name, "AbortError");
  assert.equal(PlainAbortSignal.abort("why").reason, "why");
});

test("any() follows the first source to abort, and is aborted at once if a source already is", () => {
  const a = new PlainAbortController();
  const b = new PlainAbortController();
  const combined = PlainAbortSignal.any([a.signal, b.signal]);
  assert.equal(combined.aborted, false);
  b.abort("b first");
  a.abort("a later");
  assert.equal(combined.aborted, true);
  assert.equal(combined.reason, "b first");
  assert.equal(PlainAbortSignal.any([a.signal]).reason, "a later");
  const native = new AbortController();
  const mixed = PlainAbortSignal.any([native.signal]);
  native.abort("native");
  assert.equal(mixed.reason, "native", "native sources work too");
});

test("installPlainAbortController replaces the globals of the scope it is given", () => {
  const scope = { AbortController: globalThis.AbortController as unknown, AbortSignal: globalThis.AbortSignal as unknown };
  installPlainAbortController(scope);
  assert.equal(scope.AbortController, PlainAbortController);
  assert.equal(scope.AbortSignal, PlainAbortSignal);
  assert.notEqual(globalThis.AbortController, PlainAbortController, "the real globals are untouched in this test");
});

test("the interpreter runs on the plain controller: Parallel and Map lanes, a Task timeout, StopExecution", async () => {
  const saved = { AbortController: globalThis.AbortController, AbortSignal: globalThis.AbortSignal };
  installPlainAbortController();
  try {
    const signals: unknown[] = [];
    const { app } = createService({
      timeScale: 0.001,
      // A task that never answers by itself: it ends only when its signal aborts.
      taskExecutor: ({ signal }) => {
        signals.push(signal);
        return new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));
      },
    });
    const call = async (operation: string, body: unknown) => {
      const response = await app.fetch(
        new Request("http://localhost/", { method: "POST", headers: { "x-amz-target": `AWSStepFunctions.${operation}`, "content-type": "application/x-amz-json-1.0" }, body: JSON.stringify(body) }),
      );
      return (await response.json()) as Record<string, any>;
    };
    const run = async (name: string, definition: object, stop = false) => {
      const { stateMachineArn } = await call("CreateStateMachine", { name, definition: JSON.stringify(definition), roleArn: "arn:aws:iam::123456789012:role/r" });
      const { executionArn } = await call("StartExecution", { stateMachineArn, input: '{"items": [1, 2]}' });
      if (stop) await call("StopExecution", { executionArn, error: "Stopped" });
      for (let attempt = 0; attempt < 500; attempt++) {
        const described = await call("DescribeExecution", { executionArn });
        if (described["status"] !== "RUNNING") return described;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error(`${name} still RUNNING`);
    };
    const lanes = await run("lanes", {
      StartAt: "Both",
      States: {
        Both: {
          Type: "Parallel",
          End: true,
          Branches: [
            { StartAt: "Each", States: { Each: { Type: "Map", ItemsPath: "$.items", End: true, ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } } } } },
            { StartAt: "Nap", States: { Nap: { Type: "Wait", Seconds: 1, End: true } } },
          ],
        },
      },
    });
    assert.equal(lanes["status"], "SUCCEEDED");
    assert.deepEqual(JSON.parse(lanes["output"]), [[1, 2], { items: [1, 2] }]);
    const timedOut = await run("timeout", { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:f", TimeoutSeconds: 1, End: true } } });
    assert.deepEqual([timedOut["status"], timedOut["error"]], ["FAILED", "States.Timeout"]);
    const stopped = await run("stopped", { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:f", End: true } } }, true);
    assert.deepEqual([stopped["status"], stopped["error"]], ["ABORTED", "Stopped"]);
    assert.ok(signals.length === 2 && signals.every((signal) => signal instanceof PlainAbortSignal), "tasks received plain signals");
  } finally {
    Object.assign(globalThis, saved);
  }
});
