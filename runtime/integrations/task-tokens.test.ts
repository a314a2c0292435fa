import { test } from "node:test";
import assert from "node:assert/strict";
import { HeartbeatTimeoutError, StatesError } from "../core/errors.ts";
import type { Timers } from "../execution/ports.ts";
import { isRuntimeToken, TaskTokenError, TaskTokens } from "./task-tokens.ts";

/** Timers whose sleeps end only when the test fires them. */
function manualTimers(): Timers & { fire(): void; pending: number } {
  const sleeps: Array<{ resolve(): void; signal?: AbortSignal }> = [];
  return {
    sleep(_ms, signal) {
      return new Promise<void>((resolve, reject) => {
        signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
        sleeps.push({ resolve, ...(signal ? { signal } : {}) });
      });
    },
    fire() {
      for (const sleep of sleeps.splice(0)) if (!sleep.signal?.aborted) sleep.resolve();
    },
    get pending() {
      return sleeps.filter((s) => !s.signal?.aborted).length;
    },
  };
}

const token = (n: number) => btoa(`arn:aws:states:us-east-1:123456789012:execution:m:e#State#${n}#uuid-${n}`);

function errorCode(run: () => void): string {
  try {
    run();
  } catch (e) {
    assert.ok(e instanceof TaskTokenError);
    return `${e.code}: ${e.message}`;
  }
  return "no error";
}

test("SendTaskSuccess resolves the waiting task with the parsed output; the token is then spent", async () => {
  const tokens = new TaskTokens(manualTimers());
  const pending = tokens.expect(token(1));
  assert.ok(tokens.isWaiting(token(1)));
  tokens.succeed(token(1), '{"done": true}');
  assert.deepEqual(await pending.outcome, { done: true });
  assert.equal(tokens.isWaiting(token(1)), false);
  assert.equal(errorCode(() => tokens.succeed(token(1), "{}")), "TaskTimedOut: Task Timed Out: 'Provided task does not exist anymore'");
});

test("a token this runtime never made is InvalidToken with AWS's recorded message", () => {
  const tokens = new TaskTokens(manualTimers());
  assert.equal(errorCode(() => tokens.succeed("NoSuchTaskToken", "{}")), "InvalidToken: Invalid Token: 'Invalid token'");
  assert.equal(errorCode(() => tokens.heartbeat("")), "InvalidToken: Invalid Token: 'Invalid token'");
  assert.equal(isRuntimeToken("NoSuchTaskToken"), false);
  assert.equal(isRuntimeToken(token(3)), true);
  // Well formed but unknown here (e.g. from before a restart): the task no longer exists.
  assert.equal(errorCode(() => tokens.fail(token(4), "E", undefined)), "TaskTimedOut: Task Timed Out: 'Provided task does not exist anymore'");
});

test("output that is not JSON is InvalidOutput and leaves the task waiting", async () => {
  const tokens = new TaskTokens(manualTimers());
  const pending = tokens.expect(token(1));
  assert.equal(errorCode(() => tokens.succeed(token(1), "not json")), "InvalidOutput: Invalid Output: 'not json'");
  assert.ok(tokens.isWaiting(token(1)));
  tokens.fail(token(1), undefined, undefined);
  await assert.rejects(pending.outcome, (e: unknown) => e instanceof StatesError && e.error === "" && e.causeText === undefined);
});

test("HeartbeatSeconds: a silent task fails with a heartbeat timeout (reported as States.Timeout); each heartbeat restarts the clock", async () => {
  const timers = manualTimers();
  const tokens = new TaskTokens(timers);
  const pending = tokens.expect(token(1), { heartbeatSeconds: 5 });
  assert.equal(timers.pending, 1);
  tokens.heartbeat(token(1));
  assert.equal(timers.pending, 1, "the heartbeat replaced the clock");
  timers.fire();
  await assert.rejects(pending.outcome, (e: unknown) => e instanceof HeartbeatTimeoutError && e.error === "States.Timeout");
  assert.equal(errorCode(() => tokens.heartbeat(token(1))), "TaskTimedOut: Task Timed Out: 'Provided task does not exist anymore'");
});

test("aborting the wait (state timeout, execution stopped) spends the token and rejects with the reason", async () => {
  const tokens = new TaskTokens(manualTimers());
  const controller = new AbortController();
  const pending = tokens.expect(token(1), { signal: controller.signal });
  controller.abort(new StatesError("States.Timeout"));
  await assert.rejects(pending.outcome, (e: unknown) => e instanceof StatesError && e.error === "States.Timeout");
  assert.equal(tokens.isWaiting(token(1)), false);
  assert.match(errorCode(() => tokens.succeed(token(1), "{}")), /^TaskTimedOut/);
});

test("heartbeatClockStartsLater: no heartbeat clock until the first heartbeat (an activity waiting for a worker)", async () => {
  const timers = manualTimers();
  const tokens = new TaskTokens(timers);
  const pending = tokens.expect(token(40), { heartbeatSeconds: 5, heartbeatClockStartsLater: true });
  assert.equal(timers.pending, 0, "no clock while queued");
  timers.fire();
  assert.ok(tokens.isWaiting(token(40)));
  tokens.heartbeat(token(40));
  assert.equal(timers.pending, 1, "the clock starts with the first heartbeat");
  timers.fire();
  await assert.rejects(pending.outcome, (e: unknown) => e instanceof HeartbeatTimeoutError);
});
