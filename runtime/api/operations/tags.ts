import { ApiError } from "../api-error.ts";
import { parseArn } from "../arns.ts";
import type { RequestContext } from "../request-context.ts";
import type { AccountStore, ServiceState } from "../store.ts";
import type { Input } from "./common.ts";

/** Tags live on state machines and activities (recorded: a version ARN is "Resource not found"). */
function taggable(store: AccountStore, arn: string): void {
  const parsed = parseArn(arn);
  const exists = parsed.resourceType === "stateMachine" ? parsed.parts.length === 1 && store.stateMachines.has(arn) : parsed.resourceType === "activity" && store.activities.has(arn);
  if (!exists) throw new ApiError("ResourceNotFound", `Resource not found: '${arn}'`);
}

/**
 * At most 50 tags per resource; `aws:`-prefixed keys do not count (developer guide
 * limits-overview.md, "Restrictions related to tagging"). The message is the TooManyTags shape's
 * documentation (AWS's exact text is not recorded).
 */
const MAX_TAGS_PER_RESOURCE = 50;

export function tagResource(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const arn = input["resourceArn"] as string;
  taggable(store, arn);
  const tags = new Map(store.tags.get(arn) ?? []);
  for (const t of input["tags"] as Array<{ key: string; value?: string }>) tags.set(t.key, t.value ?? "");
  if ([...tags.keys()].filter((key) => !key.startsWith("aws:")).length > MAX_TAGS_PER_RESOURCE) {
    throw new ApiError("TooManyTags", "You've exceeded the number of tags allowed for a resource. See the Limits Topic in the Step Functions Developer Guide.");
  }
  store.tags.set(arn, tags);
  return {};
}

export function untagResource(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const arn = input["resourceArn"] as string;
  taggable(store, arn);
  for (const key of input["tagKeys"] as string[]) store.tags.get(arn)?.delete(key);
  return {};
}

export function listTagsForResource(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const arn = input["resourceArn"] as string;
  taggable(store, arn);
  return { tags: [...(store.tags.get(arn) ?? new Map<string, string>())].map(([key, value]) => ({ key, value })) };
}
