import { StatesError } from "../core/errors.ts";
import type { Json, JsonObject } from "../core/json.ts";
import type { PayloadTemplate } from "../definition/payload-template.ts";
import { evaluateIntrinsic } from "../intrinsics/evaluate.ts";
import { applyResultPath, tryEvaluatePath } from "../jsonpath/index.ts";
import type { Entropy } from "./ports.ts";
import type { VariableScope } from "./variables.ts";

/**
 * JSONPath-mode input and output processing: resolving `$`, `$$` and `$variable` references,
 * payload templates (Parameters, ResultSelector, ItemSelector, Assign), InputPath, ResultPath and
 * OutputPath, with AWS's failure texts. Failures are States.Runtime unless AWS names another error;
 * the state runner adds the "An error occurred while executing the state ..." prefix.
 */
export interface PathEnvironment {
  input: Json;
  context: () => Json;
  scope: VariableScope;
  entropy: Entropy;
}

type Resolution = { found: true; value: Json } | { found: false; root: Json; message: string };

const VARIABLE_REFERENCE = /^\$([A-Za-z_][A-Za-z0-9_]*)(.*)$/s;

/** Resolves a reference: `$...` on the input, `$$...` on the context object, `$name...` on a variable. */
export function resolveReference(path: string, env: PathEnvironment): Resolution {
  if (path.startsWith("$$")) return resolveOn(env.context(), "$" + path.slice(2));
  if (path === "$" || path.startsWith("$.") || path.startsWith("$[")) return resolveOn(env.input, path);
  const variable = VARIABLE_REFERENCE.exec(path);
  if (variable) {
    const found = env.scope.lookup(variable[1]!);
    if (!found.found) return { found: false, root: null, message: `The variable '${variable[1]}' is not defined` };
    return resolveOn(found.value, "$" + variable[2]!);
  }
  return resolveOn(env.input, path);
}

function resolveOn(root: Json, path: string): Resolution {
  const result = tryEvaluatePath(root, path);
  return result.found ? { found: true, value: result.value } : { found: false, root, message: result.error.message };
}

/** The value at `path` for a `...Path` field or InputPath/OutputPath; AWS's "Invalid path" text when missing. */
export function selectPath(path: string, env: PathEnvironment): Json {
  const result = resolveReference(path, env);
  if (!result.found) throw new StatesError("States.Runtime", `Invalid path '${path}' : ${result.message}`);
  return result.value;
}

/** InputPath / OutputPath: null means `{}`, otherwise a path selection. */
export function applyInputOrOutputPath(path: string | null, env: PathEnvironment): Json {
  if (path === null) return {};
  if (path === "$") return env.input;
  return selectPath(path, env);
}

export { applyResultPath };

/** Evaluates a compiled JSONPath-mode payload template against the environment. */
export async function evaluateTemplate(template: PayloadTemplate, env: PathEnvironment, fieldKey = ""): Promise<Json> {
  switch (template.kind) {
    case "literal":
      return template.value;
    case "array": {
      const items: Json[] = [];
      for (const item of template.items) items.push(await evaluateTemplate(item, env, fieldKey));
      return items;
    }
    case "object": {
      const out: JsonObject = {};
      for (const field of template.fields) {
        const value = await evaluateTemplate(field.value, env, field.sourceKey);
        Object.defineProperty(out, field.key, { value, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case "path":
      return resolveTemplatePath(template.path, fieldKey, env);
    case "intrinsic":
      return await evaluateIntrinsic(template.call, {
        resolvePath: (path: string) => resolveTemplatePath(path, fieldKey, env),
        random: () => env.entropy.random(),
        uuid: () => env.entropy.uuid(),
      });
    case "jsonata":
      throw new StatesError("States.Runtime", "JSONata expressions are not allowed in a JSONPath state");
  }
}

function resolveTemplatePath(path: string, sourceKey: string, env: PathEnvironment): Json {
  const result = resolveReference(path, env);
  if (!result.found) {
    throw new StatesError(
      "States.Runtime",
      `The JSONPath '${path}' specified for the field '${sourceKey}' could not be found in the input '${JSON.stringify(result.root)}'`,
    );
  }
  return result.value;
}
