/**
 * sfn-conformance public API: the reference runtime's interpreter, usable as a library.
 */
export type { Json, JsonObject } from "./runtime/core/json.ts";
export { StatesError, StatesErrorName } from "./runtime/core/errors.ts";
export type { DefinitionProblem } from "./runtime/definition/problems.ts";
export {
  redriveExecution,
  runExecution,
  startExecution,
  type ExecutionHandle,
  type RedriveOptions,
} from "./runtime/execution/run-execution.ts";
export { ExecutionNotRedrivableError, type RedriveStatus } from "./runtime/execution/redrive-eligibility.ts";
export type { ExecutionResult, ExecutionStatus, HistoryEvent, RunExecutionOptions } from "./runtime/execution/types.ts";
export type { Clock, Entropy, TaskExecutor, TaskRequest, Timers } from "./runtime/execution/ports.ts";
export { scaledTimers, systemClock } from "./runtime/execution/ports.ts";
export { InvalidDefinitionError, parseDefinition, type ParseOptions, type ParseResult } from "./runtime/definition/parse-definition.ts";
export {
  validateStateMachineDefinition,
  type ValidateDefinitionInput,
  type ValidateDefinitionOutput,
} from "./runtime/definition/validate.ts";
export type { StateMachineDefinition, State, StateType, QueryLanguage } from "./runtime/definition/types.ts";
export { parseStateDefinition, type StateParseResult } from "./runtime/definition/parse-definition.ts";
export { LONE_STATE_NAME, testState, type TestStateResult, type TestStateStatus } from "./runtime/execution/test-state/test-state.ts";
export {
  TestStateRequestError,
  type InspectionLevel,
  type TestStateConfiguration,
  type TestStateMock,
  type TestStateOptions,
} from "./runtime/execution/test-state/test-state-request.ts";
export type { ErrorDetails, InspectionData } from "./runtime/execution/test-state/inspection.ts";
export type { TaskHandler, TaskHandlerContext, TaskHandlers } from "./runtime/integrations/task-handlers.ts";
export { MockConfigError, parseMockConfig, type MockConfig, type MockedInvocation, type MockedResponse } from "./runtime/integrations/mock-config.ts";
export { TaskTokenError, TaskTokens } from "./runtime/integrations/task-tokens.ts";
export { StepFunctionsApiError, type Caller, type StepFunctionsApi } from "./runtime/integrations/step-functions-api.ts";
