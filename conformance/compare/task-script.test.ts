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
