/**
 * Test helpers (not used by the runtime): a tiny path resolver over an input document, a context
 * object and variables, plus a one-call "parse and evaluate" helper.
 */
import type { Json } from "../core/json.ts";
import { StatesError } from "../core/errors.ts";
import { evaluateIntrinsic } from "./evaluate.ts";
import type { IntrinsicEnvironment } from "./environment.ts";
import { parseIntrinsic } from "./parse.ts";

export interface TestScope {
  input?: Json;
  context?: Json;
  variables?: Record<string, Json>;
  random?: () => number;
  uuid?: () => string;
}

/** Resolves `$`, `$.a.b[0]`, `$$.X.Y` and `$name.a` — enough for the tests' simple paths. */
export function resolveSimplePath(path: string, scope: TestScope): Json {
  let rest: string;
  let value: Json | undefined;
  if (path.startsWith("$$")) {
    value = scope.context ?? {};
    rest = path.slice(2);
  } else {
    const variable = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(path);
    if (variable !== null) {
      value = scope.variables?.[variable[1]!];
      rest = path.slice(variable[0].length);
    } else {
      value = scope.input ?? {};
      rest = path.slice(1);
    }
  }
  const steps = rest.match(/\.[^.[\]]+|\[\d+\]/g) ?? [];
  if (steps.join("") !== rest) throw new Error(`unsupported test path ${path}`);
  for (const step of steps) {
    if (value === undefined) break;
    if (step.startsWith("[")) {
      value = Array.isArray(value) ? value[Number(step.slice(1, -1))] : undefined;
    } else {
      const key = step.slice(1);
      value =
        value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, key)
          ? value[key]
          : undefined;
    }
  }
  if (value === undefined) throw new StatesError("States.Runtime", `The JSONPath '${path}' could not be found`);
  return value;
}

export function testEnvironment(scope: TestScope = {}): IntrinsicEnvironment {
  return {
    resolvePath: (path) => resolveSimplePath(path, scope),
    random: scope.random ?? (() => 0.5),
    uuid: scope.uuid ?? (() => "ca4c1140-dcc1-40cd-ad05-7b4aa23df4a8"),
  };
}

/** Parses and evaluates `text` against the scope. */
export function run(text: string, scope: TestScope = {}): Promise<Json> {
  return evaluateIntrinsic(parseIntrinsic(text), testEnvironment(scope));
}
