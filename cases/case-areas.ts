/**
 * The corpus's areas: one folder each under cases/execution/, cases/api/ and cases/validation/, with
 * what it covers. `caseAreasTable` renders the "Areas" table of cases/README.md (issue 7: "each area
 * with its own folder and a README line"); scripts/list-case-areas.ts prints or rewrites it and
 * coverage.test.ts checks the README holds the current one.
 */

/** What each area folder covers. Folders named like the recorded oracle's areas (snake_case) hold cases imported from recordings. */
export const AREA_DESCRIPTIONS: Record<string, string> = {
  "execution/activities": "recorded activity tasks: workers taking tasks, heartbeats, timeouts",
  "execution/base": "recorded basics: Pass/Fail/Wait machines, execution input and output, events",
  "execution/callback": "recorded `.waitForTaskToken` callbacks: success, failure, heartbeat and timeout",
  "execution/choice": "recorded Choice rules and comparison operators",
  "execution/choice-operators": "spec: every Choice comparison operator, type mismatches and edge values",
  "execution/choice-state": "spec: the Choice state itself: Default, NoChoiceMatched, And/Or/Not",
  "execution/context_object": "recorded context object (`$$`) reads",
  "execution/credentials": "recorded Task `Credentials` (role assumption) handling",
  "execution/error-handling": "spec: Retry and Catch, the predefined `States.*` error names",
  "execution/error_handling": "recorded Retry/Catch behaviour, error outputs and causes",
  "execution/express": "recorded Express executions (sync and async)",
  "execution/fail": "spec: the Fail state, Error/Cause and their Path forms",
  "execution/input-output": "spec: InputPath, Parameters, ResultSelector, ResultPath, OutputPath, payload templates",
  "execution/intrinsic-functions": "spec: the 18 `States.*` intrinsic functions and their failures",
  "execution/intrinsic_functions": "recorded intrinsic functions (JSONPath and their JSONata counterparts)",
  "execution/jsonata": "JSONata query language: `$states`, Arguments/Output, functions (recorded and spec)",
  "execution/jsonpath": "spec: JSONPath reference paths and their runtime errors",
  "execution/limits": "spec: payload size limits, States.DataLimitExceeded, name and definition limits",
  "execution/logs": "recorded executions of machines with CloudWatch Logs logging",
  "execution/map": "Map state: inline and Distributed, ItemReader/ResultWriter, tolerance (recorded and spec)",
  "execution/parallel": "Parallel state: branches, nesting, failures (recorded and spec)",
  "execution/pass": "spec: the Pass state, Result and ResultPath",
  "execution/scenarios": "recorded multi-state scenarios",
  "execution/services": "recorded service integrations (Lambda, SQS, SNS, DynamoDB...) answered by mocks",
  "execution/succeed": "spec: the Succeed state",
  "execution/task": "spec: Task state timeouts, heartbeats, activities and integration patterns",
  "execution/timeouts": "recorded TimeoutSeconds / HeartbeatSeconds expiry",
  "execution/variables": "variables and Assign: scope, reads, errors (recorded and spec)",
  "execution/wait": "Wait state: Seconds, Timestamp and their Path forms (recorded and spec)",
  "api/activities": "activity API calls: CreateActivity, GetActivityTask, SendTask*, ListActivities",
  "api/api": "state machine, execution, version, alias and tag API calls, validation and error answers",
  "api/express": "Express state machines over the API: StartSyncExecution, unsupported calls",
  "api/logs": "logging configuration on CreateStateMachine / UpdateStateMachine",
  "api/map": "Map Run API calls: ListMapRuns, DescribeMapRun, UpdateMapRun",
  "api/services": "API calls around service-integrated executions",
  "api/test_state": "the TestState API: inspection levels, mocks, errors",
  "api/variables": "variable references in DescribeStateMachine and friends",
  validation: "definition validation: CreateStateMachine / UpdateStateMachine / ValidateStateMachineDefinition answers",
};

/** `cases/execution/map/spec.json` → `execution/map`; `cases/validation/spec.json` → `validation`. */
export function areaOfCaseFile(path: string): string {
  const parts = path.split("\\").join("/").replace(/^cases\//, "").split("/");
  return parts.slice(0, -1).join("/");
}

/** Case counts per area folder, from the case files' paths. */
export function countCasesByArea(files: ReadonlyArray<{ path: string; data: { cases: readonly unknown[] } }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of files) {
    const area = areaOfCaseFile(file.path);
    counts.set(area, (counts.get(area) ?? 0) + file.data.cases.length);
  }
  return counts;
}

/** The markdown table of areas: folder, what it covers, how many cases it holds. */
export function caseAreasTable(counts: ReadonlyMap<string, number>): string {
  const rows = [...counts.keys()].sort().map((area) => `| \`${area}/\` | ${AREA_DESCRIPTIONS[area] ?? "(no description: add one to cases/case-areas.ts)"} | ${counts.get(area)} |`);
  return ["| folder | covers | cases |", "| --- | --- | ---: |", ...rows].join("\n");
}

export const AREAS_BEGIN = "<!-- areas:begin (generated by scripts/list-case-areas.ts --write) -->";
export const AREAS_END = "<!-- areas:end -->";

/** The README's current areas table (between the markers), or undefined when it has none. */
export function readmeAreasTable(readme: string): string | undefined {
  const begin = readme.indexOf(AREAS_BEGIN);
  const end = readme.indexOf(AREAS_END);
  if (begin < 0 || end < begin) return undefined;
  return readme.slice(begin + AREAS_BEGIN.length, end).trim();
}

/** The README with its areas table replaced (or an "Areas" section added after the intro list). */
export function withAreasTable(readme: string, table: string): string {
  const block = `${AREAS_BEGIN}\n${table}\n${AREAS_END}`;
  const begin = readme.indexOf(AREAS_BEGIN);
  const end = readme.indexOf(AREAS_END);
  if (begin >= 0 && end > begin) return readme.slice(0, begin) + block + readme.slice(end + AREAS_END.length);
  const anchor = readme.indexOf("## An execution case");
  const section = `## Areas\n\nOne folder per area; the counts are the cases each folder's files hold.\n\n${block}\n\n`;
  return anchor < 0 ? `${readme.trimEnd()}\n\n${section}` : readme.slice(0, anchor) + section + readme.slice(anchor);
}
