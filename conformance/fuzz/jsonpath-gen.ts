/**
 * JSONPath-mode pieces: reference paths (InputPath, ItemsPath, `.$` values, Choice variables),
 * ResultPath / OutputPath values, and payload templates (Parameters, ItemSelector, ResultSelector,
 * JSONPath Assign) whose `.$` members hold paths, context paths, variables or intrinsic calls.
 */
import type { Json } from "../../runtime/core/json.ts";
import type { Choices } from "./choices.ts";
import { intrinsicCall } from "./intrinsic-gen.ts";
import { jsonObject, jsonValue } from "./json-values.ts";
import type { ExpressionScope } from "./scope.ts";

/** Paths into the shaped execution input (json-values.ts), the likely ones first. */
const INPUT_PATHS = ["$", "$.a", "$.b", "$.d", "$.e", "$.e.x", "$.c", "$.d[0]", "$.d[1]", "$['a']", "$.e.y[0]", "$.missing", "$.d[*]", "$.d[0:2]", "$.d[-1:]", "$.d.length()", "$..x", "$.d[?(@ > 1)]", "$.e['x']"];
const INVALID_PATHS = ["$.", "$[", "a.b", "$.d[?(@.x ==)]", "$$$", "$.a..", "$.d[abc]", "@.a"];

/** A Path a field reads from (the state input, a variable, the context object). */
export function referencePath(c: Choices, scope: ExpressionScope): string {
  const roll = c.int(0, 19);
  if (roll < 14) return c.pick(c.chance(60) ? INPUT_PATHS.slice(0, 5) : INPUT_PATHS);
  if (roll < 17 && scope.variables.length > 0) {
    const name = c.pick(scope.variables);
    return c.pick([`$${name}`, `$${name}.x`, `$${name}[0]`]);
  }
  if (roll < 19) {
    // A context path that finds nothing fails with the whole context object in the cause (times,
    // the execution input): deterministic scopes use only the ones that exist where they are used.
    const context = scope.inMap ? ["$$.Map.Item.Value", "$$.Map.Item.Index"] : [];
    if (!scope.deterministic) context.push("$$.State.RetryCount", "$$.Execution.Input", "$$.StateMachine.Name", "$$.Execution.Name", "$$.State.EnteredTime", "$$.State.Name", "$$.Execution.StartTime", "$$.Execution.Id");
    if (context.length > 0) return c.pick(context);
  }
  return scope.invalid ? c.pick(INVALID_PATHS) : "$";
}

/** ResultPath: where the result goes (null discards it). */
export function resultPath(c: Choices, scope: ExpressionScope): string | null {
  const options: Array<string | null> = ["$", "$.r", "$.e.r", null, "$.a.r", "$.d[0]", "$.r.s"];
  if (scope.invalid) options.push("$$.x", "$.d[*]", "$r");
  return c.pick(options);
}

/** OutputPath / InputPath: a reference path, or null (an empty object). */
export function filterPath(c: Choices, scope: ExpressionScope): string | null {
  return c.chance(10) ? null : referencePath(c, scope);
}

/** A `.$` member's value: a path or an intrinsic call. */
function dynamicValue(c: Choices, scope: ExpressionScope): string {
  return c.chance(35) ? intrinsicCall(c, scope) : referencePath(c, scope);
}

/** A payload template (Parameters, ItemSelector, ResultSelector, a Catcher-free Assign value). */
export function payloadTemplate(c: Choices, scope: ExpressionScope, depth = 1): Json {
  const size = c.int(1, 3);
  const entries: Array<[string, Json]> = [];
  for (let i = 0; i < size; i++) {
    const key = `k${i}`;
    const roll = c.int(0, 9);
    if (roll < 4) entries.push([`${key}.$`, dynamicValue(c, scope)]);
    else if (roll < 8 || depth === 0) entries.push([key, jsonValue(c, { depth: 1 })]);
    else entries.push([key, payloadTemplate(c, scope, depth - 1)]);
  }
  if (scope.invalid && c.chance(10)) entries.push([c.pick(["bad.$", "n.$"]), c.pick<Json>([1, "not a path", null])]);
  return jsonObject(entries);
}

/** A JSONPath `Assign`: variables of this scope, each a literal or a `.$` path / intrinsic. */
export function jsonPathAssign(c: Choices, names: readonly string[], scope: ExpressionScope): Json {
  return jsonObject(
    names.map((name) => (c.chance(50) ? ([`${name}.$`, dynamicValue(c, scope)] as const) : ([name, c.chance(80) ? jsonValue(c, { depth: 1 }) : payloadTemplate(c, scope, 0)] as const))),
  );
}
