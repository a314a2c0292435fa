/**
 * Turns a recorded execution that needed other services into a case that runs without them: the
 * services' answers are taken from the recorded history, invocation by invocation, and replayed.
 *
 * For each Task state the history shows invoked (recorded-task-invocations.ts), in AWS's order:
 * - a request-response or `.sync` integration, or a Lambda function ARN → a Step Functions Local
 *   mock configuration (`mockConfig`, test case `RecordedHistory`): the n-th invocation `Return`s the
 *   recorded TaskSucceeded / LambdaFunctionSucceeded output, or `Throw`s the recorded error and
 *   cause of TaskFailed / LambdaFunctionFailed, cause text exactly as recorded; a `.sync` invocation
 *   also carries the recorded TaskSubmitted output (the job's start) as `Submitted`;
 * - a `.waitForTaskToken` integration → `callbacks`: the service answers with the recorded
 *   TaskSubmitted output, then the token is answered as the recording shows (SendTaskSuccess with
 *   the TaskSucceeded output, in which the task's own token stands where it was recorded;
 *   SendTaskFailure with the TaskFailed error and cause; nothing when the task timed out);
 * - an activity → `taskResponses` (the activity worker script, with the recorded worker name);
 * - a state one of whose invocations timed out or never ended, or failed with no error name or no
 *   cause (which a mock's `Throw` cannot say) → `taskResponses` too, where such an invocation
 *   never answers (`hang`), so the runtime's own TimeoutSeconds / abort rules end it.
 * Test-fixture references are resolved first (recorded-fixtures.ts). A mock is derived only from
 * what AWS recorded, never from a run of the runtime.
 *
 * Not derived (the case keeps its needs, with a note saying why): needs no mock can stand in for
 * (`logs`, ...), no recorded history, Task states inside a Distributed Map (their invocations are
 * in the child executions' histories, which were not recorded), fixture references with no value,
 * and activity or callback needs the history shows no invocation for.
 */
import type { CallbackStep, ExecutionCase, MockConfigFile, TaskResponse } from "../conformance/compare/execution-case.ts";
import { accessesS3OutsideTasks, SERVICES_A_MOCK_STANDS_IN_FOR, uncoveredNeeds } from "../cases/needs-coverage.ts";
import { classifyResource } from "../runtime/execution/task-resource.ts";
import { hasFixtureReferences, resolveFixtures } from "./recorded-fixtures.ts";
import { causeText, payloadValue } from "./recorded-payloads.ts";
import { type RecordedEvent, type RecordedInvocation, taskInvocations, taskEventStep } from "./recorded-task-invocations.ts";

type Obj = Record<string, unknown>;

export const MOCKED_STATE_MACHINE = "StateMachine";
export const MOCK_TEST_CASE = "RecordedHistory";
const PSEUDO_NEEDS_FIXTURES_RESOLVE = new Set(["unresolved_input", "setup"]);
const SCRIPTED_NEEDS = new Set(["activity_worker", "callback"]);
const TOKEN_MARKER = { $taskToken: true };

export type MockDerivation = { mocked: true; testCase: Obj } | { mocked: false; reason: string };

/**
 * Derives the mocked form of `converted` (the imported case of `recorded`), or says why it cannot.
 * Cases without needs are left alone.
 */
export function deriveMockedCase(recorded: Obj, converted: Obj): MockDerivation {
  const needs = converted["needs"] as string[];
  if (needs.length === 0) return { mocked: false, reason: "needs nothing" };
  const foreign = needs.filter((n) => !SERVICES_A_MOCK_STANDS_IN_FOR.has(n) && !SCRIPTED_NEEDS.has(n) && !PSEUDO_NEEDS_FIXTURES_RESOLVE.has(n));
  if (foreign.length) return { mocked: false, reason: foreignNeedsReason(foreign) };
  if (needs.includes("s3") && accessesS3OutsideTasks(recorded["definition"])) {
    return {
      mocked: false,
      reason:
        "a Map state reads its items from S3 (ItemReader) or writes its results there (ResultWriter): not a Task call, so AWS records no event for it and the history holds neither the object read nor the answer to the write. runtime/execution/distributed-map/recorded-s3-cases.test.ts runs these recordings with S3 mocked by a mock entry for the Map state holding the object the recorded test uploaded (as its recorded output shows)",
    };
  }
  const taskStates = new Set([...statesByName(recorded["definition"])].filter(([, state]) => state["Type"] === "Task").map(([name]) => name));
  const services = needs.filter((n) => SERVICES_A_MOCK_STANDS_IN_FOR.has(n));
  if (taskStates.size === 0 && services.length > 0) {
    return {
      mocked: false,
      reason: `the state machine has no Task state, so it calls no service: its needs (${services.join(", ")}) are how the recorded test observed the execution (e.g. EventBridge status-change events delivered to an SQS queue), which the case does not carry and a mock of Task calls does not stand in for`,
    };
  }
  const history = recorded["history"] as RecordedEvent[] | undefined;
  if (!Array.isArray(history) || history.length === 0) {
    const express = recorded["state_machine_type"] === "EXPRESS" ? " (an Express execution has no GetExecutionHistory: the recording holds only its outcome)" : "";
    return { mocked: false, reason: `no recorded history to take the services' answers from${express}` };
  }
  if (tasksInDistributedMap(recorded["definition"])) {
    return {
      mocked: false,
      reason: "Task states run inside a Distributed Map: their invocations are in the child executions' histories, which were not recorded (the parent history shows only MapRunStarted and how the Map Run ended), so the services' answers are unknown",
    };
  }
  let invocations: RecordedInvocation[];
  try {
    invocations = taskInvocations(history, taskStates);
  } catch (e) {
    return { mocked: false, reason: `the recorded history's task events cannot be told apart: ${(e as Error).message}` };
  }
  const hadReferences = hasFixtureReferences(converted["definition"], converted["input"]);
  const fixtures = resolveFixtures({
    definition: converted["definition"],
    input: converted["input"],
    inputText: converted["inputText"] as string | undefined,
    placeholders: (converted["placeholders"] as string[] | undefined) ?? [],
    history,
    invocations,
  });
  if (!fixtures.resolved) return { mocked: false, reason: fixtures.reason };
  const definition = fixtures.definition as Obj;
  const remainingNeeds = needs.filter((n) => !(hadReferences && PSEUDO_NEEDS_FIXTURES_RESOLVE.has(n)));

  const scripts = scriptInvocations(invocations, definition, recorded);
  if (scripts.problem) return { mocked: false, reason: scripts.problem };
  if (remainingNeeds.includes("activity_worker") && !invocations.some((i) => i.kind === "activity")) {
    return { mocked: false, reason: `the history shows no activity task, so no worker script can be derived from it: the execution ${endBeforeAnyTask(history)}` };
  }
  if (remainingNeeds.includes("callback") && scripts.callbacks.length === 0 && invocations.length > 0) {
    return { mocked: false, reason: "the history shows no callback task handing its token over" };
  }

  const testCase: Obj = { ...converted };
  testCase["provenance"] = { ...(converted["provenance"] as Obj), mockedFrom: "recorded history" };
  testCase["needs"] = remainingNeeds;
  testCase["definition"] = definition;
  testCase["input"] = fixtures.input;
  if (fixtures.inputText !== undefined) testCase["inputText"] = fixtures.inputText;
  else delete testCase["inputText"];
  const usesServices = remainingNeeds.some((n) => SERVICES_A_MOCK_STANDS_IN_FOR.has(n));
  // Notes about the fixture references and the needs they caused no longer apply once they are resolved.
  const stale = ["The recorded input/definition holds test-fixture values", "Importer: added the `setup` need"];
  const notes = [...((converted["notes"] as string[] | undefined) ?? [])].filter((n) => !stale.some((prefix) => n.startsWith(prefix)));
  if (fixtures.notes.length) notes.push(`Mocked: fixture references resolved: ${fixtures.notes.join("; ")}.`);
  if (scripts.mockedStates.size > 0 || (usesServices && scripts.callbacks.length === 0 && scripts.taskResponses.length === 0)) {
    testCase["mockConfig"] = mockConfig(scripts.mockedStates);
    testCase["mockTestCase"] = MOCK_TEST_CASE;
    testCase["features"] = [...new Set([...(converted["features"] as string[]), "mocks"])].sort();
  }
  // No invocation at all: nothing is answered (a Task the runtime did invoke would find no script).
  if (scripts.callbacks.length || (invocations.length === 0 && remainingNeeds.includes("callback"))) testCase["callbacks"] = scripts.callbacks;
  if (scripts.taskResponses.length) testCase["taskResponses"] = scripts.taskResponses;
  notes.push(...scripts.notes);
  if (invocations.length === 0) notes.push("Mocked: the recorded execution invoked no Task state; the mock test case mocks nothing, so a call to a service fails the run (States.Runtime).");
  testCase["notes"] = notes;

  const uncovered = uncoveredNeeds(testCase as unknown as ExecutionCase);
  if (uncovered.length) return { mocked: false, reason: `the recorded history does not cover the needs ${uncovered.join(", ")}` };
  return { mocked: true, testCase: orderMembers(testCase) };
}

type MockedAnswer = MockConfigFile["MockedResponses"][string][string];

/** Why needs outside the mockable set stop a derivation. */
function foreignNeedsReason(foreign: readonly string[]): string {
  if (foreign.includes("logs")) {
    return `needs ${foreign.join(", ")}: the recorded test read what the execution delivered to CloudWatch Logs through the machine's logging configuration, which is not a service call of a Task state, so no mock stands in for it`;
  }
  return `needs ${foreign.join(", ")}, which no mock stands in for`;
}

/** How a recorded execution that scheduled no task ended, from its last event (e.g. "failed with States.Runtime: ..."). */
function endBeforeAnyTask(history: readonly RecordedEvent[]): string {
  const last = history[history.length - 1];
  if (!last || !last.type.startsWith("Execution")) return "had scheduled no task when it was recorded";
  const details = detailsOf(last);
  const said = [details["error"], details["cause"]].filter((text): text is string => typeof text === "string").map((text) => JSON.stringify(text));
  return `ended before one was scheduled (${[last.type, ...said].join(", ")})`;
}

interface Scripts {
  mockedStates: Map<string, MockedAnswer[]>;
  callbacks: CallbackStep[];
  taskResponses: TaskResponse[];
  notes: string[];
  problem?: string;
}

function scriptInvocations(invocations: readonly RecordedInvocation[], definition: Obj, recorded: Obj): Scripts {
  const scripts: Scripts = { mockedStates: new Map(), callbacks: [], taskResponses: [], notes: [] };
  const states = statesByName(definition);
  const byState = new Map<string, RecordedInvocation[]>();
  for (const invocation of invocations) {
    const list = byState.get(invocation.state) ?? [];
    list.push(invocation);
    byState.set(invocation.state, list);
  }
  for (const [name, mine] of byState) {
    const state = states.get(name);
    if (!state || typeof state["Resource"] !== "string") {
      scripts.problem = `the history invokes '${name}', which is not a Task state of the definition`;
      return scripts;
    }
    const resource = classifyResource(state["Resource"]);
    const events = mine.map((i) => i.outcome?.type ?? "no outcome").join(", ");
    if (resource.kind === "integration" && resource.pattern === "callback") {
      const token = recordedTaskToken(state, mine[0]!);
      for (const invocation of mine) scripts.callbacks.push(callbackStep(name, invocation, token, recorded));
      scripts.notes.push(`Mocked: '${name}' (${resource.resourceType}:${resource.resource}) is played by \`callbacks\`: the service answers with the recorded TaskSubmitted output, then the token is answered as recorded (${events}).`);
      continue;
    }
    const answers = mine.map((invocation) => answerOf(invocation, recorded));
    const needsWorker = resource.kind === "activity" || answers.some((a) => a.kind === "hang" || (a.kind === "fail" && (a.error === undefined || a.cause === undefined)));
    if (needsWorker) {
      for (let i = 0; i < mine.length; i++) scripts.taskResponses.push(taskResponse(name, answers[i]!, mine[i]!));
      const why = resource.kind === "activity" ? "the activity worker script" : "the task worker script (an invocation that timed out or never ended never answers; a failure without an error or cause is one a mock's Throw cannot express)";
      scripts.notes.push(`Mocked: '${name}' is played by \`taskResponses\`, ${why}, from the recorded ${events}.`);
      continue;
    }
    scripts.mockedStates.set(
      name,
      answers.map((a, i) => ({
        ...submittedAnswer(mine[i]!),
        ...(a.kind === "return" ? { Return: a.output } : { Throw: { Error: a.kind === "fail" ? a.error! : "", Cause: a.kind === "fail" ? a.cause! : "" } }),
      })),
    );
    const submitted = mine.some((i) => i.submitted) ? " (each with the recorded TaskSubmitted output as `Submitted`)" : "";
    scripts.notes.push(`Mocked: '${name}' is answered by the mock test case ${MOCK_TEST_CASE}, invocation by invocation, from the recorded ${events}${submitted}.`);
  }
  return scripts;
}

/**
 * A `.sync` (or `.sync:2`) job's start as AWS recorded it (TaskSubmitted: e.g. StartExecution's
 * answer): the mock entry's `Submitted`, so the mocked task writes TaskSubmitted before its outcome.
 */
function submittedAnswer(invocation: RecordedInvocation): { Submitted?: unknown } {
  return invocation.submitted ? { Submitted: payloadValue(detailsOf(invocation.submitted)["output"]) } : {};
}

type Answer = { kind: "return"; output: unknown } | { kind: "fail"; error?: string; cause?: string } | { kind: "hang" };

function answerOf(invocation: RecordedInvocation, recorded: Obj): Answer {
  const outcome = invocation.outcome;
  if (!outcome) return { kind: "hang" };
  const step = taskEventStep(outcome.type)!.step;
  const details = detailsOf(outcome);
  if (step === "Succeeded") return { kind: "return", output: payloadValue(details["output"]) };
  if (step === "TimedOut") return { kind: "hang" };
  return {
    kind: "fail",
    ...(typeof details["error"] === "string" ? { error: details["error"] } : {}),
    ...(details["cause"] !== undefined ? { cause: causeText(details["cause"], recorded) } : {}),
  };
}

function taskResponse(state: string, answer: Answer, invocation: RecordedInvocation): TaskResponse {
  const worker = invocation.started ? detailsOf(invocation.started)["workerName"] : undefined;
  const named = typeof worker === "string" ? { workerName: worker } : {};
  if (answer.kind === "return") return { state, output: answer.output, ...named };
  if (answer.kind === "hang") return { state, hang: true, ...named };
  return { state, ...(answer.error !== undefined ? { error: answer.error } : { error: "" }), ...(answer.cause !== undefined ? { cause: answer.cause } : {}), ...named };
}

function callbackStep(state: string, invocation: RecordedInvocation, token: string | undefined, recorded: Obj): CallbackStep {
  const step: CallbackStep = { state };
  if (invocation.submitted) step.submitted = payloadValue(detailsOf(invocation.submitted)["output"]);
  const answer = answerOf(invocation, recorded);
  if (answer.kind === "return") {
    step.send = "success";
    step.output = token === undefined ? answer.output : replaceText(answer.output, token);
  } else if (answer.kind === "fail") {
    step.send = "failure";
    if (answer.error !== undefined) step.error = answer.error;
    if (answer.cause !== undefined) step.cause = answer.cause;
  }
  return step;
}

/**
 * The text the recorder wrote for the task token this state handed over: the TaskScheduled
 * parameter at the place the state's Parameters put `$$.Task.Token`.
 */
function recordedTaskToken(state: Obj, invocation: RecordedInvocation): string | undefined {
  const template = state["Parameters"];
  const path = tokenPath(template, []);
  if (!path) return undefined;
  let value: unknown = payloadValue(detailsOf(invocation.scheduled)["parameters"]);
  for (const key of path) value = value !== null && typeof value === "object" ? (value as Obj)[key] : undefined;
  return typeof value === "string" ? value : undefined;
}

function tokenPath(template: unknown, path: string[]): string[] | undefined {
  if (template === null || typeof template !== "object" || Array.isArray(template)) return undefined;
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith(".$") && value === "$$.Task.Token") return [...path, key.slice(0, -2)];
    const inner = tokenPath(value, [...path, key]);
    if (inner) return inner;
  }
  return undefined;
}

function replaceText(value: unknown, text: string): unknown {
  if (value === text) return TOKEN_MARKER;
  if (Array.isArray(value)) return value.map((item) => replaceText(item, text));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceText(v, text)]));
}

/** One mocked response per state, its invocations as "0", "1", ... with equal neighbours merged into ranges ("1-3"). */
function mockConfig(states: Map<string, MockedAnswer[]>): MockConfigFile {
  const testCase: Record<string, string> = {};
  const responses: MockConfigFile["MockedResponses"] = {};
  for (const [state, answers] of states) {
    const response: MockConfigFile["MockedResponses"][string] = {};
    let first = 0;
    for (let i = 1; i <= answers.length; i++) {
      if (i < answers.length && JSON.stringify(answers[i]) === JSON.stringify(answers[first])) continue;
      response[first === i - 1 ? String(first) : `${first}-${i - 1}`] = answers[first]!;
      first = i;
    }
    testCase[state] = state;
    responses[state] = response;
  }
  return { StateMachines: { [MOCKED_STATE_MACHINE]: { TestCases: { [MOCK_TEST_CASE]: testCase } } }, MockedResponses: responses };
}

function detailsOf(event: RecordedEvent): Obj {
  const key = Object.keys(event).find((k) => k.endsWith("EventDetails"));
  return key ? (event[key] as Obj) : {};
}

/** Every state of the definition, nested ones included, by name. */
function statesByName(definition: unknown, into = new Map<string, Obj>()): Map<string, Obj> {
  if (Array.isArray(definition)) {
    for (const item of definition) statesByName(item, into);
    return into;
  }
  if (definition === null || typeof definition !== "object") return into;
  const record = definition as Obj;
  const states = record["States"];
  if (states !== null && typeof states === "object" && !Array.isArray(states)) {
    for (const [name, state] of Object.entries(states as Obj)) if (state !== null && typeof state === "object") into.set(name, state as Obj);
  }
  for (const value of Object.values(record)) statesByName(value, into);
  return into;
}

/** Whether a Task state sits inside a Distributed Map's item processor. */
function tasksInDistributedMap(definition: unknown, inDistributed = false): boolean {
  if (Array.isArray(definition)) return definition.some((item) => tasksInDistributedMap(item, inDistributed));
  if (definition === null || typeof definition !== "object") return false;
  const record = definition as Obj;
  if (inDistributed && record["Type"] === "Task") return true;
  const processor = (record["ItemProcessor"] ?? record["Iterator"]) as Obj | undefined;
  const distributed = record["Type"] === "Map" && ((processor?.["ProcessorConfig"] as Obj | undefined)?.["Mode"] === "DISTRIBUTED");
  return Object.entries(record).some(([key, value]) => tasksInDistributedMap(value, inDistributed || (distributed && (key === "ItemProcessor" || key === "Iterator"))));
}

/** The case's members in the schema's order (scripts after the history, notes last). */
function orderMembers(testCase: Obj): Obj {
  const order = [
    "id", "title", "description", "provenance", "level", "features", "needs", "queryLanguage", "stateMachineType", "startMode",
    "definition", "input", "inputText", "placeholders", "expected", "history", "historyMatching", "taskResponses",
    "mockConfig", "mockTestCase", "callbacks", "notes",
  ];
  const out: Obj = {};
  for (const key of order) if (Object.hasOwn(testCase, key)) out[key] = testCase[key];
  for (const key of Object.keys(testCase)) if (!Object.hasOwn(out, key)) out[key] = testCase[key];
  return out;
}
