import type { Json } from "../../core/json.ts";
import { describeJsonSyntaxError } from "../../core/json-syntax-error.ts";
import { MockTestCase, MockTestCaseNotFound, splitTestCaseSelector } from "../../integrations/mock-test-case.ts";
import { startExecution as startRun, type StartExecutionOptions } from "../../execution/run-execution.ts";
import type { HistoryEvent } from "../../execution/types.ts";
import { ApiError, invalidArn } from "../api-error.ts";
import { checkName, expectArn, parseArn } from "../arns.ts";
import { paginate } from "../pagination.ts";
import type { RequestContext } from "../request-context.ts";
import type { AccountStore, ExecutionRecord, ServiceState, StateMachineRecord } from "../store.ts";
import { routeAlias } from "./aliases.ts";
import { epochSeconds, type Input } from "./common.ts";
import { findStateMachine } from "./lookup.ts";
import { keepMapRuns, listMapRunExecutions } from "./map-runs.ts";
import { redriveFields } from "./redrive-status.ts";
import { describe, referencesOfDefinition } from "./state-machines.ts";

/** Parses execution input, with AWS's recorded InvalidExecutionInput wording (Jackson's message). */
export function parseInput(text: string): Json {
  // Recorded (test_invalid_start_execution_input): an empty input is not parsed at all.
  if (text === "") throw new ApiError("InvalidExecutionInput", "Invalid State Machine Execution Input: 'Invalid execution input.'");
  const problem = describeJsonSyntaxError(text);
  if (problem) throw new ApiError("InvalidExecutionInput", `Invalid State Machine Execution Input: '${problem.message.split("\n")[0]}'`);
  return JSON.parse(text) as Json;
}

/** What an execution runs: a machine's current revision, a version, or a version an alias routes to. */
interface Target {
  machine: StateMachineRecord;
  definition: string;
  parsed: StateMachineRecord["parsed"];
  /** The revision run (DescribeStateMachineForExecution answers with it). */
  revision: NonNullable<ExecutionRecord["revision"]>;
  versionArn?: string;
  aliasArn?: string;
  /** The mock configuration test case selected with `<state machine ARN>#<test case>` (Step Functions Local). */
  testCase?: string;
}

function resolveTarget(store: AccountStore, requestedArn: string, random: () => number, state: ServiceState): Target {
  const { arn, testCase } = splitTestCaseSelector(requestedArn);
  const target = resolveMachine(store, arn, random);
  if (testCase === undefined) return target;
  const config = state.ports.mockConfig;
  if (!config) {
    throw new ApiError("ValidationException", `No mock configuration is loaded to run the test case '${testCase}': start the server with --mock-config <file> (or SFN_MOCK_CONFIG)`);
  }
  try {
    MockTestCase.select(config, target.machine.name, testCase);
  } catch (e) {
    if (e instanceof MockTestCaseNotFound) throw new ApiError("ValidationException", e.message);
    throw e;
  }
  return { ...target, testCase };
}

function resolveMachine(store: AccountStore, arn: string, random: () => number): Target {
  const parsed = expectArn(arn, "stateMachine");
  if (parsed.parts.length === 1) {
    const machine = findStateMachine(store, arn);
    const revision = { definition: machine.definition, parsed: machine.parsed, roleArn: machine.roleArn, revisionId: machine.revisionId, updateDate: machine.updateDate ?? machine.creationDate };
    return { machine, definition: machine.definition, parsed: machine.parsed, revision };
  }
  const alias = store.aliases.get(arn);
  const versionArn = alias ? routeAlias(alias, random) : arn;
  const version = store.versions.get(versionArn);
  if (!version) throw new ApiError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${arn}'`);
  const machine = findStateMachine(store, version.machineArn);
  const revision = { definition: version.definition, parsed: version.parsed, roleArn: version.roleArn, revisionId: version.revisionId, updateDate: version.creationDate };
  return { machine, definition: version.definition, parsed: version.parsed, revision, versionArn, ...(alias ? { aliasArn: alias.arn } : {}) };
}

/**
 * What an execution of `machine` runs with: its revision, the service's ports and integrations.
 * Its start here, and its continuation after a durable host lost it (persistence/durable-accounts.ts).
 */
export function executionRunOptions(
  machine: StateMachineRecord,
  revision: { definition: string; parsed: StateMachineRecord["parsed"]; roleArn: string },
  name: string,
  input: Json,
  ctx: RequestContext,
  state: ServiceState,
  testCase?: string,
): StartExecutionOptions {
  return {
    definition: revision.definition,
    parsed: revision.parsed,
    input,
    stateMachineName: machine.name,
    stateMachineArn: machine.arn,
    executionName: name,
    region: ctx.region,
    accountId: ctx.account,
    roleArn: revision.roleArn,
    clock: state.ports.clock,
    timers: state.ports.timers,
    entropy: state.ports.entropy,
    // Task states: the test case's mocks, handlers, the built-in integrations, then activities / the configured executor.
    taskExecutor: state.taskExecutor,
    taskTokens: state.taskTokens,
    stepFunctions: state.stepFunctions,
    ...(state.ports.handlers ? { handlers: state.ports.handlers } : {}),
    ...(state.ports.fetch ? { fetch: state.ports.fetch } : {}),
    ...(testCase !== undefined && state.ports.mockConfig ? { mock: { config: state.ports.mockConfig, testCase } } : {}),
    stateMachineType: machine.type,
    // Express executions are not kept, nor their Map Runs, nor made durable.
    ...(machine.type === "STANDARD" ? { mapRunObserver: keepMapRuns(state.store(ctx)) } : {}),
    ...(machine.type === "STANDARD" && state.ports.journal ? { journal: state.ports.journal } : {}),
  };
}

function launch(target: Target, name: string, inputText: string, ctx: RequestContext, state: ServiceState): ExecutionRecord {
  const record = target.machine;
  const input = parseInput(inputText);
  const handle = startRun(executionRunOptions(record, { ...target.revision, definition: target.definition, parsed: target.parsed }, name, input, ctx, state, target.testCase));
  const execution: ExecutionRecord = {
    arn: handle.executionArn,
    name,
    stateMachineArn: record.arn,
    stateMachine: record,
    input: inputText,
    startDate: handle.startDate,
    handle,
    revision: target.revision,
    ...(target.versionArn ? { stateMachineVersionArn: target.versionArn } : {}),
    ...(target.aliasArn ? { stateMachineAliasArn: target.aliasArn } : {}),
    ...(target.testCase !== undefined ? { testCase: target.testCase } : {}),
  };
  followRun(execution, handle, state);
  return execution;
}

/** Records the outcome of the execution's run `handle` (its start or a redrive) when it ends. */
export function followRun(execution: ExecutionRecord, handle: ExecutionRecord["handle"], state: ServiceState): void {
  state.ports.background?.(handle.done);
  void handle.done.then((result) => {
    execution.result = result;
    execution.stopDate = result.history.at(-1)?.timestamp ?? state.ports.clock.now();
  });
}

export function startExecution(input: Input, ctx: RequestContext, state: ServiceState) {
  const store = state.store(ctx);
  const target = resolveTarget(store, input["stateMachineArn"] as string, () => state.ports.entropy.random(), state);
  const machine = target.machine;
  const name = (input["name"] as string | undefined) ?? state.ports.entropy.uuid();
  checkName(name);
  const inputText = (input["input"] as string | undefined) ?? "{}";
  if (machine.type === "EXPRESS") {
    const record = launch(target, name, inputText, ctx, state);
    // Express executions are not kept for Describe/List; their ARNs use the `express` type.
    return { executionArn: record.arn.replace(":execution:", ":express:") + `:${state.ports.entropy.uuid()}`, startDate: epochSeconds(record.startDate) };
  }
  const arn = `arn:aws:states:${ctx.region}:${ctx.account}:execution:${machine.name}:${name}`;
  const existing = store.executions.get(arn);
  if (existing) {
    // Idempotent while running with the same input; otherwise the name is taken (recorded message).
    if (!existing.result && existing.input === inputText) return { executionArn: arn, startDate: epochSeconds(existing.startDate) };
    throw new ApiError("ExecutionAlreadyExists", `Execution Already Exists: '${arn}'`);
  }
  const record = launch(target, name, inputText, ctx, state);
  store.executions.set(record.arn, record);
  return { executionArn: record.arn, startDate: epochSeconds(record.startDate) };
}

export async function startSyncExecution(input: Input, ctx: RequestContext, state: ServiceState) {
  const target = resolveTarget(state.store(ctx), input["stateMachineArn"] as string, () => state.ports.entropy.random(), state);
  const machine = target.machine;
  if (machine.type !== "EXPRESS") throw new ApiError("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
  const name = (input["name"] as string | undefined) ?? state.ports.entropy.uuid();
  checkName(name);
  const inputText = (input["input"] as string | undefined) ?? "{}";
  const record = launch(target, name, inputText, ctx, state);
  const result = await record.handle.done;
  const stopDate = result.history.at(-1)?.timestamp ?? state.ports.clock.now();
  const durationMs = Math.max(0, stopDate.getTime() - record.startDate.getTime());
  return {
    executionArn: record.arn.replace(":execution:", ":express:") + `:${state.ports.entropy.uuid()}`,
    stateMachineArn: machine.arn,
    name,
    startDate: epochSeconds(record.startDate),
    stopDate: epochSeconds(stopDate),
    status: result.status,
    input: inputText,
    inputDetails: { included: true },
    ...(result.status === "SUCCEEDED" ? { output: JSON.stringify(result.output ?? null), outputDetails: { included: true } } : {}),
    ...(result.error !== undefined ? { error: result.error } : {}),
    ...(result.cause !== undefined ? { cause: result.cause } : {}),
    // Express billing: 64 MB minimum, duration rounded up to the next 100 ms.
    billingDetails: { billedMemoryUsedInMB: 64, billedDurationInMilliseconds: Math.max(100, Math.ceil(durationMs / 100) * 100) },
  };
}

export function findExecution(state: ServiceState, ctx: RequestContext, arn: string): ExecutionRecord {
  const parsed = parseArn(arn);
  if (parsed.resourceType === "express") throw invalidArn(`Resource type not valid in this context: express`);
  expectArn(arn, "execution");
  const record = state.store(ctx).executions.get(arn);
  if (!record) throw new ApiError("ExecutionDoesNotExist", `Execution Does Not Exist: '${arn}'`);
  return record;
}

function statusOf(record: ExecutionRecord): string {
  return record.result?.status ?? "RUNNING";
}

export function describeExecution(input: Input, ctx: RequestContext, state: ServiceState) {
  const record = findExecution(state, ctx, input["executionArn"] as string);
  const status = statusOf(record);
  const result = record.result;
  return {
    executionArn: record.arn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    status,
    startDate: epochSeconds(record.startDate),
    ...(record.stopDate ? { stopDate: epochSeconds(record.stopDate) } : {}),
    input: record.input,
    inputDetails: { included: true },
    ...(record.stateMachineVersionArn ? { stateMachineVersionArn: record.stateMachineVersionArn } : {}),
    ...(record.stateMachineAliasArn ? { stateMachineAliasArn: record.stateMachineAliasArn } : {}),
    ...(result?.status === "SUCCEEDED" ? { output: JSON.stringify(result.output ?? null), outputDetails: { included: true } } : {}),
    ...(result?.error !== undefined ? { error: result.error } : {}),
    ...(result?.cause !== undefined ? { cause: result.cause } : {}),
    ...redriveFields(record, state.store(ctx), state.ports.clock.now()),
  };
}

export function describeStateMachineForExecution(input: Input, ctx: RequestContext, state: ServiceState) {
  const record = findExecution(state, ctx, input["executionArn"] as string);
  const { status: _status, creationDate: _created, type: _type, revisionId: _revisionId, variableReferences: _references, ...rest } = describe(record.stateMachine);
  // The machine as this execution runs it: the revision (or version) it started with.
  const machine = record.stateMachine;
  const revision = record.revision ?? { definition: machine.definition, parsed: machine.parsed, roleArn: machine.roleArn, updateDate: machine.creationDate };
  return {
    ...rest,
    definition: revision.definition,
    roleArn: revision.roleArn,
    ...(revision.revisionId !== undefined ? { revisionId: revision.revisionId } : {}),
    updateDate: epochSeconds(revision.updateDate),
    ...referencesOfDefinition(revision.parsed),
  };
}

export function stopExecution(input: Input, ctx: RequestContext, state: ServiceState) {
  const record = findExecution(state, ctx, input["executionArn"] as string);
  if (!record.result) record.handle.stop(input["error"] as string | undefined, input["cause"] as string | undefined);
  return { stopDate: epochSeconds(state.ports.clock.now()) };
}

/** History events on the wire: timestamps as epoch seconds; with includeExecutionData=false, no payloads. */
function wireEvent(event: HistoryEvent, includeData: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { ...event, timestamp: epochSeconds(event.timestamp) };
  if (!includeData) {
    for (const [key, value] of Object.entries(out)) {
      if (key.endsWith("EventDetails") && value && typeof value === "object") {
        const details = { ...(value as Record<string, unknown>) };
        for (const payloadKey of ["input", "output", "parameters"]) delete details[payloadKey];
        out[key] = details;
      }
    }
  }
  return out;
}

export function getExecutionHistory(input: Input, ctx: RequestContext, state: ServiceState) {
  const record = findExecution(state, ctx, input["executionArn"] as string);
  const events = [...record.handle.history];
  if (input["reverseOrder"] === true) events.reverse();
  const { page, nextToken } = paginate(events, input["maxResults"] as number | undefined, input["nextToken"] as string | undefined, 1000);
  const includeData = input["includeExecutionData"] !== false;
  return { events: page.map((e) => wireEvent(e, includeData)), ...(nextToken ? { nextToken } : {}) };
}

/**
 * The executions ListExecutions' `stateMachineArn` selects: a state machine's (all of them), a
 * version's or an alias's (those started through it; recorded, test_start_version_execution).
 */
function executionsOf(store: AccountStore, arn: string): (execution: ExecutionRecord) => boolean {
  const parsed = expectArn(arn, "stateMachine");
  const alias = parsed.parts.length > 1 ? store.aliases.get(arn) : undefined;
  const version = parsed.parts.length > 1 && !alias ? store.versions.get(arn) : undefined;
  if (parsed.parts.length > 1 && !alias && !version) throw new ApiError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${arn}'`);
  const machine = findStateMachine(store, alias?.machineArn ?? version?.machineArn ?? arn);
  if (machine.type === "EXPRESS") throw new ApiError("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
  if (alias) return (e) => e.stateMachineAliasArn === arn;
  if (version) return (e) => e.stateMachineVersionArn === arn;
  return (e) => e.stateMachineArn === arn;
}

export function listExecutions(input: Input, ctx: RequestContext, state: ServiceState) {
  if (input["mapRunArn"] !== undefined) return listMapRunExecutions(input, ctx, state);
  const store = state.store(ctx);
  const machineArn = input["stateMachineArn"] as string | undefined;
  const selected = machineArn === undefined ? () => true : executionsOf(store, machineArn);
  const filter = input["statusFilter"] as string | undefined;
  // redriveFilter: REDRIVEN lists executions redriven at least once, NOT_REDRIVEN the others.
  const redriveFilter = input["redriveFilter"] as "REDRIVEN" | "NOT_REDRIVEN" | undefined;
  // Newest first; executions started in the same millisecond keep their start order (reversed).
  const executions = [...store.executions.values()]
    .reverse()
    .filter((e) => selected(e) && (filter === undefined || statusOf(e) === filter))
    .filter((e) => redriveFilter === undefined || (redriveFilter === "REDRIVEN") === e.handle.redriveCount > 0)
    .sort((a, b) => b.startDate.getTime() - a.startDate.getTime());
  const { page, nextToken } = paginate(executions, input["maxResults"] as number | undefined, input["nextToken"] as string | undefined);
  return {
    executions: page.map((e) => ({
      executionArn: e.arn,
      stateMachineArn: e.stateMachineArn,
      name: e.name,
      status: statusOf(e),
      startDate: epochSeconds(e.startDate),
      ...(e.stopDate ? { stopDate: epochSeconds(e.stopDate) } : {}),
      ...(e.stateMachineVersionArn ? { stateMachineVersionArn: e.stateMachineVersionArn } : {}),
      ...(e.stateMachineAliasArn ? { stateMachineAliasArn: e.stateMachineAliasArn } : {}),
      redriveCount: e.handle.redriveCount,
      ...(e.handle.redriveDate ? { redriveDate: epochSeconds(e.handle.redriveDate) } : {}),
    })),
    ...(nextToken ? { nextToken } : {}),
  };
}
