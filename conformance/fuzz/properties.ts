/**
 * The fuzz properties, each an arbitrary and a check that throws a PropertyViolation:
 *   robustness      generated (also invalid) definitions and mutated ill-formed ones: each is either
 *                   rejected with InvalidDefinition, every problem with a location (and the API's
 *                   CreateStateMachine refuses it too, with a 400), or runs to a terminal status; no
 *                   crash, no hang (wall-clock limit), history ids and links consistent
 *   history-links   event ids are 1..n, every previousEventId is 0 or an earlier event's id
 *   pass-result     the machine, then a Pass with `Result: R, ResultPath: "$"` (JSONata: `Output: R`),
 *                   outputs R whatever the machine did
 *   parallel-wrap   the machine as the one branch of a Parallel outputs `[output]` (fails alike)
 *   map-wrap        the machine as an inline Map's item processor, on input `[x]`, outputs `[f(x)]`
 *   rename          renaming every state changes nothing but the names (outcome and history)
 *   time-scale      virtual time and real time scaled down give the same outcome
 *   api-requests    every API request (createService(...).app.fetch) gets an AWS-shaped answer:
 *                   2xx with a JSON object, or 400/404 with {__type, message}; never 5xx
 * Differential testing is in differential.ts. All runs are in process, in virtual time.
 */
import fc from "fast-check";
import type { Json, JsonObject } from "../../runtime/core/json.ts";
import { createService } from "../../runtime/api/service.ts";
import { stoppableTimers } from "../../runtime/api/stoppable-timers.ts";
import { fetchTransport } from "../api/transport.ts";
import { generated } from "./choices.ts";
import { illFormedDefinitionArbitrary } from "./definition-mutations.ts";
import { historyLinkProblem } from "./history-links.ts";
import { runInProcess } from "./in-process-target.ts";
import { isJsonataInert, jsonValue } from "./json-values.ts";
import { inInlineMap, inOneBranchParallel, renameStates, renameTaskResponses, stateNames, substituteNames, thenPassResult } from "./machine-transforms.ts";
import { outcomeDifference, outcomeOf, timelessHistory, type Observation } from "./observation.ts";
import { executionArbitrary, type GeneratedExecution, type MachineOptions } from "./state-machine-gen.ts";
import { PropertyViolation, type Evidence } from "./violation.ts";
import { apiRequestArbitrary, EXISTING, type ApiRequest } from "./api-request-gen.ts";
import type { TaskResponse } from "../compare/execution-case.ts";

export interface FuzzProperty<T = unknown> {
  name: string;
  summary: string;
  arbitrary: fc.Arbitrary<T>;
  check(value: T): Promise<void>;
  /** Releases what the property holds (timers of a service). */
  close?(): void;
}

export interface PropertyOptions {
  /** Wall-clock limit of one run (ms). */
  timeoutMs: number;
  /** Overrides of the machine generator's options. */
  machines?: Partial<MachineOptions>;
}

const DEFAULT_OPTIONS: PropertyOptions = { timeoutMs: 5000 };

/** Causes name event ids (`entered at the event id #4`), which move when a machine is wrapped. */
export const withoutEventIds = (text: string) => text.replace(/event id #\d+/g, "event id #N");

function evidenceOf(execution: { definition: Json | string; input: Json; taskResponses: readonly TaskResponse[] }, observed: Record<string, unknown>, expected?: Evidence["expected"]): Evidence {
  return { definition: execution.definition, input: execution.input, taskResponses: execution.taskResponses, observed, ...(expected ? { expected } : {}) };
}

/** A crash or a hang is always a violation; so are broken history links. */
function requireSound(observation: Observation, execution: { definition: Json | string; input: Json; taskResponses: readonly TaskResponse[] }, label: string): void {
  if (observation.kind === "crashed" || observation.kind === "hung") {
    throw new PropertyViolation(`${label}: the run ${observation.kind === "crashed" ? "crashed" : "did not end"}: ${observation.message.split("\n")[0]}`, evidenceOf(execution, { [label]: outcomeOf(observation) }));
  }
  if (observation.kind === "ended") {
    if (observation.status === "RUNNING") throw new PropertyViolation(`${label}: ended RUNNING`, evidenceOf(execution, { [label]: outcomeOf(observation) }));
    const problem = historyLinkProblem(observation.history);
    if (problem) throw new PropertyViolation(`${label}: history links: ${problem}`, evidenceOf(execution, { [label]: outcomeOf(observation), history: observation.history }));
  }
}

type RobustnessInput = { definition: Json | string; input: Json; taskResponses: TaskResponse[]; mutations: string[] };

export function robustnessProperty(options: PropertyOptions = DEFAULT_OPTIONS): FuzzProperty<RobustnessInput> {
  const timers = stoppableTimers(0.001);
  const { app } = createService({ timers, activityPollSeconds: 1 });
  const api = fetchTransport(app.fetch);
  let created = 0;
  return {
    name: "robustness",
    summary: "every definition is rejected (InvalidDefinition, with locations) or runs to a terminal status; no crash, no hang",
    arbitrary: fc.oneof(
      executionArbitrary({ invalid: true, deterministic: false, oddInput: true, ...options.machines }).map((e) => ({ ...e, mutations: [] as string[] })),
      illFormedDefinitionArbitrary().map((d) => ({ definition: d.definitionText, input: d.input, taskResponses: d.taskResponses, mutations: d.mutations })),
    ),
    async check(value) {
      const { observation } = await runInProcess({ definition: value.definition, input: value.input, taskResponses: value.taskResponses, timeoutMs: options.timeoutMs });
      if (observation.kind === "hung" && silentTaskWithoutTimeout(value.definition, value.taskResponses)) {
        throw new PropertyViolation("the run did not end: a Task state whose worker never answers has no TimeoutSeconds (the documented default, 99999999 s, does not apply)", evidenceOf(value, { reference: outcomeOf(observation) }));
      }
      requireSound(observation, value, "reference");
      if (observation.kind !== "rejected") return;
      if (observation.locations.length === 0 || observation.locations.some((l) => l === undefined)) {
        throw new PropertyViolation("rejected with a problem that has no location", evidenceOf(value, { reference: outcomeOf(observation), mutations: value.mutations }));
      }
      const definition = typeof value.definition === "string" ? value.definition : JSON.stringify(value.definition);
      const answer = await api.send("CreateStateMachine", { name: `fuzz-${++created}`, definition, roleArn: `arn:aws:iam::123456789012:role/fuzz` });
      const body = answer.body as Record<string, unknown>;
      if (answer.status !== 400 || body?.["__type"] !== "InvalidDefinition" || typeof body["message"] !== "string") {
        throw new PropertyViolation(`runExecution rejects the definition but CreateStateMachine answered HTTP ${answer.status} ${JSON.stringify(body).slice(0, 200)}`, evidenceOf(value, { reference: outcomeOf(observation), api: { status: answer.status, body } }));
      }
    },
    close: () => timers.stop(),
  };
}

/** Whether a Task state the script leaves unanswered has neither TimeoutSeconds nor HeartbeatSeconds. */
function silentTaskWithoutTimeout(definition: Json | string, responses: readonly TaskResponse[]): boolean {
  const silent = new Set(responses.filter((r) => r.hang).map((r) => r.state));
  if (silent.size === 0) return false;
  let found = false;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const states = (node as Record<string, unknown>)["States"];
    if (states !== null && typeof states === "object" && !Array.isArray(states)) {
      for (const [name, state] of Object.entries(states as Record<string, unknown>)) {
        const fields = (state ?? {}) as Record<string, unknown>;
        if (silent.has(name) && fields["Type"] === "Task" && !("TimeoutSeconds" in fields) && !("HeartbeatSeconds" in fields)) found = true;
      }
    }
    Object.values(node).forEach(walk);
  };
  try {
    walk(typeof definition === "string" ? JSON.parse(definition) : definition);
  } catch {
    return false;
  }
  return found;
}

export function historyLinksProperty(options: PropertyOptions = DEFAULT_OPTIONS): FuzzProperty<GeneratedExecution> {
  return {
    name: "history-links",
    summary: "history event ids are 1..n; each previousEventId is 0 or an earlier event's id",
    arbitrary: executionArbitrary(options.machines),
    async check(execution) {
      const { observation } = await runInProcess({ ...execution, timeoutMs: options.timeoutMs });
      requireSound(observation, execution, "reference");
    },
  };
}

const inertResult = generated((c) => {
  const value = jsonValue(c, { depth: 2 });
  return isJsonataInert(value) ? value : null;
});

/**
 * Errors no Catch catches (developer guide concepts-error-handling: "A retry or catch on
 * States.ALL will not catch States.Runtime errors"; States.DataLimitExceeded is terminal too).
 */
const UNCATCHABLE = new Set(["States.Runtime", "States.DataLimitExceeded"]);

export function passResultProperty(options: PropertyOptions = DEFAULT_OPTIONS): FuzzProperty<[GeneratedExecution, Json]> {
  return {
    name: "pass-result",
    summary: 'the machine then a Pass with Result R and ResultPath "$" (JSONata: Output R) outputs R, unless the machine fails with an error no Catch catches',
    arbitrary: fc.tuple(executionArbitrary(options.machines), inertResult),
    async check([execution, result]) {
      const alone = (await runInProcess({ ...execution, timeoutMs: options.timeoutMs })).observation;
      requireSound(alone, execution, "alone");
      const definition = thenPassResult(execution.definition, result);
      const run = { ...execution, definition };
      const { observation } = await runInProcess({ ...run, timeoutMs: options.timeoutMs });
      requireSound(observation, run, "reference");
      if (alone.kind === "ended" && alone.status === "FAILED" && UNCATCHABLE.has(alone.error ?? "")) {
        const difference = outcomeDifference(alone, observation, withoutEventIds);
        if (difference) throw new PropertyViolation(`pass-result: the machine alone fails with ${alone.error}, which no Catch catches, but: ${difference}`, evidenceOf(run, { alone: outcomeOf(alone), reference: outcomeOf(observation) }));
        return;
      }
      if (alone.kind === "rejected") {
        if (observation.kind !== "rejected") throw new PropertyViolation("pass-result: the machine alone is rejected but not inside the Parallel", evidenceOf(run, { alone: outcomeOf(alone), reference: outcomeOf(observation) }));
        return;
      }
      const expected = { status: "SUCCEEDED", output: result };
      if (outcomeDifference(observation, { kind: "ended", status: "SUCCEEDED", output: result, history: [] })) {
        throw new PropertyViolation("pass-result: the Pass state's Result is not the output", evidenceOf(run, { alone: outcomeOf(alone), reference: outcomeOf(observation) }, expected));
      }
    },
  };
}

/** The law of a wrapper: what the wrapped machine gives, from what the machine alone gives. */
function wrappedLaw(
  name: string,
  summary: string,
  wrap: (definition: JsonObject) => JsonObject,
  inputOf: (input: Json) => Json,
  options: PropertyOptions,
): FuzzProperty<GeneratedExecution> {
  return {
    name,
    summary,
    arbitrary: executionArbitrary(options.machines),
    async check(execution) {
      const alone = (await runInProcess({ ...execution, timeoutMs: options.timeoutMs })).observation;
      requireSound(alone, execution, "alone");
      const wrappedRun = { definition: wrap(execution.definition), input: inputOf(execution.input), taskResponses: execution.taskResponses };
      const wrapped = (await runInProcess({ ...wrappedRun, timeoutMs: options.timeoutMs })).observation;
      requireSound(wrapped, wrappedRun, "wrapped");
      const predicted: Observation = alone.kind === "ended" && alone.status === "SUCCEEDED" ? { ...alone, output: [alone.output ?? null] } : alone;
      const difference = outcomeDifference(predicted, wrapped, withoutEventIds);
      if (difference) {
        throw new PropertyViolation(`${name}: ${difference}`, evidenceOf(wrappedRun, { alone: outcomeOf(alone), "predicted by the law": outcomeOf(predicted), wrapped: outcomeOf(wrapped), "machine alone": execution.definition }));
      }
    },
  };
}

export function parallelWrapProperty(options: PropertyOptions = DEFAULT_OPTIONS): FuzzProperty<GeneratedExecution> {
  return wrappedLaw("parallel-wrap", "the machine as a one-branch Parallel outputs [output] (and fails alike)", (d) => inOneBranchParallel(d), (input) => input, options);
}

export function mapWrapProperty(options: PropertyOptions = DEFAULT_OPTIONS): FuzzProperty<GeneratedExecution> {
  return wrappedLaw("map-wrap", "an inline Map running the machine over [x] outputs [f(x)] (and fails alike)", (d) => inInlineMap(d), (input) => [input], options);
}

export function renameProperty(options: PropertyOptions = DEFAULT_OPTIONS): FuzzProperty<GeneratedExecution> {
  return {
    name: "rename",
    summary: "renaming every state changes nothing but the names in the outcome and the history",
    arbitrary: executionArbitrary(options.machines),
    async check(execution) {
      const renames = new Map(stateNames(execution.definition).map((name) => [name, `Renamed${name}x`]));
      const rename = (name: string) => renames.get(name) ?? name;
      const original = (await runInProcess({ ...execution, timeoutMs: options.timeoutMs })).observation;
      requireSound(original, execution, "original");
      const renamedRun = { definition: renameStates(execution.definition, rename), input: execution.input, taskResponses: renameTaskResponses(execution.taskResponses, rename) };
      const renamed = (await runInProcess({ ...renamedRun, timeoutMs: options.timeoutMs })).observation;
      requireSound(renamed, renamedRun, "renamed");
      const substitute = (text: string) => substituteNames(text, renames);
      const difference = outcomeDifference(original, renamed, (text) => text) && outcomeDifference(JSON.parse(substitute(JSON.stringify(original))) as Observation, renamed);
      if (difference) {
        throw new PropertyViolation(`rename: ${difference}`, evidenceOf(renamedRun, { original: outcomeOf(original), renamed: outcomeOf(renamed), "original machine": execution.definition }));
      }
      if (original.kind === "ended" && renamed.kind === "ended") {
        const before = substitute(JSON.stringify(timelessHistory(original.history)));
        const after = JSON.stringify(timelessHistory(renamed.history));
        if (before !== after) {
          const a = JSON.parse(before) as unknown[];
          const b = JSON.parse(after) as unknown[];
          const at = a.findIndex((event, i) => JSON.stringify(event) !== JSON.stringify(b[i]));
          throw new PropertyViolation(`rename: the histories differ at event ${at + 1}`, evidenceOf(renamedRun, { original: a[at], renamed: b[at], "original machine": execution.definition }));
        }
      }
    },
  };
}

/** Real time scaled by this much: 1 s of the machine's time takes 1 ms. */
const REAL_SCALE = 0.001;
/** Machines that would take longer (virtual ms) are not rerun in real time. */
const REAL_TIME_BUDGET_MS = 100_000;
/** Real timers are about a millisecond precise: at REAL_SCALE, a second of the machine's time. */
const REAL_TIMER_PRECISION_MS = 1000;

/**
 * Real timers may order sleeps ending within a millisecond of each other either way (a Parallel
 * branch failing first or second), so on a difference both sides run again: real time twice more,
 * virtual time with sleeps lengthened by up to that precision; the law fails only when no real
 * outcome is a virtual one.
 */
export function timeScaleProperty(options: PropertyOptions = DEFAULT_OPTIONS): FuzzProperty<GeneratedExecution> {
  return {
    name: "time-scale",
    summary: "running in real time scaled down gives an outcome of running in virtual time",
    arbitrary: executionArbitrary(options.machines),
    async check(execution) {
      const virtual = await runInProcess({ ...execution, timeoutMs: options.timeoutMs });
      requireSound(virtual.observation, execution, "virtual time");
      if ((virtual.virtualMs ?? 0) > REAL_TIME_BUDGET_MS) return;
      const realRun = async () => {
        const real = (await runInProcess({ ...execution, realTimeScale: REAL_SCALE, timeoutMs: options.timeoutMs })).observation;
        requireSound(real, execution, "real time");
        return real;
      };
      const real = await realRun();
      // Event ids in causes follow the interleaving of Parallel branches and Map iterations, which timing changes.
      const difference = outcomeDifference(virtual.observation, real, withoutEventIds);
      if (!difference) return;
      const reals = [real, await realRun(), await realRun()];
      const virtuals = [virtual.observation];
      for (let seed = 1; seed <= 4; seed++) virtuals.push((await runInProcess({ ...execution, timeoutMs: options.timeoutMs, jitterMs: REAL_TIMER_PRECISION_MS, seed })).observation);
      if (reals.some((r) => virtuals.some((v) => outcomeDifference(v, r, withoutEventIds) === undefined))) return;
      throw new PropertyViolation(`time-scale: ${difference}`, evidenceOf(execution, { "virtual time": virtuals.map(outcomeOf), [`real time x${REAL_SCALE}`]: reals.map(outcomeOf) }));
    },
  };
}

/** Sends one (possibly broken) request to a fetch handler. */
export async function sendApiRequest(fetchFn: (request: Request) => Response | Promise<Response>, request: ApiRequest): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {
    "content-type": request.contentType ?? "application/x-amz-json-1.0",
    authorization: "AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/states/aws4_request, SignedHeaders=host, Signature=0",
  };
  if (request.target !== null) headers["x-amz-target"] = request.target ?? `AWSStepFunctions.${request.operation}`;
  const method = request.method ?? "POST";
  const body = method === "GET" || method === "HEAD" ? undefined : (request.rawBody ?? JSON.stringify(request.body));
  const response = await fetchFn(new Request("http://localhost/", { method, headers, ...(body !== undefined ? { body } : {}) }));
  return { status: response.status, text: await response.text() };
}

export function apiRequestsProperty(options: PropertyOptions = DEFAULT_OPTIONS): FuzzProperty<ApiRequest> {
  const timers = stoppableTimers(0.001);
  const { app } = createService({ timers, activityPollSeconds: 1 });
  let ready: Promise<void> | undefined;
  const setUp = async () => {
    const api = fetchTransport(app.fetch);
    const definition = JSON.stringify({ StartAt: "W", States: { W: { Type: "Wait", Seconds: 5, End: true } } });
    await api.send("CreateStateMachine", { name: "fuzz-existing", definition, roleArn: "arn:aws:iam::123456789012:role/fuzz", publish: true });
    await api.send("CreateStateMachineAlias", { name: "live", routingConfiguration: [{ stateMachineVersionArn: EXISTING.version, weight: 100 }] });
    await api.send("StartExecution", { stateMachineArn: EXISTING.stateMachine, name: "run-1" });
    await api.send("CreateActivity", { name: "fuzz-existing" });
  };
  return {
    name: "api-requests",
    summary: "every API request gets 2xx with a JSON object or 400/404 with {__type, message}; never 5xx, never a hang",
    arbitrary: apiRequestArbitrary(),
    async check(request) {
      ready ??= setUp();
      await ready;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const outOfTime = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), options.timeoutMs)));
      const evidence = (observed: Record<string, unknown>): Evidence => ({ definition: {}, input: {}, taskResponses: [], observed: { request: describeRequest(request), ...observed } });
      let answer: { status: number; text: string } | "timeout";
      try {
        answer = await Promise.race([sendApiRequest(app.fetch, request), outOfTime]);
      } catch (e) {
        throw new PropertyViolation(`${request.operation}: the handler threw ${e instanceof Error ? e.message : String(e)}`, evidence({}));
      } finally {
        clearTimeout(timer);
      }
      if (answer === "timeout") throw new PropertyViolation(`${request.operation}: no answer within ${options.timeoutMs} ms`, evidence({}));
      let body: unknown;
      try {
        body = JSON.parse(answer.text);
      } catch {
        throw new PropertyViolation(`${request.operation}: HTTP ${answer.status} with a body that is not JSON`, evidence({ status: answer.status, body: answer.text.slice(0, 500) }));
      }
      const isObject = body !== null && typeof body === "object" && !Array.isArray(body);
      const fields = (isObject ? body : {}) as Record<string, unknown>;
      if (answer.status >= 200 && answer.status < 300 && isObject) return;
      if ((answer.status === 400 || answer.status === 404) && typeof fields["__type"] === "string" && typeof fields["message"] === "string") return;
      const detail = typeof fields["message"] === "string" ? `: ${fields["message"].slice(0, 200)}` : "";
      throw new PropertyViolation(`${request.operation}: HTTP ${answer.status} ${String(fields["__type"] ?? "")}${detail}`, evidence({ status: answer.status, body }));
    },
    close: () => timers.stop(),
  };
}

function describeRequest(request: ApiRequest): Record<string, unknown> {
  const body = request.rawBody ?? JSON.stringify(request.body);
  return {
    operation: request.operation,
    mutations: request.mutations,
    ...(request.target !== undefined ? { target: request.target } : {}),
    ...(request.method ? { method: request.method } : {}),
    ...(request.contentType !== undefined ? { contentType: request.contentType } : {}),
    body: body.length > 2000 ? `${body.slice(0, 2000)}… (${body.length} characters)` : body,
  };
}

/** Every in-process property, by name. */
export const PROPERTY_FACTORIES: Record<string, (options?: PropertyOptions) => FuzzProperty<never>> = {
  robustness: robustnessProperty as (options?: PropertyOptions) => FuzzProperty<never>,
  "history-links": historyLinksProperty as (options?: PropertyOptions) => FuzzProperty<never>,
  "pass-result": passResultProperty as (options?: PropertyOptions) => FuzzProperty<never>,
  "parallel-wrap": parallelWrapProperty as (options?: PropertyOptions) => FuzzProperty<never>,
  "map-wrap": mapWrapProperty as (options?: PropertyOptions) => FuzzProperty<never>,
  rename: renameProperty as (options?: PropertyOptions) => FuzzProperty<never>,
  "time-scale": timeScaleProperty as (options?: PropertyOptions) => FuzzProperty<never>,
  "api-requests": apiRequestsProperty as (options?: PropertyOptions) => FuzzProperty<never>,
};
