import type { Json } from "../core/json.ts";

/**
 * The port the Step Functions integrations (`arn:aws:states:::states:startExecution*`,
 * `arn:aws:states:::aws-sdk:sfn:*`) call the runtime's own API through: the API server implements
 * it over its store, so a Task starts a child execution in the same account and region.
 * Requests and answers are the API's wire members (camelCase; timestamps in epoch seconds).
 */
export interface StepFunctionsApi {
  /** Runs an API operation (`StartExecution`, `DescribeExecution`, ...); rejects with StepFunctionsApiError. */
  call(operation: string, input: Record<string, unknown>, caller: Caller): Promise<Record<string, unknown>>;
  /** Resolves with DescribeExecution's answer once the execution has ended. */
  whenExecutionEnds(executionArn: string, caller: Caller): Promise<Record<string, unknown>>;
}

/** Whose call it is: the calling execution's account and region. */
export interface Caller {
  account: string;
  region: string;
}

/** An error answer of the API: its code (`StateMachineDoesNotExist`), message and HTTP status. */
export class StepFunctionsApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = "StepFunctionsApiError";
  }
}

/** The calling execution's account and region, from its context object's `Execution.Id` (its ARN). */
export function callerOfContext(context: Json): Caller {
  const execution = context !== null && typeof context === "object" && !Array.isArray(context) ? context["Execution"] : undefined;
  const id = execution !== null && typeof execution === "object" && !Array.isArray(execution) ? execution?.["Id"] : undefined;
  // arn:aws:states:<region>:<account>:execution:<machine>:<name>
  const parts = typeof id === "string" ? id.split(":") : [];
  return { region: parts[3] ?? "", account: parts[4] ?? "" };
}
