import { StatesError } from "../core/errors.ts";
import type { Json } from "../core/json.ts";
import type { TaskExecutor, TaskRequest } from "../execution/ports.ts";
import { classifyResource } from "../execution/task-resource.ts";
import { waitForTaskToken } from "./callback-task.ts";
import { runHttpTask } from "./http-task.ts";
import type { IntegrationPorts } from "./integration-ports.ts";
import type { MockTestCase } from "./mock-test-case.ts";
import { runSfnSdkTask } from "./sfn-sdk-task.ts";
import { runStartExecutionTask } from "./start-execution-task.ts";
import { findHandler, type TaskHandlerContext, type TaskHandlers } from "./task-handlers.ts";
import { TaskTokenError } from "./task-tokens.ts";

export interface IntegrationOptions extends IntegrationPorts {
  /** The mock configuration test case this execution runs (Step Functions Local's `#<TestCase>`). */
  mockTestCase?: MockTestCase | undefined;
  /** In-process handlers by state name or resource (task-handlers.ts). */
  handlers?: TaskHandlers | undefined;
  /** Runs whatever nothing else answers; its value is the task's final result, for every pattern. */
  fallback?: TaskExecutor | undefined;
}

/**
 * The task executor an execution runs with. For each Task state, the first that answers:
 * 1. the mock test case, when it names the state: its mocked response is the task's result (or
 *    failure) for every integration pattern; a `.waitForTaskToken` task does not wait (Step
 *    Functions Local generates the token and answers with the mock); an entry's `Submitted`
 *    (`.sync`, `.sync:2`, `.waitForTaskToken`) is written as TaskSubmitted first;
 * 2. a handler (by state name, then resource): for `.waitForTaskToken` its value is the service's
 *    answer (TaskSubmitted) and the task then waits for its token;
 * 3. the built-in integrations: `states:startExecution*` (nested executions), `aws-sdk:sfn:*`
 *    and `http:invoke`;
 * 4. the fallback executor (the `taskExecutor` option; the API server's activity workers);
 * 5. otherwise the state fails with States.Runtime naming the resource and the state. Not
 *    States.TaskFailed: a missing mock is a problem of the local setup, which a Retry or Catch on
 *    States.ALL must not quietly turn into an error path (AWS Step Functions Local would have called
 *    the real service; this runtime has no way to).
 */
export function integrationExecutor(options: IntegrationOptions): TaskExecutor {
  const executor: TaskExecutor = async (request) => {
    if (options.mockTestCase?.mocks(request.stateName)) return options.mockTestCase.answer(request);
    const resource = classifyResource(request.resource);
    const handler = options.handlers ? findHandler(options.handlers, request.stateName, request.resource) : undefined;
    if (handler) {
      const call = async () => handler(request.input, handlerContext(request, options));
      return resource.kind === "integration" && resource.pattern === "callback" ? waitForTaskToken(request, options.taskTokens, call) : call();
    }
    if (resource.kind === "integration") {
      if (resource.resourceType === "states" && /^startExecution(\.|$)/.test(resource.resource)) return runStartExecutionTask(request, resource, options);
      if (resource.resourceType === "aws-sdk:sfn") return runSfnSdkTask(request, resource, options);
      if (resource.resourceType === "http" && resource.resource === "invoke") return runHttpTask(request, options);
    }
    if (options.fallback) return options.fallback(request);
    throw unhandledTask(request);
  };
  // A mocked or handled state never reaches the fallback, so only the fallback's refusals count.
  executor.refuses = (request) =>
    options.mockTestCase?.mocks(request.stateName) || (options.handlers && findHandler(options.handlers, request.stateName, request.resource))
      ? undefined
      : options.fallback?.refuses?.(request);
  return executor;
}

/** The failure of a Task nothing answers. */
export function unhandledTask(request: Pick<TaskRequest, "resource" | "stateName">): StatesError {
  return new StatesError(
    "States.Runtime",
    `No mock, handler or task executor answers the resource '${request.resource}' of the Task state '${request.stateName}'`,
  );
}

function handlerContext(request: TaskRequest, ports: IntegrationPorts): TaskHandlerContext {
  const token = () => {
    if (request.taskToken === undefined) throw new TaskTokenError("InvalidToken", `The Task state '${request.stateName}' has no task token (its resource is not .waitForTaskToken, .sync or an activity)`);
    return request.taskToken;
  };
  return {
    stateName: request.stateName,
    resource: request.resource,
    contextObject: request.context,
    ...(request.taskToken !== undefined ? { taskToken: request.taskToken } : {}),
    signal: request.signal,
    sendTaskSuccess: (output: Json) => ports.taskTokens.succeed(token(), JSON.stringify(output)),
    sendTaskFailure: (error?: string, cause?: string) => ports.taskTokens.fail(token(), error, cause),
    sendTaskHeartbeat: () => ports.taskTokens.heartbeat(token()),
  };
}
