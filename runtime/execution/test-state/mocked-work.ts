import { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import { THRESHOLD_EXCEEDED } from "../map-run.ts";
import type { MapTolerance, WorkMock } from "../state-inspector.ts";
import type { TaskExecutor } from "../ports.ts";
import { invalidRequest, type TestStateMock } from "./test-state-request.ts";

/**
 * A mock as the outcome of a state's work: `mock.result` is the result, `mock.errorOutput` the
 * error the work fails with. For a Map, `mapIterationFailureCount` failed iterations count against
 * the thresholds the state sets; recorded (test_map_state_failure_count): without
 * ToleratedFailureCount/Percentage, failed iterations do not fail the Map.
 */
export function workMock(mock: TestStateMock, mapIterationFailureCount: number | undefined): WorkMock {
  const outcome = (): Json => {
    if (mock.kind === "error") throw new StatesError(mock.error, mock.cause);
    return mock.result;
  };
  return {
    outcome,
    mapOutcome(itemCount: number, tolerance: MapTolerance): Json {
      const failures = mapIterationFailureCount ?? 0;
      if (failures > itemCount) {
        throw invalidRequest(`MapIterationFailureCount (${failures}) cannot exceed the number of Map iterations (${itemCount}).`); // ours
      }
      if (mock.kind === "result" && exceeds(failures, itemCount, tolerance)) {
        throw new StatesError("States.ExceedToleratedFailureThreshold", THRESHOLD_EXCEEDED);
      }
      return outcome();
    },
  };
}

function exceeds(failures: number, itemCount: number, tolerance: MapTolerance): boolean {
  if (tolerance.count !== undefined && failures > tolerance.count) return true;
  return tolerance.percentage !== undefined && itemCount > 0 && (failures / itemCount) * 100 > tolerance.percentage;
}

/** A Task's mock as its task executor: the call answers with the mocked result or fails with the mocked error. */
export function mockedTaskExecutor(mock: WorkMock): TaskExecutor {
  return async () => mock.outcome();
}
