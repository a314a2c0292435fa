/**
 * A small JSON Schema (draft 2020-12) validator for the subset the case schema uses, so the suite
 * needs no validator dependency. Supported keywords: `$ref` (local `#/...` pointers), `$defs`,
 * `type`, `enum`, `const`, `required`, `properties`, `additionalProperties`, `propertyNames`
 * (pattern only), `items`, `minItems`, `uniqueItems`, `minLength`, `pattern`, `anyOf`, `oneOf`,
 * `allOf`, `if`/`then`/`else`, `not`. Unknown keywords are rejected so the schema cannot silently
 * rely on something this validator ignores (annotations like `title`/`description` are allowed).
 */
import { childPath } from "./compare-json.ts";

export interface SchemaError {
  path: string;
  message: string;
}

type Schema = boolean | Record<string, unknown>;

const ANNOTATIONS = new Set(["$schema", "$id", "$comment", "$defs", "title", "description", "examples", "default"]);
const KEYWORDS = new Set([
  "$ref", "type", "enum", "const", "required", "properties", "additionalProperties", "propertyNames", "items",
  "minItems", "uniqueItems", "minLength", "pattern", "anyOf", "oneOf", "allOf", "if", "then", "else", "not",
]);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeMatches(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

function resolve(root: Record<string, unknown>, ref: string): Schema {
  if (!ref.startsWith("#")) throw new Error(`unsupported $ref ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(1).split("/").filter(Boolean)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = (node as Record<string, unknown>)[key];
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  }
  return node as Schema;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b) && typeOf(a) === typeOf(b);
}

/** Validates `value` against `schema`; returns [] when valid. Throws on unsupported keywords. */
export function validateSchema(schema: Record<string, unknown>, value: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  check(schema, schema, value, "$", errors);
  return errors;
}

function check(root: Record<string, unknown>, schema: Schema, value: unknown, path: string, errors: SchemaError[]): void {
  if (schema === true) return;
  if (schema === false) {
    errors.push({ path, message: "no value is allowed here" });
    return;
  }
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`schema keyword not supported: ${key}`);
  }
  const s = schema as Record<string, any>;
  if (s.$ref !== undefined) check(root, resolve(root, s.$ref), value, path, errors);
  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => typeMatches(value, t))) {
      errors.push({ path, message: `expected ${types.join(" or ")}, got ${typeOf(value)}` });
      return;
    }
  }
  if (s.enum !== undefined && !(s.enum as unknown[]).some((e) => same(e, value))) {
    errors.push({ path, message: `must be one of ${JSON.stringify(s.enum)}` });
  }
  if (s.const !== undefined && !same(s.const, value)) errors.push({ path, message: `must be ${JSON.stringify(s.const)}` });
  if (typeof value === "string") {
    if (s.minLength !== undefined && value.length < s.minLength) errors.push({ path, message: `must have at least ${s.minLength} characters` });
    if (s.pattern !== undefined && !new RegExp(s.pattern, "u").test(value)) errors.push({ path, message: `must match /${s.pattern}/` });
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) errors.push({ path, message: `must have at least ${s.minItems} items` });
    if (s.uniqueItems === true) {
      const seen = new Set<string>();
      value.forEach((item, i) => {
        const key = JSON.stringify(item);
        if (seen.has(key)) errors.push({ path: childPath(path, i), message: "duplicate item" });
        seen.add(key);
      });
    }
    if (s.items !== undefined) value.forEach((item, i) => check(root, s.items, item, childPath(path, i), errors));
  }
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    for (const key of (s.required as string[] | undefined) ?? []) {
      if (!Object.hasOwn(object, key)) errors.push({ path, message: `missing required member "${key}"` });
    }
    const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, item] of Object.entries(object)) {
      const child = childPath(path, key);
      if (s.propertyNames?.pattern !== undefined && !new RegExp(s.propertyNames.pattern, "u").test(key)) {
        errors.push({ path: child, message: `member name must match /${s.propertyNames.pattern}/` });
      }
      if (Object.hasOwn(properties, key)) check(root, properties[key]!, item, child, errors);
      else if (s.additionalProperties !== undefined) {
        if (s.additionalProperties === false) errors.push({ path: child, message: "unknown member" });
        else check(root, s.additionalProperties, item, child, errors);
      }
    }
  }
  for (const sub of (s.allOf as Schema[] | undefined) ?? []) check(root, sub, value, path, errors);
  if (s.anyOf !== undefined) {
    const results = (s.anyOf as Schema[]).map((sub) => collect(root, sub, value, path));
    if (!results.some((r) => r.length === 0)) errors.push({ path, message: `must match one of the alternatives (${bestHint(results)})` });
  }
  if (s.oneOf !== undefined) {
    const results = (s.oneOf as Schema[]).map((sub) => collect(root, sub, value, path));
    const passing = results.filter((r) => r.length === 0).length;
    if (passing !== 1) errors.push({ path, message: passing === 0 ? `must match exactly one alternative (${bestHint(results)})` : "matches more than one alternative" });
  }
  if (s.not !== undefined && collect(root, s.not, value, path).length === 0) errors.push({ path, message: "must not match the excluded schema" });
  if (s.if !== undefined) {
    const branch = collect(root, s.if, value, path).length === 0 ? s.then : s.else;
    if (branch !== undefined) check(root, branch, value, path, errors);
  }
}

function collect(root: Record<string, unknown>, schema: Schema, value: unknown, path: string): SchemaError[] {
  const errors: SchemaError[] = [];
  check(root, schema, value, path, errors);
  return errors;
}

/** The errors of the alternative that came closest, to make anyOf/oneOf failures readable. */
function bestHint(results: SchemaError[][]): string {
  const best = [...results].sort((a, b) => a.length - b.length)[0] ?? [];
  return best.map((e) => `${e.path}: ${e.message}`).slice(0, 3).join("; ");
}
