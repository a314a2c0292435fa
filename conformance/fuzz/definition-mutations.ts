/**
 * Ill-formed definitions: a generated valid definition with one to three mutations, returned as
 * JSON text (so that own `__proto__` members, numbers beyond double range and lone surrogates
 * survive): a member removed, a value of the wrong type, an unknown field, a transition to a state
 * that does not exist, a `__proto__` member, a huge or odd-unicode string, deep nesting, odd
 * numbers, odd state names, an unknown state type.
 */
import type { Json, JsonObject } from "../../runtime/core/json.ts";
import { type Choices, generated } from "./choices.ts";
import { jsonObject } from "./json-values.ts";
import { DEFAULT_MACHINE_OPTIONS, generateExecution, type GeneratedExecution } from "./state-machine-gen.ts";
import type fc from "fast-check";

/** A place in the definition: a member of an object or an element of an array. */
interface Slot {
  parent: JsonObject | Json[];
  key: string | number;
}

function slots(root: Json): Slot[] {
  const found: Slot[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        found.push({ parent: node, key: i });
        walk(child);
      });
    } else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        found.push({ parent: node, key });
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}

function objects(root: Json): JsonObject[] {
  const found: JsonObject[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      found.push(node);
      Object.values(node).forEach(walk);
    }
  };
  walk(root);
  return found;
}

function set(slot: Slot, value: Json): void {
  if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
  else Object.defineProperty(slot.parent, slot.key as string, { value, enumerable: true, writable: true, configurable: true });
}

function remove(slot: Slot): void {
  if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
  else delete slot.parent[slot.key as string];
}

function wrongType(value: Json, c: Choices): Json {
  const options: Json[] = [1, "x", true, null, [], {}, -1, 1.5, [1], { a: 1 }];
  const differentType = options.filter((o) => typeof o !== typeof value || Array.isArray(o) !== Array.isArray(value) || (o === null) !== (value === null));
  return c.pick(differentType);
}

/** Raw JSON text stood in for by a marker string until the definition is serialised. */
class RawText {
  private readonly texts: string[] = [];
  mark(text: string): string {
    this.texts.push(text);
    return `\u0001raw${this.texts.length - 1}\u0001`;
  }
  serialise(definition: Json): string {
    return JSON.stringify(definition).replace(/"\\u0001raw(\d+)\\u0001"/g, (_, n: string) => this.texts[Number(n)]!);
  }
}

function deepNesting(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

function mutate(definition: JsonObject, c: Choices, raw: RawText): string {
  const all = slots(definition);
  const stateObjects = objects(definition).filter((o) => typeof o["Type"] === "string");
  const kind = c.int(0, 12);
  if (all.length === 0) {
    definition["States"] = raw.mark(deepNesting(c.pick([50, 1000])));
    return "States replaced";
  }
  switch (kind) {
    case 0: {
      const slot = c.pick(all);
      remove(slot);
      return `removed ${String(slot.key)}`;
    }
    case 1: {
      const slot = c.pick(all);
      const current = Array.isArray(slot.parent) ? slot.parent[slot.key as number]! : slot.parent[slot.key as string]!;
      set(slot, wrongType(current, c));
      return `wrong type at ${String(slot.key)}`;
    }
    case 2: {
      const target = c.pick(objects(definition));
      target[c.pick(["Bogus", "next", "Resource", "Parameters", "Arguments", "Output", "ResultPath", "Retry", "Branches", "Default"])] = c.pick<Json>([1, "x", null, {}]);
      return "extra field";
    }
    case 3: {
      const withNext = stateObjects.filter((s) => typeof s["Next"] === "string");
      if (withNext.length === 0) {
        definition["StartAt"] = "Nowhere";
        return "StartAt to nowhere";
      }
      c.pick(withNext)["Next"] = c.pick(["Nowhere", "", "s0"]);
      return "Next to nowhere";
    }
    case 4: {
      const target = c.pick(objects(definition));
      Object.defineProperty(target, "__proto__", { value: c.pick<Json>([{ Type: "Pass" }, 1, null, { polluted: true }]), enumerable: true, writable: true, configurable: true });
      return "__proto__ member";
    }
    case 5: {
      const slot = c.pick(all);
      set(slot, c.pick(["x".repeat(c.pick([81, 300, 70_000])), "\u0000", "\ud800", "\u202e\u0301", "😀".repeat(50), "{% %}", "{% $states.input %", "States.Format(", "$.", "$$.", "arn:aws:states:::nope"]));
      return "odd string";
    }
    case 6: {
      const slot = c.pick(all);
      set(slot, raw.mark(deepNesting(c.pick([50, 1000, 20_000]))));
      return "deep nesting";
    }
    case 7: {
      const slot = c.pick(all);
      set(slot, raw.mark(c.pick(["1e400", "-1e400", "-0", "1.0", "12345678901234567890", "1e-400", "0.1e1", "99999999999"])));
      return "odd number";
    }
    case 8: {
      const graphs = objects(definition).filter((o) => typeof o["StartAt"] === "string" && o["States"] !== null && typeof o["States"] === "object");
      if (graphs.length === 0) return "no graph to rename a state in";
      const graph = c.pick(graphs);
      const states = graph["States"] as JsonObject;
      const [name] = Object.keys(states);
      if (name === undefined) return "no state to rename";
      const renamed = c.pick(["", "x".repeat(81), "a\u0000b", "\ud800", " ", "S0", "__proto__", "é".repeat(40)]);
      const state = states[name]!;
      delete states[name];
      Object.defineProperty(states, renamed, { value: state, enumerable: true, writable: true, configurable: true });
      return "odd state name";
    }
    case 9: {
      if (stateObjects.length === 0) return "no state";
      c.pick(stateObjects)["Type"] = c.pick(["Bogus", "pass", "", "Task"]);
      return "odd Type";
    }
    case 10: {
      if (stateObjects.length === 0) return "no state";
      const state = c.pick(stateObjects);
      const field = c.pick(["TimeoutSeconds", "HeartbeatSeconds", "MaxConcurrency", "Seconds", "ToleratedFailurePercentage", "MaxAttempts"]);
      state[field] = c.pick<Json>([-1, 0, 1.5, 100_000_000, "{% 1 %}", "1", raw.mark("1e400")]);
      return `odd ${field}`;
    }
    case 11: {
      const state = stateObjects.length > 0 ? c.pick(stateObjects) : definition;
      state[c.pick(["Retry", "Catch", "Choices", "Branches"])] = c.pick<Json>([[], [{}], [{ ErrorEquals: [] }], [{ ErrorEquals: ["States.ALL", "X"], Next: "S0" }], "x"]);
      return "odd list";
    }
    default: {
      definition["QueryLanguage"] = c.pick(["JSONata", "JSONPath", "jsonata", 1]);
      return "QueryLanguage changed";
    }
  }
}

export interface IllFormedDefinition {
  /** The definition as JSON text. */
  definitionText: string;
  input: Json;
  taskResponses: GeneratedExecution["taskResponses"];
  /** What was done to the valid definition. */
  mutations: string[];
}

export function illFormedDefinitionArbitrary(): fc.Arbitrary<IllFormedDefinition> {
  return generated((c) => {
    const execution = generateExecution(c, { ...DEFAULT_MACHINE_OPTIONS, maxDepth: 1, maxStates: 3, invalid: true, deterministic: false });
    const definition = JSON.parse(JSON.stringify(execution.definition)) as JsonObject;
    const raw = new RawText();
    const mutations = Array.from({ length: c.int(1, 3) }, () => mutate(definition, c, raw));
    return { definitionText: raw.serialise(jsonObject(Object.entries(definition))), input: execution.input, taskResponses: execution.taskResponses, mutations };
  });
}
