/**
 * Evaluating JSONata expressions and JSONata payload templates the way AWS Step Functions does,
 * with AWS's `States.QueryEvaluationError` causes (jsonata-and-variables.md §5, recorded):
 *   The JSONata expression '<expr>' specified for the field '<location>' returned nothing (undefined).
 *   ... returned an unexpected result type. Expected 'array', but was 'object' for value: {"foo":"bar"}
 *   ... returned an unsupported result type.
 *   ... threw an error during evaluation. T1006: Attempted to invoke a non-function
 * Causes here lack the "An error occurred while executing the state ..." prefix; the interpreter
 * adds it. `location` is what AWS puts in the EvaluationFailed event ("Output/result", "Items").
 */
import { StatesError, StatesErrorName } from "../core/errors.ts";
import { toJsonText, type Json, type JsonObject } from "../core/json.ts";
import type { PayloadTemplate } from "../definition/payload-template.ts";
import { compileJsonata, describeJsonataError, type CompiledJsonata } from "./compile.ts";
import { resolveLimits, type JsonataEnvironment } from "./environment.ts";
import { RUNTIME_BINDING } from "./functions.ts";
import { jsonTypeName, toJsonResult, type JsonataResult } from "./result.ts";
import { parseIsoOffsetDateTime } from "./timestamp.ts";

export class QueryEvaluationError extends StatesError {
  /** The field path AWS reports in the EvaluationFailed event; absent for whole-state problems. */
  readonly location: string | undefined;

  constructor(cause: string, location?: string) {
    super(StatesErrorName.QueryEvaluationError, cause);
    this.name = "QueryEvaluationError";
    this.location = location;
  }
}

/** Evaluates one expression (the text between `{%` and `%}`); nothing is an error, as on AWS. */
export async function evaluateJsonataExpression(expression: string, env: JsonataEnvironment, location: string): Promise<Json> {
  return requireValue(await evaluateRaw(expression, env, location), expression, location);
}

/**
 * Evaluates a JSONata-mode template: literals as they are, every `{% %}` string at any depth
 * replaced by its value. `field` is the top-level field name; nested object keys and array
 * indexes extend the location ("Output/result", "Items/1").
 */
export async function evaluateJsonataTemplate(template: PayloadTemplate, env: JsonataEnvironment, field: string): Promise<Json> {
  switch (template.kind) {
    case "literal":
      return template.value;
    case "jsonata":
      return evaluateJsonataExpression(template.expression, env, field);
    case "object": {
      const out: JsonObject = {};
      // In order, one at a time: $random/$uuid draws then follow the definition's order.
      for (const { key, value } of template.fields) {
        const item = await evaluateJsonataTemplate(value, env, `${field}/${key}`);
        Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case "array": {
      const out: Json[] = [];
      for (const [index, item] of template.items.entries()) out.push(await evaluateJsonataTemplate(item, env, `${field}/${index}`));
      return out;
    }
    case "path":
    case "intrinsic":
      throw new Error(`A JSONPath template (${template.kind}) reached the JSONata evaluator at '${field}'`);
  }
}

/** A field that must be an array (Map `Items`) [REC test_map_state_items_*]. */
export async function evaluateJsonataArray(template: PayloadTemplate, env: JsonataEnvironment, field: string): Promise<Json[]> {
  return (await evaluateTyped(template, env, field, "array", Array.isArray)) as Json[];
}

/** A Choice rule's `Condition`. */
export async function evaluateJsonataBoolean(template: PayloadTemplate, env: JsonataEnvironment, field: string): Promise<boolean> {
  return (await evaluateTyped(template, env, field, "boolean", (v) => typeof v === "boolean")) as boolean;
}

/**
 * Whole-number fields: Seconds, TimeoutSeconds, HeartbeatSeconds, MaxConcurrency,
 * ToleratedFailureCount, MaxItems, ... Range checks are the caller's (their messages are per field).
 */
export async function evaluateJsonataInteger(template: PayloadTemplate, env: JsonataEnvironment, field: string): Promise<number> {
  return (await evaluateTyped(template, env, field, "integer", Number.isInteger)) as number;
}

/** Number fields that may be fractional (ToleratedFailurePercentage). */
export async function evaluateJsonataNumber(template: PayloadTemplate, env: JsonataEnvironment, field: string): Promise<number> {
  return (await evaluateTyped(template, env, field, "number", (v) => typeof v === "number")) as number;
}

/** String fields: a Fail state's Error and Cause, a Wait state's Timestamp. */
export async function evaluateJsonataString(template: PayloadTemplate, env: JsonataEnvironment, field: string): Promise<string> {
  return (await evaluateTyped(template, env, field, "string", (v) => typeof v === "string")) as string;
}

/**
 * A Wait state's Timestamp: a string in ISO-8601 extended offset date-time format, as epoch
 * milliseconds [REC test_wait_timestamp_jsonata: "The Timestamp field cannot be parsed as an
 * ISO-8601 extended offset date-time format string: 2016-12-05T21:29:29", location "Timestamp"].
 */
export async function evaluateJsonataTimestamp(
  template: PayloadTemplate,
  env: JsonataEnvironment,
  field = "Timestamp",
): Promise<{ text: string; epochMillis: number }> {
  const text = await evaluateJsonataString(template, env, field);
  const epochMillis = parseIsoOffsetDateTime(text);
  if (epochMillis === undefined) {
    throw new QueryEvaluationError(`The ${field} field cannot be parsed as an ISO-8601 extended offset date-time format string: ${text}`, field);
  }
  return { text, epochMillis };
}

type TypeName = "array" | "boolean" | "integer" | "number" | "string";

async function evaluateTyped(
  template: PayloadTemplate,
  env: JsonataEnvironment,
  field: string,
  expected: TypeName,
  accepts: (value: Json) => boolean,
): Promise<Json> {
  if (template.kind === "jsonata") {
    const value = requireValue(await evaluateRaw(template.expression, env, field), template.expression, field);
    if (!accepts(value)) {
      throw new QueryEvaluationError(
        `${subject(template.expression, field)} returned an unexpected result type. ${typeMismatch(expected, value)}`,
        field,
      );
    }
    return value;
  }
  const value = await evaluateJsonataTemplate(template, env, field);
  if (!accepts(value)) {
    // Definition validation normally rejects these; worded like the expression case (unrecorded).
    throw new QueryEvaluationError(`The value of the field '${field}' has an unexpected type. ${typeMismatch(expected, value)}`, field);
  }
  return value;
}

function typeMismatch(expected: TypeName, value: Json): string {
  return `Expected '${expected}', but was '${jsonTypeName(value)}' for value: ${toJsonText(value)}`;
}

/** "The JSONata expression '<expr>' specified for the field '<location>'" (expr trimmed). */
function subject(expression: string, location: string): string {
  return `The JSONata expression '${expression.trim()}' specified for the field '${location}'`;
}

function requireValue(result: JsonataResult, expression: string, location: string): Json {
  switch (result.kind) {
    case "value":
      return result.value;
    case "nothing":
      throw new QueryEvaluationError(`${subject(expression, location)} returned nothing (undefined).`, location);
    case "unsupported":
      throw new QueryEvaluationError(`${subject(expression, location)} returned an unsupported result type.`, location);
    case "non-finite":
      // jsonata's own code for numbers JSON cannot represent (unrecorded for this case).
      throw new QueryEvaluationError(
        `${subject(expression, location)} threw an error during evaluation. D1001: Number out of range: ${result.value}`,
        location,
      );
  }
}

/** Compiles and runs an expression; jsonata errors become "threw an error during evaluation." */
async function evaluateRaw(expression: string, env: JsonataEnvironment, location: string): Promise<JsonataResult> {
  let raw: unknown;
  try {
    const compiled: CompiledJsonata = compileJsonata(expression, resolveLimits(env.limits));
    raw = await compiled.evaluate(undefined, bindingsFor(env));
  } catch (error) {
    throw new QueryEvaluationError(`${subject(expression, location)} threw an error during evaluation. ${describeJsonataError(error)}`, location);
  }
  return toJsonResult(raw);
}

/**
 * Variables as `$name`, `$states` last so no variable can shadow it, and the environment itself
 * under a name expressions cannot spell (for $random/$uuid). There is no input document: `$` and
 * bare field names at the top level evaluate to nothing (spec "JSONata Restrictions").
 */
function bindingsFor(env: JsonataEnvironment): Record<string, unknown> {
  const states: Record<string, Json> = { input: env.states.input, context: env.states.context };
  if (env.states.result !== undefined) states.result = env.states.result;
  if (env.states.errorOutput !== undefined) states.errorOutput = env.states.errorOutput;
  return { ...env.variables, states, [RUNTIME_BINDING]: env };
}
