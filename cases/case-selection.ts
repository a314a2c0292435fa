/**
 * Which cases the reference runtime must pass: every case whose needs are all covered by its own
 * scripts (`uncoveredNeeds` is empty), in both query languages, recorded on AWS or derived from the
 * spec. Task states are answered by the case's scripted `taskResponses`, its mock configuration
 * (`mockConfig`) and its `callbacks`.
 * Shared by runtime/recorded-cases.test.ts, runtime/api/recorded-api-cases.test.ts and cases/report-pass-rates.ts so they agree.
 */
import type { ExecutionCase } from "../conformance/compare/execution-case.ts";
import { executionCaseFiles } from "./execution/index.ts";
import { uncoveredNeeds } from "./needs-coverage.ts";
import type { ApiCase } from "../conformance/api/api-case.ts";
import { apiCaseFiles } from "./api/index.ts";

export function isRequiredCase(testCase: ExecutionCase): boolean {
  return uncoveredNeeds(testCase).length === 0;
}

export { uncoveredNeeds } from "./needs-coverage.ts";

/** Every execution case under cases/execution/, in file then id order. */
export function allExecutionCases(): ExecutionCase[] {
  return executionCaseFiles.flatMap((file) => file.data.cases);
}

/** API contract cases the reference runtime must pass: self-contained ones (`needs` empty). */
export function isRequiredApiCase(testCase: ApiCase): boolean {
  return testCase.needs.length === 0;
}

/** Every API contract case under cases/api/, in file then id order. */
export function allApiCases(): ApiCase[] {
  return apiCaseFiles.flatMap((file) => file.data.cases);
}
