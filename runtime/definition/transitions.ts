import type { ProblemCollector } from "./problems.ts";
import type { State, StateGraph } from "./types.ts";

/** Every state a state may hand control to, with the definition location of each reference. */
export function successorsOf(state: State): Array<{ target: string; location: string }> {
  const out: Array<{ target: string; location: string }> = [];
  if ("transition" in state && state.transition.kind === "next") {
    out.push({ target: state.transition.next, location: `${state.location}/Next` });
  }
  if (state.type === "Choice") {
    state.choices.forEach((c, i) => out.push({ target: c.next, location: `${state.location}/Choices[${i}]/Next` }));
    if (state.default !== undefined) out.push({ target: state.default, location: `${state.location}/Default` });
  }
  if (state.type === "Task" || state.type === "Parallel" || state.type === "Map") {
    state.catch.forEach((c, i) => out.push({ target: c.next, location: `${state.location}/Catch[${i}]/Next` }));
  }
  return out;
}

function isTerminal(state: State): boolean {
  if (state.type === "Succeed" || state.type === "Fail") return true;
  return "transition" in state && state.transition.kind === "end";
}

/**
 * Graph-level checks AWS makes: StartAt and every Next name an existing state of the same
 * graph, every state is reachable from StartAt, and the graph can terminate.
 */
export function checkTransitions(graph: StateGraph, declaredNames: string[], prefix: string, problems: ProblemCollector): void {
  const declared = new Set(declaredNames);
  if (!declared.has(graph.startAt)) {
    problems.error("MISSING_TRANSITION_TARGET", `Missing 'Next' target: ${graph.startAt}`, `${prefix}/StartAt`);
  }
  for (const state of graph.states.values()) {
    for (const { target, location } of successorsOf(state)) {
      if (!declared.has(target)) problems.error("MISSING_TRANSITION_TARGET", `Missing 'Next' target: ${target}`, location);
    }
  }
  const reachable = new Set<string>();
  const queue = declared.has(graph.startAt) ? [graph.startAt] : [];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (reachable.has(name)) continue;
    reachable.add(name);
    const state = graph.states.get(name);
    if (state) for (const { target } of successorsOf(state)) if (declared.has(target)) queue.push(target);
  }
  if (declared.has(graph.startAt)) {
    for (const name of declaredNames) {
      if (!reachable.has(name)) problems.error("MISSING_TRANSITION_TARGET", `State "${name}" is not reachable`, `${graph.location}/${name}`);
    }
  }
  const states = [...graph.states.values()];
  if (states.length === declaredNames.length && states.length > 0 && !states.some(isTerminal)) {
    problems.error("MISSING_END_STATE", "Workflow has no terminal state", graph.location);
  }
}
