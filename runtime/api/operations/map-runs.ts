import type { MapRun, MapRunChild, MapRunObserver } from "../../execution/map-run.ts";
import { ApiError, validation } from "../api-error.ts";
import { expectArn } from "../arns.ts";
import { paginate } from "../pagination.ts";
import type { RequestContext } from "../request-context.ts";
import type { AccountStore, ServiceState } from "../store.ts";
import { epochSeconds, type Input } from "./common.ts";
import { findExecution } from "./executions.ts";

/**
 * Map Runs as API resources: DescribeMapRun, ListMapRuns, UpdateMapRun, and the child workflow
 * executions of a Map Run (ListExecutions with mapRunArn). The core reports each Map Run it starts
 * through the observer below; the store keeps the live object, so answers show its progress.
 */
export function keepMapRuns(store: AccountStore): MapRunObserver {
  return { mapRunStarted: (mapRun) => void store.mapRuns.set(mapRun.mapRunArn, mapRun) };
}

/** The Map Run an ARN names: InvalidArn when it is not a Map Run ARN, ResourceNotFound when unknown. */
export function findMapRun(store: AccountStore, arn: string): MapRun {
  expectArn(arn, "mapRun");
  const mapRun = store.mapRuns.get(arn);
  // AWS's ResourceNotFound wording (recorded for TagResource).
  if (!mapRun) throw new ApiError("ResourceNotFound", `Resource not found: '${arn}'`);
  return mapRun;
}

export function describeMapRun(input: Input, ctx: RequestContext, state: ServiceState) {
  const mapRun = findMapRun(state.store(ctx), input["mapRunArn"] as string);
  const settings = mapRun.settings;
  return {
    mapRunArn: mapRun.mapRunArn,
    executionArn: mapRun.identity.executionArn,
    status: mapRun.status,
    startDate: epochSeconds(mapRun.startDate),
    ...(mapRun.stopDate ? { stopDate: epochSeconds(mapRun.stopDate) } : {}),
    maxConcurrency: settings.maxConcurrency,
    // Recorded: thresholds the Map state does not set are described as 0.
    toleratedFailurePercentage: settings.toleratedFailurePercentage ?? 0,
    toleratedFailureCount: settings.toleratedFailureCount ?? 0,
    itemCounts: mapRun.itemCounts(),
    executionCounts: mapRun.executionCounts(),
    redriveCount: mapRun.identity.redriveCount ?? 0,
    // A redriven run is a new attempt under the same ARN: it started when it was redriven.
    ...(mapRun.identity.redriveCount ? { redriveDate: epochSeconds(mapRun.startDate) } : {}),
  };
}

export function listMapRuns(input: Input, ctx: RequestContext, state: ServiceState) {
  const execution = findExecution(state, ctx, input["executionArn"] as string);
  const mapRuns = [...state.store(ctx).mapRuns.values()].filter((m) => m.identity.executionArn === execution.arn);
  const { page, nextToken } = paginate(mapRuns, input["maxResults"] as number | undefined, input["nextToken"] as string | undefined);
  return {
    mapRuns: page.map((m) => ({
      executionArn: m.identity.executionArn,
      mapRunArn: m.mapRunArn,
      stateMachineArn: m.identity.stateMachineArn,
      startDate: epochSeconds(m.startDate),
      ...(m.stopDate ? { stopDate: epochSeconds(m.stopDate) } : {}),
    })),
    ...(nextToken ? { nextToken } : {}),
  };
}

export function updateMapRun(input: Input, ctx: RequestContext, state: ServiceState) {
  const mapRun = findMapRun(state.store(ctx), input["mapRunArn"] as string);
  const maxConcurrency = input["maxConcurrency"] as number | undefined;
  const toleratedFailureCount = input["toleratedFailureCount"] as number | undefined;
  const toleratedFailurePercentage = input["toleratedFailurePercentage"] as number | undefined;
  // Ranges are checked from the model before this point; an update must change something.
  if (maxConcurrency === undefined && toleratedFailureCount === undefined && toleratedFailurePercentage === undefined) {
    throw validation("At least one of maxConcurrency, toleratedFailurePercentage or toleratedFailureCount must be specified");
  }
  mapRun.update({
    ...(maxConcurrency !== undefined ? { maxConcurrency } : {}),
    ...(toleratedFailureCount !== undefined ? { toleratedFailureCount } : {}),
    ...(toleratedFailurePercentage !== undefined ? { toleratedFailurePercentage } : {}),
  });
  return {};
}

/** ListExecutions with a mapRunArn: the Map Run's child workflow executions, most recent first. */
export function listMapRunExecutions(input: Input, ctx: RequestContext, state: ServiceState) {
  if (input["stateMachineArn"] !== undefined) throw validation("You can specify either a mapRunArn or a stateMachineArn, but not both");
  const mapRun = findMapRun(state.store(ctx), input["mapRunArn"] as string);
  const statusFilter = input["statusFilter"] as string | undefined;
  // Child executions are never redriven here: REDRIVEN lists none, NOT_REDRIVEN all.
  const redriveFilter = input["redriveFilter"] as string | undefined;
  const children = (redriveFilter === "REDRIVEN" ? [] : mapRun.children)
    .filter((child) => statusFilter === undefined || child.status === statusFilter)
    .sort(mostRecentFirst);
  const { page, nextToken } = paginate(children, input["maxResults"] as number | undefined, input["nextToken"] as string | undefined);
  return {
    executions: page.map((child) => ({
      executionArn: child.executionArn,
      stateMachineArn: mapRun.identity.stateMachineArn,
      name: child.name,
      status: child.status,
      startDate: epochSeconds(child.startDate),
      ...(child.stopDate ? { stopDate: epochSeconds(child.stopDate) } : {}),
      mapRunArn: mapRun.mapRunArn,
      // 1, or the size of the child's batch (ItemBatcher).
      itemCount: child.itemCount,
      redriveCount: 0,
    })),
    ...(nextToken ? { nextToken } : {}),
  };
}

function mostRecentFirst(a: MapRunChild, b: MapRunChild): number {
  return b.startDate.getTime() - a.startDate.getTime() || b.index - a.index;
}
