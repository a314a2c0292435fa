/**
 * Workers entry: the Step Functions API on Cloudflare Workers, its state in Durable Objects
 * (docs/edge-design.md). `npm run start:workerd` runs it with `wrangler dev` (wrangler.jsonc;
 * 127.0.0.1:8083; `--var SFN_TIME_SCALE:0.01` speeds up Wait/Retry delays and activity long
 * polls); `npx wrangler deploy` deploys it.
 *
 * The Worker only routes: each request goes to the Durable Object of its account and region (from
 * the SigV4 credential scope, as runtime/api/request-context.ts reads it). That object is the one
 * place where the account's resources, executions and activity queues live, so every isolate and
 * every request sees the same state, and a GetActivityTask long poll meets the task whichever
 * request started the execution. Its SQLite storage keeps the resources, the history events and
 * the checkpoints (persistence/durable-accounts.ts); an alarm brings it back when a Wait or a
 * Retry interval ends, when a waiting Task's TimeoutSeconds or heartbeat deadline comes, or, while
 * other executions run, at least every minute, so an evicted or restarted object takes its running
 * executions up again from their last checkpoint (a Task waiting on its token keeps that token).
 *
 * AbortController/AbortSignal are replaced by plain-JavaScript ones: StopExecution,
 * SendTaskSuccess and GetActivityTask abort signals that other requests created (a native signal
 * refuses that).
 */
import { scaledTimers } from "../execution/ports.ts";
import { durableObjectStore, type DurableObjectStorageLike } from "../storage/durable-object-store.ts";
import { createDurableService } from "./persistence/durable-service.ts";
import { installPlainAbortController } from "./plain-abort-controller.ts";
import { requestContext } from "./request-context.ts";
import { parseServerOptions, UsageError } from "./server-options.ts";

installPlainAbortController();

/** The parts of the Workers types this entry uses (typed here: no @cloudflare/workers-types dependency). */
interface DurableObjectStub {
  fetch(request: Request): Promise<Response>;
}

interface DurableObjectNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): DurableObjectStub;
}

interface DurableObjectState {
  storage: DurableObjectStorageLike & {
    setAlarm(scheduledTime: number): Promise<void>;
    deleteAlarm(): Promise<void>;
  };
}

/** Bindings from wrangler.jsonc (`vars`, `durable_objects`), or `wrangler dev --var NAME:value`. */
interface Env {
  SFN_TIME_SCALE?: string;
  ACCOUNTS: DurableObjectNamespace;
}

const CONTENT_TYPE = "application/x-amz-json-1.0";

function internalFailure(message: string): Response {
  return new Response(JSON.stringify({ __type: "InternalFailure", message }), { status: 500, headers: { "content-type": CONTENT_TYPE } });
}

/** One account and region: the API server over this object's SQLite storage. */
export class StepFunctionsAccount {
  private service: ReturnType<typeof createDurableService> | undefined;

  constructor(
    private readonly ctx: DurableObjectState,
    private readonly env: Env,
  ) {}

  /** Built on the first request or alarm (not in the constructor: timers may start right away). */
  private serviceNow(): ReturnType<typeof createDurableService> {
    if (!this.service) {
      const { timeScale } = parseServerOptions([], { SFN_TIME_SCALE: this.env.SFN_TIME_SCALE });
      const storage = this.ctx.storage;
      this.service = createDurableService({
        store: durableObjectStore(storage),
        timers: scaledTimers(timeScale),
        scheduleWake: (at) => void (at === undefined ? storage.deleteAlarm() : storage.setAlarm(at)).catch((e: unknown) => console.error("alarm:", e)),
      });
    }
    return this.service;
  }

  async fetch(request: Request): Promise<Response> {
    try {
      return await this.serviceNow().fetch(request);
    } catch (e) {
      if (e instanceof UsageError) return internalFailure(`Misconfigured Worker: ${e.message}`);
      return internalFailure(e instanceof Error ? e.message : String(e));
    }
  }

  /** Wakes the object: building the service takes up its running executions; then the next alarm is set. */
  alarm(): void {
    try {
      this.serviceNow().durable.woke();
    } catch (e) {
      console.error("alarm:", e);
    }
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { account, region } = requestContext(request.headers.get("authorization"));
    try {
      return await env.ACCOUNTS.get(env.ACCOUNTS.idFromName(`${account}/${region}`)).fetch(request);
    } catch (e) {
      return internalFailure(`The account's Durable Object failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  },
};
