import { parseDefinitionOrThrow } from "../definition/parse-definition.ts";
import type { StateMachineDefinition } from "../definition/types.ts";
import { ExecutionRun } from "./execution-run.ts";
import { defaultEntropy, scaledTimers, systemClock } from "./ports.ts";
import type { ExecutionResult, RunExecutionOptions } from "./types.ts";

const DEFAULT_REGION = "us-east-1";
const DEFAULT_ACCOUNT = "123456789012";

/**
 * Runs one execution of a state machine to its end, in process, and returns its outcome and full
 * history. Throws InvalidDefinitionError (AWS's message) when the definition is invalid.
 */
export async function runExecution(options: RunExecutionOptions): Promise<ExecutionResult> {
  const definition: StateMachineDefinition = parseDefinitionOrThrow(options.definition);
  const clock = options.clock ?? systemClock;
  const entropy = options.entropy ?? defaultEntropy;
  const region = options.region ?? DEFAULT_REGION;
  const account = options.accountId ?? DEFAULT_ACCOUNT;
  const stateMachineName = options.stateMachineName ?? "StateMachine";
  const executionName = options.executionName ?? entropy.uuid();
  const stateMachineArn = `arn:aws:states:${region}:${account}:stateMachine:${stateMachineName}`;
  const run = new ExecutionRun(
    definition,
    {
      executionArn: `arn:aws:states:${region}:${account}:execution:${stateMachineName}:${executionName}`,
      executionName,
      input: options.input ?? {},
      startTime: clock.now().toISOString(),
      roleArn: options.roleArn ?? `arn:aws:iam::${account}:role/StepFunctionsRole`,
      redriveCount: 0,
      stateMachineArn,
      stateMachineName,
    },
    region,
    { clock, entropy, timers: options.timers ?? scaledTimers(options.timeScale ?? 1), taskExecutor: options.taskExecutor },
  );
  const outcome = await run.execute(options.signal);
  return { ...outcome, history: run.history.events };
}
