import type { Json } from "../core/json.ts";
import type { ChoiceRule } from "../choice/index.ts";
import type { PayloadTemplate } from "./payload-template.ts";
import type { ItemBatcherConfig, ItemReaderConfig, ResultWriterConfig } from "./map-data-config.ts";

/**
 * A state machine definition after parsing and validation: typed, one discriminated union member
 * per state type, with defaults applied. The interpreter evaluates these, never the raw JSON.
 */

export type QueryLanguage = "JSONPath" | "JSONata";

/** A set of states with an entry point: the whole machine, a Parallel branch or a Map processor. */
export interface StateGraph {
  startAt: string;
  states: ReadonlyMap<string, State>;
  /** JSON-pointer prefix of this graph's States in the definition, e.g. `/States/P/Branches/0`. */
  location: string;
}

export interface StateMachineDefinition extends StateGraph {
  comment?: string;
  version?: string;
  timeoutSeconds?: number;
  queryLanguage: QueryLanguage;
}

export type Transition = { kind: "next"; next: string } | { kind: "end" };

/**
 * A value that is either fixed in the definition, or read at run time from a reference path
 * (the `...Path` twin of a field), or (JSONata) computed by an expression.
 */
export type DynamicValue<T> =
  | { kind: "literal"; value: T }
  | { kind: "path"; path: string }
  | { kind: "jsonata"; expression: string };

export interface Retrier {
  errorEquals: string[];
  intervalSeconds: number;
  maxAttempts: number;
  backoffRate: number;
  maxDelaySeconds?: number;
  jitterStrategy: "FULL" | "NONE";
}

export interface Catcher {
  errorEquals: string[];
  next: string;
  /** JSONPath: where the error output goes in the state's input (default `$`; null discards). */
  resultPath: string | null;
  /** JSONata: the catcher's Output template. */
  output?: PayloadTemplate;
  assign?: PayloadTemplate;
}

interface StateCommon {
  name: string;
  comment?: string;
  queryLanguage: QueryLanguage;
  /** `/States/<Name>` (or nested, for states inside branches). */
  location: string;
  /** Variable assignments made when the state completes (both query languages). */
  assign?: PayloadTemplate;
}

/** JSONPath-mode input/output processing fields (absent fields have AWS's defaults applied). */
export interface PathIO {
  /** undefined = `$`; null = `{}` passed on. */
  inputPath: string | null;
  outputPath: string | null;
}

export interface ResultIO {
  parameters?: PayloadTemplate;
  resultSelector?: PayloadTemplate;
  /** `$` by default; null discards the result (output = input). */
  resultPath: string | null;
}

/** JSONata-mode I/O: Arguments shape the effective input, Output shapes the output. */
export interface JsonataIO {
  arguments?: PayloadTemplate;
  output?: PayloadTemplate;
}

export interface PassState extends StateCommon, PathIO, ResultIO, JsonataIO {
  type: "Pass";
  transition: Transition;
  result?: Json;
}

export interface TaskState extends StateCommon, PathIO, ResultIO, JsonataIO {
  type: "Task";
  transition: Transition;
  resource: string;
  timeoutSeconds?: DynamicValue<number>;
  heartbeatSeconds?: DynamicValue<number>;
  retry: Retrier[];
  catch: Catcher[];
  /** `Credentials` (`RoleArn`), evaluated per attempt: the Scheduled event's `taskCredentials`. */
  credentials?: PayloadTemplate;
}

/** One entry of a Choice state's Choices: a JSONPath rule or a JSONata Condition, and where it leads. */
export interface ChoiceOption {
  match: { kind: "rule"; rule: ChoiceRule } | { kind: "condition"; condition: PayloadTemplate };
  next: string;
  assign?: PayloadTemplate;
  output?: PayloadTemplate;
}

export interface ChoiceState extends StateCommon, PathIO, JsonataIO {
  type: "Choice";
  choices: ChoiceOption[];
  default?: string;
}

export interface WaitState extends StateCommon, PathIO, JsonataIO {
  type: "Wait";
  transition: Transition;
  wait:
    | { kind: "seconds"; value: DynamicValue<number> }
    | { kind: "timestamp"; value: DynamicValue<string> };
}

export interface SucceedState extends StateCommon, PathIO, JsonataIO {
  type: "Succeed";
}

export interface FailState extends StateCommon {
  type: "Fail";
  error?: DynamicValue<string>;
  cause?: DynamicValue<string>;
}

export interface ParallelState extends StateCommon, PathIO, ResultIO, JsonataIO {
  type: "Parallel";
  transition: Transition;
  branches: StateGraph[];
  retry: Retrier[];
  catch: Catcher[];
}

export interface MapState extends StateCommon, PathIO, ResultIO, JsonataIO {
  type: "Map";
  transition: Transition;
  /** JSONPath ItemsPath (default `$`). */
  itemsPath: string;
  /** JSONata Items expression/array. */
  items?: PayloadTemplate;
  /** ItemSelector, or legacy Parameters (which then is not an input filter). */
  itemSelector?: PayloadTemplate;
  processor: StateGraph;
  mode: "INLINE" | "DISTRIBUTED";
  executionType?: "STANDARD" | "EXPRESS";
  maxConcurrency: DynamicValue<number>;
  toleratedFailureCount?: DynamicValue<number>;
  toleratedFailurePercentage?: DynamicValue<number>;
  /** ItemReader, ItemBatcher, ResultWriter as written (checked and compiled in reader/batcher/writer). */
  itemReader?: Json;
  itemBatcher?: Json;
  resultWriter?: Json;
  reader?: ItemReaderConfig;
  batcher?: ItemBatcherConfig;
  writer?: ResultWriterConfig;
  label?: string;
  retry: Retrier[];
  catch: Catcher[];
}

export type State =
  | PassState
  | TaskState
  | ChoiceState
  | WaitState
  | SucceedState
  | FailState
  | ParallelState
  | MapState;

export type StateType = State["type"];

export const STATE_TYPES: readonly StateType[] = ["Task", "Wait", "Pass", "Succeed", "Fail", "Choice", "Parallel", "Map"];
