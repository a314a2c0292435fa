import type { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import type { StateMachineDefinition } from "../../definition/types.ts";
import { dispatch, ExecutionRun } from "../execution-run.ts";
import { Lane } from "../history.ts";
import { ExecutionInterrupted } from "../interruption.ts";
import { defaultEntropy, scaledTimers, systemClock, type Timers } from "../ports.ts";
import { RetryPending } from "../state-inspector.ts";
import { asStatesError, type RunContext, StateVisit } from "../state-visit.ts";
import { VariableScope } from "../variables.ts";
import { type InspectionData, Inspection } from "./inspection.ts";
import { itemReaderItems } from "./item-reader-data.ts";
import { mockedTaskExecutor, workMock } from "./mocked-work.ts";
import { checkTestStateRequest } from "./request-checks.ts";
import { mockedContext, type TestStateExecution, testStateContext } from "./test-state-context.ts";
import { TestStateRequestError, type TestStateOptions } from "./test-state-request.ts";

/**
 * The TestState API's core: runs one state once, with the same handlers and input/output
 * processing as executions, observed through a StateInspector (../state-inspector.ts), and reports
 * its status, output or error, next state and (DEBUG/TRACE) the intermediate values of its data
 * flow. It never retries: a retrier that would retry makes the status RETRIABLE.
 */

/** Recorded (test_state_task_catch_error and others): a definition that is one state runs as a state of this name. */
export const LONE_STATE_NAME = "StateName";

export type TestStateStatus = "SUCCEEDED" | "FAILED" | "RETRIABLE" | "CAUGHT_ERROR";

/** TestState's answer (TestStateOutput), with JSON values rather than JSON text. */
export interface TestStateResult {
  status: TestStateStatus;
  /** SUCCEEDED and CAUGHT_ERROR. */
  output?: Json;
  error?: string;
  cause?: string;
  nextState?: string;
  /** DEBUG and TRACE only. */
  inspectionData?: InspectionData;
}

/** API docs: a state that runs longer than five minutes fails with States.Timeout. */
const TIME_LIMIT_MS = 5 * 60 * 1000;

const DEFAULT_REGION = "us-east-1";
const DEFAULT_ACCOUNT = "123456789012";

/** Throws TestStateRequestError for a request TestState refuses. */
export async function testState(options: TestStateOptions): Promise<TestStateResult> {
  checkTestStateRequest(options);
  const { state } = options;
  const input = options.input ?? {};
  const configuration = options.configuration ?? {};
  const clock = options.clock ?? systemClock;
  const entropy = options.entropy ?? defaultEntropy;
  const timers = options.timers ?? scaledTimers(1);
  const execution = testExecution(options, input, clock.now(), entropy.uuid(), entropy.uuid());
  const mock = options.mock ? workMock(options.mock, configuration.mapIterationFailureCount) : undefined;
  const readerItems = state.type === "Map" && configuration.mapItemReaderData !== undefined ? itemReaderItems(state, configuration.mapItemReaderData) : undefined;
  const definition: StateMachineDefinition = { startAt: state.name, states: new Map([[state.name, state]]), location: "", queryLanguage: state.queryLanguage };
  const run = new ExecutionRun(
    definition,
    { ...execution, roleArn: execution.roleArn ?? "", redriveCount: 0 },
    options.region ?? DEFAULT_REGION,
    {
      clock,
      entropy,
      // A Wait state's delay is evaluated (and checked) but not waited for: the test reports at once.
      timers: state.type === "Wait" ? noDelay : timers,
      // A Task's mock stands in for the task executor; without one the state calls the real port.
      taskExecutor: mock && state.type === "Task" ? mockedTaskExecutor(mock) : options.taskExecutor,
    },
  );
  const retrierRetryCount = configuration.retrierRetryCount ?? 0;
  const givenContext = options.context;
  const inspection = new Inspection(
    retrierRetryCount,
    givenContext ? (info) => mockedContext(givenContext, info) : (info) => testStateContext(execution, info, retrierRetryCount),
    state.type === "Task" ? undefined : mock,
    readerItems,
  );
  const scope = new VariableScope();
  for (const [name, value] of Object.entries(options.variables ?? {})) scope.assign(name, value);
  const ctx: RunContext = { run, lane: new Lane(run.history, 0), scope, signal: run.signal };
  const visit = new StateVisit(state, input, ctx, 0, clock.now().toISOString(), inspection);
  // A Fail state has no InputPath: what AWS shows after it is the input itself.
  if (state.type === "Fail" && state.queryLanguage === "JSONPath") inspection.record("afterInputPath", input);

  const limit = new AbortController();
  const timeLimit = timers.sleep(TIME_LIMIT_MS, limit.signal).then(
    () => run.controller.abort(new ExecutionInterrupted("TIMED_OUT")),
    () => undefined,
  );
  let result: TestStateResult;
  try {
    const outcome = await dispatch(visit);
    const caught = inspection.caughtError;
    result = {
      status: caught ? "CAUGHT_ERROR" : "SUCCEEDED",
      ...(caught ? errorFields(caught) : {}),
      output: outcome.output,
      ...(outcome.next !== undefined ? { nextState: outcome.next } : {}),
    };
  } catch (e) {
    if (e instanceof TestStateRequestError) throw e;
    if (e instanceof RetryPending) result = { status: "RETRIABLE", ...errorFields(e.error) };
    else if (e instanceof ExecutionInterrupted || run.signal.aborted) {
      result = { status: "FAILED", error: "States.Timeout", cause: "The state did not finish within TestState's five-minute limit." };
    } else result = { status: "FAILED", ...errorFields(asStatesError(e)) };
  } finally {
    limit.abort();
    await timeLimit;
  }
  if ((options.inspectionLevel ?? "INFO") === "INFO") return result;
  return { ...result, inspectionData: inspection.data(state, input, scope.visible()) };
}

/** The express execution TestState runs the state in (names are fresh each time). */
function testExecution(options: TestStateOptions, input: Json, now: Date, stateMachineName: string, executionName: string): TestStateExecution {
  const region = options.region ?? DEFAULT_REGION;
  const account = options.accountId ?? DEFAULT_ACCOUNT;
  return {
    executionArn: `arn:aws:states:${region}:${account}:express:${stateMachineName}:${executionName}`,
    executionName,
    stateMachineArn: `arn:aws:states:${region}:${account}:stateMachine:${stateMachineName}`,
    stateMachineName,
    input,
    startTime: now.toISOString(),
    roleArn: options.roleArn ?? null,
  };
}

/** `error` and `cause` as TestStateOutput has them: absent when the failure has none (a Fail state without Error). */
function errorFields(error: StatesError): { error?: string; cause?: string } {
  return {
    ...(error.error !== "" ? { error: error.error } : {}),
    ...(error.causeText !== undefined ? { cause: error.causeText } : {}),
  };
}

const noDelay: Timers = {
  sleep: (_milliseconds, signal) => (signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve()),
};
