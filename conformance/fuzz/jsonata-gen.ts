/**
 * JSONata-mode pieces within a safe subset: expressions over `$states.input`, variables,
 * `$states.result` / `$states.errorOutput` where the field may read them, literals, arithmetic,
 * string concatenation, a few built-in functions, arrays, objects and conditionals; boolean
 * conditions for Choice rules; and field values (`"{% … %}"` or templates holding them).
 * Functions whose value changes from run to run ($uuid, $random, $now, $millis) only when the scope
 * is not deterministic; expressions that must fail (undefined functions, type errors) only when
 * it allows invalid ones.
 */
import type { Json } from "../../runtime/core/json.ts";
import type { Choices } from "./choices.ts";
import { jsonObject, jsonValue } from "./json-values.ts";
import type { ExpressionScope } from "./scope.ts";

/** What `$states` holds in the field being written. */
export interface JsonataField {
  /** `$states.result` is readable (Output / Assign of Task, Map, Parallel). */
  result?: boolean;
  /** `$states.errorOutput` is readable (a Catcher's Output / Assign). */
  errorOutput?: boolean;
}

function atom(c: Choices, scope: ExpressionScope, field: JsonataField): string {
  if (c.chance(50)) {
    const likely = ["$states.input", "1", "'s'", "$states.input.a", "true", "[1, 2]", ...scope.variables.map((name) => `$${name}`)];
    if (field.result) likely.push("$states.result");
    if (field.errorOutput) likely.push("$states.errorOutput");
    return c.pick(likely);
  }
  const atoms = ["$states.input", "$states.input.a", "$states.input.b", "$states.input.d", "$states.input.e.x", "$states.input.c", "1", "2.5", "'s'", "true", "null", "[1, 2]", "$states.input.d[0]", "$states.input.missing"];
  for (const name of scope.variables) atoms.push(`$${name}`);
  if (field.result) atoms.push("$states.result", "$states.result[0]");
  if (field.errorOutput) atoms.push("$states.errorOutput", "$states.errorOutput.Error");
  if (scope.inMap) atoms.push("$states.context.Map.Item.Index", "$states.context.Map.Item.Value");
  if (!scope.deterministic) atoms.push("$uuid()", "$random()", "$now()", "$millis()", "$states.context.Execution.Name", "$states.context.State.Name");
  return c.pick(atoms);
}

/** A JSONata expression (the text between `{%` and `%}`). */
export function jsonataExpression(c: Choices, scope: ExpressionScope, field: JsonataField = {}, depth = 2): string {
  if (depth === 0 || c.chance(40)) return atom(c, scope, field);
  const e = () => jsonataExpression(c, scope, field, depth - 1);
  const forms: Array<() => string> = [
    () => `${e()} + ${e()}`,
    () => `$string(${e()})`,
    () => `$count(${e()})`,
    () => `$exists(${e()})`,
    () => `$type(${e()})`,
    () => `[${e()}, ${e()}]`,
    () => `{'k': ${e()}, 'j': ${e()}}`,
    () => `${e()} & ${e()}`,
    () => `$sum(${e()})`,
    () => `${e()} = ${e()}`,
    () => `(${jsonataCondition(c, scope, field, depth - 1)}) ? ${e()} : ${e()}`,
    () => `$keys(${e()})`,
    () => `$length($string(${e()}))`,
    () => `$append(${e()}, ${e()})`,
    () => `$number(${e()})`,
    () => `$uppercase($string(${e()}))`,
    () => `$map([1, 2], function($v) { $v * 2 })`,
    () => `$states.input.d[$ > 1]`,
    () => `$partition()`,
  ];
  if (scope.invalid && c.chance(15)) {
    return c.pick(["$nope(1)", "1 + 's'", "$states.input.", "{'a': }", "$$", "$", "$sum('x')", "$error('boom')"]);
  }
  return c.pick(forms)();
}

/** A Choice rule's Condition expression: usually boolean, sometimes not (an error at run time). */
export function jsonataCondition(c: Choices, scope: ExpressionScope, field: JsonataField = {}, depth = 1): string {
  const e = () => jsonataExpression(c, scope, field, depth);
  return c.pick<() => string>([
    () => "true",
    () => `${e()} = ${e()}`,
    () => `$exists(${e()})`,
    () => `$type(${e()}) = 'number'`,
    () => `$states.input.a > 1`,
    () => `${e()} != ${e()}`,
    () => `$exists($states.input.c) and $states.input.c = true`,
    () => `$states.input.b in ['a', 'b', '']`,
    () => "false",
    () => e(),
  ])();
}

/** A JSONata field value: one expression, or a template (object/array) with expressions inside. */
export function jsonataValue(c: Choices, scope: ExpressionScope, field: JsonataField = {}): Json {
  const roll = c.int(0, 9);
  if (roll < 5) return `{% ${jsonataExpression(c, scope, field)} %}`;
  if (roll < 8) {
    return jsonObject(Array.from({ length: c.int(1, 3) }, (_, i) => [`k${i}`, c.chance(60) ? `{% ${jsonataExpression(c, scope, field)} %}` : jsonValue(c, { depth: 1 })] as const));
  }
  if (roll < 9) return [jsonValue(c, { depth: 0 }), `{% ${jsonataExpression(c, scope, field)} %}`];
  return jsonValue(c, { depth: 1 });
}
