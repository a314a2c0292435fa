import { ApiError } from "../api-error.ts";
import { expectArn } from "../arns.ts";
import { paginate } from "../pagination.ts";
import type { RequestContext } from "../request-context.ts";
import type { AccountStore, ServiceState, StateMachineRecord, VersionRecord } from "../store.ts";
import { epochSeconds, type Input } from "./common.ts";
import { findStateMachine } from "./lookup.ts";

/**
 * State machine versions (jsonata-and-variables.md §11, recorded in test_sfn_api_versioning):
 * numbers count up and are never reused; publishing the revision that already has a version
 * returns that version; a stale revisionId is a ConflictException.
 */
export function publishRevision(store: AccountStore, machine: StateMachineRecord, state: ServiceState, description?: string, revisionId?: string): VersionRecord {
  if (revisionId !== undefined && revisionId !== machine.revisionId) {
    throw new ApiError(
      "ConflictException",
      `Failed to publish the State Machine version for revision ${revisionId}. The current State Machine revision is ${machine.revisionId}.`);
  }
  const existing = [...store.versions.values()].find((v) => v.machineArn === machine.arn && v.revisionId === machine.revisionId);
  if (existing) return existing;
  const number = machine.nextVersion++;
  const version: VersionRecord = {
    arn: `${machine.arn}:${number}`,
    number,
    machineArn: machine.arn,
    definition: machine.definition,
    parsed: machine.parsed,
    roleArn: machine.roleArn,
    revisionId: machine.revisionId,
    creationDate: state.ports.clock.now(),
    ...(description !== undefined ? { description } : {}),
  };
  store.versions.set(version.arn, version);
  return version;
}

/** `versionDescription` only makes sense with `publish` (recorded ValidationException). */
export function checkPublishArguments(input: Input): void {
  if (input["versionDescription"] !== undefined && input["publish"] !== true) {
    throw new ApiError("ValidationException", "Version description can only be set when publish is true");
  }
}

export function publishStateMachineVersion(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const machine = findStateMachine(store, input["stateMachineArn"] as string);
  const version = publishRevision(store, machine, state, input["description"] as string | undefined, input["revisionId"] as string | undefined);
  return { creationDate: epochSeconds(version.creationDate), stateMachineVersionArn: version.arn };
}

export function listStateMachineVersions(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const machine = findStateMachine(store, input["stateMachineArn"] as string);
  const versions = [...store.versions.values()].filter((v) => v.machineArn === machine.arn).sort((a, b) => b.number - a.number);
  const { page, nextToken } = paginate(versions, input["maxResults"] as number | undefined, input["nextToken"] as string | undefined);
  return {
    stateMachineVersions: page.map((v) => ({ stateMachineVersionArn: v.arn, creationDate: epochSeconds(v.creationDate) })),
    ...(nextToken ? { nextToken } : {}),
  };
}

export function deleteStateMachineVersion(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const arn = input["stateMachineVersionArn"] as string;
  expectArn(arn, "stateMachine");
  const referencing = [...store.aliases.values()].filter((a) => a.routingConfiguration.some((r) => r.stateMachineVersionArn === arn));
  if (referencing.length > 0) {
    throw new ApiError(
      "ConflictException",
      `Version to be deleted must not be referenced by an alias. Current list of aliases referencing this version: [${referencing.map((a) => a.name).join(", ")}]`);
  }
  store.versions.delete(arn);
  return {};
}
