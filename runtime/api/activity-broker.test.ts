import { test } from "node:test";
import assert from "node:assert/strict";
import { HeartbeatTimeoutError } from "../core/errors.ts";
import type { Json } from "../core/json.ts";
import type { TaskRequest, Timers } from "../execution/ports.ts";
import type { TaskAnswer } from "../execution/checkpoint.ts";
import type { ResumedTokenWait, TokenWaitJournal } from "../execution/token-wait.ts";
import { TaskTokens } from "../integrations/task-tokens.ts";
import { ActivityBroker } from "./activity-broker.ts";

/**
 * The activity broker's side of durable Task states (token-wait.ts): it reports when a task is
 * queued; heartbeats and answers reach the journal through TaskTokens; a continuation's task is
 * queued again under its token when no worker had taken it, and otherwise only waits for the
 * worker's answer, its heartbeat clock running on from what was left.
 */

const activity = "arn:aws:states:us-east-1:123456789012:activity:work";
const token = btoa("arn:aws:states:us-east-1:123456789012:execution:m:e#Work#2#uuid");

/** Timers that record each sleep and end only when fired. */
function manualTimers(): Timers & { sleeps: Array<{ ms: number; fire(): void; signal?: AbortSignal }> } {
  const sleeps: Array<{ ms: number; fire(): void; signal?: AbortSignal }> = [];
  return {
    sleeps,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
        sleeps.push({ ms, fire: resolve, ...(signal ? { signal } : {}) });
      });
    },
  };
}

function recordingJournal(resumed?: ResumedTokenWait): TokenWaitJournal & { log: string[]; answers: TaskAnswer[] } {
  const log: string[] = [];
  const answers: TaskAnswer[] = [];
  return {
    log,
    answers,
    ...(resumed ? { resumed } : {}),
    handedOver: () => log.push("handedOver"),
    heartbeat: () => log.push("heartbeat"),
    answered: (answer) => (answers.push(answer), log.push("answered")),
  };
}

function request(journal: TokenWaitJournal, started: string[], heartbeatSeconds?: number): TaskRequest {
  return {
    resource: activity,
    input: { job: 1 },
    stateName: "Work",
    taskToken: token,
    signal: new AbortController().signal,
    context: {},
    markStarted: (workerName) => started.push(workerName ?? ""),
    submitted: () => undefined,
    tokenWait: journal,
    ...(heartbeatSeconds !== undefined ? { heartbeatSeconds } : {}),
  };
}

test("a new activity task: queued, reported handed over; the worker's take, heartbeat and answer reach the journal", async () => {
  const timers = manualTimers();
  const tokens = new TaskTokens(timers);
  const broker = new ActivityBroker(timers, tokens);
  const journal = recordingJournal();
  const started: string[] = [];
  const outcome = broker.executor(request(journal, started, 60));
  assert.deepEqual(journal.log, ["handedOver"]);
  const taken = await broker.take(activity, "w1", 1000);
  assert.equal(taken?.taskToken, token);
  assert.deepEqual(started, ["w1"]);
  tokens.heartbeat(token);
  tokens.succeed(token, JSON.stringify({ ok: 1 }));
  assert.deepEqual(await outcome, { ok: 1 } as Json);
  // The take restarts the heartbeat clock (reported), then SendTaskHeartbeat, then the answer.
  assert.deepEqual(journal.log, ["handedOver", "heartbeat", "heartbeat", "answered"]);
  assert.deepEqual(journal.answers, [{ output: { ok: 1 } }]);
});

test("a continuation whose task no worker had taken queues it again under the same token, without reporting it again", async () => {
  const timers = manualTimers();
  const tokens = new TaskTokens(timers);
  const broker = new ActivityBroker(timers, tokens);
  const journal = recordingJournal({ taken: false });
  const started: string[] = [];
  const outcome = broker.executor(request(journal, started, 60));
  assert.deepEqual(journal.log, []);
  assert.equal(timers.sleeps.length, 0, "no heartbeat clock while queued");
  const taken = await broker.take(activity, "late", 1000);
  assert.equal(taken?.taskToken, token);
  assert.deepEqual(JSON.parse(taken!.input), { job: 1 });
  tokens.fail(token, "Worker.Failed", undefined);
  await assert.rejects(outcome, (e: unknown) => (e as { error?: string }).error === "Worker.Failed");
  assert.deepEqual(journal.answers, [{ error: "Worker.Failed" }]);
});

test("a continuation whose task a worker had taken is not queued again; its heartbeat clock runs on from what was left", async () => {
  const timers = manualTimers();
  const tokens = new TaskTokens(timers);
  const broker = new ActivityBroker(timers, tokens);
  const journal = recordingJournal({ taken: true, heartbeatLeftMs: 12_000 });
  const started: string[] = [];
  const outcome = broker.executor(request(journal, started, 60));
  assert.ok(tokens.isWaiting(token));
  const poll = broker.take(activity, "other", 5_000);
  timers.sleeps.find((s) => s.ms === 5_000)!.fire();
  assert.equal(await poll, undefined, "nothing is queued: a polling worker gets no task");
  assert.deepEqual(started, [], "ActivityStarted is not written again");
  const heartbeat = timers.sleeps.find((s) => s.ms === 12_000);
  assert.ok(heartbeat, "the first heartbeat period is what was left of it");
  heartbeat.fire();
  await assert.rejects(outcome, (e: unknown) => e instanceof HeartbeatTimeoutError);
});
