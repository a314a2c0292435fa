import { StatesError } from "../core/errors.ts";
import type { Json } from "../core/json.ts";
import type { TaskRequest } from "../execution/ports.ts";
import { classifyResource } from "../execution/task-resource.ts";
import { invocationKeysInOrder, parseInvocationRange, type MockConfig, type MockedResponse } from "./mock-config.ts";

/**
 * One test case of a mock configuration, as one execution runs it (Step Functions Local selects it
 * with StartExecution on `<state machine ARN>#<test case>`). Each Task state the test case names
 * answers its n-th invocation in this execution (0-based: the first try, each retry, each Map
 * iteration, each new visit) with the mocked response's entry for n: `Return` as its result,
 * `Throw` as its failure. An invocation no entry covers fails the execution (sfn-local-test-sm-exec:
 * "If you do not specify a mocked response for a specific retry attempt ... the state machine
 * execution will fail"), as States.Runtime, which no Retry or Catch handles.
 */
export class MockTestCase {
  private readonly invocations = new Map<string, number>();

  private constructor(
    readonly stateMachineName: string,
    readonly testCaseName: string,
    private readonly states: Record<string, string>,
    private readonly responses: Record<string, MockedResponse>,
  ) {}

  /** The test case `testCaseName` of `stateMachineName`; throws MockTestCaseNotFound when there is none. */
  static select(config: MockConfig, stateMachineName: string, testCaseName: string): MockTestCase {
    const machine = Object.hasOwn(config.StateMachines, stateMachineName) ? config.StateMachines[stateMachineName] : undefined;
    if (!machine) {
      const known = Object.keys(config.StateMachines);
      throw new MockTestCaseNotFound(
        `The mock configuration has no state machine named '${stateMachineName}' (it has ${known.length ? known.map((n) => `'${n}'`).join(", ") : "none"})`,
      );
    }
    const states = Object.hasOwn(machine.TestCases, testCaseName) ? machine.TestCases[testCaseName] : undefined;
    if (!states) {
      const known = Object.keys(machine.TestCases);
      throw new MockTestCaseNotFound(
        `The mock configuration has no test case '${testCaseName}' for the state machine '${stateMachineName}' (it has ${known.length ? known.map((n) => `'${n}'`).join(", ") : "none"})`,
      );
    }
    return new MockTestCase(stateMachineName, testCaseName, states, config.MockedResponses);
  }

  /** Whether the test case mocks the Task state `stateName`. */
  mocks(stateName: string): boolean {
    return Object.hasOwn(this.states, stateName);
  }

  /**
   * The next invocation of the Task state `request.stateName`: its mocked result, or its mocked
   * failure thrown as a StatesError. An entry with `Submitted` first hands that answer to
   * `request.submitted` (the TaskSubmitted event); only a `.sync`, `.sync:2` or `.waitForTaskToken`
   * resource has that step, so for any other the entry is a mistake of the configuration (States.Runtime).
   */
  answer(request: Pick<TaskRequest, "stateName" | "resource" | "submitted">): Json {
    const stateName = request.stateName;
    const responseName = this.states[stateName]!;
    const response = this.responses[responseName]!;
    const invocation = this.invocations.get(stateName) ?? 0;
    this.invocations.set(stateName, invocation + 1);
    const entry = entryFor(response, invocation);
    if (!entry) {
      throw new StatesError(
        "States.Runtime",
        `The mocked response '${responseName}' of the state '${stateName}' (test case '${this.testCaseName}') has no entry for invocation ${invocation}; it covers ${invocationKeysInOrder(response).join(", ")}`,
      );
    }
    if (entry.Submitted !== undefined) {
      const resource = classifyResource(request.resource);
      if (resource.kind !== "integration" || resource.pattern === "request-response") {
        throw new StatesError(
          "States.Runtime",
          `The mocked response '${responseName}' of the state '${stateName}' (test case '${this.testCaseName}') has "Submitted" for invocation ${invocation}, but the resource '${request.resource}' hands no job or token over (only .sync, .sync:2 and .waitForTaskToken resources do)`,
        );
      }
      request.submitted(entry.Submitted);
    }
    if ("Throw" in entry) throw new StatesError(entry.Throw.Error, entry.Throw.Cause);
    return entry.Return;
  }
}

/** StartExecution named a test case the mock configuration does not have. */
export class MockTestCaseNotFound extends Error {
  override readonly name = "MockTestCaseNotFound";
}

function entryFor(response: MockedResponse, invocation: number) {
  for (const [key, entry] of Object.entries(response)) {
    const range = parseInvocationRange(key);
    if (range && range.first <= invocation && invocation <= range.last) return entry;
  }
  return undefined;
}

/**
 * Splits Step Functions Local's test case selector off a state machine ARN:
 * `arn:...:stateMachine:Name#HappyPath` → `{ arn: "arn:...:stateMachine:Name", testCase: "HappyPath" }`.
 */
export function splitTestCaseSelector(stateMachineArn: string): { arn: string; testCase?: string } {
  const hash = stateMachineArn.indexOf("#");
  if (hash < 0) return { arn: stateMachineArn };
  return { arn: stateMachineArn.slice(0, hash), testCase: stateMachineArn.slice(hash + 1) };
}
