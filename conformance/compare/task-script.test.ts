import { test } from "node:test";
import assert from "node:assert/strict";
import { scriptedTaskExecutor } from "./task-script.ts";

const fail = (error: string, cause: string | undefined) => Object.assign(new Error(error), { error, cause });

test("the scripted worker takes each task under its scripted name, then answers in order (the last entry repeats)", async () => {
  const executor = scriptedTaskExecutor(
    [
      { state: "A", output: { n: 1 }, workerName: "BASE_ID_ACTIVITY_CONSUMER" },
      { state: "A", error: "Programmatic Error", cause: "{\"Value1\":\"HelloWorld\"}" },
    ],
    fail,
  );
  const started: Array<string | undefined> = [];
  const call = () => ({ stateName: "A", signal: new AbortController().signal, markStarted: (name?: string) => started.push(name) });
  assert.deepEqual(await executor(call()), { n: 1 });
  await assert.rejects(executor(call()), (e: unknown) => (e as { error: string }).error === "Programmatic Error");
  await assert.rejects(executor(call()), (e: unknown) => (e as { cause: string }).cause === "{\"Value1\":\"HelloWorld\"}");
  assert.deepEqual(started, ["BASE_ID_ACTIVITY_CONSUMER", undefined, undefined]);
});

test("a state without a script fails its task; a hanging entry answers only the abort", async () => {
  const executor = scriptedTaskExecutor([{ state: "H", hang: true }], fail);
  await assert.rejects(executor({ stateName: "None", signal: new AbortController().signal }), (e: unknown) => (e as { error: string }).error === "States.TaskFailed");
  const controller = new AbortController();
  const pending = executor({ stateName: "H", signal: controller.signal });
  controller.abort(new Error("stopped"));
  await assert.rejects(pending, /stopped/);
});

const ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:W";

/** A task-token registry in the shape of the reference runtime's TaskTokens, with a manual heartbeat clock. */
function fakeTokens() {
  const calls: string[] = [];
  const waiting = new Map<string, { resolve(v: unknown): void; reject(e: unknown): void; heartbeatSeconds?: number }>();
  let expire: (() => void) | undefined;
  const registry = {
    calls,
    expect(token: string, options: { heartbeatSeconds?: number; signal?: AbortSignal }) {
      calls.push(`expect ${token} hb=${options.heartbeatSeconds}`);
      let settle!: { resolve(v: unknown): void; reject(e: unknown): void };
      const outcome = new Promise<unknown>((resolve, reject) => (settle = { resolve, reject }));
      waiting.set(token, { ...settle, ...(options.heartbeatSeconds !== undefined ? { heartbeatSeconds: options.heartbeatSeconds } : {}) });
      expire = () => waiting.get(token)?.reject(Object.assign(new Error("States.Timeout"), { error: "States.Timeout" }));
      return { outcome, cancel: () => void waiting.delete(token) };
    },
    heartbeat(token: string) {
      if (!waiting.has(token)) throw new Error("TaskTimedOut");
      calls.push(`heartbeat ${token}`);
    },
    succeed(token: string, outputText: string) {
      calls.push(`succeed ${token} ${outputText}`);
      waiting.get(token)!.resolve(JSON.parse(outputText));
    },
    fail(token: string, error: string | undefined, cause: string | undefined) {
      calls.push(`fail ${token} ${error} ${cause}`);
      waiting.get(token)!.reject(Object.assign(new Error(error ?? ""), { error, cause }));
    },
    expire: () => expire?.(),
  };
  return registry;
}

test("with a token registry, an activity task waits on its token: heartbeats, then the answer, through the registry", async () => {
  const tokens = fakeTokens();
  const executor = scriptedTaskExecutor(
    [
      { state: "A", heartbeats: 2, heartbeatEveryMs: 1000, output: { n: 1 }, workerName: "wk" },
      { state: "A", heartbeats: 1, error: "Boom", cause: "why" },
    ],
    fail,
    { tokens, timeScale: 0.001 },
  );
  const started: Array<string | undefined> = [];
  const call = (token: string) => ({ stateName: "A", resource: ACTIVITY, taskToken: token, heartbeatSeconds: 5, signal: new AbortController().signal, markStarted: (name?: string) => started.push(name) });
  assert.deepEqual(await executor(call("t1")), { n: 1 });
  await assert.rejects(executor(call("t2")), (e: unknown) => (e as { error: string }).error === "Boom");
  assert.deepEqual(tokens.calls, ["expect t1 hb=5", "heartbeat t1", "heartbeat t1", 'succeed t1 {"n":1}', "expect t2 hb=5", "heartbeat t2", "fail t2 Boom why"]);
  assert.deepEqual(started, ["wk", undefined]);
});

test("with a token registry, a silent worker after its heartbeats leaves the task to the heartbeat clock", async () => {
  const tokens = fakeTokens();
  const executor = scriptedTaskExecutor([{ state: "A", heartbeats: 1, hang: true }], fail, { tokens });
  const pending = executor({ stateName: "A", resource: ACTIVITY, taskToken: "t1", heartbeatSeconds: 1, signal: new AbortController().signal });
  while (!tokens.calls.includes("heartbeat t1")) await new Promise((resolve) => setTimeout(resolve, 1));
  tokens.expire();
  await assert.rejects(pending, (e: unknown) => (e as { error: string }).error === "States.Timeout");
  assert.deepEqual(tokens.calls, ["expect t1 hb=1", "heartbeat t1"]);
});

test("a non-activity resource is answered directly even with a registry (its heartbeats are not played)", async () => {
  const tokens = fakeTokens();
  const executor = scriptedTaskExecutor([{ state: "L", heartbeats: 3, output: 7 }], fail, { tokens });
  assert.equal(await executor({ stateName: "L", resource: "arn:aws:states:::lambda:invoke", signal: new AbortController().signal }), 7);
  assert.deepEqual(tokens.calls, []);
});
