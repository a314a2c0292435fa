/**
 * Which cases the reference runtime must pass: every self-contained (`needs` empty) case, in both
 * query languages, recorded on AWS or derived from the spec (Task states are answered by the case's scripted `taskResponses`).
 * Shared by runtime/recorded-cases.test.ts, runtime/api/recorded-api-cases.test.ts and cases/report-pass-rates.ts so they agree.
 */
import type { ExecutionCase } from "../conformance/compare/execution-case.ts";
import { executionCaseFiles } from "./execution/index.ts";
import type { ApiCase } from "../conformance/api/api-case.ts";
import { apiCaseFiles } from "./api/index.ts";

export function isRequiredCase(testCase: ExecutionCase): boolean {
  return testCase.needs.length === 0;
}

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
