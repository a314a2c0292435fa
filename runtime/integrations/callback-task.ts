import type { Json } from "../core/json.ts";
import type { TaskRequest } from "../execution/ports.ts";
import type { TaskTokens } from "./task-tokens.ts";

/**
 * The callback pattern (`.waitForTaskToken`, DG connect-to-resource): the service call hands the
 * task token over and its answer is recorded (TaskSubmitted); then the task waits until
 * SendTaskSuccess / SendTaskFailure answers the token (recorded histories: TaskScheduled,
 * TaskStarted, TaskSubmitted, TaskSucceeded | TaskFailed | TaskTimedOut). The token is registered
 * before the call, so an answer that comes back at once is not lost.
 *
 * In a durable run (`request.tokenWait`, token-wait.ts) the wait is reported once the call is
 * answered; a continuation after a host loss makes no call again: it waits on the same token.
 */
export async function waitForTaskToken(request: TaskRequest, tokens: TaskTokens, serviceCall: () => Promise<Json>): Promise<Json> {
  const token = request.taskToken;
  if (token === undefined) return serviceCall();
  const journal = request.tokenWait;
  const resumed = journal?.resumed;
  const pending = tokens.expect(token, {
    signal: request.signal,
    ...(request.heartbeatSeconds !== undefined ? { heartbeatSeconds: request.heartbeatSeconds } : {}),
    ...(resumed?.heartbeatLeftMs !== undefined ? { firstHeartbeatMs: resumed.heartbeatLeftMs } : {}),
    ...(journal ? { journal } : {}),
  });
  try {
    if (!resumed) {
      request.submitted(await serviceCall());
      if (!request.signal.aborted) journal?.handedOver();
    }
    return await pending.outcome;
  } finally {
    pending.cancel();
  }
}
