/**
 * When a case's needs are covered by the case itself: the one rule deciding which cases with needs
 * the reference runtime must pass (cases/case-selection.ts) and which recorded cases the importer
 * may turn into mocked cases (scripts/recorded-mocks.ts).
 */
import type { ExecutionCase } from "../conformance/compare/execution-case.ts";

/**
 * Services a mock stands in for when the Task states calling them are mocked: the mock answers in
 * the service's place (its recorded answer or error), so the service, and the role a Task's
 * `Credentials` would assume to call it (iam, sts), are never reached. Not here: `logs` (the case
 * checks what reached CloudWatch Logs), `activity_worker` / `callback` (covered by their own
 * scripts), and pseudo-needs such as `unresolved_input` and `setup` (the case cannot run as written).
 */
export const SERVICES_A_MOCK_STANDS_IN_FOR: ReadonlySet<string> = new Set([
  "apigateway", "dynamodb", "ecs", "events", "glue", "iam", "lambda", "s3", "secretsmanager", "sns", "sqs", "sts",
]);

/**
 * The needs of a case that nothing in the case covers (empty = the case runs on Step Functions
 * alone): `activity_worker` is covered by `taskResponses`, `callback` by `callbacks`, and a service
 * by the scripts that answer the Task states calling it (a mock configuration, callbacks, or the
 * task worker script, which also plays a task that never answers). S3 read by a Map state's
 * ItemReader or written by its ResultWriter is not a Task call: it is covered only when the mock
 * test case names every such Map state (its mocked response answers the Map's S3 calls).
 */
export function uncoveredNeeds(
  testCase: Pick<ExecutionCase, "needs" | "definition" | "mockConfig" | "mockTestCase" | "callbacks" | "taskResponses">,
): string[] {
  const scriptsTasks = testCase.mockConfig !== undefined || testCase.callbacks !== undefined || testCase.taskResponses !== undefined;
  return testCase.needs.filter((need) => {
    if (need === "activity_worker") return testCase.taskResponses === undefined;
    if (need === "callback") return testCase.callbacks === undefined;
    if (!SERVICES_A_MOCK_STANDS_IN_FOR.has(need) || !scriptsTasks) return true;
    if (need !== "s3") return false;
    const mocked = mockedStates(testCase);
    return mapStatesUsingS3(testCase.definition).some((name) => !mocked.has(name));
  });
}

/** The states the case's mock test case names. */
function mockedStates(testCase: Pick<ExecutionCase, "mockConfig" | "mockTestCase">): Set<string> {
  const names = new Set<string>();
  for (const machine of Object.values(testCase.mockConfig?.StateMachines ?? {})) {
    const states = testCase.mockTestCase === undefined ? undefined : machine.TestCases[testCase.mockTestCase];
    for (const name of Object.keys(states ?? {})) names.add(name);
  }
  return names;
}

/** Whether a Map state reads its items from S3 (ItemReader) or writes its results there (ResultWriter). */
export function accessesS3OutsideTasks(definition: unknown): boolean {
  return mapStatesUsingS3(definition).length > 0;
}

/** The Map states with an ItemReader or a ResultWriter, nested ones included. */
function mapStatesUsingS3(definition: unknown, into: string[] = []): string[] {
  if (Array.isArray(definition)) {
    for (const item of definition) mapStatesUsingS3(item, into);
    return into;
  }
  if (definition === null || typeof definition !== "object") return into;
  const record = definition as Record<string, unknown>;
  const states = record["States"];
  if (states !== null && typeof states === "object" && !Array.isArray(states)) {
    for (const [name, state] of Object.entries(states as Record<string, unknown>)) {
      const fields = state as Record<string, unknown> | null;
      if (fields && typeof fields === "object" && (fields["ItemReader"] !== undefined || fields["ResultWriter"] !== undefined)) into.push(name);
    }
  }
  for (const value of Object.values(record)) mapStatesUsingS3(value, into);
  return into;
}
