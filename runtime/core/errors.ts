/**
 * A Step Functions error as a state raises it: a name (`States.Runtime`, `States.TaskFailed`,
 * a user's own error name, ...) and an optional cause text. Every evaluator in the runtime throws
 * this; the interpreter turns it into history events, Retry/Catch decisions and execution failure.
 */
export class StatesError extends Error {
  readonly error: string;
  readonly causeText: string | undefined;

  constructor(error: string, cause?: string) {
    super(cause === undefined ? error : `${error}: ${cause}`);
    this.name = "StatesError";
    this.error = error;
    this.causeText = cause;
  }
}

/**
 * A task that sent no heartbeat for HeartbeatSeconds. AWS reports it as States.Timeout (recorded:
 * a silent `.waitForTaskToken` task with HeartbeatSeconds ends with TaskTimedOut and ExecutionFailed
 * errors States.Timeout, test_heartbeats.py); States.HeartbeatTimeout "is only available inside the
 * Catch and Retry fields" (DG concepts-error-handling), where it matches this error as well.
 */
export class HeartbeatTimeoutError extends StatesError {
  constructor() {
    super("States.Timeout");
  }
}

/** The predefined error names of the States language (spec "Errors", plus later additions). */
export const StatesErrorName = {
  ALL: "States.ALL",
  HeartbeatTimeout: "States.HeartbeatTimeout",
  Timeout: "States.Timeout",
  TaskFailed: "States.TaskFailed",
  Permissions: "States.Permissions",
  ResultPathMatchFailure: "States.ResultPathMatchFailure",
  ParameterPathFailure: "States.ParameterPathFailure",
  QueryEvaluationError: "States.QueryEvaluationError",
  BranchFailed: "States.BranchFailed",
  NoChoiceMatched: "States.NoChoiceMatched",
  IntrinsicFailure: "States.IntrinsicFailure",
  ExceedToleratedFailureThreshold: "States.ExceedToleratedFailureThreshold",
  ItemReaderFailed: "States.ItemReaderFailed",
  ResultWriterFailed: "States.ResultWriterFailed",
  Runtime: "States.Runtime",
  DataLimitExceeded: "States.DataLimitExceeded",
} as const;
