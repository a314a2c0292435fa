/**
 * sfn-conformance public API: the reference runtime's interpreter, usable as a library.
 */
export type { Json, JsonObject } from "./runtime/core/json.ts";
export { StatesError, StatesErrorName } from "./runtime/core/errors.ts";
export type { DefinitionProblem } from "./runtime/definition/problems.ts";
export { runExecution } from "./runtime/execution/run-execution.ts";
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
