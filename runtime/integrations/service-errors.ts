import { StatesError } from "../core/errors.ts";
import type { StepFunctionsApiError } from "./step-functions-api.ts";

/**
 * How a failed service call fails its Task: the error name is the service's prefix and the SDK's
 * exception class, the cause the SDK's message. The optimized integrations speak AWS SDK for Java
 * 1.x (recorded, states:startExecution on a missing machine):
 *   StepFunctions.StateMachineDoesNotExistException /
 *   "State Machine Does Not Exist: '...' (Service: AWSStepFunctions; Status Code: 400; Error Code: StateMachineDoesNotExist; Request ID: ...; Proxy: null)"
 * the `aws-sdk:` integrations SDK 2.x (recorded, aws-sdk:sfn:sendTaskSuccess with a made-up token):
 *   Sfn.InvalidTokenException /
 *   "Invalid Token: 'Invalid token' (Service: Sfn, Status Code: 400, Request ID: ...) (SDK Attempt Count: 1)"
 */
export function optimizedIntegrationError(servicePrefix: string, serviceName: string, error: StepFunctionsApiError, requestId: string): StatesError {
  return new StatesError(
    `${servicePrefix}.${exceptionName(error.code)}`,
    `${error.message} (Service: ${serviceName}; Status Code: ${error.status}; Error Code: ${error.code}; Request ID: ${requestId}; Proxy: null)`,
  );
}

export function sdkIntegrationError(servicePrefix: string, error: StepFunctionsApiError, requestId: string): StatesError {
  return new StatesError(
    `${servicePrefix}.${exceptionName(error.code)}`,
    `${error.message} (Service: ${servicePrefix}, Status Code: ${error.status}, Request ID: ${requestId}) (SDK Attempt Count: 1)`,
  );
}

/** The SDK's exception class for an error code: `InvalidToken` → `InvalidTokenException`. */
function exceptionName(code: string): string {
  return code.endsWith("Exception") ? code : `${code}Exception`;
}
