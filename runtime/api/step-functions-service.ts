import { StepFunctionsApiError, type Caller, type StepFunctionsApi } from "../integrations/step-functions-api.ts";
import { ApiError } from "./api-error.ts";
import { callOperation } from "./call-operation.ts";
import { describeExecution, findExecution } from "./operations/executions.ts";
import type { ServiceState } from "./store.ts";

/**
 * The service as its own Step Functions integrations see it: a Task's `states:startExecution*` or
 * `aws-sdk:sfn:*` call runs the operation in the calling execution's account and region.
 */
export function stepFunctionsService(state: ServiceState): StepFunctionsApi {
  return {
    async call(operation, input, caller) {
      try {
        return (await callOperation(state, operation, input, caller)) as Record<string, unknown>;
      } catch (e) {
        throw asApiFailure(e);
      }
    },
    async whenExecutionEnds(executionArn: string, caller: Caller) {
      try {
        const record = findExecution(state, caller, executionArn);
        // The record learns its result in a reaction registered before this one (followRun).
        while (!record.result) await record.handle.done;
        return describeExecution({ executionArn }, caller, state) as Record<string, unknown>;
      } catch (e) {
        throw asApiFailure(e);
      }
    },
  };
}

function asApiFailure(e: unknown): unknown {
  return e instanceof ApiError ? new StepFunctionsApiError(e.code, e.message, e.status) : e;
}
