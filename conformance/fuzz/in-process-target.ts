/**
 * Runs a generated execution in the reference runtime in process (runExecution), in virtual time
 * (virtual-time.ts) unless real scaled timers are asked for, with its task script answering the
 * activities, and a wall-clock limit: a run that does not end in time is `hung`, an exception
 * other than InvalidDefinitionError is `crashed`.
 */
import { runExecution } from "../../runtime/execution/run-execution.ts";
import { InvalidDefinitionError } from "../../runtime/definition/parse-definition.ts";
import { StatesError } from "../../runtime/core/errors.ts";
import { scaledTimers, type TaskExecutor, type Timers } from "../../runtime/execution/ports.ts";
import type { Json } from "../../runtime/core/json.ts";
import { scriptedTaskExecutor } from "../compare/task-script.ts";
import type { TaskResponse } from "../compare/execution-case.ts";
import type { Observation, WireEvent } from "./observation.ts";
import { seededEntropy, virtualTime } from "./virtual-time.ts";

export interface InProcessRun {
  definition: string | Json;
  input: Json;
  taskResponses?: readonly TaskResponse[];
  /** Real timers scaled by this factor instead of virtual time. */
  realTimeScale?: number;
  /** Wall-clock limit (default 5000 ms). */
  timeoutMs?: number;
  /** Seeds UUIDs and random numbers (default 1). */
  seed?: number;
  /** Virtual time only: lengthen each sleep by up to this many ms (seeded by `seed`), see virtualTime. */
  jitterMs?: number;
}

export interface InProcessObservation {
  observation: Observation;
  /** Virtual milliseconds the run took (undefined with real timers). */
  virtualMs?: number;
}

function wireEvent(event: Record<string, unknown>): WireEvent {
  const copy = { ...event };
  if (copy["timestamp"] instanceof Date) copy["timestamp"] = (copy["timestamp"] as Date).toISOString();
  return copy as WireEvent;
}

export async function runInProcess(run: InProcessRun): Promise<InProcessObservation> {
  const timeoutMs = run.timeoutMs ?? 5000;
  const virtual = run.realTimeScale === undefined ? virtualTime(1, run.jitterMs ? { ms: run.jitterMs, seed: run.seed ?? 1 } : undefined) : undefined;
  const timers: Timers = virtual ? virtual.timers : scaledTimers(run.realTimeScale);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const result = await Promise.race([
      runExecution({
        definition: run.definition as string,
        input: run.input,
        timers,
        ...(virtual ? { clock: virtual.clock } : {}),
        entropy: seededEntropy(run.seed ?? 1),
        executionName: "fuzz",
        stateMachineName: "Fuzz",
        signal: controller.signal,
        taskExecutor: scriptedTaskExecutor(run.taskResponses ?? [], (error, cause) => new StatesError(error, cause)) as TaskExecutor,
      }),
      timedOut,
    ]);
    if (result === "timeout") {
      controller.abort(new Error("fuzz: out of time"));
      return { observation: { kind: "hung", message: `no end within ${timeoutMs} ms` } };
    }
    const observation: Observation = {
      kind: "ended",
      status: result.status,
      ...(result.output !== undefined ? { output: result.output } : {}),
      ...(result.error !== undefined ? { error: result.error } : {}),
      ...(result.cause !== undefined ? { cause: result.cause } : {}),
      history: result.history.map((event) => wireEvent(event as unknown as Record<string, unknown>)),
    };
    return virtual ? { observation, virtualMs: virtual.elapsed() } : { observation };
  } catch (e) {
    if (e instanceof InvalidDefinitionError) {
      return { observation: { kind: "rejected", code: "InvalidDefinition", message: e.message, locations: e.problems.map((p) => p.location) } };
    }
    return { observation: { kind: "crashed", message: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e) } };
  } finally {
    clearTimeout(timer);
  }
}
