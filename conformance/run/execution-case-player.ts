/**
 * Plays one execution case through the public API only:
 *   1. CreateActivity for each activity the definition runs (unique run-prefixed names), and the
 *      case's activity ARNs rewritten to the created ones — in the definition and in the expected
 *      outcome and history alike;
 *   2. CreateStateMachine (the case's type, a unique name), then start it: StartExecution, or
 *      StartSyncExecution for `express-sync` (no `sync-` host prefix: the runner talks to a URL),
 *      while activity workers play the case's `taskResponses` (activity-worker.ts);
 *   3. DescribeExecution until the execution is not RUNNING (bounded by the case's signal), then
 *      the whole GetExecutionHistory (all pages) when the case expects a history;
 *   4. compare outcome and history (conformance/compare), and clean up: StopExecution when still
 *      running, DeleteStateMachine, DeleteActivity.
 * An asynchronous Express execution cannot be described on AWS (its outcome goes to CloudWatch
 * Logs): when the target refuses DescribeExecution for it, the case is skipped with that reason.
 */
import { compareOutcome, type ActualOutcome } from "../compare/outcome.ts";
import { matchHistory } from "../compare/match-history.ts";
import { formatMismatches } from "../compare/format.ts";
import type { ExecutionCase } from "../compare/execution-case.ts";
import type { Mismatch } from "../compare/compare-json.ts";
import { call, CallRefused, CaseAborted, expectOk, ProtocolError, sleep } from "./api-call.ts";
import { startActivityWorker, type ActivityWorker } from "./activity-worker.ts";
import type { CaseContext, CaseOutcome } from "./case-outcome.ts";

const ACTIVITY_ARN = /^arn:[^:]+:states:[^:]*:[^:]*:activity:[^:]+$/;

/** The activity ARNs a definition's Task states run, each with the names of the states using it. */
export function activitiesOf(definition: unknown): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const states = record["States"];
    if (states !== null && typeof states === "object" && !Array.isArray(states)) {
      for (const [name, state] of Object.entries(states as Record<string, unknown>)) {
        const resource = (state as Record<string, unknown> | null)?.["Resource"];
        if (typeof resource === "string" && ACTIVITY_ARN.test(resource)) found.set(resource, [...(found.get(resource) ?? []), name]);
      }
    }
    Object.values(record).forEach(walk);
  };
  walk(definition);
  return found;
}

/**
 * Why the case cannot be played through the API, or undefined when it can: a Step Functions Local
 * mock test case (the target would need the configuration at start), scripted callbacks of
 * `.waitForTaskToken` service calls (the runner cannot see the token), or a scripted Task state whose
 * resource is not an activity (in process the scripted executor answers any resource; through the
 * API only an activity worker can).
 */
export function unplayableScript(testCase: ExecutionCase): string | undefined {
  if (testCase.mockConfig) {
    return "runs a Step Functions Local mock test case (mockConfig): a target would have to load that configuration at start, which the API cannot ask for";
  }
  if (testCase.callbacks?.length) {
    return "its .waitForTaskToken tasks are answered by scripted callbacks of a service call the runner cannot observe through the API";
  }
  const scripted = new Set((testCase.taskResponses ?? []).map((r) => r.state));
  if (scripted.size === 0) return undefined;
  const outside: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const states = (node as Record<string, unknown>)["States"];
    if (states !== null && typeof states === "object" && !Array.isArray(states)) {
      for (const [name, state] of Object.entries(states as Record<string, unknown>)) {
        const resource = (state as Record<string, unknown> | null)?.["Resource"];
        if (scripted.has(name) && !(typeof resource === "string" && ACTIVITY_ARN.test(resource))) outside.push(`'${name}' (${String(resource)})`);
      }
    }
    Object.values(node as Record<string, unknown>).forEach(walk);
  };
  walk(testCase.definition);
  if (outside.length === 0) return undefined;
  return `scripted Task state ${outside.join(", ")} is not an activity: only activity tasks can be answered through the API`;
}

/** `value` with every occurrence of each ARN replaced, at any depth and inside JSON-text strings. */
export function rewriteArns<T>(value: T, arns: ReadonlyMap<string, string>): T {
  if (value === undefined || arns.size === 0) return value;
  let text = JSON.stringify(value);
  for (const [from, to] of arns) text = text.split(from).join(to);
  return JSON.parse(text) as T;
}

function parseOutput(text: unknown): unknown {
  if (typeof text !== "string") return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function outcomeOf(body: Record<string, unknown>): ActualOutcome {
  return {
    status: String(body["status"]),
    ...(body["output"] !== undefined ? { output: parseOutput(body["output"]) } : {}),
    ...(typeof body["error"] === "string" ? { error: body["error"] } : {}),
    ...(typeof body["cause"] === "string" ? { cause: body["cause"] } : {}),
  };
}

/** Polling pauses: short at first, capped by the target's time scale (20 ms .. 500 ms). */
function pollDelay(attempt: number, timeScale: number): number {
  const cap = Math.max(20, Math.min(500, 1000 * timeScale));
  return Math.min(cap, 5 * 1.5 ** attempt);
}

async function fetchHistory(ctx: CaseContext, executionArn: string): Promise<unknown[]> {
  const events: unknown[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const body = await expectOk(ctx.transport, "GetExecutionHistory", { executionArn, maxResults: 1000, ...(nextToken ? { nextToken } : {}) }, ctx.signal);
    const list = body["events"];
    if (!Array.isArray(list)) throw new ProtocolError("GetExecutionHistory answered without an events list");
    events.push(...list);
    nextToken = typeof body["nextToken"] === "string" && body["nextToken"] !== "" ? body["nextToken"] : undefined;
    if (!nextToken) break;
  }
  return events;
}

/** What the case observed so far, for the report even when it stopped early. */
interface Observed {
  activityArns: string[];
  machineArn?: string;
  executionArn?: string;
  /** Whether the execution may still be running (StopExecution at cleanup). */
  running: boolean;
  outcome?: ActualOutcome;
  history?: unknown[];
  worker?: ActivityWorker;
}

function actualOf(observed: Observed, withHistory: boolean): Record<string, unknown> {
  return {
    ...(observed.outcome ?? { status: observed.executionArn ? "RUNNING" : "NOT_STARTED" }),
    ...(observed.executionArn ? { executionArn: observed.executionArn } : {}),
    ...(withHistory && observed.history ? { history: observed.history } : {}),
    ...(observed.worker && observed.worker.log.length > 0 ? { worker: observed.worker.log.slice(0, 50) } : {}),
  };
}

async function cleanUp(ctx: CaseContext, observed: Observed): Promise<void> {
  const signal = AbortSignal.timeout(10_000);
  const quietly = async (operation: string, request: Record<string, unknown>) => {
    try {
      await call(ctx.transport, operation, request, signal);
    } catch {
      // cleanup is best effort
    }
  };
  if (observed.running && observed.executionArn) await quietly("StopExecution", { executionArn: observed.executionArn, error: "sfn-conformance", cause: "the case ended" });
  if (observed.machineArn) await quietly("DeleteStateMachine", { stateMachineArn: observed.machineArn });
  for (const activityArn of observed.activityArns) await quietly("DeleteActivity", { activityArn });
}

export async function playExecutionCase(testCase: ExecutionCase, ctx: CaseContext): Promise<CaseOutcome> {
  const observed: Observed = { activityArns: [], running: false };
  const startMode = testCase.startMode ?? "standard";
  try {
    const activities = activitiesOf(testCase.definition);
    const arns = new Map<string, string>();
    let n = 0;
    for (const original of activities.keys()) {
      const body = await expectOk(ctx.transport, "CreateActivity", { name: `${ctx.namePrefix}-a${++n}` }, ctx.signal);
      const created = String(body["activityArn"]);
      observed.activityArns.push(created);
      arns.set(original, created);
    }
    const definition = rewriteArns(testCase.definition, arns);
    const expected = rewriteArns(testCase.expected, arns);
    const expectedHistory = rewriteArns(testCase.history, arns);

    const machine = await call(ctx.transport, "CreateStateMachine", { name: ctx.namePrefix, definition: JSON.stringify(definition), roleArn: ctx.roleArn, type: testCase.stateMachineType }, ctx.signal);
    if (!machine.ok) {
      const text = `CreateStateMachine refused the case's definition: HTTP ${machine.status}${machine.code ? ` ${machine.code}` : ""}\n${machine.message}`;
      if (!machine.protocol) throw new ProtocolError(text);
      return { result: "fail", mismatches: [{ path: "CreateStateMachine", expected: "the definition accepted (AWS ran it)", actual: `${machine.code}: ${machine.message}`, message: "the target refused the case's definition" }], message: text, actual: { error: { code: machine.code, message: machine.message }, httpStatus: machine.status } };
    }
    observed.machineArn = String(machine.body["stateMachineArn"]);

    if (activities.size > 0) {
      observed.worker = startActivityWorker({
        transport: ctx.transport,
        activities: [...activities].map(([original, states]) => ({ arn: arns.get(original)!, states })),
        responses: testCase.taskResponses ?? [],
        executionArn: () => observed.executionArn,
        workerName: ctx.namePrefix,
        timeScale: ctx.timeScale,
      });
    }
    const input = testCase.inputText ?? JSON.stringify(testCase.input ?? {});
    try {
      if (startMode === "express-sync") {
        observed.running = true;
        const body = await expectOk(ctx.transport, "StartSyncExecution", { stateMachineArn: observed.machineArn, input }, ctx.signal);
        observed.running = false;
        observed.executionArn = typeof body["executionArn"] === "string" ? body["executionArn"] : undefined;
        observed.outcome = outcomeOf(body);
      } else {
        const started = await expectOk(ctx.transport, "StartExecution", { stateMachineArn: observed.machineArn, input }, ctx.signal);
        observed.executionArn = String(started["executionArn"]);
        observed.running = true;
        for (let attempt = 0; ; attempt++) {
          const described = await call(ctx.transport, "DescribeExecution", { executionArn: observed.executionArn }, ctx.signal);
          if (!described.ok) {
            if (startMode === "express-async" && described.protocol) {
              return { result: "skip", mismatches: [], message: `the outcome of an asynchronous Express execution is not observable through the API (DescribeExecution answered ${described.code}: ${described.message})` };
            }
            const text = `DescribeExecution answered HTTP ${described.status}${described.code ? ` ${described.code}` : ""}\n${described.message}`;
            if (!described.protocol) throw new ProtocolError(text);
            throw new CallRefused(text, described.code);
          }
          if (described.body["status"] !== "RUNNING" || (expected.status === "RUNNING" && attempt >= 20)) {
            observed.outcome = outcomeOf(described.body);
            observed.running = observed.outcome.status === "RUNNING";
            break;
          }
          await sleep(pollDelay(attempt, ctx.timeScale), ctx.signal);
        }
      }
    } finally {
      await observed.worker?.stop();
    }
    const workerProblem = observed.worker?.problem();
    if (workerProblem) throw new ProtocolError(`the activity worker met an answer outside the protocol: ${workerProblem}`);

    const placeholders = testCase.placeholders ?? [];
    const mismatches: Mismatch[] = compareOutcome(expected, observed.outcome!, placeholders);
    const historyCompared = expectedHistory !== undefined && startMode !== "express-sync" && observed.executionArn !== undefined;
    let historyMismatches: Mismatch[] = [];
    if (historyCompared) {
      observed.history = await fetchHistory(ctx, observed.executionArn!);
      historyMismatches = matchHistory(expectedHistory!, observed.history, { ...(testCase.historyMatching ?? {}), placeholders });
    }
    const all = [...mismatches, ...historyMismatches];
    if (all.length === 0) return { result: "pass", mismatches: [], historyCompared, actual: actualOf(observed, false) };
    return {
      result: "fail",
      mismatches: all,
      message: formatMismatches(all),
      historyOnly: mismatches.length === 0,
      historyCompared,
      // The history only when it is what differs (it can be long).
      actual: actualOf(observed, historyMismatches.length > 0),
    };
  } catch (e) {
    if (e instanceof CaseAborted) return { result: "timeout", mismatches: [], message: `no result in time (${e.message})`, actual: actualOf(observed, true) };
    if (e instanceof CallRefused) return { result: "fail", mismatches: [], message: e.message, actual: actualOf(observed, true) };
    const text = e instanceof Error ? `${e.name === "ProtocolError" ? "" : `${e.name}: `}${e.message}` : String(e);
    return { result: "error", mismatches: [], message: text, actual: actualOf(observed, true) };
  } finally {
    await cleanUp(ctx, observed);
  }
}
