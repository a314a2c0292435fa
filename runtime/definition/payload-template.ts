import type { Json } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import { looksLikeIntrinsic, parseIntrinsic, type IntrinsicCall } from "../intrinsics/parse.ts";
import { isValidPath } from "../jsonpath/index.ts";
import { checkJsonataSyntax } from "../jsonata/compile.ts";
import type { ProblemCollector } from "./problems.ts";
import type { QueryLanguage } from "./types.ts";

/**
 * A payload template compiled once at definition time (Parameters, ResultSelector, ItemSelector,
 * Assign in JSONPath; Arguments, Output, Assign in JSONata). Evaluating it walks this tree;
 * nothing is re-parsed per execution.
 */
export type PayloadTemplate =
  | { kind: "literal"; value: Json }
  | { kind: "object"; fields: TemplateField[] }
  | { kind: "array"; items: PayloadTemplate[] }
  /** JSONPath `"key.$": "$.x"` (input), `"$$.x"` (context object), `"$var.x"` (a variable). */
  | { kind: "path"; path: string }
  | { kind: "intrinsic"; call: IntrinsicCall; source: string }
  /** JSONata `"{% expression %}"`. */
  | { kind: "jsonata"; expression: string };

export interface TemplateField {
  /** The output key (with a trailing `.$` removed). */
  key: string;
  /** The key as written in the definition (for error messages: `'value.$'`). */
  sourceKey: string;
  value: PayloadTemplate;
}

const JSONATA_EXPRESSION = /^\{%([\s\S]*)%\}$/;

/** The inner expression of a `{% ... %}` string, or undefined when the string is not one. */
export function jsonataExpressionOf(text: string): string | undefined {
  const match = JSONATA_EXPRESSION.exec(text);
  return match ? match[1] : undefined;
}

/** True when a template contains no dynamic part, so its value can be used as is. */
export function isStaticTemplate(template: PayloadTemplate): boolean {
  return template.kind === "literal";
}

/**
 * Compiles a template. In JSONPath mode, keys ending in `.$` take a path or an intrinsic call;
 * in JSONata mode, any string of the form `{% ... %}` is an expression. Problems are reported with
 * the field's location, the way AWS reports them (at the template's own field, e.g.
 * `/States/S/Parameters`).
 */
export function compileTemplate(
  raw: Json,
  queryLanguage: QueryLanguage,
  location: string,
  problems: ProblemCollector,
): PayloadTemplate {
  return queryLanguage === "JSONata" ? compileJsonata(raw, location, problems) : compileJsonPath(raw, location, problems);
}

function compileJsonata(raw: Json, location: string, problems: ProblemCollector): PayloadTemplate {
  if (typeof raw === "string") {
    const expression = jsonataExpressionOf(raw);
    if (expression === undefined) return { kind: "literal", value: raw };
    const syntaxError = checkJsonataSyntax(expression);
    if (syntaxError !== undefined) problems.schema(`The JSONata expression '${expression.trim()}' is invalid: ${syntaxError}`, location);
    return { kind: "jsonata", expression };
  }
  if (Array.isArray(raw)) {
    const items = raw.map((item) => compileJsonata(item, location, problems));
    return items.every(isStaticTemplate) ? { kind: "literal", value: raw } : { kind: "array", items };
  }
  if (isJsonObject(raw)) {
    const fields = Object.entries(raw).map(([key, value]) => ({ key, sourceKey: key, value: compileJsonata(value, location, problems) }));
    return fields.every((f) => isStaticTemplate(f.value)) ? { kind: "literal", value: raw } : { kind: "object", fields };
  }
  return { kind: "literal", value: raw };
}

function compileJsonPath(raw: Json, location: string, problems: ProblemCollector): PayloadTemplate {
  if (Array.isArray(raw)) {
    const items = raw.map((item) => compileJsonPath(item, location, problems));
    return items.every(isStaticTemplate) ? { kind: "literal", value: raw } : { kind: "array", items };
  }
  if (!isJsonObject(raw)) return { kind: "literal", value: raw };
  const fields: TemplateField[] = [];
  for (const [sourceKey, value] of Object.entries(raw)) {
    if (sourceKey.endsWith(".$")) {
      const key = sourceKey.slice(0, -2);
      const dynamic = compileDynamicField(sourceKey, value, location, problems);
      fields.push({ key, sourceKey, value: dynamic });
    } else {
      fields.push({ key: sourceKey, sourceKey, value: compileJsonPath(value, location, problems) });
    }
  }
  return fields.every((f) => isStaticTemplate(f.value)) ? { kind: "literal", value: raw } : { kind: "object", fields };
}

/** A path reference as a `.$` field may hold: `$...`, `$$...` or `$variable...`. */
export function isValidPathReference(text: string): boolean {
  if (text.startsWith("$$")) return isValidPath(text.slice(1));
  if (text === "$" || text.startsWith("$.") || text.startsWith("$[")) return isValidPath(text);
  const variable = /^\$([A-Za-z_][A-Za-z0-9_]*)(.*)$/s.exec(text);
  if (!variable) return false;
  const rest = variable[2]!;
  return rest === "" || isValidPath("$" + rest);
}

function compileDynamicField(sourceKey: string, value: Json, location: string, problems: ProblemCollector): PayloadTemplate {
  const invalid = () => {
    problems.schema(`The value for the field '${sourceKey}' must be a valid JSONPath or a valid intrinsic function call`, location);
    return { kind: "literal", value: null } as const;
  };
  if (typeof value !== "string") return invalid();
  if (looksLikeIntrinsic(value)) {
    try {
      return { kind: "intrinsic", call: parseIntrinsic(value), source: value };
    } catch {
      return invalid();
    }
  }
  return isValidPathReference(value) ? { kind: "path", path: value } : invalid();
}
