import { ApiError } from "./api-error.ts";
import { withoutNullMembers } from "./model/null-members.ts";
import { SerializationError, serviceModel, validateRequest, validationMessage } from "./model/validate-request.ts";
import { operations } from "./operations/index.ts";
import type { RequestContext } from "./request-context.ts";
import { shapeResponse } from "./shape-response.ts";
import type { ServiceState } from "./store.ts";

/**
 * One API operation on decoded input, as the HTTP layer (app.ts) and the Step Functions
 * integrations (step-functions-service.ts) run it: null members are dropped (AWS's JSON protocol
 * reads them as absent), the request is validated against the service model, the operation runs,
 * and the answer carries only the members the model declares. Errors are thrown as ApiError.
 */
export async function callOperation(state: ServiceState, operation: string, given: Record<string, unknown>, ctx: RequestContext): Promise<unknown> {
  if (!Object.hasOwn(serviceModel.operations, operation)) throw new ApiError("UnknownOperationException", `Unknown operation: ${operation}`);
  const inputShape = serviceModel.operations[operation]!.input?.shape;
  const input = inputShape ? (withoutNullMembers(inputShape, given) as Record<string, unknown>) : given;
  let violations: string[];
  try {
    violations = validateRequest(operation, input);
  } catch (e) {
    if (e instanceof SerializationError) throw new ApiError("SerializationException", e.message);
    throw e;
  }
  if (violations.length > 0) throw new ApiError("ValidationException", validationMessage(violations));
  const handler = operations[operation];
  if (!handler) throw new ApiError("UnsupportedOperation", `${operation} is not supported by this runtime yet`);
  return shapeResponse(operation, await handler(input, ctx, state));
}
