/**
 * Resolves the test-fixture references a recording left in its definition and input
 * (`${sym:create_lambda_function#1.CreateFunctionResponse.FunctionArn}`, `lambda_func_${sym:short_uid}`,
 * `${sym:sqs_create_queue#1}`...) to fixed values, so the case can run without the recorded test's
 * fixtures once its Task states are mocked. Every fixture value comes from the recording itself
 * where it shows one:
 *
 * 1. the value AWS recorded at the same place: the execution input of ExecutionStarted for an input
 *    string, the `resource` of the state's first scheduled event for a Task's Resource, the
 *    TaskScheduled `parameters` member for a Parameters/Arguments string. The recorder normalised
 *    these values (`arn:<partition>:lambda:<region>:111111111111:function:lambda_function_name`,
 *    `<sqs_queue_url>`); its bound placeholders are filled with the values the in-process run gives
 *    them (partition `aws`, region and account of runExecution's defaults, and what the recorded role
 *    ARN binds when matched against the run's role ARN), the others stay as the recorder's text (the
 *    text a placeholder also matches);
 * 2. otherwise a fixture of the reference's shape (FIXTURE_SHAPES below);
 * 3. a time the test computed from its clock (`datetime.now()`) becomes a fixed time in the past,
 *    which a Wait state treats as the test's "now" (it ends at once); a time relative to the run's
 *    clock (`concat.strftime()`, days ahead) cannot be fixed, so such a case stays unresolved.
 *
 * A Task Resource must stay a Lambda function or activity ARN: a recorded value that is not one
 * (`activity_arn`) is replaced by the fixture shape. The notes say what each reference became.
 */
import { classifyResource } from "../runtime/execution/task-resource.ts";
import { isBoundPlaceholder, matchTemplate, splitTemplate, type Bindings } from "../conformance/compare/placeholders.ts";
import type { RecordedEvent, RecordedInvocation } from "./recorded-task-invocations.ts";

type Json = unknown;

/** Where the in-process runner runs an execution (runExecution's defaults). */
export const RUN_REGION = "us-east-1";
export const RUN_ACCOUNT = "123456789012";
export const RUN_ROLE_ARN = `arn:aws:iam::${RUN_ACCOUNT}:role/StepFunctionsRole`;

const SYMBOL = /\$\{sym:([^}]*)\}/g;

/** Fixture values of the references' shapes, for a reference the recording shows no value for. */
const FIXTURE_SHAPES: Array<[RegExp, (n: string) => string]> = [
  [/^create_lambda_function#(\d+)\.CreateFunctionResponse\.FunctionArn$/, (n) => `arn:aws:lambda:${RUN_REGION}:${RUN_ACCOUNT}:function:fixture-function-${n}`],
  [/^CreateStateMachine#(\d+)\.stateMachineArn$/, (n) => `arn:aws:states:${RUN_REGION}:${RUN_ACCOUNT}:stateMachine:fixture-state-machine-${n}`],
  [/^CreateActivity#(\d+)\.activityArn$/, (n) => `arn:aws:states:${RUN_REGION}:${RUN_ACCOUNT}:activity:fixture-activity-${n}`],
  [/^sns_create_topic#(\d+)\.TopicArn$/, (n) => `arn:aws:sns:${RUN_REGION}:${RUN_ACCOUNT}:fixture-topic-${n}`],
  [/^sqs_create_queue#(\d+)$/, (n) => `https://sqs.${RUN_REGION}.amazonaws.com/${RUN_ACCOUNT}/fixture-queue-${n}`],
  [/^s3_create_bucket#(\d+)$/, (n) => `fixture-bucket-${n}`],
  [/^create_cross_account_admin_role_and_policy#(\d+)$/, (n) => `arn:aws:iam::${RUN_ACCOUNT}:role/fixture-role-${n}`],
  [/^short_uid$/, () => "1a2b3c4d"],
  [/^account_id$/, () => RUN_ACCOUNT],
  [/^localstack\.utils\.aws\.aws_stack\.get_boto3_region\(\)$/, () => RUN_REGION],
  [/^unpacked\[(\d+)\]$/, (n) => `fixtureapi${n}`],
];

/** The test's `datetime.now()` as "%Y-%m-%dT%H:%M:%S": a fixed time in the past stands for it. */
const TIME_OF_TEST = /^datetime\.datetime\.now\(\)\.strftime\(\)$/;
const FIXED_PAST_TIME = "2025-01-01T00:00:00";
/** Any other time the test computed (e.g. `concat.strftime()`, days after its "now"): no fixed value stands for it. */
const TIME_RELATIVE = /strftime|datetime/;

export interface FixtureInput {
  definition: Json;
  input: Json;
  inputText: string | undefined;
  /** Placeholder tokens the case declares (the recorder's normalisations). */
  placeholders: readonly string[];
  history: readonly RecordedEvent[];
  invocations: readonly RecordedInvocation[];
}

export type FixtureResult =
  | { resolved: true; definition: Json; input: Json; inputText: string | undefined; notes: string[] }
  | { resolved: false; reason: string };

/** Whether the definition or input still refer to a test fixture. */
export function hasFixtureReferences(definition: Json, input: Json): boolean {
  return JSON.stringify([definition, input]).includes("${sym:");
}

export function resolveFixtures(source: FixtureInput): FixtureResult {
  if (!hasFixtureReferences(source.definition, source.input)) {
    return { resolved: true, definition: source.definition, input: source.input, inputText: source.inputText, notes: [] };
  }
  const bindings = runBindings(source);
  const fill = (recorded: string) => fillBound(recorded, source.placeholders, bindings);
  const substitutions = new Map<string, string>();
  const unresolved: string[] = [];
  const relativeToClock: string[] = [];

  const resolveLeaf = (template: string, recorded: Json | undefined, where: string, mustBe?: "lambda" | "activity"): string => {
    const symbols = [...template.matchAll(SYMBOL)].map((m) => m[1]!);
    let value: string | undefined;
    let how: string;
    if (symbols.some((s) => TIME_RELATIVE.test(s) && !TIME_OF_TEST.test(s))) {
      relativeToClock.push(template);
      return template;
    }
    if (symbols.some((s) => TIME_OF_TEST.test(s))) {
      value = template.replace(SYMBOL, (whole, name: string) => (TIME_OF_TEST.test(name) ? FIXED_PAST_TIME : whole));
      how = `the test's current time became the fixed past time ${FIXED_PAST_TIME}`;
    } else if (typeof recorded === "string" && !recorded.includes("${sym:")) {
      value = fill(recorded);
      how = `the value AWS recorded ${where}${value === recorded ? "" : ` ("${recorded}", placeholders filled as the run fills them)`}`;
    } else {
      how = "a fixture of the reference's shape";
    }
    if (value !== undefined && mustBe && !isResourceOf(value, mustBe)) {
      how = `a fixture ${mustBe === "lambda" ? "Lambda function" : "activity"} ARN (AWS recorded "${value}" ${where})`;
      value = undefined;
    }
    value ??= template.replace(SYMBOL, (whole, name: string) => fixtureShape(name) ?? whole);
    if (value.includes("${sym:")) unresolved.push(template);
    else if (!substitutions.has(template)) substitutions.set(template, `"${template}" → "${value}" (${how})`);
    return value;
  };

  // The input: aligned with ExecutionStarted's input.
  const started = source.history.find((e) => e.type === "ExecutionStarted");
  const recordedInput = (started?.["executionStartedEventDetails"] as { input?: Json } | undefined)?.input;
  const replacedInputStrings = new Map<string, string>();
  const input = mapStrings(source.input, [], (text, path) => {
    const value = resolveLeaf(text, at(parsed(recordedInput), path), "in the execution input");
    replacedInputStrings.set(text, value);
    return value;
  });

  // The definition: Task Resource and Parameters/Arguments strings, aligned with the state's first scheduled event.
  const definition = mapStrings(source.definition, [], (text, path) => {
    const place = taskPlace(path);
    const invocation = place ? source.invocations.find((i) => i.state === place.state) : undefined;
    if (place?.field === "Resource") {
      const details = invocation ? scheduledDetails(invocation) : undefined;
      const mustBe = invocation?.kind === "activity" ? "activity" : invocation?.kind === "lambda" ? "lambda" : undefined;
      return resolveLeaf(text, details?.["resource"], "as the state's resource", mustBe);
    }
    if (place && (place.field === "Parameters" || place.field === "Arguments") && invocation?.kind === "task") {
      const parameters = parsed(scheduledDetails(invocation)?.["parameters"]);
      return resolveLeaf(text, at(parameters, place.rest), "in the state's TaskScheduled parameters");
    }
    return resolveLeaf(text, undefined, "");
  });

  if (relativeToClock.length) {
    return {
      resolved: false,
      reason: `a time the recorded test computed relative to its own clock (${[...new Set(relativeToClock)].join(", ")}), recorded only as a placeholder: a run at another time has no value that stands in the same relation to its clock`,
    };
  }
  if (unresolved.length) return { resolved: false, reason: `fixture references with no recorded or fixture value: ${[...new Set(unresolved)].join(", ")}` };
  let inputText = source.inputText;
  if (inputText !== undefined) {
    for (const [from, to] of replacedInputStrings) inputText = inputText.split(JSON.stringify(from)).join(JSON.stringify(to));
    if (inputText === JSON.stringify(input)) inputText = undefined;
  }
  return { resolved: true, definition, input, inputText, notes: [...substitutions.values()] };
}

/** Values of the bound placeholders in this run: defaults, plus what the recorded role ARN binds against the run's. */
function runBindings(source: FixtureInput): Bindings {
  const bindings: Bindings = new Map([
    ["<partition>", "aws"],
    ["<region>", RUN_REGION],
    ["111111111111", RUN_ACCOUNT],
  ]);
  const started = source.history.find((e) => e.type === "ExecutionStarted");
  const role = (started?.["executionStartedEventDetails"] as { roleArn?: unknown } | undefined)?.roleArn;
  if (typeof role === "string") matchTemplate(role, RUN_ROLE_ARN, source.placeholders, bindings);
  return bindings;
}

function fillBound(text: string, tokens: readonly string[], bindings: Bindings): string {
  return splitTemplate(text, tokens)
    .map((segment) => (segment.token !== undefined ? (isBoundPlaceholder(segment.token) && bindings.get(segment.token)) || segment.token : segment.literal!))
    .join("");
}

function fixtureShape(name: string): string | undefined {
  for (const [pattern, make] of FIXTURE_SHAPES) {
    const match = pattern.exec(name);
    if (match) return make(match[1] ?? "");
  }
  return undefined;
}

function isResourceOf(value: string, kind: "lambda" | "activity"): boolean {
  return classifyResource(value).kind === (kind === "lambda" ? "lambda-function" : "activity");
}

function scheduledDetails(invocation: RecordedInvocation): Record<string, unknown> | undefined {
  const key = Object.keys(invocation.scheduled).find((k) => k.endsWith("EventDetails"));
  return key ? (invocation.scheduled[key] as Record<string, unknown>) : undefined;
}

/** `path` inside a definition → the Task state it is in and the field (Resource, Parameters...) with the rest of the path. */
function taskPlace(path: readonly (string | number)[]): { state: string; field: string; rest: (string | number)[] } | undefined {
  for (let i = path.length - 3; i >= 0; i--) {
    if (path[i] === "States" && typeof path[i + 1] === "string" && typeof path[i + 2] === "string") {
      return { state: path[i + 1] as string, field: path[i + 2] as string, rest: path.slice(i + 3) };
    }
  }
  return undefined;
}

/** Payloads are recorded parsed or as JSON text. */
function parsed(value: Json): Json {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as Json;
  } catch {
    return value;
  }
}

function at(value: Json, path: readonly (string | number)[]): Json | undefined {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    const record = current as Record<string | number, Json>;
    if (!Object.hasOwn(record, key)) return undefined;
    current = record[key];
  }
  return current;
}

/** A copy of `value` with the strings holding a fixture reference replaced (keys are left alone). */
function mapStrings(value: Json, path: (string | number)[], replace: (text: string, path: (string | number)[]) => string): Json {
  if (typeof value === "string") return value.includes("${sym:") ? replace(value, path) : value;
  if (Array.isArray(value)) return value.map((item, i) => mapStrings(item, [...path, i], replace));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, [...path, key], replace)]));
}
