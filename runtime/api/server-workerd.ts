/**
 * Workers entry: the same Step Functions API under workerd. `npm run start:workerd` runs it with
 * `wrangler dev` (wrangler.toml at the top level; 127.0.0.1:8083); `--var SFN_TIME_SCALE:0.01`
 * speeds up Wait/Retry delays and activity long polls.
 *
 * State lives in this isolate's memory (module scope), so it lasts as long as the isolate: fine
 * for `wrangler dev`, which keeps one isolate (until it reloads on a source change), but a deployed
 * Worker may be evicted or run several isolates, and caps ctx.waitUntil at about 30 s after the
 * response. Durable state and long executions (a Durable Object per account and region, alarms
 * for timers) are a later issue.
 *
 * Workers bind timers, promise continuations and AbortSignals to the request that created them,
 * and cancel a request's timers when it ends. Executions outlive the request that started them, so:
 *  - each request hands `ctx.waitUntil` the completion of every execution it started (the
 *    service's `background` port) and of every timer it set (a heartbeat re-armed by
 *    SendTaskHeartbeat, say), with a timer ticking meanwhile: a request that only waits for another
 *    request (an activity worker's SendTaskSuccess) would otherwise be cancelled as hung. The
 *    execution's continuations then run in the request that started it, even when another request
 *    resolves what it waits for;
 *  - AbortController/AbortSignal are replaced by plain-JavaScript ones, because StopExecution,
 *    SendTaskSuccess and GetActivityTask abort signals that other requests created (a native
 *    signal refuses that).
 */
import type { Hono } from "hono";
import { scaledTimers, type Timers } from "../execution/ports.ts";
import { installPlainAbortController } from "./plain-abort-controller.ts";
import { createService } from "./service.ts";
import { parseServerOptions, UsageError } from "./server-options.ts";

installPlainAbortController();

/** Bindings from wrangler.toml's [vars] (or `wrangler dev --var NAME:value`). */
interface Env {
  SFN_TIME_SCALE?: string;
}

/** The part of the Workers ExecutionContext this entry uses. */
interface WorkerContext {
  waitUntil(work: Promise<unknown>): void;
}

/** Long enough to cost nothing, short enough to stay well inside any hang detection. */
const KEEP_ALIVE_TICK_MS = 5_000;

/** Per request in flight: the executions it started and the timers it set. */
const collectors = new Set<Array<Promise<unknown>>>();

/** Requests overlap, so work is credited to every request in flight: each keeps it alive. */
function credit(work: Promise<unknown>): void {
  for (const started of collectors) started.push(work);
}

/** Timers whose sleeps are credited to the requests in flight. */
function creditedTimers(inner: Timers): Timers {
  return {
    sleep(milliseconds, signal) {
      const sleep = inner.sleep(milliseconds, signal);
      credit(sleep);
      return sleep;
    },
  };
}

/** Created by the first request: Workers hand out bindings per request, and forbid timers at start-up. */
let app: Hono | undefined;

function appFor(env: Env): Hono {
  if (!app) {
    const { timeScale } = parseServerOptions([], { SFN_TIME_SCALE: env.SFN_TIME_SCALE });
    app = createService({ timers: creditedTimers(scaledTimers(timeScale)), background: credit }).app;
  }
  return app;
}

/** Settles once all of `work` has, keeping a timer pending meanwhile. */
async function keepAliveUntilSettled(work: Array<Promise<unknown>>): Promise<void> {
  let settled = false;
  const all = Promise.allSettled(work).then(() => {
    settled = true;
  });
  while (!settled) {
    let tick: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([all, new Promise((resolve) => (tick = setTimeout(resolve, KEEP_ALIVE_TICK_MS)))]);
    clearTimeout(tick);
  }
}

export default {
  async fetch(request: Request, env: Env, ctx: WorkerContext): Promise<Response> {
    let service: Hono;
    try {
      service = appFor(env);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      return new Response(JSON.stringify({ __type: "InternalFailure", message: `Misconfigured Worker: ${e.message}` }), {
        status: 500,
        headers: { "content-type": "application/x-amz-json-1.0" },
      });
    }
    const started: Array<Promise<unknown>> = [];
    collectors.add(started);
    try {
      return await service.fetch(request);
    } finally {
      collectors.delete(started);
      if (started.length > 0) ctx.waitUntil(keepAliveUntilSettled(started));
    }
  },
};
