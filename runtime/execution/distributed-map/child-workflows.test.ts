import { test } from "node:test";
import assert from "node:assert/strict";
import { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import type { TaskExecutor } from "../ports.ts";
import { redriveExecution, startExecution } from "../run-execution.ts";

/**
 * STANDARD and EXPRESS child workflows of a Distributed Map, and how a redrive of the parent
 * reruns them: a STANDARD child resumes at the state that failed, an EXPRESS child starts over.
 */
function twoStepMap(executionType: "STANDARD" | "EXPRESS") {
  return {
    StartAt: "Fan",
    States: {
      Fan: {
        Type: "Map",
        MaxConcurrency: 1,
        End: true,
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: executionType },
          StartAt: "One",
          States: {
            One: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "Two" },
            Two: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true },
          },
        },
      },
    },
  };
}

/** Answers every task with its input, except state Two for item "b" the first time. */
function flakyTasks() {
  const calls: string[] = [];
  let failed = false;
  const executor: TaskExecutor = async (request) => {
    calls.push(`${request.stateName}:${JSON.stringify(request.input)}`);
    if (request.stateName === "Two" && request.input === "b" && !failed) {
      failed = true;
      throw new StatesError("Flaky", "first time");
    }
    return request.input as Json;
  };
  return { calls, executor };
}

for (const [executionType, rerun] of [
  ["STANDARD", ['Two:"b"', 'One:"c"', 'Two:"c"']],
  ["EXPRESS", ['One:"b"', 'Two:"b"', 'One:"c"', 'Two:"c"']],
] as const) {
  test(`${executionType} child workflows: a redrive reruns the failed child ${executionType === "STANDARD" ? "from the failed state" : "from its start"}`, async () => {
    const tasks = flakyTasks();
    const first = startExecution({ definition: twoStepMap(executionType), input: ["a", "b", "c"], taskExecutor: tasks.executor });
    const failed = await first.done;
    assert.equal(failed.status, "FAILED");
    assert.equal(failed.error, "States.ExceedToleratedFailureThreshold");
    const before = tasks.calls.length;
    const result = await redriveExecution(first).done;
    assert.equal(result.status, "SUCCEEDED");
    assert.deepEqual(result.output, ["a", "b", "c"]);
    assert.deepEqual(tasks.calls.slice(before), rerun);
  });
}
