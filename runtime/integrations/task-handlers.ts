import type { Json } from "../core/json.ts";
import { classifyResource } from "../execution/task-resource.ts";

/**
 * In-process task handlers: plain functions standing in for the services Task states call, for
 * running and unit-testing real state machines locally.
 *
 *   handlers: {
 *     "arn:aws:states:::lambda:invoke": async (input) => ({ Payload: { ok: true } }),   // a resource
 *     "arn:aws:states:::aws-sdk:s3": async (input, ctx) => ...,                          // a resource prefix
 *     "ChargeCard": async (input) => { throw new StatesError("Card.Declined", "no funds"); }, // a state name
 *   }
 *
 * A handler's value is the service's answer. For a request-response or `.sync` resource it is the
 * task's result; for a `.waitForTaskToken` resource it is what the service answered when the task
 * was handed over (the TaskSubmitted event), and the task then waits for SendTaskSuccess /
 * SendTaskFailure with its token (ctx.sendTaskSuccess(...), the API, or another execution). Throw a
 * StatesError to fail the task with an error name and cause; any other exception fails it with
 * States.TaskFailed and the exception's message.
 */
export type TaskHandler = (input: Json, ctx: TaskHandlerContext) => Json | Promise<Json>;

export type TaskHandlers = Readonly<Record<string, TaskHandler>>;

export interface TaskHandlerContext {
  /** The Task state's name and Resource (as written). */
  stateName: string;
  resource: string;
  /** The context object ($$) as the state sees it. */
  contextObject: Json;
  /** Present for `.waitForTaskToken` and `.sync` resources and activities. */
  taskToken?: string;
  /** Aborted when the state times out or the execution stops. */
  signal: AbortSignal;
  /** Answers this task's token, now or later (throws TaskTokenError when it is spent or there is none). */
  sendTaskSuccess(output: Json): void;
  sendTaskFailure(error?: string, cause?: string): void;
  sendTaskHeartbeat(): void;
}

/**
 * The handler for a Task state: its state name first, then its exact Resource, the Resource
 * without its `.sync` / `.sync:2` / `.waitForTaskToken` suffix, then the longest key ending at a
 * `:` boundary that the Resource starts with (`arn:aws:states:::aws-sdk:s3` serves every S3 call).
 */
export function findHandler(handlers: TaskHandlers, stateName: string, resource: string): TaskHandler | undefined {
  if (Object.hasOwn(handlers, stateName)) return handlers[stateName];
  if (Object.hasOwn(handlers, resource)) return handlers[resource];
  const base = baseResource(resource);
  if (Object.hasOwn(handlers, base)) return handlers[base];
  let best: string | undefined;
  for (const key of Object.keys(handlers)) {
    if (!key.startsWith("arn:")) continue;
    const boundary = base.length === key.length || base[key.length] === ":";
    if (base.startsWith(key) && boundary && (best === undefined || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : handlers[best];
}

/** The Resource without its integration pattern suffix. */
export function baseResource(resource: string): string {
  const classified = classifyResource(resource);
  if (classified.kind !== "integration") return resource;
  const suffix = { "request-response": "", sync: ".sync", sync2: ".sync:2", callback: ".waitForTaskToken" }[classified.pattern];
  return suffix && resource.endsWith(suffix) ? resource.slice(0, -suffix.length) : resource;
}
