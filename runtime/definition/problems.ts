/**
 * Problems found while validating a state machine definition. AWS reports each one with a
 * diagnostic code (SCHEMA_VALIDATION_FAILED, MISSING_TRANSITION_TARGET, ...), a message and a
 * JSON-pointer-like location (`/States/<Name>/<Field>`); CreateStateMachine joins them into one
 * InvalidDefinition message, ValidateStateMachineDefinition lists them as diagnostics.
 */
export type DiagnosticSeverity = "ERROR" | "WARNING";

export interface DefinitionProblem {
  severity: DiagnosticSeverity;
  code: string;
  message: string;
  /** `/`, `/States/Name`, `/States/Name/Field`, ...; absent when AWS gives none. */
  location?: string;
}

/** Collects problems while a definition is parsed, so every problem is reported, not just the first. */
export class ProblemCollector {
  readonly problems: DefinitionProblem[] = [];

  error(code: string, message: string, location?: string): void {
    this.problems.push(location === undefined ? { severity: "ERROR", code, message } : { severity: "ERROR", code, message, location });
  }

  /** Shorthand for the most common code. */
  schema(message: string, location: string): void {
    this.error("SCHEMA_VALIDATION_FAILED", message, location);
  }

  warning(code: string, message: string, location?: string): void {
    this.problems.push(location === undefined ? { severity: "WARNING", code, message } : { severity: "WARNING", code, message, location });
  }

  get errors(): DefinitionProblem[] {
    return this.problems.filter((p) => p.severity === "ERROR");
  }

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === "ERROR");
  }
}

/** One problem as AWS prints it inside an InvalidDefinition message: `CODE: message at /loc`. */
export function formatProblem(problem: DefinitionProblem): string {
  return problem.location === undefined
    ? `${problem.code}: ${problem.message}`
    : `${problem.code}: ${problem.message} at ${problem.location}`;
}

/** The InvalidDefinition message CreateStateMachine/UpdateStateMachine answer with. */
export function formatInvalidDefinitionMessage(problems: readonly DefinitionProblem[]): string {
  return `Invalid State Machine Definition: '${problems.map(formatProblem).join(", ")}'`;
}
