/**
 * An error answer of the Step Functions API: AWS JSON 1.0 sends it as HTTP 400 (client faults) or
 * 500 with `{"__type": <code>, "message": <text>}`.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const invalidArn = (detail: string) => new ApiError("InvalidArn", `Invalid Arn: '${detail}'`);
export const validation = (message: string) => new ApiError("ValidationException", message);
