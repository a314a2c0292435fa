/**
 * A property's counterexample, with what is needed to write it as a case file: the execution
 * that shows it (definition, input, task script), the outcome the property itself prescribes when
 * it prescribes one, and what each run observed.
 */
import type { Json } from "../../runtime/core/json.ts";
import type { TaskResponse } from "../compare/execution-case.ts";
import type { ExpectedOutcome } from "../compare/outcome.ts";

export interface Evidence {
  /** The definition (an object, or JSON text when it must stay text: `__proto__` members, odd numbers). */
  definition: Json | string;
  input: Json;
  taskResponses: readonly TaskResponse[];
  /**
   * The outcome the property prescribes independently of any implementation (e.g. the Pass law's
   * `Result`); absent when only a comparison between runs defines it.
   */
  expected?: ExpectedOutcome;
  /** Each run's outcome, by label (`reference`, `renamed`, `target`, `against`, ...). */
  observed: Record<string, unknown>;
}

export class PropertyViolation extends Error {
  override name = "PropertyViolation";
  constructor(
    message: string,
    readonly evidence: Evidence,
  ) {
    super(message);
  }
}
