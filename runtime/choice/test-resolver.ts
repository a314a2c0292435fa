/**
 * Test helper: a trivial ChoiceEnvironment for simple paths only (`$`, `$.a.b`, `$.a[0]`, `$$.x` on a
 * context object, `$name.x` on variables). The real interpreter resolves full JSONPath.
 */
import type { Json } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import type { ChoiceEnvironment } from "./types.ts";

const SEGMENT = /^(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\])/;

export function simpleEnvironment(input: Json, variables: Record<string, Json> = {}, context: Json = {}): ChoiceEnvironment {
  return {
    resolve(path) {
      let root: Json;
      let rest: string;
      if (path.startsWith("$$")) {
        root = context;
        rest = path.slice(2);
      } else {
        const name = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(path);
        if (name === null) {
          root = input;
          rest = path.slice(1);
        } else {
          if (!Object.hasOwn(variables, name[1]!)) return { found: false };
          root = variables[name[1]!]!;
          rest = path.slice(name[0].length);
        }
      }
      return walk(root, rest);
    },
  };
}

function walk(value: Json, rest: string): { found: true; value: unknown } | { found: false } {
  let current = value;
  while (rest.length > 0) {
    const m = SEGMENT.exec(rest);
    if (m === null) throw new Error(`test resolver: unsupported path syntax '${rest}'`);
    rest = rest.slice(m[0].length);
    if (m[1] !== undefined) {
      if (!isJsonObject(current) || !Object.hasOwn(current, m[1])) return { found: false };
      current = current[m[1]]!;
    } else {
      const index = Number(m[2]);
      if (!Array.isArray(current) || index >= current.length) return { found: false };
      current = current[index]!;
    }
  }
  return { found: true, value: current };
}
