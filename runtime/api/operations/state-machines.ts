import { parseDefinition } from "../../definition/parse-definition.ts";
import { formatInvalidDefinitionMessage } from "../../definition/problems.ts";
import { validateStateMachineDefinition } from "../../definition/validate.ts";
import { variableReferences } from "../../definition/variable-references.ts";
import { ApiError } from "../api-error.ts";
import { checkName, expectArn, stateMachineArn } from "../arns.ts";
import { paginate } from "../pagination.ts";
import type { RequestContext } from "../request-context.ts";
import type { ServiceState, StateMachineRecord } from "../store.ts";
import { epochSeconds, type Input } from "./common.ts";
import { encryptionConfiguration, loggingConfiguration, sameConfiguration, tracingConfiguration } from "./configuration.ts";
import { findStateMachine } from "./lookup.ts";
import { checkPublishArguments, publishRevision } from "./versions.ts";

function parseOrReject(definition: string, type: "STANDARD" | "EXPRESS") {
  const parsed = parseDefinition(definition, { type });
  if (!parsed.ok) throw new ApiError("InvalidDefinition", formatInvalidDefinitionMessage(parsed.problems));
  return parsed.definition;
}

export function createStateMachine(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  checkPublishArguments(input);
  const name = input["name"] as string;
  checkName(name);
  const type = (input["type"] as "STANDARD" | "EXPRESS" | undefined) ?? "STANDARD";
  const definition = input["definition"] as string;
  const parsed = parseOrReject(definition, type);
  const logging = loggingConfiguration(input["loggingConfiguration"]);
  const tracing = tracingConfiguration(input["tracingConfiguration"]);
  const encryption = encryptionConfiguration(input["encryptionConfiguration"]);
  const arn = stateMachineArn(ctx.region, ctx.account, name);
  const existing = store.stateMachines.get(arn);
  if (existing) {
    // Idempotent create: same definition, role, type and logging/tracing/encryption answer with the existing machine.
    const sameSettings = sameConfiguration(existing.loggingConfiguration, logging) && sameConfiguration(existing.tracingConfiguration, tracing) &&
      sameConfiguration(existing.encryptionConfiguration, encryption);
    if (existing.definition === definition && existing.roleArn === input["roleArn"] && existing.type === type && sameSettings) {
      return { stateMachineArn: arn, creationDate: epochSeconds(existing.creationDate) };
    }
    throw new ApiError("StateMachineAlreadyExists", `State Machine Already Exists: '${arn}'`);
  }
  const record: StateMachineRecord = {
    arn,
    name,
    type,
    definition,
    parsed,
    roleArn: input["roleArn"] as string,
    creationDate: state.ports.clock.now(),
    status: "ACTIVE",
    nextVersion: 1,
    loggingConfiguration: logging,
    tracingConfiguration: tracing,
    encryptionConfiguration: encryption,
  };
  store.stateMachines.set(arn, record);
  const tags = input["tags"] as Array<{ key: string; value?: string }> | undefined;
  if (tags?.length) store.tags.set(arn, new Map(tags.map((t) => [t.key, t.value ?? ""])));
  const version = input["publish"] === true ? publishRevision(store, record, state, input["versionDescription"] as string | undefined) : undefined;
  return { stateMachineArn: arn, creationDate: epochSeconds(record.creationDate), ...(version ? { stateMachineVersionArn: version.arn } : {}) };
}

export function describeStateMachine(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const arn = input["stateMachineArn"] as string;
  const version = store.versions.get(arn);
  if (version) {
    // A version describes its own snapshot: its definition, role, revision and description.
    const machine = findStateMachine(store, version.machineArn);
    return {
      ...describe(machine),
      stateMachineArn: version.arn,
      definition: version.definition,
      roleArn: version.roleArn,
      revisionId: version.revisionId,
      variableReferences: referencesOfDefinition(version.parsed).variableReferences,
      creationDate: epochSeconds(version.creationDate),
      ...(version.description !== undefined ? { description: version.description } : {}),
    };
  }
  return describe(findStateMachine(store, arn));
}

export function describe(record: StateMachineRecord) {
  return {
    stateMachineArn: record.arn,
    name: record.name,
    status: record.status,
    definition: record.definition,
    roleArn: record.roleArn,
    type: record.type,
    creationDate: epochSeconds(record.creationDate),
    loggingConfiguration: record.loggingConfiguration,
    tracingConfiguration: record.tracingConfiguration,
    ...(record.revisionId !== undefined ? { revisionId: record.revisionId } : {}),
    ...(record.description !== undefined ? { description: record.description } : {}),
    ...(record.encryptionConfiguration ? { encryptionConfiguration: record.encryptionConfiguration } : {}),
    ...referencesOfDefinition(record.parsed),
  };
}

/** `variableReferences`, present when some state reads a variable (recorded: absent otherwise). */
export function referencesOfDefinition(parsed: StateMachineRecord["parsed"]): { variableReferences?: Record<string, string[]> } {
  const references = variableReferences(parsed);
  return Object.keys(references).length > 0 ? { variableReferences: references } : {};
}

export function updateStateMachine(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const record = findStateMachine(store, input["stateMachineArn"] as string);
  checkPublishArguments(input);
  if (input["publish"] !== true && input["definition"] === undefined && input["roleArn"] === undefined && input["loggingConfiguration"] === undefined &&
      input["tracingConfiguration"] === undefined && input["encryptionConfiguration"] === undefined) {
    throw new ApiError("MissingRequiredParameter", "Either the definition, the role ARN, the LoggingConfiguration, the EncryptionConfiguration or the TracingConfiguration must be specified");
  }
  // Validated before anything changes, so a rejected update leaves the machine as it was.
  const logging = input["loggingConfiguration"] !== undefined ? loggingConfiguration(input["loggingConfiguration"]) : undefined;
  const tracing = input["tracingConfiguration"] !== undefined ? tracingConfiguration(input["tracingConfiguration"]) : undefined;
  const encryption = input["encryptionConfiguration"] !== undefined ? encryptionConfiguration(input["encryptionConfiguration"]) : undefined;
  const before = JSON.stringify([record.definition, record.roleArn, record.loggingConfiguration, record.tracingConfiguration, record.encryptionConfiguration]);
  if (typeof input["definition"] === "string") {
    record.parsed = parseOrReject(input["definition"], record.type);
    record.definition = input["definition"];
  }
  if (typeof input["roleArn"] === "string") record.roleArn = input["roleArn"];
  if (logging) record.loggingConfiguration = logging;
  if (tracing) record.tracingConfiguration = tracing;
  if (encryption) record.encryptionConfiguration = encryption;
  const changed = before !== JSON.stringify([record.definition, record.roleArn, record.loggingConfiguration, record.tracingConfiguration, record.encryptionConfiguration]);
  // Recorded: a change makes a new revision; an update that changes nothing answers with the current
  // revision (test_create_update_state_machine_same_parameters), so with none for a never-updated machine
  // (test_empty_revision_with_publish_*).
  if (changed) {
    record.revisionId = state.ports.entropy.uuid();
    record.updateDate = state.ports.clock.now();
  }
  const version = input["publish"] === true ? publishRevision(store, record, state, input["versionDescription"] as string | undefined) : undefined;
  return {
    updateDate: epochSeconds(state.ports.clock.now()),
    ...(record.revisionId !== undefined ? { revisionId: record.revisionId } : {}),
    ...(version ? { stateMachineVersionArn: version.arn } : {}),
  };
}

export function deleteStateMachine(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const arn = input["stateMachineArn"] as string;
  const parsed = expectArn(arn, "stateMachine");
  // API reference: a qualified ARN that refers to a Distributed Map state (`<machine>/<label>`) fails with ValidationException.
  if (parsed.parts[0]?.includes("/")) throw new ApiError("ValidationException", `Invalid Arn: '${arn}': a Distributed Map state's ARN can't be deleted; delete its state machine`);
  // Deleting is idempotent on AWS: an unknown machine is not an error. Its versions and aliases go too.
  store.stateMachines.delete(arn);
  store.tags.delete(arn);
  for (const [versionArn, version] of store.versions) if (version.machineArn === arn) store.versions.delete(versionArn);
  for (const [aliasArn, alias] of store.aliases) if (alias.machineArn === arn) store.aliases.delete(aliasArn);
  return {};
}

export function listStateMachines(input: Input, ctx: RequestContext, state: ServiceState) {
  const machines = [...state.store(ctx).stateMachines.values()].sort((a, b) => a.creationDate.getTime() - b.creationDate.getTime() || (a.name < b.name ? -1 : 1));
  const { page, nextToken } = paginate(machines, input["maxResults"] as number | undefined, input["nextToken"] as string | undefined);
  return {
    stateMachines: page.map((m) => ({ stateMachineArn: m.arn, name: m.name, type: m.type, creationDate: epochSeconds(m.creationDate) })),
    ...(nextToken ? { nextToken } : {}),
  };
}

export function validateDefinition(input: Input) {
  return validateStateMachineDefinition({
    definition: input["definition"] as string,
    ...(input["type"] ? { type: input["type"] as "STANDARD" | "EXPRESS" } : {}),
    ...(input["severity"] ? { severity: input["severity"] as "ERROR" | "WARNING" } : {}),
    ...(input["maxResults"] !== undefined ? { maxResults: input["maxResults"] as number } : {}),
  });
}
