import { TaskTokenError } from "../../integrations/task-tokens.ts";
import { ApiError } from "../api-error.ts";
import { activityArn, checkName, expectArn } from "../arns.ts";
import { paginate } from "../pagination.ts";
import type { RequestContext } from "../request-context.ts";
import type { ServiceState } from "../store.ts";
import { epochSeconds, type Input } from "./common.ts";
import { encryptionConfiguration } from "./configuration.ts";

export function createActivity(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const name = input["name"] as string;
  checkName(name);
  const encryption = encryptionConfiguration(input["encryptionConfiguration"]);
  const arn = activityArn(ctx.region, ctx.account, name);
  let record = store.activities.get(arn);
  // Idempotent (on the name alone, per the API docs): creating an existing activity answers with it.
  if (!record) store.activities.set(arn, (record = { arn, name, creationDate: state.ports.clock.now(), encryptionConfiguration: encryption }));
  const tags = input["tags"] as Array<{ key: string; value?: string }> | undefined;
  if (tags?.length) store.tags.set(arn, new Map(tags.map((t) => [t.key, t.value ?? ""])));
  return { activityArn: arn, creationDate: epochSeconds(record.creationDate) };
}

export function describeActivity(input: Input, ctx: RequestContext, state: ServiceState) {
  const arn = input["activityArn"] as string;
  expectArn(arn, "activity");
  const record = state.store(ctx).activities.get(arn);
  if (!record) throw new ApiError("ActivityDoesNotExist", `Activity Does Not Exist: '${arn}'`);
  return { activityArn: arn, name: record.name, creationDate: epochSeconds(record.creationDate), encryptionConfiguration: record.encryptionConfiguration };
}

export function deleteActivity(input: Input, ctx: RequestContext, state: ServiceState) {
  const arn = input["activityArn"] as string;
  expectArn(arn, "activity");
  state.store(ctx).activities.delete(arn);
  state.store(ctx).tags.delete(arn);
  return {};
}

export function listActivities(input: Input, ctx: RequestContext, state: ServiceState) {
  const activities = [...state.store(ctx).activities.values()].sort((a, b) => a.creationDate.getTime() - b.creationDate.getTime() || (a.name < b.name ? -1 : 1));
  const { page, nextToken } = paginate(activities, input["maxResults"] as number | undefined, input["nextToken"] as string | undefined);
  return { activities: page.map((a) => ({ activityArn: a.arn, name: a.name, creationDate: epochSeconds(a.creationDate) })), ...(nextToken ? { nextToken } : {}) };
}

export async function getActivityTask(input: Input, ctx: RequestContext, state: ServiceState) {
  const arn = input["activityArn"] as string;
  describeActivity({ activityArn: arn }, ctx, state);
  const pollMs = (state.ports.activityPollSeconds ?? 60) * 1000;
  return (await state.activities.take(arn, input["workerName"] as string | undefined, pollMs)) ?? {};
}

export function sendTaskSuccess(input: Input, _ctx: RequestContext, state: ServiceState) {
  answerToken(() => state.taskTokens.succeed(input["taskToken"] as string, input["output"] as string));
  return {};
}

export function sendTaskFailure(input: Input, _ctx: RequestContext, state: ServiceState) {
  answerToken(() => state.taskTokens.fail(input["taskToken"] as string, input["error"] as string | undefined, input["cause"] as string | undefined));
  return {};
}

export function sendTaskHeartbeat(input: Input, _ctx: RequestContext, state: ServiceState) {
  answerToken(() => state.taskTokens.heartbeat(input["taskToken"] as string));
  return {};
}

/** SendTask* answer any waiting task (activity, callback, .sync); a bad or spent token is an API error. */
function answerToken(answer: () => void): void {
  try {
    answer();
  } catch (e) {
    if (e instanceof TaskTokenError) throw new ApiError(e.code, e.message);
    throw e;
  }
}
