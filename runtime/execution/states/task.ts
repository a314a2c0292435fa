import { StatesError } from "../../core/errors.ts";
import { jsonByteSize, type Json } from "../../core/json.ts";
import type { DynamicValue, TaskState } from "../../definition/types.ts";
import { runWithErrorHandling } from "../error-handling.ts";
import { payload, payloadText } from "../history.ts";
import { evaluateTemplate, selectPath } from "../jsonpath-io.ts";
import { MAX_PAYLOAD_BYTES, type StateOutcome, type StateVisit } from "../state-visit.ts";
import { classifyResource, type TaskResource } from "../task-resource.ts";
import { integrationParameterProblems } from "../integration-parameters.ts";
import { TaskCheckpoints, type AttemptCheckpoints } from "../task-checkpoints.ts";
import type { TaskAnswer } from "../checkpoint.ts";
import { QueryEvaluationError } from "../../jsonata/index.ts";
import { effectiveInput, finishWithCatch, finishWithResult, shapeJsonataResult, workInput } from "./io.ts";
import { evaluateJsonata, jsonataNumberField } from "./jsonata-io.ts";

/**
 * A Task's TimeoutSeconds when it has none (developer guide, amazon-states-language-task-state.md:
 * "If not provided, the default value is 99999999"), so that a task nobody answers times out
 * with States.Timeout like one with an explicit TimeoutSeconds, instead of waiting forever.
 */
export const DEFAULT_TASK_TIMEOUT_SECONDS = 99_999_999;

/**
 * Task: hands the effective input to the task executor port, with Retry/Catch, TimeoutSeconds and
 * the history events AWS writes for the resource's kind.
 */
export async function runTask(state: TaskState, visit: StateVisit): Promise<StateOutcome> {
  const resource = classifyResource(state.resource);
  // A continuation (checkpoint.ts) goes on with what the state had resolved; it reaches the task
  // executor without awaiting anything, so the token is registered again before the restored host
  // answers any request (persistence/durable-accounts.ts).
  const resumed = visit.resumedTask;
  const timeoutSeconds = resumed ? resumed.timeoutSeconds : await resolveSeconds(state.timeoutSeconds, "TimeoutSeconds", visit);
  const heartbeatSeconds = resumed ? resumed.heartbeatSeconds : await resolveSeconds(state.heartbeatSeconds, "HeartbeatSeconds", visit);
  // A top-level Task of a durable run checkpoints its retries and its waits on a task token.
  const checkpoints = (resumed || visit.run.checkpointsStatesOf(visit.ctx)) && !visit.inspector ? new TaskCheckpoints(visit, { timeoutSeconds, heartbeatSeconds }, state.retry.length, resumed) : undefined;
  const waitsOnToken = resource.kind === "activity" || (resource.kind === "integration" && resource.pattern === "callback");
  const outcome = await runWithErrorHandling(visit, state.retry, state.catch, async (retryCount) => {
    visit.retryCount = retryCount;
    const continued = checkpoints?.takeResumedAttempt();
    if (continued) {
      const attempt = checkpoints!.attempt({ resumed: continued, activity: resource.kind === "activity" });
      const result = await invoke(state, visit, resource, attempt.input, timeoutSeconds, heartbeatSeconds, attempt.token, undefined, attempt);
      visit.inspect("result", result);
      return { result, shaped: await shapeJsonataResult(state, visit, result) };
    }
    // Activities, .waitForTaskToken and .sync integrations get a task token, visible as $$.Task.Token
    // (recorded: a startExecution.sync task passes $$.Task.Token to its child, which answers it).
    const taskToken = resource.kind === "activity" || (resource.kind === "integration" && resource.pattern !== "request-response") ? newTaskToken(visit) : undefined;
    const parameters = await workInput(state, visit, { retryCount, ...(taskToken !== undefined ? { taskToken } : {}) });
    // DG concepts-error-handling: the input after Parameters must fit the payload quota too.
    if (jsonByteSize(parameters) > MAX_PAYLOAD_BYTES) {
      throw new StatesError("States.DataLimitExceeded", `The input of the state '${state.name}' after Parameters has a size exceeding the maximum number of bytes service limit.`);
    }
    const problems = integrationParameterProblems(resource, parameters);
    if (problems.length) {
      const field = state.queryLanguage === "JSONata" ? "Arguments" : "Parameters";
      throw visit.runtimeError(`The ${field} '${JSON.stringify(parameters)}' could not be used to start the Task: [${problems.join(", ")}]`);
    }
    const credentials = await taskCredentials(state, visit);
    const attempt =
      checkpoints && waitsOnToken && taskToken !== undefined
        ? checkpoints.attempt({ token: taskToken, input: parameters, timeoutMs: (timeoutSeconds ?? DEFAULT_TASK_TIMEOUT_SECONDS) * 1000, activity: resource.kind === "activity" })
        : undefined;
    const result = await invoke(state, visit, resource, parameters, timeoutSeconds, heartbeatSeconds, taskToken, credentials, attempt);
    visit.inspect("result", result);
    return { result, shaped: await shapeJsonataResult(state, visit, result) };
  }, undefined, checkpoints?.retryJournal);
  if (outcome.kind === "caught") return finishWithCatch(visit, outcome);
  return finishWithResult(state, visit, outcome.value.result, outcome.value.shaped);
}

/**
 * The role a Task with `Credentials` calls its service as: the evaluated `RoleArn` (literal, a
 * `RoleArn.$` path on the effective input, context or variables, an intrinsic, or JSONata), which
 * the Scheduled event records as `taskCredentials: {roleArn}` (recorded, test_credentials_base.py).
 */
async function taskCredentials(state: TaskState, visit: StateVisit): Promise<{ roleArn: string } | undefined> {
  if (!state.credentials) return undefined;
  const evaluated =
    state.queryLanguage === "JSONata"
      ? await evaluateJsonata(state.credentials, visit, "Credentials")
      : await evaluateTemplate(state.credentials, visit.pathEnvironment(effectiveInput(state, visit)));
  const roleArn = evaluated !== null && typeof evaluated === "object" && !Array.isArray(evaluated) ? evaluated["RoleArn"] : undefined;
  return typeof roleArn === "string" ? { roleArn } : undefined;
}

async function resolveSeconds(value: DynamicValue<number> | undefined, field: string, visit: StateVisit): Promise<number | undefined> {
  if (!value) return undefined;
  if (value.kind === "literal") return value.value;
  if (value.kind === "jsonata") {
    const seconds = await jsonataNumberField(value, visit, field);
    if (seconds <= 0) throw new QueryEvaluationError(`The ${field} field must be a positive integer, but was: ${seconds}`, field);
    return seconds;
  }
  const input = effectiveInput(visit.state as TaskState, visit);
  let resolved: Json;
  try {
    resolved = selectPath(value.path, visit.pathEnvironment(input));
  } catch (e) {
    throw visit.withStatePrefix(e as StatesError);
  }
  if (typeof resolved !== "number" || !Number.isInteger(resolved) || resolved <= 0) {
    throw visit.runtimeError(`The ${field}Path field refers to value ${JSON.stringify(resolved)} which is not a valid positive integer: ${value.path}`);
  }
  return resolved;
}

async function invoke(
  state: TaskState,
  visit: StateVisit,
  resource: TaskResource,
  parameters: Json,
  timeoutSeconds: number | undefined,
  heartbeatSeconds: number | undefined,
  taskToken: string | undefined,
  credentials: { roleArn: string } | undefined,
  /** A top-level Task of a durable run waiting on its token: checkpointed; `resumed` when a continuation picks it up. */
  attempt?: AttemptCheckpoints,
): Promise<Json> {
  // Stopped before the task was handed over (StopExecution right after the state was entered): an
  // executor given an already-aborted signal would never hear of the stop.
  visit.throwIfCancelled();
  const events = taskEvents(resource, visit);
  // A continued attempt's events so far are written already (Scheduled, Started once taken, Submitted).
  const resumed = attempt?.resumed;
  if (!resumed) {
    const refusal = visit.run.taskExecutor?.refuses?.({ resource: state.resource, stateName: state.name });
    if (refusal !== undefined) throw visit.runtimeError(refusal);
    events.scheduled(parameters, timeoutSeconds, heartbeatSeconds, credentials);
  }
  // An activity starts when a worker takes it; everything else starts right away.
  let started = resumed !== undefined && (resource.kind !== "activity" || resumed.taken);
  const markStarted = (workerName?: string) => {
    if (started) return;
    started = true;
    events.started(workerName);
  };
  if (resource.kind !== "activity") markStarted();
  const controller = new AbortController();
  const onStop = () => controller.abort(visit.ctx.signal.reason);
  visit.ctx.signal.addEventListener("abort", onStop, { once: true });
  let timer: Promise<void> | undefined;
  const timerAbort = new AbortController();
  let timedOut = false;
  try {
    const executor = visit.run.taskExecutor;
    if (!executor) {
      throw new StatesError("States.TaskFailed", `No task executor is configured for the resource '${state.resource}'`);
    }
    // Answered before the host was lost: the answer is acted on, nothing waits again.
    const answer = attempt?.answer;
    const work = answer ? answered(answer) : executor({
      resource: state.resource,
      input: parameters,
      stateName: state.name,
      signal: controller.signal,
      context: visit.context(taskToken !== undefined ? { taskToken } : {}),
      markStarted: (workerName?: string) => {
        // A worker took the activity: checkpointed, so a continuation waits for that worker's answer.
        const taken = resource.kind === "activity" && !started;
        markStarted(workerName);
        if (taken) attempt?.taken(workerName);
      },
      submitted: (output) => {
        if (!controller.signal.aborted) events.submitted(JSON.stringify(output));
      },
      ...(taskToken !== undefined ? { taskToken } : {}),
      ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
      ...(heartbeatSeconds !== undefined ? { heartbeatSeconds } : {}),
      ...(attempt ? { tokenWait: attempt } : {}),
    });
    const racers: Array<Promise<Json>> = [work];
    // Without TimeoutSeconds the documented default applies (it is not written in the events). It
    // is armed after one turn of the event loop, so that a task answered at once (in-process
    // handlers, mocks) is never raced by it, even with timers whose sleeps end at once (tests).
    // A continued attempt's TimeoutSeconds counts from when the attempt began, before the host was lost.
    timer = resumed
      ? visit.run.timers.sleep(attempt!.timeoutLeftMs(), timerAbort.signal)
      : timeoutSeconds !== undefined
        ? visit.run.timers.sleep(timeoutSeconds * 1000, timerAbort.signal)
        : afterThisTurn(timerAbort.signal).then(() => visit.run.timers.sleep(DEFAULT_TASK_TIMEOUT_SECONDS * 1000, timerAbort.signal));
    racers.push(
      timer.then(() => {
        // Mark first: aborting may make the task reject before this promise does.
        timedOut = true;
        controller.abort(new StatesError("States.Timeout"));
        throw new StatesError("States.Timeout");
      }),
    );
    const result = await Promise.race(racers);
    markStarted();
    const resultText = JSON.stringify(result);
    visit.checkPayloadSize(resultText, state.resource);
    events.succeeded(resultText);
    return result;
  } catch (e) {
    visit.throwIfCancelled();
    const error = timedOut
      ? new StatesError("States.Timeout")
      : e instanceof StatesError
        ? e
        : new StatesError("States.TaskFailed", e instanceof Error ? e.message : String(e));
    if (error.error === "States.Timeout") events.timedOut(error);
    else {
      markStarted();
      events.failed(error);
    }
    throw error;
  } finally {
    timerAbort.abort();
    if (timer) await timer.catch(() => undefined);
    visit.ctx.signal.removeEventListener("abort", onStop);
  }
}

/**
 * Resolves after the work already queued (promise reactions and due timers) has run; rejects at
 * once when `signal` aborts first. The task's `finally` awaits its timer: a timer still waiting
 * for the next turn must let go as soon as the task has ended, or the task's end is held back a
 * macrotask, while timers (virtual ones, real ones of 1 ms at a small scale) may fire meanwhile.
 */
function afterThisTurn(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(handle);
      reject(signal.reason);
    };
    const handle = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, 0);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

interface TaskEventWriter {
  scheduled(parameters: Json, timeoutSeconds: number | undefined, heartbeatSeconds: number | undefined, credentials?: { roleArn: string }): void;
  started(workerName?: string): void;
  /** The service's answer to a callback or .sync call, as JSON text (integrations only). */
  submitted(outputText: string): void;
  /** The result as JSON text. */
  succeeded(outputText: string): void;
  failed(error: StatesError): void;
  timedOut(error: StatesError): void;
}

/** Recorded: SendTaskFailure without an error writes a TaskFailed with neither error nor cause. */
function failureDetails(error: StatesError): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (error.causeText !== undefined) details["cause"] = error.causeText;
  if (error.error !== "") details["error"] = error.error;
  return details;
}

/** The event family for the resource kind (Lambda function ARNs and activities have their own). */
function taskEvents(resource: TaskResource, visit: StateVisit): TaskEventWriter {
  const lane = visit.ctx.lane;
  if (resource.kind === "lambda-function") {
    return {
      scheduled: (parameters, timeoutSeconds, _heartbeatSeconds, credentials) =>
        lane.emit("LambdaFunctionScheduled", "lambdaFunctionScheduledEventDetails", {
          resource: resource.arn,
          ...payload("input", parameters),
          ...(timeoutSeconds !== undefined ? { timeoutInSeconds: timeoutSeconds } : {}),
          ...(credentials ? { taskCredentials: credentials } : {}),
        }),
      started: () => lane.emit("LambdaFunctionStarted"),
      submitted: () => undefined,
      succeeded: (output) => lane.emit("LambdaFunctionSucceeded", "lambdaFunctionSucceededEventDetails", payloadText("output", output)),
      failed: (error) => lane.emit("LambdaFunctionFailed", "lambdaFunctionFailedEventDetails", failureDetails(error)),
      timedOut: (error) => lane.emit("LambdaFunctionTimedOut", "lambdaFunctionTimedOutEventDetails", failureDetails(error)),
    };
  }
  if (resource.kind === "activity") {
    return {
      scheduled: (parameters, timeoutSeconds, heartbeatSeconds) =>
        lane.emit("ActivityScheduled", "activityScheduledEventDetails", {
          resource: resource.arn,
          ...payload("input", parameters),
          ...(timeoutSeconds !== undefined ? { timeoutInSeconds: timeoutSeconds } : {}),
          ...(heartbeatSeconds !== undefined ? { heartbeatInSeconds: heartbeatSeconds } : {}),
        }),
      started: (workerName) => lane.emit("ActivityStarted", "activityStartedEventDetails", workerName !== undefined ? { workerName } : {}),
      submitted: () => undefined,
      succeeded: (output) => lane.emit("ActivitySucceeded", "activitySucceededEventDetails", payloadText("output", output)),
      failed: (error) => lane.emit("ActivityFailed", "activityFailedEventDetails", failureDetails(error)),
      timedOut: (error) => lane.emit("ActivityTimedOut", "activityTimedOutEventDetails", failureDetails(error)),
    };
  }
  const base = { resourceType: resource.resourceType, resource: resource.resource };
  return {
    scheduled: (parameters, timeoutSeconds, heartbeatSeconds, credentials) =>
      lane.emit("TaskScheduled", "taskScheduledEventDetails", {
        ...base,
        region: visit.run.region,
        parameters: JSON.stringify(parameters),
        ...(timeoutSeconds !== undefined ? { timeoutInSeconds: timeoutSeconds } : {}),
        ...(heartbeatSeconds !== undefined ? { heartbeatInSeconds: heartbeatSeconds } : {}),
        ...(credentials ? { taskCredentials: credentials } : {}),
      }),
    started: () => lane.emit("TaskStarted", "taskStartedEventDetails", { ...base }),
    submitted: (output) => lane.emit("TaskSubmitted", "taskSubmittedEventDetails", { ...base, ...payloadText("output", output) }),
    succeeded: (output) => lane.emit("TaskSucceeded", "taskSucceededEventDetails", { ...base, ...payloadText("output", output) }),
    failed: (error) => lane.emit("TaskFailed", "taskFailedEventDetails", { ...base, ...failureDetails(error) }),
    timedOut: (error) => lane.emit("TaskTimedOut", "taskTimedOutEventDetails", { ...base, ...failureDetails(error) }),
  };
}

/** The outcome of a task whose token was answered (SendTaskSuccess / SendTaskFailure) before its host was lost. */
function answered(answer: TaskAnswer): Promise<Json> {
  return "output" in answer ? Promise.resolve(answer.output) : Promise.reject(new StatesError(answer.error ?? "", answer.cause));
}

/** An opaque token naming this task attempt (AWS's tokens are long opaque strings too). */
function newTaskToken(visit: StateVisit): string {
  const raw = `${visit.run.info.executionArn}#${visit.state.name}#${visit.enteredEventId}#${visit.run.entropy.uuid()}`;
  return btoa(String.fromCharCode(...new TextEncoder().encode(raw)));
}
