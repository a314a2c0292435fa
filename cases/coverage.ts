/**
 * Corpus coverage figures (issue 7's size goal): how many execution and API contract cases the case
 * files hold, and in how many cases each ASL state type, each predefined `States.*` error name and
 * each Step Functions API operation appears. Pure functions over case lists, so the coverage test
 * (coverage.test.ts) and scripts can share them.
 *
 * Definition-validation cases (cases/validation/) are counted on their own: they are neither execution
 * cases nor API contract cases, so they count toward neither size goal.
 */
import type { ExecutionCase } from "../conformance/compare/execution-case.ts";
import type { ApiCase } from "../conformance/api/api-case.ts";
import { serviceModel } from "../runtime/api/model/validate-request.ts";

/** Issue 7: "at least 2,500 execution cases and 600 API contract cases". */
export const MIN_EXECUTION_CASES = 2500;
export const MIN_API_CASES = 600;
/** Issue 7: "every state type, error name and operation appears in at least 10 cases". */
export const MIN_CASES_PER_ITEM = 10;

/** The ASL state types (ASL spec, "State Types"). */
export const STATE_TYPES = ["Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"] as const;

/**
 * The predefined error names, as the references list them:
 * - /work/shared/reference/developer-guide/concepts-error-handling.md, section "Error names"
 *   (States.ALL ... States.Timeout, including States.DataLimitExceeded and States.Runtime);
 * - /work/shared/reference/asl-spec/states-language-spec.md, "Appendix A: Predefined Error Codes",
 *   which adds the names the (dated) guide page predates: States.QueryEvaluationError,
 *   States.ExceedToleratedFailureThreshold, States.ItemReaderFailed, States.ResultWriterFailed.
 * coverage.test.ts checks this list against those two pages when the reference folder is present.
 */
export const PREDEFINED_ERROR_NAMES = [
  "States.ALL",
  "States.BranchFailed",
  "States.DataLimitExceeded",
  "States.HeartbeatTimeout",
  "States.IntrinsicFailure",
  "States.NoChoiceMatched",
  "States.ParameterPathFailure",
  "States.Permissions",
  "States.ResultPathMatchFailure",
  "States.Runtime",
  "States.TaskFailed",
  "States.Timeout",
  "States.QueryEvaluationError",
  "States.ExceedToleratedFailureThreshold",
  "States.ItemReaderFailed",
  "States.ResultWriterFailed",
] as const;

/** The Step Functions API operations (runtime/api/model/service-model.json, 37 of them). */
export const API_OPERATIONS: readonly string[] = Object.keys(serviceModel.operations).sort();

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Every state of a definition, nested ones included: Parallel `Branches`, Map `ItemProcessor` and
 * `Iterator` (each a definition of its own).
 */
export function statesOfDefinition(definition: unknown): Json[] {
  const found: Json[] = [];
  const visit = (machine: unknown) => {
    if (!isObject(machine) || !isObject(machine["States"])) return;
    for (const state of Object.values(machine["States"])) {
      if (!isObject(state)) continue;
      found.push(state);
      if (Array.isArray(state["Branches"])) for (const branch of state["Branches"]) visit(branch);
      visit(state["ItemProcessor"]);
      visit(state["Iterator"]);
    }
  };
  visit(definition);
  return found;
}

/** The state types a case's definition uses, nested states included. */
export function stateTypesOf(testCase: ExecutionCase): Set<string> {
  return new Set(statesOfDefinition(testCase.definition).map((state) => String(state["Type"])));
}

/**
 * The error names a case deals with: the error it expects the execution to end with, the `error` of
 * any expected history event's details, and every name its definition's Retry and Catch list in
 * `ErrorEquals`.
 */
export function errorNamesOf(testCase: ExecutionCase): Set<string> {
  const names = new Set<string>();
  if (typeof testCase.expected.error === "string") names.add(testCase.expected.error);
  for (const event of testCase.history ?? []) {
    for (const [member, details] of Object.entries(event)) {
      if (member.endsWith("EventDetails") && isObject(details) && typeof details["error"] === "string") names.add(details["error"]);
    }
  }
  for (const state of statesOfDefinition(testCase.definition)) {
    for (const member of ["Retry", "Catch"]) {
      const handlers = state[member];
      if (!Array.isArray(handlers)) continue;
      for (const handler of handlers) {
        if (isObject(handler) && Array.isArray(handler["ErrorEquals"])) for (const name of handler["ErrorEquals"]) if (typeof name === "string") names.add(name);
      }
    }
  }
  return names;
}

export interface CoverageFigures {
  executionCases: number;
  apiCases: number;
  validationCases: number;
  /** Execution cases whose definition uses each state type. */
  stateTypes: Record<string, number>;
  /** Execution cases that expect, retry or catch each predefined error name. */
  errorNames: Record<string, number>;
  /** API contract cases whose call under test (not a setup step) is each operation. */
  operations: Record<string, number>;
}

function countBy(names: readonly string[], cases: readonly unknown[], namesOf: (c: never) => Set<string>): Record<string, number> {
  const counts = Object.fromEntries(names.map((name) => [name, 0]));
  for (const c of cases) for (const name of namesOf(c as never)) if (name in counts) counts[name]!++;
  return counts;
}

export function measureCoverage(corpus: { execution: readonly ExecutionCase[]; api: readonly ApiCase[]; validation: readonly unknown[] }): CoverageFigures {
  return {
    executionCases: corpus.execution.length,
    apiCases: corpus.api.length,
    validationCases: corpus.validation.length,
    stateTypes: countBy(STATE_TYPES, corpus.execution, stateTypesOf),
    errorNames: countBy(PREDEFINED_ERROR_NAMES, corpus.execution, errorNamesOf),
    operations: countBy(API_OPERATIONS, corpus.api, (c: ApiCase) => new Set([c.operation])),
  };
}

/** Every shortfall against issue 7's goals, one line each (empty when the corpus meets them all). */
export function coverageShortfalls(figures: CoverageFigures): string[] {
  const lines: string[] = [];
  if (figures.executionCases < MIN_EXECUTION_CASES) lines.push(`execution cases: ${figures.executionCases} (< ${MIN_EXECUTION_CASES})`);
  if (figures.apiCases < MIN_API_CASES) lines.push(`API contract cases: ${figures.apiCases} (< ${MIN_API_CASES})`);
  const thin = (label: string, counts: Record<string, number>) => {
    for (const [name, count] of Object.entries(counts)) if (count < MIN_CASES_PER_ITEM) lines.push(`${label} ${name}: ${count} case(s) (< ${MIN_CASES_PER_ITEM})`);
  };
  thin("state type", figures.stateTypes);
  thin("error name", figures.errorNames);
  thin("operation", figures.operations);
  return lines;
}
