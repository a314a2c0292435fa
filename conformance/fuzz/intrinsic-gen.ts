/**
 * Intrinsic function calls (`States.Format('{} x', $.a)`, ...) for `.$` fields: every intrinsic of
 * the spec's Appendix B with arguments of the types it takes (literals, paths, variables, nested
 * calls) and, when the scope allows invalid ones, wrong types, wrong counts and unknown names.
 */
import type { Choices } from "./choices.ts";
import type { ExpressionScope } from "./scope.ts";

type ArgumentKind = "string" | "number" | "integer" | "boolean" | "array" | "object" | "json-text" | "any";

/** Quotes a string as an intrinsic literal ('…' with `\'`, `\{`, `\}` and `\\` escaped). */
export function intrinsicString(text: string): string {
  return `'${text.replace(/[\\'{}]/g, (ch) => `\\${ch}`)}'`;
}

const PATHS_BY_KIND: Record<ArgumentKind, readonly string[]> = {
  string: ["$.b", "$.e.x"],
  number: ["$.a", "$.d[0]"],
  integer: ["$.a", "$.d[0]", "$.d.length()"],
  boolean: ["$.c"],
  array: ["$.d", "$.e.y"],
  object: ["$.e", "$"],
  "json-text": ["$.b"],
  any: ["$", "$.a", "$.b", "$.e.x", "$.d"],
};

function literal(c: Choices, kind: ArgumentKind): string {
  switch (kind) {
    case "string":
      return intrinsicString(c.pick(["a", "", "x y", "é€", "it's", "{}", "a,b,c"]));
    case "json-text":
      return intrinsicString(c.pick(['{"k":1}', "[1,2]", "3", '"s"', "null", "{bad"]));
    case "number":
      return c.pick(["1", "2", "-1", "0", "1.5"]);
    case "integer":
      return c.pick(["1", "2", "0", "3", "-1"]);
    case "boolean":
      return c.pick(["true", "false"]);
    case "array":
    case "object":
      return c.pick(["$.d", "$.e"]);
    default:
      return c.pick(["1", "'a'", "true", "null"]);
  }
}

function argument(c: Choices, kind: ArgumentKind, scope: ExpressionScope, depth: number): string {
  const roll = c.int(0, 9);
  if (roll < 4) return literal(c, kind);
  if (roll < 7 || scope.variables.length === 0) return c.pick(PATHS_BY_KIND[kind]);
  if (roll < 9 && scope.variables.length > 0) return `$${c.pick(scope.variables)}`;
  if (depth > 0) return intrinsicCall(c, scope, depth - 1);
  return literal(c, kind);
}

/** One intrinsic call, as the value of a `.$` field. */
export function intrinsicCall(c: Choices, scope: ExpressionScope, depth = 1): string {
  const arg = (kind: ArgumentKind) => argument(c, kind, scope, depth);
  const calls: Array<() => string> = [
    () => {
      const holes = c.int(0, 2);
      const template = `'${["v", ...Array.from({ length: holes }, () => "{}")].join(" ")}'`;
      return `States.Format(${[template, ...Array.from({ length: holes }, () => arg("any"))].join(", ")})`;
    },
    () => `States.JsonToString(${c.pick(PATHS_BY_KIND.any)})`,
    () => `States.StringToJson(${arg("json-text")})`,
    () => `States.Array(${Array.from({ length: c.int(0, 3) }, () => arg("any")).join(", ")})`,
    () => `States.ArrayLength(${arg("array")})`,
    () => `States.ArrayContains(${arg("array")}, ${arg("any")})`,
    () => `States.ArrayGetItem(${arg("array")}, ${arg("integer")})`,
    () => `States.ArrayPartition(${arg("array")}, ${c.pick(["1", "2", "3"])})`,
    () => `States.ArrayRange(${arg("integer")}, ${arg("integer")}, ${c.pick(["1", "2", "-1"])})`,
    () => `States.ArrayUnique(${arg("array")})`,
    () => `States.MathAdd(${arg("integer")}, ${arg("integer")})`,
    () => `States.StringSplit(${arg("string")}, ${intrinsicString(c.pick([",", " ", "a"]))})`,
    () => `States.Base64Encode(${arg("string")})`,
    () => `States.Base64Decode(${intrinsicString(c.pick(["YQ==", "eCB5", "", "!!"]))})`,
    () => `States.Hash(${arg("string")}, ${intrinsicString(c.pick(["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"]))})`,
    () => `States.JsonMerge(${arg("object")}, ${arg("object")}, false)`,
    () => `States.MathRandom(${c.pick(["1", "0"])}, ${c.pick(["10", "100"])}, ${c.pick(["1", "42"])})`,
  ];
  if (!scope.deterministic) {
    calls.push(() => "States.UUID()", () => `States.MathRandom(1, ${c.pick(["10", "1000"])})`);
  }
  if (scope.invalid && c.chance(25)) return invalidCall(c, scope);
  return c.pick(calls)();
}

/** A call AWS rejects or fails: wrong types, wrong argument counts, unknown names, bad syntax. */
function invalidCall(c: Choices, scope: ExpressionScope): string {
  const any = () => argument(c, "any", scope, 0);
  return c.pick<() => string>([
    () => `States.MathAdd(${intrinsicString("a")}, 1)`,
    () => `States.ArrayLength(${any()})`,
    () => `States.ArrayGetItem($.d, 99)`,
    () => `States.ArrayRange(1, 1000000, 1)`,
    () => `States.Format(${intrinsicString("{} {}")}, 1)`,
    () => `States.Hash(${intrinsicString("a")}, ${intrinsicString("CRC")})`,
    () => `States.StringToJson(${intrinsicString("{bad")})`,
    () => "States.ArrayPartition($.d, 0)",
    () => "States.JsonMerge($.e, $.e, true)",
    () => "States.Nope(1)",
    () => "States.Format(",
    () => `States.Array(${Array.from({ length: 3 }, any).join(" ")})`,
    () => "States.UUID(1)",
    () => "States.MathAdd(1)",
    () => `States.Base64Decode(${intrinsicString("%%%")})`,
  ])();
}
