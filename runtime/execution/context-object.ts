import type { Json, JsonObject } from "../core/json.ts";

/** What the context object ($$) knows about the execution as a whole. */
export interface ExecutionInfo {
  executionArn: string;
  executionName: string;
  input: Json;
  startTime: string;
  roleArn: string;
  redriveCount: number;
  /** When the execution was last redriven (absent until it is). */
  redriveTime?: string;
  stateMachineArn: string;
  stateMachineName: string;
}

/** What it knows about the state being run right now. */
export interface StateInfo {
  name: string;
  enteredTime: string;
  retryCount?: number;
  /** Present inside a Map's ItemSelector. */
  mapItem?: { index: number; value: Json };
  taskToken?: string;
}

/**
 * Builds the context object in the shape AWS records it (jsonata-and-variables.md §14):
 * Execution {Id, Input, StartTime, Name, RoleArn, RedriveCount}, StateMachine {Id, Name},
 * State {Name, EnteredTime, RetryCount?}, plus Map and Task when they apply.
 */
export function buildContextObject(execution: ExecutionInfo, state: StateInfo): JsonObject {
  const stateObject: JsonObject = { EnteredTime: state.enteredTime, Name: state.name };
  if (state.retryCount !== undefined) stateObject["RetryCount"] = state.retryCount;
  const context: JsonObject = {
    Execution: {
      Id: execution.executionArn,
      Input: execution.input,
      StartTime: execution.startTime,
      Name: execution.executionName,
      RoleArn: execution.roleArn,
      RedriveCount: execution.redriveCount,
      // AWS's context object page documents RedriveTime for redriven executions (not recorded).
      ...(execution.redriveTime !== undefined ? { RedriveTime: execution.redriveTime } : {}),
    },
    StateMachine: { Id: execution.stateMachineArn, Name: execution.stateMachineName },
    State: stateObject,
  };
  if (state.mapItem) context["Map"] = { Item: { Index: state.mapItem.index, Value: state.mapItem.value } };
  if (state.taskToken !== undefined) context["Task"] = { Token: state.taskToken };
  return context;
}
