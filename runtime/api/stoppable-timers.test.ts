import { test } from "node:test";
import assert from "node:assert/strict";
import { stoppableTimers } from "./stoppable-timers.ts";

test("sleeps resolve after their (scaled) delay and are counted while pending", async () => {
  const timers = stoppableTimers(0.001);
  const sleep = timers.sleep(1000);
  assert.equal(timers.pending, 1);
  await sleep;
  assert.equal(timers.pending, 0);
});

test("an aborted sleep rejects with the signal's reason and is no longer pending", async () => {
  const timers = stoppableTimers(1);
  const abort = new AbortController();
  const sleep = timers.sleep(60_000, abort.signal);
  abort.abort(new Error("stopped"));
  await assert.rejects(sleep, /stopped/);
  assert.equal(timers.pending, 0);
  const already = new AbortController();
  already.abort(new Error("before"));
  await assert.rejects(timers.sleep(10, already.signal), /before/);
});

test("stop() cancels pending sleeps without settling them; later sleeps never fire", async () => {
  const timers = stoppableTimers(1);
  let settled = false;
  void timers.sleep(60_000).then(
    () => (settled = true),
    () => (settled = true),
  );
  assert.equal(timers.pending, 1);
  timers.stop();
  assert.equal(timers.pending, 0);
  let later = false;
  void timers.sleep(0).then(() => (later = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(settled, false, "a cancelled sleep never settles");
  assert.equal(later, false, "a sleep after stop() never fires");
  assert.equal(timers.pending, 0);
});
