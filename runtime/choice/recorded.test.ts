/**
 * Runs the recorded real-AWS Choice cases end to end through a tiny Pass/Choice/Succeed/Fail
 * interpreter built on this module, and checks other recorded JSONPath Choice facts directly.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json, JsonObject } from "../core/json.ts";
import { jsonEquals } from "../core/json.ts";
import { ProblemCollector } from "../definition/problems.ts";
import { choiceRulePaths, parseChoiceRules, selectChoice, selectChoiceBranch } from "./index.ts";
import { RECORDED_CHOICE_MACHINES } from "./recorded-cases.fixture.ts";
import { simpleEnvironment } from "./test-resolver.ts";

type Outcome = { status: "SUCCEEDED"; output: Json } | { status: "FAILED"; error?: string; cause?: string };

/** Just enough of an interpreter for the recorded machines (Pass with/without Result, Choice, Succeed, Fail). */
function run(definition: JsonObject, input: Json): Outcome {
  const states = definition["States"] as JsonObject;
  let name = definition["StartAt"] as string;
  let data = input;
  for (let steps = 0; steps < 100; steps++) {
    const state = states[name] as JsonObject;
    switch (state["Type"]) {
      case "Pass":
        if ("Result" in state) data = state["Result"]!;
        if (state["End"] === true) return { status: "SUCCEEDED", output: data };
        name = state["Next"] as string;
        break;
      case "Succeed":
        return { status: "SUCCEEDED", output: data };
      case "Fail": {
        const outcome: Outcome = { status: "FAILED" };
        if (typeof state["Error"] === "string") outcome.error = state["Error"];
        if (typeof state["Cause"] === "string") outcome.cause = state["Cause"];
        return outcome;
      }
      case "Choice": {
        const problems = new ProblemCollector();
        const branches = parseChoiceRules(state["Choices"], `/States/${name}/Choices`, problems);
        assert.deepEqual(problems.problems, [], `recorded definition must parse cleanly (${name})`);
        const next = selectChoice(branches, simpleEnvironment(data));
        const target = next ?? state["Default"];
        if (typeof target !== "string") return { status: "FAILED", error: "States.NoChoiceMatched" };
        name = target;
        break;
      }
      default:
        throw new Error(`unsupported state type ${String(state["Type"])}`);
    }
  }
  throw new Error("too many transitions");
}

test("every recorded choice.json case (Pass/Choice/Succeed/Fail machines) ends as AWS recorded", () => {
  let count = 0;
  for (const machine of RECORDED_CHOICE_MACHINES) {
    for (const c of machine.cases) {
      const outcome = run(machine.definition, c.input);
      assert.equal(outcome.status, c.expected.status, c.id);
      if (c.expected.status === "SUCCEEDED" && outcome.status === "SUCCEEDED") {
        assert.ok(jsonEquals(outcome.output, c.expected.output), `${c.id}: got ${JSON.stringify(outcome.output)}`);
      }
      count++;
    }
  }
  assert.equal(count, 324);
});

test("recorded: Map iterator breaks on the first item that IsPresent/IsNumeric/NumericEquals 3 (map test_map_state_break_condition_legacy)", () => {
  const problems = new ProblemCollector();
  const branches = parseChoiceRules(
    [
      {
        And: [
          { IsPresent: true, Variable: "$" },
          { And: [{ IsNumeric: true, Variable: "$" }, { NumericEquals: 3, Variable: "$" }] },
        ],
        Next: "Break",
      },
    ],
    "/States/MapState/Iterator/States/Equals3/Choices",
    problems,
  );
  assert.deepEqual(problems.problems, []);
  const items: Json[] = [1, "Hello", {}, 3.3, 3, 4, 5];
  const picks = items.map((item) => selectChoice(branches, simpleEnvironment(item)));
  // Recorded history: items 1, "Hello", {}, 3.3 go to Default; 3 goes to Break and fails the run.
  assert.deepEqual(picks.slice(0, 5), [undefined, undefined, undefined, undefined, "Break"]);
});

test("recorded: rule-level Assign; NumericEquals 42 does not match the string \"42\" (variables test_assign_in_choice_state[CORRECT])", () => {
  const problems = new ProblemCollector();
  const branches = parseChoiceRules(
    [
      { Variable: "$.input_value", IsPresent: false, Assign: { status: "UNKNOWN" }, Next: "FinalState" },
      { Variable: "$.input_value", NumericEquals: 42, Assign: { status: "CORRECT" }, Next: "FinalState" },
    ],
    "/States/CheckInputState/Choices",
    problems,
  );
  assert.deepEqual(problems.problems, []);
  assert.deepEqual(branches[1]!.assign, { status: "CORRECT" });
  // Recorded: the state-level Assign ran (status INCORRECT), i.e. no rule matched.
  assert.equal(selectChoiceBranch(branches, simpleEnvironment({ input_value: "42" })), undefined);
  assert.equal(selectChoiceBranch(branches, simpleEnvironment({ input_value: 42 }))?.assign !== undefined, true);
  assert.deepEqual(selectChoiceBranch(branches, simpleEnvironment({}))?.assign, { status: "UNKNOWN" });
});

test("recorded: variables as Variable and as ...Path operand (variables BASE_REFERENCE_IN_CHOICE)", () => {
  const problems = new ProblemCollector();
  const branches = parseChoiceRules(
    [{ Variable: "$guess", StringEqualsPath: "$answer", Next: "CorrectAnswer" }],
    "/States/CheckAnswer/Choices",
    problems,
  );
  assert.deepEqual(problems.problems, []);
  // AWS lists variableReferences {"CheckAnswer": ["answer", "guess"]} for this state.
  assert.deepEqual(choiceRulePaths(branches[0]!.rule).sort(), ["$answer", "$guess"]);
  assert.equal(selectChoice(branches, simpleEnvironment({}, { guess: "the_guess", answer: "the_answer" })), undefined);
  assert.equal(selectChoice(branches, simpleEnvironment({}, { guess: "the_answer", answer: "the_answer" })), "CorrectAnswer");
});

test("recorded: the developer-guide example goes to ValueInTwenties (test_state BASE_CHOICE_STATE)", () => {
  const problems = new ProblemCollector();
  const branches = parseChoiceRules(
    [
      { Not: { Variable: "$.type", StringEquals: "Private" }, Next: "Public" },
      { Variable: "$.value", NumericEquals: 0, Next: "ValueIsZero" },
      {
        And: [
          { Variable: "$.value", NumericGreaterThanEquals: 20 },
          { Variable: "$.value", NumericLessThan: 30 },
        ],
        Next: "ValueInTwenties",
      },
    ],
    "/Choices",
    problems,
  );
  assert.deepEqual(problems.problems, []);
  assert.equal(selectChoice(branches, simpleEnvironment({ type: "Private", value: 22 })), "ValueInTwenties");
  assert.equal(selectChoice(branches, simpleEnvironment({ type: "Public", value: 22 })), "Public");
});

test("recorded: Comment is accepted on top-level and nested rules (base test_comments_as_per_docs)", () => {
  const problems = new ProblemCollector();
  const branches = parseChoiceRules(
    [
      {
        And: [{ Variable: "$.status", StringEquals: "complete", Comment: "If task is complete, move to the SuccessState." }],
        Comment: "Set the next state as the SuccessState",
        Next: "SuccessState",
      },
    ],
    "/States/IsComplete/Choices",
    problems,
  );
  assert.deepEqual(problems.problems, []);
  assert.equal(branches[0]!.comment, "Set the next state as the SuccessState");
  assert.equal(selectChoice(branches, simpleEnvironment({ status: "incomplete" })), undefined);
  assert.equal(selectChoice(branches, simpleEnvironment({ status: "complete" })), "SuccessState");
});
