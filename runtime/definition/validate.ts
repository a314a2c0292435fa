import type { Json } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import { parseDefinition } from "./parse-definition.ts";
import type { DefinitionProblem, DiagnosticSeverity } from "./problems.ts";

/**
 * ValidateStateMachineDefinition semantics: every problem as a diagnostic, plus WARNING-level
 * static analysis (NO_DOLLAR, NO_PATH, PASS_RESULT_IS_STATIC, as documented in the API model).
 * `result` is FAIL when there is any ERROR (warnings alone never fail); `severity` is the minimum
 * severity returned; `maxResults` (0 or absent = 100) truncates the list.
 */
export interface ValidateDefinitionInput {
  definition: string;
  type?: "STANDARD" | "EXPRESS";
  severity?: DiagnosticSeverity;
  maxResults?: number;
}

export interface ValidateDefinitionOutput {
  result: "OK" | "FAIL";
  diagnostics: DefinitionProblem[];
  truncated: boolean;
}

const DEFAULT_MAX_RESULTS = 100;

export function validateStateMachineDefinition(input: ValidateDefinitionInput): ValidateDefinitionOutput {
  const parsed = parseDefinition(input.definition, { type: input.type ?? "STANDARD" });
  const errors = parsed.ok ? [] : parsed.problems;
  const warnings = parsed.ok || errors.every((p) => p.code !== "INVALID_JSON_DESCRIPTION") ? lintWarnings(input.definition) : [];
  const wanted = input.severity === "WARNING" ? [...errors, ...warnings] : errors;
  const limit = input.maxResults && input.maxResults > 0 ? input.maxResults : DEFAULT_MAX_RESULTS;
  return {
    result: errors.length > 0 ? "FAIL" : "OK",
    diagnostics: wanted.slice(0, limit),
    truncated: wanted.length > limit,
  };
}

const LOOKS_LIKE_PATH = /^\$\$?(\.|\[|$)/;
const LOOKS_LIKE_INTRINSIC = /^States\.[A-Za-z]+\(/;

/** Static analysis of the raw definition, for WARNING diagnostics. */
function lintWarnings(text: string): DefinitionProblem[] {
  let raw: Json;
  try {
    raw = JSON.parse(text) as Json;
  } catch {
    return [];
  }
  const warnings: DefinitionProblem[] = [];
  const warn = (code: string, message: string, location: string) => warnings.push({ severity: "WARNING", code, message, location });
  const walkStates = (states: Json | undefined, prefix: string, inheritedJsonata: boolean) => {
    if (!isJsonObject(states)) return;
    for (const [name, state] of Object.entries(states)) {
      if (!isJsonObject(state)) continue;
      const at = `${prefix}/States/${name}`;
      const jsonata = state["QueryLanguage"] === "JSONata" || (inheritedJsonata && state["QueryLanguage"] !== "JSONPath");
      if (!jsonata) {
        for (const field of ["Parameters", "ResultSelector", "ItemSelector", "Assign"]) {
          checkNoDollar(state[field], `${at}/${field}`, warn);
        }
        for (const field of ["Error", "Cause"]) {
          const value = state[field];
          if (typeof value === "string" && (LOOKS_LIKE_PATH.test(value) || LOOKS_LIKE_INTRINSIC.test(value))) {
            warn("NO_PATH", `The value of the field '${field}' looks like a path; use '${field}Path' to read it from the input`, `${at}/${field}`);
          }
        }
        if (state["Type"] === "Pass" && state["Result"] !== undefined && containsDynamicLookingValue(state["Result"])) {
          warn("PASS_RESULT_IS_STATIC", "The Result of a Pass state is static: paths and '.$' fields in it are not evaluated; use Parameters", `${at}/Result`);
        }
      }
      const branches = state["Branches"];
      if (Array.isArray(branches)) branches.forEach((b, i) => isJsonObject(b) && walkStates(b["States"], `${at}/Branches[${i}]`, jsonata));
      for (const field of ["ItemProcessor", "Iterator"]) {
        const processor = state[field];
        if (isJsonObject(processor)) walkStates(processor["States"], `${at}/${field}`, jsonata);
      }
    }
  };
  if (isJsonObject(raw)) walkStates(raw["States"], "", raw["QueryLanguage"] === "JSONata");
  return warnings;
}

function checkNoDollar(template: Json | undefined, location: string, warn: (code: string, message: string, location: string) => void): void {
  if (Array.isArray(template)) template.forEach((item) => checkNoDollar(item, location, warn));
  if (!isJsonObject(template)) return;
  for (const [key, value] of Object.entries(template)) {
    if (!key.endsWith(".$") && typeof value === "string" && (LOOKS_LIKE_PATH.test(value) || LOOKS_LIKE_INTRINSIC.test(value))) {
      warn("NO_DOLLAR", `The field '${key}' holds '${value}', which looks like a JSONPath or intrinsic function, but its name does not end with '.$': it is passed on as a literal string`, location);
    }
    if (typeof value === "object" && value !== null) checkNoDollar(value, location, warn);
  }
}

function containsDynamicLookingValue(value: Json): boolean {
  if (typeof value === "string") return LOOKS_LIKE_PATH.test(value) || LOOKS_LIKE_INTRINSIC.test(value);
  if (Array.isArray(value)) return value.some(containsDynamicLookingValue);
  if (isJsonObject(value)) return Object.entries(value).some(([k, v]) => k.endsWith(".$") || containsDynamicLookingValue(v));
  return false;
}
