import { ApiError } from "../api-error.ts";
import { expectArn, parseArn } from "../arns.ts";
import { paginate } from "../pagination.ts";
import type { RequestContext } from "../request-context.ts";
import type { AccountStore, AliasRecord, ServiceState } from "../store.ts";
import { epochSeconds, type Input } from "./common.ts";
import { findStateMachine } from "./lookup.ts";

type Routing = AliasRecord["routingConfiguration"];

/**
 * Aliases route executions to one or two versions by weight (jsonata-and-variables.md §11); the
 * routing checks use AWS's recorded messages.
 */
function checkRouting(store: AccountStore, routing: Routing): string {
  const arns = routing.map((r) => r.stateMachineVersionArn);
  const received = `Received: [${arns.join(", ")}]`;
  const isVersion = (arn: string) => {
    try {
      const p = parseArn(arn);
      return p.resourceType === "stateMachine" && p.parts.length === 2 && /^\d+$/.test(p.parts[1]!);
    } catch {
      return false;
    }
  };
  if (!arns.every(isVersion)) throw new ApiError("ValidationException", `Routing configuration must contain state machine version ARNs. ${received}`);
  if (new Set(arns).size !== arns.length) throw new ApiError("ValidationException", `Routing configuration must contain distinct state machine version ARNs. ${received}`);
  const machines = new Set(arns.map((a) => a.replace(/:\d+$/, "")));
  if (machines.size !== 1) throw new ApiError("ValidationException", `Routing configuration must reference versions of the same state machine. ${received}`);
  const sum = routing.reduce((n, r) => n + r.weight, 0);
  if (sum !== 100) throw new ApiError("ValidationException", `Sum of routing configuration weights must equal 100. Received: [${routing.map((r) => r.weight).join(", ")}]`);
  for (const arn of arns) if (!store.versions.has(arn)) throw new ApiError("ResourceNotFound", `Resource not found: '${arn}'`);
  return [...machines][0]!;
}

export function findAlias(store: AccountStore, arn: string): AliasRecord {
  expectArn(arn, "stateMachine");
  const alias = store.aliases.get(arn);
  if (!alias) throw new ApiError("ResourceNotFound", "Request references a resource that does not exist.");
  return alias;
}

/** Picks a version for one execution, by the routing weights. */
export function routeAlias(alias: AliasRecord, random: () => number): string {
  let point = random() * 100;
  for (const route of alias.routingConfiguration) {
    if (point < route.weight) return route.stateMachineVersionArn;
    point -= route.weight;
  }
  return alias.routingConfiguration.at(-1)!.stateMachineVersionArn;
}

export function createStateMachineAlias(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const routing = input["routingConfiguration"] as Routing;
  const machineArn = checkRouting(store, routing);
  findStateMachine(store, machineArn);
  const arn = `${machineArn}:${input["name"] as string}`;
  const existing = store.aliases.get(arn);
  if (existing) {
    if (JSON.stringify(existing.routingConfiguration) === JSON.stringify(routing) && existing.description === input["description"]) {
      return { stateMachineAliasArn: arn, creationDate: epochSeconds(existing.creationDate) };
    }
    throw new ApiError("ConflictException", "Failed to create alias because an alias with the same name and a different routing configuration already exists.");
  }
  const now = state.ports.clock.now();
  const alias: AliasRecord = {
    arn,
    name: input["name"] as string,
    machineArn,
    routingConfiguration: routing,
    creationDate: now,
    updateDate: now,
    ...(input["description"] !== undefined ? { description: input["description"] as string } : {}),
  };
  store.aliases.set(arn, alias);
  return { stateMachineAliasArn: arn, creationDate: epochSeconds(now) };
}

export function describeStateMachineAlias(input: Input, ctx: RequestContext, state: ServiceState) {
  const alias = findAlias(state.store(ctx), input["stateMachineAliasArn"] as string);
  return {
    stateMachineAliasArn: alias.arn,
    name: alias.name,
    routingConfiguration: alias.routingConfiguration,
    creationDate: epochSeconds(alias.creationDate),
    updateDate: epochSeconds(alias.updateDate),
    ...(alias.description !== undefined ? { description: alias.description } : {}),
  };
}

export function updateStateMachineAlias(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const alias = findAlias(store, input["stateMachineAliasArn"] as string);
  if (input["routingConfiguration"] !== undefined) {
    const routing = input["routingConfiguration"] as Routing;
    checkRouting(store, routing);
    alias.routingConfiguration = routing;
  }
  if (input["description"] !== undefined) alias.description = input["description"] as string;
  alias.updateDate = state.ports.clock.now();
  return { updateDate: epochSeconds(alias.updateDate) };
}

export function deleteStateMachineAlias(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const arn = input["stateMachineAliasArn"] as string;
  expectArn(arn, "stateMachine");
  store.aliases.delete(arn);
  return {};
}

export function listStateMachineAliases(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const machine = findStateMachine(store, input["stateMachineArn"] as string);
  const aliases = [...store.aliases.values()].filter((a) => a.machineArn === machine.arn).sort((a, b) => a.creationDate.getTime() - b.creationDate.getTime());
  const { page, nextToken } = paginate(aliases, input["maxResults"] as number | undefined, input["nextToken"] as string | undefined);
  return {
    stateMachineAliases: page.map((a) => ({ stateMachineAliasArn: a.arn, creationDate: epochSeconds(a.creationDate) })),
    ...(nextToken ? { nextToken } : {}),
  };
}
