import type { Json, JsonObject } from "../../core/json.ts";
import { isJsonObject } from "../../core/json.ts";
import type { StateInfo } from "../context-object.ts";
import { invalidRequest } from "./test-state-request.ts";

/**
 * The context object (`$$`, `$states.context`) of a state run by TestState. Recorded
 * (test_state_task_catch_error, test_map_state_failure_count): TestState runs the state as an
 * express execution, so `Execution.Id` is `arn:…:express:<machine>:<execution>`, there is no
 * `RedriveCount`, `RoleArn` is the request's role, and `State.RetryCount` is always present.
 */
export interface TestStateExecution {
  executionArn: string;
  executionName: string;
  stateMachineArn: string;
  stateMachineName: string;
  input: Json;
  startTime: string;
  roleArn: string | null;
}

export function testStateContext(execution: TestStateExecution, state: StateInfo, retryCount: number): JsonObject {
  const context: JsonObject = {
    Execution: {
      Id: execution.executionArn,
      Input: execution.input,
      Name: execution.executionName,
      RoleArn: execution.roleArn,
      StartTime: execution.startTime,
    },
    StateMachine: { Id: execution.stateMachineArn, Name: execution.stateMachineName },
    State: { Name: state.name, EnteredTime: state.enteredTime, RetryCount: state.retryCount ?? retryCount },
  };
  return withVisitParts(context, state);
}

/**
 * A context object given in the request is what the state sees, as given (recorded:
 * `"context": "{}"` makes `$$` `{}`), plus `Map.Item` while a Map selects its items.
 */
export function mockedContext(given: JsonObject, state: StateInfo): JsonObject {
  return state.mapItem ? { ...given, Map: { Item: { Index: state.mapItem.index, Value: state.mapItem.value } } } : given;
}

function withVisitParts(context: JsonObject, state: StateInfo): JsonObject {
  if (state.mapItem) context["Map"] = { Item: { Index: state.mapItem.index, Value: state.mapItem.value } };
  if (state.taskToken !== undefined) context["Task"] = { Token: state.taskToken };
  return context;
}

/** The members a mocked context object may have, and their types (context-object docs). */
const ALLOWED: Record<string, Record<string, "string" | "integer" | "any">> = {
  Execution: { Id: "string", Input: "any", Name: "string", RoleArn: "string", StartTime: "string", RedriveCount: "integer", RedriveTime: "string" },
  State: { EnteredTime: "string", Name: "string", RetryCount: "integer" },
  StateMachine: { Id: "string", Name: "string" },
  Task: { Token: "string" },
};

/**
 * Recorded messages (test_state_context_object_validation_failures): `Execution.Id must be a
 * string`, `'Map' field is not supported when mocking a Context object`, `Field 'pokemon' is not
 * allowed` (also at the top level). The messages for other types are ours, in the same pattern.
 */
export function checkMockedContext(context: JsonObject): void {
  const fail = (detail: string) => invalidRequest(`Invalid Context object provided: ${detail}`);
  for (const [section, value] of Object.entries(context)) {
    if (section === "Map") throw fail("'Map' field is not supported when mocking a Context object");
    const members = ALLOWED[section];
    if (!members) throw fail(`Field '${section}' is not allowed`);
    if (!isJsonObject(value)) throw fail(`${section} must be an object`);
    for (const [name, member] of Object.entries(value)) {
      const type = members[name];
      if (!type) throw fail(`Field '${name}' is not allowed`);
      if (type === "string" && typeof member !== "string") throw fail(`${section}.${name} must be a string`);
      if (type === "integer" && !(typeof member === "number" && Number.isInteger(member))) throw fail(`${section}.${name} must be an integer`);
    }
  }
}
