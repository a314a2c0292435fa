/** The execution-case format (cases/schema/execution-case.schema.json) as TypeScript types. */
import type { ExpectedOutcome } from "./outcome.ts";
import type { ExpectedEvent } from "./match-history.ts";

export type Provenance =
  | {
      kind: "aws-recorded";
      source: string;
      recorded: string;
      oracleFile?: string;
      snapshotFile?: string;
      snapshotKey?: string;
      /** Set when the case's mocks, callbacks or task worker script were derived from its recorded history. */
      mockedFrom?: "recorded history";
    }
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
  /**
   * A Step Functions Local mock configuration (MockConfigFile.json) with exactly one state machine;
   * the execution runs as its test case `mockTestCase` (cases/README.md "Mocked services").
   */
  mockConfig?: MockConfigFile;
  mockTestCase?: string;
  /** The callback side of `.waitForTaskToken` Task states: one entry per invocation (callback-script.ts). */
  callbacks?: CallbackStep[];
  notes?: string[];
}

/**
 * AWS Step Functions Local's mock configuration format (developer guide sfn-local-mock-cfg-file),
 * with one extension: `Submitted`, for a `.sync` / `.sync:2` / `.waitForTaskToken` Task, the
 * service's answer when the task was handed over (written as TaskSubmitted; runtime/integrations/mock-config.ts).
 */
export interface MockConfigFile {
  StateMachines: Record<string, { TestCases: Record<string, Record<string, string>> }>;
  MockedResponses: Record<string, Record<string, ({ Return: unknown } | { Throw: { Error: string; Cause: string } }) & { Submitted?: unknown }>>;
}

/**
 * One invocation of a `.waitForTaskToken` Task state, seen from outside: the service call's answer
 * (`submitted`, recorded as TaskSubmitted), then `heartbeats` SendTaskHeartbeat calls and the answer
 * `send` through SendTaskSuccess (`output`) or SendTaskFailure (`error`, `cause`, either optional).
 * Without `send` the token is never answered (the task runs into its timeout). In `output`, the
 * object `{"$taskToken": true}` stands for the token this invocation received.
 */
export interface CallbackStep {
  state: string;
  submitted?: unknown;
  heartbeats?: number;
  send?: "success" | "failure";
  output?: unknown;
  error?: string;
  cause?: string;
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
  /** The worker's name (GetActivityTask workerName, the ActivityStarted event's workerName). */
  workerName?: string;
  /** SendTaskHeartbeat calls the worker makes after taking the task, before answering (or going silent). */
  heartbeats?: number;
  /** Pause before each heartbeat, in milliseconds at time scale 1 (default 0). */
  heartbeatEveryMs?: number;
}
