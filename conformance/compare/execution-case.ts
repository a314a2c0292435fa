/** The execution-case format (cases/schema/execution-case.schema.json) as TypeScript types. */
import type { ExpectedOutcome } from "./outcome.ts";
import type { ExpectedEvent } from "./match-history.ts";

export type Provenance =
  | { kind: "aws-recorded"; source: string; recorded: string; oracleFile?: string; snapshotFile?: string; snapshotKey?: string }
  | { kind: "spec"; section: string };

export interface ExecutionCase {
  id: string;
  title?: string;
  description?: string;
  provenance: Provenance;
  level: "core" | "optional" | "aws-quirk";
  features: string[];
  needs: string[];
  queryLanguage: "JSONPath" | "JSONata" | "mixed";
  stateMachineType: "STANDARD" | "EXPRESS";
  /** How the execution is started: StartExecution (default), StartSyncExecution, or async Express. */
  startMode?: "standard" | "express-sync" | "express-async";
  definition: Record<string, unknown>;
  input: unknown;
  inputText?: string;
  placeholders?: string[];
  expected: ExpectedOutcome;
  history?: ExpectedEvent[];
  historyMatching?: { parallelBranchesUnordered?: boolean };
  taskResponses?: TaskResponse[];
  notes?: string[];
}

export interface CaseFile {
  $schema?: string;
  cases: ExecutionCase[];
}

/** One scripted answer of the task worker for a Task state (see cases/README.md). */
export interface TaskResponse {
  state: string;
  output?: unknown;
  error?: string;
  cause?: string;
  hang?: boolean;
}
