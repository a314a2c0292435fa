import type { Json } from "../core/json.ts";

/**
 * The mock configuration file of AWS Step Functions Local (`MockConfigFile.json`, developer guide
 * sfn-local-mock-cfg-file): test cases per state machine, each naming the mocked response of some
 * Task states, and the mocked responses, one per invocation number or inclusive range.
 *
 *   { "StateMachines": { "<machine name>": { "TestCases": { "<test case>": { "<state>": "<response>" } } } },
 *     "MockedResponses": { "<response>": { "0": {"Return": ...}, "1-2": {"Throw": {"Error": "...", "Cause": "..."}} } } }
 *
 * One extension of this runtime (Step Functions Local documents nothing for it): an invocation of a
 * `.sync`, `.sync:2` or `.waitForTaskToken` Task may also carry `Submitted`, the service's answer
 * to the call that started the job or handed the token over (e.g. StartExecution's answer for
 * `states:startExecution.sync`). The task then writes it as TaskSubmitted before its `Return` or
 * `Throw` ends it, as AWS records such a task: TaskStarted, TaskSubmitted, TaskSucceeded / TaskFailed.
 * Without `Submitted` the mocked task answers at once, with no TaskSubmitted.
 *
 * parseMockConfig checks a file and says where it is wrong (a JSON path), so a typo is found when
 * the server starts rather than when a test runs.
 */
export interface MockConfig {
  StateMachines: Record<string, { TestCases: Record<string, Record<string, string>> }>;
  MockedResponses: Record<string, MockedResponse>;
}

/** One mocked response: what each invocation of a mocked state answers. */
export type MockedResponse = Record<string, MockedInvocation>;

/**
 * `Return` is the task's result; `Throw` fails the task with `Error` and `Cause`. `Submitted`
 * (optional, `.sync` / `.sync:2` / `.waitForTaskToken` resources only) is what the service answered
 * when the task was handed over, written as TaskSubmitted first.
 */
export type MockedInvocation = ({ Return: Json } | { Throw: { Error: string; Cause: string } }) & { Submitted?: Json };

/** A mock configuration that does not follow the format; the message names the JSON path. */
export class MockConfigError extends Error {
  override readonly name = "MockConfigError";
}

/** A mocked response key: an invocation number ("0") or an inclusive range ("1-2"). */
export interface InvocationRange {
  first: number;
  last: number;
}

const RANGE = /^(0|[1-9]\d*)(?:-(0|[1-9]\d*))?$/;

/** Parses a mocked response key; undefined when it is neither a number nor a range. */
export function parseInvocationRange(key: string): InvocationRange | undefined {
  const match = RANGE.exec(key);
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  return Number.isSafeInteger(first) && Number.isSafeInteger(last) && first <= last ? { first, last } : undefined;
}

/** Checks a mock configuration (JSON text or a parsed value) and returns it typed. */
export function parseMockConfig(source: string | unknown): MockConfig {
  let value: unknown = source;
  if (typeof source === "string") {
    try {
      value = JSON.parse(source);
    } catch (e) {
      throw new MockConfigError(`The mock configuration is not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const root = expectObject(value, "$", "the mock configuration");
  checkMembers(root, "$", ["StateMachines", "MockedResponses"]);
  const responses = expectObject(root["MockedResponses"], "$.MockedResponses", "an object of mocked responses");
  for (const [name, response] of Object.entries(responses)) checkMockedResponse(response, `$.MockedResponses${member(name)}`);
  const machines = expectObject(root["StateMachines"], "$.StateMachines", "an object of state machines");
  for (const [machineName, machine] of Object.entries(machines)) {
    const machinePath = `$.StateMachines${member(machineName)}`;
    const machineObject = expectObject(machine, machinePath, 'an object with "TestCases"');
    checkMembers(machineObject, machinePath, ["TestCases"]);
    const testCases = expectObject(machineObject["TestCases"], `${machinePath}.TestCases`, "an object of test cases");
    for (const [caseName, testCase] of Object.entries(testCases)) {
      const casePath = `${machinePath}.TestCases${member(caseName)}`;
      const states = expectObject(testCase, casePath, "an object naming a mocked response per state");
      for (const [stateName, responseName] of Object.entries(states)) {
        const statePath = `${casePath}${member(stateName)}`;
        if (typeof responseName !== "string") throw new MockConfigError(`${statePath} must be the name of a mocked response (a string), got ${describe(responseName)}`);
        if (!Object.hasOwn(responses, responseName)) {
          throw new MockConfigError(`${statePath} names the mocked response '${responseName}', which $.MockedResponses does not define`);
        }
      }
    }
  }
  return root as unknown as MockConfig;
}

function checkMockedResponse(value: unknown, path: string): void {
  const response = expectObject(value, path, 'an object of invocations ("0", "1-2", ...)');
  const keys = Object.keys(response);
  if (keys.length === 0) throw new MockConfigError(`${path} must define at least one invocation ("0", "1-2", ...)`);
  for (const key of keys) {
    if (!parseInvocationRange(key)) throw new MockConfigError(`${path}${member(key)}: the key must be an invocation number ("0") or an inclusive range ("1-2")`);
  }
  const ranges: Array<InvocationRange & { key: string }> = [];
  for (const key of invocationKeysInOrder(response)) {
    const range = parseInvocationRange(key)!;
    const overlap = ranges.find((r) => range.first <= r.last && r.first <= range.last);
    if (overlap) throw new MockConfigError(`${path}${member(key)} overlaps ${path}${member(overlap.key)}: each invocation may have one response`);
    ranges.push({ ...range, key });
    checkInvocation(response[key], `${path}${member(key)}`);
  }
}

/** A mocked response's keys in invocation order ("0", "1-2", "3"; JavaScript lists "3" before "1-2"). */
export function invocationKeysInOrder(response: Record<string, unknown>): string[] {
  const first = (key: string) => parseInvocationRange(key)?.first ?? Number.MAX_SAFE_INTEGER;
  return Object.keys(response).sort((a, b) => first(a) - first(b) || a.length - b.length);
}

function checkInvocation(value: unknown, path: string): void {
  const invocation = expectObject(value, path, 'an object with "Return" or "Throw"');
  const fields = Object.keys(invocation);
  const outcomes = fields.filter((f) => f !== "Submitted");
  if (outcomes.length !== 1 || (outcomes[0] !== "Return" && outcomes[0] !== "Throw")) {
    throw new MockConfigError(
      `${path} must have exactly one field "Return" or "Throw", besides an optional "Submitted" (has ${fields.length ? fields.map((f) => `"${f}"`).join(", ") : "none"})`,
    );
  }
  if (outcomes[0] === "Return") return;
  const thrown = expectObject(invocation["Throw"], `${path}.Throw`, 'an object with "Error" and "Cause" strings');
  checkMembers(thrown, `${path}.Throw`, ["Error", "Cause"]);
  for (const field of ["Error", "Cause"]) {
    if (typeof thrown[field] !== "string") throw new MockConfigError(`${path}.Throw.${field} must be a string, got ${describe(thrown[field])}`);
  }
}

function expectObject(value: unknown, path: string, what: string): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new MockConfigError(`${path} must be ${what}, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

/** Exactly these members: a missing or unknown one is an error (a misspelt field would otherwise be ignored). */
function checkMembers(value: Record<string, unknown>, path: string, expected: readonly string[]): void {
  for (const name of expected) {
    if (!Object.hasOwn(value, name)) throw new MockConfigError(`${path} is missing the field "${name}"`);
  }
  for (const name of Object.keys(value)) {
    if (!expected.includes(name)) throw new MockConfigError(`${path}${member(name)} is not a field of the mock configuration format (expected ${expected.map((e) => `"${e}"`).join(", ")})`);
  }
}

function member(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? `the string ${JSON.stringify(value)}` : `${typeof value === "object" ? "an object" : `the ${typeof value} ${String(value)}`}`;
}
