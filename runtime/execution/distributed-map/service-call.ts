import { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import type { StateVisit } from "../state-visit.ts";

/**
 * A service call a Map state makes for its ItemReader or ResultWriter (S3 getObject,
 * listObjectsV2, putObject). It goes through the execution's task executor, the path every Task
 * takes, so whatever answers Tasks answers these: a mock test case entry for the Map state's
 * name, a handler (by the Map state's name, or by resource such as
 * `arn:aws:states:::s3:getObject`), or the `taskExecutor` fallback. AWS writes no history event
 * for these calls (recorded: MapRunStarted is followed directly by MapRunSucceeded/MapRunFailed).
 *
 * Resolves with the service's answer; rejects with a StatesError (a thrown non-StatesError
 * becomes States.TaskFailed with its message, as for a Task).
 */
export async function callService(visit: StateVisit, resource: string, input: Json): Promise<Json> {
  visit.throwIfCancelled();
  const executor = visit.run.taskExecutor;
  if (!executor) throw new StatesError("States.Runtime", `No task executor is configured for the resource '${resource}'`);
  try {
    return await executor({
      resource,
      input,
      stateName: visit.state.name,
      signal: visit.ctx.signal,
      context: visit.context(),
      markStarted: () => undefined,
      submitted: () => undefined,
    });
  } catch (e) {
    visit.throwIfCancelled();
    if (e instanceof StatesError) throw e;
    throw new StatesError("States.TaskFailed", e instanceof Error ? e.message : String(e));
  }
}
