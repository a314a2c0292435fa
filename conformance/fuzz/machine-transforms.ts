/**
 * The rewrites the metamorphic laws apply to a generated machine: wrap it as the one branch of a
 * Parallel state or as the item processor of an inline Map, run it before a Pass with a fixed
 * Result, and rename every state (keeping what each state does).
 */
import type { Json, JsonObject } from "../../runtime/core/json.ts";
import type { TaskResponse } from "../compare/execution-case.ts";
import { jsonObject } from "./json-values.ts";

function graphOf(definition: JsonObject): JsonObject {
  return jsonObject([["StartAt", definition["StartAt"]!], ["States", definition["States"]!]]);
}

function withLanguage(definition: JsonObject, states: JsonObject, startAt: string): JsonObject {
  const language = definition["QueryLanguage"];
  return jsonObject([...(language !== undefined ? [["QueryLanguage", language] as const] : []), ["StartAt", startAt], ["States", states]]);
}

/** `{W: Parallel with the machine as its one branch}`: outputs `[output]`, fails as the machine fails. */
export function inOneBranchParallel(definition: JsonObject, name = "Wrap"): JsonObject {
  return withLanguage(definition, jsonObject([[name, { Type: "Parallel", Branches: [graphOf(definition)], End: true }]]), name);
}

/** `{W: inline Map running the machine on each item}`: on input `[x]`, outputs `[f(x)]`. */
export function inInlineMap(definition: JsonObject, name = "Wrap"): JsonObject {
  return withLanguage(definition, jsonObject([[name, { Type: "Map", ItemProcessor: jsonObject([["ProcessorConfig", { Mode: "INLINE" }], ...Object.entries(graphOf(definition))]), End: true }]]), name);
}

/**
 * The machine (as a one-branch Parallel whose failures are caught), then a Pass state that replaces
 * everything with `result`: JSONPath `Result` + `ResultPath: "$"`, JSONata `Output`. Always
 * SUCCEEDED with output `result`.
 */
export function thenPassResult(definition: JsonObject, result: Json): JsonObject {
  const jsonata = definition["QueryLanguage"] === "JSONata";
  const pass: JsonObject = jsonata ? { Type: "Pass", Output: result, End: true } : { Type: "Pass", Result: result, ResultPath: "$", End: true };
  const run: JsonObject = { Type: "Parallel", Branches: [graphOf(definition)], Next: "Replace", Catch: [{ ErrorEquals: ["States.ALL"], Next: "Replace" }] };
  return withLanguage(definition, jsonObject([["Run", run], ["Replace", pass]]), "Run");
}

/** Every state name of a definition (at any depth). */
export function stateNames(definition: Json): string[] {
  const names: string[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const states = node["States"];
    if (states !== null && typeof states === "object" && !Array.isArray(states) && typeof node["StartAt"] === "string") names.push(...Object.keys(states));
    Object.values(node).forEach(walk);
  };
  walk(definition);
  return names;
}

/**
 * The machine with every state renamed by `rename` (StartAt, States keys, Next, Default, Choice
 * rule and Catcher targets) and each States object's members in reverse order.
 */
export function renameStates(definition: JsonObject, rename: (name: string) => string): JsonObject {
  const target = (value: Json | undefined): Json | undefined => (typeof value === "string" ? rename(value) : value);
  const renameState = (state: JsonObject): JsonObject =>
    jsonObject(
      Object.entries(state).map(([key, value]) => {
        if (key === "Next" || key === "Default") return [key, target(value)!] as const;
        if ((key === "Choices" || key === "Catch") && Array.isArray(value)) {
          return [key, value.map((rule) => (rule !== null && typeof rule === "object" && !Array.isArray(rule) ? jsonObject(Object.entries(rule).map(([k, v]) => [k, k === "Next" ? target(v)! : v] as const)) : rule))] as const;
        }
        if (key === "Branches" && Array.isArray(value)) return [key, value.map((branch) => renameGraph(branch as JsonObject))] as const;
        if ((key === "ItemProcessor" || key === "Iterator") && value !== null && typeof value === "object" && !Array.isArray(value)) return [key, renameGraph(value)] as const;
        return [key, value] as const;
      }),
    );
  const renameGraph = (graph: JsonObject): JsonObject =>
    jsonObject(
      Object.entries(graph).map(([key, value]) => {
        if (key === "StartAt") return [key, target(value)!] as const;
        if (key === "States" && value !== null && typeof value === "object" && !Array.isArray(value)) {
          return [key, jsonObject(Object.entries(value).reverse().map(([name, state]) => [rename(name), renameState(state as JsonObject)] as const))] as const;
        }
        return [key, value] as const;
      }),
    );
  return renameGraph(definition);
}

export function renameTaskResponses(responses: readonly TaskResponse[], rename: (name: string) => string): TaskResponse[] {
  return responses.map((response) => ({ ...response, state: rename(response.state) }));
}

/** Replaces whole-word occurrences of each name in `text` (longest names first). */
export function substituteNames(text: string, renames: ReadonlyMap<string, string>): string {
  const names = [...renames.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const pattern = new RegExp(`(?<![A-Za-z0-9_])(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![A-Za-z0-9_])`, "g");
  return text.replace(pattern, (name) => renames.get(name) ?? name);
}
