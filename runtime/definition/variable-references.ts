import { referencesOf } from "./variable-checks.ts";
import type { StateGraph } from "./types.ts";

/**
 * DescribeStateMachine's `variableReferences`: for each state (nested Parallel branches and Map
 * processors included, by state name) the workflow variables it reads, each once; states that read
 * none are left out (recorded, test_sfn_api_variable_references: Choice rules, *Path fields,
 * Parameters/ItemSelector paths and intrinsic arguments, Assign values, ItemReader's MaxItemsPath).
 * Only JSONPath states are listed: what AWS reports for JSONata expressions is not recorded.
 */
export function variableReferences(graph: StateGraph): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const visit = (g: StateGraph) => {
    for (const [name, state] of g.states) {
      const names = [...new Set(referencesOf(state).map((r) => r.name))].filter((n) => n !== "states");
      if (names.length > 0) out[name] = names;
      if (state.type === "Parallel") state.branches.forEach(visit);
      if (state.type === "Map") visit(state.processor);
    }
  };
  visit(graph);
  return out;
}
