import { test } from "node:test";
import assert from "node:assert/strict";
import { type CallbackContext, callbackHandlers, withTaskToken } from "./callback-script.ts";

/** A recording callback context: what the scripted party sent for the token. */
function context(token = "tok-1") {
  const sent: unknown[][] = [];
  const controller = new AbortController();
  const ctx: CallbackContext = {
    taskToken: token,
    signal: controller.signal,
    sendTaskSuccess: (output) => sent.push(["success", output]),
    sendTaskFailure: (error, cause) => sent.push(["failure", error, cause]),
    sendTaskHeartbeat: () => sent.push(["heartbeat"]),
  };
  return { ctx, sent, controller };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

test("the service answers with `submitted`, then heartbeats and SendTaskSuccess follow, with the task's token where the marker stands", async () => {
  const handlers = callbackHandlers([
    { state: "Wait", submitted: { MessageId: "m-1" }, heartbeats: 2, send: "success", output: { Message: "txt", TaskToken: { $taskToken: true } } },
  ]);
  const { ctx, sent } = context("tok-9");
  assert.deepEqual(await handlers["Wait"]!({}, ctx), { MessageId: "m-1" });
  assert.deepEqual(sent, [], "nothing is answered before the service call has returned");
  await settle();
  assert.deepEqual(sent, [["heartbeat"], ["heartbeat"], ["success", { Message: "txt", TaskToken: "tok-9" }]]);
});

test("each invocation takes the state's next entry, the last repeating; failure sends error and cause as given (either may be absent)", async () => {
  const handlers = callbackHandlers([
    { state: "S", send: "failure", error: "Failure error", cause: "Failure cause" },
    { state: "S", send: "failure" },
    { state: "Other", send: "success", output: 1 },
  ]);
  const runs = [context(), context(), context()];
  for (const run of runs) assert.deepEqual(await handlers["S"]!({}, run.ctx), {}, "no `submitted` answers {}");
  await settle();
  assert.deepEqual(runs.map((r) => r.sent), [[["failure", "Failure error", "Failure cause"]], [["failure", undefined, undefined]], [["failure", undefined, undefined]]]);
  assert.deepEqual(Object.keys(handlers).sort(), ["Other", "S"]);
});

test("an entry without `send` never answers; a stopped task is not answered", async () => {
  const handlers = callbackHandlers([{ state: "Silent" }, { state: "Stopped", send: "success", output: {} }]);
  const silent = context();
  await handlers["Silent"]!({}, silent.ctx);
  const stopped = context();
  await handlers["Stopped"]!({}, stopped.ctx);
  stopped.controller.abort();
  await settle();
  assert.deepEqual(silent.sent, []);
  assert.deepEqual(stopped.sent, []);
});

test("a refused late answer (token spent) is swallowed, as a real worker's would be", async () => {
  const handlers = callbackHandlers([{ state: "S", send: "success", output: {} }]);
  const { ctx } = context();
  let attempts = 0;
  ctx.sendTaskSuccess = () => {
    attempts++;
    throw new Error("TaskTimedOut");
  };
  await handlers["S"]!({}, ctx);
  await settle();
  assert.equal(attempts, 1, "the answer was tried once and its refusal did not escape");
});

test("withTaskToken replaces only the exact marker object, at any depth", () => {
  assert.deepEqual(withTaskToken({ a: [{ $taskToken: true }], b: { $taskToken: false }, c: { $taskToken: true, x: 1 } }, "T"), {
    a: ["T"],
    b: { $taskToken: false },
    c: { $taskToken: true, x: 1 },
  });
  assert.equal(withTaskToken({ $taskToken: true }, undefined), null);
});
